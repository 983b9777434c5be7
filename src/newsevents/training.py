"""``newsevents train confidence``: fit the confidence model on the two training files.

    newsevents train confidence [--ngec FILE] [--penta FILE] [--out FILE] [--folds K]
                                [--seed S] [--c C] [--model NAME] [--context GROUPS]

In:  NGEC's synthetic stories (``ngec_synthetic_stories.csv``: text, label = one PLOVER type)
     and the five-class ConfliBERT sentences (``penta_class/train.tsv``: sentence, class).
     These two files, and no other, are training data by origin (see
     ``../shared/evaldata/README.md``).
Out: the model file (default: the packaged ``data/confidence.json``), and a summary of the
     cross-validated figures on standard output.

Each text is coded with the whole pipeline, keeping every candidate event. A candidate is a
positive example when a human coder would code it as the text's event:

* NGEC: its PLOVER type is the story's ``label``;
* five classes: the class of its CAMEO root (as ``newsevents eval events --penta`` reads it)
  is the sentence's class. Class 0 sentences (statements and appeals, CAMEO 01-02) make their
  01-02 candidates positive and any other candidate negative: a statement is not a deed.

The model is an L2-regularised logistic regression (scikit-learn, needed only here: extra
``baselines``) over :func:`newsevents.events.candidate_features`, fitted on the candidates of
both files together (weighted: see :meth:`Item.weights`); ``--context`` adds groups of
context features (:data:`newsevents.confidence.CONTEXT_GROUPS`), which the model file then
names, so that the coder computes them for it. Features seen fewer than
:data:`MIN_COUNT` times are left out. The threshold is chosen on out-of-fold probabilities of
a ``K``-fold cross-validation, folds stratified by label and shuffled with ``seed`` (the same
folds as the SVM baseline of ``eval events --penta``): the lowest threshold whose
five-class macro-F1 is within :data:`TOLERANCE` of the best (:func:`best_threshold`).

:func:`cross_validated` gives every text its events scored by a model fitted (threshold
included, by an inner cross-validation) without the text's fold: how ``eval events`` reports
the training files honestly.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, TextIO

from .confidence import CONTEXT_GROUPS, MODEL_FILE, REPORTED, ConfidenceModel
from .datafiles import default_path
from .errors import EXIT_OK, EXIT_USAGE

DEFAULT_NGEC = "../shared/evaldata/events/ngec_synthetic_stories.csv"
DEFAULT_PENTA = "../shared/evaldata/events/penta_class/train.tsv"
FOLDS = 5
SEED = 0
C = 0.5  # inverse L2 strength of the logistic regression
MIN_COUNT = 3  # a feature seen fewer times in the training candidates gets no weight
# The 1,349 real news sentences give 2,421 candidates, the 4,500 synthetic stories 48,242:
# without a weight, the synthetic stories would decide almost everything.
PENTA_WEIGHT = 5.0
THRESHOLDS = tuple(round(0.025 * n, 3) for n in range(1, 33))  # 0.025 .. 0.8
# About one standard error of a macro-F1 near 0.78 on 1,349 sentences: thresholds whose
# cross-validated figure is this close to the best are as good, and the lowest keeps the most.
TOLERANCE = 0.01
TRAINING_DATA = (
    {"file": "events/ngec_synthetic_stories.csv",
     "what": "4,500 synthetic news stories, one PLOVER type each",
     "source": "ahalterman/NGEC repository; generated with GPT-2"},
    {"file": "events/penta_class/train.tsv",
     "what": "1,349 news sentences, five CAMEO classes",
     "source": "eventdata/ConfliBERT repository, data/cameo_class (GPL-3.0)"},
)


@dataclass
class Item:
    """One training text: which file, its gold (NGEC type or five-class class), its fold,
    and its candidate events (record events, with the features the model read)."""

    source: str  # "ngec" | "penta"
    gold: str | int
    fold: int
    events: list[Any]
    features: list[dict[str, float]]

    def weights(self) -> list[float]:
        """Each candidate's weight in fitting: what is scored is whether a text gets a type,
        so the candidates of one type in one text share a weight of 1; a sentence of real
        news weighs :data:`PENTA_WEIGHT` times a synthetic story."""
        counts = Counter(e.event for e in self.events)
        scale = PENTA_WEIGHT if self.source == "penta" else 1.0
        return [scale / counts[e.event] for e in self.events]

    def labels(self) -> list[int]:
        """1 for each candidate a coder would code as the text's event, else 0."""
        from .eval.events import penta_class

        if self.source == "ngec":
            return [int(e.event == self.gold) for e in self.events]
        return [int(penta_class(e.cameo) == self.gold) for e in self.events]


