"""Tests for ``newsevents eval time``: parser, matching and scoring on an invented TimeML file."""

from __future__ import annotations

import argparse
import io
import json
from pathlib import Path

import pytest

from newsevents.cli import build_parser
from newsevents.eval.time import (
    Timex,
    add_counts,
    baseline_predictions,
    corpus_of,
    count,
    dateparser_value,
    format_report,
    parse_timeml,
    prf,
    relaxed_matches,
    run,
    scores,
    strict_matches,
)

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>INVENTED.0001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2003-03-12" temporalFunction="false" \
functionInDocument="CREATION_TIME">March 12, 2003</TIMEX3></DCT>
<TITLE>Invented</TITLE>
<TEXT>
Officials <EVENT eid="e1" class="REPORTING">said</EVENT> &amp; confirmed \
<TIMEX3 tid="t1" type="DATE" value="2003-03-11">yesterday</TIMEX3> that the talks \
<EVENT eid="e2" class="OCCURRENCE">lasted</EVENT> <TIMEX3 tid="t2" type="DURATION" \
value="P3D">three days</TIMEX3> and would resume on \
<TIMEX3 tid="t3" type="DATE" value="2003-04-02">April 2, 2003</TIMEX3>.
</TEXT>
</TimeML>
"""


@pytest.fixture()
def tml_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "timeml" / "Invented"
    folder.mkdir(parents=True)
    (folder / "INVENTED.0001.tml").write_text(TML, encoding="utf-8")
    return tmp_path / "timeml"


def _t(start: int, end: int, type_: str = "DATE", value: str | None = None) -> Timex:
    return Timex(start, end, type_, value)


def test_parser_text_offsets_and_dct(tml_dir: Path) -> None:
    path = tml_dir / "Invented" / "INVENTED.0001.tml"
    doc = parse_timeml(path, corpus_of(path, tml_dir))
    assert doc.id == "INVENTED.0001" and doc.corpus == "Invented"
    assert doc.dct == "2003-03-12"
    assert "<" not in doc.text and "said & confirmed" in doc.text  # tags gone, entity decoded
    assert [(t.type, t.value) for t in doc.gold] == [
        ("DATE", "2003-03-11"), ("DURATION", "P3D"), ("DATE", "2003-04-02")]  # DCT skipped
    for t in doc.gold:
        assert doc.text[t.start:t.end] == t.text
    assert [t.text for t in doc.gold] == ["yesterday", "three days", "April 2, 2003"]
    assert doc.text.index("yesterday") == doc.gold[0].start


def test_strict_and_relaxed_matching() -> None:
    gold = [_t(0, 9), _t(20, 30), _t(40, 50)]
    pred = [_t(0, 9), _t(18, 25), _t(26, 28), _t(60, 70)]
    assert strict_matches(gold, pred) == 1
    pairs = relaxed_matches(gold, pred)
    assert [(g.start, p.start) for g, p in pairs] == [(0, 0), (20, 18)]  # most overlap wins


def test_relaxed_matches_each_once() -> None:
    gold = [_t(0, 10), _t(5, 15)]
    pred = [_t(0, 15)]
    assert len(relaxed_matches(gold, pred)) == 1
    assert len(relaxed_matches(pred, gold)) == 1


def test_value_f1_is_value_accuracy_times_relaxed_f1() -> None:
    gold = [_t(0, 9, "DATE", "2003-03-11"), _t(20, 30, "DURATION", "P3D"),
            _t(40, 50, "DATE", "2003-04-02"), _t(60, 65, "TIME", "2003-03-12T10:00")]
    pred = [_t(0, 9, "DATE", "2003-03-11"), _t(18, 30, "DURATION", "P2D"),
            _t(40, 50, "PAST_REF", "2003-04-02"), _t(80, 90, "DATE", None)]
    c = count(gold, pred)
    assert c == {"gold": 4, "pred": 4, "strict": 2, "relaxed": 3, "type": 3, "value": 2}
    s = scores(add_counts([c]))
    assert s["relaxed"]["f1"] == pytest.approx(0.75)
    assert s["value_accuracy"] == pytest.approx(2 / 3)
    assert s["value"]["f1"] == pytest.approx(0.5)
    assert s["value"]["f1"] == pytest.approx(s["value_accuracy"] * s["relaxed"]["f1"])
    assert s["type_accuracy"] == pytest.approx(1.0)  # PAST_REF counts as DATE


def test_prf_edge_cases() -> None:
    assert prf(0, 0, 0) == {"p": None, "r": None, "f1": None}
    assert prf(0, 3, 2)["f1"] == 0.0
    assert prf(2, 4, 2) == {"p": 0.5, "r": 1.0, "f1": pytest.approx(2 / 3)}


def test_missing_data_is_a_usage_error(tmp_path: Path) -> None:
    args = argparse.Namespace(timeml=str(tmp_path / "nope"), model="x", limit=None, json=False)
    out, err = io.StringIO(), io.StringIO()
    assert run(args, out, err) == 2
    assert out.getvalue() == "" and len(err.getvalue().strip().splitlines()) == 1


def test_end_to_end_with_the_real_coder(tml_dir: Path, coder, monkeypatch) -> None:
    import newsevents.eval.time as time_eval

    monkeypatch.setattr(time_eval, "load_coder", lambda *a, **k: coder)
    args = argparse.Namespace(timeml=str(tml_dir), model="default", limit=None, json=True)
    out, err = io.StringIO(), io.StringIO()
    assert run(args, out, err) == 0, err.getvalue()
    report = json.loads(out.getvalue())
    overall = report["results"]["overall"]
    assert overall["n_documents"] == 1 and overall["counts"]["gold"] == 3
    assert set(report["results"]["corpora"]) == {"Invented"}
    # three plain expressions: "yesterday" at the DCT, a duration, a full date; all found
    # with their extent, type and value
    assert overall["counts"] == {"gold": 3, "pred": 3, "strict": 3, "relaxed": 3, "type": 3,
                                 "value": 3}
    assert overall["value"] == {"p": 1.0, "r": 1.0, "f1": 1.0}
    text = format_report({"timeml": str(tml_dir), "model": "default",
                          "results": report["results"]})
    assert "reported, not run here" in text and "overall" in text


@pytest.mark.parametrize(("text", "granular", "expected"), [
    ("yesterday", False, "2003-03-11"),
    ("April 2, 2003", False, "2003-04-02"),
    ("April 2003", False, "2003-04-12"),   # a day, whatever the expression's granularity
    ("April 2003", True, "2003-04"),       # dateparser's own period kept
    ("1998", True, "1998"),
    ("no date at all", True, None),
])
def test_dateparser_baseline_values(text, granular, expected) -> None:
    assert dateparser_value(text, "2003-03-12", granular) == expected


def test_baseline_keeps_spacy_entities_as_they_are(tml_dir: Path, coder) -> None:
    path = tml_dir / "Invented" / "INVENTED.0001.tml"
    doc = parse_timeml(path, corpus_of(path, tml_dir))
    (found,) = baseline_predictions(coder.nlp, [doc], granular=False)
    by_text = {t.text: t for t in found}
    assert by_text["yesterday"].value == "2003-03-11"
    assert by_text["April 2, 2003"].value == "2003-04-02"
    assert all(t.type in ("DATE", "TIME") for t in found)  # no DURATION, SET or *_REF types


def test_baseline_flag_on_eval_time_only() -> None:
    args = build_parser().parse_args(["eval", "time", "--baseline", "dateparser-granular"])
    assert args.baseline == "dateparser-granular"
    assert build_parser().parse_args(["eval", "time"]).baseline is None
    with pytest.raises(SystemExit):
        build_parser().parse_args(["eval", "time", "--baseline", "heideltime"])
