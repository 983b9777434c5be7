"""The documentation says what the code does: every command and option of ``newsevents
--help`` is in the README, every module has its line in "How the code is laid out", and the
paths the docstrings name exist."""

from __future__ import annotations

import argparse
import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsevents.cli import build_parser

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "newsevents"
README = (ROOT / "README.md").read_text(encoding="utf-8")
# Commands or options whose documentation is still being written by their authors: listed
# here so that the test names them, and removed from here once the README has them.
NOT_YET_DOCUMENTED = {"serve --log-level"}
PATH_IN_DOCSTRING = re.compile(
    r"(?<![\w/])((?:src/newsevents/|tests/|bench/|examples/|data/)[\w/.*-]+"
    r"\.(?:py|yaml|json|md|jsonl|txt|html))")


def _commands(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> Iterator[
        tuple[tuple[str, ...], str | None]]:
    """(command path, None) for every command and (command path, option) for its options."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield (*path, name), None
                yield from _commands(sub, (*path, name))
        elif action.help != argparse.SUPPRESS:
            for option in action.option_strings:
                if option.startswith("--") and option not in ("--help", "--version"):
                    yield path, option


def test_every_command_and_option_is_in_the_readme():
    missing = []
    for path, option in _commands(build_parser()):
        if " ".join(path) + (f" {option}" if option else "") in NOT_YET_DOCUMENTED:
            continue
        if option is None:
            found = f"newsevents {' '.join(path)}" in README or f"`{path[-1]}`" in README \
                or f" {' '.join(path)} " in README
        else:
            found = option in README
        if not found:
            missing.append(" ".join(path) + (f" {option}" if option else ""))
    assert missing == []


def test_every_module_has_its_line_in_the_layout():
    section = README.split("### How the code is laid out", 1)[1].split("\n## ", 1)[0]
    names = [p.name for p in PACKAGE.iterdir()
             if (p.suffix == ".py" and p.name != "__init__.py")
             or (p.is_dir() and ((p / "__init__.py").exists() or p.name == "data"))]
    missing = [n for n in names if f"`{n}`" not in section and f"`{n}/`" not in section]
    assert missing == []


def _docstrings() -> Iterator[tuple[Path, str]]:
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef
                          | ast.AsyncFunctionDef):
                doc = ast.get_docstring(node)
                if doc:
                    yield path, doc


@pytest.mark.parametrize("path, named", [
    (path.relative_to(ROOT), named) for path, doc in _docstrings()
    for named in PATH_IN_DOCSTRING.findall(doc)])
def test_paths_named_in_docstrings_exist(path, named):
    pattern = named.replace("NAME", "*")  # "data/NAME.schema.json": a family of files
    base = PACKAGE if named.startswith("data/") else ROOT
    assert list(base.glob(pattern)), f"{path} names {named}, which does not exist"
