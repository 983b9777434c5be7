"""``newsevents eval quotes``: measure the quotes stage on PolNeAR (brat standoff).

    newsevents eval quotes [--polnear DIR] [--model NAME] [--limit N] [--json]
                           [--baseline textacy]

``DIR`` (default ``../shared/evaldata/quotes/polnear/dev``) holds PolNeAR's ``text/*.txt`` and
``attributions/*.ann`` (or both side by side). The data are read, never copied. Rules:

* **Articles.** Every ``.txt`` in sorted name order; ``--limit N`` keeps the first N. The
  text is read byte-exact (``newline=""``) because brat offsets index the raw file. The
  annotation of ``X.txt`` is ``X.ann`` or, as PolNeAR names them, ``X_<annotator>.ann``; an
  article annotated by several annotators is scored once, on the first file in sorted order.
  Articles without an annotation file are skipped (and counted).
* **Gold.** One attribution per ``E`` line: its ``Content`` (and ``Content2``) fragments and
  its ``Source`` fragments (none for ``Attribution-no-source``). Discontinuous spans keep
  their fragments.
* **Direct rule.** A gold attribution is *direct* when at least half of its content's
  non-space characters lie inside double quotation marks. Quoted regions are found per
  paragraph (line): a straight ``"``, a curly ``“`` or a typewriter pair (two
  backquotes or two apostrophes, as archive text writes them) opens, the next ``"``,
  ``”`` or ``''`` closes, and a quotation still open at the paragraph's end runs to that
  end (the news convention for quotations over several paragraphs). Our direct
  predictions are the quotes with ``direct: true``; for "all attributions" every quote we
  output counts.
* **Grouping.** PolNeAR gives one attribution per cue, with its content in several
  fragments when the attribution interrupts it ('"A," she said, "B."') or when the
  quotation goes on in the next sentences or paragraphs; our record gives one quote per
  quoted stretch. Quotes that share one cue occurrence (the record's ``cue_span``) are
  scored as one prediction whose content is their parts; its bounds run from the first
  part's start to the last part's end. The textacy baseline is
  grouped by the same rule.
* **Matching.** A predicted content span matches a gold one of the same article when they
  overlap by at least half of the shorter one's characters (fragments summed on both
  sides). Pairs are taken greedily by overlap (largest first), each gold and predicted span
  at most once. *Exact* match: equal bounds after trimming whitespace, quotation marks and
  punctuation at both ends (gold bounds: first fragment's start to last fragment's end).
* **Source accuracy.** Among overlap-matched pairs: right when one of our speaker spans
  overlaps the gold Source. Our speaker spans are the mentions of our ``speaker`` entity plus
  one occurrence of ``speaker_text`` (as whole words): the one nearest the quote's cue
  (``cue_span``) outside quotation marks, or, for a quote without a cue, the one outside the
  predicted content that is nearest to it. A gold attribution without a Source is right
  when we give no speaker at all (``speaker`` and ``speaker_text`` both null).
* **Baseline.** ``--baseline textacy`` scores textacy's ``direct_quotations`` (extra
  ``baselines``) by the same rules, on the coder's spaCy parse without newsevents'
  components: once on each whole article and once paragraph by paragraph (textacy refuses a
  text with an odd number of quotation marks; refusals are counted). Its content spans keep
  their quotation marks, its speaker span runs from its first to its last speaker token.

Counts are summed over articles (micro averages). Scoring functions are pure; only
:func:`run` loads a :class:`~newsevents.coder.Coder`.
"""

from __future__ import annotations

import argparse
import re
import time
from collections.abc import Hashable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from . import EXIT_USAGE, bad_limit, emit, load_coder

Span = tuple[int, int]
Fragments = tuple[Span, ...]

OPEN_MARKS, CLOSE_MARKS = frozenset({'"', "“", "``", "''"}), frozenset({'"', "”", "''"})
MARKS = re.compile(r"``|''|[\"“”]")
TRIM = " \t\r\n\"“”‘’'.,;:!?—–-()[]"
CONTENT_ROLES = frozenset({"Content", "Content2"})
MODES = ("whole_document", "paragraphs")  # how the textacy baseline is fed

