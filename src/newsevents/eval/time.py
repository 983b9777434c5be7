"""``newsevents eval time``: measure the ``when`` stage on TimeML (TempEval-3 style) documents.

    newsevents eval time [--timeml DIR] [--model NAME] [--limit N] [--json]
                         [--baseline dateparser|dateparser-granular]

Every ``.tml`` file under ``DIR`` (searched recursively, read in place and never copied) is one
article: the plain text of its ``TEXT`` element (tags removed, entities decoded) is coded with
:class:`~newsevents.coder.Coder`, anchored at the document creation time (the ``TIMEX3`` with
``functionInDocument="CREATION_TIME"``, which sits in ``DCT`` outside ``TEXT``). The gold
expressions are the ``TIMEX3`` elements inside ``TEXT``, with their offsets in that plain text.
A document's corpus is the first folder below ``DIR`` (``TimeBank``, ``AQUAINT``).

Scored as TempEval-3 does, micro-averaged over documents:

* strict extent P/R/F1: a predicted span equal to a gold span;
* relaxed extent P/R/F1: spans that overlap, each gold and each prediction matched once;
* type and value accuracy over the relaxed matches;
* value F1: a true positive is a relaxed match with the same value, so P = same-value matches /
  predictions, R = same-value matches / gold; this equals value accuracy x relaxed F1.

The record's ``PRESENT_REF``/``PAST_REF``/``FUTURE_REF`` types count as ``DATE`` for type
accuracy (in TIMEX3 they are values of a DATE). Values are compared as exact strings.

``--baseline`` scores the issue's baseline instead of the ``when`` stage, through the same
matching: spaCy's DATE/TIME entities as they are, each normalised by dateparser alone with the
document creation time as ``RELATIVE_BASE``; ``dateparser`` writes every value as a day
(``YYYY-MM-DD``), ``dateparser-granular`` keeps dateparser's own period (year ``YYYY``, month
``YYYY-MM``, week ``YYYY-Www``, day, or ``YYYY-MM-DDTHH:MM`` for a TIME entity with a clock).

Scoring functions are pure; only :func:`run` loads a coder.
"""

from __future__ import annotations

import argparse
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, TextIO

from . import EXIT_USAGE, bad_limit, emit, load_coder

REF_TYPES = frozenset({"PRESENT_REF", "PAST_REF", "FUTURE_REF"})
BASELINES = ("dateparser", "dateparser-granular")
TARGET_VALUE_F1 = 0.75

#: Reference figures, reported elsewhere and not run here: (name, value F1, where from).
REFERENCES: tuple[tuple[str, float, str], ...] = (
    ("HeidelTime", 0.776, "TempEval-3 (2013) test set"),
    ("SUTime", 0.674, "TempEval-3 (2013) test set"),
    ("spaCy DATE/TIME + dateparser", 0.33, "the issue's estimate; run: --baseline dateparser"),
    ("  same, keeping dateparser's granularity", 0.50,
     "the issue's estimate; run: --baseline dateparser-granular"),
)


@dataclass(frozen=True)
class Timex:
    """A temporal expression: span ``[start, end)`` in the plain text, TIMEX3 type and value."""

    start: int
    end: int
    type: str
    value: str | None
    text: str = ""


@dataclass(frozen=True)
class TimeMLDoc:
    """One TimeML document: plain text of TEXT, gold expressions, creation date (YYYY-MM-DD)."""

    id: str
    corpus: str
    text: str
    gold: tuple[Timex, ...]
    dct: str | None


# --------------------------------------------------------------------------------------------
# Reading TimeML


def _flatten(element: ET.Element, parts: list[str], gold: list[Timex], offset: int) -> int:
    """Append ``element``'s text (children included, its tail excluded) to ``parts``, recording
    each TIMEX3 inside it; return the offset after it."""
    start = offset
    if element.text:
        parts.append(element.text)
        offset += len(element.text)
    for child in element:
        offset = _flatten(child, parts, gold, offset)
        if child.tail:
            parts.append(child.tail)
            offset += len(child.tail)
    if element.tag == "TIMEX3":
        text = "".join(parts)[start:offset]
        gold.append(Timex(start, offset, element.get("type", ""),
                          element.get("value") or None, text))
    return offset


def text_and_timexes(text_element: ET.Element) -> tuple[str, tuple[Timex, ...]]:
    """The plain text of a TEXT element and its TIMEX3 spans (offsets into that text)."""
    parts: list[str] = []
    gold: list[Timex] = []
    if text_element.text:
        parts.append(text_element.text)
    offset = len(text_element.text or "")
    for child in text_element:
        offset = _flatten(child, parts, gold, offset)
        if child.tail:
            parts.append(child.tail)
            offset += len(child.tail)
    return "".join(parts), tuple(sorted(gold, key=lambda t: (t.start, t.end)))


