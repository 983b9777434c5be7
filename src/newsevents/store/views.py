"""Read-only views of a store for the web app and its API: pages of events, articles,
entities and clusters, the store's figures, and the aggregations behind the timeline, the map
and the network.

Every function takes an open :class:`~newsevents.store.db.Store` (a handle that belongs to
the calling thread) and runs portable SQL through :meth:`Store.fetch`: ``?`` placeholders,
standard aggregates, ``date_trunc``, ``ILIKE ... ESCAPE``, ``NULLS LAST``; nothing that only
DuckDB or only PostgreSQL understands, so the same code serves both kinds of store. Events
are selected with the filters of ``newsevents query`` (:class:`EventFilter`, turned into SQL
by :func:`where_clause`) plus, for the pictures, the quad class. Results are JSON-ready:
dates are ISO strings, and nothing is returned that the caller must close.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from ..errors import StoreError
from ..lexicon import QUAD
from . import schema
from .db import Store, first_line
from .query import (
    Check,
    Conditions,
    EventFilter,
    cluster_rows,
    conditions,
    plain,
    render,
    where_clause,
)
from .schema import FLAT_CLUSTER_METHOD

EVENT_TYPES = tuple(QUAD)  # PLOVER's 16 types, grouped by quad class
QUADS = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")
INTERVALS = ("day", "week", "month")
# The longest timeline drawn day by day or week by week: past this, ask for a coarser step.
MAX_PERIODS = 4000

# The flat table's columns that are the same on every row of one event, and those of one
# side (actor_..., recipient_...), which differ from row to row.
EVENT_COLUMNS = (
    "event_id", "article_id", "event_local_id", "event_date", "event_date_timex",
    "event_type", "event_mode", "contexts", "quad_code", "cameo", "modality", "confidence",
    "placename", "raw_placename", "geonames_id", "feature_type", "place_country", "latitude",
    "longitude", "event_text", "sentence", "publication_date", "title", "source", "url",
    "language", "version", "cluster_id",
)
SIDE_COLUMNS = ("name", "name_raw", "country", "sector", "title", "wikidata", "igo", "kind")
ARTICLE_COLUMNS = ("id", "title", "published", "publication_date", "source", "url",
                   "language", "n_events", "input", "line", "coder_version", "coded_at")


@dataclass(frozen=True)
class Selection:
    """Which events a view counts: the query filters and, optionally, one quad class."""

    filter: EventFilter = field(default_factory=EventFilter)
    quad: str | None = None

    def conditions(self) -> Conditions:
        """What the selection means (see :func:`~newsevents.store.query.conditions`)."""
        quad = [(Check("quad_code", "=", self.quad),)] if self.quad else []
        return [*conditions(self.filter), *quad]

    def where(self) -> tuple[str, list[Any]]:
        """The SQL condition on ``events_flat`` and its parameters."""
        return render(self.conditions())

    def key(self) -> tuple[Any, ...]:
        """A hashable key (for caching results)."""
        return (*asdict(self.filter).values(), self.quad)

    def is_empty(self) -> bool:
        return self.quad is None and not any(asdict(self.filter).values())


def _records(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> list[dict[str, Any]]:
    return [{c: plain(v) for c, v in zip(columns, row, strict=True)} for row in rows]


def _marks(values: Sequence[Any]) -> str:
    """``?, ?, ?`` for an ``IN (...)`` list (never empty: callers check)."""
    return ", ".join("?" * len(values))


def _like(text: str) -> str:
    """A pattern for ``ILIKE ? ESCAPE '\\'`` that finds ``text`` anywhere."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _page(limit: int, offset: int) -> str:
    return f" LIMIT {int(limit)} OFFSET {int(offset)}"


def _scalar(store: Store, sql: str, params: Sequence[Any] = ()) -> Any:
    rows = store.fetch(sql, params)[1]
    return rows[0][0] if rows else None


