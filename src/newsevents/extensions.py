"""Every ``Doc`` extension the pipeline reads or writes, registered in one place.

In:  nothing (import it and call :func:`register_extensions`; it is idempotent).
Out: the ``doc._`` attributes below, each with default None, and the lists each stage declares
     to spaCy as ``requires`` and ``assigns`` (see the factories in ``actors``, ``where``,
     ``when``, ``quotes`` and ``events``), so that ``nlp.analyze_pipes()`` can tell a missing
     or misordered stage.

Set by the caller before the pipeline runs (:meth:`newsevents.coder.Coder.make_doc`):

    doc._.published       datetime.date | None   the article's publication date
    doc._.article_id      str | None             the article's id, for error reports

Set by the stages, in pipeline order:

    actors   doc._.actors          list[ActorMention]        every actor mention
             doc._.actor_at        dict[int, int]            token index -> index in actors
    where    doc._.toponyms        list[PlaceMention]        every toponym, actors included
             doc._.places          list[PlaceMention]        the toponyms used as places
             doc._.place_at        dict[int, int]            token index -> index in places
             doc._.dateline_place  int | None                index in places of the dateline's
             doc._.actor_points    dict[int, ActorPoint]     actor index -> the points its
                                                             words and its entity name
    when     doc._.times           list[TimeMention]         temporal expressions
    quotes   doc._.quotes          list[QuoteMention]        quotations with their speakers
             doc._.speech_cues     set[int]                  verbs introducing reported speech
    events   doc._.events          list[EventMention]        the coded events
"""

from __future__ import annotations

from spacy.tokens import Doc

#: Set before the pipeline runs, by whoever makes the Doc (not declared by any stage).
INPUTS = ("published", "article_id")
#: What each stage writes, by factory name, in pipeline order.
WRITES: dict[str, tuple[str, ...]] = {
    "newsevents_actors": ("actors", "actor_at"),
    "newsevents_where": ("toponyms", "places", "place_at", "dateline_place", "actor_points"),
    "newsevents_when": ("times",),
    "newsevents_quotes": ("quotes", "speech_cues"),
    "newsevents_events": ("events",),
}
# What spaCy's own components give that the stages read: dependency parse, tags, lemmas and
# named entities (``token.pos`` too, which the attribute ruler sets without declaring it).
PARSE = ["token.dep", "token.head", "token.tag", "token.lemma", "doc.sents"]
ENTITIES = ["doc.ents", "token.ent_type"]


def register_extensions() -> None:
    """Register every ``doc._`` attribute of the pipeline (default None), once."""
    for name in (*INPUTS, *(n for names in WRITES.values() for n in names)):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def doc_attrs(*names: str) -> list[str]:
    """``["doc._.actors", ...]``: extension names as spaCy's ``requires``/``assigns`` want."""
    return [f"doc._.{name}" for name in names]


def assigns(factory: str) -> list[str]:
    """The ``assigns`` list of a stage: the extensions it writes."""
    return doc_attrs(*WRITES[factory])


register_extensions()
