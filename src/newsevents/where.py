"""The ``where`` stage: toponyms in the article, resolved to GeoNames places.

In:  a parsed ``Doc`` with named entities and ``doc._.actors``.
Out: ``doc._.toponyms``, every toponym as a :class:`PlaceMention` resolved with the
     :mod:`~newsevents.gazetteer` (GeoNames id, coordinates, country, feature code), with
     those used as actors flagged (``actor``: "Moscow said" is the Russian government) and
     country adjectives flagged (``adjective``: "Egyptian police" names Egypt);
     ``doc._.places``, the toponyms used as places ("in Moscow"), which the record lists;
     ``doc._.place_at``, token index -> index into ``doc._.places``; and
     ``doc._.dateline_place``, the index of the place the article is filed from, or None.

Which words are toponyms: spaCy's GPE, LOC and FAC entities, the dateline's place and NORP
entities that are country adjectives. spaCy's small model also calls many places PERSON or ORG
("Alexandria", "Minnesota") or misses them; such words (and the leading place of an
organisation or facility name, "Pembina County" in "the Pembina County Jail", also when NER
called the whole name a place, which stays unresolved as a facility) are taken
as toponyms only on evidence: the gazetteer's best reading is a country or state, or a
preposition of place comes before them ("in Alexandria"), or a state or country after them
("Alexandria, La."), or the best reading lies in the article's state or near its other places.
A person the article names in full stays a person.

How a name is resolved, in :func:`rank`: every gazetteer entry of that name is a candidate,
scored by

* a prior: countries first, then continents, capitals, first-level divisions (states,
  provinces), then other places by population (log scale); an entry found by one of its
  alternate names ("Bombay") scores lower than one so named. A division that is merely the
  area of a same-named city of its country nearby ("Paris" the department, "Kyiv" the
  city-region) gives way to the city;
* a qualifier written after it: "Paris, Texas", "KHARKIV, Ukraine" favour the places in that
  state or country; one sense per discourse: the qualifier written after one mention of a name
  counts for every mention of it; a name said to be a state ("Katsina state", "the state of
  Katsina") is read only as a first-level division when it has one;
* the article's context: the share of the article's other evidence (its other toponyms, its
  state actors, its country adjectives) that lies in the candidate's country and in its
  first-level division, and whether the candidate lies near another place the article names.
  A toponym resolved without doubt gives its whole weight to its country and division; one in
  doubt shares its weight among its likely readings, so that several names in doubt that can
  all lie in one state ("Fairview", "Pike County") agree on it; and a reading near a likely
  reading of another name in doubt gains by how near it is (a town inside one of the
  counties a county name may be). Local news names its
  state's towns without the state ("Alexandria" in a Louisiana paper); a world story's
  "Paris" is France.

A name whose best candidate scores below ``MIN_SCORE`` is left unresolved. Facilities
(streets, buildings) are kept as places but not resolved: a building named like a town
("White House") must not be put on the map there.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span

from .dateline import DATELINE_DASHES, dateline_end
from .gazetteer import ALTERNATE, Candidate, Gazetteer, shared_gazetteer

PLACE_LABELS = {"GPE", "LOC", "FAC"}
MAYBE_LABELS = {"PERSON", "ORG", "FAC", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT"}
# Roles in which a known toponym stands for its government ("Moscow denied", "Kyiv's
# decision", "gave Kyiv weapons"). A direct object stays a place too ("shelled Kharkiv",
# "visited Warsaw"): the event stage decides per event type whether it is the event's place.
ACTOR_ROLES = {"nsubj", "nsubjpass", "poss", "agent", "dative"}
LOCATIVE_PREPS = {"in", "at", "from", "near", "to", "into", "outside", "inside", "across",
                  "through", "throughout", "toward", "towards", "around", "of", "between",
                  "within", "via", "north", "south", "east", "west", "northeast", "northwest",
                  "southeast", "southwest"}
# Words before a name that only say which part of it ("West Texas", "Southwest Georgia")
# and words after it that say what kind of place it is ("Fargo city", "the Cottonport area").
DIRECTIONS = {"north", "south", "east", "west", "northeast", "northwest", "southeast",
              "southwest", "northern", "southern", "eastern", "western", "central", "upstate",
              "downstate", "downtown", "greater", "metro", "metropolitan", "rural", "suburban"}
KIND_WORDS = {"city", "town", "village", "area", "region", "metro", "province"}
# Words that end the place at the head of an organisation or facility name.
FACILITY_WORDS = {"fire", "police", "sheriff", "sheriff's", "department", "station", "school",
                  "schools", "high", "middle", "elementary", "university", "college",
                  "hospital", "church", "office", "road", "rd", "street", "st", "avenue", "ave",
                  "drive", "boulevard", "highway", "jail", "court", "council", "board", "park",
                  "center", "centre", "library", "airport", "bank", "commission", "chamber",
                  "club", "times", "news", "herald", "post", "tribune", "journal", "gazette",
                  "daily", "register", "detention", "correctional", "medical", "community",
                  "public", "district", "memorial", "mall", "museum", "zoo", "stadium", "hall",
                  "bridge", "health", "emergency", "animal", "humane", "regional",
                  "historical", "chapter", "association", "youth", "county's"}
# Nouns that a town's name modifies: its people and its institutions ("a Bemidji man").
LOCAL_NOUNS = {"man", "men", "woman", "women", "resident", "residents", "native", "natives",
               "teen", "teens", "boy", "girl", "couple", "family", "families", "mayor",
               "officials", "area", "firefighters", "deputies", "voters", "students",
               "homeowners", "businesses", "city", "town", "township", "police"}
LOCAL_NOUN_POPULATION = 1000  # ... when the gazetteer's place of that name is this big
# A city this big is a place even when NER calls it a person ("shelled Kharkiv"): a person
# known by such a name alone is rare, and one named in full elsewhere is excluded first.
BIG_CITY_POPULATION = 500_000
STATE_WORDS = {"state", "province"}  # words that say a name is a first-level division
DIVISION_WORDS = {"county", "parish", "township", "borough", "province", "state", "district"}

# Prior scores (log10 of population is 2.7 for a village of 500, 7 for a city of 10 million).
COUNTRY_PRIOR, CONTINENT_PRIOR, CAPITAL_PRIOR, ADM1_PRIOR = 12.0, 11.0, 9.5, 9.0
ALTERNATE_PENALTY = 2.5  # a name that is only an alternate of the entry ("Bombay")
ADM2_FACTOR = 0.7  # counties and districts are named less often than towns of their size
ADM2_ALTERNATE_PENALTY = 3.0  # "Red River" is a river more often than Red River County
CITY_AREA_KM, CITY_AREA_SHARE = 100.0, 0.2  # a division that is the area of its city
QUALIFIER_COUNTRY, QUALIFIER_ADMIN1 = 5.0, 3.0  # "Paris, Texas": state and country written
CONTEXT_COUNTRY, CONTEXT_ADMIN1 = 6.0, 7.0  # weight of the article's evidence (shares)
NEAR_KM, NEAR_BONUS = 150.0, 2.5  # a candidate this close to another place of the article
SOFT_NEAR_BONUS = 6.0  # ... to a likely reading of another name in doubt (times its share)
KM_PER_DEGREE = 111.2  # of latitude
CONFIDENT_MARGIN = 1.5  # a toponym is evidence when its best beats its second by this much
SOFT_MARGIN, SOFT_WEIGHT = 1.5, 1.0  # else its readings this close to its best share a weight
MIN_SCORE = 1.0  # below this the best candidate is too unlikely to be put on the map
LOCAL_SHARE = 0.25  # the share of the article's evidence that makes a state "the article's"
DEMONYM_WEIGHT, ACTOR_WEIGHT = 0.5, 1.0
MAX_RUN = 4  # longest run of capitalised words looked up as a name
MAX_DATELINE_WORDS = 8  # "BEMIDJI, Minn., March 3 --": words between a dateline's place and dash

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
    adjective: bool = False  # a country adjective ("Egyptian police"): the country, no place
    label: str = "GPE"  # the NER label it came from ("DATELINE", "MAYBE" for recall spans)


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
    alternate = c.kind == ALTERNATE
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
        score = ADM2_FACTOR * size - (ADM2_ALTERNATE_PENALTY if alternate else 0.0)
    else:
        score = 2.0 + 0.5 * size
    return score - (ALTERNATE_PENALTY if alternate else 0.0)


def _city_areas(candidates: Sequence[Candidate]) -> list[Candidate]:
    """Leave out divisions that are the area of a same-named city of theirs: a populated
    candidate of the same country nearby holding a fair share of the division's people."""
    cities = [c for c in candidates if c.feature_class == "P"]

    def is_city_area(d: Candidate) -> bool:
        return d.feature_class == "A" and not d.feature_code.startswith("PCL") and any(
            p.country_code == d.country_code and p.population >= CITY_AREA_SHARE * d.population
            and km(p.lat, p.lon, d.lat, d.lon) <= CITY_AREA_KM for p in cities)

    return [c for c in candidates if not is_city_area(c)]


