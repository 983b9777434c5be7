"""Reports of one event merged: the ``clusters`` and ``cluster_members`` of a store.

Many articles report the same real-world event; each coded article gives it an event of its
own. :func:`recluster` groups the events of the whole store into clusters, each with its
number of articles and their ids (like GDELT's ``NumArticles``), by two methods side by side,
and replaces both tables in one transaction. Every event belongs to exactly one cluster of each
method (a lone event is a cluster of one), so ``events_flat.cluster_id`` is never null after
reclustering. A cluster's id is the first 16 hex digits of ``md5(method + ":" + the smallest
member event_id)``: the same store content gives the same ids and rows, whatever the order in
which its articles were stored.

**one-a-day** (the baseline, after the Phoenix pipeline's one-a-day filter): one cluster per
(event type, day, actor code, recipient code). The day is the event's date (its first day),
else the article's publication date; a side's code is the sorted distinct ``country + sector``
codes of its participants joined with ``+`` (``SOMREB``; empty for a missing side, or one
whose participants have neither). Modality, place and mode are ignored, as Phoenix ignored
them. An event with no day is alone.

**merge** (newsevents' rule, precision first). Two events are *linked* when all of these hold:

1. **Type**: the same PLOVER event type; modes equal when both events have one ("explosives"
   never merges with "heavy-weapons").
2. **Modality**: both ``asserted`` or both ``historical``. Negated, future and hypothetical
   events did not happen (or not yet): there is no occurrence to be reported twice, and each
   stays a cluster of its own.
3. **Date**: each event has an interval of days on which it may have happened. A date the text
   names (the event's day differs from the publication day) is exact: ``[day, day]``. An event
   dated on its publication day may carry the coder's default (the text named no day), so it
   may have happened up to :data:`REPORT_LAG_DAYS` (2) days before: ``[pub - 2, pub]``. The
   intervals must overlap: two named days are equal; a named day lies within the two days
   before the other's publication day or on it; two publication days are at most two days
   apart. A date coarser than a day ("2024-10", "2024-W50") links only to the identical
   value. An event with neither date nor publication date links to nothing.
4. **Place**: either event has no place (one with neither GeoNames id nor point counts as
   none), or both have the same GeoNames id, or their points are at most
   :data:`PLACE_RADIUS_KM` (50 km) apart, or one of them is a whole country (feature code
   ``PCL*``) and the other lies in it.
5. **Participants.** Each actor or recipient has one key: a state (entity kind ``state``) its
   country (``st:RUS``); a generic agent (kind ``agent``: "police", "protesters") its country
   and sector (``g:GEO/OPP``); any other its Wikidata id, else its knowledge-base id, else its
   normalised name and country. A generic agent or an unknown name with no country takes, for
   clustering only, the country of the event's place; with no place either it is
   ``g:?/SECTOR`` and matches only that. Two keys match when equal, or when one is a state
   and the other a generic agent of that country in a state sector (:data:`STATE_SECTORS`:
   "Russia" and "Russian forces"). Then, for the directed types:

   - both events have actors and recipients: an actor matches *and* a recipient matches;
   - otherwise one role is present on both events and a participant in it matches, and
     the match is *strong*: it names an entity (it is not two generic agents), or both events
     name a place finer than a country and the places agree (rule 4). A missing actor on one
     side is thus allowed only when the recipients share an identified entity, or the same
     generic agent at a place both reports name; an event with no participants links to
     nothing.

   For the mutual types :data:`SYMMETRIC_TYPES` (CONSULT, AGREE, COOPERATE: "Macron met
   Scholz" and "Scholz hosted Macron" are one meeting) actors and recipients form one set:
   two events with two or more participants each share at least two; an event with a single
   participant shares it, strongly as above, with the other.
6. **One article**: two events of the same article link only when they also carry the
   identical date value. Their participants are compared by the article's own entity ids
   (exact, so any match is strong): "fighters bombed a hotel" and "the fighters killed nine"
   are one event there; and, at a place both name, an event with only an actor and one with
   only a recipient are two facets of one ("militants detonated a car bomb ... killing nine
   people").

Links are applied greedily in a fixed order, each merging two clusters only if the merged
whole stays consistent, so that a chain of links never joins what its ends would not:

- no article has events in both (an article reporting two attacks on different days keeps
  them in two clusters, whatever other reports link them to);
- the date intervals of all members still overlap (so a cluster spans at most two days);
- all modes agree, and every pair of places agrees (rule 4);
- for directed types, the actors of the two clusters match or one has none, and likewise the
  recipients; for mutual types they share two participants, or the one of the smaller. Here
  an agent of unknown country (``g:?/CVL``) is compatible with its sector in any country:
  absent information is no conflict.

The order: links within each article first (full participant matches, then single-role, then
places named on both, then event ids); then the events one by one in (type, day, event_id)
order, each joining the clusters of earlier events it links to, best link first by the same
ranking. An event is compared with at most :data:`MAX_TRIES` members of each cluster (the
latest that share an index key with it), and the first that links stands for the cluster.

Scale: the events are fetched with one SQL query ordered by type and day. Candidates are only
earlier events of the same type within REPORT_LAG_DAYS that share an index key with the event
(a participant, an actor and recipient pair, or a generic agent with the grid cell of its
place), so the work grows with the number of events, not its square; on large stores the
types are split between two processes. Results go in and out through Arrow.
"""

from __future__ import annotations

import gc
import math
import os
import re
import signal
import time
import warnings
from array import array
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import duckdb

from .datafiles import iso3_by_iso2
from .distance import km as great_circle_km
from .errors import StoreError
from .store import schema
from .store.db import Store, first_line

METHOD_MERGE = "merge"
METHOD_ONE_A_DAY = "one-a-day"
METHODS = (METHOD_MERGE, METHOD_ONE_A_DAY)

