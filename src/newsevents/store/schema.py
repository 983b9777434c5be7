"""The store's tables: one home for their columns, their DDL and the schema version.

A store holds coded-article records (Contract 2) split into tables, so that the record of an
article can be rebuilt from them and events can be counted with SQL:

- ``meta``: key/value facts about the store (``schema_version``, ``created_by``, ...,
  ``generation``: the number of write transactions, for readers that keep what they read);
- ``articles``: one row per stored article, keyed by the record's ``id``, with a hash of its
  text (an article with the same text under another id is the same article), where it was
  read from (``input``, ``line``) and when and by which version it was coded;
- ``entities`` and their ``mentions``; ``places``; ``times``; ``quotes``; ``events`` and the
  ``event_actors`` (one row per actor or recipient of an event, ``role`` says which);
- ``failures``: one row per input (or JSONL line, or WARC record) that could not be coded;
- ``clusters`` and ``cluster_members``: reports of one real-world event merged (see
  :mod:`newsevents.cluster`).

Every record table keeps each object's position in its list (``n``) and, in ``extra``, the
JSON of any record field that has no column of its own yet, so records written by a newer
coder (fields are only ever added) still round-trip before a migration promotes the field.

``events_flat`` is a view with one row per (event, actor, recipient) and the POLECAT-style
columns of Contract 3, over ``event_rows``, which is written with each article (and its
``cluster_id`` after each reclustering) so that queries read one table instead of joining
six; ``newsevents export`` writes it as the ``events`` table.
"""

from __future__ import annotations

from dataclasses import dataclass

SCHEMA_VERSION = 1

# The clustering method whose cluster id the flat event table shows.
FLAT_CLUSTER_METHOD = "merge"


@dataclass(frozen=True)
class Table:
    """A table of the store: its name, its columns in order (name and SQL type) and the
    columns that identify a row."""

    name: str
    columns: tuple[tuple[str, str], ...]
    key: tuple[str, ...] = ()

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(name for name, _ in self.columns)

    def ddl(self) -> str:
        body = [f"{name} {kind}" for name, kind in self.columns]
        if self.key:
            body.append(f"PRIMARY KEY ({', '.join(self.key)})")
        return f"CREATE TABLE {self.name} (\n  " + ",\n  ".join(body) + "\n)"


# Character offsets are named *_char: "end" is a reserved word in SQL.
OFFSETS = (("start_char", "INTEGER"), ("end_char", "INTEGER"))

META = Table("meta", (("key", "VARCHAR"), ("value", "VARCHAR")), ("key",))
# The meta key counting write transactions (Store.count_generation).
GENERATION = "generation"

ARTICLES = Table("articles", (
    ("id", "VARCHAR NOT NULL"),
    ("title", "VARCHAR"),
    ("published", "VARCHAR"),          # as in the record: ISO date or datetime
    ("url", "VARCHAR"),
    ("source", "VARCHAR"),
    ("language", "VARCHAR"),
    ("text", "VARCHAR NOT NULL"),
    ("text_hash", "VARCHAR NOT NULL UNIQUE"),  # sha256 of the text: same text, same article
    ("publication_date", "DATE"),      # the day of `published`, for filtering
    ("input", "VARCHAR"),              # the path it was read from
    ("line", "INTEGER"),               # its JSONL line or WARC record, if any
    ("n_events", "INTEGER NOT NULL"),
    ("record_version", "VARCHAR NOT NULL"),  # the record's schema_version
    ("coder_version", "VARCHAR NOT NULL"),
    ("coded_at", "TIMESTAMP NOT NULL"),
    ("extra", "VARCHAR"),
), ("id",))

ENTITIES = Table("entities", (
    ("article_id", "VARCHAR NOT NULL"), ("id", "VARCHAR NOT NULL"), ("n", "INTEGER NOT NULL"),
    ("name", "VARCHAR"), ("kind", "VARCHAR"), ("wikidata", "VARCHAR"), ("country", "VARCHAR"),
    ("sector", "VARCHAR"), ("office", "VARCHAR"), ("igo", "VARCHAR"), ("kb_id", "VARCHAR"),
    ("extra", "VARCHAR"),
), ("article_id", "id"))

MENTIONS = Table("mentions", (
    ("article_id", "VARCHAR NOT NULL"), ("entity_id", "VARCHAR NOT NULL"),
    ("n", "INTEGER NOT NULL"), ("text", "VARCHAR"), *OFFSETS, ("extra", "VARCHAR"),
), ("article_id", "entity_id", "n"))