# --- events ----------------------------------------------------------------------------------


# Every event has one row whose actor and recipient are its first (or none): counting those
# rows counts events without a DISTINCT, when no condition looks at one side of a row.
FIRST_ROW = "coalesce(actor_n, 0) = 0 AND coalesce(recipient_n, 0) = 0"
SIDE_FILTERS = ("actor", "recipient", "sector", "country", "actor_name", "recipient_name",
                "party")


def _order(newest_first: bool, table: str = "") -> str:
    """Events in date order (then as stored): ``(article_id, event_n)`` is unique."""
    direction = "DESC" if newest_first else "ASC"
    return f"{table}event_date {direction} NULLS LAST, {table}article_id, {table}event_n"


def per_event(selection: Selection) -> bool:
    """True when every condition is on the event, not on one of its sides: then all the
    rows of an event match, or none."""
    return not any(getattr(selection.filter, name) for name in SIDE_FILTERS)


def count_selected(store: Store, selection: Selection) -> int:
    """The number of events (not rows) that match."""
    where, params = selection.where()
    if per_event(selection):
        sql = f"SELECT count(*) FROM events_flat WHERE ({where}) AND {FIRST_ROW}"
    else:
        sql = f"SELECT count(DISTINCT event_id) FROM events_flat WHERE {where}"
    return int(_scalar(store, sql, params))


def event_page(store: Store, selection: Selection, limit: int = 50, offset: int = 0,
               newest_first: bool = False) -> list[dict[str, Any]]:
    """One page of matching events in date order (``newest_first``: latest first), each one
    object with its actors and recipients gathered into lists (see :func:`event_objects`).
    One query: the page's events, then all their rows."""
    where, params = selection.where()
    order = _order(newest_first)
    if per_event(selection):
        page = (f"SELECT event_id, event_date, article_id, event_n FROM events_flat "
                f"WHERE ({where}) AND {FIRST_ROW} ORDER BY {order}")
    else:
        page = ("SELECT event_id, event_date, article_id, event_n FROM events_flat "
                f"WHERE {where} GROUP BY event_id, event_date, article_id, event_n "
                f"ORDER BY {order}")
    columns = _object_columns()
    sql = (f"WITH page AS ({page}{_page(limit, offset)}) "
           f"SELECT {', '.join('f.' + c for c in columns)} FROM events_flat f "
           f"JOIN page p ON f.event_id = p.event_id ORDER BY {_order(newest_first, 'p.')}, "
           "f.actor_n NULLS FIRST, f.recipient_n NULLS FIRST")
    return _gather(columns, store.fetch(sql, params)[1])


def _object_columns() -> list[str]:
    sides = [f"{role}_{c}" for role in ("actor", "recipient") for c in SIDE_COLUMNS]
    return [*EVENT_COLUMNS, *sides, "actor_n", "recipient_n"]


def _gather(columns: list[str], rows: Sequence[Sequence[Any]]) -> list[dict[str, Any]]:
    """Event objects from flat rows (an event's rows together), in the rows' order."""
    events: dict[str, dict[str, Any]] = {}
    for row in rows:
        values = dict(zip(columns, row, strict=True))
        event = events.get(values["event_id"])
        if event is None:
            event = events[values["event_id"]] = _event_object(values)
        _add_side(event, "actors", values, "actor")
        _add_side(event, "recipients", values, "recipient")
    for event in events.values():
        event["actors"] = list(event["actors"].values())
        event["recipients"] = list(event["recipients"].values())
    return list(events.values())


