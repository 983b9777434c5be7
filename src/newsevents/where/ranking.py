"""Ranking the GeoNames entries a name may stand for (see the package docstring).

In:  the candidates of a name, the places written after it ("Paris, Texas"), the article's
     evidence (:class:`Context`) and the settings.
Out: the candidates with their scores, best first (:func:`rank`); what a ranked name says
     about where the article is (:func:`evidence_of`).
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TypeVar

from rapidfuzz import fuzz

from ..distance import KM_PER_DEGREE, km
from ..gazetteer import ALTERNATE, Candidate, is_geonames_id, name_key, seat_city
from ..words import WATER_WORDS
from .settings import DEFAULT_SETTINGS, WhereSettings

Ranked = list[tuple[float, Candidate]]  # candidates with their scores, best first
# What a ranking depends on besides the context: a name's key, the GeoNames ids of its
# candidates and of its qualifiers
RankKey = tuple[str, tuple[int, ...], tuple[int, ...]]
_Key = TypeVar("_Key")  # a key of the evidence's counts: a country, a (country, admin1) pair


def prior(c: Candidate, settings: WhereSettings = DEFAULT_SETTINGS) -> float:
    """How likely a name means this entry before any context (see the package docstring)."""
    s = settings
    size = math.log10(c.population + 1)
    alternate = c.kind == ALTERNATE
    if not is_geonames_id(c.geonameid):
        score = s.region_prior  # a well-known region or water ("the Red Sea", "Donbas")
    elif c.feature_code.startswith("PCL"):
        score = s.country_prior
    elif c.feature_code == "CONT":
        score = s.continent_prior
    elif c.feature_code == "PPLC":
        score = max(s.capital_prior, size + 1)
    elif c.feature_code == "ADM1":
        score = s.adm1_prior
    elif c.feature_class == "P":
        score = size + (0.5 if c.feature_code.startswith("PPLA") else 0.0)
    elif c.feature_code == "ADM2":
        score = s.adm2_factor * size - (s.adm2_alternate_penalty if alternate else 0.0)
    else:
        score = 2.0 + 0.5 * size
    return score - (s.alternate_penalty if alternate else 0.0)


def _city_areas(candidates: Sequence[Candidate], settings: WhereSettings,
                source: str = "") -> list[Candidate]:
    """Leave out divisions that are the area of a same-named city of theirs: a populated
    candidate of the same country nearby holding a fair share of the division's people, or
    one inside it holding most of them, wherever the division's point lies (a territory of
    exclaves, Puducherry, has its point between them), and bearing the name (``source``) as
    its own or spelt another way ("Kyiv", "Kiev"; "Oklahoma" is only another name of
    Oklahoma City, and the state no area of it)."""
    cities = [c for c in candidates if c.feature_class == "P" and (
        c.kind != ALTERNATE or spelling_variant(c, source, settings))]

    def holds(p: Candidate, d: Candidate) -> bool:
        if p.country_code != d.country_code:
            return False
        if p.admin1 == d.admin1 and p.population >= settings.city_area_most * d.population:
            return True
        return p.population >= settings.city_area_share * d.population \
            and km(p.lat, p.lon, d.lat, d.lon) <= settings.city_area_km

    def is_city_area(d: Candidate) -> bool:
        return d.feature_class == "A" and not d.feature_code.startswith("PCL") \
            and any(holds(p, d) for p in cities)

    return [c for c in candidates if not is_city_area(c)]


def _cities_named_like_countries(candidates: Sequence[Candidate]) -> list[Candidate]:
    """Leave out cities that merely bear their country's name as an alternate name (a capital
    often does): where the name is a country's, the article's own state names and places
    around that city must not move the name from the country to it."""
    countries = {c.country_code for c in candidates if c.feature_code.startswith("PCL")}
    return [c for c in candidates if not (c.feature_class == "P" and c.kind == ALTERNATE
                                          and c.country_code in countries)]


def _towns_named_like_states(candidates: Sequence[Candidate], qualifiers: Sequence[Candidate],
                             settings: WhereSettings) -> list[Candidate]:
    """Leave out towns named like a first-level division of their own country (a village in
    one state bearing another state's name) unless a qualifier names the town's state: in a
    list of states such a town would otherwise gain from every state named beside it.
    Capitals and big cities stay: a city of millions named like its state is meant as often
    as the state."""
    states = {c.country_code for c in candidates if c.feature_code == "ADM1"}
    qualified = {(q.country_code, q.admin1) for q in qualifiers if q.feature_code == "ADM1"}
    return [c for c in candidates
            if not (c.feature_class == "P" and c.feature_code != "PPLC"
                    and c.population < settings.big_city_population
                    and c.country_code in states
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


_NO_EVIDENCE = Evidence()  # what a name without evidence of its own gave (never changed)
_NOWHERE = Candidate(0, "", 0.0, 0.0, "", "", "", "", 0)  # a candidate of no country


class Context:
    """The article's evidence, kept by source (a lower-cased name, or "" for actors and
    adjectives) so that a name can be scored without the evidence it gave itself.
    ``settings.near_km`` is how near two places must be to count as near."""

    def __init__(self, settings: WhereSettings = DEFAULT_SETTINGS) -> None:
        self.near_km = settings.near_km
        self.sources: dict[str, Evidence] = {}
        self.countries: Counter[str] = Counter()
        self.admin1s: Counter[tuple[str, str]] = Counter()
        # by source: the evidence without that source's, and the sums of its weights
        self._without: dict[str, tuple[dict[str, float], dict[tuple[str, str], float], float,
                                       float]] = {}
        # rankings in this context, by name, candidates and qualifiers: every mention of a
        # name ranks alike, and a local paper repeats its town's name a dozen times
        self.ranked: dict[RankKey, Ranked] = {}
        # every point with the source that gave it, flat (:meth:`near`; None until asked),
        # in the order of their latitudes (``_lats``), and every likely reading of a name in
        # doubt with its source and weight, likewise (:meth:`closeness`)
        self._points: list[tuple[str, float, float]] | None = None
        self._lats: list[float] = []
        self._likely: list[tuple[str, float, float, float]] = []
        self._likely_lats: list[float] = []
        # GeoNames id -> the other local names of the article with a reading near it
        # (:func:`cluster_support`)
        self.support: dict[int, frozenset[str]] = {}
        # the article's home (:mod:`.home`): where its paper is, weak evidence that no
        # sentence gives (None: no home, and no cost)
        self.home: Candidate | None = None
        # the names NER never called a place (recalled words): their readings abroad do not
        # point the article away from its home (:func:`_backed_abroad`)
        self.recalled: frozenset[str] = frozenset()

    def add(self, source: str, evidence: Evidence) -> None:
        self._without.clear()
        self.ranked.clear()
        self._points = None
        mine = self.sources.get(source)
        if mine is None:  # (not setdefault: it would make an Evidence on every call)
            mine = self.sources[source] = Evidence()
        # an empty Counter adds nothing: most names have no admin1 weight, many none at all,
        # and Counter.update costs even then
        if evidence.countries:
            _add_counts(mine.countries, evidence.countries)
            _add_counts(self.countries, evidence.countries)
        if evidence.admin1s:
            _add_counts(mine.admin1s, evidence.admin1s)
            _add_counts(self.admin1s, evidence.admin1s)
        mine.points.extend(evidence.points)
        mine.likely.extend(evidence.likely)

    def add_country(self, source: str, iso2: str, weight: float) -> None:
        """:meth:`add` of evidence that holds only ``weight`` for the country ``iso2`` (an
        article's clues: dozens per article, in every round, not worth an Evidence each)."""
        self._without.clear()
        self.ranked.clear()
        self._points = None
        mine = self.sources.get(source)
        if mine is None:
            mine = self.sources[source] = Evidence()
        mine.countries[iso2] = weight + mine.countries.get(iso2, 0)
        self.countries[iso2] = weight + self.countries.get(iso2, 0)

    def shares(self, c: Candidate, source: str) -> tuple[float, float]:
        """Shares of the evidence (without ``source``'s) in the candidate's country and in
        its first-level division."""
        without = self._without.get(source)
        if without is None:
            own = self.sources.get(source, _NO_EVIDENCE)
            countries = _minus(self.countries, own.countries)
            admin1s = _minus(self.admin1s, own.admin1s)
            without = self._without[source] = (countries, admin1s, sum(countries.values()),
                                               sum(admin1s.values()))
        countries, admin1s, total_c, total_a = without
        share_c = countries.get(c.country_code, 0) / total_c if total_c else 0.0
        key = (c.country_code, c.admin1)
        share_a = admin1s.get(key, 0) / total_a if total_a and c.admin1 else 0.0
        return share_c, share_a

    def named_in(self, iso2: str, source: str) -> bool:
        """Whether evidence other than ``source``'s and the recalled names' is in the
        country ``iso2``: the text itself names the country, its places or its people."""
        return any(e.countries.get(iso2, 0) > 0 for name, e in self.sources.items()
                   if name != source and name not in self.recalled)

    def weight_elsewhere(self, source: str, iso2: str) -> float:
        """The weight of the article's evidence by country outside the country ``iso2``,
        without ``source``'s."""
        self.shares(_NOWHERE, source)  # fills the cache of evidence without ``source``
        countries, _, total, _ = self._without[source]
        return total - countries.get(iso2, 0)

    def near(self, c: Candidate, source: str) -> bool:
        """Whether another name of the article put a place within ``near_km`` of ``c``."""
        if self._points is None:
            self._flat()
        # a degree of latitude is KM_PER_DEGREE everywhere: a cheap test before haversine
        return any(abs(lat - c.lat) * KM_PER_DEGREE <= self.near_km
                   and km(c.lat, c.lon, lat, lon) <= self.near_km and name != source
                   for name, lat, lon in self._points[self._band(self._lats, c.lat)])

    def closeness(self, c: Candidate, source: str) -> float:
        """How close ``c`` lies to a likely reading of another name in doubt: that reading's
        weight, less the share of ``near_km`` between them (0 when none is that near)."""
        if self._points is None:
            self._flat()
        best = 0.0
        for name, lat, lon, weight in self._likely[self._band(self._likely_lats, c.lat)]:
            if name == source:
                continue
            if abs(lat - c.lat) * KM_PER_DEGREE <= self.near_km:
                d = km(c.lat, c.lon, lat, lon)
                best = max(best, weight * (1.0 - d / self.near_km))
        return best

    def _flat(self) -> None:
        """Fill ``_points`` and ``_likely`` from the sources, each sorted by latitude (asked
        for every reading of every name ranked: worth keeping until the next ``add``)."""
        self._points = sorted(((name, lat, lon) for name, e in self.sources.items()
                               for lat, lon in e.points), key=lambda p: p[1])
        self._lats = [lat for _, lat, _ in self._points]
        self._likely = sorted(((name, lat, lon, weight) for name, e in self.sources.items()
                               for lat, lon, weight in e.likely), key=lambda p: p[1])
        self._likely_lats = [lat for _, lat, _, _ in self._likely]

    def _band(self, lats: list[float], lat: float) -> slice:
        """The entries of a list sorted by latitude (``lats``) that may lie within
        ``near_km`` of latitude ``lat``: a band a little wider than the test each entry
        still gets, so that no rounding leaves one out."""
        width = self.near_km / KM_PER_DEGREE * (1 + 1e-9) + 1e-9
        return slice(bisect_left(lats, lat - width), bisect_right(lats, lat + width))


def _add_counts(counts: Counter[_Key], more: Counter[_Key]) -> None:
    """``counts.update(more)``, done as Counter.update does it for a mapping (the same sums
    in the same order), without its test of ``more`` against the Mapping ABC, which costs
    more than the adding (asked for every name of every round of context)."""
    if not counts:
        dict.update(counts, more)  # (Counter.update's own way into an empty Counter)
        return
    get = counts.get
    for key, count in more.items():
        counts[key] = count + get(key, 0)


def _minus(counts: Counter[_Key], other: Counter[_Key]) -> dict[_Key, float]:
    """``counts - other`` as a plain dict: what Counter subtraction gives (the positive
    differences, in the order of ``counts``, then the negated negative counts of ``other``
    that ``counts`` lacks), without its cost of a Counter built item by item (asked for
    every name of every round of context)."""
    if not other:
        result = {key: count for key, count in counts.items() if count > 0}
    else:
        get = other.get
        result = {key: left for key, count in counts.items()
                  if (left := count - get(key, 0)) > 0}
    for key, count in other.items():
        if key not in counts and count < 0:
            result[key] = 0 - count
    return result


def spelling_variant(c: Candidate, source: str, settings: WhereSettings) -> bool:
    """The name is a city's alternate only as another spelling of its own name ("Odessa" of
    Odesa, "Lugansk" of Luhansk), as transliterations of a city the world writes about
    differ, not another name ("Franklin", an old name of Columbus) nor a small town's
    variant ("Grantville" of Grantsville)."""
    # the cheap tests first: this runs for every candidate ranked, and few are alternates
    return c.kind == ALTERNATE and bool(source) \
        and c.population >= settings.variant_min_population \
        and (_spelling_ratio(c.name, source) >= settings.variant_min_ratio
             or _short_for(c.name, source))


# What follows a city's everyday name in its full one: "Frankfurt am Main", "Newcastle upon
# Tyne", "Rostov-on-Don", "Frankfurt (Oder)".
RIVER_QUALIFIERS = ("am ", "an der ", "upon ", "on ", "sur ", "(", "-on-", "-upon-", "-am-")


@lru_cache(maxsize=65536)
def _short_for(name: str, source: str) -> bool:
    """Whether ``source`` (a name's key) is the entry's everyday name, its full name being
    it and the river or region it lies on ("Frankfurt" of Frankfurt am Main)."""
    key = name_key(name)
    if not key.startswith(source) or len(key) == len(source):
        return False
    rest = key[len(source):]
    return any(rest.lstrip(" ").startswith(q.strip(" ")) if q.startswith(("(", "-"))
               else rest.startswith(" " + q) for q in RIVER_QUALIFIERS)


@lru_cache(maxsize=65536)
def not_within(name: str, entry_name: str) -> bool:
    """The key of ``name`` is not a run of words of ``entry_name``'s (asked for every reading
    of every name in every round: worth keeping)."""
    key = name_key(name)
    return bool(key) and f" {key} " not in f" {name_key(entry_name)} "


@lru_cache(maxsize=65536)
def _spelling_ratio(name: str, source: str) -> float:
    """How alike an entry's name and a name's key are spelt, 0-100 (keyed by the strings
    alone: hashing a Candidate and the settings cost more than the rest of the test)."""
    return fuzz.ratio(name_key(name), source)


def _divisions_named_after_water(candidates: Sequence[Candidate], source: str
                                 ) -> Sequence[Candidate]:
    """A water's name ("the Red River", ``source``: the name's key) means the water: a county
    or parish that bears it only with its division word added (an alternate name, "Red River
    Parish") is not meant by it, and with no reading left the name stays unresolved (the
    packaged gazetteer has no rivers; the full GeoNames index has the river itself)."""
    words = source.split()
    if len(words) < 2 or words[-1] not in WATER_WORDS:
        return candidates
    return [c for c in candidates if not (c.feature_code == "ADM2" and c.kind == ALTERNATE)]


@lru_cache(maxsize=4096)
def _readings(candidates: tuple[Candidate, ...], source: str, settings: WhereSettings
              ) -> tuple[tuple[Candidate, ...], bool, int, dict[tuple[str, str], int]]:
    """The candidates a name (``source``) is read among (without cities' areas and capitals
    named like their countries), whether a capital or world city is among them, the
    population of the biggest town and, by (country, first-level division), that of the
    biggest town bearing the name as its own (or as a spelling of it): the same for every
    mention of the name, so worked out once (a name is ranked in every round of every
    article)."""
    # a tuple: the cache hands the same object to every caller
    kept = tuple(_cities_named_like_countries(_city_areas(
        _divisions_named_after_water(candidates, source), settings, source)))
    # a world city known by the name only as an alternate ("Franklin", an old name of
    # Columbus) is not the world city of that name
    world = any((c.feature_code == "PPLC" or c.population >= settings.big_city_population
                 or seat_city(c, settings.seat_city_population))
                and (c.kind != ALTERNATE or spelling_variant(c, source, settings))
                for c in kept)
    biggest_town = max((c.population for c in kept if c.feature_class == "P"), default=0)
    owners: dict[tuple[str, str], int] = {}
    for c in kept:
        if c.feature_class == "P" and (c.kind != ALTERNATE
                                       or spelling_variant(c, source, settings)):
            key = (c.country_code, c.admin1)
            owners[key] = max(owners.get(key, 0), c.population)
    return kept, world, biggest_town, owners


def rank(candidates: Sequence[Candidate], qualifiers: Sequence[Candidate] = (),
         context: Context | None = None, source: str = "",
         settings: WhereSettings = DEFAULT_SETTINGS) -> Ranked:
    """Candidates with their scores, best first. ``qualifiers`` are the places written after
    the name ("Texas" in "Paris, Texas"); ``source`` the name's own key in ``context``."""
    s = settings
    scored = []
    kept, world, biggest_town, owners = _readings(tuple(candidates), source, s)
    # the article is also in the country of a capital or world city of the name (a
    # qualifier, "Paris, Texas", points to the namesake whatever else the article names)
    backed = world and context is not None and not qualifiers and any(
        not small(c, s) and c.feature_class == "P" and context.shares(c, source)[0] > 0
        for c in kept)
    owned = any(c.kind != ALTERNATE and c.feature_class == "P" for c in kept)
    abroad: bool | None = None  # (for the home: worked out at the first candidate that asks)
    rival = False  # (and whether a namesake at home rivals the world city abroad)
    for c in _towns_named_like_states(kept, qualifiers, s):
        score = prior(c, s)
        if spelling_variant(c, source, s):
            score += s.alternate_penalty  # "Odessa" is Odesa's name, spelt the older way
        elif c.kind == ALTERNATE and c.feature_code == "PPLC" and owned:
            # a capital known by the name only as another, older name ("Philadelphia" of
            # Amman) is no capital of that name where a place bears it as its own: a city
            # of its size ("Kiev", which no other place bears, stays Kyiv's)
            score = min(score, prior(replace(c, feature_code="PPL"), s))
        if c.feature_code == "ADM1" and c.population < biggest_town:
            # a province smaller than a city of its name (a parish named after an English
            # city) is meant no more often than a town of its size
            score = min(score, math.log10(c.population + 1))
        score += qualifier_score(c, qualifiers, s)
        # a small town known by the name only as another one ("Durban" of Durbanville)
        # beside a capital or world city, or a town of its own state many times its size,
        # that bears it as its own: the article's places near the town and its state are
        # no evidence for it (they are the big town's neighbours and state as well: a
        # village near Juliaca that GeoNames also calls so), though its country still is;
        # not a shortening of the town's own name, which local news writes ("Avondale" of
        # Avondale Estates), nor beside a bigger namesake in another state (local news
        # spells its town as the town's neighbours do: "Hillsboro" of Hillsborough)
        alias = c.kind == ALTERNATE and small(c, s) and not spelling_variant(c, source, s) \
            and (world or (owners.get((c.country_code, c.admin1), 0)
                           >= s.alias_owner_ratio * max(c.population, 1)
                           and not_within(source, c.name)))
        if context is not None:
            home = context.home
            if home is not None and not qualifiers:
                if abroad is None:
                    abroad = world and _backed_abroad(kept, source, context, home, s)
                    rival = world and not abroad and any(
                        small(k, s) and at_home(k, home, s) for k in kept)
                namesake = world and small(c, s)
                local = at_home(c, home, s)
                score += _home_score(c, source, context, home, local,
                                     abroad if namesake else None, s,
                                     full=namesake and local and not abroad)
                if rival and not namesake and c.country_code != home.country_code:
                    # the world city abroad against a namesake at home, in an article that
                    # names nothing of its country: what context it has is its own echo
                    # (recalled words read near it for its sake)
                    scored.append((score, c))
                    continue
                # evidence in the world city's country says nothing against a namesake in
                # the home's state when that country is the home's: a local story's own
                # American places do not make Kansas's "Manhattan" New York's, and the
                # namesake at home gains from them like any town of the home's country
                home_town = namesake and local and not abroad
                score += _context_score(c, source, context, world and not home_town,
                                        abroad if namesake and local else backed, s, alias)
            else:
                score += _context_score(c, source, context, world, backed, s, alias)
        scored.append((score, c))
    scored.sort(key=lambda sc: (-sc[0], -sc[1].population, sc[1].geonameid))
    return scored


def qualifier_score(c: Candidate, qualifiers: Sequence[Candidate],
                    settings: WhereSettings = DEFAULT_SETTINGS) -> float:
    """What the places written after a name ("Paris, Texas": ``qualifiers``, every reading
    of "Texas") add to ``c``: ``qualifier_country`` when one of them is its country (or
    another area of it), and ``qualifier_admin1`` more when one is its state. A state says
    more than its country: "Hartford, Connecticut" is not Kentucky's Hartford, which a
    state written after the name contradicts, so a reading in the qualifier's country but
    in another of its states gains nothing from that state."""
    best = 0.0
    for q in qualifiers:
        if q.geonameid == c.geonameid or q.country_code != c.country_code:
            continue
        if q.feature_code != "ADM1":
            best = max(best, settings.qualifier_country)
        elif q.admin1 == c.admin1:
            return settings.qualifier_country + settings.qualifier_admin1
    return best


def _context_score(c: Candidate, source: str, context: Context, world: bool, backed: bool,
                   settings: WhereSettings, alias: bool = False) -> float:
    """What the article's evidence adds to the score of ``c``: shares of it in its country
    and state, places near it, other local names around it. A capital or world city beats a
    small namesake (``world``) unless the article points to the namesake: its country alone
    does not, nor its state when the article is also in the world city's country
    (``backed``: "the Texas governor flew to Paris to meet French officials"). ``alias``: a
    small town known by the name of a world city or of a much bigger town only as another
    name, which places near it and its state do not point to."""
    s = settings
    share_c, share_a = context.shares(c, source)
    point = share_c > 0 and not is_broad(c) and not alias  # (both tests below ask it)
    near = point and context.near(c, source)
    closeness = context.closeness(c, source) if point else 0
    score = s.near_bonus * near + s.soft_near_bonus * closeness
    if not alias:
        score += s.cluster_bonus * _supporters(c, source, context, world, s)
    # a place of the article near the namesake points to it, unless the article is also in
    # the world city's country (``backed``), where the namesake needs its own state too: a
    # Mexican story's "El Paso" beside Mexico City and "Texas" is the Texan city, not a
    # village of the State of Mexico
    pointed = (near or closeness > 0) and (share_a > 0 or not backed)
    if world and small(c, s) and not (pointed or (share_a > 0 and not backed)):
        return score
    return score + s.context_country * share_c + s.context_admin1 * share_a * (not alias)


def _backed_abroad(kept: Sequence[Candidate], source: str, context: Context, home: Candidate,
                   settings: WhereSettings) -> bool:
    """The article has evidence in the country of a capital or world city of the name that
    lies outside the home's country ("Athens" in a Georgia paper's story that names Greece).
    Not a word NER did not call a place, read there only for lying near the world city (a
    meeting room's name in a Dublin, Ohio paper read as a suburb of Ireland's capital): what
    backs a world city must not be its own echo."""
    return any(not small(c, settings) and c.feature_class == "P"
               and c.country_code != home.country_code
               and context.named_in(c.country_code, source) for c in kept)


def at_home(c: Candidate, home: Candidate, settings: WhereSettings) -> bool:
    """``c`` lies in the home's first-level division, or within ``home_city_km`` of a home
    that is a city (a home that is a country has no such part)."""
    if home.country_code != c.country_code or home.feature_code.startswith("PCL"):
        return False
    if home.admin1 and c.admin1 == home.admin1:
        return True
    return not is_broad(home) and not is_broad(c) \
        and abs(home.lat - c.lat) * KM_PER_DEGREE <= settings.home_city_km \
        and km(home.lat, home.lon, c.lat, c.lon) <= settings.home_city_km


def _home_score(c: Candidate, source: str, context: Context, home: Candidate, local: bool,
                world_backed: bool | None, settings: WhereSettings, full: bool = False
                ) -> float:
    """What the article's home (:mod:`.home`) adds to ``c``: ``home_admin1`` in the home's
    first-level division or within ``home_city_km`` of a home city (``local``: see
    :func:`at_home`), ``home_country`` in
    its country, times the home's share of the article's evidence (``home_weight`` against
    the weight of the evidence of the article's other names outside the home's country:
    a story set abroad hardly feels the home, a local one fully). ``world_backed`` is None
    unless ``c`` is a small namesake of a capital or world city: then it gains only from a
    home in its division or near it (the home's country alone does not move "Paris"), and
    nothing when the article has evidence in the country of a world city of the name abroad
    (``world_backed`` True: "Athens" in a Georgia paper's story that names Greece stays in
    Greece; "Manhattan" in a Kansas paper's is not held in New York by the article's other
    American places). ``full``: ``c`` is such a namesake at home and nothing of the article
    is in the world city's country: the home counts fully, whatever else the article names
    abroad (a London, Ontario paper's story of its sister city in China: its "London" is
    its own, the Chinese places say nothing of England)."""
    s = settings
    if not home.country_code or c.country_code != home.country_code or world_backed:
        return 0.0
    if world_backed is not None and not local:
        return 0.0
    if s.home_weight <= 0:
        return 0.0
    share = 1.0 if full else \
        s.home_weight / (s.home_weight + context.weight_elsewhere(source, home.country_code))
    return share * (s.home_country + (s.home_admin1 if local else 0.0))


def _supporters(c: Candidate, source: str, context: Context, world: bool,
                settings: WhereSettings) -> int:
    """How many other local names of the article can be read near ``c`` (at most
    ``cluster_cap``); none below ``cluster_min_world`` when the name is also a capital's or a
    world city's and ``c`` is a small namesake: a world city gives way only to a cluster."""
    near = context.support.get(c.geonameid)
    if not near:
        return 0
    found = len(near - {source})
    if world and small(c, settings) and found < settings.cluster_min_world:
        return 0
    return min(found, settings.cluster_cap)


def _local_name(candidates: Iterable[Candidate], settings: WhereSettings) -> bool:
    """No reading of the name is a country, a state, a continent, a capital or a world city
    (a county of a big city's people is still a county)."""
    return not any(is_broad(c) or c.feature_code == "PPLC" or (
        c.feature_class == "P" and c.population >= settings.big_city_population)
        or seat_city(c, settings.seat_city_population) for c in candidates)


def cluster_support(names: Sequence[tuple[str, Sequence[Candidate]]],
                    settings: WhereSettings = DEFAULT_SETTINGS) -> dict[int, frozenset[str]]:
    """GeoNames id -> the other names (keys) that have a reading within ``cluster_km`` of that
    entry: local news names several towns of one area ("Alexandria", "Brandon",
    "Kensington" and "Douglas County" all lie in one county of one state, and nowhere else
    together), which says which of each name's namesakes the article means. Only points
    count (no country or state), and only local names: a name that is also a country's, a
    state's, a capital's or a world city's supports no namesake, or "Paris", "London" and
    "Athens" in a world story would lie together in one small state that has towns of all
    three names."""
    cell = settings.cluster_km / KM_PER_DEGREE
    # each name once, with every reading any of its mentions has (a local paper repeats
    # its town's name a dozen times)
    readings: dict[str, dict[int, Candidate]] = {}
    for source, candidates in names:
        readings.setdefault(source, {}).update((c.geonameid, c) for c in candidates)
    grid: dict[tuple[int, int], list[tuple[str, Candidate]]] = {}
    for source, by_id in readings.items():
        if not _local_name(by_id.values(), settings):
            continue
        for c in by_id.values():
            if not is_broad(c):
                grid.setdefault((int(c.lat // cell), int(c.lon // cell)), []).append((source, c))
    if not grid:
        return {}  # no local name: none supports another (and most articles have few)
    support: dict[int, set[str]] = {}
    for source, by_id in readings.items():
        if len(by_id) < 2:
            continue  # a name of one reading is not in doubt: no support to weigh
        for c in by_id.values():
            if is_broad(c):
                continue
            y, x = int(c.lat // cell), int(c.lon // cell)
            # at tens of kilometres a flat projection is as good as the great circle, and
            # far cheaper (this runs for every reading of every name)
            squeeze = math.cos(math.radians(c.lat))
            near = {other for dy in (-1, 0, 1) for dx in (-1, 0, 1)
                    for other, o in grid.get((y + dy, x + dx), ())
                    if other != source and (o.lat - c.lat) ** 2 + ((o.lon - c.lon) * squeeze) ** 2
                    <= cell * cell}
            if near:
                support.setdefault(c.geonameid, set()).update(near)
    return {gid: frozenset(names) for gid, names in support.items()}


def small(c: Candidate, settings: WhereSettings) -> bool:
    """A place that is neither an area nor a capital nor a world city (nor a division's
    seat known by its name: :func:`~newsevents.gazetteer.names.seat_city`)."""
    return not is_broad(c) and c.feature_code != "PPLC" \
        and c.population < settings.big_city_population \
        and not seat_city(c, settings.seat_city_population)


def evidence_of(ranked: Ranked, settings: WhereSettings = DEFAULT_SETTINGS) -> Evidence:
    """What one resolved toponym says about the article: nothing unless it is sure."""
    s = settings
    evidence = Evidence()
    if not ranked or ranked[0][0] < s.min_score:
        return evidence
    top = ranked[0][1]
    broad = is_broad(top)
    close = [c for score, c in ranked if ranked[0][0] - score < s.confident_margin]
    if not top.country_code:
        return evidence
    # (counts set, not added to: each is the first in its fresh Counter, and a missing
    # key costs Counter a call of __missing__)
    if broad or len(close) == 1:
        evidence.countries[top.country_code] = 1
        if top.admin1 and not top.feature_code.startswith("PCL"):
            evidence.admin1s[(top.country_code, top.admin1)] = 1
        if not broad:
            evidence.points.append((top.lat, top.lon))
    else:
        # the name is in doubt: its weight is shared among its likely readings, so that names
        # in doubt each ("Fairview", "Pike County", "Salem") agree on their state
        likely = [c for score, c in ranked if ranked[0][0] - score < s.soft_margin
                  and c.country_code]
        countries, admin1s = evidence.countries, evidence.admin1s
        for c in likely:
            countries[c.country_code] = countries.get(c.country_code, 0) \
                + s.soft_weight / len(likely)
            if c.admin1 and not is_broad(c):
                key = (c.country_code, c.admin1)
                admin1s[key] = admin1s.get(key, 0) + s.soft_weight / len(likely)
            if not is_broad(c):
                evidence.likely.append((c.lat, c.lon, s.soft_weight / len(likely)))
    return evidence


def is_broad(c: Candidate) -> bool:
    """A country, a first-level division, a continent or a well-known region or water: an
    area, not a point."""
    return c.feature_code.startswith("PCL") or c.feature_code in ("ADM1", "CONT") \
        or not is_geonames_id(c.geonameid)


def source_key(name: str) -> str:
    """The key a name's evidence is kept under in a :class:`Context`."""
    return name.removeprefix("the ").removeprefix("The ").lower()