def _cities_named_like_countries(candidates: Sequence[Candidate]) -> list[Candidate]:
    """Leave out cities that merely bear their country's name as an alternate name (a capital
    often does): where the name is a country's, the article's own state names and places
    around that city must not move the name from the country to it."""
    countries = {c.country_code for c in candidates if c.feature_code.startswith("PCL")}
    return [c for c in candidates if not (c.feature_class == "P" and c.kind == ALTERNATE
                                          and c.country_code in countries)]


def _towns_named_like_states(candidates: Sequence[Candidate],
                             qualifiers: Sequence[Candidate]) -> list[Candidate]:
    """Leave out towns named like a first-level division of their own country (a village in
    one state bearing another state's name) unless a qualifier names the town's state: in a
    list of states such a town would otherwise gain from every state named beside it.
    Capitals and big cities stay: a city of millions named like its state is meant as often
    as the state."""
    states = {c.country_code for c in candidates if c.feature_code == "ADM1"}
    qualified = {(q.country_code, q.admin1) for q in qualifiers if q.feature_code == "ADM1"}
    return [c for c in candidates
            if not (c.feature_class == "P" and c.feature_code != "PPLC"
                    and c.population < BIG_CITY_POPULATION and c.country_code in states
                    and (c.country_code, c.admin1) not in qualified)]


