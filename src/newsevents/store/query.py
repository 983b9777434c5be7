"""``newsevents query``: events, clusters or any read-only SQL from a store, as a table, JSON,
JSON Lines or CSV.

    newsevents query [--db TARGET] [filters] [--clusters] [--limit N] [--format F]
    newsevents query [--db TARGET] --sql "SELECT ..."

Filters select rows of the flat event table (``events_flat``: one row per event, actor and
recipient); several filters must all hold. ``--actor``/``--recipient`` take a name (words of
it, any case), a Wikidata id ("Q7747") or a country code ("RUS", "IGO"); ``--country`` and
``--sector`` match either side; ``--since``/``--until`` bound the event's date; ``--place`` is
a place name or a GeoNames id; ``--text`` words that must all be in the evidence sentence;
``--actor-name``/``--recipient-name`` a name exactly as stored (with ``--actor RUS``, of the
same side: one actor, not all the names that contain it); ``--party`` such a name on either
side, with ``--party-country`` the country of that same side (``none``: a side without one).

``--sql`` runs one statement on a connection that can neither write the store nor touch any
other file: a statement that is not a query is refused before it runs. Neither form loads
the NLP pipeline.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import Any, TextIO

from ..errors import EXIT_USAGE, StoreError
from .db import DEFAULT_STORE, Store, open_store
from .schema import EVENTS_FLAT_ORDER, FLAT_CLUSTER_METHOD

FORMATS = ("table", "json", "jsonl", "csv")
DEFAULT_TABLE_LIMIT = 50
MODALITIES = ("asserted", "negated", "future", "hypothetical", "historical")
CLUSTER_METHODS = ("merge", "one-a-day")
_WIKIDATA = re.compile(r"^Q\d+$")
_COUNTRY = re.compile(r"^[A-Z]{3}$")
# ``--party-country`` for a side that has no country.
NO_COUNTRY = "none"

TABLE_COLUMNS = ("event_id", "event_date", "event_type", "event_mode", "modality", "actor",
                 "recipient", "placename", "confidence", "event_text", "article_id")
CLUSTER_COLUMNS = ("cluster_id", "method", "event_type", "first_date", "last_date",
                   "n_articles", "n_events", "actors", "recipients", "place", "article_ids")


@dataclass
class EventFilter:
    """What a user asks of the flat event table; None means no condition."""

    event: str | None = None
    mode: str | None = None
    modality: str | None = None
    actor: str | None = None
    recipient: str | None = None
    sector: str | None = None
    country: str | None = None
    since: str | None = None
    until: str | None = None
    place: str | None = None
    text: str | None = None
    article: str | None = None
    actor_name: str | None = None
    recipient_name: str | None = None
    party: str | None = None
    party_country: str | None = None

    @classmethod
    def from_mapping(cls, values: Any) -> EventFilter:
        """From argparse's namespace or a dict of query parameters."""
        get = values.get if isinstance(values, dict) else lambda k: getattr(values, k, None)
        return cls(**{f.name: get(f.name) for f in fields(cls)})


@dataclass(frozen=True)
class Check:
    """One check of a column of ``events_flat``. ``op`` is ``=``, ``in`` (``value`` a tuple),
    ``>=`` or ``<=``, ``ilike`` (``value`` an ILIKE pattern as the user gave it, ``%`` and
    ``_`` being wildcards), ``contains`` (``value``'s text anywhere in the column, in any
    case: ILIKE with the text escaped between ``%``) or ``party``: ``column`` a side
    (``actor`` or ``recipient``) and ``value`` ``(name, country)``, the side's name exactly
    and its country, ``""`` for none, None for any. A NULL passes no other check."""

    column: str
    op: str
    value: Any


# A filter as conditions that must all hold, each true when any one of its checks is.
Conditions = list[tuple[Check, ...]]


