"""Learning a source's home from its own coded articles (a "local lexicon", after Lieberman,
Samet and Sankaranarayanan, 2010: a local paper's readers know its town, and so does the rest
of what it prints).

In:  coded-article records (ours, as :meth:`CodedArticle.to_dict` gives them or the objects
     themselves), grouped by source (:func:`by_source` groups them by ``article.source``).
Out: for each source, a :class:`LearnedHome` (a first-level division or a country, with the
     figures it was chosen on) or None (:func:`learn_homes`); its ``hint`` is what
     ``--home``, ``Coder.code(home=...)`` and the JSONL ``home`` key take.

The rule, with the thresholds of :class:`HomeRule`:

1. A place of a record is *confident* when it has a GeoNames id and a score of at least
   ``min_score`` (the ``where`` stage's 0-1 score, which is high only for a name read with a
   clear margin over its namesakes: a qualified, unambiguous or well-supported one). Regions
   of the project's own (no GeoNames id) and continents say nothing about a paper's home.
2. Each article votes once for every first-level division (and once for every country) that
   one of its confident places lies in: a paper repeating its town's name a dozen times in one
   story is one vote, and a division the paper writes about in many stories gathers many.
3. A source needs ``min_articles`` articles with a confident place; its home is the division
   voted for by at least ``admin1_share`` of them when that is at least ``margin`` times the
   votes of the runner-up division; else the country voted for by at least
   ``country_share`` of them, by the same margin over the next country; else none. A home
   learned from the coder's own output can only repeat what the text already says often:
   it helps the articles of the source that name a town alone, and a source of scattered
   places (a wire service, world news) gets none.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from ..gazetteer import Candidate, Gazetteer, is_geonames_id

UNKNOWN_SOURCE = ""  # the group of records whose article names no source


@dataclass(frozen=True)
class HomeRule:
    """The thresholds of :func:`learn_homes` (see the module docstring for the rule)."""

    # the place score of a confident place: the stage gives 0.9 and more to names read with
    # a clear margin, about 0.4-0.6 to a lone town among namesakes (which must not vote for
    # the state it was guessed in)
    min_score: float = 0.8
    # too few articles are no evidence of a paper's beat: three agreeing stories are the
    # least that is not chance
    min_articles: int = 3
    # the division a majority of the source's articles place something in ...
    admin1_share: float = 0.5
    # ... or, failing one, the country two articles in three do
    country_share: float = 0.67
    # ... by a clear margin over the runner-up (a paper of two neighbouring states gets the
    # country, or nothing)
    margin: float = 2.0


DEFAULT_RULE = HomeRule()


@dataclass(frozen=True)
class LearnedHome:
    """A source's home as learned: the place (a first-level division or a country), its
    level (``admin1`` or ``country``), how many of the source's articles voted for it, of how
    many with a confident place, and the runner-up's votes."""

    place: Candidate
    level: str
    votes: int
    articles: int
    runner_up: int

    @property
    def hint(self) -> str:
        """The home as ``--home`` takes it: the place's GeoNames id."""
        return str(self.place.geonameid)


def by_source(records: Iterable[Any]) -> dict[str, list[Any]]:
    """Records grouped by their article's ``source`` (:data:`UNKNOWN_SOURCE` when none)."""
    groups: dict[str, list[Any]] = {}
    for record in records:
        article = _as_dict(record)["article"]
        groups.setdefault(article.get("source") or UNKNOWN_SOURCE, []).append(record)
    return groups


def learn_homes(groups: Mapping[str, Iterable[Any]], gazetteer: Gazetteer | None = None,
                rule: HomeRule = DEFAULT_RULE) -> dict[str, LearnedHome | None]:
    """Source -> its home, or None when its confident places are not concentrated enough in
    one division or country (see the module docstring)."""
    if gazetteer is None:
        from ..gazetteer import shared_gazetteer

        gazetteer = shared_gazetteer()
    return {source: learn_home(records, gazetteer, rule) for source, records in groups.items()}


def learn_home(records: Iterable[Any], gazetteer: Gazetteer,
               rule: HomeRule = DEFAULT_RULE) -> LearnedHome | None:
    """The home of one source's records, or None (see the module docstring)."""
    admin1s: Counter[tuple[str, str]] = Counter()
    countries: Counter[str] = Counter()
    voting = 0
    for record in records:
        places = [c for c in (_confident(p, gazetteer, rule) for p in _as_dict(record)["places"])
                  if c is not None]
        if not places:
            continue
        voting += 1
        admin1s.update({(c.country_code, c.admin1) for c in places
                        if c.admin1 and not c.feature_code.startswith("PCL")})
        countries.update({c.country_code for c in places})
    if voting < rule.min_articles:
        return None
    found = _winner(admin1s, voting, rule.admin1_share, rule.margin)
    if found is not None:
        (iso2, admin1), votes, second = found
        place = gazetteer.division(iso2, admin1)
        if place is not None:
            return LearnedHome(place, "admin1", votes, voting, second)
    found_country = _winner(countries, voting, rule.country_share, rule.margin)
    if found_country is not None:
        iso2, votes, second = found_country
        country = gazetteer.country(iso2)
        if country is not None:
            return LearnedHome(country, "country", votes, voting, second)
    return None


def _winner(votes: Counter[Any], voting: int, share: float, margin: float
            ) -> tuple[Any, int, int] | None:
    """The most voted key with at least ``share`` of ``voting`` articles and ``margin``
    times the runner-up's votes, with its votes and the runner-up's; else None."""
    ranked = votes.most_common(2)
    if not ranked:
        return None
    key, top = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0
    if top < share * voting or top < margin * second:
        return None
    return key, top, second


def _confident(place: dict[str, Any], gazetteer: Gazetteer, rule: HomeRule
               ) -> Candidate | None:
    """The gazetteer entry of a record's place when it is confident (see the module
    docstring), else None."""
    geonameid, score = place.get("geonameid"), place.get("score")
    if not is_geonames_id(geonameid) or score is None or score < rule.min_score:
        return None
    entry = gazetteer.by_id(int(geonameid))
    if entry is None or not entry.country_code or entry.feature_code == "CONT":
        return None
    return entry


def _as_dict(record: Any) -> dict[str, Any]:
    """A record as a dict (a :class:`~newsevents.record.CodedArticle` or its dict)."""
    return record if isinstance(record, dict) else record.to_dict()
