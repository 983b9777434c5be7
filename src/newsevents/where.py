"""The ``where`` stage: toponyms in the article, resolved to GeoNames places.

In:  a parsed ``Doc`` with GPE/LOC/FAC entities and ``doc._.actors``.
Out: ``doc._.toponyms``, every toponym as a :class:`PlaceMention` resolved with the
     :mod:`~newsevents.gazetteer` (GeoNames id, coordinates, country, feature code), those
     used as actors included and flagged (``actor=True``: "Moscow said" is the Russian
     government); ``doc._.places``, the toponyms used as places ("in Moscow");
     ``doc._.place_at``, token index -> index into ``doc._.places``; and
     ``doc._.dateline_place``, the index of the place the article is filed from, or None.

How a name is resolved, in :func:`rank`: every gazetteer entry of that name is a candidate,
scored by

* a prior: countries first, then continents, capitals, first-level divisions (states,
  provinces), then other places by population (log scale); an entry found by one of its
  alternate names ("Bombay") scores lower than one so named. A division that is merely the
  area of a same-named city of its country nearby ("Paris" the department, "Kyiv" the
  city-region) gives way to the city;
* a qualifier written after it: "Paris, Texas", "KHARKIV, Ukraine" favour the places in that
  state or country;
* the article's context: the share of the article's other evidence (its other toponyms
  resolved without doubt, its state actors, its country adjectives) that lies in the
  candidate's country and in its first-level division. Local news names its state's towns
  without the state ("Alexandria" in a Louisiana paper); a world story's "Paris" is France.

Facilities (streets, buildings: spaCy's FAC) are kept as places but not resolved: a building
named like a town ("White House") must not be put on the map there.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span

from .dateline import DATELINE_DASHES, dateline_end
from .gazetteer import ALTERNATE, Candidate, Gazetteer, shared_gazetteer

PLACE_LABELS = {"GPE", "LOC", "FAC"}
RESOLVED_LABELS = {"GPE", "LOC"}
ACTOR_ROLES = {"nsubj", "nsubjpass", "dobj", "poss", "agent", "dative"}

# Prior scores (log10 of population is 2.7 for a village of 500, 7 for a city of 10 million).
COUNTRY_PRIOR, CONTINENT_PRIOR, CAPITAL_PRIOR, ADM1_PRIOR = 12.0, 11.0, 9.5, 9.0
ALTERNATE_PENALTY = 2.5  # a name that is only an alternate of the entry ("Bombay")
ADM2_FACTOR = 0.7  # counties and districts are named less often than towns of their size
CITY_AREA_KM, CITY_AREA_SHARE = 100.0, 0.2  # a division that is the area of its city
QUALIFIER_COUNTRY, QUALIFIER_ADMIN1 = 5.0, 3.0  # "Paris, Texas": state and country written
CONTEXT_COUNTRY, CONTEXT_ADMIN1 = 4.0, 3.0  # weight of the article's evidence (shares)
CONFIDENT_MARGIN = 1.5  # a toponym is evidence when its best beats its second by this much
DEMONYM_WEIGHT, ACTOR_WEIGHT = 0.5, 1.0

Ranked = list[tuple[float, Candidate]]  # candidates with their scores, best first


@dataclass
class PlaceMention:
    start: int
    end: int
    start_char: int
    end_char: int
    text: str
    name: str
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    country_code: str | None = None
    feature_code: str | None = None
    actor: bool = False  # a toponym standing for an actor ("Washington said")
    label: str = "GPE"


def _used_as_actor(ent: Span, doc: Doc) -> bool:
    actor_at = doc._.actor_at or {}
    return ent.root.dep_ in ACTOR_ROLES and ent.root.i in actor_at


def set_place_extensions() -> None:
    for name in ("places", "place_at", "dateline_place", "toponyms"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


@Language.factory("newsevents_where")
def make_where(nlp: Language, name: str) -> WhereComponent:
    return WhereComponent()


# --------------------------------------------------------------------------------------------
# Ranking candidates


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def prior(c: Candidate) -> float:
    """How likely a name means this entry before any context (see the module docstring)."""
    size = math.log10(c.population + 1)
    if c.feature_code.startswith("PCL"):
        score = COUNTRY_PRIOR
    elif c.feature_code == "CONT":
        score = CONTINENT_PRIOR
    elif c.feature_code == "PPLC":
        score = max(CAPITAL_PRIOR, size + 1)
    elif c.feature_code == "ADM1":
        score = ADM1_PRIOR
    elif c.feature_class == "P":
        score = size + (0.5 if c.feature_code.startswith("PPLA") else 0.0)
    elif c.feature_code == "ADM2":
        score = ADM2_FACTOR * size
    else:
        score = 2.0 + 0.5 * size
    return score - (ALTERNATE_PENALTY if c.kind == ALTERNATE else 0.0)


def _city_areas(candidates: Sequence[Candidate]) -> list[Candidate]:
    """Leave out divisions that are the area of a same-named city of theirs: a populated
    candidate of the same country nearby holding a fair share of the division's people."""
    cities = [c for c in candidates if c.feature_class == "P"]

    def is_city_area(d: Candidate) -> bool:
        return d.feature_class == "A" and not d.feature_code.startswith("PCL") and any(
            p.country_code == d.country_code and p.population >= CITY_AREA_SHARE * d.population
            and km(p.lat, p.lon, d.lat, d.lon) <= CITY_AREA_KM for p in cities)

    return [c for c in candidates if not is_city_area(c)]


