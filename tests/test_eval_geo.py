"""eval geo: reading both formats and scoring, on small files and toponyms we wrote."""

from __future__ import annotations

import io
import json
import math

import pytest

from newsevents.cli import main
from newsevents.eval.geo import (
    ACC_KM,
    MAX_KM,
    Toponym,
    absurd,
    count,
    km,
    locate,
    match,
    parse_geovirus,
    parse_lgl,
    scores,
)

LGL_TEXT = "Flooding closed roads in Fargo. Officials in Moorhead and on Elm Street helped."
LGL = f"""<?xml version="1.0" encoding="utf-8"?>
<articles>
  <article docid="1">
    <title>Flood</title>
    <text><![CDATA[{LGL_TEXT}]]></text>
    <toponyms>
      <toponym><start>25</start><end>30</end><phrase>Fargo</phrase>
        <gaztag geonameid="5059163"><name>Fargo</name><fclass>P</fclass><fcode>PPLA2</fcode>
          <lat>46.87719</lat><lon>-96.7898</lon></gaztag></toponym>
      <toponym><start>45</start><end>53</end><phrase>Moorhead</phrase>
        <gaztag geonameid="5038108"><name>Moorhead</name><fclass>P</fclass><fcode>PPLA2</fcode>
          <lat>46.87386</lat><lon>-96.76951</lon></gaztag></toponym>
      <toponym><start>61</start><end>71</end><phrase>Elm Street</phrase></toponym>
    </toponyms>
  </article>
</articles>
"""

GV_TEXT = "Cases rose in Lagos and in Kano, Nigeria."
# GeoVirus offsets are one-based: "Lagos" is text[14:19] and written as 15-20
GEOVIRUS = f"""<articles>
  <article>
    <source>https://example.org/story</source>
    <text>{GV_TEXT}</text>
    <locations>
      <location><name>Lagos</name><start>15</start><end>20</end>
        <lat>6.45</lat><lon>3.4</lon></location>
      <location><name>Kano</name><start>28</start><end>32</end>
        <lat>12.0</lat><lon>8.52</lon></location>
      <location><name>Abuja</name><start>1</start><end>6</end>
        <lat>9.07</lat><lon>7.49</lon></location>
    </locations>
  </article>
</articles>
"""


def test_parse_lgl_reads_offsets_points_and_unscorable_toponyms(tmp_path):
    path = tmp_path / "lgl.xml"
    path.write_text(LGL, encoding="utf-8")
    [doc], bad = parse_lgl(path)
    assert bad == 0 and doc.id == "1" and doc.text == LGL_TEXT
    fargo, moorhead, street = doc.gold
    assert (fargo.start, fargo.end, fargo.feature_class) == (25, 30, "P")
    assert fargo.lat == pytest.approx(46.87719) and moorhead.located
    assert not street.located and doc.text[street.start : street.end] == "Elm Street"


def test_parse_geovirus_shifts_one_based_offsets_and_drops_absent_names(tmp_path):
    path = tmp_path / "gv.xml"
    path.write_text(GEOVIRUS, encoding="utf-8")
    [doc], dropped = parse_geovirus(path)
    assert dropped == 1  # "Abuja" is not in the text
    assert [(g.text, GV_TEXT[g.start : g.end]) for g in doc.gold] == \
        [("Lagos", "Lagos"), ("Kano", "Kano")]


def test_locate_falls_back_to_the_nearest_occurrence():
    text = "Kano and Kano again"
    assert locate(text, "Kano", 10, 14) == (9, 13)  # one-based: text[9:13]
    assert locate(text, "Kano", 12, 16) == (9, 13)  # nearest to the given start
    assert locate(text, "Jos", 0, 3) is None


def test_match_pairs_exact_spans_first_then_the_largest_overlap():
    gold = [Toponym(0, 5), Toponym(10, 20)]
    pred = [Toponym(12, 25), Toponym(9, 20), Toponym(0, 5)]
    assert match(gold, pred) == {0: 2, 1: 1}
    assert match([Toponym(0, 5)], [Toponym(5, 9)]) == {}  # touching is not overlapping


