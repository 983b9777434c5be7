"""The event lexicon: which words trigger which PLOVER event, read from ``data/lexicon.yaml``.

The file is data that people edit, so loading it validates it: the JSON Schema first, then the
rules a schema cannot say (a mode must belong to its event type; the same trigger must not be
listed for two types). Every problem is reported as ``file: entry: reason``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .cache import cached, code_part, file_part
from .datafiles import DataFileError, default_path, entry_line, load_yaml

MODES: dict[str, set[str]] = {
    "AGREE": set(), "SUPPORT": set(), "CONCEDE": set(), "COOPERATE": set(), "AID": set(),
    "CONSULT": {"visit", "third-party", "multilateral", "phone"},
    "RETREAT": {"withdraw", "release", "disarm", "ceasefire", "access", "resign"},
    "REQUEST": {"assist", "change", "yield", "meet"},
    "ACCUSE": {"disapprove", "investigate", "allege"},
    "REJECT": {"assist", "change", "yield", "meet"},
    "THREATEN": {"restrict", "arrest", "relations", "expel", "territory", "violence"},
    "PROTEST": {"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"},
    "SANCTION": {"convict", "expel", "withdraw", "discontinue"},
    "MOBILIZE": {"troops", "weapons", "police", "militia"},
    "COERCE": {"seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport",
               "withhold", "misinformation", "cyber"},
    "ASSAULT": {"abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive",
                "firearms", "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons",
                "crowd-control", "unconventional"},
}
QUAD = {
    "AGREE": "verbal_cooperation", "CONSULT": "verbal_cooperation",
    "SUPPORT": "verbal_cooperation", "CONCEDE": "verbal_cooperation",
    "COOPERATE": "material_cooperation", "AID": "material_cooperation",
    "RETREAT": "material_cooperation",
    "REQUEST": "verbal_conflict", "ACCUSE": "verbal_conflict", "REJECT": "verbal_conflict",
    "THREATEN": "verbal_conflict",
    "PROTEST": "material_conflict", "SANCTION": "material_conflict",
    "MOBILIZE": "material_conflict", "COERCE": "material_conflict",
    "ASSAULT": "material_conflict",
}


def _words(value: str | list[str] | None) -> frozenset[str]:
    if value is None:
        return frozenset()
    return frozenset([value] if isinstance(value, str) else value)


@dataclass(frozen=True)
class Trigger:
    """One lexicon entry: a word (and its required companions) that signals an event type."""

    event: str
    lemma: str  # for nouns, may hold modifiers before the head: "drone strike"
    pos: str  # "verb" | "noun"
    cameo: str
    mode: str | None = None
    context: tuple[str, ...] = ()
    particle: str | None = None
    prep: frozenset[str] = frozenset()
    object: frozenset[str] = frozenset()
    not_object: frozenset[str] = frozenset()
    speech: bool = False
    weight: float = 0.8

    @property
    def head(self) -> str:
        return self.lemma.split()[-1]

    @property
    def modifiers(self) -> tuple[str, ...]:
        return tuple(self.lemma.split()[:-1])

    @property
    def specificity(self) -> int:
        """How much a match says: constrained triggers beat bare ones."""
        return (len(self.modifiers) + bool(self.particle) + bool(self.prep) * 2
                + bool(self.object) * 2)


@dataclass
class Lexicon:
    """Triggers indexed by head lemma for verbs and nouns."""

    verbs: dict[str, list[Trigger]]
    nouns: dict[str, list[Trigger]]
    source: str

    @property
    def size(self) -> int:
        return sum(map(len, self.verbs.values())) + sum(map(len, self.nouns.values()))


def _trigger(event: str, pos: str, spec: dict[str, Any], defaults: dict[str, Any]) -> Trigger:
    return Trigger(
        event=event, lemma=spec["lemma"].lower().strip(), pos=pos,
        cameo=spec.get("cameo", defaults["cameo"]), mode=spec.get("mode"),
        context=tuple(spec.get("context", defaults.get("context", []))),
        particle=spec.get("particle"), prep=_words(spec.get("prep")),
        object=_words(spec.get("object")), not_object=_words(spec.get("not_object")),
        speech=bool(spec.get("speech", False)), weight=float(spec.get("weight", 0.8)),
    )


def _rule_problems(data: dict[str, Any], path: Path) -> list[str]:
    problems = []
    seen: dict[tuple[Any, ...], str] = {}
    for event, spec in data["events"].items():
        for pos in ("verbs", "nouns"):
            for n, entry in enumerate(spec[pos]):
                where = f"events.{event}.{pos}[{n}] ({entry['lemma']})"
                mode = entry.get("mode")
                if mode is not None and mode not in MODES[event]:
                    allowed = ", ".join(sorted(MODES[event])) or "none"
                    line = _line(path, ["events", event, pos, n])
                    problems.append(f"{line}{where}: mode {mode!r} is not a mode of {event} "
                                    f"(allowed: {allowed})")
                key = (pos, entry["lemma"].lower(), entry.get("particle"),
                       _words(entry.get("prep")), _words(entry.get("object")))
                if key in seen and seen[key] != event:
                    line = _line(path, ["events", event, pos, n])
                    problems.append(f"{line}{where}: the same trigger is already listed "
                                    f"under {seen[key]}")
                seen.setdefault(key, event)
    return problems


def _line(path: Path, keys: list[Any]) -> str:
    return entry_line(path, keys)


def load_lexicon(path: Path | str | None = None) -> Lexicon:
    """Read and validate a lexicon file (the packaged one by default); from the start-up
    cache when the file, its schema and this module are unchanged since it was last read."""
    packaged = default_path("lexicon.yaml")
    path = Path(path) if path else packaged
    parts = [code_part("lexicon.py", "datafiles.py"),
             file_part(default_path("lexicon.schema.json")), file_part(path)]
    name = "lexicon" if path == packaged else "lexicon-user"
    return cached(name, parts, lambda: _build(path))


def _build(path: Path) -> Lexicon:
    """Read and validate the lexicon file at ``path``; raise DataFileError if it is broken."""
    data = load_yaml(path, "lexicon")
    problems = _rule_problems(data, path)
    if problems:
        raise DataFileError(str(path), problems)
    verbs: dict[str, list[Trigger]] = defaultdict(list)
    nouns: dict[str, list[Trigger]] = defaultdict(list)
    for event, spec in data["events"].items():
        for entry in spec["verbs"]:
            trig = _trigger(event, "verb", entry, spec)
            verbs[trig.head].append(trig)
        for entry in spec["nouns"]:
            trig = _trigger(event, "noun", entry, spec)
            nouns[trig.head].append(trig)
    for table in (verbs, nouns):
        for triggers in table.values():
            triggers.sort(key=lambda t: -t.specificity)
    return Lexicon(dict(verbs), dict(nouns), str(path))
