"""The token table (``newsevents.extensions.token_table``) holds what the Token attributes
say, on a Doc built by hand (no model loaded): the stages read it instead of the Tokens."""

from __future__ import annotations

import gc

import spacy
from spacy.tokens import Doc, Span

from newsevents.extensions import (
    TokenTable,
    attribute,
    attributes_read_once,
    entities,
    entities_read_once,
    sentence_of,
    token_table,
)

VOCAB = spacy.blank("en").vocab

# Our own sentence, with a root that is not the first token, a left and a right head, and
# a word in capitals whose lower case and lemma differ from its text.
WORDS = ["Officials", "in", "KYIV", "said", "talks", "would", "resume", "."]
LEMMAS = ["official", "in", "Kyiv", "say", "talk", "would", "resume", "."]
POS = ["NOUN", "ADP", "PROPN", "VERB", "NOUN", "AUX", "VERB", "PUNCT"]
TAGS = ["NNS", "IN", "NNP", "VBD", "NNS", "MD", "VB", "."]
DEPS = ["nsubj", "prep", "pobj", "ROOT", "nsubj", "aux", "ccomp", "punct"]
HEADS = [3, 0, 1, 3, 6, 6, 3, 3]


def hand_built() -> Doc:
    return Doc(VOCAB, words=WORDS, spaces=[True] * 6 + [False, False], lemmas=LEMMAS,
               pos=POS, tags=TAGS, deps=DEPS, heads=HEADS)


def test_columns_are_the_token_attributes() -> None:
    doc = hand_built()
    table = TokenTable(doc)
    assert list(table.text) == [t.text for t in doc] == WORDS
    assert list(table.lower) == [t.lower_ for t in doc]
    assert table.lower[2] == "kyiv"
    assert list(table.lemma_lower) == [t.lemma_.lower() for t in doc]
    assert table.lemma_lower[2] == "kyiv"
    assert list(table.pos) == [t.pos_ for t in doc] == POS
    assert list(table.tag) == [t.tag_ for t in doc] == TAGS
    assert list(table.dep) == [t.dep_ for t in doc] == DEPS
    assert list(table.head) == [t.head.i for t in doc] == HEADS
    assert table.children == tuple(tuple(c.i for c in t.children) for t in doc)
    assert table.children[3] == (0, 6, 7)  # "said": a left and two right dependents


def test_table_is_made_once_per_doc() -> None:
    doc, other = hand_built(), hand_built()
    assert token_table(doc) is token_table(doc)
    assert token_table(other) is not token_table(doc)


def test_empty_doc() -> None:
    table = TokenTable(Doc(VOCAB, words=[]))
    assert table.text == table.pos == table.head == table.children == ()


def test_whitespace_columns_and_text() -> None:
    """The spaces after words, the whitespace tokens and the Doc's text, as the Tokens say."""
    doc = Doc(VOCAB, words=["Rain", "fell", ".", "\n\n", "Roads", "closed", "  "],
              spaces=[True, False, False, False, True, True, False])
    table = TokenTable(doc)
    assert list(table.whitespace) == [t.whitespace_ for t in doc] == [" ", "", "", "", " ", " ", ""]
    assert list(table.is_space) == [t.is_space for t in doc] == [False] * 3 + [True] + [False] * 2 \
        + [True]
    assert table.doc_text() == doc.text == "Rain fell.\n\nRoads closed   "


def test_case_flags_and_span_texts() -> None:
    """The case flags and the text of every span, as the Tokens and the Spans say: spaces
    between words, none after the last, none where the words touch ("Chad-based")."""
    doc = Doc(VOCAB, words=["ST.", "PAUL", "and", "Goz", "Beida", ",", "a", "Chad", "-",
                            "based", "NGO", "'s", "office"],
              spaces=[True, True, True, True, False, True, True, False, False, True, False,
                      True, False])
    table = TokenTable(doc)
    assert list(table.is_title) == [t.is_title for t in doc]
    assert list(table.is_upper) == [t.is_upper for t in doc]
    assert list(table.is_punct) == [t.is_punct for t in doc]
    assert table.is_punct[5] and table.is_punct[8] and not table.is_punct[0]
    assert table.is_title[3] and table.is_upper[1] and not table.is_title[1]
    for start in range(len(doc) + 1):
        for end in range(start, len(doc) + 1):
            assert table.span_text(start, end) == doc[start:end].text
    assert table.span_text(3, 6) == "Goz Beida,"
    assert table.span_text(7, 10) == "Chad-based"


