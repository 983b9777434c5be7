"""An article's home region: where its newspaper is, as weak evidence for its toponyms.

A local paper names its own towns without their state ("Mansfield" in an Ohio paper, "London"
in one of London, Ontario): nothing in the text says which namesake, but a reader knows where
the paper is. A *home* is that knowledge given to the ``where`` stage: a place (a country, a
first-level division or a city) that counts like an implicit mention of it far from every
sentence (scored in :func:`.ranking.rank`, weights in :mod:`.settings`):

* a candidate in the home's first-level division (or within ``home_city_km`` of a home city)
  gains ``home_admin1``, one in the home's country ``home_country``;
* both times the home's share of the article's evidence: the home weighs ``home_weight``
  against the evidence of the article's names, actors and adjectives outside the home's
  country (a local story feels it fully, a story set abroad hardly);
* never for a name with a qualifier ("Paris, France", "Springfield, Massachusetts": the text
  says which), and a small namesake of a capital or world city gains from the home only in
  the home's division or near its city, and only when the article has no evidence in the
  world city's country when that is not the home's ("Athens" in a Georgia paper's story
  on Greece stays Athens, Greece);
* with nothing of the article in the world city's country, such a namesake at home gets the
  home's weight in full whatever else the story names abroad, and the world city abroad no
  context (what lies near it is its own echo: words NER did not call places, read near it
  for its sake, do not put the article in its country); a namesake at home gains from
  the article's evidence in the home's country like any town of it ("Manhattan" of a
  Kansas paper beside other American places); a place at home is never far from the story
  (:mod:`.precision`'s isolation), and a name with a kind of place added that is known only
  away from the home ("the City of Norfolk" in a Nebraska paper) is the bare name's town.

A home is given as text, ``"Ohio, US"``, ``"London, Ontario"``, ``"Illinois"``, ``"US"``, or
as a GeoNames id (``"4174"``): :func:`parse_home` resolves it with the gazetteer.
"""

from __future__ import annotations

import logging
from functools import lru_cache

from ..gazetteer import MAIN, Candidate, Gazetteer
from .ranking import is_broad, prior

logger = logging.getLogger(__name__)


class HomeError(ValueError):
    """A home hint the gazetteer cannot resolve to one place."""


def parse_home(hint: str, gazetteer: Gazetteer) -> Candidate:
    """The place a home hint names: a GeoNames id, or a name with the states or countries it
    lies in after commas ("London, Ontario", "Ohio, US"); of the entries that fit, the one a
    name means first (country, state, capital, then by population). Raises
    :class:`HomeError` when nothing fits."""
    hint = hint.strip()
    if hint.isdigit():
        found = gazetteer.by_id(int(hint))
        if found is None:
            raise HomeError(f"no place with GeoNames id {hint}")
        return found
    name, *qualifiers = [part.strip() for part in hint.split(",")]
    candidates = [c for c in gazetteer.lookup(name) if c.country_code]
    for q in qualifiers:
        if not q:
            continue
        areas = [a for a in gazetteer.lookup(q) if is_broad(a) and a.country_code]
        if not areas:
            raise HomeError(f"not a state or country: {q!r} (in home {hint!r})")
        candidates = [c for c in candidates if any(_within(c, a) for a in areas)]
    if not candidates:
        raise HomeError(f"no place called {hint!r}")
    # the order a name is read in without context: "US" is the country (a second name of
    # it) before a village called Us, "Georgia" the country unless "US" follows
    return max(candidates, key=lambda c: (prior(c), c.kind == MAIN, c.population))


def _within(c: Candidate, area: Candidate) -> bool:
    """``c`` lies in ``area`` (a country, or a first-level division) and is not it."""
    if c.geonameid == area.geonameid or c.country_code != area.country_code:
        return False
    if area.feature_code == "ADM1":
        return c.admin1 == area.admin1 and not c.feature_code.startswith("PCL")
    return True


def cached_home(hint: str, gazetteer: Gazetteer, article: str = "") -> Candidate | None:
    """:func:`parse_home` once per hint and gazetteer (a source's articles share one); None
    for a hint that names no place, with a warning naming the ``article`` and the reason
    (the stage codes it without a home)."""
    found, problem = _parsed_home(hint, gazetteer)
    if problem is not None:
        logger.warning("%shome ignored: %s", f"{article}: " if article else "", problem)
    return found


@lru_cache(maxsize=256)
def _parsed_home(hint: str, gazetteer: Gazetteer) -> tuple[Candidate | None, str | None]:
    """:func:`parse_home`'s entry, or why the hint names no place."""
    try:
        return parse_home(hint, gazetteer), None
    except HomeError as exc:
        return None, str(exc)
