"""The records of the bundled examples, pinned byte for byte.

A restructuring must not change what the coder says. This test codes ``examples/articles.jsonl``
and ``examples/sanctions.html`` as ``newsevents code ... --format jsonl`` does, and compares the
JSON Lines with golden files made by the code before the change: once with the default
confidence cut (what users see) and once keeping every event (so that a change in a confidence
below the cut shows too). The records carry no volatile field (no timestamps), so nothing is
removed before comparing.

To accept a deliberate change of output, regenerate the golden files and review their diff:

    NEWSEVENTS_UPDATE_PINNED=1 .venv/bin/pytest tests/test_pinned_records.py
"""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from newsevents.coder import build_record
from newsevents.output import write_jsonl
from newsevents.read import read_inputs
from newsevents.record import Article

ROOT = Path(__file__).resolve().parent.parent
# Relative paths, read from the repository root: a page's article id is its path as given.
EXAMPLES = ["examples/articles.jsonl", "examples/sanctions.html"]
PINNED = Path(__file__).resolve().parent / "data" / "pinned"
UPDATE = os.environ.get("NEWSEVENTS_UPDATE_PINNED") == "1"


def _articles() -> list[Article]:
    """The examples as the command line run from the repository root reads them."""
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        items = list(read_inputs(EXAMPLES))
    finally:
        os.chdir(cwd)
    assert all(isinstance(item, Article) for item in items), items
    return items


def _compare(name: str, text: str) -> None:
    """Compare ``text`` with the golden file ``name``, line by line for a readable failure."""
    golden = PINNED / name
    if UPDATE:
        golden.write_text(text, encoding="utf-8")
    expected = golden.read_text(encoding="utf-8")
    for n, (got, want) in enumerate(zip(text.splitlines(), expected.splitlines(),
                                        strict=False), start=1):
        assert got == want, f"{name}: record {n} differs from the pinned one"
    assert text == expected, f"{name}: differs from the pinned output"


def test_examples_code_to_the_pinned_records(coder):
    out = io.StringIO()
    write_jsonl(coder.code_many(_articles()), out)
    _compare("examples.jsonl", out.getvalue())


def test_examples_every_event_pinned_with_its_confidence(coder):
    articles = _articles()
    docs = coder.nlp.pipe(coder.make_doc(a) for a in articles)
    out = io.StringIO()
    write_jsonl((build_record(doc, a, 0.0) for doc, a in zip(docs, articles, strict=True)), out)
    _compare("examples_all_events.jsonl", out.getvalue())


@pytest.mark.skipif(UPDATE, reason="regenerating")
def test_pinned_files_exist():
    assert (PINNED / "examples.jsonl").stat().st_size > 100_000
