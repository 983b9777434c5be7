"""Points of toponyms that act or describe: "Moscow said", "Russian troops", "Kyiv's
decision" are mentions of actors, not places, but they still name a place, and a map of
actors needs it (Contract 2 of the design notes).

In:  the Doc's actor mentions (``doc._.actors``), its toponyms (``doc._.toponyms``, those
     used as actors and the country adjectives included) and the gazetteer.
Out: ``doc._.actor_points``, actor index -> :class:`ActorPoint`: the point of the place the
     mention's words name (Moscow's for "Moscow said", Russia's for "Russian troops"), and the
     point of the entity itself when it is a place (a state: its country; a city acting as
     an actor: the city). Also corrects ``doc._.actors`` in place where the actors stage read
     a country from a place name that this stage resolves otherwise
     (:func:`correct_place_countries`): the one fact two stages decide, decided last by the
     stage with the whole article's evidence.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span

from ..actor_types import ActorInfo, ActorMention
from ..extensions import token_table
from ..gazetteer import Candidate, Gazetteer
from ..words import PLACE_NOUNS, RELATIONAL_ROLES
from .mentions import PlaceMention


@dataclass(frozen=True)
class Point:
    """A GeoNames entry's id and coordinates."""

    geonameid: int
    lat: float
    lon: float


@dataclass(frozen=True)
class ActorPoint:
    """Where an actor mention's words point (``mention``) and where its entity is
    (``entity``, for states and places acting); either may be None."""

    mention: Point | None
    entity: Point | None


def actor_points(actors: Sequence[ActorMention], toponyms: Sequence[PlaceMention],
                 gazetteer: Gazetteer) -> dict[int, ActorPoint]:
    """Actor index -> its :class:`ActorPoint`, for the actors that have any point."""
    located = [t for t in toponyms if t.geonameid is not None and t.lat is not None]
    within = _Within(located)
    out = {}
    for n, actor in enumerate(actors):
        inside = within.first(actor)
        mention = _point(inside) if inside is not None else None
        entity = _entity_point(actor.info, gazetteer)
        if entity is None and inside is not None and not inside.adjective \
                and actor.info.kind != "person" \
                and (inside.start_char, inside.end_char) == (actor.start_char, actor.end_char):
            entity = mention  # a place acting as itself ("the Donetsk region said")
        if mention is not None or entity is not None:
            out[n] = ActorPoint(mention, entity)
    return out


def correct_place_countries(actors: Sequence[ActorMention], toponyms: Sequence[PlaceMention],
                            gazetteer: Gazetteer) -> None:
    """Give an actor whose country the actors stage read from a place name (a city acting,
    "police in Victoria") the country of the place the where stage resolved that name to,
    with the whole article as evidence: "Floods in Valencia" is Spain's Valencia in a story
    of Spanish officials, not Venezuela's larger one; "Victoria" with "Melbourne" is the
    Australian state, not the capital of the Seychelles. A city acting becomes that city, and
    a state's name the article reads as a division of another country ("Georgia, the U.S.
    state") that division's authorities."""
    _organisations_that_are_places(actors, toponyms, gazetteer)
    moved: dict[str, str] = {}  # a state's country -> the country its name was read in
    # token -> the first resolved toponym over it (one pass, not one per actor)
    resolved_at: dict[int, PlaceMention] = {}
    for t in toponyms:
        if t.lat is not None and t.country_code:
            for i in range(t.start, t.end):
                resolved_at.setdefault(i, t)
    for actor in actors:
        info = actor.info
        at = info.country_from
        if info.kind == "state":  # "Officials in Georgia, the U.S. state": not the country
            at = actor.start
        place = resolved_at.get(at) if at is not None else None
        country = gazetteer.iso3(place.country_code) if place is not None else None
        if place is None or country is None or country == info.country \
                or info.country == "IGO":  # "the Brussels team" is the EU's, wherever it sits
            continue
        if _adjective_of(place.text, info.country, gazetteer):
            continue  # "Somali National Army": Somalia's, not Ethiopia's Somali Region's
        via = f"{info.via}; {place.text} read as {place.name}, {place.country_code}"
        if info.kind == "state" and info.country:
            moved[info.country] = country
        if info.key.startswith("city:") or info.kind == "state":
            # a city acting becomes the city the article means; a region keeps the name as
            # written; a state's name read as a division's is that division's authorities
            name = place.name if place.feature_code.startswith("PPL") else actor.text
            info = replace(info, key=f"city:{place.geonameid}", name=name,
                           kind="agent" if info.kind == "state" else info.kind)
        actor.info = replace(info, country=country, via=via)
    _reguess(actors, moved)


def _adjective_of(word: str, country: str | None, gazetteer: Gazetteer) -> bool:
    """Whether ``word`` is the country adjective of ``country`` (ISO alpha-3), which a
    division of another country may bear as its name: the adjective it was read as."""
    iso2 = gazetteer.demonym(word)
    return iso2 is not None and country is not None and gazetteer.iso2(country) == iso2