def event_batches(store: Store, lowered: Sequence[str] = (), size: int = 10_000
                  ) -> Iterator[tuple[list[str], list[tuple], list[dict[str, Any]]]]:
    """Every row of the flat table, in :func:`event_page`'s order (oldest first, an event's
    rows as it gathers them), in batches of whole events: ``(columns, rows, events)`` where
    ``events`` are the batch's event objects, in order, as :func:`event_page` makes them.
    The columns are those of the objects, ``event_n``, and ``lower_C`` (the database's
    ``lower(C)``) for each column ``C`` in ``lowered``. For the web app's in-memory index."""
    columns = [*_object_columns(), "event_n", *(f"lower_{c}" for c in lowered)]
    select = [*_object_columns(), "event_n", *(f"lower({c}) AS lower_{c}" for c in lowered)]
    sql = (f"SELECT {', '.join(select)} FROM events_flat ORDER BY {_order(False)}, "
           "actor_n NULLS FIRST, recipient_n NULLS FIRST")
    try:
        cursor = store.execute(sql)
        held: list[tuple] = []
        while rows := cursor.fetchmany(size):
            rows = held + rows
            cut = len(rows)  # the last event's rows may go on in the next batch: hold them
            while cut > 0 and rows[cut - 1][0] == rows[-1][0]:
                cut -= 1
            held = rows[cut:]
            if cut:
                yield columns, rows[:cut], _gather(columns, rows[:cut])
    except store.errors as exc:
        raise StoreError(f"query failed: {first_line(exc)}", "S006") from None
    if held:
        yield columns, held, _gather(columns, held)


# What tells that a store changed: articles stored or replaced (their number, the latest
# coding time), flat rows, events, clusters and the flags reclustering sets. Cheap: counts.
SIGNATURE_SQL = (
    "SELECT (SELECT count(*) FROM articles), (SELECT max(coded_at) FROM articles), "
    "(SELECT count(*) FROM events_flat), "
    f"(SELECT count(*) FROM events_flat WHERE {FIRST_ROW}), "
    "(SELECT count(cluster_id) FROM events_flat), (SELECT count(*) FROM clusters), "
    "(SELECT count(*) FROM cluster_members), "
    "(SELECT max(value) FROM meta WHERE key = 'clusters_stale'), "
    "(SELECT max(value) FROM meta WHERE key = 'flat_clusters_stale'), "
    f"(SELECT max(value) FROM meta WHERE key = '{schema.GENERATION}')")


def signature(store: Store) -> tuple[Any, ...]:
    """A cheap fingerprint of what the event views show: it differs after any write
    transaction (the store's ``generation``; the counts besides, for a store written by an
    older version). Its fourth item is the number of events."""
    return tuple(plain(v) for v in store.fetch(SIGNATURE_SQL)[1][0])


def event_objects(store: Store, event_ids: Sequence[str]) -> list[dict[str, Any]]:
    """The events of these ids, in this order: the flat table's event columns, plus
    ``actors`` and ``recipients`` (lists of ``{name, name_raw, country, sector, title,
    wikidata, igo, kind}``) and ``contexts`` as a list."""
    if not event_ids:
        return []
    columns = _object_columns()
    sql = (f"SELECT {', '.join(columns)} FROM events_flat "
           f"WHERE event_id IN ({_marks(event_ids)}) "
           "ORDER BY event_id, actor_n NULLS FIRST, recipient_n NULLS FIRST")
    found = {e["event_id"]: e for e in _gather(columns, store.fetch(sql, list(event_ids))[1])}
    return [found[i] for i in event_ids if i in found]


def _event_object(values: dict[str, Any]) -> dict[str, Any]:
    event = {c: plain(values[c]) for c in EVENT_COLUMNS}
    event["contexts"] = [c for c in (values["contexts"] or "").split(";") if c]
    event["actors"] = {}
    event["recipients"] = {}
    return event


def _add_side(event: dict[str, Any], key: str, values: dict[str, Any], role: str) -> None:
    number = values[f"{role}_n"]
    if number is None or number in event[key]:
        return
    event[key][number] = {c: values[f"{role}_{c}"] for c in SIDE_COLUMNS}


