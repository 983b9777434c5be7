"""The ``where`` stage: toponyms in the article.

In:  a parsed ``Doc`` with GPE/LOC/FAC entities and ``doc._.actors``.
Out: ``doc._.places``, a list of :class:`PlaceMention` for place names used as places
     (not as actors: "Moscow said" is the Russian government, "in Moscow" is a place),
     ``doc._.place_at``, token index -> index into ``doc._.places``, and
     ``doc._.dateline_place``, the index of the place the article is filed from, or None.

This core stage finds and offsets toponyms; resolving them to GeoNames entries (ids,
coordinates, feature codes) belongs to the gazetteer work and fills the same objects.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span

from .dateline import DATELINE_DASHES, dateline_end

PLACE_LABELS = {"GPE", "LOC", "FAC"}
ACTOR_ROLES = {"nsubj", "nsubjpass", "dobj", "poss", "agent", "dative"}


@dataclass
class PlaceMention:
    start: int
    end: int
    start_char: int
    end_char: int
    text: str
    name: str


def _used_as_actor(ent: Span, doc: Doc) -> bool:
    actor_at = doc._.actor_at or {}
    return ent.root.dep_ in ACTOR_ROLES and ent.root.i in actor_at


def set_place_extensions() -> None:
    for name in ("places", "place_at", "dateline_place"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


@Language.factory("newsevents_where")
def make_where(nlp: Language, name: str) -> WhereComponent:
    return WhereComponent()


class WhereComponent:
    """spaCy component: keep the toponyms that are used as places."""

    def __init__(self) -> None:
        set_place_extensions()

    def __call__(self, doc: Doc) -> Doc:
        places = []
        for ent in doc.ents:
            if ent.label_ in PLACE_LABELS and not _used_as_actor(ent, doc):
                name = ent.text.removeprefix("the ").strip()
                places.append(PlaceMention(ent.start, ent.end, ent.start_char, ent.end_char,
                                           ent.text, name))
        dateline = _dateline_place(doc)
        doc._.dateline_place = None
        if dateline is not None:
            known = [n for n, p in enumerate(places) if p.start == dateline.start]
            if not known:
                places.insert(0, dateline)
            doc._.dateline_place = known[0] if known else 0
        doc._.places = places
        doc._.place_at = {i: n for n, p in enumerate(places) for i in range(p.start, p.end)}
        return doc


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
