"""``newsevents eval events``: measure event coding on two public gold-standard sets.

    newsevents eval events [--evaldata DIR] [--limit N] [--model NAME] [--json]

The data are read from ``DIR`` (default ``../shared/evaldata/events``) and never copied:

A. ``ngec_synthetic_stories.csv`` (NGEC): short synthetic stories, each written to report one
   PLOVER event type (``label``) and often a ``mode``. Each story's ``text`` is coded as one
   article. A story is a *hit* when some counted event (modality asserted or historical) has
   the label's type. Reported: recall per type, macro recall over the types, micro recall, the
   mean number of other types coded per story, the share of stories with no counted event, and
   the mode accuracy among hits that have a gold mode. ``--limit N`` scores a stratified subset:
   each type gets a share of N proportional to its size (at least one story per type), taken
   evenly spaced through that type's stories in file order.

B. ``cameo_news_sentences/round_{1..5}/summary.csv``: 100 news sentences coded with CAMEO
   codes by several human coders in each of five training rounds. Each sentence is scored once,
   on its latest round in which at least two coders judged its relevance. A coder finds a
   sentence relevant when they marked it relevant *and* gave at least one action whose CAMEO
   root is not 01 (a sentence that only reports a statement is not an event). CAMEO roots map to
   PLOVER types as DESIGN.md says; roots 02 and 08 map to two types each (REQUEST or SUPPORT,
   CONCEDE or RETREAT), and a coder using them is counted as giving both, so that matching
   either one agrees. We compare our coding against the coders' majority and print the coders'
   own agreement beside it as the ceiling.

Scoring functions are pure (plain values in, plain values out) and independent of the coder;
only :func:`run_events_eval` loads a :class:`~newsevents.coder.Coder`.
"""

from __future__ import annotations

import argparse
import csv
import re
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from typing import Any, Protocol, TextIO

from ..lexicon import MODES, QUAD
from ..training import FOLDS, SEED
from . import EXIT_USAGE, bad_limit, emit, load_coder

NGEC_FILE = "ngec_synthetic_stories.csv"
CAMEO_DIR = "cameo_news_sentences"
CAMEO_ROUNDS = (1, 2, 3, 4, 5)
CAMEO_CODERS = (1, 2, 3, 4, 5)
MAX_ACTIONS = 9  # Action1.._CAMEO_k columns; the data go up to 4

PLOVER_TYPES: tuple[str, ...] = tuple(QUAD)
COUNTED_MODALITIES = frozenset({"asserted", "historical"})
COOPERATION_QUADS = frozenset({"verbal_cooperation", "material_cooperation"})
CONFLICT_QUADS = frozenset({"verbal_conflict", "material_conflict"})

#: CAMEO root -> the PLOVER types it may stand for (DESIGN.md's rule of thumb).
CAMEO_TO_PLOVER: dict[str, frozenset[str]] = {
    "01": frozenset(),
    "02": frozenset({"REQUEST", "SUPPORT"}),
    "03": frozenset({"AGREE"}),
    "04": frozenset({"CONSULT"}),
    "05": frozenset({"SUPPORT"}),
    "06": frozenset({"COOPERATE"}),
    "07": frozenset({"AID"}),
    "08": frozenset({"CONCEDE", "RETREAT"}),
    "09": frozenset({"ACCUSE"}),
    "10": frozenset({"REQUEST"}),
    "11": frozenset({"ACCUSE"}),
    "12": frozenset({"REJECT"}),
    "13": frozenset({"THREATEN"}),
    "14": frozenset({"PROTEST"}),
    "15": frozenset({"MOBILIZE"}),
    "16": frozenset({"SANCTION"}),
    "17": frozenset({"COERCE"}),
    "18": frozenset({"ASSAULT"}),
    "19": frozenset({"ASSAULT"}),
    "20": frozenset({"ASSAULT"}),
}

#: Misspelt gold modes in the NGEC file -> the PLOVER spelling.
MODE_SPELLING = {"primative": "primitive", "sieze": "seize"}



class EventLike(Protocol):
    """What scoring reads of an event (``newsevents.record.Event`` has all of it)."""

    event: str
    modality: str
    quad: str
    mode: str | None


# --------------------------------------------------------------------------------------------
# Shared helpers


def _ratio(num: float, den: float) -> float | None:
    return num / den if den else None


def _mean(values: Iterable[float | None]) -> float | None:
    kept = [v for v in values if v is not None]
    return sum(kept) / len(kept) if kept else None


def counted_types(events: Iterable[EventLike]) -> frozenset[str]:
    """The upper-cased types of the events that report a deed: modality asserted or historical."""
    return frozenset(e.event.upper() for e in events if e.modality in COUNTED_MODALITIES)


def _read_csv(path: Path) -> list[dict[str, str]]:
    csv.field_size_limit(max(csv.field_size_limit(), 1 << 24))
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


# --------------------------------------------------------------------------------------------
# A. NGEC synthetic stories


@dataclass(frozen=True)
class Story:
    """One NGEC story: ``row`` is its 0-based data row in the file; ``mode`` is normalised."""

    row: int
    text: str
    title: str | None
    label: str
    mode: str | None


def normalise_mode(raw: str | None) -> str | None:
    """Gold mode as PLOVER spells it: "PRIMATIVE" -> "primitive", "THIRD-PARTY" -> "third-party";
    empty -> None."""
    mode = (raw or "").strip().lower()
    return MODE_SPELLING.get(mode, mode) or None