def test_sentence_starts_are_those_of_the_docs_sentences() -> None:
    # two sentences of our own, each with its root: the second starts at "Talks"
    doc = Doc(VOCAB, words=["Troops", "withdrew", ".", "Talks", "resumed", "today", "."],
              deps=["nsubj", "ROOT", "punct", "nsubj", "ROOT", "npadvmod", "punct"],
              heads=[1, 1, 1, 4, 4, 4, 4])
    table = TokenTable(doc)
    assert table.sentence_starts == [s.start for s in doc.sents] == [0, 3]
    assert [table.sentence_start(t.i) for t in doc] == [t.sent.start for t in doc]
    assert TokenTable(hand_built()).sentence_starts == [0]


def test_heads_read_anew_after_a_token_is_given_a_new_head() -> None:
    """After ``Token.head = ...`` (as the parse repairs do), ``reread_heads`` makes the table
    what a table read afresh from the Doc says: heads, children and sentence starts."""
    # our own two sentences; "Police" then hangs on the first sentence's verb, which makes
    # one sentence of the two
    doc = Doc(VOCAB, words=["Rebels", "fled", ".", "Police", "arrived", "."],
              deps=["nsubj", "ROOT", "punct", "nsubj", "ROOT", "punct"],
              heads=[1, 1, 1, 4, 4, 4])
    table = TokenTable(doc)
    assert (table.head, table.sentence_starts) == ((1, 1, 1, 4, 4, 4), [0, 3])
    assert table.children[4] == (3, 5) and table.dep[3] == "nsubj"
    doc[4].head = doc[1]
    table.reread_heads(doc)
    fresh = TokenTable(doc)
    for column in ("text", "lower", "lemma_lower", "pos", "tag", "dep", "head", "children",
                   "sentence_starts", "whitespace", "is_space"):
        assert getattr(table, column) == getattr(fresh, column), column
    assert table.head[4] == 1 and table.children[1] == (0, 2, 4)
    assert table.sentence_starts == [s.start for s in doc.sents]


def test_parse_read_anew_after_a_token_is_relabelled() -> None:
    """After a token is given a new head, dependency label, tag and part of speech (as the
    repairs of a headline's verb do), ``reread_parse`` makes the table what a table read
    afresh from the Doc says, every column; ``reread_heads`` alone would keep the old labels."""
    # our own headline: the tagger took "Strikes" for a verb and "hit" for a noun
    doc = Doc(VOCAB, words=["Strikes", "hit", "port", "city"],
              lemmas=["strike", "hit", "port", "city"], pos=["VERB", "NOUN", "NOUN", "NOUN"],
              tags=["VBZ", "NN", "NN", "NN"], deps=["ROOT", "dobj", "compound", "dobj"],
              heads=[0, 0, 3, 0])
    table = TokenTable(doc)
    columns = ("text", "lower", "lemma_lower", "pos", "tag", "dep", "head", "children",
               "sentence_starts", "whitespace", "is_space", "is_title", "is_upper", "is_punct")
    for column in columns:  # (every column read before the repair)
        getattr(table, column)
    doc[1].head, doc[1].dep_, doc[1].tag_, doc[1].pos_ = doc[1], "ROOT", "VBP", "VERB"
    doc[0].head, doc[0].dep_, doc[0].tag_, doc[0].pos_ = doc[1], "nsubj", "NNS", "NOUN"
    doc[3].head = doc[1]
    table.reread_parse(doc)
    fresh = TokenTable(doc)
    for column in columns:
        assert getattr(table, column) == getattr(fresh, column), column
    assert (table.pos[:2], table.tag[:2], table.dep[:2]) == (
        ("NOUN", "VERB"), ("NNS", "VBP"), ("nsubj", "ROOT"))
    assert table.head == (1, 1, 3, 1) and table.children[1] == (0, 3)