@dataclass
class Evidence:
    """What some words say about where an article is: weights by country and by
    (country, admin1), and points of places named without doubt."""

    countries: Counter[str] = field(default_factory=Counter)
    admin1s: Counter[tuple[str, str]] = field(default_factory=Counter)
    points: list[tuple[float, float]] = field(default_factory=list)
    # likely readings of names in doubt: (lat, lon, the share of the name's weight)
    likely: list[tuple[float, float, float]] = field(default_factory=list)


class Context:
    """The article's evidence, kept by source (a lower-cased name, or "" for actors and
    adjectives) so that a name can be scored without the evidence it gave itself."""

    def __init__(self) -> None:
        self.sources: dict[str, Evidence] = {}
        self.countries: Counter[str] = Counter()
        self.admin1s: Counter[tuple[str, str]] = Counter()
        self._without: dict[str, tuple[Counter[str], Counter[tuple[str, str]]]] = {}

    def add(self, source: str, evidence: Evidence) -> None:
        self._without.clear()
        mine = self.sources.setdefault(source, Evidence())
        mine.countries.update(evidence.countries)
        mine.admin1s.update(evidence.admin1s)
        mine.points.extend(evidence.points)
        mine.likely.extend(evidence.likely)
        self.countries.update(evidence.countries)
        self.admin1s.update(evidence.admin1s)

    def shares(self, c: Candidate, source: str) -> tuple[float, float]:
        """Shares of the evidence (without ``source``'s) in the candidate's country and in
        its first-level division."""
        if source not in self._without:
            own = self.sources.get(source, Evidence())
            self._without[source] = (self.countries - own.countries, self.admin1s - own.admin1s)
        countries, admin1s = self._without[source]
        total_c, total_a = sum(countries.values()), sum(admin1s.values())
        share_c = countries[c.country_code] / total_c if total_c else 0.0
        key = (c.country_code, c.admin1)
        share_a = admin1s[key] / total_a if total_a and c.admin1 else 0.0
        return share_c, share_a

    def near(self, c: Candidate, source: str) -> bool:
        """Whether another name of the article put a place within ``NEAR_KM`` of ``c``."""
        # a degree of latitude is KM_PER_DEGREE everywhere: a cheap test before haversine
        return any(abs(lat - c.lat) * KM_PER_DEGREE <= NEAR_KM
                   and km(c.lat, c.lon, lat, lon) <= NEAR_KM
                   for name, e in self.sources.items() if name != source
                   for lat, lon in e.points)

    def closeness(self, c: Candidate, source: str) -> float:
        """How close ``c`` lies to a likely reading of another name in doubt: that reading's
        weight, less the share of ``NEAR_KM`` between them (0 when none is that near)."""
        best = 0.0
        for name, e in self.sources.items():
            if name == source:
                continue
            for lat, lon, weight in e.likely:
                if abs(lat - c.lat) * KM_PER_DEGREE <= NEAR_KM:
                    d = km(c.lat, c.lon, lat, lon)
                    best = max(best, weight * (1.0 - d / NEAR_KM))
        return best


