"""``newsevents eval events --penta``: the five CAMEO classes, scored on sentences of our own."""

from __future__ import annotations

import io
from pathlib import Path
from types import SimpleNamespace

import pytest

from newsevents.eval.events import (
    class_scores,
    leading_event,
    load_penta,
    penta_class,
    penta_folds,
    run_penta_eval,
    sentence_class,
)


def _event(cameo: str, modality: str = "asserted", confidence: float = 0.5) -> SimpleNamespace:
    return SimpleNamespace(event="X", cameo=cameo, modality=modality, confidence=confidence)


@pytest.mark.parametrize(("root", "label"), [
    ("01", 0), ("02", 0), ("03", 1), ("05", 1), ("06", 2), ("08", 2), ("09", 3), ("13", 3),
    ("14", 4), ("16", 3), ("17", 4), ("20", 4), (None, 0), ("xx", 0)])
def test_penta_class_of_a_root(root, label):
    assert penta_class(root) == label


def test_penta_class_reads_16_as_material_when_asked():
    assert penta_class("16", reduce_relations=4) == 4


def test_the_leading_event_is_a_reported_one_then_the_surest():
    future = _event("13", "future", 0.9)
    negated = _event("08", "negated", 0.8)
    asserted = _event("04", "asserted", 0.4)
    assert leading_event([future, negated, asserted]) is asserted
    assert leading_event([future, negated]) is negated
    assert leading_event([future]) is future
    assert leading_event([]) is None
    assert sentence_class([future, negated, asserted]) == 1
    assert sentence_class([]) == 0


def test_class_scores_accuracy_macro_f1_and_confusion():
    scores = class_scores([0, 0, 1, 4], [0, 1, 1, 4])
    assert scores["accuracy"] == 0.75
    assert scores["confusion"][0] == [1, 1, 0, 0, 0]
    assert scores["per_class"][1]["precision"] == 0.5
    assert scores["macro_f1"] == pytest.approx((2 / 3 + 2 / 3 + 1) / 3)


def test_folds_are_stratified_and_fixed():
    labels = [0] * 10 + [1] * 5
    folds = penta_folds(labels, 5)
    assert folds == penta_folds(labels, 5)
    for k in range(5):
        assert sum(1 for f, y in zip(folds, labels, strict=True) if f == k and y == 0) == 2


def test_load_penta_skips_malformed_lines(tmp_path: Path):
    path = tmp_path / "five.tsv"
    path.write_text("The army shelled the port.\t4\nno label here\nBad\t9\n", encoding="utf-8")
    assert load_penta(path) == [("The army shelled the port.", 4)]


SENTENCES = [
    ("The rebels shelled the airport on Monday.", 4),
    ("Troops fired on the crowd outside the parliament.", 4),
    ("The two ministers held talks in Vienna.", 1),
    ("The presidents met in Accra to discuss the border.", 1),
    ("The council said the weather had been mild this spring.", 0),
    ("The mayor said the park would reopen in June.", 0),
    ("Japan sent food aid to the flooded provinces.", 2),
    ("The charity delivered medicine to the camps.", 2),
    ("The opposition accused the minister of lying.", 3),
    ("The union condemned the dismissal of the workers.", 3),
]


def test_the_command_scores_our_coder_and_the_svm(coder, tmp_path: Path, monkeypatch):
    pytest.importorskip("sklearn")
    path = tmp_path / "five.tsv"
    path.write_text("".join(f"{t}\t{c}\n" for t, c in SENTENCES), encoding="utf-8")
    monkeypatch.setattr("newsevents.eval.events.load_coder", lambda *a, **k: coder)
    out, err = io.StringIO(), io.StringIO()
    args = SimpleNamespace(penta=str(path), limit=None, model="x", min_confidence=None,
                           folds=2, json=False)
    assert run_penta_eval(args, out, err) == 0, err.getvalue()
    report = out.getvalue()
    assert "accuracy" in report and "TF-IDF linear SVM" in report
    assert "material conflict" in report


def test_the_command_refuses_a_missing_file(tmp_path: Path):
    args = SimpleNamespace(penta=str(tmp_path / "none.tsv"), limit=None, model="x",
                           min_confidence=None, folds=5, json=False)
    err = io.StringIO()
    assert run_penta_eval(args, io.StringIO(), err) == 2
    assert "not found" in err.getvalue()


def test_reliability_bins_the_leading_confidence():
    from newsevents.eval.events import reliability

    rows = {r["confidence"]: r for r in reliability([None, 0.1, 0.3, 0.9, 0.95],
                                                    [True, False, True, True, False])}
    assert rows["no event"]["n"] == 1
    assert rows["0.00-0.25"]["share_right"] == 0.0
    assert rows["0.70-1.00"] == {"confidence": "0.70-1.00", "n": 2, "share_right": 0.5}