PLACES = Table("places", (
    ("article_id", "VARCHAR NOT NULL"), ("id", "VARCHAR NOT NULL"), ("n", "INTEGER NOT NULL"),
    ("text", "VARCHAR"), *OFFSETS, ("name", "VARCHAR"), ("geonameid", "BIGINT"),
    ("lat", "DOUBLE"), ("lon", "DOUBLE"), ("country_code", "VARCHAR"),
    ("feature_code", "VARCHAR"), ("extra", "VARCHAR"),
), ("article_id", "id"))

TIMES = Table("times", (
    ("article_id", "VARCHAR NOT NULL"), ("id", "VARCHAR NOT NULL"), ("n", "INTEGER NOT NULL"),
    ("text", "VARCHAR"), *OFFSETS, ("type", "VARCHAR"), ("value", "VARCHAR"),
    ("extra", "VARCHAR"),
), ("article_id", "id"))

QUOTES = Table("quotes", (
    ("article_id", "VARCHAR NOT NULL"), ("id", "VARCHAR NOT NULL"), ("n", "INTEGER NOT NULL"),
    ("text", "VARCHAR"), *OFFSETS, ("direct", "BOOLEAN"), ("speaker", "VARCHAR"),
    ("speaker_text", "VARCHAR"), ("cue", "VARCHAR"), ("cue_start", "INTEGER"),
    ("cue_end", "INTEGER"), ("extra", "VARCHAR"),
), ("article_id", "id"))

EVENTS = Table("events", (
    ("event_id", "VARCHAR NOT NULL"),    # unique in the store: see rows.event_uid
    ("article_id", "VARCHAR NOT NULL"), ("id", "VARCHAR NOT NULL"), ("n", "INTEGER NOT NULL"),
    ("event", "VARCHAR"), ("mode", "VARCHAR"),
    ("context", "VARCHAR"),              # PLOVER contexts joined with ';'
    ("cameo", "VARCHAR"), ("quad", "VARCHAR"), ("modality", "VARCHAR"),
    ("date", "VARCHAR"),                 # TIMEX3 value as in the record ("2024-W50")
    ("event_date", "DATE"),              # the first day of that value, for filtering
    ("event_loc", "VARCHAR"), ("event_text", "VARCHAR"),
    ("trigger_start", "INTEGER"), ("trigger_end", "INTEGER"),
    ("sentence_start", "INTEGER"), ("sentence_end", "INTEGER"),
    ("confidence", "DOUBLE"),
    ("sentence_text", "VARCHAR"),        # the evidence sentence, whitespace collapsed
    ("extra", "VARCHAR"),
), ("event_id",))

EVENT_ACTORS = Table("event_actors", (
    ("article_id", "VARCHAR NOT NULL"), ("event_id", "VARCHAR NOT NULL"),
    ("role", "VARCHAR NOT NULL"),        # 'actor' | 'recipient'
    ("n", "INTEGER NOT NULL"), ("entity", "VARCHAR"), ("text", "VARCHAR"),
    ("name", "VARCHAR"), ("wikidata", "VARCHAR"), ("country", "VARCHAR"),
    ("sector", "VARCHAR"), ("igo", "VARCHAR"), ("kb_id", "VARCHAR"), ("extra", "VARCHAR"),
), ("event_id", "role", "n"))

FAILURES = Table("failures", (
    ("input", "VARCHAR NOT NULL"),
    ("line", "INTEGER"),                 # JSONL line or WARC record; NULL for a whole input
    ("reason", "VARCHAR NOT NULL"),
    ("time", "TIMESTAMP NOT NULL"),
))

CLUSTERS = Table("clusters", (
    ("cluster_id", "VARCHAR NOT NULL"),
    ("method", "VARCHAR NOT NULL"),      # 'merge' (newsevents' rule) | 'one-a-day' (baseline)
    ("event_type", "VARCHAR"),
    ("first_date", "DATE"), ("last_date", "DATE"),
    ("n_events", "INTEGER"), ("n_articles", "INTEGER"),
    ("article_ids", "VARCHAR"),          # JSON list, in order
    ("actors", "VARCHAR"), ("recipients", "VARCHAR"),  # '; '-joined names
    ("place", "VARCHAR"),
    ("extra", "VARCHAR"),
), ("method", "cluster_id"))

