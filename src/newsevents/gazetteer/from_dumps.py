"""Building a full index from the GeoNames dump files (``newsevents gazetteer update``).

In:  a folder or URL with the dumps, and the path to write.
Out: an index file with every feature GeoNames has, its own coordinates and feature codes.
"""

from __future__ import annotations

import io
import re
import urllib.request
import zipfile
from collections.abc import Iterator
from pathlib import Path

from .index import IndexWriter, _alternates
from .names import ALTERNATE, ARABIC_NAME_COUNTRIES

GEONAMES_DUMPS = "https://download.geonames.org/export/dump/"
DUMP_CLASSES = frozenset("APLTH")  # GeoNames feature classes kept from a full dump
ALT_NAME_LANGS = frozenset({"", "en", "abbr"})  # alternateNames languages read from a dump


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
    known = dict(writer.db.execute("SELECT geonameid, country FROM places"))
    with handle:
        for line in handle:
            row = line.rstrip("\n").split("\t")
            if len(row) >= 4 and row[2] in ALT_NAME_LANGS and int(row[1]) in known:
                writer.names(int(row[1]), [row[3]], ALTERNATE)
                if known[int(row[1])] in ARABIC_NAME_COUNTRIES:
                    writer.articleless_names(int(row[1]), [row[3]])