#: Published / quoted figures, printed beside ours and never computed here.
ANCHORS = {
    "cofenet_exact_f1": {"source": 83.2, "cue": 75.3, "content": 72.9},
    "textacy_issue": {"direct_content_f1": 0.62, "direct_source_accuracy": 0.86,
                      "paragraph_by_paragraph": [0.88, 0.93], "all_content_f1": 0.27},
}


@dataclass(frozen=True)
class GoldAttribution:
    """One gold attribution: content fragments and source fragments (empty = no source)."""

    id: str
    content: Fragments
    source: Fragments


@dataclass(frozen=True)
class Predicted:
    """One predicted attribution: content bounds (first start, last end), the direct flag,
    the speaker spans and, for a quotation in several parts, the parts' bounds."""

    start: int
    end: int
    direct: bool
    speaker_spans: tuple[Span, ...] = ()
    has_speaker: bool = False
    parts: Fragments = ()

    @property
    def content(self) -> Fragments:
        return self.parts or ((self.start, self.end),)


@dataclass
class Counts:
    """Summed counts for one subset (direct or all)."""

    gold: int = 0
    pred: int = 0
    matched: int = 0
    exact: int = 0
    source_pairs: int = 0
    source_right: int = 0

    def add(self, other: Counts) -> None:
        for name in ("gold", "pred", "matched", "exact", "source_pairs", "source_right"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


# --------------------------------------------------------------------------------------------
# Reading brat standoff


def parse_fragments(offsets: str) -> Fragments:
    """``"315 448;463 553"`` -> ``((315, 448), (463, 553))``."""
    return tuple((int(a), int(b)) for a, b in (part.split() for part in offsets.split(";")))


def parse_ann(ann: str) -> list[GoldAttribution]:
    """The attributions of one ``.ann`` file, in file order of their ``E`` lines."""
    spans: dict[str, tuple[str, Fragments]] = {}
    events: list[tuple[str, str]] = []
    for line in ann.splitlines():
        cols = line.split("\t")
        if line.startswith("T") and len(cols) >= 2:
            kind, _, offsets = cols[1].partition(" ")
            spans[cols[0]] = (kind, parse_fragments(offsets))
        elif line.startswith("E") and len(cols) >= 2 and cols[1].strip():
            events.append((cols[0], cols[1]))
    out = []
    for eid, args in events:
        content: list[Span] = []
        source: list[Span] = []
        for arg in args.split():
            role, _, tid = arg.partition(":")
            if tid in spans and role in CONTENT_ROLES:
                content.extend(spans[tid][1])
            elif tid in spans and role == "Source":
                source.extend(spans[tid][1])
        if content:
            out.append(GoldAttribution(eid, tuple(sorted(content)), tuple(sorted(source))))
    return out


def ann_text_mismatches(ann: str, text: str) -> int:
    """How many ``T`` lines' quoted text differs from the raw text at their offsets (a check
    that offsets and our reading of the ``.txt`` agree)."""
    bad = 0
    for line in ann.splitlines():
        cols = line.split("\t")
        if line.startswith("T") and len(cols) >= 3:
            frags = parse_fragments(cols[1].partition(" ")[2])
            if " ".join(text[a:b] for a, b in frags) != cols[2]:
                bad += 1
    return bad


def find_articles(folder: Path) -> list[tuple[str, Path, Path | None]]:
    """``(name, txt, ann or None)`` for every ``.txt`` in sorted name order."""
    text_dir = folder / "text" if (folder / "text").is_dir() else folder
    ann_dir = folder / "attributions" if (folder / "attributions").is_dir() else folder
    out = []
    for txt in sorted(text_dir.glob("*.txt")):
        name = txt.stem
        plain = ann_dir / f"{name}.ann"
        named = sorted(p for p in ann_dir.glob(f"{name}_*.ann")
                       if "_" not in p.stem[len(name) + 1:])
        out.append((name, txt, plain if plain.exists() else (named[0] if named else None)))
    return out


def read_raw(path: Path) -> str:
    """The file's text exactly as stored (no newline translation)."""
    with path.open(encoding="utf-8", newline="") as handle:
        return handle.read()


# --------------------------------------------------------------------------------------------
# The direct-quote rule


def quoted_regions(text: str) -> list[Span]:
    """Character ranges inside double quotation marks (marks excluded), paragraph by
    paragraph; an unclosed quotation runs to the end of its paragraph."""
    regions: list[Span] = []
    pos = 0
    for line in text.split("\n"):
        opened: int | None = None
        for mark in MARKS.finditer(line):
            if opened is None and mark.group() in OPEN_MARKS:
                opened = pos + mark.end()
            elif opened is not None and mark.group() in CLOSE_MARKS:
                regions.append((opened, pos + mark.start()))
                opened = None
        if opened is not None:
            regions.append((opened, pos + len(line)))
        pos += len(line) + 1
    return regions


def is_direct(text: str, content: Fragments, regions: Sequence[Span]) -> bool:
    """At least half of the content's non-space characters lie inside quoted regions."""
    chars = [i for a, b in content for i in range(a, b) if not text[i].isspace()]
    inside = sum(1 for i in chars if any(s <= i < e for s, e in regions))
    return bool(chars) and 2 * inside >= len(chars)


# --------------------------------------------------------------------------------------------
# Matching and scoring


def overlap(a: Iterable[Span], b: Iterable[Span]) -> int:
    """Characters shared by two sets of fragments."""
    b = list(b)
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def length(frags: Iterable[Span]) -> int:
    return sum(e - s for s, e in frags)


def spans_match(gold: Fragments, pred: Fragments) -> int:
    """The overlap if it is at least half of the shorter span, else 0."""
    shared = overlap(gold, pred)
    return shared if shared and 2 * shared >= min(length(gold), length(pred)) else 0


def greedy_match(gold: Sequence[Fragments], pred: Sequence[Fragments]) -> list[tuple[int, int]]:
    """One-to-one ``(gold index, pred index)`` pairs, greedy by overlap (largest first)."""
    scored = [(-ov, g, p) for g, gs in enumerate(gold) for p, ps in enumerate(pred)
              if (ov := spans_match(gs, ps))]
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, g, p in sorted(scored):
        if g not in used_g and p not in used_p:
            used_g.add(g)
            used_p.add(p)
            pairs.append((g, p))
    return pairs


def trimmed(text: str, start: int, end: int) -> Span:
    """Bounds with whitespace, quotation marks and punctuation cut from both ends."""
    while start < end and text[start] in TRIM:
        start += 1
    while end > start and text[end - 1] in TRIM:
        end -= 1
    return start, end


def exact_matches(text: str, gold: Sequence[Fragments], pred: Sequence[Span]) -> int:
    """How many gold spans equal a (distinct) predicted span after trimming."""
    left = [trimmed(text, s, e) for s, e in pred]
    hits = 0
    for frags in gold:
        bounds = trimmed(text, frags[0][0], frags[-1][1])
        if bounds in left:
            left.remove(bounds)
            hits += 1
    return hits


def source_right(gold: GoldAttribution, pred: Predicted) -> bool:
    """Our speaker is right: it overlaps the gold Source, or both are absent."""
    if not gold.source:
        return not pred.has_speaker
    return overlap(gold.source, pred.speaker_spans) > 0


def score_subset(text: str, gold: Sequence[GoldAttribution], pred: Sequence[Predicted]) -> Counts:
    """Counts for one article and one subset of gold and predictions."""
    pairs = greedy_match([g.content for g in gold], [p.content for p in pred])
    right = sum(source_right(gold[g], pred[p]) for g, p in pairs)
    exact = exact_matches(text, [g.content for g in gold], [(p.start, p.end) for p in pred])
    return Counts(gold=len(gold), pred=len(pred), matched=len(pairs), exact=exact,
                  source_pairs=len(pairs), source_right=right)


def score_article(text: str, gold: Sequence[GoldAttribution],
                  pred: Sequence[Predicted]) -> dict[str, Counts]:
    """``{"direct": ..., "all": ...}`` counts for one article."""
    regions = quoted_regions(text)
    gold_direct = [g for g in gold if is_direct(text, g.content, regions)]
    return {"direct": score_subset(text, gold_direct, [p for p in pred if p.direct]),
            "all": score_subset(text, gold, pred)}


def prf(correct: int, gold: int, pred: int) -> dict[str, float | None]:
    """Precision, recall and F1 (None when undefined)."""
    p = correct / pred if pred else None
    r = correct / gold if gold else None
    f = 2 * p * r / (p + r) if p and r else (0.0 if p is not None and r is not None else None)
    return {"precision": p, "recall": r, "f1": f}


def summarise(c: Counts) -> dict[str, Any]:
    """The figures of one subset."""
    return {"gold": c.gold, "predicted": c.pred, "matched": c.matched,
            "overlap": prf(c.matched, c.gold, c.pred), "exact": prf(c.exact, c.gold, c.pred),
            "source_accuracy": c.source_right / c.source_pairs if c.source_pairs else None,
            "source_pairs": c.source_pairs}


# --------------------------------------------------------------------------------------------
# From a coded record to predictions


def speaker_text_span(text: str, speaker_text: str, near: int,
                      content: Span | None = None, cue: Span | None = None,
                      regions: Sequence[Span] = ()) -> Span | None:
    """The occurrence of ``speaker_text`` as whole words (tokens joined by any spacing)
    nearest ``near``; given the quote's ``cue`` offsets, the one nearest the cue outside the
    quoted ``regions`` (a speaker is named beside the cue, and 'according to X' or 'The plan,
    she said, will fail' name X inside the content's bounds); else, given the quote's
    ``content`` bounds, nearest either end of it and outside it."""
    tokens = speaker_text.split()
    if not tokens:
        return None
    body = r"\s*".join(re.escape(t) for t in tokens)
    pattern = re.compile((r"\b" if tokens[0][0].isalnum() else "") + body
                         + (r"\b" if tokens[-1][-1].isalnum() else ""))
    found = [(m.start(), m.end()) for m in pattern.finditer(text)]
    if cue is not None:
        found = [f for f in found if not any(a <= f[0] < b for a, b in regions)]
        return min(found, key=lambda f: min(abs(f[0] - cue[1]), abs(f[1] - cue[0])),
                   default=None)
    if content is not None:
        start, end = content
        found = [f for f in found if f[1] <= start or f[0] >= end]
        return min(found, key=lambda f: min(abs(f[0] - end), abs(f[1] - start)), default=None)
    return min(found, key=lambda s: abs(s[0] - near)) if found else None


def predictions(text: str, quotes: Iterable[Any], entities: Iterable[Any],
                cues: Sequence[Hashable] | None = None) -> list[Predicted]:
    """Our quotes (``record.Quote``-like) as :class:`Predicted`, with speaker spans. ``cues``
    gives each quote's cue occurrence (None for none): quotes that share one are one
    attribution in several parts (see the grouping rule above)."""
    mentions = {e.id: [(m.start, m.end) for m in e.mentions] for e in entities}
    regions = quoted_regions(text)
    single = []
    for q in quotes:
        spans = list(mentions.get(q.speaker, [])) if q.speaker else []
        if q.speaker_text:
            cue = getattr(q, "cue_span", None)
            found = speaker_text_span(text, q.speaker_text, q.start, (q.start, q.end),
                                      tuple(cue) if cue else None, regions)
            spans += [found] if found else []
        single.append(Predicted(q.start, q.end, bool(q.direct), tuple(spans),
                                bool(q.speaker or q.speaker_text)))
    return group_parts(single, cues)


def group_parts(single: Sequence[Predicted],
                cues: Sequence[Hashable] | None = None) -> list[Predicted]:
    """Predictions that share a cue occurrence merged into one, in order of first part."""
    if cues is None:
        return list(single)
    groups: dict[Hashable, list[Predicted]] = {}
    for n, (p, cue) in enumerate(zip(single, cues, strict=True)):
        groups.setdefault(("cue", cue) if cue is not None else ("quote", n), []).append(p)
    out = []
    for members in groups.values():
        if len(members) == 1:
            out.append(members[0])
            continue
        parts = tuple(sorted((p.start, p.end) for p in members))
        spans = tuple(dict.fromkeys(s for p in members for s in p.speaker_spans))
        out.append(Predicted(parts[0][0], max(e for _, e in parts),
                             any(p.direct for p in members), spans,
                             any(p.has_speaker for p in members), parts))
    return sorted(out, key=lambda p: p.start)


# --------------------------------------------------------------------------------------------
# The textacy baseline


def textacy_extractor() -> Any:
    """textacy's ``direct_quotations``, or None when textacy is not installed."""
    try:
        from textacy.extract.triples import direct_quotations
    except ImportError:
        return None
    return direct_quotations


def textacy_predictions(extract: Any, docs: Iterable[tuple[int, Any]]) -> tuple[
        list[Predicted], int]:
    """textacy's direct quotations as :class:`Predicted` over ``(offset, Doc)`` pairs (the
    whole article once, or its paragraphs), grouped by cue like ours; and how many of the
    docs textacy refused (it raises on an odd number of quotation marks)."""
    single: list[Predicted] = []
    cues: list[Hashable] = []
    refused = 0
    for offset, doc in docs:
        try:
            triples = list(extract(doc))
        except ValueError:
            refused += 1
            continue
        for triple in triples:
            speaker = (offset + triple.speaker[0].idx,
                       offset + triple.speaker[-1].idx + len(triple.speaker[-1].text))
            content = triple.content
            single.append(Predicted(offset + content.start_char, offset + content.end_char,
                                    True, (speaker,), True))
            cues.append(offset + triple.cue[0].idx)
    return group_parts(single, cues), refused


def paragraphs(text: str) -> list[tuple[int, str]]:
    """``(offset, paragraph)`` for every line of ``text`` holding more than whitespace."""
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, line))
        pos += len(line) + 1
    return out


