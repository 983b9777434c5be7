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
3. A source needs ``min_articles`` articles with a confident place (or ``few_articles``
   when every one of them votes for the same division); its home is the division
   voted for by at least ``admin1_share`` of them when that is at least ``margin`` times the
   votes of the runner-up division; else the country voted for by at least
   ``country_share`` of them, by the same margin over the next country; else none. A home
   learned from the coder's own output can only repeat what the text already says often:
   it helps the articles of the source that name a town alone, and a source of scattered
   places (a wire service, world news) gets none.

The rule is circular where the coder misread the paper's own town: without a home, a lone
"Dublin" is the Irish capital and "London" England's, and a Dublin, Ohio paper would vote for
Ireland in every story about its city council. So a vote must not rest on the reading in
doubt:

4. A confident place does not vote when its article contradicts it: the name has another
   reading (a namesake in the gazetteer) in a first-level division where another of the
   article's confident places lies, itself named otherwise ("Dublin" read as Ireland's
   capital in a story that also names Ohio, or Columbus, or Franklin County, all of which
   have a Dublin). Its vote is withheld, never moved to the namesake: the article's other
   places vote for their division anyway, and a withheld vote can only make the learner
   more cautious. Evidence that does not depend on such a reading (a state named in the
   text, "Dublin, Ohio" with its qualifier, a name with no namesake) is never withheld,
   since nothing in the article contradicts it. A place read less confidently (at least
   ``contradict_score``) may contradict one: it withholds, it does not vote.
5. One sense per source: a name that the source's confident places read in two divisions
   or more ("London" as England's capital in two stories, as London, Ontario in two others)
   is in doubt in all of them and votes in none; the source's other places decide. A state
   or a country is not withheld so (its name is not the town in doubt).

6. A source that gets no home by its votes may be named after its town ("columbuslocalnews.com",
   "middletownpress.com"): a place name inside its domain's first label is a clue, taken only
   where the source's own articles already read that name (with at least
   ``contradict_score``), and all in one first-level division, which becomes the home. The
   domain alone decides nothing: a town's name is shared by dozens of places, and a name
   the articles never read, or read in two divisions, gives no home.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Container, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..gazetteer import Candidate, Gazetteer, is_geonames_id
from .ranking import is_broad

UNKNOWN_SOURCE = ""  # the group of records whose article names no source


@dataclass(frozen=True)
class HomeRule:
    """The thresholds of :func:`learn_homes` (see the module docstring for the rule)."""

    # the place score of a confident place: the stage gives 0.9 and more to names read with
    # a clear margin, about 0.4-0.6 to a lone town among namesakes (which must not vote for
    # the state it was guessed in)
    min_score: float = 0.8
    # the score of a place that may contradict a confident one (rule 4): lower, since it
    # only withholds a vote, never casts one ("Ontario" read at 0.78 still says that the
    # paper's "London" may be Ontario's)
    contradict_score: float = 0.5
    # too few articles are no evidence of a paper's beat: three agreeing stories are the
    # least that is not chance ...
    min_articles: int = 3
    # ... unless every one of them agrees: two stories of a small source that both place
    # something in one division, and nothing anywhere else, are as clear as three of four
    few_articles: int = 2
    # the division a majority of the source's articles place something in ...
    admin1_share: float = 0.5
    # ... or, failing one, the country two articles in three do
    country_share: float = 0.67
    # ... by a clear margin over the runner-up (a paper of two neighbouring states gets the
    # country, or nothing)
    margin: float = 2.0
    # the shortest place name looked for in a source's domain (rule 6): shorter ones turn
    # up inside other words ("Ada" in "canada")
    min_name_letters: int = 5


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
    # the place name of the source's domain the home was found by (rule 6), else ""
    clue: str = ""

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
    return {source: learn_home(records, gazetteer, rule, source)
            for source, records in groups.items()}


def learn_home(records: Iterable[Any], gazetteer: Gazetteer,
               rule: HomeRule = DEFAULT_RULE, source: str = "") -> LearnedHome | None:
    """The home of one source's records (``source``: its name, a domain, for rule 6), or
    None (see the module docstring)."""
    records = [_as_dict(record) for record in records]
    voted = _voted_home(records, gazetteer, rule)
    return voted if voted is not None else _home_in_name(source, records, gazetteer, rule)


def _voted_home(records: Sequence[dict[str, Any]], gazetteer: Gazetteer,
                rule: HomeRule) -> LearnedHome | None:
    """The home the records vote for (rules 1-5 of the module docstring), or None."""
    admin1s: Counter[tuple[str, str]] = Counter()
    countries: Counter[str] = Counter()
    voting = 0
    doubted = _read_two_ways(records, gazetteer, rule)
    for record in records:
        places = _votes(record["places"], gazetteer, rule, doubted)
        if not places:
            continue
        voting += 1
        admin1s.update({(c.country_code, c.admin1) for c in places
                        if c.admin1 and not c.feature_code.startswith("PCL")})
        countries.update({c.country_code for c in places})
    if voting < rule.few_articles:
        return None
    if voting < rule.min_articles:
        # a small source: a home only when every article votes for the same division and
        # none for another
        ranked = admin1s.most_common(2)
        if not ranked or ranked[0][1] < voting or len(ranked) > 1:
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


