"""The stages as spaCy components in a user's own pipeline, and the Python API."""

from __future__ import annotations

import spacy

import newsevents  # noqa: F401  (registers the components)
from newsevents.nlp import DEFAULT_MODEL, STAGES, load_spacy, use_numpy_blas

OUR_TEXTS = [
    "The mayor of Tallinn met striking dock workers on Tuesday and promised talks next week.",
    "Rebels shelled two villages near the border, and the army answered with air strikes.",
    "Ministers from Chile and Peru signed a water-sharing accord in Lima after months of "
    "disputes over the river, a spokeswoman said.",
]


def _annotations(nlp) -> list[list[tuple]]:
    return [[(t.tag_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_, t.lemma_, t.is_sent_start)
             for t in doc] for doc in nlp.pipe(OUR_TEXTS)]


def test_numpy_blas_gives_the_annotations_blis_gives():
    """The models' matrix products through numpy's BLAS (the default) annotate exactly as
    with blis, spaCy's own default."""
    with_blis = spacy.load(DEFAULT_MODEL)
    loaded = load_spacy(DEFAULT_MODEL)
    assert {type(node.ops).__name__ for node in loaded.get_pipe("ner").model.walk()} == {
        "NumpyOps"}
    assert not loaded.get_pipe("ner").model.ops.use_blis
    assert with_blis.get_pipe("ner").model.ops.use_blis
    assert _annotations(loaded) == _annotations(with_blis)
    assert _annotations(use_numpy_blas(with_blis)) == _annotations(loaded)


def test_a_coding_process_has_one_blas_thread():
    """Loading a pipeline leaves numpy's BLAS one thread, as blis has (more only spin on
    spaCy's small matrices and take the cores other processes code on)."""
    from threadpoolctl import threadpool_info

    load_spacy(DEFAULT_MODEL)
    blas = [pool for pool in threadpool_info() if pool["user_api"] == "blas"]
    assert blas and {pool["num_threads"] for pool in blas} == {1}


def test_components_plug_into_a_users_pipeline():
    nlp = spacy.load(DEFAULT_MODEL)
    for name in STAGES:
        nlp.add_pipe(name)
    doc = nlp("Turkish police detained three journalists in Istanbul on Friday.")
    assert [m.text for m in doc._.actors][:1] == ["Turkish police"]
    assert doc._.actors[0].info.country == "TUR"
    (event,) = doc._.events
    assert event.trigger.event == "COERCE" and event.token.text == "detained"
    assert [doc._.actors[i].text for i in event.actors] == ["Turkish police"]


def test_code_many_streams_in_order_with_one_pipeline(coder):
    from newsevents.record import Article

    articles = [Article(id=str(n), text=f"Chile sanctioned Peru on day {n}.", published="2025-01-0"
                        + str(n)) for n in range(1, 6)]
    records = list(coder.code_many(iter(articles)))
    assert [r.article.id for r in records] == ["1", "2", "3", "4", "5"]
    assert all(r.events[0].event == "SANCTION" for r in records)


def test_a_coded_articles_doc_is_freed_without_the_garbage_collector(coder):
    """Once its record is built, an article's Doc and its annotations (mentions holding
    Tokens, which hold the Doc) are freed by reference counting, not left in a cycle for
    the next full collection to find; nor does a stage leave a function in a cycle (a
    nested function that calls itself)."""
    import gc
    import types

    from spacy.tokens import Doc

    from newsevents.record import Article

    articles = [Article(id=str(n), text=f"Police in Lima said protesters marched on day {n}. "
                        "The minister, Ana Soto, said talks with Bolivia would resume.",
                        published="2025-03-0" + str(n)) for n in range(1, 4)]
    list(coder.code_many(articles[:1]))  # (what loads on first use loads here)
    gc.collect()
    gc.disable()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        records = list(coder.code_many(articles))
        gc.collect()
        left = [o for o in gc.garbage if isinstance(o, Doc) or (
            isinstance(o, types.FunctionType) and o.__module__.startswith("newsevents"))]
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        gc.enable()
    assert len(records) == 3 and records[0].events and records[0].entities
    assert left == []


def test_code_returns_typed_objects_that_serialise(coder):
    record = coder.code("Brazil hosted talks with Argentina.", published="2025-02-01",
                        title="Talks", id="x1")
    data = record.to_dict()
    assert data["schema_version"] == "1"
    assert data["article"] == {"id": "x1", "title": "Talks", "published": "2025-02-01",
                               "url": None, "source": None, "language": "en",
                               "text": "Brazil hosted talks with Argentina."}
    assert data["events"][0]["event"] == "CONSULT"
    assert data["events"][0]["date"] == "2025-02-01"


def test_bare_event_nouns_are_left_out_unless_asked_for(coder):
    from newsevents import Coder

    text = "The minister spoke about the war for an hour."
    assert coder.code(text, published="2025-02-01").events == []
    everything = Coder(nlp=coder.nlp, min_confidence=0.0)
    events = everything.code(text, published="2025-02-01").events
    assert [e.event_text for e in events] == ["war"] and events[0].confidence < 0.25


def test_a_stage_failing_on_one_article_does_not_stop_the_others(caplog):
    from spacy.language import Language

    from newsevents.coder import Coder
    from newsevents.nlp import load_pipeline
    from newsevents.record import Article

    @Language.component("test_fails_on_marker")
    def fails_on_marker(doc):
        if "MARKER" in doc.text:
            raise ValueError("cannot handle this one")
        return doc

    nlp = load_pipeline()
    nlp.add_pipe("test_fails_on_marker", before="newsevents_when")
    coder = Coder(nlp=nlp)
    articles = [Article(id="first", text="Chile sanctioned Peru on Monday.",
                        published="2025-03-04"),
                Article(id="second", text="MARKER Peru sanctioned Chile.",
                        published="2025-03-04"),
                Article(id="third", text="Peru recalled its ambassador from Chile.",
                        published="2025-03-04")]
    records = list(coder.code_many(articles))
    assert [r.article.id for r in records] == ["first", "third"]
    assert all(r.events for r in records)
    assert coder.failed == ["second"]
    # reported as a warning of the package's logger (the command line prints it on stderr)
    err = "\n".join(r.getMessage() for r in caplog.records if r.name.startswith("newsevents"))
    assert "second: stage test_fails_on_marker failed (ValueError: cannot handle this one)" \
        in err and "first" not in err
