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

from .errors import NewseventsError

DATA_PACKAGE = "newsevents.data"


# PyYAML and jsonschema are imported on first use, not with this module: the coder usually
# reads the data from the start-up cache (``cache.py``) and never needs them, and together
# they cost about 0.1 s of start-up for every command.
@cache
def _yaml() -> Any:
    import yaml

    return yaml


@cache
def _safe_loader() -> Any:
    """libyaml's loader when PyYAML was built with it (the wheels are): several times faster."""
    yaml = _yaml()
    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class DataFileError(NewseventsError, ValueError):
    """A data file that cannot be used (D001): one line per problem, each naming file, entry
    and reason. ``str()`` is those lines without the code, so that each stays a
    ``file: line N: entry: reason`` line an editor or grep can follow."""

    code = "D001"

    def __init__(self, path: str, problems: list[str]):
        self.path = path
        self.problems = problems
        super().__init__("\n".join(f"{path}: {p}" for p in problems))

    def __str__(self) -> str:
        return str(self.args[0])


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


def schema_problems(data: Any, schema_name: str, text: str | None = None) -> Iterator[str]:
    """Yield ``[line N: ]entry: reason`` for each way ``data`` breaks the schema called
    ``schema_name``; with the file's ``text``, each problem also names its line."""
    import jsonschema

    validator = jsonschema.Draft202012Validator(_schema(schema_name))
    errors = sorted(validator.iter_errors(data), key=lambda e: list(map(str, e.path)))
    root = _yaml().compose(text, Loader=_safe_loader()) if errors and text is not None else None
    for error in errors:
        line = _line_of(root, list(error.path))
        where = f"line {line}: " if line else ""
        yield f"{where}{_entry_name(list(error.path), data)}: {error.message}"


def entry_line(path: Path | str, keys: list[Any]) -> str:
    """"line N: " for the entry at ``keys`` in the YAML file at ``path`` (for rule checks
    beyond the schema), or "" when it cannot be found."""
    yaml = _yaml()
    try:
        root = yaml.compose(Path(path).read_text(encoding="utf-8"), Loader=_safe_loader())
    except (OSError, yaml.YAMLError):
        return ""
    line = _line_of(root, keys)
    return f"line {line}: " if line else ""


def _line_of(node: Any, path: list[Any]) -> int | None:
    """The 1-based line of the YAML node at ``path`` (as deep as the path can be followed)."""
    if node is None:
        return None
    yaml = _yaml()
    for key in path:
        if isinstance(node, yaml.MappingNode):
            found = [v for k, v in node.value if k.value == key]
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) \
                and key < len(node.value):
            found = [node.value[key]]
        else:
            found = []
        if not found:
            break
        node = found[0]
    return node.start_mark.line + 1


def load_yaml(path: Path | str, schema_name: str) -> dict[str, Any]:
    """Read a YAML data file and check it against its schema; raise DataFileError if broken."""
    path = Path(path)
    yaml = _yaml()
    try:
        text = path.read_text(encoding="utf-8")
        data = yaml.load(text, Loader=_safe_loader())
    except OSError as exc:
        raise DataFileError(str(path), [f"cannot read: {exc.strerror}"]) from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}: " if mark else ""
        # PyYAML's message spans several lines (with the place again): one line, its problem
        problem = " ".join(str(getattr(exc, "problem", None) or exc).split())
        raise DataFileError(str(path), [f"{where}not valid YAML: {problem}"]) from exc
    problems = list(schema_problems(data, schema_name, text))
    if problems:
        raise DataFileError(str(path), problems)
    return data


@cache
def load_default(name: str) -> dict[str, Any]:
    """The package's own copy of data file ``name`` (e.g. ``countries``), validated once."""
    return load_yaml(default_path(f"{name}.yaml"), name)


@cache
def iso3_by_iso2() -> dict[str, str]:
    """ISO alpha-2 -> alpha-3 of every entry of ``countries.yaml`` (GeoNames places carry
    alpha-2, actors alpha-3), through the start-up cache (no YAML parsing once cached)."""
    from .cache import cached, code_part, file_part

    path = default_path("countries.yaml")
    return cached("iso3", [code_part("datafiles.py"), file_part(path)],
                  lambda: {c["iso2"]: c["iso3"]
                           for c in load_default("countries")["countries"]})


def iso3_of(iso2: str) -> str | None:
    """The ISO alpha-3 code of a country in ``countries.yaml`` by its alpha-2 ("PS" -> "PSE")."""
    return iso3_by_iso2().get(iso2)
