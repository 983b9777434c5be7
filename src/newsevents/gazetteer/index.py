"""The index file: an SQLite database of places, their names and the project's demonyms.

In:  place rows and names from a builder (:mod:`.from_packages`, :mod:`.from_dumps`).
Out: an index file that :class:`~newsevents.gazetteer.lookup.Gazetteer` reads, written to a
     temporary file and moved into place when complete.
"""

from __future__ import annotations

import json
import os
import sqlite3
import tempfile
from collections.abc import Iterable
from importlib import resources
from pathlib import Path

from .names import (
    ALTERNATE,
    ARABIC_NAME_COUNTRIES,
    MAIN,
    _indexable,
    articleless_key,
    name_key,
    region_id,
    spaced_key,
)

# 15: countries' names in French, Spanish, German and Italian (countryinfo's translations),
# looked up only for a place NER found that no entry bears;
# 14: a town named like the first-level division it lies in is that division's seat (PPLA);
# 13: divisions also under their names without their kind ("Nyando" of "Nyando District")
# where no place bears them, census-designated places' alternates without "CDP";
# 12: Arabic names without their article; 11: hyphenated names filed with spaces too; 10: a
# division placed by the main body of its towns; 9: GeoNames' points of some divisions; 8: one
# capital per country; 7: islands, lakes, rivers, mountains...
INDEX_VERSION = "15"

SCHEMA = """
CREATE TABLE places (geonameid INTEGER PRIMARY KEY, name TEXT, lat REAL, lon REAL,
                     country TEXT, admin1 TEXT, fclass TEXT, fcode TEXT, population INTEGER);
CREATE TABLE names (key TEXT, geonameid INTEGER, kind INTEGER,
                    PRIMARY KEY (key, geonameid)) WITHOUT ROWID;
CREATE TABLE demonyms (key TEXT PRIMARY KEY, country TEXT) WITHOUT ROWID;
CREATE TABLE iso3 (iso3 TEXT PRIMARY KEY, iso2 TEXT) WITHOUT ROWID;
CREATE TABLE foreign_countries (key TEXT PRIMARY KEY, country TEXT) WITHOUT ROWID;
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE INDEX places_by_country ON places (country, fcode);
"""

PlaceRow = tuple[int, str, float, float, str, str, str, str, int]

