"""The event lexicon: which words trigger which PLOVER event, read from ``data/lexicon.yaml``.

The file is data that people edit, so loading it validates it: the JSON Schema first, then the
rules a schema cannot say (a mode must belong to its event type; the same trigger must not be
listed for two types). Every problem is reported as ``file: entry: reason``.

The file also states each PLOVER type's facts (quad, modes, how its arguments read), which
:class:`EventType` holds; ``newsevents lexicon check`` is at the end of this module.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from functools import cache, cached_property
from pathlib import Path
from typing import Any, TextIO

from .datafiles import DataFileError, default_path, entry_line, load_yaml
from .errors import EXIT_OK, EXIT_SOME_FAILED

# The facts of each PLOVER type (quad, modes, how its arguments read) live in the lexicon
# file beside its triggers; ``QUAD`` and ``MODES``, the packaged lexicon's, are read from it
# on first use (see ``__getattr__`` below).


@dataclass(frozen=True)
class EventType:
    """PLOVER's facts about one event type, as the lexicon file states them.

    ``own_object`` and ``at_object`` hold for every trigger of the type (``True``) or for
    triggers of the modes listed (``*_modes``): see the header of ``data/lexicon.yaml``."""

    name: str
    quad: str
    modes: frozenset[str] = frozenset()
    own_object: bool = False
    own_object_modes: frozenset[str] = frozenset()
    of_is_actor: bool = False
    for_is_recipient: bool = False
    at_object: bool = False
    at_object_modes: frozenset[str] = frozenset()

    def object_is_own(self, mode: str | None) -> bool:
        """The direct object of a trigger of this mode is the doer's own means ("deployed
        troops", "withdrew its ambassador"), not a recipient."""
        return self.own_object or mode in self.own_object_modes

    def happens_at_object(self, mode: str | None) -> bool:
        """An event of this mode happens where its direct object is ("shelled Kharkiv")."""
        return self.at_object or mode in self.at_object_modes


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
    # kinds of actor the direct object must name ("called Putin" is a phone call): a person
    # or a state cannot be listed by lemma
    object_kind: frozenset[str] = frozenset()
    # lemma(s) of the subject head that must be present: "troops arrived" is a deployment
    subject: frozenset[str] = frozenset()
    # subject head lemma(s) that cancel it: "stocks rallied", "the rupee retreated"
    not_subject: frozenset[str] = frozenset()
    # prepositions attached to the trigger that cancel it
    not_prep: frozenset[str] = frozenset()
    # a direct object cancels it: "demonstrated its resolve", "gathered evidence"
    intransitive: bool = False
    # a direct object that names no actor, a thing, is needed: "returned the fossils to
    # Peru", not "returned to Peru" nor "returned the minister to prison"
    thing_object: bool = False
    speech: bool = False
    # a verb whose noun names a thing or a team, not the act ("club", "torch", "beat"): no
    # deverbal reading ("the club" is no beating)
    deverbal: bool = True
    weight: float = 0.8
    quad: str = ""  # the event type's (see EventType), carried for the record

    # (cached on the frozen entry: the event stage reads them for every candidate entry of
    # every token it tries; ``replace`` makes a new entry, which reads its own lemma)
    @cached_property
    def head(self) -> str:
        return self.lemma.split()[-1]

    @cached_property
    def modifiers(self) -> tuple[str, ...]:
        return tuple(self.lemma.split()[:-1])

    @property
    def specificity(self) -> int:
        """How much a match says: constrained triggers beat bare ones; a subject says who
        acts, which decides more than a preposition ("police poured into the streets"); and
        words that name the event with the trigger ("test-fired", "air strike") beat any
        companion ("fired missiles into the sea")."""
        return (len(self.modifiers) * 5 + bool(self.particle) + bool(self.prep) * 2
                + bool(self.object or self.object_kind) * 2 + bool(self.subject) * 3)


@dataclass
class Lexicon:
    """Triggers indexed by head lemma for verbs and nouns, and the event types' facts."""

    verbs: dict[str, list[Trigger]]
    nouns: dict[str, list[Trigger]]
    source: str
    types: dict[str, EventType]

    @property
    def size(self) -> int:
        return sum(map(len, self.verbs.values())) + sum(map(len, self.nouns.values()))


