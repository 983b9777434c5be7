"""No text of the evaluation sets is copied into the code or its tests.

``../shared/evaldata/README.md``: the gold sets stand for text the coder has never seen, so
no example of them may stand in ``src/`` or ``tests/``. This test fails when a string literal
(docstrings included) of 40 characters or more, whitespace folded, occurs verbatim in a text
file of the evaluation sets. Skipped when the folder is absent (a clone without it).

Fast by construction: each evaluation file is read once; a literal is searched only in the
files that hold every one of its inner words (its first and last words may be cut in a copy).
"""

from __future__ import annotations

import ast
import html
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EVALDATA = ROOT.parent / "shared" / "evaldata"
MIN_CHARS = 40
# brat ``.ann`` files repeat spans of their ``.txt`` beside annotation lines, so they are left out
PLAIN = {".txt", ".csv", ".tsv", ".md", ".json", ".jsonl"}
MARKED_UP = {".tml", ".xml"}  # markup between words is taken out, entities decoded
TAG = re.compile(r"<[^>]*>")


def _fold(text: str) -> str:
    return " ".join(text.split())


def _literals() -> dict[str, str]:
    """Every string literal of ``MIN_CHARS`` or more in ``src/`` and ``tests/`` -> where."""
    found: dict[str, str] = {}
    for folder in ("src", "tests"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if isinstance(node, ast.Constant) and isinstance(node.value, str):
                    text = _fold(node.value)
                    if len(text) >= MIN_CHARS:
                        found.setdefault(text, f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def _evaldata_texts() -> list[tuple[str, str]]:
    texts = []
    for path in sorted(EVALDATA.rglob("*")):
        suffix = path.suffix.lower()
        if not path.is_file() or suffix not in PLAIN | MARKED_UP:
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        if suffix in MARKED_UP:
            text = html.unescape(TAG.sub("", text))
        texts.append((str(path.relative_to(EVALDATA)), _fold(text)))
    return texts


def _copies(literals: dict[str, str], texts: list[tuple[str, str]]) -> list[str]:
    inner = {lit: lit.split()[1:-1] for lit in literals}
    wanted = set().union(*inner.values()) if inner else set()
    holding: dict[str, set[int]] = {}
    for n, (_, text) in enumerate(texts):
        for word in wanted.intersection(text.split()):
            holding.setdefault(word, set()).add(n)
    everything = set(range(len(texts)))
    copies = []
    for lit, where in literals.items():
        files = everything
        for word in sorted(inner[lit], key=lambda w: len(holding.get(w, ()))):
            files = files & holding.get(word, set())
            if not files:
                break
        copies += [f"{where}: {lit[:70]!r} is in {texts[n][0]}"
                   for n in sorted(files) if lit in texts[n][1]]
    return copies


def test_the_search_finds_a_copy_and_only_a_copy():
    texts = [("a.txt", _fold("The  council met on Tuesday\nand voted to close the old harbour "
                             "for a year.")), ("b.tml", "Nothing here.")]
    literals = {"met on Tuesday and voted to close the old harbour for": "x.py:1",
                "met on Tuesday and voted to close the new harbour for": "x.py:2"}
    (copy,) = _copies(literals, texts)
    assert copy.startswith("x.py:1: ") and copy.endswith(" is in a.txt")


@pytest.mark.skipif(not EVALDATA.is_dir(), reason="no ../shared/evaldata beside the repository")
def test_no_string_literal_copies_text_of_the_evaluation_sets():
    copies = _copies(_literals(), _evaldata_texts())
    assert not copies, "text of the evaluation sets copied into the repository:\n" + "\n".join(
        copies)