# --------------------------------------------------------------------------------------------
# Running


def _chosen(folder: Path, limit: int | None) -> tuple[list[str], dict[str, str],
                                                      dict[str, str], int]:
    """The article names scored, their texts and annotations, and how many were skipped."""
    found = find_articles(folder)
    annotated = [(n, t, a) for n, t, a in found if a is not None]
    chosen = annotated[:limit] if limit else annotated
    texts = {n: read_raw(t) for n, t, _ in chosen}
    anns = {n: read_raw(a) for n, _, a in chosen}
    return [n for n, _, _ in chosen], texts, anns, len(found) - len(annotated)


def _coded(coder: Any, articles: Iterable[Any]) -> Iterator[tuple[Any, list[Hashable]]]:
    """Each article's record with its quotes' cue occurrences (``cue_span`` or None)."""
    for record in coder.code_many(articles):
        yield record, [tuple(q.cue_span) if q.cue_span else None for q in record.quotes]


def _header(folder: Path, names: list[str], texts: Mapping[str, str],
            anns: Mapping[str, str], skipped: int, seconds: float) -> dict[str, Any]:
    return {"folder": str(folder), "articles": len(names),
            "articles_without_annotation": skipped,
            "offset_mismatches": sum(ann_text_mismatches(anns[n], texts[n]) for n in anns),
            "seconds": round(seconds, 1)}