def _trigger(event: EventType, pos: str, spec: dict[str, Any],
             defaults: dict[str, Any]) -> Trigger:
    """The trigger an entry of the file describes (``defaults``: its type's entry)."""
    return Trigger(
        event=event.name, lemma=spec["lemma"].lower().strip(), pos=pos,
        cameo=spec.get("cameo", defaults["cameo"]), mode=spec.get("mode"),
        context=tuple(spec.get("context", defaults.get("context", []))),
        particle=spec.get("particle"), prep=_words(spec.get("prep")),
        object=_words(spec.get("object")), not_object=_words(spec.get("not_object")),
        object_kind=frozenset(spec.get("object_kind", ())),
        subject=_words(spec.get("subject")), not_subject=_words(spec.get("not_subject")),
        not_prep=_words(spec.get("not_prep")), intransitive=bool(spec.get("intransitive", False)),
        thing_object=bool(spec.get("thing_object", False)),
        speech=bool(spec.get("speech", False)),
        deverbal=bool(spec.get("deverbal", True)), weight=float(spec.get("weight", 0.8)),
        quad=event.quad,
    )


def _always_or_modes(value: bool | list[str] | None) -> tuple[bool, frozenset[str]]:
    """``own_object``/``at_object`` as written (true, false or modes) -> (always, modes)."""
    if isinstance(value, list):
        return False, frozenset(value)
    return bool(value), frozenset()


def _event_types(data: dict[str, Any], path: Path,
                 fallback: dict[str, EventType] | None) -> dict[str, EventType]:
    """The facts of each type the file lists, in its order; a fact the file leaves out is
    ``fallback``'s (the packaged lexicon's). Raises DataFileError when neither gives a
    type's quad and modes (the packaged file must state them for every type)."""
    types: dict[str, EventType] = {}
    problems = []
    for name, spec in data["events"].items():
        known = (fallback or {}).get(name)
        unstated = [fact for fact in ("quad", "modes") if fact not in spec]
        if unstated and known is None:
            problems.append(f"{_line(path, ['events', name])}events.{name}: no "
                            f"{' or '.join(unstated)} stated")
            continue
        facts = _stated_facts(spec)
        types[name] = replace(known, **facts) if known else EventType(name=name, **facts)
    if problems:
        raise DataFileError(str(path), problems)
    return types


def _stated_facts(spec: dict[str, Any]) -> dict[str, Any]:
    """The :class:`EventType` fields a type's entry in the file states."""
    facts: dict[str, Any] = {}
    if "modes" in spec:
        facts["modes"] = frozenset(spec["modes"])
    if "quad" in spec:
        facts["quad"] = spec["quad"]
    if "own_object" in spec:
        facts["own_object"], facts["own_object_modes"] = _always_or_modes(spec["own_object"])
    if "of_is_actor" in spec:
        facts["of_is_actor"] = bool(spec["of_is_actor"])
    if "for_is_recipient" in spec:
        facts["for_is_recipient"] = bool(spec["for_is_recipient"])
    if "at_object" in spec:
        facts["at_object"], facts["at_object_modes"] = _always_or_modes(spec["at_object"])
    return facts