def rank(candidates: Sequence[Candidate], qualifiers: Sequence[Candidate] = (),
         context: Context | None = None, source: str = "") -> Ranked:
    """Candidates with their scores, best first. ``qualifiers`` are the places written after
    the name ("Texas" in "Paris, Texas"); ``source`` the name's own key in ``context``."""
    scored = []
    kept = _cities_named_like_countries(_city_areas(candidates))
    for c in _towns_named_like_states(kept, qualifiers):
        score = prior(c)
        for q in qualifiers:
            if q.geonameid != c.geonameid and q.country_code == c.country_code:
                score += QUALIFIER_COUNTRY
                if q.feature_code == "ADM1" and q.admin1 == c.admin1:
                    score += QUALIFIER_ADMIN1
                break
        if context is not None:
            share_c, share_a = context.shares(c, source)
            score += CONTEXT_COUNTRY * share_c + CONTEXT_ADMIN1 * share_a
            if share_c > 0 and not _is_broad(c):
                score += NEAR_BONUS * context.near(c, source) \
                    + SOFT_NEAR_BONUS * context.closeness(c, source)
        scored.append((score, c))
    scored.sort(key=lambda sc: (-sc[0], -sc[1].population, sc[1].geonameid))
    return scored


def _evidence(ranked: Ranked) -> Evidence:
    """What one resolved toponym says about the article: nothing unless it is sure."""
    evidence = Evidence()
    if not ranked or ranked[0][0] < MIN_SCORE:
        return evidence
    top = ranked[0][1]
    broad = _is_broad(top)
    close = [c for score, c in ranked if ranked[0][0] - score < CONFIDENT_MARGIN]
    if not top.country_code:
        return evidence
    if broad or len(close) == 1:
        evidence.countries[top.country_code] += 1
        if top.admin1 and not top.feature_code.startswith("PCL"):
            evidence.admin1s[(top.country_code, top.admin1)] += 1
        if not broad:
            evidence.points.append((top.lat, top.lon))
    else:
        # the name is in doubt: its weight is shared among its likely readings, so that names
        # in doubt each ("Fairview", "Pike County", "Salem") agree on their state
        likely = [c for score, c in ranked if ranked[0][0] - score < SOFT_MARGIN
                  and c.country_code]
        for c in likely:
            evidence.countries[c.country_code] += SOFT_WEIGHT / len(likely)
            if c.admin1 and not _is_broad(c):
                evidence.admin1s[(c.country_code, c.admin1)] += SOFT_WEIGHT / len(likely)
            if not _is_broad(c):
                evidence.likely.append((c.lat, c.lon, SOFT_WEIGHT / len(likely)))
    return evidence


def _is_broad(c: Candidate) -> bool:
    return c.feature_code.startswith("PCL") or c.feature_code in ("ADM1", "CONT")


# --------------------------------------------------------------------------------------------
# The component


@dataclass
class _Toponym:
    mention: PlaceMention
    candidates: tuple[Candidate, ...]
    qualifiers: list[Candidate] = field(default_factory=list)
    source: str = ""  # the name as written, the key of its evidence

    def __post_init__(self) -> None:
        self.source = self.source or _source(self.mention.name)


def _source(name: str) -> str:
    """The key a name's evidence is kept under in a :class:`Context`."""
    return name.removeprefix("the ").removeprefix("The ").lower()


