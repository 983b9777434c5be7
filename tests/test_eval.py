"""Tests for ``newsevents eval events``: the scoring functions on small invented fixtures.

Every sentence and CSV row here is made up; none comes from the evaluation data.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from newsevents.eval import events as ev
from newsevents.eval.events import (
    Gold,
    Judgement,
    Story,
    agreement,
    cameo_root,
    coder_agreement,
    comparable_types,
    gold_for_sentence,
    gold_from,
    latest_rounds,
    load_cameo_rounds,
    load_ngec,
    majority_relevant,
    majority_types,
    normalise_mode,
    parse_row,
    plover_types,
    score_cameo,
    score_ngec,
    stratified_sample,
)
from newsevents.lexicon import QUAD

NGEC_COLUMNS = ["disclaimer", "text", "title", "source", "prompt", "label", "mode"]


def event(kind: str, modality: str = "asserted", mode: str | None = None) -> SimpleNamespace:
    return SimpleNamespace(event=kind, modality=modality, quad=QUAD[kind.upper()],
                           mode=mode, actor=[])


def story(label: str, mode: str | None = None, row: int = 0) -> Story:
    return Story(row=row, text="An invented story.", title=None, label=label, mode=mode)


def judged(coder: int, relevant: bool, *roots: str) -> Judgement:
    return Judgement(coder, relevant, tuple(roots))


def gold(majority: set[str], union: set[str] | None = None, relevant: bool = True) -> Gold:
    return Gold("s", relevant, frozenset(majority), frozenset(union or majority))


# --- CAMEO codes --------------------------------------------------------------------------


@pytest.mark.parametrize(("code", "root"), [
    ("4-18 Assualt", "18"), ("0-1 Make Public Statement", "01"), ("1-3 Express Intent", "03"),
    ("3-9 Investigate", "09"), ("4-20 Unconv. Mass Violence", "20"), ("", None),
    (None, None), ("Assault", None)])
def test_cameo_root(code: str | None, root: str | None) -> None:
    assert cameo_root(code) == root


def test_mapping_single_and_either_sets() -> None:
    assert plover_types(["03"]) == {"AGREE"}
    assert plover_types(["09"]) == plover_types(["11"]) == {"ACCUSE"}
    assert plover_types(["18", "19", "20"]) == {"ASSAULT"}
    assert plover_types(["08"]) == {"CONCEDE", "RETREAT"}
    assert plover_types(["02"]) == {"REQUEST", "SUPPORT"}
    assert plover_types(["01"]) == frozenset()


@pytest.mark.parametrize(("root", "ours", "agrees"), [
    ("08", "CONCEDE", True), ("08", "RETREAT", True), ("08", "ASSAULT", False),
    ("02", "REQUEST", True), ("02", "SUPPORT", True), ("02", "REJECT", False)])
def test_either_sets_match_either_type(root: str, ours: str, agrees: bool) -> None:
    g = gold_from([judged(1, True, root), judged(2, True, root)])
    assert agreement([g], [frozenset({ours})])["type_agreement"] == (1.0 if agrees else 0.0)


def test_statement_only_is_not_relevant() -> None:
    row = {"sentences": " A minister said the talks went well. ",
           "1_Relevant_1": "True", "Action1_CAMEO_1": "0-1 Make Public Statement",
           "1_Relevant_2": "True", "Action1_CAMEO_2": "0-1 Make Public Statement",
           "Action2_CAMEO_2": "", "1_Relevant_3": "", "Action1_CAMEO_3": "4-18 Assualt"}
    sr = parse_row(row, 2)
    assert sr.text == "A minister said the talks went well."
    assert [j.coder for j in sr.judgements] == [1, 2]  # coder 3 did not judge it
    assert not any(j.relevant for j in sr.judgements)
    g = gold_for_sentence(sr)
    assert not g.relevant and g.majority == frozenset()


def test_statement_plus_deed_is_relevant() -> None:
    j = judged(1, True, "01", "14")
    assert j.relevant and j.types == {"PROTEST"}
    assert not judged(1, False, "14").relevant


# --- rounds and majorities ----------------------------------------------------------------


def write_round(folder: Path, number: int, rows: list[dict[str, str]]) -> None:
    columns = ["ids", "plain_text", "sentences"]
    for k in (1, 2, 3):
        columns += [f"1_Relevant_{k}", f"Action1_CAMEO_{k}", f"Action2_CAMEO_{k}"]
    path = folder / f"round_{number}" / "summary.csv"
    path.parent.mkdir(parents=True)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, restval="")
        writer.writeheader()
        writer.writerows(rows)


def row(text: str, **codes: str) -> dict[str, str]:
    """codes: r1="True", a1="4-18 x" -> 1_Relevant_1, Action1_CAMEO_1."""
    out = {"sentences": text}
    for key, value in codes.items():
        coder = key[1:]
        out[f"1_Relevant_{coder}" if key[0] == "r" else f"Action1_CAMEO_{coder}"] = value
    return out


def test_latest_round_with_two_coders(tmp_path: Path) -> None:
    a, b, c = "Rebels shelled a fictional town.", "Nobody judged this twice.", "Two judged once."
    write_round(tmp_path, 1, [row(a, r1="True", a1="4-18 Assualt", r2="False"),
                              row(b, r1="False"), row(c, r1="True", a1="4-14 Protest",
                                                      r2="True", a2="4-14 Protest")])
    write_round(tmp_path, 2, [row(a + "  ", r1="True", a1="4-18 Assualt", r2="True",
                                  a2="4-19 Fight"),
                              row(b, r2="True", a2="4-18 Assualt"), row(c, r3="False")])
    write_round(tmp_path, 3, [row(a, r3="True", a3="4-17 Coerce"), row(b), row(c)])
    chosen = {sr.text: sr.round for sr in latest_rounds(load_cameo_rounds(tmp_path))}
    assert chosen == {a: 2, c: 1}
    first = gold_for_sentence(latest_rounds(load_cameo_rounds(tmp_path))[0])
    assert first.relevant and first.majority == {"ASSAULT"}


def test_majority_relevance_ties_count_as_relevant() -> None:
    assert majority_relevant([True, False])
    assert majority_relevant([True, True, False, False])
    assert not majority_relevant([True, False, False])
    assert not majority_relevant([])


def test_majority_types_and_fallback() -> None:
    a, b = frozenset({"ASSAULT"}), frozenset({"COERCE"})
    assert majority_types([a, a, b]) == {"ASSAULT"}
    assert majority_types([a, b]) == {"ASSAULT", "COERCE"}  # no majority: all tied at the top
    assert majority_types([a | b, a]) == {"ASSAULT"}
    assert majority_types([a, b, a | b, frozenset({"PROTEST"})]) == {"ASSAULT", "COERCE"}
    assert majority_types([]) == frozenset()


def test_gold_union_and_majority() -> None:
    g = gold_from([judged(1, True, "18"), judged(2, True, "18", "17"), judged(3, False)])
    assert g.relevant
    assert g.majority == {"ASSAULT"} and g.union == {"ASSAULT", "COERCE"}


# --- the intent mapping -------------------------------------------------------------------


def test_comparable_types_intents() -> None:
    assert comparable_types([event("AID", "future")], intents=True) == {"AGREE"}
    assert comparable_types([event("ASSAULT", "future")], intents=True) == {"THREATEN"}
    assert comparable_types([event("REJECT", "future")], intents=True) == {"THREATEN"}
    assert comparable_types([event("ASSAULT", "negated")]) == frozenset()
    assert comparable_types([event("AID", "hypothetical")]) == frozenset()
    assert comparable_types([event("ASSAULT"), event("COERCE", "historical")]) == {
        "ASSAULT", "COERCE"}


def test_comparable_types_without_intents() -> None:
    events = [event("AID", "future"), event("PROTEST")]
    assert comparable_types(events) == {"PROTEST"}
    assert comparable_types(events, intents=True) == {"PROTEST", "AGREE"}


def test_score_cameo_reports_both() -> None:
    golds = [gold({"AGREE"}), gold(set(), relevant=False)]
    coded = [[event("COOPERATE", "future")], [event("ASSAULT", "negated")]]
    result = score_cameo(golds, coded)
    assert result["ours_all_intents"]["type_agreement"] == 1.0
    assert result["ours_all_intents"]["relevance_precision"] == 1.0
    assert result["ours"]["type_agreement"] == 0.0
    assert result["ours"]["relevance_recall"] == 0.0
    assert result["ours"]["relevance_f1"] == 0.0


# --- CAMEO metrics ------------------------------------------------------------------------


def test_relevance_and_type_metrics() -> None:
    golds = [gold({"ASSAULT"}, {"ASSAULT", "COERCE"}), gold({"PROTEST"}),
             gold(set(), relevant=False), gold({"AID"})]
    ours = [frozenset({"COERCE", "SANCTION"}), frozenset({"PROTEST"}),
            frozenset({"ACCUSE"}), frozenset()]
    r = agreement(golds, ours)
    assert r["relevance_precision"] == pytest.approx(2 / 3)
    assert r["relevance_recall"] == pytest.approx(2 / 3)
    assert r["relevance_f1"] == pytest.approx(2 / 3)
    assert r["type_agreement"] == pytest.approx(1 / 3)  # COERCE is not a majority type
    assert r["type_precision"] == pytest.approx(2 / 4)  # COERCE and PROTEST are in the union


def test_coding_everything_everywhere_scores_low_type_precision() -> None:
    golds = [gold({"ASSAULT"}), gold({"PROTEST"}), gold({"AGREE"})]
    golds += [gold(set(), relevant=False) for _ in range(7)]
    everything = [frozenset(ev.PLOVER_TYPES)] * len(golds)
    greedy = agreement(golds, everything)
    assert greedy["type_agreement"] == 1.0 and greedy["relevance_recall"] == 1.0
    assert greedy["type_precision"] < 0.05
    assert greedy["relevance_precision"] == pytest.approx(0.3)
    careful = agreement(golds, [g.majority for g in golds])
    assert careful["type_precision"] == careful["relevance_f1"] == 1.0


def test_coder_agreement_pairwise_and_leave_one_out() -> None:
    golds = []
    for n in range(10):
        same = judged(1, True, "18"), judged(2, True, "18")
        third = judged(3, n < 5, "17")
        golds.append(gold_from([*same, third]))
    result = coder_agreement(golds, min_shared=10)
    pairs = result["pairwise"]["pairs"]
    assert pairs["1v2"]["type_agreement"] == pairs["1v2"]["relevance_f1"] == 1.0
    assert pairs["3v1"]["type_agreement"] == 0.0
    assert pairs["1v3"]["relevance_recall"] == 1.0
    assert pairs["1v3"]["relevance_precision"] == 0.5
    loo = result["leave_one_out"]
    assert loo["n"] == 30
    assert 0 < loo["type_agreement"] < 1
    assert coder_agreement(golds, min_shared=11)["pairwise"]["pairs"] == {}


# --- NGEC ---------------------------------------------------------------------------------


def test_normalise_mode() -> None:
    assert normalise_mode("PRIMATIVE") == "primitive"
    assert normalise_mode("THIRD-PARTY") == "third-party"
    assert normalise_mode("SIEZE") == "seize"
    assert normalise_mode("") is None and normalise_mode(None) is None


def test_score_ngec_hits_recall_macro() -> None:
    stories = [story("ASSAULT", "primitive"), story("ASSAULT"), story("ASSAULT"),
               story("ASSAULT"), story("AID"), story("PROTEST", "strike")]
    coded = [
        [event("ASSAULT", mode="primitive"), event("COERCE")],
        [event("assault", "historical", mode="aerial")],
        [event("ASSAULT", "negated")],  # not a hit
        [],
        [event("AID", "future"), event("SUPPORT")],  # future AID is not a hit
        [event("PROTEST", mode="demo"), event("PROTEST", mode="strike", modality="hypothetical")],
    ]
    r = score_ngec(stories, coded)
    assert r["per_type"]["ASSAULT"] == {
        "n": 4, "hits": 2, "recall": 0.5, "other_types_per_story": 0.25,
        "most_often_also": {"type": "COERCE", "share": 0.25}}
    assert r["per_type"]["AID"]["recall"] == 0.0
    assert r["per_type"]["PROTEST"]["recall"] == 1.0
    assert r["macro_recall"] == pytest.approx((0.5 + 0.0 + 1.0) / 3)
    assert r["micro_recall"] == pytest.approx(3 / 6)
    assert r["other_types_per_story"] == pytest.approx(2 / 6)
    assert r["share_no_event"] == pytest.approx(2 / 6)  # the negated one and the empty one
    mode = r["mode"]
    assert (mode["n"], mode["correct"]) == (2, 1)  # the hypothetical strike does not count
    assert list(r["per_type"]) == ["AID", "PROTEST", "ASSAULT"]  # PLOVER order


def test_mode_outside_plover_is_counted() -> None:
    r = score_ngec([story("ASSAULT", "massacre")], [[event("ASSAULT")]])
    assert r["mode"]["n_gold_mode_not_plover"] == 1
    assert r["mode"]["accuracy_plover_modes"] is None


def test_stratified_sample_keeps_every_type() -> None:
    labels = ["A"] * 12 + ["B"] * 12 + ["A"] * 60 + ["C"] * 6 + ["D"] * 3
    picked = stratified_sample(labels, 10)
    assert len(picked) == 10 and picked == sorted(set(picked))
    assert {labels[i] for i in picked} == {"A", "B", "C", "D"}
    assert sum(labels[i] == "A" for i in picked) >= 6
    assert stratified_sample(labels, 1000) == list(range(len(labels)))
    assert len(stratified_sample(labels, 2)) == 2


# --- the command on invented files --------------------------------------------------------

STORIES = [
    ("Police in an invented city arrested protest leaders on Monday.", "COERCE", "ARREST"),
    ("The two invented states signed a water treaty.", "SUPPORT", ""),  # CAMEO 057
    ("Villagers marched against a new dam.", "PROTEST", "DEMO"),
]
SENTENCES = [
    ("Troops fired on a convoy near an invented border post.", "4-18 Assualt"),
    ("A spokesman said the weather was fine.", "0-1 Make Public Statement"),
]


def write_evaldata(folder: Path) -> Path:
    with (folder / ev.NGEC_FILE).open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=NGEC_COLUMNS)
        writer.writeheader()
        for text, label, mode in STORIES:
            writer.writerow({"disclaimer": "invented", "text": text, "title": "A title",
                             "source": "", "prompt": "", "label": label, "mode": mode})
    rows = [row(text, r1="True", a1=code, r2="True", a2=code) for text, code in SENTENCES]
    write_round(folder / ev.CAMEO_DIR, 5, rows)
    return folder


class KeywordCoder:
    """Stands in for the Coder: one event per keyword found."""

    WORDS = {"arrested": "COERCE", "fired": "ASSAULT", "marched": "PROTEST", "said": "ACCUSE"}
    min_confidence = 0.0

    def code_many(self, articles):  # noqa: ANN001, ANN201
        for article in articles:
            events = [event(kind, mode="arrest") for word, kind in self.WORDS.items()
                      if word in article.text]
            yield SimpleNamespace(article=article, events=events)


def args_for(folder: Path, **extra: object) -> argparse.Namespace:
    values = {"evaldata": str(folder), "limit": None, "model": "fake", "json": False}
    return argparse.Namespace(**{**values, **extra})


def test_run_events_eval_text_and_json(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_evaldata(tmp_path)
    monkeypatch.setattr(ev, "load_coder", lambda model, err, min_confidence=None: KeywordCoder())
    out, err = io.StringIO(), io.StringIO()
    assert ev.run_events_eval(args_for(tmp_path), out, err) == 0
    text = out.getvalue()
    assert "macro recall" in text and "type agreement" in text and "coders pairwise" in text
    out = io.StringIO()
    assert ev.run_events_eval(args_for(tmp_path, json=True, limit=2), out, err) == 0
    report = json.loads(out.getvalue())
    assert report["ngec"]["n_stories"] == 2
    cameo = report["cameo"]
    assert cameo["n_sentences"] == 2 and cameo["gold_relevant"] == 1
    assert cameo["ours"]["type_agreement"] == 1.0
    assert cameo["ours"]["type_precision"] == 0.5  # "said" -> ACCUSE on the statement
    assert err.getvalue() == ""


def test_missing_data_is_one_line_and_exit_2(tmp_path: Path) -> None:
    out, err = io.StringIO(), io.StringIO()
    assert ev.run_events_eval(args_for(tmp_path), out, err) == 2
    message = err.getvalue()
    assert message.count("\n") == 1 and str(tmp_path / ev.NGEC_FILE) in message
    (tmp_path / ev.NGEC_FILE).write_text("text,label\n", encoding="utf-8")
    err = io.StringIO()
    assert ev.run_events_eval(args_for(tmp_path), out, err) == 2
    assert "round_5" in err.getvalue()


def test_load_ngec_reads_the_column_layout(tmp_path: Path) -> None:
    stories = load_ngec(write_evaldata(tmp_path) / ev.NGEC_FILE)
    assert [s.label for s in stories] == ["COERCE", "SUPPORT", "PROTEST"]
    assert stories[0].mode == "arrest" and stories[1].mode is None


def test_end_to_end_with_the_real_coder(tmp_path: Path, coder,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """The real pipeline (a broken one fails here, it is not skipped) on plain invented
    sentences it must get right: each story's type and mode, the shooting as ASSAULT and the
    statement about the weather as no event."""
    write_evaldata(tmp_path)
    monkeypatch.setattr(ev, "load_coder", lambda model, err, min_confidence=None: coder)
    out, err = io.StringIO(), io.StringIO()
    assert ev.run_events_eval(args_for(tmp_path, json=True), out, err) == 0, err.getvalue()
    report = json.loads(out.getvalue())
    ngec, cameo = report["ngec"], report["cameo"]
    assert ngec["n_stories"] == 3 and cameo["n_sentences"] == 2
    assert {t: (v["n"], v["hits"]) for t, v in ngec["per_type"].items()} == {
        "COERCE": (1, 1), "SUPPORT": (1, 1), "PROTEST": (1, 1)}
    assert (ngec["mode"]["n"], ngec["mode"]["correct"]) == (2, 2)
    assert cameo["per_type"]["ASSAULT"] == {"gold": 1, "ours": 1, "both": 1}
    assert (cameo["ours"]["gold_relevant"], cameo["ours"]["we_say_relevant"]) == (1, 1)


def test_actor_resolution_shares() -> None:
    known = SimpleNamespace(country="UKR", kb_id="state:UKR")
    agent = SimpleNamespace(country="UKR", kb_id=None)
    unknown = SimpleNamespace(country=None, kb_id=None)
    events = [[SimpleNamespace(modality="asserted", actor=[known, agent]),
               SimpleNamespace(modality="negated", actor=[unknown])],
              [SimpleNamespace(modality="historical", actor=[unknown])]]
    shares = ev.actor_resolution(events)
    assert shares == {"event_actors": 3, "with_country": 2 / 3, "in_kb": 1 / 3}
