"""Typed objects of the coded-article record (Contract 2, ``schema_version`` "1").

Every object carries character offsets into ``Article.text`` (end exclusive) and serialises
with ``to_dict()`` to exactly the JSON shape documented in ``data/record.schema.json``.
Fields may be added here; none of the contract's fields may be renamed or removed.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from functools import cache
from typing import Any

SCHEMA_VERSION = "1"


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def _flat(obj: Any) -> dict[str, Any]:
    """``dataclasses.asdict`` of a record object whose fields hold strings, numbers, None or
    pairs of numbers: the same dict (a tuple stays a tuple), without asdict's deep copy of
    every value, which cost more than the rest of the record's serialisation. A field that
    holds record objects (``Entity.mentions``) is left as it is for the caller to convert."""
    return {name: getattr(obj, name) for name in _field_names(type(obj))}


@dataclass
class Article:
    """One input article: the text to code and the metadata that came with it."""

    id: str
    text: str
    title: str | None = None
    published: str | None = None  # ISO date or datetime
    url: str | None = None
    source: str | None = None
    language: str = "en"
    # Where the article's paper is (a place name such as "Ohio, US" or a GeoNames id): weak
    # evidence for its toponyms (newsevents.where.home). In the record only when given.
    home: str | None = None
    # Provenance, not part of the record: the input it came from (a path, or "<stdin>") and
    # its 1-based JSONL line or WARC record number (None for a whole file).
    input: str | None = field(default=None, compare=False)
    line: int | None = field(default=None, compare=False)

    def to_dict(self) -> dict[str, Any]:
        out = {
            "id": self.id,
            "text": self.text,
            "title": self.title,
            "published": self.published,
            "url": self.url,
            "source": self.source,
            "language": self.language,
        }
        if self.home is not None:  # an added field, there only when a home was given
            out["home"] = self.home
        return out


#: The point fields a mention or an entity carries only when it names a place.
POINT_FIELDS = ("geonameid", "lat", "lon")


def _without_missing_points(out: dict[str, Any]) -> dict[str, Any]:
    """Leave the point fields out when they are not known: most actors name no place. A
    region of the project's own (``placenames.yaml``) has a point and no GeoNames id."""
    if out.get("lat") is None:
        for key in POINT_FIELDS:
            out.pop(key, None)
    return out


@dataclass
class Mention:
    """Words that name an entity; a toponym among them ("Moscow said", "Russian troops")
    gives the mention the GeoNames id and coordinates of the place it names."""

    text: str
    start: int
    end: int
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return _without_missing_points(_flat(self))


@dataclass
class Entity:
    """A real-world actor with all its mentions in the article; a state (or a city or region
    acting) carries its own GeoNames id and coordinates."""

    id: str
    name: str
    kind: str  # person | organization | state | agent
    wikidata: str | None = None
    country: str | None = None
    sector: str | None = None
    office: str | None = None
    igo: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    kb_id: str | None = None  # knowledge-base id ("Q61053", "state:UKR"); None if not in it
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None

    def to_dict(self) -> dict[str, Any]:
        out = _without_missing_points(_flat(self))
        out["mentions"] = [m.to_dict() for m in self.mentions]
        return out


@dataclass
class Place:
    id: str
    text: str
    start: int
    end: int
    name: str
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    country_code: str | None = None
    feature_code: str | None = None
    # How sure the resolution is, 0-1 (None when unresolved): filter the map on it.
    score: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return _flat(self)


@dataclass
class Time:
    id: str
    text: str
    start: int
    end: int
    type: str  # DATE | TIME | DURATION | SET | PRESENT_REF | PAST_REF | FUTURE_REF
    value: str | None

    def to_dict(self) -> dict[str, Any]:
        return _flat(self)


@dataclass
class Quote:
    id: str
    text: str
    start: int
    end: int
    direct: bool
    speaker: str | None
    speaker_text: str | None
    cue: str | None
    # Character offsets [start, end) of the cue word: quoted stretches that share one cue
    # occurrence ('"A," she said, "B."') are the parts of one attribution.
    cue_span: tuple[int, int] | None = None

    def to_dict(self) -> dict[str, Any]:
        return _flat(self)


@dataclass
class ActorRef:
    """An event participant: which entity, and the words that name it in this event."""

    entity: str
    text: str
    name: str
    wikidata: str | None = None
    country: str | None = None
    sector: str | None = None
    igo: str | None = None
    kb_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out = _flat(self)
        if out["igo"] is None:
            del out["igo"]
        return out


@dataclass
class Event:
    id: str
    event: str
    mode: str | None
    context: list[str]
    cameo: str
    quad: str
    modality: str
    date: str | None
    actor: list[ActorRef]
    recipient: list[ActorRef]
    event_loc: str | None
    event_text: str
    trigger: tuple[int, int]
    sentence: tuple[int, int]
    confidence: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "event": self.event,
            "mode": self.mode,
            "context": list(self.context),
            "cameo": self.cameo,
            "quad": self.quad,
            "modality": self.modality,
            "date": self.date,
            "actor": [a.to_dict() for a in self.actor],
            "recipient": [r.to_dict() for r in self.recipient],
            "event_loc": self.event_loc,
            "event_text": self.event_text,
            "trigger": list(self.trigger),
            "sentence": list(self.sentence),
            "confidence": round(self.confidence, 3),
        }


@dataclass
class CodedArticle:
    """The whole record for one article."""

    article: Article
    entities: list[Entity] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    times: list[Time] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "article": self.article.to_dict(),
            "entities": [e.to_dict() for e in self.entities],
            "places": [p.to_dict() for p in self.places],
            "times": [t.to_dict() for t in self.times],
            "quotes": [q.to_dict() for q in self.quotes],
            "events": [v.to_dict() for v in self.events],
        }