# A report that names no day is dated on its publication day by the coder; news reports an
# event the same day or within the next two (a weekly round-up is not an event report).
REPORT_LAG_DAYS = 2
# Reports of one event name the city or a district or landmark in it ("Saltivka", "Kharkiv");
# 50 km spans a metropolitan area but not two neighbouring cities.
PLACE_RADIUS_KM = 50.0
# Only what happened can be reported twice; see rule 2.
MERGEABLE_MODALITIES = ("asserted", "historical")
# Types whose participants act together: who is actor and who recipient is the writer's choice.
SYMMETRIC_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
# Sectors of a state's own organs: "Russia shelled Kharkiv" and "Russian forces shelled
# Kharkiv" report one act of the Russian state; a state's civilians or rebels are not it.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
# Cell size for blocking generic agents by place: two degrees are at least twice 50 km of
# longitude up to about 63 degrees of latitude, so the four cells nearest a place hold every
# place within PLACE_RADIUS_KM there (further north a pair may be missed, never wrongly
# merged).
GRID_DEGREES = 2.0
# How often (in days of the events' order) keys that left the date window are dropped.
PURGE_DAYS = 30
# An event is compared with at most this many members of each cluster, the latest filed
# under a key they share: a story reported a hundred times is one cluster, and comparing
# with each of its reports would cost the square of its size.
MAX_TRIES = 3
# Length of an index list at which it is first compacted (then at each doubling).
COMPACT_AT = 64
# From this many events the types are split between two processes (see _merge_in_two).
PARALLEL_FROM = 100_000

_SEP = "\x1f"  # joins keys in one SQL string: cheaper to fetch than a list column

# One row per event of the store with everything both methods and the clusters table need,
# made once per reclustering (a temporary table: one pass over the participants).
_PREPARE = r"""
CREATE TEMP TABLE _cluster_events AS
WITH place AS (
    SELECT e.event_id, p.name AS place, p.geonameid, p.lat, p.lon, p.country_code,
           p.feature_code, iso.iso3 AS place_iso3
    FROM events e
    JOIN places p ON p.article_id = e.article_id AND p.id = e.event_loc
    LEFT JOIN _cluster_iso iso ON iso.iso2 = p.country_code
),
refs AS (
    SELECT ea.event_id, ea.role,
           coalesce(ea.entity, '#' || ea.n::VARCHAR) AS local_id,
           coalesce(ea.name, ea.text) AS name,
           coalesce(ea.country, '') || coalesce(ea.sector, '') AS code,
           CASE
             WHEN ent.kind = 'state' AND ea.country IS NOT NULL THEN 'st:' || ea.country
             WHEN ent.kind = 'agent' THEN
               'g:' || coalesce(ea.country, pl.place_iso3, '?') || '/' || coalesce(ea.sector, '?')
             WHEN ea.wikidata IS NOT NULL AND ea.wikidata <> '' THEN 'wd:' || ea.wikidata
             WHEN ea.kb_id IS NOT NULL AND ea.kb_id <> '' THEN 'kb:' || ea.kb_id
             ELSE 'nm:' || trim(regexp_replace(regexp_replace(
                      lower(coalesce(ea.name, ea.text, '')), '[^\p{L}\p{N}]+', ' ', 'g'),
                      '^ *the ', '')) || '|' || coalesce(ea.country, pl.place_iso3, '?')
           END AS key
    FROM event_actors ea
    LEFT JOIN entities ent ON ent.article_id = ea.article_id AND ent.id = ea.entity
    LEFT JOIN place pl ON pl.event_id = ea.event_id
),
sides AS (  -- no ORDER BY in these aggregates: it costs three times the query
    SELECT event_id,
           string_agg(key, chr(31)) FILTER (WHERE role = 'actor') AS a_keys,
           string_agg(key, chr(31)) FILTER (WHERE role = 'recipient') AS r_keys,
           string_agg(local_id, chr(31)) FILTER (WHERE role = 'actor')
             AS a_local,
           string_agg(local_id, chr(31)) FILTER (WHERE role = 'recipient')
             AS r_local,
           list(DISTINCT name) FILTER (WHERE role = 'actor' AND name IS NOT NULL) AS a_names,
           list(DISTINCT name) FILTER (WHERE role = 'recipient' AND name IS NOT NULL)
             AS r_names,
           array_to_string(list_sort(list_distinct(
               list(code) FILTER (WHERE role = 'actor' AND code <> ''))), '+') AS a_code,
           array_to_string(list_sort(list_distinct(
               list(code) FILTER (WHERE role = 'recipient' AND code <> ''))), '+') AS r_code
    FROM refs GROUP BY event_id
)
SELECT e.event_id, e.article_id, e.event, e.mode, e.modality, e.date,
       coalesce(e.event_date, a.publication_date) AS day_date,
       datediff('day', DATE '1970-01-01', coalesce(e.event_date, a.publication_date)) AS day,
       datediff('day', DATE '1970-01-01', a.publication_date) AS pub,
       -- a date coarser than a day: "2024-10", "2024-W50" (not "2024-10-17...")
       e.event_date IS NOT NULL AND NOT (length(e.date) >= 10 AND substr(e.date, 5, 1) = '-'
                                         AND substr(e.date, 8, 1) = '-') AS coarse,
       pl.place, pl.geonameid, pl.lat, pl.lon, pl.country_code, pl.feature_code,
       s.a_keys, s.r_keys, s.a_local, s.r_local, s.a_names, s.r_names, s.a_code, s.r_code
FROM events e
JOIN articles a ON a.id = e.article_id
LEFT JOIN sides s ON s.event_id = e.event_id
LEFT JOIN place pl ON pl.event_id = e.event_id
"""

_COLUMNS = ("event_id", "article_id", "event", "mode", "modality", "date", "day", "pub",
            "coarse", "geonameid", "lat", "lon", "country_code", "feature_code", "a_keys",
            "r_keys", "a_local", "r_local")