def evaluate(coder: Any, folder: Path, limit: int | None = None) -> dict[str, Any]:
    """Code the articles of ``folder`` and score them; the report as plain values."""
    from ..record import Article

    names, texts, anns, skipped = _chosen(folder, limit)
    totals = {"direct": Counts(), "all": Counts()}
    started = time.perf_counter()
    articles = (Article(id=n, text=texts[n]) for n in names)
    for record, cues in _coded(coder, articles):
        name = record.article.id
        text = texts[name]
        pred = predictions(text, record.quotes, record.entities, cues)
        for key, counts in score_article(text, parse_ann(anns[name]), pred).items():
            totals[key].add(counts)
    seconds = time.perf_counter() - started
    return {**_header(folder, names, texts, anns, skipped, seconds),
            "direct": summarise(totals["direct"]), "all": summarise(totals["all"]),
            "reference": ANCHORS}


def evaluate_textacy(coder: Any, folder: Path, extract: Any,
                     limit: int | None = None) -> dict[str, Any]:
    """Score textacy's direct-quotation extractor on ``folder``, parsing with the coder's
    spaCy pipeline (its own components only): on each whole article, and on each paragraph
    alone. The report as plain values."""
    names, texts, anns, skipped = _chosen(folder, limit)
    nlp = coder.nlp
    ours = [n for n in nlp.pipe_names if n.startswith("newsevents")]
    totals = {mode: {"direct": Counts(), "all": Counts()} for mode in MODES}
    refused = dict.fromkeys(MODES, 0)
    started = time.perf_counter()
    with nlp.select_pipes(disable=ours):
        for name, doc in zip(names, nlp.pipe(texts[n] for n in names), strict=True):
            text = texts[name]
            parts = paragraphs(text)
            inputs = {"whole_document": [(0, doc)],
                      "paragraphs": list(zip((o for o, _ in parts),
                                             nlp.pipe(p for _, p in parts), strict=True))}
            gold = parse_ann(anns[name])
            for mode in MODES:
                pred, bad = textacy_predictions(extract, inputs[mode])
                refused[mode] += bad
                for key, counts in score_article(text, gold, pred).items():
                    totals[mode][key].add(counts)
    seconds = time.perf_counter() - started
    return {**_header(folder, names, texts, anns, skipped, seconds), "baseline": "textacy",
            **{mode: {"direct": summarise(totals[mode]["direct"]),
                      "all": summarise(totals[mode]["all"]),
                      "refused": refused[mode]} for mode in MODES},
            "reference": ANCHORS}