def load_ngec(path: Path) -> list[Story]:
    """Read the NGEC csv (columns text, title, label, mode, ...) into stories, in file order."""
    return [Story(row=n, text=r["text"], title=(r.get("title") or None),
                  label=r["label"].strip().upper(), mode=normalise_mode(r.get("mode")))
            for n, r in enumerate(_read_csv(path))]


def _allocate(sizes: Mapping[str, int], n: int) -> dict[str, int]:
    """Split ``n`` over groups in proportion to ``sizes`` (largest remainder), at least one each
    when ``n`` allows, never more than a group holds."""
    total = sum(sizes.values())
    floor_one = n >= len(sizes)
    share = {k: n * s / total for k, s in sizes.items()}
    alloc = {k: min(sizes[k], max(int(share[k]), 1 if floor_one else 0)) for k in sizes}
    by_remainder = sorted(sizes, key=lambda k: (share[k] - int(share[k])), reverse=True)
    while sum(alloc.values()) < n:
        grew = False
        for k in by_remainder:
            if sum(alloc.values()) < n and alloc[k] < sizes[k]:
                alloc[k] += 1
                grew = True
        if not grew:
            break
    while sum(alloc.values()) > n:  # the floor of one overshot: trim the largest groups
        alloc[max(alloc, key=lambda k: alloc[k])] -= 1
    return alloc