# The events that may link: a mergeable modality, a day, a participant; in (type, day) order.
_FETCH = f"""
SELECT {", ".join(_COLUMNS)} FROM _cluster_events
WHERE modality IN (SELECT unnest(?)) AND day IS NOT NULL
  AND (a_keys IS NOT NULL OR r_keys IS NOT NULL)
ORDER BY event, day, event_id
"""


@dataclass(frozen=True)
class ClusterSummary:
    """What :func:`recluster` did: events clustered, clusters per method, and how many of
    them hold events of two or more articles."""

    events: int
    clusters: dict[str, int]
    multi_article: dict[str, int]
    seconds: float

    def __str__(self) -> str:
        merged, baseline = METHOD_MERGE, METHOD_ONE_A_DAY
        return (f"{self.events} events in {self.clusters[merged]} clusters "
                f"({self.multi_article[merged]} reported by several articles; "
                f"{baseline}: {self.clusters[baseline]}) in {self.seconds:.1f} s")


def recluster(store: Store) -> ClusterSummary:
    """Recompute the clusters of both methods over every event of ``store`` (opened for
    writing) and replace ``clusters`` and ``cluster_members`` in one transaction, setting
    the meta ``clusters_stale`` to "0"; then copy the merge method's ids into the flat event
    table. Returns what was done. Raises StoreError (S005) when the
    store is read-only or the write fails; the clusters are then left as they were.

    The work is done in DuckDB: on the store's own connection, or (a PostgreSQL store) on a
    copy of the columns :data:`INPUT_COLUMNS` names, whose results are copied back."""
    if not store.writable:
        raise StoreError(f"{store.name}: opened read-only; cannot recompute clusters", "S005")
    started = time.perf_counter()
    try:
        store.replace_clusters(compute_clusters, INPUT_COLUMNS)
    except (duckdb.Error, *store.errors) as exc:
        raise StoreError(f"{store.name}: reclustering failed ({first_line(exc)}); the "
                         "clusters were not changed", "S005") from None
    _refresh_flat_table(store)
    return _summary(store, time.perf_counter() - started)


# The columns of the store's tables that reclustering reads (_PREPARE): a PostgreSQL store
# copies these into DuckDB to recluster.
INPUT_COLUMNS: dict[str, tuple[str, ...]] = {
    "events": ("event_id", "article_id", "event", "mode", "modality", "date", "event_date",
               "event_loc"),
    "articles": ("id", "publication_date"),
    "places": ("article_id", "id", "name", "geonameid", "lat", "lon", "country_code",
               "feature_code"),
    "event_actors": ("article_id", "event_id", "role", "n", "entity", "text", "name",
                     "country", "sector", "wikidata", "kb_id"),
    "entities": ("article_id", "id", "kind"),
}


def compute_clusters(con: duckdb.DuckDBPyConnection) -> None:
    """Fill ``clusters`` and ``cluster_members`` anew on a DuckDB connection whose tables
    hold (at least) :data:`INPUT_COLUMNS`, inside the caller's transaction."""
    with _quiet(con):
        _empty_tables(con)
        _prepare(con)
        events, roots = _compute(con)
        _write_merge(con, events, roots)
        del events, roots
        _write_one_a_day(con)
        _write_clusters(con)
        con.execute("DROP TABLE _cluster_events")


def _empty_tables(con: duckdb.DuckDBPyConnection) -> None:
    """Empty clusters and cluster_members by making them anew (with their indexes): deleting
    a million rows and inserting as many under the same keys makes DuckDB's commit take
    minutes, where a new table takes seconds."""
    for table in (schema.CLUSTER_MEMBERS, schema.CLUSTERS):
        con.execute(f"DROP TABLE {table.name}")
        con.execute(table.ddl())
        for statement in schema.INDEXES:
            if re.search(rf"\bON {table.name}\b", statement):
                con.execute(statement)