def creation_date(root: ET.Element) -> str | None:
    """The date (YYYY-MM-DD) of the document's CREATION_TIME TIMEX3, or None."""
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            value = timex.get("value") or ""
            return value[:10] if len(value) >= 10 else None
    return None


def parse_timeml(source: str | Path, corpus: str = "", doc_id: str | None = None) -> TimeMLDoc:
    """Parse one ``.tml`` file (a path) into plain text, gold TIMEX3 spans and DCT."""
    path = Path(source)
    root = ET.parse(path).getroot()
    text_element = root.find(".//TEXT")
    text, gold = text_and_timexes(text_element) if text_element is not None else ("", ())
    return TimeMLDoc(doc_id or path.stem, corpus, text, gold, creation_date(root))


def timeml_files(folder: Path) -> list[Path]:
    """All ``.tml`` files under ``folder``, in sorted path order."""
    return sorted(folder.rglob("*.tml"))


def corpus_of(path: Path, folder: Path) -> str:
    """The first folder below ``folder`` holding ``path`` ("TimeBank"), or the folder's name."""
    parts = path.relative_to(folder).parts
    return parts[0] if len(parts) > 1 else folder.name


# --------------------------------------------------------------------------------------------
# Matching and scoring


def _overlap(a: Timex, b: Timex) -> int:
    return min(a.end, b.end) - max(a.start, b.start)


def strict_matches(gold: Sequence[Timex], pred: Sequence[Timex]) -> int:
    """How many gold spans a prediction has exactly (each span counted once)."""
    pred_spans = {(p.start, p.end) for p in pred}
    return len({(g.start, g.end) for g in gold} & pred_spans)


def relaxed_matches(gold: Sequence[Timex], pred: Sequence[Timex]) -> list[tuple[Timex, Timex]]:
    """Pair overlapping gold and predicted expressions, each used at most once.

    Exact spans pair first; then each remaining gold (in text order) takes the free prediction
    that overlaps it most (the earliest on ties)."""
    pairs: list[tuple[Timex, Timex]] = []
    used: set[int] = set()
    by_span = {(p.start, p.end): i for i, p in reversed(list(enumerate(pred)))}
    rest: list[Timex] = []
    for g in gold:
        i = by_span.get((g.start, g.end))
        if i is not None and i not in used:
            used.add(i)
            pairs.append((g, pred[i]))
        else:
            rest.append(g)
    for g in rest:
        free = [(_overlap(g, p), -i) for i, p in enumerate(pred)
                if i not in used and _overlap(g, p) > 0]
        if free:
            i = -max(free)[1]
            used.add(i)
            pairs.append((g, pred[i]))
    return sorted(pairs, key=lambda pair: (pair[0].start, pair[0].end))


def timex3_type(record_type: str) -> str:
    """The TIMEX3 type of a record type: the vague ``*_REF`` types are DATEs."""
    return "DATE" if record_type in REF_TYPES else record_type


def count(gold: Sequence[Timex], pred: Sequence[Timex]) -> dict[str, int]:
    """The counts one document adds: gold, pred, strict, relaxed, same type, same value."""
    pairs = relaxed_matches(gold, pred)
    return {"gold": len(gold), "pred": len(pred), "strict": strict_matches(gold, pred),
            "relaxed": len(pairs),
            "type": sum(timex3_type(p.type) == g.type for g, p in pairs),
            "value": sum(p.value is not None and p.value == g.value for g, p in pairs)}


def add_counts(counts: Iterable[dict[str, int]]) -> dict[str, int]:
    """Sum count dictionaries key by key."""
    total = {k: 0 for k in ("gold", "pred", "strict", "relaxed", "type", "value")}
    for c in counts:
        for k in total:
            total[k] += c[k]
    return total


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float | None]:
    """Precision, recall and F1 of ``tp`` true positives (None where undefined)."""
    p = tp / n_pred if n_pred else None
    r = tp / n_gold if n_gold else None
    f = 2 * p * r / (p + r) if p is not None and r is not None and p + r else (
        0.0 if p is not None and r is not None else None)
    return {"p": p, "r": r, "f1": f}


def scores(c: dict[str, int]) -> dict[str, Any]:
    """TempEval-3 figures from summed counts (value F1 = value accuracy x relaxed F1)."""
    return {"counts": dict(c),
            "strict": prf(c["strict"], c["pred"], c["gold"]),
            "relaxed": prf(c["relaxed"], c["pred"], c["gold"]),
            "type_accuracy": c["type"] / c["relaxed"] if c["relaxed"] else None,
            "value_accuracy": c["value"] / c["relaxed"] if c["relaxed"] else None,
            "value": prf(c["value"], c["pred"], c["gold"])}