def _rule_problems(data: dict[str, Any], path: Path, types: dict[str, EventType]) -> list[str]:
    """Problems a schema cannot find: a mode that is not one of its type's, the same
    trigger listed under two types."""
    problems = []
    seen: dict[tuple[Any, ...], str] = {}
    for event, spec in data["events"].items():
        modes = types[event].modes
        for fact in ("own_object", "at_object"):
            wrong = sorted(set(_always_or_modes(spec.get(fact))[1]) - modes)
            if wrong:
                problems.append(f"{_line(path, ['events', event, fact])}events.{event}: "
                                f"{fact} names modes that are not modes of {event}: "
                                f"{', '.join(wrong)}")
        for pos in ("verbs", "nouns"):
            for n, entry in enumerate(spec[pos]):
                where = f"events.{event}.{pos}[{n}] ({entry['lemma']})"
                mode = entry.get("mode")
                if mode is not None and mode not in modes:
                    allowed = ", ".join(sorted(modes)) or "none"
                    line = _line(path, ["events", event, pos, n])
                    problems.append(f"{line}{where}: mode {mode!r} is not a mode of {event} "
                                    f"(allowed: {allowed})")
                key = (pos, entry["lemma"].lower(), entry.get("particle"),
                       _words(entry.get("prep")), _words(entry.get("object")),
                       _words(entry.get("subject")), frozenset(entry.get("object_kind", ())))
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
    cache when the file, its schema and this module are unchanged since it was last read (a
    user's file also when the packaged one, whose type facts it may rely on, is)."""
    # imported here: the command line imports this module to build its parser, on every run
    from .cache import cached, code_part, file_part

    packaged = default_path("lexicon.yaml")
    path = Path(path) if path else packaged
    parts = [code_part("lexicon.py", "datafiles.py"),
             file_part(default_path("lexicon.schema.json")), file_part(path)]
    if path != packaged:
        parts.append(file_part(packaged))
    name = "lexicon" if path == packaged else "lexicon-user"
    return cached(name, parts, lambda: _build(path, packaged))


@cache
def packaged_types() -> dict[str, EventType]:
    """The event types of the packaged lexicon, read once per process."""
    return load_lexicon().types


def __getattr__(name: str) -> Any:
    """``QUAD`` (type -> quad class) and ``MODES`` (type -> set of modes) of the packaged
    lexicon, in its order of types, read from it on first use."""
    if name == "QUAD":
        return {t.name: t.quad for t in packaged_types().values()}
    if name == "MODES":
        return {t.name: set(t.modes) for t in packaged_types().values()}
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _build(path: Path, packaged: Path) -> Lexicon:
    """Read and validate the lexicon file at ``path``; raise DataFileError if it is broken.
    Type facts a user's file leaves out are the packaged file's."""
    data = load_yaml(path, "lexicon")
    types = _event_types(data, path, None if path == packaged else packaged_types())
    problems = _rule_problems(data, path, types)
    if problems:
        raise DataFileError(str(path), problems)
    verbs: dict[str, list[Trigger]] = defaultdict(list)
    nouns: dict[str, list[Trigger]] = defaultdict(list)
    for event, spec in data["events"].items():
        for entry in spec["verbs"]:
            trig = _trigger(types[event], "verb", entry, spec)
            verbs[trig.head].append(trig)
        for entry in spec["nouns"]:
            trig = _trigger(types[event], "noun", entry, spec)
            nouns[trig.head].append(trig)
    for table in (verbs, nouns):
        for triggers in table.values():
            # on a tie an object beats a preposition: 'fired tear gas at' is crowd control
            triggers.sort(key=lambda t: (-t.specificity, bool(t.prep) and not t.object))
    return Lexicon(dict(verbs), dict(nouns), str(path), types)


# --------------------------------------------------------------------------------------------
# The command line: newsevents lexicon check [PATH]


def add_parser(commands: Any) -> None:
    """Add ``lexicon`` and its actions to the command line's subparsers."""
    lexicon = commands.add_parser("lexicon", help="work with the event lexicon")
    lexicon.set_defaults(handler=run_lexicon_check)
    actions = lexicon.add_subparsers(dest="action", required=True)
    check = actions.add_parser("check", help="validate a lexicon file")
    check.add_argument("path", nargs="?", default=None, help="lexicon file (default: packaged)")


def run_lexicon_check(args: Any, out: TextIO, err: TextIO) -> int:
    """``newsevents lexicon check [PATH]``: 0 and the number of triggers when the file is
    valid, 1 and one line per problem (``file: line N: entry: reason``) when not."""
    try:
        lexicon = load_lexicon(args.path)
    except DataFileError as exc:
        print(exc, file=err)
        return EXIT_SOME_FAILED
    print(f"{lexicon.source}: ok, {lexicon.size} triggers "
          f"({sum(map(len, lexicon.verbs.values()))} verb, "
          f"{sum(map(len, lexicon.nouns.values()))} noun)", file=out)
    return EXIT_OK