@contextmanager
def _quiet(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """No DuckDB progress bar on the terminal meanwhile (the queries here are long enough to
    draw one), the setting restored after."""
    (shown,) = con.execute("SELECT current_setting('enable_progress_bar')").fetchone()
    con.execute("SET enable_progress_bar = false")
    try:
        yield
    finally:
        con.execute(f"SET enable_progress_bar = {'true' if shown else 'false'}")


# The flat event table (events_flat) keeps its own copy of each event's cluster id, which
# the store copies in a transaction of its own (Store.refresh_cluster_ids); the flag set with
# the clusters asks for that copy, so a run killed between the two is finished by the next.
def _refresh_flat_table(store: Store) -> None:
    """Make the copy."""
    try:
        store.refresh_cluster_ids()
    except store.errors as exc:
        raise StoreError(f"{store.name}: the clusters are stored, but copying their ids into "
                         f"the flat event table failed ({first_line(exc)}); the next ingest "
                         "finishes it", "S005") from None


def _compute(con: duckdb.DuckDBPyConnection) -> tuple[list[_Event], list[int]]:
    """The events that may link and the cluster of each. Python's cycle collector is off
    meanwhile: millions of small objects without cycles would be rescanned again and again
    as they are made (a third of the time)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        events = _fetch(con)
        return events, _merge_in_two(events)
    finally:
        if enabled:
            gc.enable()


# --- the events, as the rule sees them -----------------------------------------------------

Place = tuple[int | None, float | None, float | None, str | None, bool]
"""(geonameid, lat, lon, country_code, is_country)."""


@dataclass(slots=True)
class _Event:
    """One event that may link to others (mergeable modality, a day, some participant)."""

    event_id: str
    article: str
    type: str
    mode: str | None
    modality: str
    value: str | None     # the TIMEX3 date as coded: same-article links need it identical
    coarse: str | None    # that value when it names no single day
    day: int              # days since 1970: the event's day, else the publication day
    lo: int               # the interval of days it may have happened on (rule 3)
    hi: int
    place: Place | None
    actors: frozenset[str]       # store-wide keys (rule 5)
    recipients: frozenset[str]
    a_local: frozenset[str]      # the article's entity ids, for links within the article
    r_local: frozenset[str]
    named: frozenset[str]        # the keys of named entities among actors and recipients
    states: bool                 # a state among them ("st:RUS"): organs may match it
    symmetric: bool              # of a mutual type (SYMMETRIC_TYPES)
    cells: tuple[tuple[Any, ...], ...]  # grid cells looked up from its place (_cells)


def _prepare(con: duckdb.DuckDBPyConnection) -> None:
    """Make the temporary per-event table (_PREPARE)."""
    import pyarrow as pa

    codes = iso3_by_iso2()
    con.execute("DROP TABLE IF EXISTS _cluster_events")
    con.register("_cluster_iso", pa.table({"iso2": list(codes), "iso3": list(codes.values())}))
    try:
        con.execute(_PREPARE)
    finally:
        con.unregister("_cluster_iso")


def _fetch(con: duckdb.DuckDBPyConnection) -> list[_Event]:
    """The events that may link, in (type, day, event_id) order, from one query."""
    table = con.sql(_FETCH, params=[list(MERGEABLE_MODALITIES)]).to_arrow_table()
    # The same participant sets and places recur across events: one object for each.
    sets: dict[str | None, frozenset[str]] = {None: frozenset(), "": frozenset()}
    keys: dict[str | None, tuple[frozenset[str], frozenset[str], bool]] = {}
    places: dict[tuple[Any, ...], tuple[Place | None, Any]] = {}

    def as_set(joined: str | None) -> frozenset[str]:
        found = sets.get(joined)
        if found is None:
            found = sets[joined] = frozenset(joined.split(_SEP))  # type: ignore[union-attr]
        return found

    def as_keys(joined: str | None) -> tuple[frozenset[str], frozenset[str], bool]:
        found = keys.get(joined)
        if found is None:
            all_keys = as_set(joined)
            named = frozenset(k for k in all_keys if not k.startswith("g:"))
            found = keys[joined] = (all_keys, named, any(k.startswith("st:") for k in named))
        return found

    def as_place(*columns: Any) -> tuple[Place | None, tuple[tuple[Any, ...], ...]]:
        if columns not in places:
            place = _place(*columns)
            places[columns] = place, _cells(place, True)
        return places[columns]

    rows = zip(*(table.column(name).to_pylist() for name in _COLUMNS), strict=True)
    return [_event(row, as_set, as_keys, as_place) for row in rows]


def _event(row: tuple[Any, ...], as_set: Any, as_keys: Any, as_place: Any) -> _Event:
    """The event of one fetched row (columns as in _COLUMNS)."""
    (event_id, article, type_, mode, modality, value, day, pub, coarse, geonameid, lat, lon,
     country, feature, a_keys, r_keys, a_local, r_local) = row
    # Rule 3: a day other than the publication day was named by the text.
    explicit = pub is None or day != pub
    lo, hi = (day, day) if explicit else (pub - REPORT_LAG_DAYS, pub)
    actors, a_named, a_states = as_keys(a_keys)
    recipients, r_named, r_states = as_keys(r_keys)
    place, cells = as_place(geonameid, lat, lon, country, feature)
    return _Event(event_id, article, type_, mode, modality, value, value if coarse else None,
                  day, lo, hi, place, actors, recipients, as_set(a_local), as_set(r_local),
                  a_named | r_named if r_named else a_named, a_states or r_states,
                  type_ in SYMMETRIC_TYPES, cells)


def _place(geonameid: int | None, lat: float | None, lon: float | None, country: str | None,
           feature: str | None) -> Place | None:
    """A comparable place, or None when it has neither GeoNames id nor point."""
    if geonameid is None and (lat is None or lon is None):
        return None
    if lat is None or lon is None:
        lat = lon = None
    return (geonameid, lat, lon, country, bool(feature and feature.startswith("PCL")))


# --- the rule --------------------------------------------------------------------------------


def _km(a: Place, b: Place) -> float:
    """Great-circle distance between two places with points."""
    return great_circle_km(a[1], a[2], b[1], b[2])


def places_agree(a: Place | None, b: Place | None) -> bool:
    """Rule 4: no place on one side, the same GeoNames id, a country holding the other place,
    or points at most PLACE_RADIUS_KM apart."""
    if a is None or b is None:
        return True
    if a[0] is not None and a[0] == b[0]:
        return True
    if a[4] or b[4]:  # a whole country: the other must lie in it
        return a[3] is not None and a[3] == b[3]
    if a[1] is None or b[1] is None:
        return False
    return _km(a, b) <= PLACE_RADIUS_KM


def _precise(place: Place | None) -> bool:
    """A place finer than a country, with a point: evidence that two reports are about one
    spot."""
    return place is not None and not place[4] and place[1] is not None


def _generic(key: str) -> bool:
    """A generic agent's key ("g:GEO/OPP")."""
    return key.startswith("g:")


def _organ_of(key: str) -> str | None:
    """The state a generic agent is an organ of ("g:RUS/MIL" -> "RUS"), if any."""
    if not key.startswith("g:"):
        return None
    country, _, sector = key[2:].partition("/")
    return country if sector in STATE_SECTORS and country != "?" else None


def _related(a: str, b: str) -> bool:
    """Rule 5's identity of two participant keys: equal, or a state and one of its organs."""
    if a == b:
        return True
    if a.startswith("st:"):
        return _organ_of(b) == a[3:]
    if b.startswith("st:"):
        return _organ_of(a) == b[3:]
    return False


def _shared(x: frozenset[str], y: frozenset[str], local: bool, named: frozenset[str],
            states: bool) -> tuple[int, bool]:
    """How many participants of ``x`` are matched in ``y``, and whether a match is strong
    (names an entity: anything but two generic agents). ``named``: the named keys of both
    events; ``states``: whether either has a state. Within one article entity ids are exact,
    so every match is strong there."""
    exact = x & y
    if local:
        return len(exact), True
    matched, strong = len(exact), not exact.isdisjoint(named)
    if states and matched < len(x):
        for a in x - exact:
            if any(_related(a, b) for b in y):
                matched, strong = matched + 1, True
    return matched, strong


def _participants(a: _Event, b: _Event, local: bool, placed: bool) -> int | None:
    """Rule 5 (6 with ``local``): 0 for a full match, 1 for a strong single-role match, None
    when the participants do not link. ``placed``: both events name agreeing precise places."""
    a_act, a_rec = (a.a_local, a.r_local) if local else (a.actors, a.recipients)
    b_act, b_rec = (b.a_local, b.r_local) if local else (b.actors, b.recipients)
    named, states = a.named | b.named, a.states or b.states
    if a.symmetric:
        p, q = a_act | a_rec, b_act | b_rec
        if not p or not q:
            return None
        matched, strong = _shared(p, q, local, named, states)
        if len(p) >= 2 and len(q) >= 2:
            return 0 if matched >= 2 else None
    elif a_act and b_act and a_rec and b_rec:
        both = (_shared(a_act, b_act, local, named, states)[0]
                and _shared(a_rec, b_rec, local, named, states)[0])
        return 0 if both else None
    elif a_act and b_act:
        matched, strong = _shared(a_act, b_act, local, named, states)
    elif a_rec and b_rec:
        matched, strong = _shared(a_rec, b_rec, local, named, states)
    elif local and placed and (a_act or a_rec) and (b_act or b_rec):
        # One article, one day, one named place, and one event has only the actor, the
        # other only the recipient ("militants detonated a car bomb" ... "killing nine
        # people"): two facets of one event, nothing contradicts.
        return 1
    else:
        return None
    return 1 if matched and (strong or placed) else None


def _link(a: _Event, b: _Event) -> tuple[int, int] | None:
    """Whether two events of the same type are linked (rules 1-6): None, or their rank for
    the greedy order (participant match, 0 = full; place, 0 = both named)."""
    if a.coarse != b.coarse or a.modality != b.modality:
        return None
    if a.mode and b.mode and a.mode != b.mode:
        return None
    if max(a.lo, b.lo) > min(a.hi, b.hi):
        return None
    local = a.article == b.article
    if local and a.value != b.value:
        return None
    if not places_agree(a.place, b.place):
        return None
    placed = _precise(a.place) and _precise(b.place)
    rank = _participants(a, b, local, placed)
    return None if rank is None else (rank, 0 if placed else 1)


# --- candidates: who is compared with whom ----------------------------------------------------


@lru_cache(maxsize=65536)
def _cells(place: Place | None, looking: bool) -> tuple[tuple[Any, ...], ...]:
    """Blocking keys of a precise place: the grid cell it is filed under, or the four cells
    looked up from it (its own and the three nearest: with cells at least twice
    PLACE_RADIUS_KM wide, every place within that radius lies in them)."""
    if not _precise(place):
        return ()
    row, col = place[1] / GRID_DEGREES, place[2] / GRID_DEGREES
    r, c = math.floor(row), math.floor(col)
    if not looking:
        return (("cell", r, c),)
    dr = -1 if row - r < 0.5 else 1
    dc = -1 if col - c < 0.5 else 1
    return (("cell", r, c), ("cell", r + dr, c), ("cell", r, c + dc), ("cell", r + dr, c + dc))


@lru_cache(maxsize=65536)
def _forms(key: str, looking: bool) -> tuple[str, ...]:
    """The index forms of a participant key: the key, and for a state and its organs a form
    that only the other kind looks up (organs of one state are not compared via it)."""
    if key.startswith("st:"):
        return (key, "org:" + key[3:]) if looking else (key,)
    country = _organ_of(key)
    if country is None:
        return (key,)
    return (key, "st:" + country) if looking else (key, "org:" + country)


@lru_cache(maxsize=65536)
def _role_forms(keys: frozenset[str]) -> tuple[tuple[str, ...], ...]:
    """The forms of a set of participant keys: (named when filed, named when looked up,
    generic when filed, generic when looked up)."""
    out: tuple[list[str], ...] = ([], [], [], [])
    for key in sorted(keys):
        for looking in (False, True):
            for form in _forms(key, looking):
                out[(2 if _generic(form) else 0) + looking].append(form)
    return tuple(tuple(forms) for forms in out)


def _single(tag: str, keys: frozenset[str], cells: tuple[tuple[Any, ...], ...],
            looking: bool) -> list[tuple[Any, ...]]:
    """Keys for single-role matches: named entities alone, generic agents with the cells of
    their place (only a placed match of generic agents is strong)."""
    forms = _role_forms(keys)
    out: list[tuple[Any, ...]] = [(tag, form) for form in forms[looking]]
    if cells:
        out += [(tag, form, *cell) for form in forms[2 + looking] for cell in cells]
    return out


def _pairs(tag: str, first: frozenset[str], second: frozenset[str], looking: bool
           ) -> list[tuple[Any, ...]]:
    """Keys for full matches: every pair of forms of the two sets."""
    a, b = _role_forms(first), _role_forms(second)
    return [(tag, x, y) for x in a[looking] + a[2 + looking]
            for y in b[looking] + b[2 + looking]]


def _meetings(people: frozenset[str], looking: bool) -> list[tuple[Any, ...]]:
    """Keys for mutual types: every unordered pair of forms of two participants."""
    ordered = sorted(people)
    return [("PP", *sorted((x, y))) for n, a in enumerate(ordered) for b in ordered[n + 1:]
            for x in _forms(a, looking) for y in _forms(b, looking)]


def _keys(symmetric: bool, actors: frozenset[str], recipients: frozenset[str],
          cells: tuple[tuple[Any, ...], ...]) -> tuple[list[tuple[Any, ...]], ...]:
    """The index keys an event is filed under and those it looks up: any two events that
    can link (rule 5) share one, the earlier filing it and the later looking it up.
    ``cells``: those looked up from the event's place, its own first (see _cells)."""
    filed_in, looked_in = cells[:1], cells
    if symmetric:
        people = actors | recipients
        if len(people) >= 2:
            return (_meetings(people, False) + _single("P2", people, filed_in, False),
                    _meetings(people, True) + _single("P1", people, looked_in, True))
        return (_single("P1", people, filed_in, False),
                _single("P1", people, looked_in, True) + _single("P2", people, looked_in, True))
    if actors and recipients:
        return (_pairs("AR", actors, recipients, False)
                + _single("Af", actors, filed_in, False)
                + _single("Rf", recipients, filed_in, False),
                _pairs("AR", actors, recipients, True)
                + _single("Ao", actors, looked_in, True)
                + _single("Ro", recipients, looked_in, True))
    tag, keys = ("A", actors) if actors else ("R", recipients)
    return (_single(tag + "o", keys, filed_in, False),
            _single(tag + "o", keys, looked_in, True) + _single(tag + "f", keys, looked_in, True))


class _Index:
    """Events filed under their index keys, for the date window: each key's list is in the
    events' (type, day) order and is read from its end back to the window's first day. A
    list that grows long is compacted to the latest MAX_TRIES events of each cluster in the
    window; every PURGE_DAYS keys that left the window are dropped; a new type starts
    afresh."""

    def __init__(self, events: list[_Event], find: Any) -> None:
        self.events, self.find = events, find
        self.days = [ev.day for ev in events]
        self.keys: dict[tuple[Any, ...], list[int]] = {}
        self.type: str | None = None
        self.purged = 0

    def candidates(self, j: int, looked_up: list[tuple[Any, ...]]) -> dict[int, list[int]]:
        """The clusters of earlier events within the window that share a key with event
        ``j``, each with up to MAX_TRIES of those events, latest first."""
        ev, days, find = self.events[j], self.days, self.find
        oldest = ev.day - REPORT_LAG_DAYS
        if ev.type != self.type:
            self.keys, self.type, self.purged = {}, ev.type, ev.day
        elif ev.day - self.purged > PURGE_DAYS:
            self.keys = {key: [i for i in filed if days[i] >= oldest]
                         for key, filed in self.keys.items() if days[filed[-1]] >= oldest}
            self.purged = ev.day
        found: dict[int, list[int]] = {}
        for key in looked_up:
            filed = self.keys.get(key)
            if not filed:
                continue
            for i in reversed(filed):
                if days[i] < oldest:
                    break
                root = find(i)
                members = found.get(root)
                if members is None:
                    found[root] = [i]
                elif len(members) < MAX_TRIES and i not in members:
                    members.append(i)
        return found

    def file(self, j: int, keys: list[tuple[Any, ...]]) -> None:
        """File event ``j`` under ``keys``."""
        for key in keys:
            filed = self.keys.get(key)
            if filed is None:
                self.keys[key] = [j]
                continue
            filed.append(j)
            size = len(filed)
            if size >= COMPACT_AT and size & (size - 1) == 0:  # at 64, 128, 256, ...
                self.keys[key] = self._compact(filed, self.days[j] - REPORT_LAG_DAYS)

    def _compact(self, filed: list[int], oldest: int) -> list[int]:
        """The latest MAX_TRIES events of each cluster in the window, in the list's order."""
        kept: list[int] = []
        count: dict[int, int] = defaultdict(int)
        for i in reversed(filed):
            if self.days[i] < oldest:
                break
            root = self.find(i)
            if count[root] < MAX_TRIES:
                count[root] += 1
                kept.append(i)
        kept.reverse()
        return kept


# --- greedy merging under whole-cluster consistency -------------------------------------------


@dataclass(slots=True)
class _Cluster:
    """What a cluster must stay consistent in (see the module docstring)."""

    articles: set[str]
    lo: int
    hi: int
    mode: str | None
    places: set[Place]
    actors: set[str]
    recipients: set[str]
    symmetric: bool

    @classmethod
    def of(cls, ev: _Event) -> _Cluster:
        return cls({ev.article}, ev.lo, ev.hi, ev.mode,
                   {ev.place} if ev.place is not None else set(), set(ev.actors),
                   set(ev.recipients), ev.symmetric)

    def absorb(self, other: _Cluster) -> None:
        self.articles |= other.articles
        self.lo, self.hi = max(self.lo, other.lo), min(self.hi, other.hi)
        self.mode = self.mode or other.mode
        self.places |= other.places
        self.actors |= other.actors
        self.recipients |= other.recipients


def _compatible_keys(a: str, b: str) -> bool:
    """Related (a state and its organ count as one), or generic agents of one sector where
    one country is unknown."""
    if _related(a, b):
        return True
    if not (_generic(a) and _generic(b)):
        return False
    a_country, _, a_sector = a[2:].partition("/")
    b_country, _, b_sector = b[2:].partition("/")
    return a_sector == b_sector and "?" in (a_country, b_country)


def _overlap(x: set[str], y: set[str]) -> int:
    """How many participants of the smaller set are compatible with one of the other."""
    small, large = (x, y) if len(x) <= len(y) else (y, x)
    return sum(1 for a in small if a in large or any(_compatible_keys(a, b) for b in large))


def _roles_agree(x: _Cluster, y: _Cluster) -> bool:
    """The participants of two clusters do not contradict each other (see the module
    docstring)."""
    if x.symmetric:
        p, q = x.actors | x.recipients, y.actors | y.recipients
        return _overlap(p, q) >= min(2, len(p), len(q))
    return ((not x.actors or not y.actors or _overlap(x.actors, y.actors) > 0)
            and (not x.recipients or not y.recipients
                 or _overlap(x.recipients, y.recipients) > 0))


def _consistent(x: _Cluster, y: _Cluster, across_articles: bool) -> bool:
    """Whether two clusters may be merged: no shared article (``across_articles``), and
    dates, modes, places and participants consistent over the merged whole."""
    if across_articles and not x.articles.isdisjoint(y.articles):
        return False
    if max(x.lo, y.lo) > min(x.hi, y.hi):
        return False
    if x.mode and y.mode and x.mode != y.mode:
        return False
    if not all(places_agree(p, q) for p in x.places for q in y.places):
        return False
    return _roles_agree(x, y)


class _Clusters:
    """Clusters under construction: union-find over event indexes, with what each cluster
    must stay consistent in."""

    def __init__(self, events: list[_Event]) -> None:
        self.events = events
        self.parent = list(range(len(events)))
        self.state: dict[int, _Cluster] = {}

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def _of(self, root: int) -> _Cluster:
        if root not in self.state:
            self.state[root] = _Cluster.of(self.events[root])
        return self.state[root]

    def join(self, i: int, j: int, across_articles: bool) -> None:
        """Merge the clusters of events ``i`` and ``j`` if the whole stays consistent."""
        ri, rj = self.find(i), self.find(j)
        if ri == rj:
            return
        state = self.state
        if across_articles and ri not in state and rj not in state:
            # Two lone events of two articles that link are consistent (the link says so).
            x = state[ri] = _Cluster.of(self.events[ri])
            x.absorb(_Cluster.of(self.events[rj]))
            self.parent[rj] = ri
            return
        x, y = self._of(ri), self._of(rj)
        if not _consistent(x, y, across_articles):
            return
        if len(x.articles) < len(y.articles):  # keep the bigger sets, absorb the smaller
            ri, rj, x, y = rj, ri, y, x
        x.absorb(y)
        self.parent[rj] = ri
        del self.state[rj]


def _order(a: _Event, b: _Event) -> tuple[Any, ...] | None:
    """The sort key of the link between two events (rank, days apart, place, the earlier
    event's id), or None when they are not linked."""
    ranked = _link(a, b)
    if ranked is None:
        return None
    return ranked[0], abs(a.day - b.day), ranked[1], a.event_id


def _merge_within_articles(events: list[_Event], clusters: _Clusters) -> None:
    """Links between events of one article and type with the same date value, best first."""
    groups: dict[tuple[str, str, str | None], list[int]] = defaultdict(list)
    for i, ev in enumerate(events):
        groups[(ev.article, ev.type, ev.value)].append(i)
    links = []
    for members in groups.values():
        for n, i in enumerate(members):
            for j in members[n + 1:]:
                key = _order(events[i], events[j])
                if key is not None:
                    links.append((*key, events[j].event_id, i, j))
    for *_, i, j in sorted(links):
        clusters.join(i, j, across_articles=False)


def _merge(events: list[_Event]) -> list[int]:
    """The cluster of each event (the index of a representative member). Links within
    articles first; then event by event in (type, day, event_id) order, each joining the
    clusters of earlier events it links to, best link first, when the merged whole stays
    consistent."""
    clusters = _Clusters(events)
    _merge_within_articles(events, clusters)
    index = _Index(events, clusters.find)
    known: dict[tuple[Any, ...], Any] = {}
    for j, ev in enumerate(events):
        # Events with the same participants near the same place have the same keys.
        signature = (ev.symmetric, ev.actors, ev.recipients, ev.cells)
        if signature not in known:
            known[signature] = _keys(*signature)
        filed, looked_up = known[signature]
        own = clusters.find(j)
        options = []
        for root, members in index.candidates(j, looked_up).items():
            if root == own:
                continue
            for i in members:  # the latest first: the first that links stands for all
                if events[i].article != ev.article:
                    key = _order(events[i], ev)
                    if key is not None:
                        options.append((key, i))
                        break
        for _, i in sorted(options):
            clusters.join(i, j, across_articles=True)
        index.file(j, filed)
    return [clusters.find(i) for i in range(len(events))]


def _merge_in_two(events: list[_Event]) -> list[int]:
    """_merge, with the types split between this process and a forked one on a machine with
    two or more cores when there are PARALLEL_FROM events or more: types never share a
    cluster, so the halves are independent and the result is the same."""
    cut = _middle_type(events)
    if (len(events) < PARALLEL_FROM or cut is None or not hasattr(os, "fork")
            or (os.cpu_count() or 1) < 2):
        return _merge(events)
    read_end, write_end = os.pipe()
    try:
        with warnings.catch_warnings():
            # Python 3.12+ warns that forking a process with threads (DuckDB's) may deadlock
            # the child; this child only runs Python on objects already built, writes to a
            # pipe and leaves with os._exit, touching no lock those threads could hold.
            warnings.simplefilter("ignore", DeprecationWarning)
            pid = os.fork()
    except OSError:  # no process to be had: all of it here
        os.close(read_end)
        os.close(write_end)
        return _merge(events)
    if pid == 0:  # the child: the second half, then leave without any clean-up
        status = 1
        try:
            os.close(read_end)
            with os.fdopen(write_end, "wb") as out:
                out.write(array("q", _merge(events[cut:])).tobytes())
            status = 0
        finally:
            os._exit(status)
    os.close(write_end)
    answer = os.fdopen(read_end, "rb")
    try:
        first = _merge(events[:cut])
        data = answer.read()
    except BaseException:
        os.kill(pid, signal.SIGKILL)  # else it would wait forever to hand in its half
        raise
    finally:
        answer.close()
        os.waitpid(pid, 0)
    second = array("q")
    second.frombytes(data)
    if len(second) != len(events) - cut:  # the child failed: do its half here
        second = array("q", _merge(events[cut:]))
    return first + [cut + root for root in second]


def _middle_type(events: list[_Event]) -> int | None:
    """The index of the first event of the type that starts nearest the middle (events are
    in type order), or None when there is one type only."""
    starts = [i for i in range(1, len(events)) if events[i].type != events[i - 1].type]
    return min(starts, key=lambda i: abs(2 * i - len(events))) if starts else None


# --- writing ---------------------------------------------------------------------------------


def _write_merge(con: duckdb.DuckDBPyConnection, events: list[_Event],
                 roots: list[int]) -> None:
    """cluster_members of the merge method: the fetched events by the cluster ``roots``
    gives them; every other event of the store is a cluster of its own."""
    import pyarrow as pa

    batch = pa.table({"event_id": pa.array([ev.event_id for ev in events], pa.string()),
                      "root": pa.array(roots, pa.int64())})
    con.register("_cluster_roots", batch)
    try:
        con.execute(f"""
            INSERT INTO cluster_members (method, cluster_id, event_id)
            WITH first AS (
                SELECT event_id, min(event_id) OVER (PARTITION BY root) AS first_id
                FROM _cluster_roots
            )
            SELECT '{METHOD_MERGE}',
                   left(md5('{METHOD_MERGE}:' || coalesce(f.first_id, e.event_id)), 16),
                   e.event_id
            FROM _cluster_events e LEFT JOIN first f ON f.event_id = e.event_id""")
    finally:
        con.unregister("_cluster_roots")


def _write_one_a_day(con: duckdb.DuckDBPyConnection) -> None:
    """cluster_members of the one-a-day baseline, all in SQL."""
    con.execute(f"""
        INSERT INTO cluster_members (method, cluster_id, event_id)
        SELECT '{METHOD_ONE_A_DAY}',
               left(md5('{METHOD_ONE_A_DAY}:' || min(event_id) OVER (
                   PARTITION BY event, coalesce(day_date::VARCHAR, 'none:' || event_id),
                                coalesce(a_code, ''), coalesce(r_code, ''))), 16),
               event_id
        FROM _cluster_events""")


_CLUSTER_COLUMNS = ("cluster_id, method, event_type, first_date, last_date, n_events, "
                    "n_articles, article_ids, actors, recipients, place, extra")


def _write_clusters(con: duckdb.DuckDBPyConnection) -> None:
    """One clusters row per (method, cluster_id) of cluster_members: dates, counts, sorted
    article ids, participant names, the most frequent place. Clusters of one event (most)
    are copied from their event; only the others are aggregated."""
    _write_lone_clusters(con)
    _write_merged_clusters(con)


def _write_lone_clusters(con: duckdb.DuckDBPyConnection) -> None:
    """The clusters rows of clusters of one event, copied from the event."""
    con.execute(f"""
        INSERT INTO clusters ({_CLUSTER_COLUMNS})
        WITH single AS (
            SELECT method, cluster_id FROM cluster_members
            GROUP BY method, cluster_id HAVING count(*) = 1
        )
        SELECT cm.cluster_id, cm.method, ev.event, ev.day_date, ev.day_date, 1, 1,
               to_json([ev.article_id]),
               nullif(array_to_string(list_sort(ev.a_names), '; '), ''),
               nullif(array_to_string(list_sort(ev.r_names), '; '), ''),
               ev.place,
               to_json(struct_pack(
                   modalities := map([coalesce(ev.modality, 'unknown')], [1::UBIGINT]),
                   geonameid := ev.geonameid))
        FROM cluster_members cm
        JOIN single USING (method, cluster_id)
        JOIN _cluster_events ev ON ev.event_id = cm.event_id""")


def _write_merged_clusters(con: duckdb.DuckDBPyConnection) -> None:
    """The clusters rows of clusters of several events, aggregated over their members."""
    con.execute(f"""
        INSERT INTO clusters ({_CLUSTER_COLUMNS})
        WITH several AS (
            SELECT method, cluster_id FROM cluster_members
            GROUP BY method, cluster_id HAVING count(*) > 1
        ),
        m AS (
            SELECT cm.method, cm.cluster_id, ev.*
            FROM cluster_members cm
            JOIN several USING (method, cluster_id)
            JOIN _cluster_events ev ON ev.event_id = cm.event_id
        ),
        places AS (
            SELECT method, cluster_id, place, geonameid,
                   row_number() OVER (PARTITION BY method, cluster_id
                                      ORDER BY count(*) DESC, place, geonameid) AS rank
            FROM m WHERE place IS NOT NULL
            GROUP BY method, cluster_id, place, geonameid
        ),
        agg AS (
            SELECT method, cluster_id, min(event) AS event_type, min(day_date) AS first_date,
                   max(day_date) AS last_date, count(*) AS n_events,
                   count(DISTINCT article_id) AS n_articles,
                   to_json(list_sort(list(DISTINCT article_id))) AS article_ids,
                   list_sort(list_distinct(flatten(list(a_names)
                       FILTER (WHERE a_names IS NOT NULL)))) AS actors,
                   list_sort(list_distinct(flatten(list(r_names)
                       FILTER (WHERE r_names IS NOT NULL)))) AS recipients,
                   histogram(coalesce(modality, 'unknown')) AS modalities
            FROM m GROUP BY method, cluster_id
        )
        SELECT g.cluster_id, g.method, g.event_type, g.first_date, g.last_date, g.n_events,
               g.n_articles, g.article_ids,
               nullif(array_to_string(g.actors, '; '), ''),
               nullif(array_to_string(g.recipients, '; '), ''),
               p.place,
               to_json(struct_pack(modalities := g.modalities, geonameid := p.geonameid))
        FROM agg g
        LEFT JOIN places p ON p.method = g.method AND p.cluster_id = g.cluster_id
             AND p.rank = 1""")


def _summary(store: Store, seconds: float) -> ClusterSummary:
    """The counts of the clusters just written."""
    events = store.fetch("SELECT count(*) FROM events")[1][0][0]
    _, rows = store.fetch("SELECT method, count(*), count(*) FILTER (WHERE n_articles > 1) "
                          "FROM clusters GROUP BY method")
    clusters = {method: 0 for method in METHODS}
    multi = {method: 0 for method in METHODS}
    for method, n, n_multi in rows:
        clusters[method], multi[method] = n, n_multi
    return ClusterSummary(events=events, clusters=clusters, multi_article=multi,
                          seconds=round(seconds, 3))
