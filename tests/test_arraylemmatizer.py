"""The array lemmatizer gives every token the lemma spaCy's lemmatizer gives it."""

from __future__ import annotations

import pytest
import spacy

from newsevents.arraylemmatizer import ArrayLemmatizer
from newsevents.nlp import DEFAULT_MODEL, load_spacy

# Invented sentences: inflected verbs, plural and proper nouns, comparatives, contractions,
# numbers, punctuation, spaces, and the same words twice with other parts of speech.
TEXTS = [
    "The ministers were meeting in Quito, where the striking miners had been marching.",
    "Better roads cost more; the best ones cost the most, said the council's engineers.",
    "She'd've known. They're running, we ran, he runs: the run was longer than planned.",
    "  Protesters   gathered\n\nagain on 12 March, 2024 -- police said 1,200 people came.",
    "",
]


def test_array_lemmatizer_gives_spacys_lemmas():
    nlp = spacy.load(DEFAULT_MODEL, exclude=["ner"])
    spacys = nlp.get_pipe("lemmatizer")
    ours = ArrayLemmatizer(nlp.vocab)
    ours.load(spacys)
    with nlp.select_pipes(disable=["lemmatizer"]):
        docs = list(nlp.pipe(TEXTS * 2))  # twice: the second time from the kept answers
    for doc in docs:
        expected, got = spacys(doc.copy()), ours(doc.copy())
        assert [t.lemma_ for t in got] == [t.lemma_ for t in expected]
        assert got.to_bytes() == expected.to_bytes()


def test_the_coders_pipeline_runs_the_array_lemmatizer():
    nlp = load_spacy(DEFAULT_MODEL)
    lemmatizer = nlp.get_pipe("lemmatizer")
    assert isinstance(lemmatizer, ArrayLemmatizer)
    assert lemmatizer.lookups.has_table("lemma_rules")  # the where stage reads the tables
    assert [t.lemma_ for t in nlp("Strikers were blocking the ports.")][:4] == [
        "striker", "be", "block", "the"]
    # a saved pipeline would lose spaCy's ruler and lemmatizer: saving says so
    with pytest.raises(NotImplementedError, match="cannot save"):
        nlp.to_bytes()