class WhereComponent:
    """spaCy component: find the toponyms, resolve them, keep those used as places."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        set_place_extensions()
        self._gazetteer = gazetteer

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:  # chosen at first use, so that loading stays instant
            self._gazetteer = shared_gazetteer()
        return self._gazetteer

    def __call__(self, doc: Doc) -> Doc:
        mentions = [self._entity_mention(ent, doc) for ent in doc.ents
                    if ent.label_ in PLACE_LABELS or self._is_demonym(ent)]
        dateline = _dateline_place(doc)
        if dateline is not None and not any(m.start == dateline.start and not m.actor
                                            for m in mentions):
            mentions.insert(0, dateline)
        toponyms = self.resolve(doc, mentions)
        toponyms.sort(key=lambda m: m.start)
        places = [m for m in toponyms if not m.actor and not m.adjective]
        doc._.toponyms = toponyms
        doc._.dateline_place = None
        if dateline is not None:
            doc._.dateline_place = next((n for n, p in enumerate(places)
                                         if p.start == dateline.start), None)
        doc._.places = places
        doc._.place_at = {i: n for n, p in enumerate(places) for i in range(p.start, p.end)}
        return doc

    def _is_demonym(self, ent: Span) -> bool:
        return ent.label_ == "NORP" and self.gazetteer.demonym(ent.text) is not None

    def _entity_mention(self, ent: Span, doc: Doc) -> PlaceMention:
        mention = _mention(ent, ent.label_, _used_as_actor(ent, doc))
        if ent.label_ != "FAC" and not self.gazetteer.lookup(mention.name) \
                and self.gazetteer.demonym(mention.name):
            mention.adjective = True  # "Sri Lankan" tagged as a place
        mention.adjective = mention.adjective or ent.label_ == "NORP"
        return mention

    # -- resolution ------------------------------------------------------------------------

    def resolve(self, doc: Doc, mentions: list[PlaceMention]) -> list[PlaceMention]:
        """Fill each mention's GeoNames fields: a first pass with each name alone gives the
        article's context, a second pass ranks every name in it; then words that NER did not
        call places are weighed (see the module docstring). Returns all the toponyms."""
        toponyms = [_Toponym(m, _said_state(doc, m, self._candidates(m))) for m in mentions]
        self._link_qualifiers(doc, toponyms)
        context = self._article_evidence(doc)
        for t in toponyms:
            context.add(t.source, _evidence(rank(t.candidates, t.qualifiers)))
        # once more with the evidence of the names read in context: "Georgia" alone is the
        # country, but beside "Atlanta" and "Teton County" the state, which then says where
        # "Athens" is
        context = self._context_round(doc, toponyms, context)
        for t in toponyms:
            best = rank(t.candidates, t.qualifiers, context, t.source)
            if best and best[0][0] >= MIN_SCORE:
                _fill(t.mention, best[0][1])
        more = self._more_toponyms(doc, mentions, context)
        # a last round with the places NER missed as evidence too: a local paper's towns
        # ("Laurens County", "Dublin") speak for one another
        everything = toponyms + more
        context = self._context_round(doc, everything, context)
        for t in everything:
            best = rank(t.candidates, t.qualifiers, context, t.source)
            if best and best[0][0] >= MIN_SCORE:
                _fill(t.mention, best[0][1])
        return mentions + [t.mention for t in more] + self._inner_demonyms(doc, mentions, more)

    def _context_round(self, doc: Doc, toponyms: list[_Toponym], context: Context) -> Context:
        """The article's evidence from each name ranked in the current ``context``."""
        ranked = [rank(t.candidates, t.qualifiers, context, t.source) for t in toponyms]
        fresh = self._article_evidence(doc)
        for t, r in zip(toponyms, ranked, strict=True):
            fresh.add(t.source, _evidence(r))
        return fresh

    def _candidates(self, mention: PlaceMention) -> tuple[Candidate, ...]:
        if mention.adjective:
            country = self.gazetteer.country(self.gazetteer.demonym(mention.name) or "")
            return (country,) if country else ()
        if mention.label == "FAC" and _has_facility_word(mention.name):
            return ()
        found = self._lookup(mention.name)
        return found

    def _lookup(self, name: str) -> tuple[Candidate, ...]:
        """Entries of a name; failing that, of the name without a direction before it or a
        kind of place after it ("West Texas", "Fargo city"), or before a comma."""
        found = self.gazetteer.lookup(name)
        words = name.split()
        if not found and len(words) > 1 and words[0].lower() in DIRECTIONS:
            found = self.gazetteer.lookup(" ".join(words[1:]))
        if not found and len(words) > 1 and words[-1].lower() in KIND_WORDS:
            found = self.gazetteer.lookup(" ".join(words[:-1]))
        if not found and "," in name:  # NER took "Paris, Texas" as one entity
            found = self.gazetteer.lookup(name.split(",")[0])
        return found

    def _link_qualifiers(self, doc: Doc, toponyms: list[_Toponym]) -> None:
        """"Paris, Texas" / "KHARKIV, Ukraine, March 4" / "Alexandria, La.": a state or
        country written right after a comma qualifies the name before it."""
        for t in toponyms:
            if "," in t.mention.name:
                t.qualifiers += [c for part in t.mention.name.split(",")[1:]
                                 for c in self.gazetteer.lookup(part) if _is_broad(c)]
            t.qualifiers += self._qualifier_after(doc, t.mention.end)
        # one sense per discourse: "Paris, Texas" once makes every later "Paris" that town
        pooled: dict[str, list[Candidate]] = {}
        for t in toponyms:
            pooled.setdefault(t.source, []).extend(t.qualifiers)
        for t in toponyms:
            t.qualifiers = list(pooled[t.source])

    def _qualifier_after(self, doc: Doc, end: int) -> list[Candidate]:
        if end + 1 >= len(doc) or doc[end].text != ",":
            return []
        for size in (3, 2, 1):  # "W. Va.", "New York", "Texas"
            words = doc[end + 1 : end + 1 + size]
            if len(words) == size and (words[0].is_title or words[0].is_upper):
                found = [c for c in self.gazetteer.lookup(words.text) if _is_broad(c)]
                if found:
                    return found
        return []

    def _article_evidence(self, doc: Doc) -> Context:
        """States named as actors and country adjectives (NORP entities)."""
        context = Context()
        for actor in doc._.actors or []:
            iso3 = actor.info.country
            if actor.info.kind == "state" and iso3 and len(iso3) == 3:
                iso2 = self.gazetteer.iso2(iso3)
                if iso2:  # kept under the actor's words: "Georgia said" is no evidence
                    evidence = Evidence()  # for reading "Georgia" itself
                    evidence.countries[iso2] += ACTOR_WEIGHT
                    context.add(_source(actor.text), evidence)
        for ent in doc.ents:
            if ent.label_ == "NORP":
                iso2 = self.gazetteer.demonym(ent.text)
                if iso2:
                    evidence = Evidence()
                    evidence.countries[iso2] += DEMONYM_WEIGHT
                    context.add("", evidence)
        return context

    # -- recall beyond NER -----------------------------------------------------------------

    def _more_toponyms(self, doc: Doc, mentions: list[PlaceMention],
                       context: Context) -> list[_Toponym]:
        """Words NER did not call places, kept as toponyms on the evidence the module
        docstring lists."""
        # a facility left unresolved ("the Lakeland County Jail") may open with a place
        taken = {i for m in mentions if not _is_container(m) for i in range(m.start, m.end)}
        # one sense per discourse: a name NER called a place once is that place throughout
        known = {_source(m.text): m for m in mentions if m.geonameid and not m.adjective}
        found = []
        for span in _maybe_spans(doc, taken):
            if any(i in taken for i in range(span.start, span.end)):
                continue
            mention = _mention(span, "MAYBE", _used_as_actor(span, doc))
            source = _source(mention.name)
            best = self._maybe_best(span, mention, context, known)
            if best is not None:
                same = known.get(source)
                candidates = (best,) if same is not None else self._lookup(mention.name)
                found.append(_Toponym(mention, candidates,
                                      self._qualifier_after(doc, span.end), source))
                _fill(mention, best)
                taken.update(range(span.start, span.end))
        return found

    def _inner_demonyms(self, doc: Doc, mentions: list[PlaceMention],
                        more: list[_Toponym]) -> list[PlaceMention]:
        """Country adjectives that NER left inside other names ("the Russian Foreign
        Ministry", "Canadian Coast Guard"): the country, as adjectives."""
        taken = {i for m in mentions for i in range(m.start, m.end)}
        taken |= {i for t in more for i in range(t.mention.start, t.mention.end)}
        found = []
        for token in doc:
            if token.i in taken or not token.is_title or token.ent_type_ == "NORP":
                continue
            iso2 = self.gazetteer.demonym(token.text)
            country = self.gazetteer.country(iso2) if iso2 else None
            if country is not None:
                mention = _mention(doc[token.i : token.i + 1], "NORP", False)
                mention.adjective = True
                _fill(mention, country)
                found.append(mention)
        return found

    def _maybe_best(self, span: Span, mention: PlaceMention, context: Context,
                    known: dict[str, PlaceMention]) -> Candidate | None:
        """The place a word NER did not call a place stands for, or None when it is not
        one (or is a person the article names)."""
        if self._is_known_person(span, mention.name):
            return None
        same = known.get(_source(mention.name))
        if same is not None:
            return next((c for c in self._lookup(mention.name)
                         if c.geonameid == same.geonameid), None)
        candidates = self._lookup(mention.name)
        if not candidates:
            return None
        qualifiers = self._qualifier_after(doc=span.doc, end=span.end)
        ranked = rank(candidates, qualifiers, context, _source(mention.name))
        if ranked and ranked[0][0] >= MIN_SCORE and \
                _accept(span, ranked[0][1], bool(qualifiers), context, _source(mention.name)):
            return ranked[0][1]
        return None

    @staticmethod
    def _is_known_person(span: Span, name: str) -> bool:
        """A person the knowledge base knows, or that the article names in full elsewhere
        ("Marshall" after "Sheriff Tom Marshall")."""
        actor_at = span.doc._.actor_at or {}
        for i in range(span.start, span.end):
            if i in actor_at:
                info = span.doc._.actors[actor_at[i]].info
                fuller = info.name.lower() != name.lower() and len(info.name.split()) > 1
                if info.kind == "person" and (info.wikidata or fuller):
                    return True
        return False


