"""Who an actor is, and where an article names it: the types the ``actors`` stage writes on
``doc._.actors`` and the person resolver (``persons``) returns.

They live apart from both modules so that neither imports the other for them: ``actors``
uses ``persons``, and ``persons`` needs only these types.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from spacy.tokens import Doc, Span

from .extensions import token_table


@dataclass(frozen=True)
class ActorInfo:
    """Who an actor is. ``key`` groups mentions of one real-world actor within an article."""

    key: str
    name: str
    kind: str  # person | organization | state | agent
    country: str | None = None
    sector: str | None = None
    wikidata: str | None = None
    office: str | None = None
    igo: str | None = None
    via: str = ""  # how it was resolved, for `newsevents kb find`; not part of the record
    # the token of the place name its country was read from ("Valencia" acting, "police in
    # Victoria"), so that the where stage can correct it when it reads the place otherwise
    country_from: int | None = None
    country_guessed: bool = False  # the article's country, for a generic actor with no other

    @property
    def kb_id(self) -> str | None:
        """The knowledge-base id of a known actor ("Q61053", "state:UKR", "igo:NATO");
        None for actors found only by NER or as generic agents."""
        kind, _, rest = self.key.partition(":")
        if kind in ("state", "igo", "ngo", "body", "group"):
            return self.key
        is_qid = rest[:1] == "Q" and rest[1:].isdigit()
        return rest if kind == "person" and (is_qid or rest.startswith("name:")) else None


@dataclass
class ActorMention:
    """One mention of an actor: token span ``[start, end)`` and character offsets."""

    start: int
    end: int
    start_char: int
    end_char: int
    text: str
    info: ActorInfo


class ActorResolver(Protocol):
    """Anything that turns a parsed Doc into actor mentions."""

    def resolve(self, doc: Doc) -> list[ActorMention]: ...


def mention_of(span: Span, info: ActorInfo) -> ActorMention:
    """The mention of ``info`` that ``span`` is (its tokens, characters and text)."""
    # (the text from the Doc's token table: Span.text makes a Token per word)
    text = token_table(span.doc).span_text(span.start, span.end)
    return ActorMention(span.start, span.end, span.start_char, span.end_char, text, info)
