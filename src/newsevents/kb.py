"""The actor knowledge base: persons and the offices they held, read from YAML data files.

In:  ``data/persons/*.yaml`` shipped in the package, plus any user files (``--kb PATH``) that
     extend or override them (an entry with the same Wikidata id or name replaces the
     packaged one), each checked against ``data/persons.schema.json``.
Out: a :class:`KnowledgeBase` that answers who a name, alias or surname is, and who held an
     office ("chancellor" of DEU, "secretary general" of NATO) on a given day.
"""

from __future__ import annotations

import calendar
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from .cache import cached, code_part, file_part
from .datafiles import DataFileError, default_path, entry_line, load_yaml

PERSONS_DIR = "persons"


def _day(value: str | None, end: bool = False) -> date | None:
    """A KB date ("2021", "2021-12", "2021-12-08") as a day: the first or last it can mean."""
    if not value:
        return None
    parts = [int(p) for p in value.split("-")]
    year, month = parts[0], parts[1] if len(parts) > 1 else (12 if end else 1)
    if len(parts) > 2:
        return date(year, month, parts[2])
    return date(year, month, calendar.monthrange(year, month)[1] if end else 1)


@dataclass(frozen=True)
class Office:
    name: str
    title: str | None
    role: str
    country: str
    sector: str
    start: date
    end: date | None
    igo: str | None = None

    def held_on(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class Person:
    key: str  # stable id: the Wikidata QID, else "name:<lower-cased name>"
    name: str
    country: str
    wikidata: str | None
    aliases: tuple[str, ...]
    offices: tuple[Office, ...]

    @property
    def surname(self) -> str:
        """The family name news use alone: the last word, or everything from the first
        particle on ("von der Leyen", "bin Salman")."""
        words = self.name.split()
        for n, word in enumerate(words[1:], start=1):
            if word.lower() in PARTICLES:
                return " ".join(words[n:])
        return words[-1]

    def office_on(self, day: date | None) -> Office | None:
        """The office held on ``day`` (the highest-ranking if several); out of office, the
        most recent one before it; None before the first. Without a day, the latest."""
        if not self.offices:
            return None
        if day is None:
            return max(self.offices, key=lambda o: o.start)
        held = [o for o in self.offices if o.held_on(day)]
        if held:
            return min(held, key=lambda o: ROLE_RANK.get(o.role, 99))
        before = [o for o in self.offices if o.start <= day]
        return max(before, key=lambda o: o.start) if before else None


PARTICLES = {"von", "van", "de", "der", "den", "del", "della", "di", "da", "dos", "du", "la",
             "le", "bin", "ibn", "al", "el", "ould", "abu", "ter", "ten"}
ROLE_RANK = {"head_of_state_and_government": 0, "head_of_state": 1, "head_of_government": 2,
             "igo_head": 3, "armed_group_leader": 4, "foreign_minister": 5,
             "defence_minister": 6, "interior_minister": 7, "finance_minister": 8,
             "military_chief": 9, "party_leader": 10, "opposition_leader": 11, "other": 12}


def normal_title(title: str) -> str:
    """One spelling per title: "Defense Secretary" and "defence secretary", "secretary-general"
    and "secretary general" are the same office."""
    return " ".join(title.lower().replace("-", " ").replace("defense", "defence").split())


def unaccented(text: str) -> str:
    """``text`` without its accents ("Sánchez" -> "Sanchez"), as wires and machine
    translations often write names."""
    if text.isascii():  # most names: NFKD leaves ASCII as it is, and it has no accents
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _surname_forms(surname: str) -> list[str]:
    """The surname as news may write it alone: "al-Assad" is also "Assad", and "Sánchez"
    also "Sanchez", as wires and machine translations drop accents."""
    low = surname.lower()
    forms = [low]
    if unaccented(low) != low:
        forms.append(unaccented(low))
    for prefix in ("al-", "el-", "al ", "el ", "ar-", "as-", "ad-", "ash-"):
        if low.startswith(prefix) and len(low) > len(prefix) + 2:
            forms.append(low[len(prefix):])
    return forms


def _person(entry: dict[str, Any]) -> Person:
    offices = tuple(Office(
        name=o["office"], title=(o.get("title") or "").lower() or None, role=o["role"],
        country=o["country"], sector=o["sector"], start=_day(o["start"]) or date.min,
        end=_day(o.get("end"), end=True), igo=o.get("igo")) for o in entry["offices"])
    wikidata = entry.get("wikidata")
    return Person(key=wikidata or f"name:{entry['name'].lower()}", name=entry["name"],
                  country=entry["country"], wikidata=wikidata,
                  aliases=tuple(entry.get("aliases", [])), offices=offices)


@dataclass
class KnowledgeBase:
    """Persons indexed by name, alias, surname and office."""

    persons: list[Person] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.by_name: dict[str, Person] = {}
        self.by_surname: dict[str, list[Person]] = defaultdict(list)
        self.by_title: dict[tuple[str, str], list[Person]] = defaultdict(list)
        for person in self.persons:
            for name in (person.name, *person.aliases):
                self.by_name.setdefault(name.lower(), person)
            for surname in _surname_forms(person.surname):
                self.by_surname[surname].append(person)
            for office in person.offices:
                where = office.igo or office.country
                for title in filter(None, (office.title, office.role)):
                    self.by_title[(normal_title(title), where)].append(person)

    def names(self) -> Iterator[str]:
        """Every full name and alias, as written."""
        for person in self.persons:
            yield person.name
            yield from person.aliases

    def holders(self, title: str, where: str, day: date | None) -> list[Person]:
        """Who held the office called ``title`` (or role) of ``where`` (ISO3 or IGO code)."""
        found = []
        title = normal_title(title)
        for person in self.by_title.get((title, where), []):
            offices = [o for o in person.offices if (o.igo or o.country) == where
                       and title in (normal_title(o.title or ""), o.role)]
            if (day is None or any(o.held_on(day) for o in offices)) and person not in found:
                found.append(person)
        return found

    def in_office(self, person: Person, day: date | None) -> bool:
        return day is None or any(o.held_on(day) for o in person.offices)


def _merge(persons: Iterable[Person], override: bool) -> dict[str, Person]:
    """One entry per person (same Wikidata id or name). Packaged files describe different
    offices of the same person, so their offices and aliases are combined; a user's entry
    (``override``) replaces the packaged one."""
    merged: dict[str, Person] = {}
    for person in persons:
        key = next((k for k, p in merged.items()
                    if p.name.lower() == person.name.lower() or k == person.key), person.key)
        old = merged.pop(key, None)
        if old is not None and not override:
            person = replace(old, wikidata=old.wikidata or person.wikidata,
                             key=old.wikidata or person.wikidata or old.key,
                             aliases=tuple(dict.fromkeys(old.aliases + person.aliases)),
                             offices=tuple(dict.fromkeys(old.offices + person.offices)))
        merged[person.key] = person
    return merged


def person_files(extra: Iterable[str | Path] = ()) -> list[Path]:
    """The packaged person files in name order, then the user's."""
    packaged = sorted(default_path(PERSONS_DIR).glob("*.yaml"))
    return packaged + [Path(p) for p in extra]


def check_files(paths: Iterable[Path]) -> list[str]:
    """Every problem in the given files as ``file: line N: entry: reason``; empty when all are
    good. A name or alias used by two persons is a problem among the packaged files (a
    user's file may deliberately override a packaged person)."""
    problems: list[str] = []
    seen: dict[str, str] = {}
    packaged = set(person_files())
    for path in paths:
        try:
            data = load_yaml(path, "persons")
        except DataFileError as exc:
            problems += str(exc).splitlines()
            continue
        for n, entry in enumerate(data["persons"]):
            for m, o in enumerate(entry["offices"]):
                start, end = _day(o["start"]), _day(o.get("end"), end=True)
                if start and end and end < start:
                    line = entry_line(path, ["persons", n, "offices", m])
                    problems.append(f"{path}: {line}persons[{n}] ({entry['name']}): office "
                                    f"{o['office']!r} ends before it starts")
            for name in (entry["name"], *entry.get("aliases", [])):
                other = seen.get(name.lower())
                if other is not None and other != entry["name"] and path in packaged:
                    line = entry_line(path, ["persons", n])
                    problems.append(f"{path}: {line}persons[{n}] ({entry['name']}): name "
                                    f"{name!r} is also used by {other}")
                seen.setdefault(name.lower(), entry["name"])
    return problems


def load_kb(extra: Iterable[str | Path] = ()) -> KnowledgeBase:
    """The knowledge base from the packaged files and the user's (validated)."""
    extra = tuple(str(p) for p in extra)
    return _load(extra)


@cache
def _load(extra: tuple[str, ...]) -> KnowledgeBase:
    """The knowledge base, from the start-up cache when its files have not changed: reading
    and validating 1,500 persons takes about a second, unpickling them a hundredth."""
    packaged = [p for p in person_files() if str(p) not in extra]
    parts = [code_part("kb.py", "datafiles.py"), file_part(default_path("persons.schema.json")),
             *map(file_part, packaged), "user files:", *map(file_part, extra)]
    # The user's files get a cache name of their own, so they never push out the packaged one.
    return cached("kb-user" if extra else "kb", parts, lambda: _build(packaged, extra))


def _build(packaged: list[Path], extra: tuple[str, ...]) -> KnowledgeBase:
    """Read, validate and merge the packaged files, then the user's over them."""
    merged = _merge(_read(packaged), override=False)
    for path in extra:
        user = _merge(_read([Path(path)]), override=False)
        merged = _merge([*merged.values(), *user.values()], override=True)
    return KnowledgeBase(list(merged.values()), [str(p) for p in packaged + list(extra)])


def _read(paths: Iterable[Path]) -> list[Person]:
    return [_person(e) for path in paths for e in load_yaml(path, "persons")["persons"]]