def _accept(span: Span, best: Candidate, qualified: bool, context: Context,
            source: str) -> bool:
    """Whether a word NER did not call a place is one (see the module docstring)."""
    if _is_broad(best) or qualified or _after_locative(span) or _inline_dateline(span):
        return True
    if best.feature_class == "P" and best.population >= BIG_CITY_POPULATION and len(span) == 1:
        return True
    if _before_local_noun(span) and best.population >= LOCAL_NOUN_POPULATION:
        return True  # "Mankato police", "a Bemidji man", "the Lakeland Police"
    if best.feature_code == "ADM2" and span[-1].lower_ in DIVISION_WORDS:
        return True  # "Teton County": a division word, and the gazetteer has it
    share_c, share_a = context.shares(best, source)
    return share_a >= LOCAL_SHARE or (share_c > 0 and context.near(best, source))


def _before_local_noun(span: Span) -> bool:
    """The name modifies a word for a town's people or institutions ("Mankato police")."""
    doc = span.doc
    return span.end < len(doc) and (doc[span.end].lower_ in LOCAL_NOUNS
                                    or doc[span.end].lower_ in FACILITY_WORDS)


def _inline_dateline(span: Span) -> bool:
    """"BEMIDJI -- Bemidji Mayor ...": an upper-case name before a dash, or before a
    comma and a dash a few words on."""
    doc = span.doc
    if not span.text.isupper() or len(span.text) < 3 or span.end >= len(doc):
        return False
    after = doc[span.end : span.end + MAX_DATELINE_WORDS]
    if after[0].text in DATELINE_DASHES:
        return True
    return after[0].text == "," and any(t.text in DATELINE_DASHES for t in after)