CLUSTER_MEMBERS = Table("cluster_members", (
    ("method", "VARCHAR NOT NULL"), ("cluster_id", "VARCHAR NOT NULL"),
    ("event_id", "VARCHAR NOT NULL"),
), ("method", "event_id"))

# The flat event table, one row per (event, actor, recipient), written with each article
# rather than joined at query time: a filtered count over a million events reads one table
# (tens of milliseconds) instead of joining six. `cluster_id` is filled in by reclustering.
EVENT_ROWS = Table("event_rows", (
    ("event_id", "VARCHAR NOT NULL"), ("article_id", "VARCHAR NOT NULL"),
    ("event_date", "DATE"), ("event_type", "VARCHAR"), ("event_mode", "VARCHAR"),
    ("contexts", "VARCHAR"), ("quad_code", "VARCHAR"), ("cameo", "VARCHAR"),
    ("modality", "VARCHAR"), ("confidence", "DOUBLE"),
    *((f"{role}_{column}", "VARCHAR") for role in ("actor", "recipient") for column in (
        "name", "name_raw", "country", "sector", "title", "wikidata", "igo", "kind")),
    ("placename", "VARCHAR"), ("raw_placename", "VARCHAR"), ("geonames_id", "BIGINT"),
    ("feature_type", "VARCHAR"), ("place_country", "VARCHAR"), ("latitude", "DOUBLE"),
    ("longitude", "DOUBLE"), ("event_text", "VARCHAR"), ("sentence", "VARCHAR"),
    ("publication_date", "DATE"), ("source", "VARCHAR"), ("url", "VARCHAR"),
    ("language", "VARCHAR"), ("version", "VARCHAR"), ("cluster_id", "VARCHAR"),
    ("event_date_timex", "VARCHAR"), ("event_local_id", "VARCHAR"), ("title", "VARCHAR"),
    ("event_n", "INTEGER NOT NULL"), ("actor_n", "INTEGER"), ("recipient_n", "INTEGER"),
))

# Tables filled from coded-article records, in the order they are written.
RECORD_TABLES = (ARTICLES, ENTITIES, MENTIONS, PLACES, TIMES, QUOTES, EVENTS, EVENT_ACTORS,
                 EVENT_ROWS)
TABLES = (META, *RECORD_TABLES, FAILURES, CLUSTERS, CLUSTER_MEMBERS)
TABLES_BY_NAME = {table.name: table for table in TABLES}

INDEXES = (
    "CREATE INDEX events_article ON events (article_id)",
    "CREATE INDEX event_actors_article ON event_actors (article_id)",
    "CREATE INDEX event_rows_article ON event_rows (article_id)",
)


# The columns Contract 3 names, in its order; the flat table has these first, then its own.
EVENTS_FLAT_COLUMNS = (
    "event_id", "article_id", "event_date", "event_type", "event_mode", "contexts",
    "quad_code", "cameo", "modality", "confidence",
    "actor_name", "actor_name_raw", "actor_country", "actor_sector", "actor_title",
    "actor_wikidata", "recipient_name", "recipient_name_raw", "recipient_country",
    "recipient_sector", "recipient_title", "recipient_wikidata",
    "placename", "raw_placename", "geonames_id", "feature_type", "place_country",
    "latitude", "longitude", "event_text", "sentence", "publication_date", "source", "url",
    "language", "version", "cluster_id",
)
_FLAT_EXTRA = tuple(c for c in EVENT_ROWS.column_names if c not in EVENTS_FLAT_COLUMNS)
# The view's columns in order: Contract 3's first, then the flat table's own.
EVENTS_FLAT_ORDER = EVENTS_FLAT_COLUMNS + _FLAT_EXTRA

EVENTS_FLAT = f"""
CREATE VIEW events_flat AS
SELECT {", ".join(EVENTS_FLAT_ORDER)}
FROM event_rows
"""

VIEWS = (("events_flat", EVENTS_FLAT),)


def create_statements() -> list[str]:
    """Every statement that creates an empty store of the current schema version."""
    return [t.ddl() for t in TABLES] + list(INDEXES) + [sql for _, sql in VIEWS]


# Migrations from each older version to the next: a list of statements per version. A store
# of version v is brought to SCHEMA_VERSION by running MIGRATIONS[v], MIGRATIONS[v + 1], ...
# in one transaction. Version 1 is the first; add entries here when the schema changes.
MIGRATIONS: dict[int, list[str]] = {}