def conditions(flt: EventFilter) -> Conditions:
    """What each filter means, the one place that says it: :func:`where_clause` turns it
    into SQL and the web app's in-memory index (:mod:`newsevents.web.index`) evaluates it
    on arrays. StoreError (S006) for a date that is not one."""
    out: Conditions = []
    if flt.event:
        types = tuple(t.strip().upper() for t in flt.event.split(",") if t.strip())
        out.append((Check("event_type", "in", types),))
    if flt.mode:
        out.append((Check("event_mode", "=", flt.mode.strip().lower()),))
    if flt.modality:
        out.append((Check("modality", "=", flt.modality.strip().lower()),))
    for role in ("actor", "recipient"):
        value = getattr(flt, role)
        if value:
            out.append(_participant(role, value.strip()))
    for name in ("sector", "country"):
        value = getattr(flt, name)
        if value:
            value = value.strip().upper()
            out.append((Check(f"actor_{name}", "=", value),
                        Check(f"recipient_{name}", "=", value)))
    if flt.since:
        out.append((Check("event_date", ">=", _day(flt.since, "since")),))
    if flt.until:
        out.append((Check("event_date", "<=", _day(flt.until, "until")),))
    if flt.place:
        place = flt.place.strip()
        if place.isdigit():
            out.append((Check("geonames_id", "=", int(place)),))
        else:
            out.append((Check("placename", "ilike", place),
                        Check("raw_placename", "ilike", place)))
    if flt.text:
        out += [(Check("sentence", "contains", word),) for word in flt.text.split()]
    if flt.article:
        out.append((Check("article_id", "=", flt.article),))
    for role in ("actor", "recipient"):
        value = getattr(flt, f"{role}_name")
        if value:
            out.append((Check(f"{role}_name", "=", value),))
    if flt.party_country and not flt.party:
        raise StoreError("--party-country: only with --party (the name of that side)", "S006")
    if flt.party:
        country = _party_country(flt.party_country)
        out.append(tuple(Check(role, "party", (flt.party, country))
                         for role in ("actor", "recipient")))
    return out


def _party_country(value: str | None) -> str | None:
    """``--party-country``: a code, "" for "none" (a side without a country), None if not
    given."""
    if value is None or not value.strip():
        return None
    value = value.strip().upper()
    return "" if value == NO_COUNTRY.upper() else value


def is_country(value: str) -> bool:
    """True for what ``--actor``/``--recipient`` read as a country code (``RUS``, ``IGO``)."""
    return bool(_COUNTRY.match(value))


def where_clause(flt: EventFilter) -> tuple[str, list[Any]]:
    """The SQL condition on ``events_flat`` for a filter, with its parameters."""
    return render(conditions(flt))


def render(conds: Conditions) -> tuple[str, list[Any]]:
    """Conditions as SQL (``TRUE`` when there are none) and its parameters."""
    parts: list[str] = []
    params: list[Any] = []
    for alternatives in conds:
        checks = []
        for check in alternatives:
            sql, values = _check_sql(check)
            checks.append(sql)
            params += values
        parts.append(checks[0] if len(checks) == 1 else f"({' OR '.join(checks)})")
    return (" AND ".join(parts) or "TRUE"), params


def _check_sql(check: Check) -> tuple[str, list[Any]]:
    if check.op == "party":
        name, country = check.value
        if country is None:
            return f"{check.column}_name = ?", [name]
        if not country:
            return f"({check.column}_name = ? AND {check.column}_country IS NULL)", [name]
        return f"({check.column}_name = ? AND {check.column}_country = ?)", [name, country]
    if check.op == "in":
        return f"{check.column} IN ({', '.join('?' * len(check.value))})", list(check.value)
    if check.op == "ilike":
        return f"{check.column} ILIKE ?", [check.value]
    if check.op == "contains":
        return f"{check.column} ILIKE ?", [f"%{_escape_like(check.value)}%"]
    return f"{check.column} {check.op} ?", [check.value]


def _participant(role: str, value: str) -> tuple[Check, ...]:
    """An actor or recipient given as a Wikidata id, a country code, or words of a name."""
    if _WIKIDATA.match(value):
        return (Check(f"{role}_wikidata", "=", value),)
    if _COUNTRY.match(value):
        return (Check(f"{role}_country", "=", value), Check(f"{role}_name", "ilike", value))
    return (Check(f"{role}_name", "contains", value),
            Check(f"{role}_name_raw", "contains", value))


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _day(value: str, name: str) -> date:
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        raise StoreError(f"--{name}: not a date in YYYY-MM-DD form: {value!r}", "S006") from None


