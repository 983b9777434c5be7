"""A per-Doc table of the token attributes that the stages read in their loops over tokens.

In:  a Doc whose annotation is final for what is read (after spaCy's own components: the
     table is read once and not updated if the annotation changes later).
Out: :func:`token_table`, a :class:`TokenTable` kept on the Doc (``doc._.token_table``), whose
     columns are plain Python lists indexed by token position, each read on first use.

Why: ``doc[i]`` and ``for token in doc`` create a ``Token`` object per token, and each string
attribute (``token.pos_``, ``token.lemma_``, ``token.lower_``) is a StringStore lookup per
call. The stages walk every token of an article several times (to find agent nouns, cues,
triggers, pronouns), mostly to pass over the tokens that cannot match: reading each column
once for the whole Doc with ``Doc.to_array`` lets a loop skip those, and create a ``Token``
only for the few it keeps.
"""

from __future__ import annotations

from functools import cached_property

from spacy.attrs import DEP, ENT_TYPE, HEAD, IDX, LEMMA, LOWER, ORTH, POS, TAG
from spacy.tokens import Doc

from .extensions import register_extensions

register_extensions()  # doc._.token_table


class TokenTable:
    """Columns of a Doc's token attributes; ``table.pos[i]`` is ``doc[i].pos_``."""

    def __init__(self, doc: Doc):
        self.doc = doc

    def _strings(self, attr: int) -> list[str]:
        """The string values of one attribute, read with one StringStore lookup per distinct
        value."""
        ids = self.doc.to_array(attr).tolist()
        strings = self.doc.vocab.strings
        names = {n: strings[n] for n in set(ids)}
        return [names[n] for n in ids]

    @cached_property
    def text(self) -> list[str]:
        """``token.text``."""
        return self._strings(ORTH)

    @cached_property
    def lower(self) -> list[str]:
        """``token.lower_``."""
        return self._strings(LOWER)

    @cached_property
    def lemma(self) -> list[str]:
        """``token.lemma_``, as the lemmatiser wrote it."""
        return self._strings(LEMMA)

    @cached_property
    def lemma_lower(self) -> list[str]:
        """``token.lemma_.lower()``, the form the lexicons list."""
        return [lemma.lower() for lemma in self.lemma]

    @cached_property
    def pos(self) -> list[str]:
        """``token.pos_``."""
        return self._strings(POS)

    @cached_property
    def tag(self) -> list[str]:
        """``token.tag_``."""
        return self._strings(TAG)

    @cached_property
    def dep(self) -> list[str]:
        """``token.dep_``."""
        return self._strings(DEP)

    @cached_property
    def ent_type(self) -> list[str]:
        """``token.ent_type_`` ("" outside entities)."""
        return self._strings(ENT_TYPE)

    @cached_property
    def head(self) -> list[int]:
        """``token.head.i`` (a root is its own head)."""
        # to_array gives the head as an offset from the token, in an unsigned array
        offsets = self.doc.to_array(HEAD).astype("int64").tolist()
        return [i + offset for i, offset in enumerate(offsets)]

    @cached_property
    def idx(self) -> list[int]:
        """``token.idx``, the token's first character."""
        return self.doc.to_array(IDX).tolist()


def token_table(doc: Doc) -> TokenTable:
    """The Doc's token table, made on the first call and kept on the Doc."""
    table = doc._.token_table
    if table is None:
        table = doc._.token_table = TokenTable(doc)
    return table
