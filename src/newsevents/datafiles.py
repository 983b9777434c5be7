"""Load the editable data files (lexicon, countries, IGOs, agents) and validate them.

Every data file has a JSON Schema beside it (``data/NAME.schema.json``). Loading a file checks
it against its schema and reports each problem as ``file: entry: reason`` so that a person who
edited the file can find the line to fix.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import yaml

DATA_PACKAGE = "newsevents.data"
# libyaml's loader when PyYAML was built with it (the wheels are): several times faster.
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class DataFileError(ValueError):
    """A data file that cannot be used: each message names file, entry and reason."""

    def __init__(self, path: str, problems: list[str]):
        self.path = path
        self.problems = problems
        super().__init__("\n".join(f"{path}: {p}" for p in problems))


def default_path(name: str) -> Path:
    """Path of a data file shipped in the package, e.g. ``default_path('lexicon.yaml')``."""
    return Path(str(resources.files(DATA_PACKAGE).joinpath(name)))


@cache
def _schema(name: str) -> dict[str, Any]:
    return json.loads(default_path(f"{name}.schema.json").read_text(encoding="utf-8"))


def _entry_name(path: list[Any], data: Any) -> str:
    """A readable name for the entry an error points into: ``events.ASSAULT.verbs[3] (attack)``."""
    parts: list[str] = []
    node = data
    label = ""
    for key in path:
        parts.append(f"[{key}]" if isinstance(key, int) else f".{key}")
        try:
            node = node[key]
        except (KeyError, IndexError, TypeError):
            break
        if isinstance(node, dict):
            for field in ("lemma", "iso3", "code", "name", "id"):
                if isinstance(node.get(field), str):
                    label = f" ({node[field]})"
                    break
    return ("".join(parts).lstrip(".") or "(top level)") + label


def schema_problems(data: Any, schema_name: str) -> Iterator[str]:
    """Yield ``entry: reason`` for each way ``data`` breaks the schema called ``schema_name``."""
    validator = jsonschema.Draft202012Validator(_schema(schema_name))
    for error in sorted(validator.iter_errors(data), key=lambda e: list(map(str, e.path))):
        yield f"{_entry_name(list(error.path), data)}: {error.message}"


def load_yaml(path: Path | str, schema_name: str) -> dict[str, Any]:
    """Read a YAML data file and check it against its schema; raise DataFileError if broken."""
    path = Path(path)
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_SAFE_LOADER)
    except OSError as exc:
        raise DataFileError(str(path), [f"cannot read: {exc.strerror}"]) from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}: " if mark else ""
        raise DataFileError(str(path), [f"{where}not valid YAML: {exc}"]) from exc
    problems = list(schema_problems(data, schema_name))
    if problems:
        raise DataFileError(str(path), problems)
    return data


@cache
def load_default(name: str) -> dict[str, Any]:
    """The package's own copy of data file ``name`` (e.g. ``countries``), validated once."""
    return load_yaml(default_path(f"{name}.yaml"), name)