# The flat table's columns users see: those of the view without its ordering columns.
FLAT_COLUMNS = tuple(c for c in EVENTS_FLAT_ORDER
                     if c not in ("event_n", "actor_n", "recipient_n"))
_FLAT_SELECT = ", ".join(FLAT_COLUMNS)
FLAT_ORDER = ("event_date NULLS LAST, article_id, event_n, actor_n NULLS FIRST, "
              "recipient_n NULLS FIRST")


def event_rows(store: Store, flt: EventFilter, limit: int | None = None,
               offset: int = 0) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Rows of the flat event table that match, in date order."""
    where, params = where_clause(flt)
    sql = f"SELECT {_FLAT_SELECT} FROM events_flat WHERE {where} ORDER BY {FLAT_ORDER}"
    if limit is not None:
        sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
    return store.fetch(sql, params)


def count_events(store: Store, flt: EventFilter) -> int:
    where, params = where_clause(flt)
    sql = f"SELECT count(DISTINCT event_id) FROM events_flat WHERE {where}"
    return int(store.fetch(sql, params)[1][0][0])


def cluster_rows(store: Store, flt: EventFilter, method: str = FLAT_CLUSTER_METHOD,
                 limit: int | None = None, offset: int = 0
                 ) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Clusters with at least one event that matches, the most reported first."""
    where, params = where_clause(flt)
    member = ("SELECT m.cluster_id FROM cluster_members m JOIN events_flat "
              f"ON events_flat.event_id = m.event_id WHERE m.method = ? AND {where}")
    sql = (f"SELECT {', '.join(CLUSTER_COLUMNS)} FROM clusters WHERE method = ? "
           f"AND cluster_id IN ({member}) "
           "ORDER BY n_articles DESC, n_events DESC, first_date, cluster_id")
    if limit is not None:
        sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
    return store.fetch(sql, [method, method, *params])


def run_sql(store: Store, sql: str, limit: int | None = None
            ) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Run one read-only statement (a query) and return its columns and (up to ``limit``)
    rows."""
    return store.read_only_query(sql, limit)


# --- output ----------------------------------------------------------------------------------


def plain(value: Any) -> Any:
    """A JSON-ready value: dates and times as ISO strings."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def write_rows(columns: Sequence[str], rows: Sequence[Sequence[Any]], fmt: str,
               out: TextIO, title: str | None = None) -> None:
    """Rows as a table, a JSON array, JSON Lines or CSV."""
    if fmt == "jsonl":
        for row in rows:
            out.write(json.dumps({c: plain(v) for c, v in zip(columns, row, strict=True)},
                                 ensure_ascii=False) + "\n")
    elif fmt == "json":
        json.dump([{c: plain(v) for c, v in zip(columns, row, strict=True)} for row in rows],
                  out, ensure_ascii=False, indent=1)
        out.write("\n")
    elif fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([[plain(v) for v in row] for row in rows])
    else:
        _write_table(columns, rows, out, title)


def _write_table(columns: Sequence[str], rows: Sequence[Sequence[Any]], out: TextIO,
                 title: str | None) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, title_justify="left")
    for column in columns:
        # ids are looked up and copied whole: never folded over two lines
        table.add_column(column, overflow="fold", no_wrap=column.endswith("_id"))
    for row in rows:
        table.add_row(*["" if v is None else str(plain(v)) for v in row])
    width = None if out.isatty() else 200  # a terminal's own width, else a wide page
    Console(file=out, width=width, highlight=False).print(table)


def _side(row: dict[str, Any], role: str) -> str:
    name = row.get(f"{role}_name")
    if not name:
        return ""
    tags = "/".join(x for x in (row.get(f"{role}_country"), row.get(f"{role}_sector")) if x)
    return f"{name} [{tags}]" if tags else name


def table_view(columns: list[str], rows: list[tuple]) -> tuple[list[str], list[tuple]]:
    """The readable columns of flat event rows (actor and recipient with country/sector)."""
    out = []
    for row in rows:
        record = dict(zip(columns, row, strict=True))
        record["actor"] = _side(record, "actor")
        record["recipient"] = _side(record, "recipient")
        if record["confidence"] is not None:
            record["confidence"] = f"{record['confidence']:.2f}"
        out.append(tuple(record[c] for c in TABLE_COLUMNS))
    return list(TABLE_COLUMNS), out