def test_entities_read_once_within_a_block() -> None:
    """Inside ``entities_read_once`` the entities are read on entering and shared (each read
    of ``doc.ents`` makes new Spans); outside, and after the block, they are read anew."""
    doc = hand_built()
    doc.ents = [Span(doc, 2, 3, label="GPE")]  # "KYIV"
    assert entities(doc) is not entities(doc)  # (a tuple made anew at each read)
    with entities_read_once(doc):
        first = entities(doc)
        assert first is entities(doc)
        assert [(e.start, e.end, e.label_) for e in first] == [(2, 3, "GPE")]
        with entities_read_once(doc):  # an inner block reads nothing anew
            assert entities(doc) is first
        assert entities(doc) is first
    assert entities(doc) is not first and entities(doc) == doc.ents
    assert not any(isinstance(v, tuple) and v and isinstance(v[0], Span)
                   for v in doc.user_data.values())  # no Span left on the Doc


def test_entities_block_ends_on_an_error() -> None:
    doc = hand_built()
    try:
        with entities_read_once(doc):
            raise ValueError("a stage failed")
    except ValueError:
        pass
    assert doc.user_data == {}


def test_attributes_read_once_within_a_block() -> None:
    """Inside ``attributes_read_once`` the named ``doc._`` values are those read on entering
    (a stage that reads ``doc._.actor_at`` per name pays the Underscore once); other names,
    and every name after the block, are read anew; nothing is left on the Doc."""
    doc = hand_built()
    doc._.actor_at = {0: 0}
    doc._.actors = []
    with attributes_read_once(doc, "actor_at"):
        first = attribute(doc, "actor_at")
        assert first == {0: 0}
        doc._.actor_at = {5: 1}  # (a block must not set them: this shows what it reads)
        doc._.actors = ["an actor"]
        assert attribute(doc, "actor_at") is first
        assert attribute(doc, "actors") == ["an actor"]  # not named: read anew
        with attributes_read_once(doc, "actors"):  # an inner block reads nothing anew
            assert attribute(doc, "actor_at") is first
    assert attribute(doc, "actor_at") == {5: 1}
    assert not any(k.startswith("newsevents") for k in doc.user_data if isinstance(k, str))


def test_attributes_block_ends_on_an_error() -> None:
    doc = hand_built()
    try:
        with attributes_read_once(doc, "actor_at"):
            raise ValueError("a stage failed")
    except ValueError:
        pass
    assert attribute(doc, "actor_at") is None
    assert not any(isinstance(k, str) for k in doc.user_data)


def test_sentence_of_is_the_tokens_sentence() -> None:
    """``sentence_of`` gives ``token.sent`` for every token: the first, the last, the ones
    at a sentence's edges (our own three sentences, the last of one word)."""
    doc = Doc(VOCAB, words=["Troops", "withdrew", ".", "Talks", "resumed", ".", "Calm"],
              deps=["nsubj", "ROOT", "punct", "nsubj", "ROOT", "punct", "ROOT"],
              heads=[1, 1, 1, 4, 4, 4, 6])
    for token in doc:
        sentence = sentence_of(token)
        assert (sentence.start, sentence.end) == (token.sent.start, token.sent.end)
        assert sentence.text == token.sent.text
    assert [(sentence_of(t).start, sentence_of(t).end) for t in doc] == \
        [(0, 3)] * 3 + [(3, 6)] * 3 + [(6, 7)]


def test_columns_leave_the_garbage_collectors_watch() -> None:
    """The columns hold only strings, numbers and flags in tuples, which the garbage
    collector stops walking after a collection (a list it would walk at every one)."""
    table = TokenTable(hand_built())
    columns = ("text", "lower", "lemma_lower", "pos", "tag", "dep", "head", "children",
               "whitespace", "is_space", "is_title", "is_upper", "is_punct")
    for column in columns:
        getattr(table, column)
    gc.collect()
    gc.collect()  # (the children's tuples of tuples: the inner ones first)
    for column in columns:
        assert not gc.is_tracked(getattr(table, column)), column