def _after_locative(span: Span) -> bool:
    """"in Alexandria", "the mayor of Alexandria" (not "University of Bemidji")."""
    if span.start == 0:
        return False
    before = span.doc[span.start - 1]
    if before.lower_ not in LOCATIVE_PREPS:
        return False
    if before.lower_ == "of":
        return before.i > 0 and not span.doc[before.i - 1].is_title
    return True


def _maybe_spans(doc: Doc, taken: set[int]) -> Iterable[Span]:
    """Candidate spans for toponyms NER missed: PERSON/ORG/... entities, the place words that
    open an organisation or facility name, and runs of capitalised proper nouns."""
    for ent in doc.ents:
        if any(i in taken for i in range(ent.start, ent.end)):
            continue
        span = _without_determiner(ent)
        facility = _has_facility_word(span.text)
        if ent.label_ in MAYBE_LABELS and not facility:
            yield span
        if ent.label_ in ("ORG", "FAC") or (ent.label_ in PLACE_LABELS and facility):
            # "Vermont National Guard", "Lakeland City Public Schools", "the Fairview
            yield from _prefixes(span)  # Township Hall": the place that opens the name
            yield from _after_of(span)  # "University of Dayton"
    in_ents = {i for ent in doc.ents for i in range(ent.start, ent.end)}
    run: list[int] = []
    for token in [*doc, None]:
        if token is not None and token.i not in taken and token.i not in in_ents \
                and token.tag_ in ("NNP", "NNPS") and (token.is_title or token.is_upper) \
                and len(run) < MAX_RUN:
            run.append(token.i)
            continue
        if run:
            yield doc[run[0] : run[-1] + 1]
        run = []


