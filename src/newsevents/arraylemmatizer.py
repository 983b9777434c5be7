"""spaCy's rule lemmatizer, run once per distinct word form rather than once per token.

In:  a loaded pipeline whose ``lemmatizer`` is spaCy's own (``Lemmatizer`` or
     ``EnglishLemmatizer``) in ``rule`` or ``lookup`` mode.
Out: the same pipeline with ``lemmatizer`` replaced by :class:`ArrayLemmatizer`, which gives
     each token the lemma spaCy's gives it, by calling spaCy's lemmatizer itself.

Why: spaCy's lemmatizer makes a ``Token`` for every word and, for the words its cache does not
hold (base forms, proper nouns, punctuation), reads the token's morphology into a dict each
time: some 4 ms of CPU an article. Its answer depends only on the word, its part of speech and
its morphology (``rule_lemmatize`` keys its own cache by the three; ``is_base_form`` reads the
last two; ``lookup_lemmatize`` the word), so it is asked once per distinct triple and the
answers are read from one ``Doc.to_array`` and written with one ``Doc.from_array``. The
answers are kept across articles (they cannot go stale: the lemmatizer's tables do not
change), at most :data:`MAX_FORMS` of them.
"""

from __future__ import annotations

from typing import Any

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.errors import Errors
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc
from spacy.vocab import Vocab

# The component wraps spaCy's lemmatizer, which spaCy would not save with it: a saved pipeline
# would lose its lemmatizer's tables, so saving is refused.
UNSAVED = ("newsevents replaces spaCy's lemmatizer when it loads a pipeline and cannot save it: "
           "save the pipeline as spaCy loads it")
FACTORY = "newsevents_lemmatizer"
NAME = "lemmatizer"
# Lemmatizers whose answer is a function of (word, part of speech, morphology) alone.
KNOWN = (Lemmatizer, EnglishLemmatizer)
MODES = ("rule", "lookup")
MAX_FORMS = 100_000
COLUMNS = [ORTH, POS, MORPH, LEMMA]


class ArrayLemmatizer:
    """The component: spaCy's lemmatizer asked once per (word, part of speech, morphology)."""

    def __init__(self, vocab: Vocab, name: str = NAME):
        self.vocab = vocab
        self.name = name
        self.lemmatizer: Any = None
        self._forms: dict[tuple[int, int, int], str] = {}

    def to_bytes(self, **_kwargs: Any) -> bytes:
        raise NotImplementedError(UNSAVED)

    def to_disk(self, *_args: Any, **_kwargs: Any) -> None:
        raise NotImplementedError(UNSAVED)

    def load(self, lemmatizer: Any) -> None:
        self.lemmatizer = lemmatizer

    @property
    def lookups(self) -> Any:
        """spaCy's lemmatizer's tables (the where stage reads them)."""
        return self.lemmatizer.lookups

    def __call__(self, doc: Doc) -> Doc:
        spacys = self.lemmatizer
        if not spacys._validated:
            spacys._validate_tables(Errors.E1004)
        if not len(doc):
            return doc
        strings = doc.vocab.strings
        lemmas = []
        for i, (orth, pos, morph, lemma) in enumerate(doc.to_array(COLUMNS).tolist()):
            if spacys.overwrite or lemma == 0:
                lemma = strings.add(self._form((orth, pos, morph), doc, i))
            lemmas.append(lemma)
        doc.from_array([LEMMA], numpy.array(lemmas, dtype=numpy.uint64))
        return doc

    def _form(self, key: tuple[int, int, int], doc: Doc, i: int) -> str:
        form = self._forms.get(key)
        if form is None:
            if len(self._forms) >= MAX_FORMS:
                self._forms.clear()
            form = self._forms[key] = self.lemmatizer.lemmatize(doc[i])[0]
        return form


def make_array_lemmatizer(nlp: Language, name: str) -> ArrayLemmatizer:
    """The factory: an empty component, given spaCy's lemmatizer by
    :func:`use_array_lemmatizer`."""
    return ArrayLemmatizer(nlp.vocab, name)


def use_array_lemmatizer(nlp: Language) -> Language:
    """Replace spaCy's lemmatizer by the array one when it is of a kind whose answers depend
    on the word, its part of speech and morphology alone."""
    if NAME not in nlp.pipe_names:
        return nlp
    spacys = nlp.get_pipe(NAME)
    if type(spacys) not in KNOWN or spacys.mode not in MODES:
        return nlp
    if not Language.has_factory(FACTORY):
        Language.factory(FACTORY, func=make_array_lemmatizer, assigns=["token.lemma"])
    ours = nlp.replace_pipe(NAME, FACTORY)
    ours.load(spacys)
    return nlp