def event_detail(store: Store, event_id: str) -> dict[str, Any] | None:
    """One event (as :func:`event_objects` gives it) with ``cluster``: the cluster of
    reports it belongs to (the method the flat table shows), or None."""
    found = event_objects(store, [event_id])
    if not found:
        return None
    event = found[0]
    event["cluster"] = None
    if event["cluster_id"]:
        columns, rows = store.fetch(
            "SELECT cluster_id, method, event_type, first_date, last_date, n_events, "
            "n_articles, article_ids, actors, recipients, place FROM clusters "
            "WHERE method = ? AND cluster_id = ?", [FLAT_CLUSTER_METHOD, event["cluster_id"]])
        if rows:
            event["cluster"] = _cluster_object(dict(zip(columns, rows[0], strict=True)))
    return event


# --- articles and entities -------------------------------------------------------------------


def _article_where(q: str | None, since: date | None, until: date | None
                   ) -> tuple[str, list[Any]]:
    conditions, params = ["TRUE"], []
    for word in (q or "").split():
        conditions.append("(id ILIKE ? ESCAPE '\\' OR title ILIKE ? ESCAPE '\\' "
                          "OR text ILIKE ? ESCAPE '\\')")
        params += [_like(word)] * 3
    if since:
        conditions.append("publication_date >= ?")
        params.append(since)
    if until:
        conditions.append("publication_date <= ?")
        params.append(until)
    return " AND ".join(conditions), params


def count_articles(store: Store, q: str | None = None, since: date | None = None,
                   until: date | None = None) -> int:
    """The number of stored articles whose id, title or text has every word of ``q`` and
    whose publication day is within ``since``..``until``."""
    where, params = _article_where(q, since, until)
    return int(_scalar(store, f"SELECT count(*) FROM articles WHERE {where}", params))


def article_page(store: Store, q: str | None = None, since: date | None = None,
                 until: date | None = None, limit: int = 50,
                 offset: int = 0) -> list[dict[str, Any]]:
    """One page of stored articles (no text), the latest published first."""
    where, params = _article_where(q, since, until)
    sql = (f"SELECT {', '.join(ARTICLE_COLUMNS)} FROM articles WHERE {where} "
           "ORDER BY publication_date DESC NULLS LAST, id" + _page(limit, offset))
    return _records(*store.fetch(sql, params))


def _entity_where(q: str | None, kind: str | None, country: str | None,
                  sector: str | None) -> tuple[str, list[Any]]:
    conditions, params = ["name IS NOT NULL"], []
    for word in (q or "").split():
        conditions.append("name ILIKE ? ESCAPE '\\'")
        params.append(_like(word))
    for column, value in (("kind", kind), ("country", country), ("sector", sector)):
        if value:
            conditions.append(f"{column} = ?")
            params.append(value.upper() if column != "kind" else value.lower())
    return " AND ".join(conditions), params


def count_entities(store: Store, q: str | None = None, kind: str | None = None,
                   country: str | None = None, sector: str | None = None) -> int:
    """The number of distinct actors (name, kind, country, sector) that match."""
    where, params = _entity_where(q, kind, country, sector)
    return int(_scalar(store, "SELECT count(*) FROM (SELECT name, kind, country, sector "
                              f"FROM entities WHERE {where} "
                              "GROUP BY name, kind, country, sector) AS e", params))


