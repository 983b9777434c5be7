"""Every ``Doc`` extension the pipeline reads or writes, registered in one place.

In:  nothing (import it and call :func:`register_extensions`; it is idempotent).
Out: the ``doc._`` attributes below, each with default None, and the lists each stage declares
     to spaCy as ``requires`` and ``assigns`` (see the factories in ``actors``, ``where``,
     ``when``, ``quotes`` and ``events``), so that ``nlp.analyze_pipes()`` can tell a missing
     or misordered stage.

Set by the caller before the pipeline runs (:meth:`newsevents.coder.Coder.make_doc`):

    doc._.published       datetime.date | None   the article's publication date
    doc._.article_id      str | None             the article's id, for error reports
    doc._.home            str | None             where the article's paper is (a place
                                                 name or GeoNames id), weak evidence for
                                                 its toponyms (where.home)

Set by the stages, in pipeline order:

    actors   doc._.actors          list[ActorMention]        every actor mention
             doc._.actor_at        dict[int, int]            token index -> index in actors
    where    doc._.toponyms        list[PlaceMention]        every toponym, actors included
             doc._.places          list[PlaceMention]        the toponyms used as places
             doc._.place_at        dict[int, int]            token index -> index in places
             doc._.dateline_place  int | None                index in places of the dateline's
             doc._.actor_points    dict[int, ActorPoint]     actor index -> the points its
                                                             words and its entity name
             (and, in doc._.actors, the country of an actor read from a place name,
             which follows the place the name resolves to: where.points)
    when     doc._.times           list[TimeMention]         temporal expressions
    quotes   doc._.quotes          list[QuoteMention]        quotations with their speakers
             doc._.speech_cues     set[int]                  verbs introducing reported speech
    events   doc._.events          list[EventMention]        the coded events

Kept on the Doc for every stage, not an extension: :func:`token_table`, the token attributes
that the stages read in their loops over tokens, as plain lists (see :class:`TokenTable`).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cached_property
from typing import Any

import numpy
from spacy.attrs import (
    DEP,
    HEAD,
    IS_PUNCT,
    IS_SPACE,
    IS_TITLE,
    IS_UPPER,
    LEMMA,
    LOWER,
    ORTH,
    POS,
    SENT_START,
    SPACY,
    TAG,
)
from spacy.strings import StringStore
from spacy.tokens import Doc, Span, Token

#: Set before the pipeline runs, by whoever makes the Doc (not declared by any stage).
INPUTS = ("published", "article_id", "home")
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



# --------------------------------------------------------------------------------------------
# The token table
#
# Why: ``doc[i]`` and ``for token in doc`` create a ``Token`` object per token, and each string
# attribute (``token.pos_``, ``token.lemma_``) is a StringStore lookup per call. The stages walk
# every token of an article several times (for agent nouns, pronouns, cues, triggers, time
# words), mostly to pass over the tokens that cannot match: one ``Doc.to_array`` read lets such
# a loop skip them, and create a ``Token`` only for the few it keeps.

# The token table's place in ``doc.user_data``: a plain key, read without the cost of ``doc._``
# (the stages look the table up once per token in places).
TOKEN_TABLE_KEY = "newsevents_token_table"
TABLE_COLUMNS = (ORTH, LOWER, LEMMA, POS, TAG, DEP, HEAD, SPACY, IS_SPACE, SENT_START, IS_TITLE,
                 IS_UPPER, IS_PUNCT)
# Attribute id -> string, for every Doc: an id is a hash of its string (or a spaCy symbol),
# the same in every vocabulary, and a dict read costs a tenth of a StringStore lookup. Its
# size is bounded by starting afresh (words keep coming in a long stream).
_NAMES: dict[int, str] = {}
MAX_NAMES = 1_000_000
# A token table's children: the indices of each token's dependents, by token.
Children = tuple[tuple[int, ...], ...]


class TokenTable:
    """The columns of one Doc's token attributes as plain tuples indexed by token position
    (``table.pos[i]`` is ``doc[i].pos_``), each turned into strings on first use. Read once:
    the Doc's annotation must be final for what is read (after spaCy's own components).

    Tuples, not lists: a tuple of strings, numbers or flags is dropped from the garbage
    collector's watch after its first collection, where a list is walked, item by item, by
    every collection while its Doc lives (the columns of a batch of Docs in the pipeline
    are hundreds of thousands of items, most of the work of a full collection).

    It keeps the attribute ids and the vocabulary's strings, not the Doc: the Doc keeps the
    table, and a reference back would make a cycle that only the garbage collector frees."""

    def __init__(self, doc: Doc):
        self._ids = doc.to_array(list(TABLE_COLUMNS))  # a row per token, a column per attribute
        self._strings: StringStore = doc.vocab.strings

    def _column(self, attr: int) -> tuple[str, ...]:
        """The string values of one attribute."""
        ids = self._ids[:, TABLE_COLUMNS.index(attr)].tolist()
        try:
            return tuple(map(_NAMES.__getitem__, ids))
        except KeyError:  # words not seen before: learn them, then read again
            if len(_NAMES) > MAX_NAMES:
                _NAMES.clear()
            for n in set(ids).difference(_NAMES):
                _NAMES[n] = self._strings[n]
            return tuple(map(_NAMES.__getitem__, ids))

    def _flags(self, attr: int) -> tuple[bool, ...]:
        """The values of a boolean attribute (numpy makes the bools: a Python test per word
        costs four times more)."""
        return tuple((self._ids[:, TABLE_COLUMNS.index(attr)] != 0).tolist())

    @cached_property
    def text(self) -> tuple[str, ...]:
        """``token.text``."""
        return self._column(ORTH)

    @cached_property
    def lower(self) -> tuple[str, ...]:
        """``token.lower_``."""
        return self._column(LOWER)

    @cached_property
    def lemma_lower(self) -> tuple[str, ...]:
        """``token.lemma_.lower()``, the form the word lists and lexicons hold."""
        return tuple(map(str.lower, self._column(LEMMA)))

    @cached_property
    def pos(self) -> tuple[str, ...]:
        """``token.pos_``."""
        return self._column(POS)

    @cached_property
    def tag(self) -> tuple[str, ...]:
        """``token.tag_``."""
        return self._column(TAG)

    @cached_property
    def dep(self) -> tuple[str, ...]:
        """``token.dep_``."""
        return self._column(DEP)

    @cached_property
    def whitespace(self) -> tuple[str, ...]:
        """``token.whitespace_``: a space or nothing."""
        # (numpy makes the strings: a Python test per word costs more)
        return tuple(numpy.where(self._ids[:, TABLE_COLUMNS.index(SPACY)] != 0, " ", "").tolist())

    @cached_property
    def is_space(self) -> tuple[bool, ...]:
        """``token.is_space``."""
        return self._flags(IS_SPACE)

    @cached_property
    def is_title(self) -> tuple[bool, ...]:
        """``token.is_title``."""
        return self._flags(IS_TITLE)

    @cached_property
    def is_upper(self) -> tuple[bool, ...]:
        """``token.is_upper``."""
        return self._flags(IS_UPPER)

    @cached_property
    def is_punct(self) -> tuple[bool, ...]:
        """``token.is_punct``."""
        return self._flags(IS_PUNCT)

    def span_text(self, start: int, end: int) -> str:
        """``doc[start:end].text`` (``0 <= start``, ``end <= len(doc)``) without the Span and
        its Tokens: the words with the spaces between them, none after the last."""
        if start >= end:
            return ""
        text, space = self.text, self.whitespace
        return "".join([text[i] + space[i] for i in range(start, end - 1)]) + text[end - 1]

    def doc_text(self) -> str:
        """``doc.text``, which makes a Token per word (not kept: the caller keeps it as long
        as it needs it)."""
        return "".join(map(str.__add__, self.text, self.whitespace))

    @cached_property
    def head(self) -> tuple[int, ...]:
        """``token.head.i`` (a root is its own head)."""
        # to_array gives the head as an offset from the token, in an unsigned integer
        offsets = self._ids[:, TABLE_COLUMNS.index(HEAD)].astype("int64")
        return tuple((offsets + numpy.arange(len(offsets))).tolist())

    @cached_property
    def sentence_starts(self) -> list[int]:
        """``[sent.start for sent in doc.sents]`` of a Doc with sentence boundaries: the
        first token, then each token whose ``is_sent_start`` is true (SENT_START 1)."""
        flags = self._ids[:, TABLE_COLUMNS.index(SENT_START)]
        starts = numpy.flatnonzero(flags == 1).tolist()
        return starts if starts[:1] == [0] else [0, *starts]

    def sentence_start(self, i: int) -> int:
        """``doc[i].sent.start``, without the walk back that ``Token.sent`` makes per call."""
        starts = self.sentence_starts
        return starts[bisect_right(starts, i) - 1]

    # The columns that depend on the heads: a token's new head moves the sentence starts too
    # (spaCy works them out from the parse), and the lists read from them are dropped.
    HEAD_COLUMNS = (HEAD, SENT_START)
    HEAD_DERIVED = ("head", "children", "sentence_starts", "parse_memo")

    def reread_heads(self, doc: Doc) -> None:
        """Read the heads and the sentence starts of ``doc`` (this table's Doc) anew after
        tokens were given new heads (``Token.head = ...``), which change nothing else the
        table holds: the words and their tags, lemmas and dependency labels stay read."""
        self._reread(doc, self.HEAD_COLUMNS, self.HEAD_DERIVED)

    # The columns a relabelled token changes besides its head (``Token.dep_``, ``tag_`` and
    # ``pos_`` set anew), and the lists read from them.
    PARSE_COLUMNS = (*HEAD_COLUMNS, DEP, TAG, POS)
    PARSE_DERIVED = (*HEAD_DERIVED, "dep", "tag", "pos")

    def reread_parse(self, doc: Doc) -> None:
        """Read the parse of ``doc`` (this table's Doc) anew after tokens were given new
        heads, dependency labels, tags or parts of speech, which change nothing else the
        table holds: the words, their case, spaces and lemmas stay read (a table read anew
        would read and turn them into strings again)."""
        self._reread(doc, self.PARSE_COLUMNS, self.PARSE_DERIVED)

    def _reread(self, doc: Doc, attrs: tuple[int, ...], derived: tuple[str, ...]) -> None:
        """Read the columns ``attrs`` of ``doc`` anew and drop the lists ``derived`` read
        from them (read again on their next use)."""
        columns = [TABLE_COLUMNS.index(attr) for attr in attrs]
        head = TABLE_COLUMNS.index(HEAD)
        # (the heads as offsets from each token: to_array gives them in an unsigned integer)
        before = self._ids[:, head].astype("int64") if HEAD in attrs else None
        kids = self.__dict__.get("children")
        self._ids[:, columns] = doc.to_array(list(attrs))
        for name in derived:
            self.__dict__.pop(name, None)
        if kids is not None and before is not None:
            # (a repair moves a few tokens: their old and new heads' lists are made anew,
            # not every token's)
            moved = numpy.flatnonzero(before != self._ids[:, head].astype("int64")).tolist()
            self.children = _children_moved(kids, moved, before, self.head)

    @cached_property
    def parse_memo(self) -> dict[Any, Any]:
        """Answers a stage worked out from the parse this table holds, by a key of its
        function's choosing (its name first), dropped when the parse is read anew: a
        question asked of the same words many times per article is worked out once."""
        return {}

    @cached_property
    def children(self) -> Children:
        """``[child.i for child in token.children]``: the token's dependents, in text order
        (a tuple each; the one empty tuple for the many tokens with none)."""
        found: dict[int, list[int]] = {}
        for i, head in enumerate(self.head):
            if head != i:
                found.setdefault(head, []).append(i)
        kids: list[tuple[int, ...]] = [()] * len(self.head)
        for head, ids in found.items():
            kids[head] = tuple(ids)
        return tuple(kids)


def _children_moved(kids: Children, moved: list[int], before: Any,
                    heads: tuple[int, ...]) -> Children:
    """``TokenTable.children`` after the tokens ``moved`` were given the new ``heads``, from
    the ``kids`` read before (``before``: the old heads as offsets from each token, as
    ``to_array`` gives them); ``kids`` is left as it was."""
    moving = list(kids)
    for i in moved:
        old = i + int(before[i])
        if old != i:
            moving[old] = tuple(k for k in moving[old] if k != i)
        if heads[i] != i:
            moving[heads[i]] = tuple(sorted([*moving[heads[i]], i]))
    return tuple(moving)


def sentence_of(token: Token) -> Span:
    """``token.sent`` (the Doc's sentence that holds the token), from the token table's
    sentence starts: ``Token.sent`` walks the tokens to both ends of the sentence and makes
    two Spans through ``Doc.__getitem__`` (for a Doc without user hooks for sentences)."""
    return Span(token.doc, *sentence_bounds(token.doc, token.i))


def sentence_bounds(doc: Doc, i: int) -> tuple[int, int]:
    """The first token of the sentence holding token ``i`` and the token after its last, read
    from the token table (no Span, no Token)."""
    starts = token_table(doc).sentence_starts
    n = bisect_right(starts, i)
    return starts[n - 1], starts[n] if n < len(starts) else len(doc)


def token_table(doc: Doc) -> TokenTable:
    """The Doc's token table, made on the first call and kept in ``doc.user_data``."""
    table = doc.user_data.get(TOKEN_TABLE_KEY)
    if table is None:
        table = doc.user_data[TOKEN_TABLE_KEY] = TokenTable(doc)
    return table


# --------------------------------------------------------------------------------------------
# The entities, read once per stage
#
# Why: each read of ``doc.ents`` makes a Span of every entity anew (over a tenth of a
# millisecond for a long article), and a stage reads them in several of its functions. Within
# a stage's ``entities_read_once`` block, :func:`entities` gives the ones read on entering it.
# The block ends with the stage: the Spans refer to the Doc, and kept on it they would make a
# cycle that only the garbage collector frees.

ENTITIES_KEY = "newsevents_entities"


@contextmanager
def entities_read_once(doc: Doc) -> Iterator[None]:
    """A block in which :func:`entities` gives ``doc.ents`` as read on entering it (the
    block must not set ``doc.ents``); a block inside another reads nothing anew."""
    if ENTITIES_KEY in doc.user_data:
        yield
        return
    doc.user_data[ENTITIES_KEY] = doc.ents
    try:
        yield
    finally:
        doc.user_data.pop(ENTITIES_KEY, None)


def entities(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``: read once within an :func:`entities_read_once` block, anew outside one."""
    found = doc.user_data.get(ENTITIES_KEY)
    return doc.ents if found is None else found


# --------------------------------------------------------------------------------------------
# Extension attributes, read once per stage
#
# Why: each read of ``doc._.name`` makes an Underscore object and looks the value up through
# it (about 3 us), and the where stage reads ``doc._.actor_at`` for nearly every name it
# weighs. Within an ``attributes_read_once`` block, :func:`attribute` gives the values read on
# entering it.

ATTRIBUTES_KEY = "newsevents_attributes"


@contextmanager
def attributes_read_once(doc: Doc, *names: str) -> Iterator[None]:
    """A block in which :func:`attribute` gives ``doc._.<name>`` of each of ``names`` as read
    on entering it (the block must not set them); a block inside another reads nothing anew
    (:func:`attribute` reads any other name anew)."""
    if ATTRIBUTES_KEY in doc.user_data:
        yield
        return
    doc.user_data[ATTRIBUTES_KEY] = {name: getattr(doc._, name) for name in names}
    try:
        yield
    finally:
        doc.user_data.pop(ATTRIBUTES_KEY, None)


def attribute(doc: Doc, name: str) -> Any:
    """``doc._.<name>``: read once within an :func:`attributes_read_once` block that names
    it, anew otherwise."""
    found = doc.user_data.get(ATTRIBUTES_KEY)
    if found is not None and name in found:
        return found[name]
    return getattr(doc._, name)


def forget_token_table(doc: Doc) -> None:
    """Drop the Doc's token table, after a component changed the parse it was read from."""
    doc.user_data.pop(TOKEN_TABLE_KEY, None)


register_extensions()
