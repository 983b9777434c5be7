"""The store's tables: one home for their columns, their DDL and the schema version.

A store holds coded-article records (Contract 2) split into tables, so that the record of an
article can be rebuilt from them and events can be counted with SQL:

- ``meta``: key/value facts about the store (``schema_version``, ``created_by``, ...);
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
columns of Contract 3; ``newsevents export`` writes it as the ``events`` table.
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

# Tables filled from coded-article records, in the order they are written.
RECORD_TABLES = (ARTICLES, ENTITIES, MENTIONS, PLACES, TIMES, QUOTES, EVENTS, EVENT_ACTORS)
TABLES = (META, *RECORD_TABLES, FAILURES, CLUSTERS, CLUSTER_MEMBERS)
TABLES_BY_NAME = {table.name: table for table in TABLES}

INDEXES = (
    "CREATE INDEX events_article ON events (article_id)",
    "CREATE INDEX event_actors_article ON event_actors (article_id)",
)


def _side(role: str, alias: str) -> str:
    """The columns of one side (actor or recipient) of the flat table."""
    return f"""
    {alias}.name AS {role}_name, {alias}.text AS {role}_name_raw,
    {alias}.country AS {role}_country, {alias}.sector AS {role}_sector,
    {alias}_ent.office AS {role}_title, {alias}.wikidata AS {role}_wikidata,
    {alias}.igo AS {role}_igo, {alias}_ent.kind AS {role}_kind"""


def _join_side(role: str, alias: str) -> str:
    return f"""
    LEFT JOIN event_actors {alias}
      ON {alias}.event_id = e.event_id AND {alias}.role = '{role}'
    LEFT JOIN entities {alias}_ent
      ON {alias}_ent.article_id = e.article_id AND {alias}_ent.id = {alias}.entity"""


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

EVENTS_FLAT = f"""
CREATE VIEW events_flat AS
SELECT
    e.event_id, e.article_id, e.event_date, e.event AS event_type, e.mode AS event_mode,
    e.context AS contexts, e.quad AS quad_code, e.cameo, e.modality, e.confidence,
    {_side("actor", "act")},
    {_side("recipient", "rec")},
    p.name AS placename, p.text AS raw_placename, p.geonameid AS geonames_id,
    p.feature_code AS feature_type, p.country_code AS place_country,
    p.lat AS latitude, p.lon AS longitude,
    e.event_text, e.sentence_text AS sentence, a.publication_date, a.source, a.url,
    a.language, a.coder_version AS version, cm.cluster_id,
    e.date AS event_date_timex, e.id AS event_local_id, e.n AS event_n,
    act.n AS actor_n, rec.n AS recipient_n, a.title
FROM events e
JOIN articles a ON a.id = e.article_id
{_join_side("actor", "act")}
{_join_side("recipient", "rec")}
LEFT JOIN places p ON p.article_id = e.article_id AND p.id = e.event_loc
LEFT JOIN cluster_members cm
  ON cm.event_id = e.event_id AND cm.method = '{FLAT_CLUSTER_METHOD}'
"""

VIEWS = (("events_flat", EVENTS_FLAT),)


def create_statements() -> list[str]:
    """Every statement that creates an empty store of the current schema version."""
    return [t.ddl() for t in TABLES] + list(INDEXES) + [sql for _, sql in VIEWS]


# Migrations from each older version to the next: a list of statements per version. A store
# of version v is brought to SCHEMA_VERSION by running MIGRATIONS[v], MIGRATIONS[v + 1], ...
# in one transaction. Version 1 is the first; add entries here when the schema changes.
MIGRATIONS: dict[int, list[str]] = {}