def coded_with_features(coder: Any, articles: Iterable[Any]) -> Iterator[tuple[list, list]]:
    """Each article's record events, every candidate kept, with each one's features."""
    from .coder import build_record

    pairs = ((coder.make_doc(a), a) for a in articles)
    for doc, article in coder.nlp.pipe(pairs, as_tuples=True, batch_size=coder.batch_size):
        record = build_record(doc, article, 0.0)
        yield list(record.events), [m.features for m in doc._.events or []]


def ngec_items(coder: Any, path: Path, k: int = FOLDS, seed: int = SEED,
               rows: Sequence[int] | None = None) -> list[Item]:
    """The NGEC stories (``rows`` of them, or all) coded, with stratified folds."""
    from .eval.events import load_ngec, penta_folds
    from .record import Article

    stories = load_ngec(path)
    folds = penta_folds([s.label for s in stories], k, seed)
    chosen = list(range(len(stories))) if rows is None else list(rows)
    articles = (Article(id=f"ngec-{stories[i].row}", text=stories[i].text,
                        title=stories[i].title) for i in chosen)
    coded = coded_with_features(coder, articles)
    return [Item("ngec", stories[i].label, folds[i], ev, ft)
            for i, (ev, ft) in zip(chosen, coded, strict=True)]


def penta_items(coder: Any, path: Path, k: int = FOLDS, seed: int = SEED,
                rows: Sequence[int] | None = None) -> list[Item]:
    """The five-class sentences (``rows`` of them, or all) coded, with the folds of the
    SVM baseline of ``eval events --penta``."""
    from .eval.events import load_penta, penta_folds
    from .record import Article

    data = load_penta(path)
    folds = penta_folds([c for _, c in data], k, seed)
    chosen = list(range(len(data))) if rows is None else list(rows)
    articles = (Article(id=f"penta-{i}", text=data[i][0]) for i in chosen)
    coded = coded_with_features(coder, articles)
    return [Item("penta", data[i][1], folds[i], ev, ft)
            for i, (ev, ft) in zip(chosen, coded, strict=True)]


def _examples(items: Iterable[Item]) -> tuple[list[dict[str, float]], list[int], list[float]]:
    features: list[dict[str, float]] = []
    labels: list[int] = []
    weights: list[float] = []
    for item in items:
        for example in zip(item.features, item.labels(), item.weights(), strict=True):
            if example[0].get(REPORTED):  # a bare mention is decided by rule: 0
                features.append(example[0])
                labels.append(example[1])
                weights.append(example[2])
    return features, labels, weights


