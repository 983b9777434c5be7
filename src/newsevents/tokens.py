"""A per-Doc table of the token attributes that the stages read in their loops over tokens.

In:  a Doc whose annotation is final for what is read (after spaCy's own components: the
     table is read once and not updated if the annotation changes later).
Out: :func:`token_table`, a :class:`TokenTable` kept on the Doc, whose columns are plain
     Python lists indexed by token position (``table.pos[i]`` is ``doc[i].pos_``).

Why: ``doc[i]`` and ``for token in doc`` create a ``Token`` object per token, and each string
attribute (``token.pos_``, ``token.lemma_``) is a StringStore lookup per call. The stages walk
every token of an article several times (for agent nouns, pronouns, cues, triggers, time
words), mostly to pass over the tokens that cannot match: one ``Doc.to_array`` read lets such
a loop skip them, and create a ``Token`` only for the few it keeps.
"""

from __future__ import annotations

from functools import cached_property

import numpy
from spacy.attrs import DEP, HEAD, LEMMA, LOWER, ORTH, POS, TAG
from spacy.strings import StringStore
from spacy.tokens import Doc

# The table's place in ``doc.user_data``: a plain key, read without the cost of ``doc._``
# (the stages look the table up once per token in places).
KEY = "newsevents_token_table"
COLUMNS = (ORTH, LOWER, LEMMA, POS, TAG, DEP, HEAD)
# Attribute id -> string, for every Doc: an id is a hash of its string (or a spaCy symbol),
# the same in every vocabulary, and a dict read costs a tenth of a StringStore lookup. Its
# size is bounded by starting afresh (words keep coming in a long stream).
_NAMES: dict[int, str] = {}
MAX_NAMES = 1_000_000


class TokenTable:
    """The columns of one Doc's token attributes, each turned into strings on first use.

    It keeps the attribute ids and the vocabulary's strings, not the Doc: the Doc keeps the
    table, and a reference back would make a cycle that only the garbage collector frees."""

    def __init__(self, doc: Doc):
        self._ids = doc.to_array(list(COLUMNS))  # a row per token, a column per attribute
        self._strings: StringStore = doc.vocab.strings

    def _column(self, attr: int) -> list[str]:
        """The string values of one attribute."""
        ids = self._ids[:, COLUMNS.index(attr)].tolist()
        try:
            return list(map(_NAMES.__getitem__, ids))
        except KeyError:  # words not seen before: learn them, then read again
            if len(_NAMES) > MAX_NAMES:
                _NAMES.clear()
            for n in set(ids).difference(_NAMES):
                _NAMES[n] = self._strings[n]
            return list(map(_NAMES.__getitem__, ids))

    @cached_property
    def text(self) -> list[str]:
        """``token.text``."""
        return self._column(ORTH)

    @cached_property
    def lower(self) -> list[str]:
        """``token.lower_``."""
        return self._column(LOWER)

    @cached_property
    def lemma_lower(self) -> list[str]:
        """``token.lemma_.lower()``, the form the word lists and lexicons hold."""
        return list(map(str.lower, self._column(LEMMA)))

    @cached_property
    def pos(self) -> list[str]:
        """``token.pos_``."""
        return self._column(POS)

    @cached_property
    def tag(self) -> list[str]:
        """``token.tag_``."""
        return self._column(TAG)

    @cached_property
    def dep(self) -> list[str]:
        """``token.dep_``."""
        return self._column(DEP)

    @cached_property
    def head(self) -> list[int]:
        """``token.head.i`` (a root is its own head)."""
        # to_array gives the head as an offset from the token, in an unsigned integer
        offsets = self._ids[:, COLUMNS.index(HEAD)].astype("int64")
        return (offsets + numpy.arange(len(offsets))).tolist()


def token_table(doc: Doc) -> TokenTable:
    """The Doc's token table, made on the first call and kept in ``doc.user_data``."""
    table = doc.user_data.get(KEY)
    if table is None:
        table = doc.user_data[KEY] = TokenTable(doc)
    return table