def test_scores_count_misses_and_unresolved_as_wrong():
    fargo = (46.877, -96.790)
    gold = [Toponym(0, 5, "Fargo", *fargo),  # right
            Toponym(10, 15, "Paris", 33.66, -95.56),  # wrong place (Paris, France)
            Toponym(20, 25, "Kyiv", 50.45, 30.52),  # no coordinates
            Toponym(30, 35, "Lagos", 6.45, 3.40),  # missed
            Toponym(40, 50, "Elm Street")]  # unscorable
    pred = [Toponym(0, 5, "Fargo", 46.9, -96.8), Toponym(10, 15, "Paris", 48.85, 2.35),
            Toponym(20, 25, "Kyiv"), Toponym(40, 44, "Elm", 1.0, 1.0),  # on unscorable gold
            Toponym(60, 65, "Oslo", 59.9, 10.7)]  # a spurious place
    s = scores(count(gold, pred))
    assert s["gold"] == 4 and s["unscorable_gold"] == 1
    assert s["outcomes"] == {"right": 1, "wrong place": 1, "no coordinates": 1, "missed": 1}
    assert s["acc161"] == 0.25 and s["recall"] == 0.75
    # predictions with coordinates, leaving out the one on the unscorable gold: Fargo, Paris,
    # Oslo; two match a gold toponym, one is within 161 km
    assert s["predictions_located"] == 3
    assert s["precision"] == pytest.approx(2 / 3) and s["precision161"] == pytest.approx(1 / 3)
    errors = [km(gold[0], pred[0]), km(gold[1], pred[1])]
    assert errors[0] < ACC_KM < errors[1]
    assert s["mean_km"] == pytest.approx(sum(errors) / 2)
    expected_auc = (sum(math.log1p(e) for e in errors) + 2 * math.log1p(MAX_KM)) \
        / (4 * math.log1p(MAX_KM))
    assert s["auc"] == pytest.approx(expected_auc)
    assert s["by_feature_class"] == {"-:missed": 1, "-:no coordinates": 1, "-:right": 1,
                                     "-:wrong place": 1}


def test_acc_over_matched_leaves_misses_out():
    gold = [Toponym(0, 5, "Fargo", 46.877, -96.790), Toponym(30, 35, "Lagos", 6.45, 3.40)]
    s = scores(count(gold, [Toponym(0, 5, "Fargo", 46.9, -96.8)]))
    assert s["acc161"] == 0.5 and s["acc161_matched"] == 1.0


def test_absurd_predictions_are_far_from_every_gold_toponym_of_the_article():
    gold = [Toponym(0, 5, "Fargo", 46.877, -96.790), Toponym(10, 18, "Moorhead", 46.87, -96.77),
            Toponym(20, 30, "Elm Street")]
    pred = [Toponym(0, 5, "Fargo", 46.9, -96.8),
            Toponym(10, 18, "Moorhead", 53.5, -2.2),  # a wrong match, far from everything
            Toponym(40, 47, "Bismarck", 46.81, -100.78),  # unmatched, but near the article
            Toponym(50, 55, "Paris", 48.85, 2.35),  # unmatched and far: absurd
            Toponym(60, 65, "Salem")]  # no coordinates: no point on the map
    assert [p.text for p in absurd(gold, pred)] == ["Moorhead", "Paris"]
    assert scores(count(gold, pred))["absurd"] == 2
    assert absurd([Toponym(20, 30, "Elm Street")], pred) == []  # nothing to measure against


def test_km_is_the_great_circle_distance():
    london, paris = Toponym(0, 1, "", 51.5074, -0.1278), Toponym(0, 1, "", 48.8566, 2.3522)
    assert km(london, paris) == pytest.approx(344, abs=2)


def test_eval_geo_usage_errors(tmp_path):
    err = io.StringIO()
    status = main(["eval", "geo", "--lgl", str(tmp_path / "none.xml"), "--geovirus",
                   str(tmp_path / "none.xml")], out=io.StringIO(), err=err)
    assert status == 2 and "evaluation data not found" in err.getvalue()
    broken = tmp_path / "broken.xml"
    broken.write_text("<articles><article>", encoding="utf-8")
    err = io.StringIO()
    assert main(["eval", "geo", "--lgl", str(broken), "--geovirus", str(broken)],
                out=io.StringIO(), err=err) == 2
    assert "cannot parse" in err.getvalue()


def _eval_geo(tmp_path, lgl: str, *options: str) -> tuple[int, str]:
    """Run ``eval geo`` on an LGL file of ``lgl`` and the small GeoVirus file; (status, out)."""
    (tmp_path / "lgl.xml").write_text(lgl, encoding="utf-8")
    (tmp_path / "gv.xml").write_text(GEOVIRUS, encoding="utf-8")
    out = io.StringIO()
    status = main(["eval", "geo", "--lgl", str(tmp_path / "lgl.xml"), "--geovirus",
                   str(tmp_path / "gv.xml"), *options], out=out, err=io.StringIO())
    return status, out.getvalue()