def entity_page(store: Store, q: str | None = None, kind: str | None = None,
                country: str | None = None, sector: str | None = None, limit: int = 50,
                offset: int = 0) -> list[dict[str, Any]]:
    """Actors across the store, one per (name, kind, country, sector), the most reported
    first: ``articles`` naming them, ``mentions``, and ``as_actor``/``as_recipient`` (the
    events they take part in, by role)."""
    where, params = _entity_where(q, kind, country, sector)
    sql = ("SELECT e.name, e.kind, e.country, e.sector, max(e.wikidata) AS wikidata, "
           "max(e.igo) AS igo, max(e.office) AS office, count(*) AS articles, "
           "coalesce(sum(m.n), 0) AS mentions FROM (SELECT * FROM entities "
           f"WHERE {where}) AS e LEFT JOIN (SELECT article_id, entity_id, count(*) AS n "
           "FROM mentions GROUP BY article_id, entity_id) AS m "
           "ON m.article_id = e.article_id AND m.entity_id = e.id "
           "GROUP BY e.name, e.kind, e.country, e.sector "
           "ORDER BY articles DESC, mentions DESC, e.name, e.country NULLS LAST, "
           "e.kind NULLS LAST, e.sector NULLS LAST"
           + _page(limit, offset))
    entities = _records(*store.fetch(sql, params))
    _add_event_counts(store, entities)
    return entities


def _add_event_counts(store: Store, entities: list[dict[str, Any]]) -> None:
    """Add ``as_actor`` and ``as_recipient`` to each entity: its events by role."""
    names = sorted({e["name"] for e in entities})
    counts: dict[tuple[Any, ...], int] = {}
    if names:
        sql = ("SELECT name, country, sector, role, count(DISTINCT event_id) "
               f"FROM event_actors WHERE name IN ({_marks(names)}) "
               "GROUP BY name, country, sector, role")
        for name, country, sector, role, n in store.fetch(sql, names)[1]:
            counts[(name, country, sector, role)] = int(n)
    for entity in entities:
        key = (entity["name"], entity["country"], entity["sector"])
        entity["as_actor"] = counts.get((*key, "actor"), 0)
        entity["as_recipient"] = counts.get((*key, "recipient"), 0)


# --- clusters --------------------------------------------------------------------------------


def _cluster_object(values: dict[str, Any]) -> dict[str, Any]:
    cluster = {k: plain(v) for k, v in values.items()}
    try:
        cluster["article_ids"] = json.loads(values.get("article_ids") or "[]")
    except ValueError:
        cluster["article_ids"] = [values["article_ids"]]
    for key in ("actors", "recipients"):
        cluster[key] = [x for x in (values.get(key) or "").split("; ") if x]
    return cluster


def count_clusters(store: Store, flt: EventFilter, method: str = FLAT_CLUSTER_METHOD) -> int:
    """The number of clusters of ``method`` with at least one event that matches."""
    where, params = where_clause(flt)
    sql = ("SELECT count(*) FROM clusters WHERE method = ? AND cluster_id IN "
           "(SELECT m.cluster_id FROM cluster_members m JOIN events_flat "
           f"ON events_flat.event_id = m.event_id WHERE m.method = ? AND {where})")
    return int(_scalar(store, sql, [method, method, *params]))


