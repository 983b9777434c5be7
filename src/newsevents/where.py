"""The ``where`` stage: toponyms in the article.

In:  a parsed ``Doc`` with GPE/LOC/FAC entities and ``doc._.actors``.
Out: ``doc._.places``, a list of :class:`PlaceMention` for place names used as places
     (not as actors: "Moscow said" is the Russian government, "in Moscow" is a place), and
     ``doc._.place_at``, token index -> index into ``doc._.places``.

This core stage finds and offsets toponyms; resolving them to GeoNames entries (ids,
coordinates, feature codes) belongs to the gazetteer work and fills the same objects.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span

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
    for name in ("places", "place_at"):
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
        doc._.places = places
        doc._.place_at = {i: n for n, p in enumerate(places) for i in range(p.start, p.end)}
        return doc
