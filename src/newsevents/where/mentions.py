"""Toponyms as the ``where`` stage writes them on the Doc (:class:`PlaceMention`), and how a
mention is made from a span, filled from a gazetteer entry, or found in a dateline.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from spacy.tokens import Doc, Span

from ..dateline import article_dateline, is_dateline_dash
from ..extensions import attribute, token_table
from ..gazetteer import Candidate

# Roles in which a known toponym stands for its government ("Moscow denied", "Kyiv's
# decision", "gave Kyiv weapons"). A direct object stays a place too ("shelled Kharkiv",
# "visited Warsaw"): the event stage decides per event type whether it is the event's place.
ACTOR_ROLES = {"nsubj", "nsubjpass", "poss", "agent", "dative"}


@dataclass
class PlaceMention:
    """A toponym: token span ``[start, end)``, character offsets, the text and the name
    looked up, and the GeoNames entry it resolved to (None fields when unresolved)."""

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
    score: float | None = None  # how sure the resolution is, 0-1 (None when unresolved)

    @cached_property  # (read for every reading of every round; the text never changes)
    def written(self) -> str:
        """The name as the text writes it, without "the" and "'s" (``name`` becomes the
        gazetteer's name once resolved: "Kiev" is written, "Kyiv" resolved)."""
        return written_name(self.text)


def used_as_actor(ent: Span, doc: Doc) -> bool:
    """The toponym stands for an actor the actors stage found ("Moscow denied")."""
    dep = token_table(doc).dep
    if not any(dep[i] in ACTOR_ROLES for i in range(ent.start, ent.end)):
        return False  # no word of it in such a role, nor then its root (no Token made)
    root = ent.root  # (a Span finds its root anew at each reading)
    return root.dep_ in ACTOR_ROLES and root.i in (attribute(doc, "actor_at") or {})


def fill(mention: PlaceMention, c: Candidate, score: float | None = None) -> None:
    """Resolve ``mention`` to the gazetteer entry ``c`` with the resolution's ``score``."""
    mention.geonameid, mention.lat, mention.lon = c.geonameid, c.lat, c.lon
    mention.country_code = c.country_code or None
    mention.feature_code = c.feature_code
    mention.name = c.name
    mention.score = None if score is None else round(score, 3)


def unfill(mention: PlaceMention) -> None:
    """Leave ``mention`` unresolved (its name as written, not that of an earlier reading)."""
    written = mention.written
    mention.name = written.title() if mention.label == "DATELINE" and written.isupper() \
        else written
    mention.geonameid = mention.lat = mention.lon = None
    mention.country_code = mention.feature_code = mention.score = None


def written_name(text: str) -> str:
    """A toponym's words without "the" and "'s"."""
    return text.removeprefix("the ").removesuffix("'s").removesuffix("’s").strip()


def place_mention(span: Span, label: str, actor: bool) -> PlaceMention:
    """An unresolved mention of the toponym ``span`` (its name without "the" and "'s")."""
    text = token_table(span.doc).span_text(span.start, span.end)  # (Span.text: a Token a word)
    return PlaceMention(span.start, span.end, span.start_char, span.end_char, text,
                        written_name(text), actor=actor, label=label)


def dateline_place(doc: Doc) -> PlaceMention | None:
    """The place that opens a dateline ("KHARKIV, Ukraine, March 4 (Reuters) -"): the words
    before the first comma or dash, written as a name ("Kharkiv")."""
    found = article_dateline(doc)
    if found is None:
        return None
    start, end = found
    stop = next((t.i for t in doc[start:end] if t.text in (",", "(") or is_dateline_dash(t)),
                end)
    if stop == start:
        return None
    span = doc[start:stop]
    return PlaceMention(start, stop, span.start_char, span.end_char, span.text,
                        span.text.title() if span.text.isupper() else span.text,
                        label="DATELINE")


def resolved(mentions: Iterable[PlaceMention]) -> list[PlaceMention]:
    """The mentions that have coordinates."""
    return [m for m in mentions if m.lat is not None]
