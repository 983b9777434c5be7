"""Tests for ``newsevents eval quotes``: scoring on tiny invented brat fixtures.

Every text and annotation here is made up; none comes from PolNeAR.
"""

from __future__ import annotations

import argparse
import io
import json
import os
from pathlib import Path
from types import SimpleNamespace

import pytest

from newsevents.eval import quotes as qe
from newsevents.eval.quotes import GoldAttribution, Predicted

TEXT = ('“We will build the bridge next year,” Mayor Anna Berg said on Monday.\n'
        'The council said that the budget was too small.\n')


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def _ann(text: str) -> str:
    """An .ann in PolNeAR's format: T-lines for the roles and one E-line per attribution."""
    rows = [("T1", "Content", "We will build the bridge next year,”"),
            ("T2", "Source", "Mayor Anna Berg"), ("T3", "Cue", "said"),
            ("T4", "Attribution", "said"),
            ("T5", "Source", "The council"), ("T6", "Cue", "said that"),
            ("T7", "Content", "the budget was too small"), ("T8", "Attribution", "said that")]
    lines = []
    for tid, kind, part in rows:
        a, b = _span(text, part) if tid not in ("T6", "T8") else _span(text, "said that")
        lines.append(f"{tid}\t{kind} {a} {b}\t{text[a:b]}")
    lines += ["E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2",
              "E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5"]
    return "\n".join(lines) + "\n"


def _write(folder: Path, text: str = TEXT) -> None:
    (folder / "text").mkdir(parents=True)
    (folder / "attributions").mkdir()
    (folder / "text" / "a-story.txt").write_text(text, encoding="utf-8", newline="")
    (folder / "attributions" / "a-story_ab12.ann").write_text(_ann(text), encoding="utf-8")
    (folder / "attributions" / "a-story_cd34.ann").write_text("", encoding="utf-8")


def test_parse_ann_reads_attributions_and_discontinuous_spans() -> None:
    gold = qe.parse_ann(_ann(TEXT))
    assert [g.id for g in gold] == ["E1", "E2"]
    assert gold[0].source == (_span(TEXT, "Mayor Anna Berg"),)
    assert qe.parse_fragments("3 8;12 20") == ((3, 8), (12, 20))
    no_source = qe.parse_ann("T1\tContent 0 5\tabcde\nT2\tAttribution-no-source 6 8\tis\n"
                             "E1\tAttribution-no-source:T2 Content:T1\n")
    assert no_source == [GoldAttribution("E1", ((0, 5),), ())]
    assert qe.ann_text_mismatches(_ann(TEXT), TEXT) == 0


def test_find_articles_takes_first_annotator_file(tmp_path: Path) -> None:
    _write(tmp_path)
    [(name, txt, ann)] = qe.find_articles(tmp_path)
    assert name == "a-story" and ann is not None and ann.name == "a-story_ab12.ann"
    assert qe.read_raw(txt) == TEXT