def stratified_sample(labels: Sequence[str], n: int) -> list[int]:
    """Indices of a stratified subset of size ``min(n, len(labels))``, in file order.

    Each label gets a share proportional to its frequency (at least one when ``n`` is at least
    the number of labels); within a label the picks are evenly spaced through its rows."""
    if n >= len(labels):
        return list(range(len(labels)))
    rows: dict[str, list[int]] = {}
    for i, label in enumerate(labels):
        rows.setdefault(label, []).append(i)
    alloc = _allocate({k: len(v) for k, v in rows.items()}, n)
    picked = [group[(j * len(group)) // alloc[k]]
              for k, group in rows.items() for j in range(alloc[k])]
    return sorted(picked)


@dataclass(frozen=True)
class StoryOutcome:
    """How one story was coded: whether the label was found, the other types, the mode."""

    label: str
    hit: bool
    other_types: frozenset[str]
    no_event: bool
    mode_correct: bool | None  # None: not a hit, or no gold mode


def story_outcome(story: Story, events: Sequence[EventLike]) -> StoryOutcome:
    """Score one story's coded events against its label and gold mode."""
    types = counted_types(events)
    hit = story.label in types
    mode_correct = None
    if hit and story.mode:
        mode_correct = any(e.event.upper() == story.label and e.modality in COUNTED_MODALITIES
                           and (e.mode or "").lower() == story.mode for e in events)
    return StoryOutcome(story.label, hit, types - {story.label}, not types, mode_correct)


def _type_row(outcomes: Sequence[StoryOutcome]) -> dict[str, Any]:
    hits = sum(o.hit for o in outcomes)
    instead = Counter(t for o in outcomes for t in o.other_types).most_common(1)
    return {"n": len(outcomes), "hits": hits, "recall": _ratio(hits, len(outcomes)),
            "other_types_per_story": _mean(len(o.other_types) for o in outcomes),
            "most_often_also": ({"type": instead[0][0],
                                 "share": instead[0][1] / len(outcomes)} if instead else None)}


def _mode_scores(stories: Sequence[Story], outcomes: Sequence[StoryOutcome]) -> dict[str, Any]:
    scored = [(s, o) for s, o in zip(stories, outcomes, strict=True)
              if o.mode_correct is not None]
    in_plover = [(s, o) for s, o in scored if s.mode in MODES.get(s.label, set())]
    correct = sum(bool(o.mode_correct) for _, o in scored)
    return {"n": len(scored), "correct": correct, "accuracy": _ratio(correct, len(scored)),
            "n_gold_mode_not_plover": len(scored) - len(in_plover),
            "accuracy_plover_modes": _ratio(sum(bool(o.mode_correct) for _, o in in_plover),
                                            len(in_plover))}


def score_ngec(stories: Sequence[Story],
               coded: Sequence[Sequence[EventLike]]) -> dict[str, Any]:
    """Score NGEC stories. ``coded[i]`` holds the events coded for ``stories[i]``.

    Returns ``per_type`` {type: n, hits, recall, other_types_per_story, most_often_also},
    ``macro_recall`` (mean over the types present), ``micro_recall``,
    ``other_types_per_story``, ``share_no_event`` and ``mode`` {n, correct, accuracy, ...}."""
    outcomes = [story_outcome(s, ev) for s, ev in zip(stories, coded, strict=True)]
    by_type: dict[str, list[StoryOutcome]] = {}
    for o in outcomes:
        by_type.setdefault(o.label, []).append(o)
    order = [t for t in PLOVER_TYPES if t in by_type] + sorted(set(by_type) - set(PLOVER_TYPES))
    per_type = {t: _type_row(by_type[t]) for t in order}
    return {
        "n_stories": len(outcomes),
        "per_type": per_type,
        "macro_recall": _mean(row["recall"] for row in per_type.values()),
        "micro_recall": _ratio(sum(o.hit for o in outcomes), len(outcomes)),
        "other_types_per_story": _mean(len(o.other_types) for o in outcomes),
        "share_no_event": _ratio(sum(o.no_event for o in outcomes), len(outcomes)),
        "mode": _mode_scores(stories, outcomes),
    }


# --------------------------------------------------------------------------------------------
# B. CAMEO-coded news sentences

_ROOT = re.compile(r"^\s*\d+\s*-\s*(\d{1,2})(?!\d)")


def cameo_root(code: str | None) -> str | None:
    """The two-digit CAMEO root of an action code: "4-18 Assualt" -> "18",
    "0-1 Make Public Statement" -> "01"; None for an empty or unreadable code."""
    match = _ROOT.match(code or "")
    return match.group(1).zfill(2) if match else None


def plover_types(roots: Iterable[str]) -> frozenset[str]:
    """PLOVER types of CAMEO roots; 02 and 08 give both their types, 01 (and unknowns) none."""
    return frozenset().union(*(CAMEO_TO_PLOVER.get(r, frozenset()) for r in roots))


@dataclass(frozen=True)
class Judgement:
    """One coder's judgement of one sentence in one round."""

    coder: int
    said_relevant: bool
    roots: tuple[str, ...]

    @property
    def relevant(self) -> bool:
        """Marked relevant and at least one action that is more than a statement (root 01)."""
        return self.said_relevant and any(r != "01" for r in self.roots)

    @property
    def types(self) -> frozenset[str]:
        """The PLOVER types this coder gave; empty when the coder found it not relevant."""
        return plover_types(self.roots) if self.relevant else frozenset()


@dataclass(frozen=True)
class SentenceRound:
    """A sentence as coded in one round: only coders who judged its relevance are kept."""

    text: str
    round: int
    judgements: tuple[Judgement, ...]


def parse_judgement(row: Mapping[str, str], coder: int) -> Judgement | None:
    """Coder ``coder``'s judgement in a summary.csv row, or None when they did not judge it."""
    flag = (row.get(f"1_Relevant_{coder}") or "").strip()
    if not flag:
        return None
    codes = (row.get(f"Action{j}_CAMEO_{coder}") for j in range(1, MAX_ACTIONS + 1))
    roots = tuple(r for r in map(cameo_root, codes) if r is not None)
    return Judgement(coder, flag.lower() == "true", roots)


def parse_row(row: Mapping[str, str], round_no: int) -> SentenceRound:
    """One summary.csv row (column ``sentences``) -> the sentence and its judgements."""
    judged = (parse_judgement(row, k) for k in CAMEO_CODERS)
    return SentenceRound(row["sentences"].strip(), round_no, tuple(j for j in judged if j))


def cameo_round_paths(folder: Path) -> dict[int, Path]:
    """round number -> ``folder/round_N/summary.csv`` for the five rounds."""
    return {n: folder / f"round_{n}" / "summary.csv" for n in CAMEO_ROUNDS}


def load_cameo_rounds(folder: Path) -> dict[int, list[SentenceRound]]:
    """Read every round's summary.csv under ``folder`` (rounds that are absent are skipped)."""
    return {n: [parse_row(r, n) for r in _read_csv(p)]
            for n, p in cameo_round_paths(folder).items() if p.exists()}


def latest_rounds(rounds: Mapping[int, Sequence[SentenceRound]],
                  min_coders: int = 2) -> list[SentenceRound]:
    """For each sentence (matched by stripped text), its latest round with at least
    ``min_coders`` judgements; sentences that never reach it are left out. Order: first
    appearance."""
    chosen: dict[str, SentenceRound] = {}
    for n in sorted(rounds):
        for sr in rounds[n]:
            chosen.setdefault(sr.text, sr)  # reserve the sentence's place in the order
            if len(sr.judgements) >= min_coders:
                chosen[sr.text] = sr
    return [sr for sr in chosen.values() if len(sr.judgements) >= min_coders]


def majority_relevant(flags: Sequence[bool]) -> bool:
    """Majority of the judgements; a tie counts as relevant (at least half say relevant)."""
    return bool(flags) and 2 * sum(flags) >= len(flags)


def majority_types(type_sets: Sequence[frozenset[str]]) -> frozenset[str]:
    """Types given by more than half of ``type_sets`` (one set per coder who found the sentence
    relevant); if none has a majority, the most frequent type(s) (all of those tied)."""
    counts = Counter(t for s in type_sets for t in s)
    if not counts:
        return frozenset()
    major = frozenset(t for t, c in counts.items() if 2 * c > len(type_sets))
    top = max(counts.values())
    return major or frozenset(t for t, c in counts.items() if c == top)


@dataclass(frozen=True)
class Gold:
    """The reference for one sentence: relevance, majority types and union of types."""

    text: str
    relevant: bool
    majority: frozenset[str]
    union: frozenset[str]
    round: int = 0
    judgements: tuple[Judgement, ...] = ()


def gold_from(judgements: Sequence[Judgement], text: str = "", round_no: int = 0) -> Gold:
    """The gold standard that a set of judgements makes (see :func:`majority_relevant`,
    :func:`majority_types`); ``union`` is every type a relevant-finding coder gave."""
    sets = [j.types for j in judgements if j.relevant]
    return Gold(text, majority_relevant([j.relevant for j in judgements]), majority_types(sets),
                frozenset().union(*sets), round_no, tuple(judgements))


def gold_for_sentence(sr: SentenceRound) -> Gold:
    """The gold standard for a sentence in its chosen round."""
    return gold_from(sr.judgements, sr.text, sr.round)


def comparable_types(events: Iterable[EventLike], intents: bool = False) -> frozenset[str]:
    """Our PLOVER types for a sentence, made comparable with CAMEO coding.

    Counted: events with modality asserted or historical, by their type. With ``intents``,
    also an announced intention, as CAMEO codes it: a future-modality event of a cooperative
    quad (verbal_/material_cooperation) counts as AGREE (CAMEO 03, express intent to cooperate)
    and one of a conflict quad as THREATEN (CAMEO 13). Negated and hypothetical events never
    count. The record already codes a commitment ("vowed to", "said it would") as an AGREE or
    THREATEN event of its own, so the primary score leaves ``intents`` off; the report shows
    the figures with it too, to show what counting every future event as intent would give."""
    types = set(counted_types(events))
    if intents:
        for e in events:
            if e.modality == "future" and e.quad in COOPERATION_QUADS:
                types.add("AGREE")
            elif e.modality == "future" and e.quad in CONFLICT_QUADS:
                types.add("THREATEN")
    return frozenset(types)


def agreement(gold: Sequence[Gold], ours: Sequence[frozenset[str]]) -> dict[str, Any]:
    """Score predicted type sets against references, one per sentence.

    We say relevant iff our set is non-empty. Returns relevance precision/recall/F1,
    ``type_agreement`` (among gold-relevant sentences, the share where ours include a majority
    type; an empty set disagrees) and ``type_precision`` (among all our (sentence, type) pairs,
    the share in the union of the types the coders gave that sentence), with their counts."""
    pairs = list(zip(gold, ours, strict=True))
    tp = sum(1 for g, o in pairs if g.relevant and o)
    said = sum(1 for _, o in pairs if o)
    relevant = [(g, o) for g, o in pairs if g.relevant]
    agree = sum(1 for g, o in relevant if o & g.majority)
    coded = sum(len(o) for _, o in pairs)
    right = sum(len(o & g.union) for g, o in pairs)
    return {"n": len(pairs), "gold_relevant": len(relevant), "we_say_relevant": said,
            "relevance_precision": _ratio(tp, said),
            "relevance_recall": _ratio(tp, len(relevant)),
            "relevance_f1": _ratio(2 * tp, said + len(relevant)),
            "type_agreement": _ratio(agree, len(relevant)),
            "type_pairs": coded, "type_precision": _ratio(right, coded)}


def score_cameo(gold: Sequence[Gold], coded: Sequence[Sequence[EventLike]]) -> dict[str, Any]:
    """Score our events (``coded[i]`` for ``gold[i]``) as coded, and with every future event
    mapped to intent (see :func:`comparable_types`)."""
    return {"ours": agreement(gold, [comparable_types(ev) for ev in coded]),
            "ours_all_intents": agreement(gold, [comparable_types(ev, intents=True)
                                                 for ev in coded])}


def _pair_scores(gold: Sequence[Gold], a: int, b: int) -> dict[str, Any] | None:
    """Coder ``a`` scored against coder ``b`` alone, on the sentences both judged."""
    refs, preds = [], []
    for g in gold:
        by_coder = {j.coder: j for j in g.judgements}
        if a in by_coder and b in by_coder:
            refs.append(gold_from([by_coder[b]]))
            preds.append(by_coder[a].types)
    return agreement(refs, preds) if refs else None


METRICS = ("relevance_precision", "relevance_recall", "relevance_f1", "type_agreement",
           "type_precision")


def coder_agreement(gold: Sequence[Gold], min_shared: int = 10) -> dict[str, Any]:
    """The human ceiling, computed the way we are scored.

    ``pairwise``: for every ordered pair of coders (a, b) who judged at least ``min_shared``
    of the same sentences, coder a's types scored by :func:`agreement` against coder b alone;
    each metric is the mean over pairs (``pairs`` lists them). ``leave_one_out``: each coder
    scored against the gold that the *other* coders of the sentence make, pooled over all
    (coder, sentence) cases: exactly how our coding is scored, with one human in our place."""
    coders = sorted({j.coder for g in gold for j in g.judgements})
    pairs = {}
    for a, b in combinations(coders, 2):
        for x, y in ((a, b), (b, a)):
            scores = _pair_scores(gold, x, y)
            if scores and scores["n"] >= min_shared:
                pairs[f"{x}v{y}"] = scores
    pairwise = {m: _mean(p[m] for p in pairs.values()) for m in METRICS}
    pairwise["pairs"] = pairs
    return {"pairwise": pairwise, "leave_one_out": _leave_one_out(gold)}


def _leave_one_out(gold: Sequence[Gold]) -> dict[str, Any]:
    refs, preds = [], []
    for g in gold:
        for j in g.judgements:
            others = [o for o in g.judgements if o.coder != j.coder]
            refs.append(gold_from(others))
            preds.append(j.types)
    return agreement(refs, preds)


def type_counts(gold: Sequence[Gold], ours: Sequence[frozenset[str]]) -> dict[str, dict]:
    """Per PLOVER type: ``gold`` (gold-relevant sentences whose majority types include it),
    ``ours`` (sentences where we code it) and ``both``."""
    rows = {}
    for t in PLOVER_TYPES:
        in_gold = [g.relevant and t in g.majority for g in gold]
        in_ours = [t in o for o in ours]
        rows[t] = {"gold": sum(in_gold), "ours": sum(in_ours),
                   "both": sum(a and b for a, b in zip(in_gold, in_ours, strict=True))}
    return rows


# --------------------------------------------------------------------------------------------
# Running the coder and reporting


def _events_of(coder: Any, articles: Iterable[Any]) -> Iterator[list[Any]]:
    for record in coder.code_many(articles):
        yield list(record.events)


def code_ngec(coder: Any, stories: Sequence[Story]) -> list[list[Any]]:
    """Code each story's text as one article (title as title, no date); events only."""
    from ..record import Article

    articles = (Article(id=f"ngec-{s.row}", text=s.text, title=s.title) for s in stories)
    return list(_events_of(coder, articles))


def code_sentences(coder: Any, texts: Sequence[str]) -> list[list[Any]]:
    """Code each sentence as one article; events only."""
    from ..record import Article

    articles = (Article(id=f"cameo-{n}", text=t) for n, t in enumerate(texts))
    return list(_events_of(coder, articles))


def _missing_data(folder: Path) -> Path | None:
    ngec = folder / NGEC_FILE
    if not ngec.is_file():
        return ngec
    rounds = cameo_round_paths(folder / CAMEO_DIR)
    return None if any(p.is_file() for p in rounds.values()) else rounds[max(rounds)]


def _timed(fn: Any, *args: Any) -> tuple[Any, float]:
    start = time.perf_counter()
    result = fn(*args)
    return result, time.perf_counter() - start


def actor_resolution(coded: Sequence[Sequence[Any]]) -> dict[str, Any]:
    """Of the actors of counted events: how many, the share with a country, and the share
    resolved to a knowledge-base entity (a state, IGO, NGO or known person)."""
    refs = [ref for events in coded for e in events if e.modality in COUNTED_MODALITIES
            for ref in e.actor]
    return {"event_actors": len(refs),
            "with_country": _ratio(sum(r.country is not None for r in refs), len(refs)),
            "in_kb": _ratio(sum(getattr(r, "kb_id", None) is not None for r in refs),
                            len(refs))}


# --------------------------------------------------------------------------------------------
# The training files, scored by cross-validation

#: Where the training files lie in the ``--evaldata`` folder.
PENTA_TRAIN = Path("penta_class") / "train.tsv"


def can_cross_validate(coder: Any, other: Path | None) -> bool:
    """Whether the confidence model can be refitted fold by fold here: a real coder (with a
    pipeline), scikit-learn installed, and the other training file at hand (the model is
    fitted on both files, so each fold's model is too)."""
    if getattr(coder, "nlp", None) is None or other is None or not other.is_file():
        return False
    try:
        import sklearn  # noqa: F401
    except ImportError:
        return False
    return True


def cross_validated_events(items: Sequence[Any],
                           min_confidence: float | None) -> list[list[Any]]:
    """Each training item's events scored by a confidence model fitted without its fold
    (:func:`newsevents.training.cross_validated`), those under that model's threshold (or
    ``min_confidence`` when given) left out."""
    from ..training import cross_validated, rescored

    return [rescored(item, probs, threshold if min_confidence is None else min_confidence)
            for item, (probs, threshold) in zip(items, cross_validated(items), strict=True)]


def _cv_note(cv: bool) -> str:
    return ("cross-validated: each fold scored by a confidence model fitted on the other "
            "folds of both training files" if cv else
            "NOT cross-validated: the packaged confidence model was fitted on this file")


def evaluate_ngec(coder: Any, path: Path, limit: int | None,
                  penta: Path | None = None,
                  min_confidence: float | None = None) -> dict[str, Any]:
    """Load, sample, code and score the NGEC stories; by cross-validation when
    :func:`can_cross_validate` (``penta``: the other training file)."""
    from ..training import ngec_items, penta_items

    stories = load_ngec(path)
    total = len(stories)
    rows = None
    if limit is not None:
        rows = stratified_sample([s.label for s in stories], limit)
        stories = [stories[i] for i in rows]
    cv = can_cross_validate(coder, penta)
    if cv and penta is not None:
        items, seconds = _timed(ngec_items, coder, path, FOLDS, SEED, rows)
        coded = cross_validated_events(items + penta_items(coder, penta), min_confidence)
        coded = coded[:len(items)]
    else:
        coded, seconds = _timed(code_ngec, coder, stories)
    result = score_ngec(stories, coded)
    result["cross_validation"] = _cv_note(cv)
    result["actors"] = actor_resolution(coded)
    result.update({"file": str(path), "n_in_file": total, "seconds": round(seconds, 1),
                   "sample": ("all" if len(stories) == total else
                              "stratified: per type in proportion, evenly spaced")})
    return result


def evaluate_cameo(coder: Any, folder: Path) -> dict[str, Any]:
    """Load the rounds, pick each sentence's round, code the sentences and score them."""
    chosen = latest_rounds(load_cameo_rounds(folder))
    gold = [gold_for_sentence(sr) for sr in chosen]
    coded, seconds = _timed(code_sentences, coder, [g.text for g in gold])
    result = score_cameo(gold, coded)
    result.update(coder_agreement(gold))
    result["per_type"] = type_counts(gold, [comparable_types(ev) for ev in coded])
    result["actors"] = actor_resolution(coded)
    result.update({"folder": str(folder), "n_sentences": len(gold),
                   "gold_relevant": sum(g.relevant for g in gold),
                   "rounds_used": dict(sorted(Counter(g.round for g in gold).items())),
                   "seconds": round(seconds, 1)})
    return result


def run_events_eval(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """``newsevents eval events``: code both sets, print the report (or JSON); 0, or 2 on a
    usage error (missing data, bad --limit, model that cannot load)."""
    if getattr(args, "penta", None):
        return run_penta_eval(args, out, err)
    folder = Path(args.evaldata)
    missing = _missing_data(folder)
    if missing is not None:
        print(f"newsevents: evaluation data not found: {missing}", file=err)
        return EXIT_USAGE
    if bad_limit(args.limit, err):
        return EXIT_USAGE
    coder = load_coder(args.model, err, getattr(args, "min_confidence", None))
    if coder is None:
        return EXIT_USAGE
    report = {"model": args.model, "min_confidence": coder.min_confidence,
              "ngec": evaluate_ngec(coder, folder / NGEC_FILE, args.limit,
                                    folder / PENTA_TRAIN,
                                    getattr(args, "min_confidence", None)),
              "cameo": evaluate_cameo(coder, folder / CAMEO_DIR)}
    return emit(report, getattr(args, "json", False), out, format_report)


# --------------------------------------------------------------------------------------------
# The plain-text report


def _num(value: float | None, width: int = 6, digits: int = 3) -> str:
    return f"{'-':>{width}}" if value is None else f"{value:>{width}.{digits}f}"


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.1f}%"


def format_ngec(r: Mapping[str, Any]) -> list[str]:
    """The NGEC section of the plain-text report."""
    speed = r["n_stories"] / r["seconds"] if r.get("seconds") else None
    lines = [f"A. NGEC synthetic stories: {r['n_stories']} of {r['n_in_file']} "
             f"({r['sample']}); coded in {r['seconds']:.1f} s"
             + (f" ({speed:.1f} stories/s)" if speed else ""),
             "   hit = an asserted/historical event of the story's label type",
             f"   {r.get('cross_validation', '')}", "",
             f"   {'type':<10} {'n':>5} {'hits':>5} {'recall':>6}  {'other/story':>11}  "
             "most often also coded"]
    for t, row in r["per_type"].items():
        also = row["most_often_also"]
        also_text = f"{also['type']} ({_pct(also['share'])})" if also else "-"
        lines.append(f"   {t:<10} {row['n']:>5} {row['hits']:>5} {_num(row['recall'])}  "
                     f"{_num(row['other_types_per_story'], 11, 2)}  {also_text}")
    mode = r["mode"]
    lines += ["",
              f"   macro recall {_num(r['macro_recall'], 0)}   micro recall "
              f"{_num(r['micro_recall'], 0)}   other types/story "
              f"{_num(r['other_types_per_story'], 0, 2)}   no counted event "
              f"{_pct(r['share_no_event'])}",
              f"   mode accuracy (hits with a gold mode): {_num(mode['accuracy'], 0)} "
              f"({mode['correct']}/{mode['n']}); {mode['n_gold_mode_not_plover']} gold modes are "
              f"not PLOVER v0.8 modes of the type; on the others "
              f"{_num(mode['accuracy_plover_modes'], 0)}"]
    return lines + _actor_lines(r)


def _actor_lines(r: Mapping[str, Any]) -> list[str]:
    actors = r.get("actors")
    if not actors:
        return []
    return [f"   event actors: {actors['event_actors']}; with a country "
            f"{_pct(actors['with_country'])}; a knowledge-base entity {_pct(actors['in_kb'])}"]


_ROWS = (("relevance precision", "relevance_precision"), ("relevance recall", "relevance_recall"),
         ("relevance F1", "relevance_f1"), ("type agreement", "type_agreement"),
         ("type precision", "type_precision"))


def format_cameo(r: Mapping[str, Any]) -> list[str]:
    """The CAMEO section of the plain-text report."""
    rounds = ", ".join(f"round {k}: {v}" for k, v in r["rounds_used"].items())
    cols = [("ours", r["ours"]), ("+ future=intent", r["ours_all_intents"]),
            ("coders pairwise", r["pairwise"]), ("coder vs others", r["leave_one_out"])]
    lines = [f"B. CAMEO news sentences: {r['n_sentences']} sentences, {r['gold_relevant']} "
             f"gold-relevant; latest round with >=2 coders ({rounds}); coded in "
             f"{r['seconds']:.1f} s", "",
             f"   {'':<20}" + "".join(f"{name:>17}" for name, _ in cols)]
    for label, key in _ROWS:
        lines.append(f"   {label:<20}" + "".join(_num(c[key], 17) for _, c in cols))
    ours = r["ours"]
    lines += [f"   {'(we say relevant)':<20}{ours['we_say_relevant']:>17}"
              f"{r['ours_all_intents']['we_say_relevant']:>17}",
              f"   {'(type pairs)':<20}{ours['type_pairs']:>17}"
              f"{r['ours_all_intents']['type_pairs']:>17}", "",
              "   ours: asserted/historical events as coded (commitments are AGREE/THREATEN"
              " events);", "   + future=intent: also every future cooperation as AGREE and"
              " future conflict as THREATEN.", "   Pairwise: mean over "
              f"{len(r['pairwise']['pairs'])} ordered coder pairs.", "",
              f"   {'type':<10} {'gold':>5} {'ours':>5} {'both':>5}   "
              "(gold: majority type of a gold-relevant sentence;", f"   {'':<29}"
              "02 and 08 count for both of their types)"]
    for t, row in r["per_type"].items():
        if row["gold"] or row["ours"]:
            lines.append(f"   {t:<10} {row['gold']:>5} {row['ours']:>5} {row['both']:>5}")
    return lines + [""] + _actor_lines(r)


def format_report(report: Mapping[str, Any]) -> str:
    """The whole plain-text report."""
    lines = [f"newsevents eval events (model {report['model']}, min confidence "
             f"{report.get('min_confidence', 0)})", ""]
    lines += format_ngec(report["ngec"]) + [""] + format_cameo(report["cameo"])
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------------------------
# C. Five CAMEO classes (penta_class)

PENTA_NAMES = ("statement", "verbal coop", "material coop", "verbal conflict",
               "material conflict")
#: Modalities that make an event the sentence's leading one before any other: what the
#: sentence says happened (or did not happen), not what someone plans or supposes.
LEADING_MODALITIES = frozenset({"asserted", "historical", "negated"})


#: Where the file's labels put CAMEO 16 (reduce relations: sanctions, suspended aid, expelled
#: diplomats): with verbal conflict, class 3, as the labels of penta_class/train.tsv do (of its
#: sentences whose leading event we code 16, 49 of 57 are labelled 3 and 1 is labelled 4),
#: although the file's README lists 14-20 as material conflict; the report gives the figures
#: with the README's reading too.
REDUCE_RELATIONS_CLASS = 3


def penta_class(root: str | None, reduce_relations: int = REDUCE_RELATIONS_CLASS) -> int:
    """The five-class label of a CAMEO root: 01-02 -> 0 (statements and appeals), 03-05 -> 1
    (verbal cooperation), 06-08 -> 2 (material cooperation), 09-13 -> 3 (verbal conflict),
    14-20 -> 4 (material conflict), except 16 -> ``reduce_relations`` (see
    :data:`REDUCE_RELATIONS_CLASS`); None or unreadable -> 0."""
    try:
        n = int(root or "0")
    except ValueError:
        return 0
    if n == 16:
        return reduce_relations
    for label, top in ((0, 2), (1, 5), (2, 8), (3, 13), (4, 20)):
        if 1 <= n <= top:
            return label
    return 0


def leading_event(events: Sequence[Any]) -> Any | None:
    """The event a sentence leads with: asserted, historical and negated events before future
    and hypothetical ones, then the most confident; None when there is none. Within the first
    group an asserted event goes before a negated one: in "refused to lift the sanctions" the
    refusal is what happened, the lifting is only what did not."""
    if not events:
        return None
    return max(events, key=lambda e: (e.modality in LEADING_MODALITIES,
                                      e.modality != "negated", e.confidence))


def sentence_class(events: Sequence[Any], reduce_relations: int = REDUCE_RELATIONS_CLASS) -> int:
    """A sentence's class: its leading event's CAMEO root as :func:`penta_class`, 0 when the
    sentence has no event (a statement is not an event)."""
    lead = leading_event(events)
    return 0 if lead is None else penta_class(getattr(lead, "cameo", None), reduce_relations)


#: Upper edges of the confidence bins of :func:`reliability`.
CONFIDENCE_BINS = (0.25, 0.4, 0.55, 0.7, 1.0)


def reliability(confidences: Sequence[float | None],
                right: Sequence[bool]) -> list[dict[str, Any]]:
    """How often the class of a sentence is right, by the confidence of its leading event:
    one row per bin of :data:`CONFIDENCE_BINS` (``None``: no event) with ``n`` and ``share``
    right. A calibrated confidence makes the share rise with the bin."""
    rows: dict[str, list[bool]] = {}
    for conf, ok in zip(confidences, right, strict=True):
        if conf is None:
            key = "no event"
        else:
            low = 0.0
            for top in CONFIDENCE_BINS:
                if conf < top or top == CONFIDENCE_BINS[-1]:
                    key = f"{low:.2f}-{top:.2f}"
                    break
                low = top
        rows.setdefault(key, []).append(ok)
    return [{"confidence": k, "n": len(v), "share_right": _ratio(sum(v), len(v))}
            for k, v in sorted(rows.items())]


def load_penta(path: Path) -> list[tuple[str, int]]:
    """(sentence, class) pairs of a ``sentence<TAB>class`` file; malformed lines are skipped."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        text, _, label = line.rpartition("\t")
        if text.strip() and label.strip().isdigit() and 0 <= int(label) <= 4:
            rows.append((text.strip(), int(label)))
    return rows


def class_scores(gold: Sequence[int], pred: Sequence[int], n: int = 5) -> dict[str, Any]:
    """Accuracy, macro-F1 (over the classes present in gold or predictions), per-class
    precision/recall/F1 and the confusion matrix (rows gold, columns predicted)."""
    matrix = [[0] * n for _ in range(n)]
    for g, p in zip(gold, pred, strict=True):
        matrix[g][p] += 1
    per_class = {}
    for k in range(n):
        tp = matrix[k][k]
        said = sum(matrix[r][k] for r in range(n))
        real = sum(matrix[k])
        if not said and not real:
            continue
        precision, recall = _ratio(tp, said) or 0.0, _ratio(tp, real) or 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_class[k] = {"n": real, "precision": precision, "recall": recall, "f1": f1}
    return {"n": len(gold), "accuracy": _ratio(sum(g == p for g, p in zip(gold, pred,
                                                                           strict=True)),
                                               len(gold)),
            "macro_f1": _mean(c["f1"] for c in per_class.values()),
            "per_class": per_class, "confusion": matrix}


def penta_folds(labels: Sequence[int], k: int, seed: int = 0) -> list[int]:
    """The fold (0..k-1) of each item: stratified, shuffled with a fixed seed, so that every
    run and every method uses the same folds."""
    import random

    rng = random.Random(seed)
    fold = [0] * len(labels)
    by_class: dict[int, list[int]] = {}
    for i, label in enumerate(labels):
        by_class.setdefault(label, []).append(i)
    offset = 0
    for label in sorted(by_class):
        items = by_class[label]
        rng.shuffle(items)
        for j, i in enumerate(items):
            fold[i] = (j + offset) % k
        offset += len(items)
    return fold


def svm_baseline(texts: Sequence[str], labels: Sequence[int],
                 folds: Sequence[int]) -> list[int] | None:
    """Out-of-fold predictions of a TF-IDF (word 1-2 grams) linear SVM fitted on the other
    folds; None when scikit-learn (extra 'baselines') is not installed."""
    try:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.pipeline import make_pipeline
        from sklearn.svm import LinearSVC
    except ImportError:
        return None
    pred = [0] * len(texts)
    for k in sorted(set(folds)):
        train = [i for i, f in enumerate(folds) if f != k]
        test = [i for i, f in enumerate(folds) if f == k]
        model = make_pipeline(TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True,
                                              min_df=1), LinearSVC(C=1.0))
        model.fit([texts[i] for i in train], [labels[i] for i in train])
        for i, p in zip(test, model.predict([texts[i] for i in test]), strict=True):
            pred[i] = int(p)
    return pred


def evaluate_penta(coder: Any, path: Path, limit: int | None, k: int,
                   ngec: Path | None = None,
                   min_confidence: float | None = None) -> dict[str, Any]:
    """Code each sentence of the five-class file as one article, score its class, and score the
    SVM baseline's out-of-fold predictions beside it; our events by cross-validation on the
    same folds when :func:`can_cross_validate` (``ngec``: the other training file)."""
    from ..training import ngec_items, penta_items

    rows = load_penta(path)
    total = len(rows)
    chosen = None
    if limit is not None:
        chosen = stratified_sample([str(c) for _, c in rows], limit)
        rows = [rows[i] for i in chosen]
    texts, gold = [t for t, _ in rows], [c for _, c in rows]
    cv = can_cross_validate(coder, ngec)
    if cv and ngec is not None:
        items, seconds = _timed(penta_items, coder, path, k, SEED, chosen)
        coded = cross_validated_events(items + ngec_items(coder, ngec, k), min_confidence)
        coded = coded[:len(items)]
        folds = [item.fold for item in items]
    else:
        coded, seconds = _timed(code_sentences, coder, texts)
        folds = penta_folds(gold, k)
    ours = [sentence_class(events) for events in coded]
    leads = [leading_event(events) for events in coded]
    readme_reading = [sentence_class(events, 4) for events in coded]
    baseline = svm_baseline(texts, gold, folds)
    return {"file": str(path), "n_in_file": total, "n": len(rows), "folds": k,
            "seconds": round(seconds, 1), "cross_validation": _cv_note(cv),
            "ours": class_scores(gold, ours),
            "ours_16_as_material": class_scores(gold, readme_reading),
            "reliability": reliability([None if e is None else e.confidence for e in leads],
                                       [o == g for o, g in zip(ours, gold, strict=True)]),
            "svm": None if baseline is None else class_scores(gold, baseline),
            "ours_by_fold": [class_scores([g for g, f in zip(gold, folds, strict=True)
                                           if f == j],
                                          [o for o, f in zip(ours, folds, strict=True)
                                           if f == j])["accuracy"] for j in range(k)]}


def _class_lines(name: str, r: Mapping[str, Any]) -> list[str]:
    lines = [f"   {name}: accuracy {_num(r['accuracy'], 0)}   macro-F1 "
             f"{_num(r['macro_f1'], 0)}",
             f"   {'gold / ours':<20}" + "".join(f"{k:>8}" for k in range(5))
             + f"{'recall':>8}{'prec':>7}{'F1':>7}"]
    for k, row in enumerate(r["confusion"]):
        c = r["per_class"].get(k, {})
        lines.append(f"   {k} {PENTA_NAMES[k]:<18}" + "".join(f"{v:>8}" for v in row)
                     + f"{_num(c.get('recall'), 8)}{_num(c.get('precision'), 7)}"
                     + f"{_num(c.get('f1'), 7)}")
    return lines + [""]


def format_penta(r: Mapping[str, Any]) -> str:
    """The plain-text report of the five-class evaluation."""
    lines = [f"C. Five CAMEO classes: {r['n']} of {r['n_in_file']} sentences of {r['file']}; "
             f"coded in {r['seconds']:.1f} s",
             "   class of a sentence = its leading event's CAMEO root (asserted/negated first,"
             " then confidence); no event = 0",
             f"   {r.get('cross_validation', '')}", ""]
    lines += _class_lines("newsevents (rules and confidence model; the class of CAMEO 16 "
                          "read from these labels)", r["ours"])
    alt = r["ours_16_as_material"]
    lines += [f"   (with CAMEO 16 as material conflict, class 4: accuracy "
              f"{_num(alt['accuracy'], 0)}, macro-F1 {_num(alt['macro_f1'], 0)})", "",
              "   confidence of the leading event -> share of sentences classed right:"]
    lines += [f"   {row['confidence']:>12} {row['n']:>6} {_num(row['share_right'])}"
              for row in r.get("reliability", [])]
    lines.append("")
    if r["svm"] is None:
        lines.append("   TF-IDF linear SVM: scikit-learn is not installed "
                     "(pip install 'newsevents[baselines]')")
    else:
        lines += _class_lines(f"TF-IDF linear SVM, out-of-fold ({r['folds']}-fold stratified "
                              "CV, seed 0)", r["svm"])
    return "\n".join(lines) + "\n"


def run_penta_eval(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """``newsevents eval events --penta PATH``: the five-class evaluation alone."""
    path = Path(args.penta)
    if not path.is_file():
        print(f"newsevents: evaluation data not found: {path}", file=err)
        return EXIT_USAGE
    if bad_limit(args.limit, err):
        return EXIT_USAGE
    if getattr(args, "folds", 5) < 2:
        print("newsevents: --folds must be at least 2", file=err)
        return EXIT_USAGE
    coder = load_coder(args.model, err, getattr(args, "min_confidence", None))
    if coder is None:
        return EXIT_USAGE
    evaldata = getattr(args, "evaldata", None)
    report = {"model": args.model, "min_confidence": coder.min_confidence,
              "penta": evaluate_penta(coder, path, args.limit, getattr(args, "folds", 5),
                                      Path(evaldata) / NGEC_FILE if evaldata else None,
                                      getattr(args, "min_confidence", None))}
    return emit(report, getattr(args, "json", False), out,
                lambda r: format_penta(r["penta"]))


run = run_events_eval  # the entry point `newsevents eval events` calls