def countries_from_places(doc: Doc, actors: Sequence[ActorMention],
                          toponyms: Sequence[PlaceMention], gazetteer: Gazetteer) -> None:
    """A generic actor with no country of its own, or only the article's, that its own words
    say is from or of a place the where stage resolved takes that place's country:
    "fishermen from Zambales province", "residents of Kherson" (a province or a town the
    actors stage cannot place alone). Not "an ally of X", who is someone else."""
    located = [t for t in toponyms if t.lat is not None and t.country_code and not t.adjective]
    if not located:
        return  # no place to take a country from (no actor's root and children read)
    heads = _from_or_of_heads(doc, located)
    for actor in actors:
        info = actor.info
        if info.kind != "agent" or (info.country is not None and not info.country_guessed):
            continue
        if not any(actor.start <= i < actor.end for i in heads):
            continue  # its root is no such head: no place below it (no Span nor Token made)
        root = doc[actor.start:actor.end].root
        if root.lemma_.lower() in RELATIONAL_ROLES:
            continue
        # the place may be the object's modifier: "from Punjab province"
        objects = [w.i for c in root.children if c.dep_ == "prep" and c.lower_ in ("from", "of")
                   for g in c.children if g.dep_ == "pobj"
                   for w in (g, *(m for m in g.lefts if m.dep_ == "compound"))]
        place = next((t for t in located for i in objects if t.start <= i < t.end), None)
        country = gazetteer.iso3(place.country_code) if place is not None else None
        if country is not None and country != info.country:
            actor.info = replace(info, country=country, country_guessed=False,
                                 via=f"{info.via}; from {place.text}, {place.country_code}")


def _from_or_of_heads(doc: Doc, located: Sequence[PlaceMention]) -> set[int]:
    """The words a place of ``located`` is "from" or "of" in the parse: the heads of the
    prepositions whose object, or whose object's compound, is a word of the place (only an
    actor whose root is one of them can take the place's country in
    :func:`countries_from_places`), read from the token table."""
    table = token_table(doc)
    dep, head, lower = table.dep, table.head, table.lower
    found = set()
    for t in located:
        for w in range(t.start, t.end):
            g = head[w] if dep[w] == "compound" else w  # "from Punjab province"
            c = head[g]
            if dep[g] == "pobj" and dep[c] == "prep" and lower[c] in ("from", "of"):
                found.add(head[c])
    return found


def _organisations_that_are_places(actors: Sequence[ActorMention],
                                   toponyms: Sequence[PlaceMention], gazetteer: Gazetteer
                                   ) -> None:
    """An organisation or a person NER found, unknown to the knowledge base, whose words the
    where stage reads as a place ("shelling the El Fasher hospital", where NER calls "El
    Fasher" an organisation; "entered Goma, the largest city in eastern Congo", with "Goma" a
    person): that place's people and authorities, as a city acting is."""
    for actor in actors:
        info = actor.info
        if not info.key.startswith(("organization:", "person:")) or info.wikidata:
            continue
        # a toponym the text says is a place ("the Lachin region") even when unresolved
        place = next((t for t in toponyms if not t.adjective
                      and (t.start_char, t.end_char) == (actor.start_char, actor.end_char)
                      and (t.lat is not None or info.kind == "person")), None)
        if place is None:
            continue
        if not _peopled(place):
            continue  # (dropped by drop_places_that_cannot_act)
        country = gazetteer.iso3(place.country_code) if place.country_code else None
        key = f"city:{place.geonameid}" if place.geonameid else f"place:{place.name.lower()}"
        actor.info = replace(info, key=key, name=actor.text, kind="agent", country=country,
                             sector="CVL", office=None, via=f"{info.via}; a place: {place.name}")


# GeoNames feature codes of land with no people or authority of its own to act for it
# (besides every body of water, feature class H): "dams on the Tigris", "the Qandil mountains"
UNPEOPLED_CODES = frozenset({"MT", "MTS", "HLL", "HLLS", "DSRT", "VAL", "PLN", "PLAT", "RDGE",
                             "CAPE", "SHOL", "RF", "GLCR"})
WATER_CODES = frozenset({"STM", "STMS", "SEA", "OCN", "GULF", "BAY", "BAYS", "STRT", "CHN",
                         "CNL", "LK", "LKS", "RSV", "LGN", "SD", "INLT", "ESTY", "WTRC"})


def _peopled(place: PlaceMention) -> bool:
    """Whether a place has people or authorities that a name of it can stand for."""
    code = place.feature_code or ""
    return code not in UNPEOPLED_CODES and code not in WATER_CODES


# Prepositions after which a place is only where something is: "sank off Pylos" (not "at",
# which may name a target: "fired at the Saltivka district")
WHERE_PREPS = frozenset({"in", "near", "off", "outside", "inside", "around", "across",
                         "throughout", "within", "along"})