def domain_label(source: str) -> str:
    """The letters of the first label of a source's domain, lower case, without "www."
    ("https://www.Columbus-LocalNews.com/x" -> "columbuslocalnews"); "" for a source that
    is no domain."""
    host = source.lower().split("://")[-1].split("/")[0].removeprefix("www.")
    if "." not in host:
        return ""
    return "".join(ch for ch in host.split(".")[0] if ch.isalpha())


def _home_in_name(source: str, records: Sequence[dict[str, Any]], gazetteer: Gazetteer,
                  rule: HomeRule) -> LearnedHome | None:
    """Rule 6 of the module docstring: the first-level division where the source's articles
    read a place name that its domain holds, when they read it in that division only."""
    label = domain_label(source)
    if len(label) < rule.min_name_letters:
        return None
    divisions: dict[tuple[str, str], set[int]] = {}
    clue = ""
    for n, record in enumerate(records):
        for place in record["places"]:
            entry = _confident(place, gazetteer, rule, rule.contradict_score)
            if entry is None or not entry.admin1 or entry.feature_code.startswith("PCL"):
                continue
            for name in {_name(place), _name(entry)}:
                letters = "".join(ch for ch in name if ch.isalpha())
                if len(letters) >= rule.min_name_letters and letters in label:
                    divisions.setdefault((entry.country_code, entry.admin1), set()).add(n)
                    clue = clue or name
    if len(divisions) != 1:
        return None  # never read, or read in two divisions: the name does not say which
    (iso2, admin1), articles = next(iter(divisions.items()))
    place = gazetteer.division(iso2, admin1)
    if place is None:
        return None
    return LearnedHome(place, "admin1", len(articles), len(records), 0, clue)


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


def _read_two_ways(records: Sequence[dict[str, Any]], gazetteer: Gazetteer,
                   rule: HomeRule) -> frozenset[str]:
    """The names (lower case) that the source's records read as places in two divisions
    or more (rule 5 of the module docstring)."""
    divisions: dict[str, set[tuple[str, str]]] = {}
    for record in records:
        for place in record["places"]:
            entry = _confident(place, gazetteer, rule)
            if entry is not None and not is_broad(entry):
                # under its words and its entry's name: "Dublin City" and "DUBLIN" are
                # "Dublin" too
                for name in {_name(place), _name(entry)} - {""}:
                    divisions.setdefault(name, set()).add((entry.country_code, entry.admin1))
    return frozenset(name for name, found in divisions.items() if len(found) > 1)


def _votes(places: Iterable[dict[str, Any]], gazetteer: Gazetteer, rule: HomeRule,
           doubted: Container[str] = frozenset()) -> list[Candidate]:
    """The entries an article votes with: its confident places (:func:`_confident`) but
    those its other places contradict and those the source reads two ways (``doubted``,
    lower case): rules 4 and 5 of the module docstring."""
    places = list(places)
    confident = [(p, c) for p, c in ((p, _confident(p, gazetteer, rule)) for p in places)
                 if c is not None]
    # what may contradict a reading: a place read with less confidence too (withholding a
    # vote only makes the learner more cautious)
    located = [(p, c) for p, c in ((p, _confident(p, gazetteer, rule, rule.contradict_score))
                                   for p in places) if c is not None]
    kept = []
    for place, entry in confident:
        if (_name(place) in doubted or _name(entry) in doubted) and not is_broad(entry):
            continue
        names = {_name(place), _name(entry)} - {""}
        # the divisions of the article's other places, named otherwise
        around = {(c.country_code, c.admin1) for p, c in located
                  if c.admin1 and not c.feature_code.startswith("PCL")
                  and (_name(p) or _name(c)) not in names and _name(c) not in names}
        # (a state or a country named in the text is not the reading in doubt: its score
        # says how sure the stage was of it)
        if around and not is_broad(entry) and (entry.country_code, entry.admin1) not in around \
                and _namesake_in(place, entry, around, gazetteer):
            continue
        kept.append(entry)
    return kept


def _name(place: dict[str, Any] | Candidate) -> str:
    """A place's words (a record's ``text``, an entry's ``name``), lower case."""
    text = place.get("text") or place.get("name") or "" if isinstance(place, dict) \
        else place.name
    return str(text).lower()


def _namesake_in(place: dict[str, Any], entry: Candidate, around: set[tuple[str, str]],
                 gazetteer: Gazetteer) -> bool:
    """The name of ``place`` (read as ``entry``) has another reading in one of the
    divisions ``around`` (country, admin1)."""
    for name in {place.get("text") or "", entry.name}:
        for c in gazetteer.lookup(str(name)) if name else ():
            if c.geonameid != entry.geonameid and c.admin1 \
                    and not c.feature_code.startswith("PCL") \
                    and (c.country_code, c.admin1) in around:
                return True
    return False


def _confident(place: dict[str, Any], gazetteer: Gazetteer, rule: HomeRule,
               min_score: float | None = None) -> Candidate | None:
    """The gazetteer entry of a record's place when it is confident (see the module
    docstring; ``min_score``, when given, instead of the rule's), else None."""
    geonameid, score = place.get("geonameid"), place.get("score")
    least = rule.min_score if min_score is None else min_score
    if not is_geonames_id(geonameid) or score is None or score < least:
        return None
    entry = gazetteer.by_id(int(geonameid))
    if entry is None or not entry.country_code or entry.feature_code == "CONT":
        return None
    return entry


def _as_dict(record: Any) -> dict[str, Any]:
    """A record as a dict (a :class:`~newsevents.record.CodedArticle` or its dict)."""
    return record if isinstance(record, dict) else record.to_dict()