def _num(value: float | None) -> str:
    return "    -" if value is None else f"{value:5.3f}"


def format_subset(title: str, r: Mapping[str, Any]) -> list[str]:
    """Report lines for one subset."""
    ov, ex = r["overlap"], r["exact"]
    return [f"{title}: gold {r['gold']}, predicted {r['predicted']}, matched {r['matched']}",
            f"   content (overlap >= half the shorter)  P {_num(ov['precision'])}  "
            f"R {_num(ov['recall'])}  F1 {_num(ov['f1'])}",
            f"   content (exact, edges trimmed)         P {_num(ex['precision'])}  "
            f"R {_num(ex['recall'])}  F1 {_num(ex['f1'])}",
            f"   source accuracy on matched pairs       {_num(r['source_accuracy'])} "
            f"({r['source_pairs']} pairs)"]


def _references(report: Mapping[str, Any]) -> list[str]:
    c = report["reference"]["cofenet_exact_f1"]
    t = report["reference"]["textacy_issue"]
    return ["Reference figures (not comparable one to one):",
            f"   CofeNet (2022), PolNeAR, published exact-span F1: source {c['source']}, "
            f"cue {c['cue']}, content {c['content']}",
            f"   textacy direct-quotation extractor, as reported in the issue: "
            f"direct content F1 ~{t['direct_content_f1']}, source accuracy "
            f"{t['direct_source_accuracy']}",
            f"   ({t['paragraph_by_paragraph'][0]} / {t['paragraph_by_paragraph'][1]} paragraph"
            f" by paragraph); all-attribution content F1 {t['all_content_f1']}; "
            f"run it here with --baseline textacy", ""]