@dataclass
class Context:
    """Evidence of where an article is: weights by country and by (country, admin1)."""

    countries: Counter[str]
    admin1s: Counter[tuple[str, str]]

    def shares(self, c: Candidate, leave_out: Counter[str] | None = None,
               leave_out_admin1: Counter[tuple[str, str]] | None = None) -> tuple[float, float]:
        """Shares of the evidence in the candidate's country and division, without the
        evidence that the toponym being resolved gave itself."""
        countries = self.countries - (leave_out or Counter())
        admin1s = self.admin1s - (leave_out_admin1 or Counter())
        total_c, total_a = sum(countries.values()), sum(admin1s.values())
        share_c = countries[c.country_code] / total_c if total_c else 0.0
        share_a = admin1s[(c.country_code, c.admin1)] / total_a if total_a and c.admin1 else 0.0
        return share_c, share_a


def rank(candidates: Sequence[Candidate], qualifiers: Sequence[Candidate] = (),
         context: Context | None = None, own: Context | None = None) -> Ranked:
    """Candidates with their scores, best first. ``qualifiers`` are the resolved places
    written after the name ("Texas" in "Paris, Texas"); ``own`` is the evidence this name
    added to ``context``, left out when scoring it."""
    scored = []
    for c in _city_areas(candidates):
        score = prior(c)
        for q in qualifiers:
            if q.geonameid != c.geonameid and q.country_code == c.country_code:
                score += QUALIFIER_COUNTRY
                if q.feature_code == "ADM1" and q.admin1 == c.admin1:
                    score += QUALIFIER_ADMIN1
        if context is not None:
            share_c, share_a = context.shares(c, own.countries if own else None,
                                              own.admin1s if own else None)
            score += CONTEXT_COUNTRY * share_c + CONTEXT_ADMIN1 * share_a
        scored.append((score, c))
    scored.sort(key=lambda sc: (-sc[0], -sc[1].population, sc[1].geonameid))
    return scored


def _evidence(best: Ranked) -> Context:
    """What one resolved toponym says about the article: nothing unless it is sure."""
    context = Context(Counter(), Counter())
    if not best:
        return context
    top = best[0][1]
    broad = top.feature_code.startswith("PCL") or top.feature_code == "ADM1"
    sure = len(best) == 1 or best[0][0] - best[1][0] >= CONFIDENT_MARGIN
    if (broad or sure) and top.country_code:
        context.countries[top.country_code] += 1
        if top.admin1 and not top.feature_code.startswith("PCL"):
            context.admin1s[(top.country_code, top.admin1)] += 1
    return context


# --------------------------------------------------------------------------------------------
# The component


@dataclass
class _Toponym:
    mention: PlaceMention
    candidates: tuple[Candidate, ...]
    qualifiers: list[int]  # indices of the toponyms written after it as its qualifiers


