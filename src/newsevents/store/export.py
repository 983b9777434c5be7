"""``newsevents export``: the store's tables as files an analyst's tools read directly.

    newsevents export [--db TARGET] --out DIR [--format parquet|csv|jsonl] [--partition ...]

One file per table in DIR: ``events`` (the flat event table, one row per event, actor and
recipient, with the POLECAT-style columns of Contract 3), ``articles``, ``entities``,
``mentions``, ``places``, ``times``, ``quotes``, ``clusters``, ``cluster_members`` and
``failures``. ``pandas.read_parquet("DIR/events.parquet")`` or R's
``arrow::read_parquet`` gives the events table as it is in the store.

Large stores: ``--partition month`` (the default ``auto`` does so from
:data:`PARTITION_ROWS` flat rows on, Parquet only) writes ``events`` as a folder of Parquet
files partitioned by ``year`` and ``month`` of the event's date (the publication date when
the event has none), which Arrow, DuckDB and Spark read as one table.

Each file is written under a temporary name and renamed into place when complete, so an
interrupted export never leaves a half-written file under a table's name.
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path
from typing import Any, TextIO

from ..errors import StoreError
from .db import DEFAULT_STORE, Store, open_store

FORMATS = ("parquet", "csv", "jsonl")
PARTITIONS = ("auto", "month", "none")
# Flat rows from which `--partition auto` splits events by month: below this one file is
# handier, above it readers can skip months they do not need.
PARTITION_ROWS = 1_000_000

_EXTENSIONS = {"parquet": ".parquet", "csv": ".csv", "jsonl": ".jsonl"}
_COPY_OPTIONS = {"parquet": "FORMAT parquet, COMPRESSION zstd", "csv": "FORMAT csv, HEADER",
                 "jsonl": "FORMAT json"}

# The flat table's contract columns first, then the extra ones, in the order of the view.
_EVENTS_SQL = "SELECT * EXCLUDE (event_n, actor_n, recipient_n) FROM events_flat " \
              "ORDER BY event_date NULLS LAST, article_id, event_n, actor_n, recipient_n"

TABLE_QUERIES: dict[str, str] = {
    "events": _EVENTS_SQL,
    "articles": "SELECT * EXCLUDE (extra) FROM articles ORDER BY id",
    "entities": "SELECT * FROM entities ORDER BY article_id, n",
    "mentions": "SELECT * FROM mentions ORDER BY article_id, entity_id, n",
    "places": "SELECT * FROM places ORDER BY article_id, n",
    "times": "SELECT * FROM times ORDER BY article_id, n",
    "quotes": "SELECT * FROM quotes ORDER BY article_id, n",
    "clusters": "SELECT * FROM clusters ORDER BY method, cluster_id",
    "cluster_members": "SELECT * FROM cluster_members ORDER BY method, cluster_id, event_id",
    "failures": "SELECT * FROM failures ORDER BY input, line",
}


def export(store: Store, out_dir: Path, fmt: str = "parquet",
           partition: str = "auto") -> dict[str, int]:
    """Write every table of :data:`TABLE_QUERIES` into ``out_dir``; returns rows per table."""
    import duckdb

    out_dir.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    for name, sql in TABLE_QUERIES.items():
        rows = store.con.execute(f"SELECT count(*) FROM ({sql})").fetchone()[0]
        by_month = name == "events" and fmt == "parquet" and (
            partition == "month" or (partition == "auto" and rows >= PARTITION_ROWS))
        try:
            _write(store, sql, out_dir, name, fmt, by_month)
        except duckdb.Error as exc:
            raise StoreError(f"export of {name} to {out_dir} failed: "
                             f"{(str(exc).splitlines() or ['?'])[0]}", "S005") from None
        counts[name] = rows
    return counts


def _write(store: Store, sql: str, out_dir: Path, name: str, fmt: str, by_month: bool) -> None:
    """One table to ``out_dir/name.ext`` (or the folder ``out_dir/name/`` by month), through
    a temporary name."""
    final = out_dir / (name if by_month else name + _EXTENSIONS[fmt])
    partial = out_dir / f".{final.name}.partial"
    _remove(partial)
    options = _COPY_OPTIONS[fmt]
    if by_month:
        sql = ("SELECT *, year(coalesce(event_date, publication_date)) AS year, "
               "month(coalesce(event_date, publication_date)) AS month FROM (" + sql + ")")
        options += ", PARTITION_BY (year, month)"
    store.con.execute(f"COPY ({sql}) TO '{_quote(partial)}' ({options})")
    _remove(final)
    partial.rename(final)


def _quote(path: Path) -> str:
    return str(path).replace("'", "''")


def _remove(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path)
    elif path.exists():
        path.unlink()


# --- command line ----------------------------------------------------------------------------


def add_parser(commands: Any) -> None:
    """The ``export`` command's arguments."""
    cmd = commands.add_parser("export", help="write the store's tables as Parquet, CSV or JSONL")
    cmd.set_defaults(handler=run)
    cmd.add_argument("--db", default=DEFAULT_STORE, metavar="TARGET",
                     help=f"store file (default {DEFAULT_STORE})")
    cmd.add_argument("--out", required=True, metavar="DIR", help="folder to write the files to")
    cmd.add_argument("--format", choices=FORMATS, default="parquet")
    cmd.add_argument("--partition", choices=PARTITIONS, default="auto",
                     help=f"split Parquet events by month (auto: from {PARTITION_ROWS:,} rows)")


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """``newsevents export``: 0 on success, 2 on a store or write error (one line)."""
    out_dir = Path(args.out)
    if out_dir.exists() and not out_dir.is_dir():
        print(f"newsevents: {out_dir}: exists and is not a folder", file=err)
        return 2
    try:
        with open_store(args.db) as store:
            counts = export(store, out_dir, args.format, args.partition)
    except StoreError as exc:
        print(f"newsevents: {exc}", file=err)
        return 2
    except OSError as exc:
        print(f"newsevents: {out_dir}: {exc.strerror or exc}", file=err)
        return 2
    for name, rows in counts.items():
        print(f"{name}: {rows} rows", file=out)
    return 0