def fit_weights(features: Sequence[dict[str, float]], labels: Sequence[int],
                sample_weights: Sequence[float] | None = None,
                c: float = C) -> tuple[float, dict[str, float]]:
    """(bias, weights) of a logistic regression fitted on these candidates (each weighing
    its ``sample_weights``, default 1); features seen fewer than :data:`MIN_COUNT` times are
    dropped first."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    counts = Counter(name for f in features for name in f)
    kept = [{k: v for k, v in f.items() if counts[k] >= MIN_COUNT} for f in features]
    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform(kept)
    model = LogisticRegression(C=c, max_iter=3000)
    model.fit(x, list(labels), sample_weight=None if sample_weights is None
              else list(sample_weights))
    names = vectorizer.get_feature_names_out()
    weights = {str(n): float(w) for n, w in zip(names, model.coef_[0], strict=True)
               if abs(w) >= 1e-4}
    return float(model.intercept_[0]), weights


def text_scores(items: Sequence[Item], probabilities: Sequence[Sequence[float]],
                threshold: float) -> dict[str, float | None]:
    """What ``eval events`` reports of the training files, with each item's events kept at
    ``threshold``: NGEC macro recall and other types per story, five-class macro-F1."""
    from .eval.events import Story, class_scores, score_ngec, sentence_class

    ngec = [(i, rescored(i, p, threshold)) for i, p in zip(items, probabilities, strict=True)
            if i.source == "ngec"]
    penta = [(i, rescored(i, p, threshold)) for i, p in zip(items, probabilities, strict=True)
             if i.source == "penta"]
    scores: dict[str, float | None] = {"macro_recall": None, "other_types": None,
                                       "story_f1": None, "macro_f1": None}
    if ngec:
        stories = [Story(n, "", None, str(i.gold), None) for n, (i, _) in enumerate(ngec)]
        result = score_ngec(stories, [events for _, events in ngec])
        recall, other = result["macro_recall"] or 0.0, result["other_types_per_story"] or 0.0
        hits = result["micro_recall"] or 0.0
        precision = hits / (hits + other) if hits + other else 0.0
        scores.update(macro_recall=recall, other_types=other,
                      story_f1=2 * recall * precision / (recall + precision)
                      if recall + precision else 0.0)
    if penta:
        scores["macro_f1"] = class_scores([int(i.gold) for i, _ in penta],
                                          [sentence_class(e) for _, e in penta])["macro_f1"]
    return scores


def _objective(scores: Mapping[str, float | None]) -> float:
    """The five-class macro-F1 (real news, scored as coders class sentences), or NGEC's
    story F1 when there are no five-class items."""
    value = scores["macro_f1"] if scores["macro_f1"] is not None else scores["story_f1"]
    return value or 0.0


def best_threshold(items: Sequence[Item], probabilities: Sequence[Sequence[float]]) -> float:
    """The lowest threshold of :data:`THRESHOLDS` whose :func:`_objective` is within
    :data:`TOLERANCE` (about one standard error) of the best: as many events kept as a
    figure no worse than the best, within noise, allows. NGEC's other types per story are
    not bounded here: most of them are events its stories do report, which its labels count
    as wrong."""
    scored = {t: _objective(text_scores(items, probabilities, t)) for t in THRESHOLDS}
    best = max(scored.values())
    return min(t for t, value in scored.items() if value >= best - TOLERANCE)


def _folds(items: Sequence[Item]) -> list[int]:
    return sorted({item.fold for item in items})


def out_of_fold(items: Sequence[Item], c: float = C) -> list[list[float]]:
    """Each item's candidate probabilities from a model fitted on the other folds."""
    result: list[list[float]] = [[] for _ in items]
    for k in _folds(items):
        bias, weights = fit_weights(*_examples(i for i in items if i.fold != k), c=c)
        model = ConfidenceModel(bias, weights, 0.5)
        for n, item in enumerate(items):
            if item.fold == k:
                result[n] = [model.confidence(f) for f in item.features]
    return result


def train(items: Sequence[Item], c: float = C,
          about: dict[str, Any] | None = None) -> ConfidenceModel:
    """The model fitted on every item, its threshold chosen on out-of-fold probabilities."""
    threshold = best_threshold(items, out_of_fold(items, c))
    bias, weights = fit_weights(*_examples(items), c=c)
    return ConfidenceModel(bias, weights, threshold, about or {})


def _inner_folds(items: Sequence[Item], k: int) -> list[Item]:
    """The items renumbered into ``k`` inner folds (for choosing a threshold without the
    outer fold): fold = position among the items of the same file, modulo ``k``."""
    seen: Counter[str] = Counter()
    renumbered = []
    for item in items:
        renumbered.append(replace(item, fold=seen[item.source] % k))
        seen[item.source] += 1
    return renumbered


def cross_validated(items: Sequence[Item], c: float = C) -> list[tuple[list[float], float]]:
    """For each item, (its candidates' probabilities, the threshold) of a model trained as
    :func:`train` trains (threshold by an inner cross-validation) without the item's fold."""
    result: list[tuple[list[float], float]] = [([], 0.0) for _ in items]
    for k in _folds(items):
        rest = _inner_folds([i for i in items if i.fold != k], len(_folds(items)) - 1)
        model = train(rest, c)
        for n, item in enumerate(items):
            if item.fold == k:
                result[n] = ([model.confidence(f) for f in item.features], model.threshold)
    return result