class WhereComponent:
    """spaCy component: find the toponyms, resolve them, keep those used as places."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        set_place_extensions()
        self._gazetteer = gazetteer

    @property
    def gazetteer(self) -> Gazetteer:
        return self._gazetteer or shared_gazetteer()

    def __call__(self, doc: Doc) -> Doc:
        mentions = [_mention(ent, _used_as_actor(ent, doc)) for ent in doc.ents
                    if ent.label_ in PLACE_LABELS]
        dateline = _dateline_place(doc)
        if dateline is not None and not any(m.start == dateline.start and not m.actor
                                            for m in mentions):
            mentions.insert(0, dateline)
        self.resolve(doc, mentions)
        places = [m for m in mentions if not m.actor]
        doc._.toponyms = mentions
        doc._.dateline_place = None
        if dateline is not None:
            doc._.dateline_place = next((n for n, p in enumerate(places)
                                         if p.start == dateline.start), None)
        doc._.places = places
        doc._.place_at = {i: n for n, p in enumerate(places) for i in range(p.start, p.end)}
        return doc

    # -- resolution ------------------------------------------------------------------------

    def resolve(self, doc: Doc, mentions: list[PlaceMention]) -> None:
        """Fill each mention's GeoNames fields: a first pass with each name alone gives the
        article's context, a second pass ranks every name in it."""
        toponyms = [_Toponym(m, self._candidates(m), []) for m in mentions]
        _link_qualifiers(doc, toponyms)
        first = [self._ranked(t, toponyms, None, None) for t in toponyms]
        own = [_evidence(r) for r in first]
        context = self._article_evidence(doc)
        for o in own:
            context.countries.update(o.countries)
            context.admin1s.update(o.admin1s)
        by_name: dict[str, Context] = {}
        for t, o in zip(toponyms, own, strict=True):  # a repeated name is one piece of evidence
            mine = by_name.setdefault(t.mention.name.lower(), Context(Counter(), Counter()))
            mine.countries.update(o.countries)
            mine.admin1s.update(o.admin1s)
        for t in toponyms:
            ranked = self._ranked(t, toponyms, context, by_name[t.mention.name.lower()])
            if ranked:
                _fill(t.mention, ranked[0][1])

    def _candidates(self, mention: PlaceMention) -> tuple[Candidate, ...]:
        if mention.label not in RESOLVED_LABELS:
            return ()
        found = self.gazetteer.lookup(mention.name)
        if not found and "," in mention.name:  # NER took "Paris, Texas" as one entity
            found = self.gazetteer.lookup(mention.name.split(",")[0])
        return found

    def _ranked(self, t: _Toponym, toponyms: list[_Toponym], context: Context | None,
                own: Context | None) -> Ranked:
        qualifiers = [q for i in t.qualifiers for q in self._qualifier(toponyms[i])]
        if "," in t.mention.name:
            qualifiers += [c for part in t.mention.name.split(",")[1:]
                           for c in self.gazetteer.lookup(part)[:1] if _is_broad(c)]
        return rank(t.candidates, qualifiers, context, own)

    @staticmethod
    def _qualifier(t: _Toponym) -> list[Candidate]:
        """A qualifier is read as the broadest thing of its name: "Georgia" after "Atlanta,"
        may be the state or the country; both are kept and the place decides."""
        return [c for c in t.candidates if _is_broad(c)]

    def _article_evidence(self, doc: Doc) -> Context:
        """States named as actors and country adjectives (NORP entities)."""
        context = Context(Counter(), Counter())
        for actor in doc._.actors or []:
            iso3 = actor.info.country
            if actor.info.kind == "state" and iso3 and len(iso3) == 3:
                iso2 = self.gazetteer.iso2(iso3)
                if iso2:
                    context.countries[iso2] += ACTOR_WEIGHT
        for ent in doc.ents:
            if ent.label_ == "NORP":
                iso2 = self.gazetteer.demonym(ent.text)
                if iso2:
                    context.countries[iso2] += DEMONYM_WEIGHT
        return context


def _is_broad(c: Candidate) -> bool:
    return c.feature_code.startswith("PCL") or c.feature_code == "ADM1"


def _link_qualifiers(doc: Doc, toponyms: list[_Toponym]) -> None:
    """"Paris, Texas" / "KHARKIV, Ukraine, March 4": a toponym right after a comma that
    follows another qualifies it."""
    for n, t in enumerate(toponyms[:-1]):
        nxt = toponyms[n + 1]
        between = doc[t.mention.end : nxt.mention.start]
        if len(between) == 1 and between[0].text == ",":
            t.qualifiers.append(n + 1)


def _fill(mention: PlaceMention, c: Candidate) -> None:
    mention.geonameid, mention.lat, mention.lon = c.geonameid, c.lat, c.lon
    mention.country_code = c.country_code or None
    mention.feature_code = c.feature_code
    mention.name = c.name


def _mention(ent: Span, actor: bool) -> PlaceMention:
    name = ent.text.removeprefix("the ").strip()
    return PlaceMention(ent.start, ent.end, ent.start_char, ent.end_char, ent.text, name,
                        actor=actor, label=ent.label_)


def _dateline_place(doc: Doc) -> PlaceMention | None:
    """The place that opens a dateline ("KHARKIV, Ukraine, March 4 (Reuters) -"): the words
    before the first comma or dash, written as a name ("Kharkiv")."""
    end = dateline_end(doc)
    if end is None:
        return None
    stop = next((t.i for t in doc[:end] if t.text in (",", "(") or t.text in DATELINE_DASHES),
                end)
    if stop == 0:
        return None
    span = doc[0:stop]
    return PlaceMention(0, stop, span.start_char, span.end_char, span.text,
                        span.text.title() if span.text.isupper() else span.text)


def resolved(mentions: Iterable[PlaceMention]) -> list[PlaceMention]:
    """The mentions that have coordinates."""
    return [m for m in mentions if m.lat is not None]