# --- command line ----------------------------------------------------------------------------


def add_parser(commands: Any) -> None:
    """The ``query`` command's arguments."""
    query = commands.add_parser("query", help="events, clusters or SQL from a store")
    query.set_defaults(handler=run)
    query.add_argument("--db", default=DEFAULT_STORE, metavar="TARGET",
                       help=f"store file (default {DEFAULT_STORE})")
    add_filter_arguments(query)
    query.add_argument("--clusters", action="store_true",
                       help="list clusters (reports of one event merged) instead of events")
    query.add_argument("--method", choices=CLUSTER_METHODS, default=FLAT_CLUSTER_METHOD,
                       help="clustering method for --clusters (default merge)")
    query.add_argument("--count", action="store_true", help="print the number of events")
    query.add_argument("--sql", default=None, metavar="SELECT",
                       help="run one read-only SQL query instead")
    query.add_argument("--limit", type=int, default=None, metavar="N",
                       help=f"at most N rows (default {DEFAULT_TABLE_LIMIT} for a table, "
                            "all otherwise)")
    query.add_argument("--format", choices=FORMATS, default=None,
                       help="output format (default: table on a terminal, jsonl otherwise)")


def add_filter_arguments(parser: argparse.ArgumentParser) -> None:
    """The query filters (shared by every command that selects events)."""
    group = parser.add_argument_group("filters")
    group.add_argument("--event", help="PLOVER event type(s), comma-separated (ASSAULT,COERCE)")
    group.add_argument("--mode", help="PLOVER mode (e.g. aerial)")
    group.add_argument("--modality", choices=MODALITIES)
    group.add_argument("--actor", help="name, Wikidata id or ISO 3166 alpha-3 country")
    group.add_argument("--recipient", help="name, Wikidata id or ISO 3166 alpha-3 country")
    group.add_argument("--sector", help="PLOVER sector of either side (GOV, MIL, ...)")
    group.add_argument("--country", help="ISO 3166 alpha-3 country of either side")
    group.add_argument("--since", metavar="YYYY-MM-DD", help="events on or after this day")
    group.add_argument("--until", metavar="YYYY-MM-DD", help="events on or before this day")
    group.add_argument("--place", help="place name or GeoNames id")
    group.add_argument("--text", help="words that must all be in the evidence sentence")
    group.add_argument("--article", help="events of one stored article (its id)")
    group.add_argument("--actor-name", metavar="NAME", help="the actor's name exactly as stored")
    group.add_argument("--recipient-name", metavar="NAME",
                       help="the recipient's name exactly as stored")
    group.add_argument("--party", metavar="NAME",
                       help="a name exactly as stored, of the actor or the recipient")
    group.add_argument("--party-country", metavar="CODE",
                       help=f"with --party: the country of that side ({NO_COUNTRY!r}: none)")


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """``newsevents query``: 0 on success, 2 on a store or query error (one line)."""
    fmt = args.format or ("table" if out.isatty() else "jsonl")
    limit = args.limit if args.limit is not None else (
        DEFAULT_TABLE_LIMIT if fmt == "table" else None)
    try:
        with open_store(args.db, sandbox=True) as store:
            if args.sql:
                columns, rows = run_sql(store, args.sql, limit)
                write_rows(columns, rows, fmt, out)
                return 0
            flt = EventFilter.from_mapping(args)
            if args.count:
                out.write(f"{count_events(store, flt)}\n")
                return 0
            if args.clusters:
                columns, rows = cluster_rows(store, flt, args.method, limit)
                write_rows(columns, rows, fmt, out, title=f"clusters ({args.method})")
                return 0
            columns, rows = event_rows(store, flt, limit)
            title = None
            if fmt == "table":
                total = count_events(store, flt)
                shown = len({r[0] for r in rows})
                title = f"{total} events" + (f" (first {shown} shown)" if shown < total else "")
                columns, rows = table_view(columns, rows)
            write_rows(columns, rows, fmt, out, title=title)
    except StoreError as exc:
        print(f"newsevents: {exc}", file=err)
        return EXIT_USAGE
    return 0