def format_report(report: Mapping[str, Any]) -> str:
    """The whole plain-text report (ours, or the baseline's when the report has one)."""
    what = "coded" if "baseline" not in report else f"run through {report['baseline']}"
    lines = [f"newsevents eval quotes (model {report['model']}) on {report['folder']}",
             f"{report['articles']} articles {what} in {report['seconds']:.1f} s; "
             f"{report['articles_without_annotation']} without annotation skipped; "
             f"{report['offset_mismatches']} gold spans whose text disagrees with the .txt", ""]
    if "baseline" not in report:
        lines += [*format_subset("(a) direct quotes", report["direct"]), "",
                  *format_subset("(b) all attributions", report["all"]), ""]
    for mode in MODES if "baseline" in report else ():
        r = report[mode]
        lines += [f"textacy direct_quotations, {mode.replace('_', ' ')} "
                  f"({r['refused']} inputs refused for unbalanced quotation marks):",
                  *format_subset("(a) direct quotes", r["direct"]),
                  *format_subset("(b) all attributions", r["all"]), ""]
    return "\n".join(lines + _references(report))


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """``newsevents eval quotes [--baseline textacy]``: 0 with the report (or JSON), 2 on a
    usage error (missing data, bad ``--limit``, textacy asked for but not installed)."""
    folder = Path(args.polnear)
    if not folder.is_dir() or not any(a for _, _, a in find_articles(folder)):
        print(f"newsevents: evaluation data not found: {folder}", file=err)
        return EXIT_USAGE
    if bad_limit(args.limit, err):
        return EXIT_USAGE
    baseline = getattr(args, "baseline", None)
    extract = textacy_extractor() if baseline == "textacy" else None
    if baseline == "textacy" and extract is None:
        print("newsevents: --baseline textacy needs textacy: "
              "pip install 'newsevents[baselines]' (or pip install textacy)", file=err)
        return EXIT_USAGE
    coder = load_coder(args.model, err)
    if coder is None:
        return EXIT_USAGE
    measured = evaluate_textacy(coder, folder, extract, args.limit) if extract is not None \
        else evaluate(coder, folder, args.limit)
    return emit({"model": args.model, **measured}, getattr(args, "json", False), out,
                format_report)