# --------------------------------------------------------------------------------------------
# Coding and the report


def predictions(coded: Any) -> tuple[Timex, ...]:
    """The record's ``times`` as :class:`Timex` (anything with text/start/end/type/value)."""
    return tuple(Timex(t.start, t.end, t.type, t.value, t.text) for t in coded.times)


def evaluate(coder: Any, docs: Sequence[TimeMLDoc]) -> dict[str, Any]:
    """Code the documents and score them per corpus and overall."""
    from ..record import Article

    started = time.perf_counter()
    articles = (Article(id=d.id, text=d.text, published=d.dct) for d in docs)
    coded = coder.code_many(articles)
    per_doc = [count(d.gold, predictions(c)) for d, c in zip(docs, coded, strict=True)]
    return _summary(docs, per_doc, time.perf_counter() - started)


def _summary(docs: Sequence[TimeMLDoc], per_doc: list[dict[str, int]], seconds: float
             ) -> dict[str, Any]:
    """Per-corpus and overall scores from per-document counts."""
    corpora: dict[str, list[dict[str, int]]] = {}
    for d, c in zip(docs, per_doc, strict=True):
        corpora.setdefault(d.corpus, []).append(c)
    result: dict[str, Any] = {
        "n_documents": len(docs), "seconds": seconds,
        "corpora": {name: {"n_documents": len(cs), **scores(add_counts(cs))}
                    for name, cs in sorted(corpora.items(), key=lambda kv: kv[0].lower())},
        "overall": {"n_documents": len(docs), **scores(add_counts(per_doc))}}
    return result


@lru_cache(maxsize=512)
def _date_parser(dct: str | None) -> Any:
    """One dateparser parser per creation date (building one is slower than parsing)."""
    from dateparser.date import DateDataParser

    settings = {"RELATIVE_BASE": datetime.fromisoformat(dct)} if dct else {}
    return DateDataParser(languages=["en"], settings=settings)


@lru_cache(maxsize=65536)
def dateparser_value(text: str, dct: str | None, granular: bool, clock: bool = False
                     ) -> str | None:
    """dateparser's reading of ``text`` relative to ``dct`` (YYYY-MM-DD) as a TIMEX3-style
    value: the day, or with ``granular`` dateparser's own period; None when it finds no date.
    Cached: dateparser is slow per call and news repeats its expressions."""
    data = _date_parser(dct).get_date_data(text)
    when: datetime | None = data.date_obj
    if when is None:
        return None
    if not granular:
        return when.date().isoformat()
    period = data.period or "day"
    if period == "year":
        return f"{when.year:04d}"
    if period == "month":
        return f"{when.year:04d}-{when.month:02d}"
    if period == "week":
        year, week, _ = when.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if clock or period == "time":
        return when.strftime("%Y-%m-%dT%H:%M")
    return when.date().isoformat()


def baseline_predictions(nlp: Any, docs: Sequence[TimeMLDoc], granular: bool
                         ) -> list[tuple[Timex, ...]]:
    """The baseline's expressions: spaCy DATE/TIME entities, values from dateparser alone."""
    found = []
    for doc, d in zip(nlp.pipe(x.text for x in docs), docs, strict=True):
        found.append(tuple(
            Timex(e.start_char, e.end_char, e.label_,
                  dateparser_value(e.text, d.dct, granular,
                                   e.label_ == "TIME" and any(c.isdigit() for c in e.text)),
                  e.text)
            for e in doc.ents if e.label_ in ("DATE", "TIME")))
    return found


def evaluate_baseline(nlp: Any, docs: Sequence[TimeMLDoc], granular: bool) -> dict[str, Any]:
    """Score the dateparser baseline per corpus and overall (as :func:`evaluate` does)."""
    started = time.perf_counter()
    predicted = baseline_predictions(nlp, docs, granular)
    per_doc = [count(d.gold, p) for d, p in zip(docs, predicted, strict=True)]
    return _summary(docs, per_doc, time.perf_counter() - started)


def _num(value: float | None) -> str:
    return f"{'-':>6}" if value is None else f"{100 * value:6.1f}"


def _row(name: str, s: dict[str, Any]) -> str:
    c = s["counts"]
    return (f"  {name:<10} {s['n_documents']:>4} {c['gold']:>5} {c['pred']:>5} "
            f"{_num(s['strict']['p'])}{_num(s['strict']['r'])}{_num(s['strict']['f1'])} "
            f"{_num(s['relaxed']['p'])}{_num(s['relaxed']['r'])}{_num(s['relaxed']['f1'])} "
            f"{_num(s['type_accuracy'])}{_num(s['value_accuracy'])} "
            f"{_num(s['value']['p'])}{_num(s['value']['r'])}{_num(s['value']['f1'])}")