# The languages whose names of countries the index keeps (``foreign_countries``)
FOREIGN_LANGUAGES = ("fr", "es", "de", "it")


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
        if row[4] in ARABIC_NAME_COUNTRIES:
            self.articleless_names(row[0], [row[1], *names])
        self.places += 1

    def articleless_names(self, geonameid: int, names: Iterable[str]) -> None:
        """A place's Arabic names without their article ("Al Qāmishlī": "Qamishli"), as
        alternates: news writes them so, and a place so named on its own still comes first."""
        self.db.executemany("INSERT OR IGNORE INTO names VALUES (?,?,?)",
                            {(bare, geonameid, ALTERNATE) for raw in names if raw
                             for bare in [articleless_key(name_key(raw))] if bare})

    def names(self, geonameid: int, names: Iterable[str], kind: int,
              curated: bool = False) -> None:
        rows = {(key, geonameid, kind) for raw in names if raw
                for key in [name_key(raw)] if _indexable(key, raw, curated)}
        # a place's own name wins over the same string as an alternate
        verb = "OR REPLACE" if kind == MAIN else "OR IGNORE"
        self.db.executemany(f"INSERT {verb} INTO names VALUES (?,?,?)", rows)
        # a hyphenated name written with spaces is another name of the place
        self.db.executemany("INSERT OR IGNORE INTO names VALUES (?,?,?)",
                            {(spaced_key(key), gid, ALTERNATE) for key, gid, _ in rows
                             if "-" in key})

    def free_names(self, entries: Iterable[tuple[int, Iterable[str]]]) -> None:
        """Each place's ``names`` as its alternate names, each only where no place bore it
        before this call (made once every place is written): a division's name without its
        kind ("Nyando" of "Nyando District") is no rival to a town that bears the name, and
        two divisions of one bare name are both its readings."""
        rows = {(key, geonameid, ALTERNATE) for geonameid, names in entries
                for raw in names if raw for key in [name_key(raw)] if _indexable(key, raw)}
        taken = {key for (key,) in self.db.execute(
            "SELECT DISTINCT key FROM names").fetchall()}
        self.db.executemany("INSERT OR IGNORE INTO names VALUES (?,?,?)",
                            [row for row in rows if row[0] not in taken])

    def demonym(self, text: str, country: str) -> None:
        self.db.execute("INSERT OR IGNORE INTO demonyms VALUES (?, ?)", (name_key(text), country))

    def project_data(self) -> None:
        """Demonyms and ISO alpha-3 codes of the project's ``countries.yaml``, and the extra
        division names of ``placenames.yaml`` (added to the ADM1 entries already written)."""
        from ..datafiles import load_default

        for c in load_default("countries")["countries"]:
            self.db.execute("INSERT OR IGNORE INTO iso3 VALUES (?, ?)", (c["iso3"], c["iso2"]))
            for demonym in c.get("demonyms", []):
                self.demonym(demonym, c["iso2"])
            row = self.db.execute("SELECT geonameid FROM places WHERE fcode LIKE 'PCL%' AND "
                                  "country = ? ORDER BY population DESC", (c["iso2"],))
            for (geonameid,) in row.fetchall()[:1]:
                self.names(geonameid, [c["name"], *c.get("aliases", [])], ALTERNATE,
                           curated=True)
        self.foreign_countries()
        placenames = load_default("placenames")
        for d in placenames["divisions"]:
            row = self.db.execute("SELECT geonameid FROM places WHERE fcode = 'ADM1' AND "
                                  "country = ? AND admin1 = ?", (d["country"], d["admin1"]))
            for (geonameid,) in row.fetchall():
                self.names(geonameid, d["names"], ALTERNATE, curated=True)
        for region in placenames.get("regions", []):
            self.region(region)
        for city in placenames.get("city_names", []):
            self.city_name(city)

    def foreign_countries(self) -> None:
        """Each country's name in the languages news is most often translated from
        (:data:`FOREIGN_LANGUAGES`, countryinfo's translations: "Gambie", "Marruecos"), in a
        table of their own: the where stage reads one only for a place NER found whose name
        no entry bears (machine-translated copy keeps the source's names of countries)."""
        data = Path(str(resources.files("countryinfo").joinpath("data")))
        for path in sorted(data.glob("*.json")):
            info = json.loads(path.read_text(encoding="utf-8"))
            iso = info.get("ISO", {}).get("alpha2")
            names = info.get("translations") or {}
            if iso:
                self.db.executemany("INSERT OR IGNORE INTO foreign_countries VALUES (?, ?)",
                                    {(name_key(names[lang]), iso) for lang in FOREIGN_LANGUAGES
                                     if names.get(lang)})

    def city_name(self, entry: dict) -> None:
        """A former or English name of a big city (``city_names`` of ``placenames.yaml``),
        indexed as a name of the city's own: its most populous place of that name."""
        row = self.db.execute(
            "SELECT geonameid FROM places JOIN names USING (geonameid) WHERE key = ? AND "
            "kind = ? AND fclass = 'P' AND country = ? ORDER BY population DESC LIMIT 1",
            (name_key(entry["city"]), MAIN, entry["country"])).fetchone()
        if row is not None:
            self.names(row[0], [entry["name"]], MAIN, curated=True)

    def region(self, region: dict) -> None:
        """A well-known region or water body of ``placenames.yaml``, under its own id
        (:func:`region_id`), unless a region or water body of that name is already there
        (an index from a full GeoNames dump has most of them, with their GeoNames ids)."""
        known = self.db.execute(
            "SELECT 1 FROM names JOIN places USING (geonameid) WHERE key = ? AND kind = ? "
            "AND fclass IN ('H', 'L', 'T')", (name_key(region["name"]), MAIN)).fetchone()
        if known:
            return
        code = region["code"]
        row = (region_id(region["name"]), region["name"], region["lat"], region["lon"],
               region.get("country", ""), "", REGION_CLASSES[code], code, 0)
        self.place(row, region.get("names", []), curated=True)

    def mark_seats(self) -> None:
        """Code as a first-level division's seat (``PPLA``) the most populous town of each
        first-level division that bears one of the division's names as its own ("Geneva" in
        the canton of Geneva, "Gaza" in its governorate, "Córdoba" in its province): a
        province named after a town is named after its chief town. For an index whose
        source has no seat codes (the packages'); GeoNames' dumps have their own."""
        rows = self.db.execute(
            "SELECT t.geonameid, t.country, t.admin1, t.population FROM places t "
            "JOIN names n ON n.geonameid = t.geonameid AND n.kind = ? "
            "JOIN names d ON d.key = n.key JOIN places a ON a.geonameid = d.geonameid "
            "WHERE t.fclass = 'P' AND t.fcode = 'PPL' AND t.admin1 != '' AND a.fcode = 'ADM1' "
            "AND a.country = t.country AND a.admin1 = t.admin1", (MAIN,)).fetchall()
        seats: dict[tuple[str, str], tuple[int, int]] = {}
        for geonameid, country, admin1, population in rows:
            if (country, admin1) not in seats or population > seats[(country, admin1)][1]:
                seats[(country, admin1)] = (geonameid, population)
        self.db.executemany("UPDATE places SET fcode = 'PPLA' WHERE geonameid = ?",
                            [(gid,) for gid, _ in seats.values()])

    def close(self) -> Path:
        self.db.commit()
        self.db.execute("ANALYZE")
        self.db.close()
        os.replace(self.tmp, self.path)
        return self.path

    def abort(self) -> None:
        self.db.close()
        self.tmp.unlink(missing_ok=True)


# The GeoNames feature class of each feature code a region of ``placenames.yaml`` may have.
REGION_CLASSES = {**dict.fromkeys(("SEA", "OCN", "GULF", "BAY", "STRT", "CHN", "CNL", "LK",
                                   "LKS", "SHOL", "STM"), "H"),
                  "RGN": "L", **dict.fromkeys(("PEN", "MTS", "MT", "DSRT", "ISL", "ISLS", "VAL",
                                               "DLTA"), "T"),
                  "PPLX": "P", "MILB": "S"}


CDP = " CDP"  # a US census-designated place's name in the census: "Fort Hood CDP"


def _alternates(raw: Iterable[str]) -> list[str]:
    """Alternate names worth indexing: not three-letter capital codes such as "IEV"; a
    census-designated place's name also without "CDP" (a base renamed since the census,
    "Fort Cavazos", keeps its old name "Fort Hood" only as "Fort Hood CDP")."""
    names = [n for n in raw if not (len(n) <= 3 and n.isupper())]
    return names + [n.removesuffix(CDP).strip() for n in names if n.endswith(CDP)]