def _without_determiner(span: Span) -> Span:
    if span[0].lower_ == "the" and len(span) > 1:
        return span.doc[span.start + 1 : span.end]
    return span


def _after_of(span: Span) -> Iterable[Span]:
    """"Dayton" in "University of Dayton", "Beaufort County" in "the Board of
    Beaufort County": the words after "of", up to a facility word, longest first."""
    for i, token in enumerate(span[:-1]):
        if token.lower_ == "of":
            rest = span[i + 1 :]
            if rest[0].lower_ == "the":
                rest = rest[1:]
            if len(rest):
                yield from (rest[:end] for end in range(min(len(rest), MAX_RUN), 0, -1)
                            if not rest[end - 1].is_punct
                            and not _has_facility_word(rest[:end].text))


def _prefixes(span: Span) -> Iterable[Span]:
    """The leading words of a name, longest first, up to its first facility word ("Pembina
    County" of "Pembina County Sheriff's Department"), each a possible place."""
    stop = next((i for i, t in enumerate(span) if t.lower_ in FACILITY_WORDS), len(span))
    for end in range(min(stop, len(span) - 1, MAX_RUN), 0, -1):
        if span[end - 1].is_punct or span[end - 1].lower_ in DIRECTIONS:
            continue  # "East Bank" does not open with a place called "East"
        if end == 1 and span[0].lower_ in KIND_WORDS | DIVISION_WORDS:
            continue  # nor "City Council" with a place called "City"
        yield span[:end]


def _said_state(doc: Doc, mention: PlaceMention,
                candidates: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """Only the first-level divisions among ``candidates`` when the text says the name is a
    state or province ("Katsina state", "the state of Katsina"), else all of them."""
    after = doc[mention.end].lower_ if mention.end < len(doc) else ""
    before = doc[max(0, mention.start - 2) : mention.start].text.lower()
    if after in STATE_WORDS or before in {f"{w} of" for w in STATE_WORDS}:
        states = tuple(c for c in candidates if c.feature_code == "ADM1")
        return states or candidates
    return candidates


def _is_container(mention: PlaceMention) -> bool:
    """An unresolved facility or organisation name ("the Fairview Fire Station"), whose
    words may open with a place of its own."""
    return mention.lat is None and not mention.adjective and _has_facility_word(mention.name)


def _has_facility_word(text: str) -> bool:
    return any(w.lower() in FACILITY_WORDS for w in text.split())


def _fill(mention: PlaceMention, c: Candidate) -> None:
    mention.geonameid, mention.lat, mention.lon = c.geonameid, c.lat, c.lon
    mention.country_code = c.country_code or None
    mention.feature_code = c.feature_code
    mention.name = c.name


def _mention(span: Span, label: str, actor: bool) -> PlaceMention:
    name = span.text.removeprefix("the ").removesuffix("'s").removesuffix("’s").strip()
    return PlaceMention(span.start, span.end, span.start_char, span.end_char, span.text, name,
                        actor=actor, label=label)


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
                        span.text.title() if span.text.isupper() else span.text,
                        label="DATELINE")


def resolved(mentions: Iterable[PlaceMention]) -> list[PlaceMention]:
    """The mentions that have coordinates."""
    return [m for m in mentions if m.lat is not None]