def _only_where(span: Span) -> bool:
    """The name is the object of a preposition of place, itself or as the name of a kind of
    place ("off the southern town of Pylos", "in the Ladakh region", "in Arauca and Cauca
    provinces"): where, not who."""
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head  # "Arauca and Cauca": as the first of the list
    if root.dep_ in ("compound", "nmod") and root.head.lemma_.lower() in PLACE_NOUNS:
        root = root.head  # "the Ladakh region"
    prep = root.head
    if root.dep_ != "pobj":
        return False
    if prep.lower_ == "of" and prep.head.lemma_.lower() in PLACE_NOUNS \
            and prep.head.dep_ == "pobj":
        prep = prep.head.head
    return prep.dep_ == "prep" and prep.lower_ in WHERE_PREPS


def drop_places_that_cannot_act(doc: Doc, toponyms: Sequence[PlaceMention]) -> None:
    """Remove the actors NER found (organisations, persons unknown to the knowledge base)
    that the where stage reads as a river, a sea or a mountain range ("the Tigris and
    Euphrates rivers", which NER calls organisations): no one acts for them; nor for a town
    named only as where something is ("sank off the town of Pylos", "in the disputed Shebaa
    Farms"). Rewrites ``doc._.actors`` and ``doc._.actor_at``."""
    actors = doc._.actors or []
    # only the words of actors that may be dropped are asked about: the other toponyms'
    # roles are never read (a Span and its root's walk per toponym cost more)
    droppable = {(a.start_char, a.end_char) for a in actors
                 if a.info.key.startswith(("organization:", "person:")) and not a.info.wikidata}
    unpeopled = {(t.start_char, t.end_char) for t in toponyms
                 if (t.start_char, t.end_char) in droppable
                 and not t.adjective and t.lat is not None
                 and (not _peopled(t) or _only_where(doc[t.start:t.end]))}
    if not unpeopled:
        return
    kept = [a for a in actors if not (
        a.info.key.startswith(("organization:", "person:")) and not a.info.wikidata
        and (a.start_char, a.end_char) in unpeopled)]
    if len(kept) != len(actors):
        doc._.actors = kept
        doc._.actor_at = {i: n for n, m in enumerate(kept) for i in range(m.start, m.end)}


def _reguess(actors: Sequence[ActorMention], moved: dict[str, str]) -> None:
    """Generic actors that took the article's country from states no longer read as such
    take the country those names were read in ("the federal government" beside "Georgia"
    read as the U.S. state)."""
    still = {a.info.country for a in actors if a.info.kind == "state"}
    for actor in actors:
        info = actor.info
        new = moved.get(info.country or "")
        if info.country_guessed and new is not None and info.country not in still:
            actor.info = replace(info, country=new, via=f"{info.via}; then {new}")


def _toponym_in(actor: ActorMention, located: Sequence[PlaceMention]) -> PlaceMention | None:
    """The first resolved toponym within the mention's characters ("Russian" in "Russian
    troops", "Moscow" in "Moscow")."""
    return next((t for t in located if actor.start_char <= t.start_char
                 and t.end_char <= actor.end_char), None)


class _Within:
    """:func:`_toponym_in` for many actors over the same toponyms (``located``): where they
    are in the order of the text, as the stage writes them, only those that start inside the
    actor's characters are looked at (found by bisection), not every toponym per actor."""

    def __init__(self, located: Sequence[PlaceMention]) -> None:
        self.located = located
        self.starts = [t.start_char for t in located]
        self.ordered = all(a <= b for a, b in zip(self.starts, self.starts[1:], strict=False))

    def first(self, actor: ActorMention) -> PlaceMention | None:
        """The first toponym of ``located`` within the actor's characters, or None."""
        if not self.ordered:
            return _toponym_in(actor, self.located)
        # the toponyms before ``lo`` start before the actor; those from ``hi`` on start
        # after its end, so none of them ends inside it
        lo = bisect_left(self.starts, actor.start_char)
        hi = bisect_right(self.starts, actor.end_char, lo)
        return next((t for t in self.located[lo:hi] if t.end_char <= actor.end_char), None)


def _point(m: PlaceMention | Candidate) -> Point:
    assert m.geonameid is not None and m.lat is not None and m.lon is not None
    return Point(m.geonameid, m.lat, m.lon)


def _entity_point(info: ActorInfo, gazetteer: Gazetteer) -> Point | None:
    """A state's country entry, or the city of an actor known as a city ("city:ID")."""
    if info.kind == "state" and info.country and len(info.country) == 3:
        iso2 = gazetteer.iso2(info.country)
        country = gazetteer.country(iso2) if iso2 else None
        return _point(country) if country is not None else None
    kind, _, rest = info.key.partition(":")
    if kind == "city" and rest.isdigit():
        city = gazetteer.by_id(int(rest))
        return _point(city) if city is not None else None
    return None
