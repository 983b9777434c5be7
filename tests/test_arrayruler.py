"""The array attribute ruler writes what spaCy's AttributeRuler writes, on the same tokens."""

from __future__ import annotations

import pytest
import spacy
from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG

from newsevents.arrayruler import ArrayAttributeRuler, Unsupported, compile_ruler
from newsevents.nlp import DEFAULT_MODEL, load_spacy

# Invented sentences with the words the model's exception patterns are about: contractions,
# colloquial forms, expletives, pronouns as objects, subordinators, auxiliaries, spaces.
TEXTS = [
    "The harbour master said the ferries ain't running, and the union is gonna strike.",
    "Y'all know there's nothin' left, a farmer told her, but we've gotta try and let's see.",
    "If the council approves it, the mayor will send you the plans once they're ready.",
    "They didn't say whether the bridge was closed because of the flood or the repairs.",
    "Police detained him\n\nafter the match.  I'm told that ain't so;   he'd have known.",
    "Which road did they take? Those who left early do not know what happened to it.",
    "",
    "\n",
]
COLUMNS = [POS, TAG, LEMMA, MORPH, DEP]


@pytest.fixture(scope="module")
def parsed():
    """The model's pipeline up to the ruler, and the texts tagged and parsed by it."""
    nlp = spacy.load(DEFAULT_MODEL, exclude=["ner", "lemmatizer"])
    with nlp.select_pipes(disable=["attribute_ruler"]):
        docs = list(nlp.pipe(TEXTS))
    return nlp, docs


def test_array_ruler_writes_what_spacys_ruler_writes(parsed):
    nlp, docs = parsed
    spacys = nlp.get_pipe("attribute_ruler")
    ours = ArrayAttributeRuler(nlp.vocab)
    ours.load(compile_ruler(spacys))
    for doc in docs:
        expected, got = spacys(doc.copy()), ours(doc.copy())
        assert got.to_array(COLUMNS).tolist() == expected.to_array(COLUMNS).tolist()
        assert got.to_bytes() == expected.to_bytes()


def test_later_groups_win_and_negative_indexes_count_from_the_end(parsed):
    """A hand-made ruler: two groups on the same token (the later one wins, as in spaCy's),
    a two-token pattern writing its last token, an IN and a REGEX predicate."""
    nlp, docs = parsed
    spacys = nlp.add_pipe("attribute_ruler", name="test_ruler", last=True)
    spacys.add([[{"LOWER": "the"}]], {"POS": "PRON", "LEMMA": "first"})
    spacys.add([[{"TAG": "DT"}]], {"POS": "DET"})
    spacys.add([[{"LOWER": {"IN": ["police", "mayor"]}}, {"TAG": {"REGEX": "^VB"}}]],
               {"LEMMA": "acted", "MORPH": "Tense=Past"}, index=-1)
    spacys.add([[{"IS_SPACE": True}]], {"TAG": "_SP"})
    ours = ArrayAttributeRuler(nlp.vocab)
    ours.load(compile_ruler(spacys))
    nlp.remove_pipe("test_ruler")
    for doc in docs:
        expected, got = spacys(doc.copy()), ours(doc.copy())
        assert got.to_array(COLUMNS).tolist() == expected.to_array(COLUMNS).tolist()
    police = ours(docs[4].copy())
    assert [t.lemma_ for t in police if t.lower_ == "detained"] == ["acted"]


def test_a_ruler_with_operators_stays_spacys():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "very", "OP": "+"}]], {"POS": "ADV"})
    with pytest.raises(Unsupported):
        compile_ruler(ruler)


def test_the_coders_pipeline_runs_the_array_ruler():
    nlp = load_spacy(DEFAULT_MODEL)
    assert isinstance(nlp.get_pipe("attribute_ruler"), ArrayAttributeRuler)
    doc = nlp("The coach said they ain't seen nothin' yet.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert (lemmas["ai"], lemmas["n't"], lemmas["nothin'"]) == ("be", "not", "nothing")