def test_read_raw_keeps_carriage_returns(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_bytes(b"a\r\nb")
    assert qe.read_raw(path) == "a\r\nb"


def test_direct_rule() -> None:
    regions = qe.quoted_regions(TEXT)
    gold = qe.parse_ann(_ann(TEXT))
    assert qe.is_direct(TEXT, gold[0].content, regions)
    assert not qe.is_direct(TEXT, gold[1].content, regions)
    text = '"First part of it.\n"Second part," she said.'
    assert qe.quoted_regions(text) == [(1, 18), (20, 32)]  # unclosed runs to paragraph end
    mixed = 'He said "ok" and then talked on about many other things here.'
    assert not qe.is_direct(mixed, ((0, len(mixed)),), qe.quoted_regions(mixed))


def test_matching_rule_half_of_shorter_and_greedy() -> None:
    assert qe.spans_match(((0, 10),), ((5, 30),)) == 5  # 5 >= 10 / 2
    assert qe.spans_match(((0, 10),), ((6, 30),)) == 0  # 4 < 5
    assert qe.spans_match(((0, 4), (10, 14)), ((2, 12),)) == 4
    gold = [((0, 10),), ((20, 30),)]
    pred = [((2, 10),), ((0, 9),), ((20, 26),)]
    assert sorted(qe.greedy_match(gold, pred)) == [(0, 1), (1, 2)]  # 9 > 8: largest first


def test_exact_match_trims_quote_marks_and_punctuation() -> None:
    gold = qe.parse_ann(_ann(TEXT))
    inner = _span(TEXT, "We will build the bridge next year")
    assert qe.exact_matches(TEXT, [gold[0].content], [inner]) == 1
    assert qe.exact_matches(TEXT, [gold[0].content], [(inner[0], inner[1] - 4)]) == 0


def test_source_accuracy_including_null_speaker() -> None:
    gold = GoldAttribution("E1", ((0, 10),), ((20, 25),))
    assert qe.source_right(gold, Predicted(0, 10, True, ((18, 22),), True))
    assert not qe.source_right(gold, Predicted(0, 10, True, ((30, 35),), True))
    no_source = GoldAttribution("E2", ((0, 10),), ())
    assert qe.source_right(no_source, Predicted(0, 10, True, (), False))
    assert not qe.source_right(no_source, Predicted(0, 10, True, ((1, 2),), True))


def test_score_article_and_summary() -> None:
    gold = qe.parse_ann(_ann(TEXT))
    pred = [Predicted(*_span(TEXT, "We will build the bridge next year,"), True,
                      (_span(TEXT, "Anna Berg"),), True),
            Predicted(*_span(TEXT, "Monday"), False)]
    counts = qe.score_article(TEXT, gold, pred)
    assert (counts["direct"].gold, counts["direct"].matched, counts["direct"].exact) == (1, 1, 1)
    assert counts["direct"].source_right == 1
    summary = qe.summarise(counts["all"])
    assert summary["overlap"] == {"precision": 0.5, "recall": 0.5, "f1": 0.5}
    assert summary["source_accuracy"] == 1.0


def test_speaker_text_span_nearest_occurrence() -> None:
    text = "he went. Later he said it. And he left."
    assert qe.speaker_text_span(text, "he", 20) == (15, 17)
    assert qe.speaker_text_span("Anna 's view", "Anna 's", 0) == (0, 7)
    assert qe.speaker_text_span(text, "nobody", 0) is None


def test_run_missing_data(tmp_path: Path) -> None:
    args = argparse.Namespace(polnear=str(tmp_path / "nope"), model="x", limit=None, json=False)
    out, err = io.StringIO(), io.StringIO()
    assert qe.run(args, out, err) == 2
    assert err.getvalue().count("\n") == 1 and out.getvalue() == ""


def test_end_to_end_with_real_coder(tmp_path: Path, coder) -> None:
    _write(tmp_path)
    report = qe.evaluate(coder, tmp_path)
    assert report["articles"] == 1 and report["offset_mismatches"] == 0
    assert report["direct"]["gold"] == 1 and report["all"]["gold"] == 2
    assert report["direct"]["matched"] == 1
    assert report["direct"]["source_accuracy"] == 1.0
    text = qe.format_report({"model": "test", **report})
    assert "as reported in the issue" in text and "72.9" in text
    json.dumps(report)


INTERRUPTED = "“We are ready,” the mayor said, “and we will not wait.”\n"


def test_interrupted_quote_is_one_attribution_end_to_end(tmp_path: Path, coder) -> None:
    """Gold gives one attribution in two parts; we give two quotes sharing one cue: scored as
    one prediction (the grouping rule), so nothing is left over."""
    (tmp_path / "a.txt").write_text(INTERRUPTED, encoding="utf-8", newline="")
    a, b = _span(INTERRUPTED, "“We are ready,”"), _span(INTERRUPTED, "“and we will not wait.”")
    src, cue = _span(INTERRUPTED, "the mayor"), _span(INTERRUPTED, "said")
    ann = (f"T1\tContent {a[0]} {a[1]};{b[0]} {b[1]}\tx\nT2\tSource {src[0]} {src[1]}\tx\n"
           f"T3\tCue {cue[0]} {cue[1]}\tsaid\nT4\tAttribution {cue[0]} {cue[1]}\tsaid\n"
           "E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2\n")
    (tmp_path / "a.ann").write_text(ann, encoding="utf-8")
    report = qe.evaluate(coder, tmp_path)
    assert (report["direct"]["gold"], report["direct"]["predicted"]) == (1, 1)
    assert report["direct"]["exact"]["f1"] == 1.0 and report["direct"]["source_accuracy"] == 1.0


def test_group_parts_merges_quotes_sharing_a_cue() -> None:
    single = [Predicted(0, 10, True, ((12, 15),), True), Predicted(20, 30, True, (), True),
              Predicted(40, 50, False)]
    merged = qe.group_parts(single, [7, 7, None])
    assert merged[0] == Predicted(0, 30, True, ((12, 15),), True, ((0, 10), (20, 30)))
    assert merged[0].content == ((0, 10), (20, 30)) and merged[1].content == ((40, 50),)
    assert qe.group_parts(single, None) == single


def test_typewriter_marks_count_as_double_quotes() -> None:
    text = "''We stay,'' she said. ``Yes.''"
    assert qe.quoted_regions(text) == [(2, 10), (25, 29)]


def test_speaker_text_is_matched_as_whole_words_outside_the_quote() -> None:
    text = '"Then he left," he said of the man.'
    assert qe.speaker_text_span(text, "he", 1, (1, 14)) == (16, 18)
    assert qe.speaker_text_span("the other", "he", 0) is None


def test_paragraphs_skip_blank_lines() -> None:
    assert qe.paragraphs("One.\n\n  \nTwo.") == [(0, "One."), (9, "Two.")]


def test_textacy_predictions_with_a_stand_in_extractor() -> None:
    import spacy

    nlp = spacy.blank("en")
    good, bad = nlp("“We stay,” Ana said."), nlp("odd")
    triple = SimpleNamespace(speaker=[good[5]], cue=[good[6]], content=good[0:5])

    def extract(doc):
        if doc is bad:
            raise ValueError("unbalanced")
        return [triple]

    pred, refused = qe.textacy_predictions(extract, [(100, good), (0, bad)])
    assert refused == 1
    assert pred == [Predicted(100, 110, True, ((111, 114),), True)]


def test_baseline_without_textacy_says_how_to_install(tmp_path: Path, monkeypatch) -> None:
    _write(tmp_path)
    monkeypatch.setattr(qe, "textacy_extractor", lambda: None)
    args = argparse.Namespace(polnear=str(tmp_path), model="x", limit=None, json=False,
                              baseline="textacy")
    out, err = io.StringIO(), io.StringIO()
    assert qe.run(args, out, err) == 2
    assert err.getvalue().count("\n") == 1 and "pip install" in err.getvalue()


def test_textacy_baseline_end_to_end(tmp_path: Path, coder) -> None:
    extract = qe.textacy_extractor()
    if extract is None:  # `make test` installs it: in CI a missing textacy is a failure
        (pytest.fail if os.environ.get("CI") else pytest.skip)(
            "textacy is not installed (extra 'baselines')")
    _write(tmp_path)
    report = qe.evaluate_textacy(coder, tmp_path, extract)
    for mode in qe.MODES:
        assert report[mode]["direct"]["gold"] == 1 and report[mode]["refused"] == 0
        assert report[mode]["direct"]["matched"] == 1
    text = qe.format_report({"model": "test", **report})
    assert "textacy direct_quotations, paragraphs" in text
    json.dumps(report)


def test_speaker_text_nearest_the_cue_outside_quotation_marks() -> None:
    text = ('Over the year, according to the office, costs "rose as the office said," '
            "the office noted.")
    cue = (text.index("according"), text.index("according") + 9)
    content = (text.index("Over"), text.index('rose') - 2)
    regions = qe.quoted_regions(text)
    first = text.index("the office")
    assert qe.speaker_text_span(text, "the office", 0, content, cue, regions) == (
        first, first + 10)
    noted = (text.index("noted"), text.index("noted") + 5)
    assert qe.speaker_text_span(text, "the office", 0, content, noted, regions) == (
        text.rindex("the office"), text.rindex("the office") + 10)