def cluster_page(store: Store, flt: EventFilter, method: str = FLAT_CLUSTER_METHOD,
                 limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
    """One page of clusters with a matching event, the most reported first (as
    ``newsevents query --clusters``), with ``article_ids``, ``actors`` and ``recipients`` as
    lists."""
    columns, rows = cluster_rows(store, flt, method, limit=limit, offset=offset)
    return [_cluster_object(dict(zip(columns, row, strict=True))) for row in rows]


# --- the store's figures ---------------------------------------------------------------------


def stats(store: Store) -> dict[str, Any]:
    """What is in the store: counts of articles, events, actors, places, quotes, failures
    and clusters; the span of event days; events by type, quad class and modality; the
    countries most often acting; and facts about the store (schema, clustering state)."""
    count = _scalar
    first, last = store.fetch("SELECT min(event_date), max(event_date) FROM events_flat")[1][0]
    return {
        "articles": int(count(store, "SELECT count(*) FROM articles")),
        "events": int(count(store, "SELECT count(DISTINCT event_id) FROM events_flat")),
        "flat_rows": int(count(store, "SELECT count(*) FROM events_flat")),
        "actors": int(count(store, "SELECT count(*) FROM (SELECT DISTINCT name, country "
                                   "FROM entities) AS e")),
        "places": int(count(store, "SELECT count(DISTINCT geonames_id) FROM events_flat")),
        "quotes": int(count(store, "SELECT count(*) FROM quotes")),
        "failures": int(count(store, "SELECT count(*) FROM failures")),
        "clusters": _counts(store, "SELECT method, count(*) FROM clusters GROUP BY method"),
        "first_event_date": plain(first),
        "last_event_date": plain(last),
        "by_type": _counts(store, "SELECT event_type, count(DISTINCT event_id) FROM "
                                  "events_flat GROUP BY event_type", order=EVENT_TYPES),
        "by_quad": _counts(store, "SELECT quad_code, count(DISTINCT event_id) FROM "
                                  "events_flat GROUP BY quad_code", order=QUADS),
        "by_modality": _counts(store, "SELECT modality, count(DISTINCT event_id) FROM "
                                      "events_flat GROUP BY modality"),
        "top_actor_countries": _counts(
            store, "SELECT actor_country, count(DISTINCT event_id) AS n FROM events_flat "
                   "WHERE actor_country IS NOT NULL GROUP BY actor_country "
                   "ORDER BY n DESC, actor_country LIMIT 15"),
        "schema_version": store.meta("schema_version"),
        "created_by": store.meta("created_by"),
        "clusters_stale": store.meta("clusters_stale") == "1",
    }


def _counts(store: Store, sql: str, order: Sequence[str] = ()) -> dict[str, int]:
    """``{key: n}`` from a two-column query, in ``order`` first, then as the query gave."""
    rows = {str(key): int(n) for key, n in store.fetch(sql)[1] if key is not None}
    ordered = {k: rows[k] for k in order if k in rows}
    ordered.update(rows)
    return ordered


# --- timeline --------------------------------------------------------------------------------


def timeline(store: Store, selection: Selection, interval: str = "auto",
             by: str = "type") -> dict[str, Any]:
    """Events per period, split by type (``by="type"``) or quad class (``"quad"``):
    ``{"interval", "by", "keys", "periods": [{"period", "end", "counts", "total"}],
    "total", "undated"}``. Every period from the first to the last is listed, empty ones
    too. ``interval`` is ``day``, ``week`` (ISO weeks, from Monday), ``month`` or ``auto``
    (day up to three months, week up to two years, else month). StoreError (S006) when
    more than :data:`MAX_PERIODS` periods would be drawn."""
    where, params = selection.where()
    first, last = store.fetch(f"SELECT min(event_date), max(event_date) FROM events_flat "
                              f"WHERE {where}", params)[1][0]
    undated = int(_scalar(store, "SELECT count(DISTINCT event_id) FROM events_flat "
                                 f"WHERE ({where}) AND event_date IS NULL", params))
    if interval == "auto":
        interval = _auto_interval(first, last)
    column = "quad_code" if by == "quad" else "event_type"
    rows = []
    if first is not None:
        _check_span(first, last, interval)
        period = "event_date" if interval == "day" else \
            f"CAST(date_trunc('{interval}', event_date) AS DATE)"
        rows = store.fetch(
            f"SELECT {period} AS period, {column} AS key, count(DISTINCT event_id) AS n "
            f"FROM events_flat WHERE ({where}) AND event_date IS NOT NULL "
            f"GROUP BY {period}, {column}", params)[1]
    periods = _fill_periods(rows, interval)
    keys = _ordered_keys({str(r[1]) for r in rows if r[1] is not None},
                         QUADS if by == "quad" else EVENT_TYPES)
    return {"interval": interval, "by": "quad" if by == "quad" else "type", "keys": keys,
            "periods": periods, "total": sum(p["total"] for p in periods),
            "undated": undated}


def _auto_interval(first: date | None, last: date | None) -> str:
    if first is None or last is None:
        return "day"
    days = (_as_date(last) - _as_date(first)).days
    return "day" if days <= 92 else "week" if days <= 731 else "month"


def _check_span(first: date, last: date, interval: str) -> None:
    days = (_as_date(last) - _as_date(first)).days
    periods = days + 1 if interval == "day" else days // 7 + 2 if interval == "week" else 0
    if periods > MAX_PERIODS:
        raise StoreError(f"{periods} {interval}s from {first} to {last} are too many to draw "
                         f"(at most {MAX_PERIODS}); use a coarser interval or narrow the "
                         "dates", "S006")


def _as_date(value: date | datetime | str) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _ordered_keys(found: set[str], order: Sequence[str]) -> list[str]:
    return [k for k in order if k in found] + sorted(found - set(order))


def _fill_periods(rows: Sequence[Sequence[Any]], interval: str) -> list[dict[str, Any]]:
    """One entry per period from the first to the last, with counts by key."""
    counts: dict[date, Counter[str]] = defaultdict(Counter)
    for period, key, n in rows:
        counts[_as_date(period)][str(key)] += int(n)
    if not counts:
        return []
    out = []
    current, last = min(counts), max(counts)
    while current <= last:
        following = _next_period(current, interval)
        found = counts.get(current, Counter())
        out.append({"period": current.isoformat(),
                    "end": (following - timedelta(days=1)).isoformat(),
                    "counts": dict(found), "total": sum(found.values())})
        current = following
    return out


def _next_period(day: date, interval: str) -> date:
    if interval == "day":
        return day + timedelta(days=1)
    if interval == "week":
        return day + timedelta(days=7)
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


# --- map -------------------------------------------------------------------------------------


def map_points(store: Store, selection: Selection, limit: int = 1000) -> dict[str, Any]:
    """The places of matching events, the busiest first (at most ``limit``): ``{"points":
    [{geonames_id, name, country, feature, lat, lon, events, by_quad, quad}], "placed",
    "unplaced"}`` where ``quad`` is the class with most events there, ``placed`` the events
    with a point and ``unplaced`` those without."""
    where, params = selection.where()
    rows = store.fetch(
        "SELECT geonames_id, placename, place_country, feature_type, latitude, longitude, "
        "quad_code, count(DISTINCT event_id) AS n FROM events_flat "
        f"WHERE ({where}) AND latitude IS NOT NULL AND longitude IS NOT NULL "
        "GROUP BY geonames_id, placename, place_country, feature_type, latitude, longitude, "
        "quad_code", params)[1]
    places: dict[tuple[Any, ...], dict[str, Any]] = {}
    for geonames_id, name, country, feature, lat, lon, quad, n in rows:
        key = (geonames_id, name, lat, lon)
        point = places.setdefault(key, {
            "geonames_id": geonames_id, "name": name, "country": country,
            "feature": feature, "lat": float(lat), "lon": float(lon), "events": 0,
            "by_quad": {}})
        point["events"] += int(n)
        point["by_quad"][quad] = point["by_quad"].get(quad, 0) + int(n)
    points = sorted(places.values(), key=lambda p: (-p["events"], p["name"] or ""))
    for point in points:
        point["quad"] = max(point["by_quad"], key=lambda q: (point["by_quad"][q], q or ""))
    unplaced = int(_scalar(store, "SELECT count(DISTINCT event_id) FROM events_flat "
                                  f"WHERE ({where}) AND (latitude IS NULL OR longitude IS "
                                  "NULL)", params))
    return {"points": points[:limit], "places": len(points),
            "placed": sum(p["events"] for p in points), "unplaced": unplaced}


# --- network ---------------------------------------------------------------------------------


def network(store: Store, selection: Selection, nodes: int = 40) -> dict[str, Any]:
    """Who acts on whom: the actors of the strongest actor-to-recipient links, at most
    ``nodes`` of them, and every link among them: ``{"nodes": [{id, name, country,
    events}], "edges": [{source, target, events, by_quad, quad}]}``. An actor is a name and
    a country; ``events`` of a node counts its matching events on either side; an edge
    counts the events with that actor and that recipient, ``quad`` being the class of most
    of them. An actor acting on itself is left out."""
    where, params = selection.where()
    pairs = store.fetch(
        "SELECT actor_name, actor_country, recipient_name, recipient_country, "
        "count(DISTINCT event_id) AS n FROM events_flat "
        f"WHERE ({where}) AND actor_name IS NOT NULL AND recipient_name IS NOT NULL "
        "AND NOT (actor_name = recipient_name AND coalesce(actor_country, '') = "
        "coalesce(recipient_country, '')) "
        "GROUP BY actor_name, actor_country, recipient_name, recipient_country "
        "ORDER BY n DESC, actor_name, recipient_name, actor_country NULLS LAST, "
        "recipient_country NULLS LAST" + _page(nodes * 3, 0), params)[1]
    chosen: dict[tuple[Any, Any], str] = {}
    for actor, actor_country, recipient, recipient_country, _ in pairs:
        for key in ((actor, actor_country), (recipient, recipient_country)):
            if key not in chosen and len(chosen) < nodes:
                chosen[key] = f"N{len(chosen) + 1}"
    totals = _node_totals(store, where, params, chosen)
    node_list = [{"id": node_id, "name": name, "country": country,
                  "events": totals.get((name, country), 0)}
                 for (name, country), node_id in chosen.items()]
    return {"nodes": node_list, "edges": _edges(store, where, params, chosen)}


def _node_totals(store: Store, where: str, params: list[Any],
                 chosen: dict[tuple[Any, Any], str]) -> dict[tuple[Any, Any], int]:
    """The matching events of each chosen actor, on either side."""
    names = sorted({name for name, _ in chosen})
    if not names:
        return {}
    rows = store.fetch(
        "SELECT name, country, count(DISTINCT event_id) FROM ("
        "SELECT actor_name AS name, actor_country AS country, event_id FROM events_flat "
        f"WHERE ({where}) AND actor_name IN ({_marks(names)}) UNION ALL "
        "SELECT recipient_name, recipient_country, event_id FROM events_flat "
        f"WHERE ({where}) AND recipient_name IN ({_marks(names)})) AS sides "
        "GROUP BY name, country", [*params, *names, *params, *names])[1]
    return {(name, country): int(n) for name, country, n in rows}


def _edges(store: Store, where: str, params: list[Any],
           ids: dict[tuple[Any, Any], str]) -> list[dict[str, Any]]:
    names = sorted({name for name, _ in ids})
    if not names:
        return []
    rows = store.fetch(
        "SELECT actor_name, actor_country, recipient_name, recipient_country, quad_code, "
        f"count(DISTINCT event_id) FROM events_flat WHERE ({where}) "
        f"AND actor_name IN ({_marks(names)}) AND recipient_name IN ({_marks(names)}) "
        "GROUP BY actor_name, actor_country, recipient_name, recipient_country, quad_code",
        [*params, *names, *names])[1]
    edges: dict[tuple[str, str], dict[str, Any]] = {}
    for actor, actor_country, recipient, recipient_country, quad, n in rows:
        source, target = ids.get((actor, actor_country)), ids.get((recipient, recipient_country))
        if source is None or target is None or source == target:
            continue
        edge = edges.setdefault((source, target), {"source": source, "target": target,
                                                   "events": 0, "by_quad": {}})
        edge["events"] += int(n)
        edge["by_quad"][quad] = edge["by_quad"].get(quad, 0) + int(n)
    for edge in edges.values():
        edge["quad"] = max(edge["by_quad"], key=lambda q: (edge["by_quad"][q], q or ""))
    return sorted(edges.values(), key=lambda e: (-e["events"], e["source"], e["target"]))