def format_report(report: dict[str, Any]) -> str:
    """The plain-text report: one row per corpus and overall, then the reference figures."""
    r = report["results"]
    speed = r["n_documents"] / r["seconds"] if r["seconds"] else 0.0
    system = report.get("system", "newsevents")
    lines = [f"newsevents eval time: {r['n_documents']} TimeML documents from {report['timeml']}"
             + ("" if system == "newsevents" else f" (baseline: {system})"),
             f"model {report['model']}; coded in {r['seconds']:.1f} s ({speed:.1f} docs/s); "
             "figures in %, micro-averaged", "",
             f"  {'corpus':<10} {'docs':>4} {'gold':>5} {'pred':>5} "
             f"{'strict P':>8}{'R':>6}{'F1':>6} {'relax P':>7}{'R':>6}{'F1':>6} "
             f"{'type':>6}{'value':>6} {'val P':>6}{'R':>6}{'F1':>6}",
             "  " + "-" * 104]
    lines += [_row(name, s) for name, s in r["corpora"].items()]
    lines += [_row("overall", r["overall"]), "",
              "  strict: exact span; relaxed: any overlap, each expression matched once;",
              "  type / value: accuracy over relaxed matches (*_REF types count as DATE);",
              "  value F1 (TempEval-3): a hit is a relaxed match with the same value,",
              "  i.e. value accuracy x relaxed F1.", "",
              "  reference value F1, reported, not run here:"]
    lines += [f"    {name:<42} {100 * f1:5.1f}  ({where})" for name, f1, where in REFERENCES]
    overall = r["overall"]["value"]["f1"]
    verdict = "-" if overall is None else ("met" if overall >= TARGET_VALUE_F1 else "not met")
    lines += ["", f"  target (issue): value F1 >= {100 * TARGET_VALUE_F1:.0f}: "
              f"{_num(overall).strip()} -> {verdict}", ""]
    return "\n".join(lines)


def load_docs(folder: Path, limit: int | None = None) -> list[TimeMLDoc]:
    """Parse the first ``limit`` (all when None) ``.tml`` files under ``folder``."""
    paths = timeml_files(folder)[:limit]
    return [parse_timeml(p, corpus_of(p, folder)) for p in paths]


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """``newsevents eval time``: 0 after printing the report (or JSON); 2 on a usage error
    (no .tml files, bad --limit, unreadable file, model that cannot load)."""
    folder = Path(args.timeml)
    if not folder.is_dir() or not timeml_files(folder):
        print(f"newsevents: evaluation data not found: no .tml files in {folder}", file=err)
        return EXIT_USAGE
    if bad_limit(args.limit, err):
        return EXIT_USAGE
    try:
        docs = load_docs(folder, args.limit)
    except ET.ParseError as exc:
        print(f"newsevents: cannot parse TimeML: {exc}", file=err)
        return EXIT_USAGE
    baseline = getattr(args, "baseline", None)
    results = _baseline_results(args.model, docs, baseline, err) if baseline else None
    if baseline and results is None:
        return EXIT_USAGE
    if results is None:
        coder = load_coder(args.model, err)
        if coder is None:
            return EXIT_USAGE
        results = evaluate(coder, docs)
    report = {"timeml": str(folder), "model": args.model, "system": baseline or "newsevents",
              "references_not_run_here": {n.strip(): f for n, f, _ in REFERENCES},
              "target_value_f1": TARGET_VALUE_F1, "results": results}
    return emit(report, getattr(args, "json", False), out, format_report)


def _baseline_results(model: str, docs: Sequence[TimeMLDoc], baseline: str, err: TextIO
                      ) -> dict[str, Any] | None:
    """Scores of a ``--baseline`` run; None (after one line on ``err``) when spaCy or
    dateparser cannot load."""
    from ..nlp import ModelError, load_spacy

    try:
        import dateparser  # noqa: F401
    except ImportError:
        print("newsevents: the baseline needs dateparser: pip install dateparser", file=err)
        return None
    try:
        nlp = load_spacy(model)
    except ModelError as exc:
        print(f"newsevents: {exc}", file=err)
        return None
    if "parser" in nlp.pipe_names:  # the same sentence breaks as the coder's pipeline
        nlp.add_pipe("newsevents_paragraphs", before="parser")
    return evaluate_baseline(nlp, docs, granular=baseline == "dateparser-granular")
