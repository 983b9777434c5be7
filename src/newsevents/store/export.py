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

from ..errors import EXIT_USAGE, StoreError
from . import schema
from .db import DEFAULT_STORE, Store, first_line, open_store
from .query import FLAT_COLUMNS

FORMATS = ("parquet", "csv", "jsonl")
PARTITIONS = ("auto", "month", "none")
# Flat rows from which `--partition auto` splits events by month: below this one file is
# handier, above it readers can skip months they do not need.
PARTITION_ROWS = 1_000_000

_EXTENSIONS = {"parquet": ".parquet", "csv": ".csv", "jsonl": ".jsonl"}
_COPY_OPTIONS = {"parquet": "FORMAT parquet, COMPRESSION zstd", "csv": "FORMAT csv, HEADER",
                 "jsonl": "FORMAT json"}



def _columns(table: schema.Table, names: tuple[str, ...]) -> schema.Table:
    """``table`` with only these columns, in this order (what one export query returns)."""
    kinds = dict(table.columns)
    return schema.Table(table.name, tuple((name, kinds[name]) for name in names))


def _query(table: schema.Table, order: str) -> tuple[schema.Table, str]:
    return table, f"SELECT {', '.join(table.column_names)} FROM {table.name} ORDER BY {order}"


# What each exported table holds: its columns (with their types) and the query that reads
# it. `events` is the flat table, Contract 3's columns first, then its own.
TABLE_QUERIES: dict[str, tuple[schema.Table, str]] = {
    "events": (_columns(schema.EVENT_ROWS, FLAT_COLUMNS),
               f"SELECT {', '.join(FLAT_COLUMNS)} FROM events_flat "
               "ORDER BY event_date NULLS LAST, article_id, event_n, actor_n, recipient_n"),
    "articles": _query(_columns(schema.ARTICLES, tuple(
        c for c in schema.ARTICLES.column_names if c != "extra")), "id"),
    "entities": _query(schema.ENTITIES, "article_id, n"),
    "mentions": _query(schema.MENTIONS, "article_id, entity_id, n"),
    "places": _query(schema.PLACES, "article_id, n"),
    "times": _query(schema.TIMES, "article_id, n"),
    "quotes": _query(schema.QUOTES, "article_id, n"),
    "clusters": _query(schema.CLUSTERS, "method, cluster_id"),
    "cluster_members": _query(schema.CLUSTER_MEMBERS, "method, cluster_id, event_id"),
    "failures": _query(schema.FAILURES, "input, line"),
}


def export(store: Store, out_dir: Path, fmt: str = "parquet",
           partition: str = "auto") -> dict[str, int]:
    """Write every table of :data:`TABLE_QUERIES` into ``out_dir``; returns rows per table."""
    out_dir.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    for name, (table, sql) in TABLE_QUERIES.items():
        rows = store.fetch(f"SELECT count(*) FROM {table.name}")[1][0][0]
        by_month = name == "events" and fmt == "parquet" and (
            partition == "month" or (partition == "auto" and rows >= PARTITION_ROWS))
        try:
            _write(store, table, sql, out_dir, name, fmt, by_month)
        except (*store.errors, *_duckdb_errors()) as exc:
            raise StoreError(f"export of {name} to {out_dir} failed: "
                             f"{first_line(exc)}", "S005") from None
        counts[name] = rows
    return counts


def _duckdb_errors() -> tuple[type[Exception], ...]:
    import duckdb  # the files are written by DuckDB, whatever the store

    return (duckdb.Error,)


def _write(store: Store, table: schema.Table, sql: str, out_dir: Path, name: str, fmt: str,
           by_month: bool) -> None:
    """One table to ``out_dir/name.ext`` (or the folder ``out_dir/name/`` by month), through
    a temporary name. DuckDB writes the file, so a PostgreSQL store exports the same files."""
    final = out_dir / (name if by_month else name + _EXTENSIONS[fmt])
    partial = out_dir / f".{final.name}.partial"
    _remove(partial)
    options = _COPY_OPTIONS[fmt]
    with store.export_source(sql, table) as (con, source):
        query = source
        if by_month:
            query = ("SELECT *, year(coalesce(event_date, publication_date)) AS year, "
                     f"month(coalesce(event_date, publication_date)) AS month FROM ({source}) t")
            options += ", PARTITION_BY (year, month)"
        con.execute(f"COPY ({query}) TO '{_quote(partial)}' ({options})")
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
        return EXIT_USAGE
    try:
        with open_store(args.db) as store:
            counts = export(store, out_dir, args.format, args.partition)
    except StoreError as exc:
        print(f"newsevents: {exc}", file=err)
        return EXIT_USAGE
    except OSError as exc:
        print(f"newsevents: {out_dir}: {exc.strerror or exc}", file=err)
        return EXIT_USAGE
    for name, rows in counts.items():
        print(f"{name}: {rows} rows", file=out)
    return 0
