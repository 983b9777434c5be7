"""Partial quotations and indirect speech: quoted phrases inside a clause, verbs of saying
with their content, parentheticals and 'according to' (see the package docstring).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..extensions import TokenTable, token_table
from ..modality import NEGATING, answered_allegation
from .cues import (
    CLIMB,
    CONTENT_DEPS,
    CUES,
    DIRECT_SHARE,
    INTENT,
    NAMING,
    OBJECT_CONTENT,
    REPORTING,
    SUBJECTS,
)
from .parse import (
    QuoteMention,
    doc_text,
    is_cue,
    is_mark,
    sentence_of,
    speaker_of,
    speaker_token,
)
from .stretches import Quoted


def cue_above(token: Token, quoted: Quoted, lemmas: frozenset[str] = CUES | NAMING,
               climb: int = CLIMB) -> Token | None:
    """The cue whose content a partial quotation is part of: climbing from the phrase's head
    through content dependencies to a verb of saying or naming. When that cue is itself
    reported by a verb of saying above it ('Obama said Americans have come to believe
    "..."'), the quoted words are that speaker's: the outer cue."""
    node = token
    for _ in range(climb):
        if node.dep_ not in CONTENT_DEPS or node.head.i == node.i:
            return None
        node = node.head
        modifier = node.tag_ == "VBN" and node.dep_ in ("acl", "amod")  # "the plan called"
        if quoted.at(node.idx) is None and is_cue(node, lemmas) and not modifier:
            return cue_above(node, quoted, REPORTING, 3) or node
    return None


def phrase_head(span: Span) -> Token:
    """The token of a span whose head lies outside it."""
    for token in span:
        if not span.start <= token.head.i < span.end or token.head.i == token.i:
            return token
    return span.root


def _content(cue: Token, quoted: Quoted, covering: list[Span]) -> tuple[int, int] | None:
    """Character bounds of what a cue reports: its clausal complement, before the cue too
    ('The plan will fail, she said'); for a verb that reports its object, that object
    ('summarised the findings as grim'); for a verb with partial quotations, the objects
    after it; each extended over the partial quotations that belong to it."""
    inside = {t.i for span in covering for t in span}
    # (not an accusation a denial answers: "X accused Y of Z, a charge Y denies" is X's;
    # "'...,' the report says" stays the report's)
    denial = cue.lemma_.lower() in NEGATING
    parts = [c for c in cue.children if c.dep_ == "ccomp" and not c.is_punct
             and not (denial and answered_allegation(c, cue))]
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in cue.children)
    if not parts and cue.lemma_.lower() in INTENT and not passive:  # 'declined to comment'
        parts = [c for c in cue.children if c.dep_ == "xcomp"]  # not 'is expected to win'
    doc = cue.doc
    table = token_table(doc)
    if covering or (not parts and cue.lemma_.lower() in OBJECT_CONTENT):
        core = ("xcomp", "dobj", "oprd", "attr", "dative")
        # (a phrase's subtree from the token table: no Token per word)
        parts += [c for c in cue.rights if c.dep_ in core
                  or (c.dep_ in ("prep", "advcl", "acomp")
                      and (not inside.isdisjoint(_subtree_ids(table, c.i)) or c.lower_ == "as"))]
    if cue.lemma_.lower() == "tell":  # "told reporters ...": the clause, not the hearer
        parts = [c for c in parts if c.dep_ != "dobj"] or parts
    # token indices, read from the table: a complement's subtree can be the whole sentence
    ids = [j for c in parts for j in _phrase_ids(table, c.i)]
    ids += [j for span in covering for j in range(span.start, span.end)]
    ids = [j for j in ids if not table.is_space[j]]
    if not ids:
        return None
    first, last = doc[min(ids)], doc[max(ids)]
    while first.i < last.i and first.is_punct and not is_mark(first):
        first = doc[first.i + 1]
    while last.i > first.i and last.is_punct and not is_mark(last):
        last = doc[last.i - 1]
    return first.idx, last.idx + len(last.text)


def _phrase_ids(table: TokenTable, i: int) -> list[int]:
    """The indices of a complement's tokens; a preposition's object without the preposition
    ('spoke of "next steps"': the steps)."""
    if table.dep[i] == "prep" and table.lower[i] != "as":
        return [j for c in table.children[i] for j in _subtree_ids(table, c)]
    return _subtree_ids(table, i)


def _subtree_ids(table: TokenTable, i: int) -> list[int]:
    """The indices of ``doc[i].subtree`` (in no particular order)."""
    out, todo = [], [i]
    while todo:
        j = todo.pop()
        out.append(j)
        todo += table.children[j]
    return out


def _parenthetical(doc: Doc, cue: Token) -> tuple[int, int] | None:
    """'The plan, she said, will fail.': the sentence without the attribution."""
    if cue.dep_ not in ("parataxis",) or not any(c.dep_ in SUBJECTS for c in cue.children):
        return None
    sent = sentence_of(cue)
    own = {t.i for t in cue.subtree}
    rest = [t for t in sent if t.i not in own and not t.is_punct and not t.is_space]
    if len(rest) < 3:
        return None
    return rest[0].idx, rest[-1].idx + len(rest[-1].text)


def _inside_marks(text: str, quoted: Quoted, start: int, end: int) -> tuple[int, int]:
    """Content that is one quotation from mark to mark loses the marks, as a direct
    quotation does ('said "we will stay"': we will stay)."""
    stretch = quoted.at(start)
    if stretch is not None and stretch.mark == start and stretch.outer_end(text) >= end:
        return stretch.start, stretch.end
    return start, end


def _according_to(doc: Doc, token: Token, quoted: Quoted) -> QuoteMention | None:
    """'..., according to X.': the rest of the sentence, reported by X."""
    if token.lower_ != "according" or token.i + 1 >= len(doc) or doc[token.i + 1].lower_ != "to":
        return None
    source = next((c for c in doc[token.i + 1].children if c.dep_ == "pobj"), None)
    if source is None:
        return None
    own = {token.i, token.i + 1, *(t.i for t in source.subtree)}
    rest = [t for t in sentence_of(token) if t.i not in own and not t.is_punct and not t.is_space]
    if not rest:
        return None
    start, end = rest[0].idx, rest[-1].idx + len(rest[-1].text)
    speaker, speaker_text = speaker_of(doc, source)
    direct = quoted.share(start, end) >= DIRECT_SHARE
    return QuoteMention(start, end, doc_text(doc)[start:end], direct, token, speaker,
                        speaker_text)


#: The lemmas of the verbs whose content :func:`indirect_quotes` reports.
REPORTED_BY = CUES | INTENT


def _may_report(table: TokenTable, i: int, partial: dict[int, list[Span]]) -> bool:
    """Whether the token at ``i`` can introduce reported content (its cheap necessary
    conditions, read from the token table): "according", a verb of saying or intent
    (:func:`is_cue`), or the cue of partial quotations."""
    return table.lower[i] == "according" or i in partial or (
        table.pos[i] in ("VERB", "AUX") and table.lemma_lower[i] in REPORTED_BY)


def indirect_quotes(doc: Doc, quoted: Quoted, direct: list[QuoteMention],
                     partial: dict[int, list[Span]]) -> list[QuoteMention]:
    out = []
    taken = [(q.start_char, q.end_char) for q in direct]

    def free(start: int, end: int) -> bool:
        return not any(s < end and start < e for s, e in taken)

    table = token_table(doc)
    for i in range(len(doc)):
        if not _may_report(table, i, partial):
            continue
        token = doc[i]
        if quoted.at(token.idx) is not None:
            continue
        found = _according_to(doc, token, quoted)
        if found is None and (is_cue(token, REPORTED_BY) or token.i in partial):
            bounds = _content(token, quoted, partial.get(token.i, [])) \
                or _parenthetical(doc, token)
            if bounds is not None and bounds[1] - bounds[0] > 2:
                start, end = _inside_marks(doc_text(doc), quoted, *bounds)
                speaker, speaker_text = speaker_of(doc, speaker_token(token, quoted))
                found = QuoteMention(start, end, doc_text(doc)[start:end],
                                     quoted.share(start, end) >= DIRECT_SHARE, token, speaker,
                                     speaker_text)
        if found is not None and free(found.start_char, found.end_char):
            out.append(found)
    return out


def outermost(quotes: list[QuoteMention]) -> list[QuoteMention]:
    """Reported speech inside reported speech ('X said Y believes Z'): the quotation that
    holds the other's cue and content stands for both, as a reader attributes the words."""
    def nested(q: QuoteMention, other: QuoteMention) -> bool:
        return other is not q and q.cue is not None \
            and other.start_char <= q.cue.idx < other.end_char \
            and other.start_char <= q.start_char and q.end_char <= other.end_char
    return [q for q in quotes if not any(nested(q, other) for other in quotes)]


# --------------------------------------------------------------------------------------------
# The component