def rescored(item: Item, probabilities: Sequence[float], threshold: float) -> list[Any]:
    """The item's events with these confidences, those below ``threshold`` left out."""
    return [replace(e, confidence=p) for e, p in zip(item.events, probabilities, strict=True)
            if p >= threshold]


# --------------------------------------------------------------------------------------------
# The command


def add_parser(commands: Any, default_model: str) -> None:
    """Add ``train confidence`` to the command line's subparsers."""
    train_cmd = commands.add_parser("train", help="fit the learned parts on training data")
    parts = train_cmd.add_subparsers(dest="part", required=True)
    conf = parts.add_parser("confidence", help="fit the event confidence model (needs "
                                               "scikit-learn: extra 'baselines')")
    conf.add_argument("--ngec", default=DEFAULT_NGEC, help="NGEC synthetic stories csv")
    conf.add_argument("--penta", default=DEFAULT_PENTA, help="five-class sentence<TAB>class file")
    conf.add_argument("--out", default=None,
                      help=f"model file to write (default: the packaged {MODEL_FILE})")
    conf.add_argument("--folds", type=int, default=FOLDS, help="cross-validation folds")
    conf.add_argument("--seed", type=int, default=SEED, help="seed of the fold shuffle")
    conf.add_argument("--c", type=float, default=C, help="inverse regularisation strength")
    conf.add_argument("--model", default=default_model, help="spaCy pipeline to code with")
    conf.add_argument("--context", default="",
                      help="comma-separated groups of context features to fit on besides the "
                           f"candidate's own ({', '.join(CONTEXT_GROUPS)}; default none)")
    conf.set_defaults(handler=run_train)


def run_train(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Code both files, fit, write the model file; 0, or 2 on a usage error."""
    import json

    paths = {"ngec": Path(args.ngec), "penta": Path(args.penta)}
    for path in paths.values():
        if not path.is_file():
            print(f"newsevents: training data not found: {path}", file=err)
            return EXIT_USAGE
    try:
        import sklearn  # noqa: F401
    except ImportError:
        print("newsevents: training needs scikit-learn (pip install 'newsevents[baselines]')",
              file=err)
        return EXIT_USAGE
    if args.folds < 2:
        print("newsevents: --folds must be at least 2", file=err)
        return EXIT_USAGE
    groups = tuple(g for g in args.context.split(",") if g)
    unknown = sorted(set(groups) - set(CONTEXT_GROUPS))
    if unknown:
        print(f"newsevents: unknown --context group(s): {', '.join(unknown)} (known: "
              f"{', '.join(CONTEXT_GROUPS)})", file=err)
        return EXIT_USAGE
    from .eval import load_coder

    coder = load_coder(args.model, err, 0.0)
    if coder is None:
        return EXIT_USAGE
    coder.nlp.get_pipe("newsevents_events").finder.context_groups = groups
    items = (ngec_items(coder, paths["ngec"], args.folds, args.seed)
             + penta_items(coder, paths["penta"], args.folds, args.seed))
    about = {"training_data": list(TRAINING_DATA), "folds": args.folds, "seed": args.seed,
             "c": args.c, "min_count": MIN_COUNT, "model": args.model,
             "candidates": sum(len(i.events) for i in items),
             "positives": sum(sum(i.labels()) for i in items),
             "penta_weight": PENTA_WEIGHT,
             "threshold_rule": "on out-of-fold probabilities: the lowest threshold whose "
                               f"five-class macro-F1 is within {TOLERANCE} of the best"}
    model = replace(train(items, args.c, about), context=groups)
    target = Path(args.out) if args.out else default_path(MODEL_FILE)
    target.write_text(json.dumps(model.to_json(), indent=1) + "\n", encoding="utf-8")
    print(f"{target}: {len(model.weights)} weights, threshold {model.threshold:.2f}, "
          f"{about['candidates']} candidates ({about['positives']} positive) from "
          f"{len(items)} texts", file=out)
    return EXIT_OK