def test_eval_geo_runs_end_to_end_on_small_files(tmp_path):
    status, out = _eval_geo(tmp_path, LGL, "--json", "--baseline")
    assert status == 0
    report = json.loads(out)
    lgl = report["datasets"]["lgl"]["systems"]["newsevents toponyms"]
    assert lgl["gold"] == 2 and lgl["unscorable_gold"] == 1
    assert set(report["datasets"]["geovirus"]["systems"]) == \
        {"newsevents toponyms", "newsevents places", "toponyms score>=0.5", "baseline"}
    # Lagos and Kano, Nigeria: both resolved within 161 km
    assert report["datasets"]["geovirus"]["systems"]["newsevents toponyms"]["acc161"] == 1.0


def test_show_absurd_lists_each_absurd_resolution_with_its_role(tmp_path):
    far = LGL.replace("Officials in Moorhead", "Officials in Nairobi")
    status, text = _eval_geo(tmp_path, far, "--show-absurd")
    assert status == 0
    assert "absurd by role: place 1" in text
    assert "| Nairobi | Nairobi PPLC KE | GPE | place |" in text


def test_role_of_tells_adjectives_actors_recalled_names_and_places():
    from newsevents.eval.geo import role_of
    from newsevents.where.mentions import PlaceMention

    def mention(**kw):
        return PlaceMention(0, 1, 0, 5, "Words", "Words", **kw)

    assert role_of(mention(adjective=True)) == "adjective"
    assert role_of(mention(actor=True)) == "actor"
    assert role_of(mention(label="MAYBE")) == "recalled"
    assert role_of(mention(label="GPE")) == "place"


def test_source_homes_learns_a_home_per_domain_and_scores_a_second_pass(tmp_path):
    # four articles of one paper, in Springfield, Illinois, written by us: three name the
    # state, the fourth says "Springfield" alone
    texts = ["The governor of Illinois spoke in Chicago on Monday.",
             "Flooding closed roads in Peoria, Illinois, on Tuesday.",
             "Officials in Rockford, Illinois, approved the budget.",
             "The city council met in Springfield on Tuesday to discuss the budget."]
    articles = "".join(
        f"<article docid=\"{n}\"><domain>paper.example</domain><text><![CDATA[{t}]]></text>"
        "<toponyms/></article>" for n, t in enumerate(texts))
    springfield = texts[3].index("Springfield")
    articles = articles.replace(
        f"{texts[3]}]]></text><toponyms/>",
        f"{texts[3]}]]></text><toponyms><toponym><start>{springfield}</start>"
        f"<end>{springfield + 11}</end><phrase>Springfield</phrase><gaztag geonameid=\"4250542\">"
        "<fclass>P</fclass><lat>39.80172</lat><lon>-89.64371</lon></gaztag></toponym>"
        "</toponyms>")
    status, out = _eval_geo(tmp_path, f"<articles>{articles}</articles>", "--json",
                            "--source-homes")
    assert status == 0
    lgl = json.loads(out)["datasets"]["lgl"]
    homes = lgl["source_homes"]
    assert homes["sources"] == 1 and homes["homes"]["paper.example"].startswith("Illinois US")
    assert homes["articles_with_home"] == 4
    assert lgl["systems"]["newsevents toponyms"]["acc161"] == 0.0  # Springfield, Missouri
    assert homes["systems"]["newsevents toponyms"]["acc161"] == 1.0  # ... and with the home


def test_unresolved_cause_tells_misses_facilities_lacking_names_and_refusals():
    from newsevents.eval.geo import unresolved_cause
    from newsevents.where.mentions import PlaceMention

    def mention(label="GPE"):
        return PlaceMention(0, 1, 0, 5, "Words", "Words", label=label)

    assert unresolved_cause(None, "PERSON", 3) == "missed (PERSON)"
    assert unresolved_cause(mention("FAC"), "FAC", 0) == "facility"
    assert unresolved_cause(mention(), "GPE", 0) == "not in index"
    assert unresolved_cause(mention(), "GPE", 2) == "refused"


def test_show_unresolved_lists_gold_toponyms_left_without_a_point(tmp_path):
    # a name no gazetteer holds, written by us, where LGL gives a point
    made_up = LGL.replace("Officials in Moorhead", "Officials in Zqxwvton").replace(
        "<phrase>Moorhead</phrase>", "<phrase>Zqxwvton</phrase>")
    status, text = _eval_geo(tmp_path, made_up, "--show-unresolved")
    assert status == 0
    assert "left without a point, by cause: " in text
    line = next(x for x in text.splitlines() if x.strip().startswith("1 | Zqxwvton |"))
    cause = line.split(" | ")[3]
    assert cause == "not in index" or cause.startswith("missed (")
    status, text = _eval_geo(tmp_path, made_up)
    assert "1 | Zqxwvton |" not in text  # the list only when asked
