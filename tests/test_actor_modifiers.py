"""The modifiers of an actor phrase, read from the token table, are the tokens (and in the
order) the Token-based definition gives, on parsed sentences of our own."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from newsevents.actors import _modifier_ids
from newsevents.extensions import token_table

TEXTS = [
    "A senior Hungarian government spokesman, the deputy foreign minister, denied the report.",
    "Olaf Scholz, the former German chancellor, met Kenyan and Ugandan trade union leaders.",
    "The riot police of the northern province detained 12 opposition party activists.",
]


def _by_tokens(span) -> list[int]:
    """The definition, with Tokens: the words before the root, their left dependents outside
    the phrase (no determiner), the root's outside left modifiers' and appositions' subtrees."""
    root, out = span.root, []
    for token in span:
        if token.i != root.i:
            out.append(token.i)
            out += [t.i for t in token.lefts if t.i < span.start and t.dep_ != "det"]
    for child in root.lefts:
        if child.i < span.start and child.dep_ in ("amod", "compound", "poss", "nmod"):
            out += [t.i for t in child.subtree]
    for child in root.rights:
        if child.dep_ == "appos":
            out += [t.i for t in child.subtree]
    return out


def test_modifier_ids_follow_the_tokens(coder):
    for doc in coder.nlp.pipe(TEXTS):
        spans = [*doc.ents, *doc.noun_chunks, *(doc[i:i + 1] for i in range(len(doc))),
                 *(doc[max(0, i - 2):i + 1] for i in range(len(doc)))]
        for span in spans:
            assert _modifier_ids(span) == _by_tokens(span), span.text


def test_modifier_ids_read_the_parse_anew_after_a_repair():
    """The modifiers are kept per span with the parse they were read from: once a repair
    gives a word a new head and the token table reads the heads anew, they are read anew."""
    # our own phrase: "Kenyan" first a modifier of "chief", then hung on the verb
    doc = Doc(spacy.blank("en").vocab, words=["Kenyan", "police", "chief", "spoke"],
              deps=["amod", "compound", "nsubj", "ROOT"], heads=[2, 2, 3, 3])
    span = doc[1:3]  # "police chief"
    assert _modifier_ids(span) == _by_tokens(span) == [1, 0]
    doc[0].head = doc[3]
    token_table(doc).reread_heads(doc)
    assert _modifier_ids(span) == _by_tokens(span) == [1]
