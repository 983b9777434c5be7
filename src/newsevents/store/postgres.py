"""A store in a PostgreSQL database, shared by several ingests and readers (psycopg 3).

``--db postgresql://user:pass@host:port/dbname`` (any libpq URI; a Unix socket as
``?host=/path``) gives the same tables, the same records and the same command behaviour as
a DuckDB file. What differs is kept here:

- several processes may write at once: each write transaction first takes one advisory lock
  (:meth:`PostgresStore.lock_writers`), then leaves out the articles another ingest stored
  meanwhile; the primary key on ``articles.id`` and the unique ``text_hash`` make a second
  copy impossible whatever happens;
- bulk rows go in with ``COPY ... FROM STDIN``;
- a store opened for reading runs every transaction read-only, and ``query --sql`` runs one
  prepared statement (never several) in a read-only transaction;
- reclustering and export run in DuckDB over the rows read from PostgreSQL, so that both
  stores give the same clusters and the same files.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from ..errors import StoreError
from . import schema
from .db import Store, check_schema, first_line, redact, refuse_version
from .rows import Row

if TYPE_CHECKING:
    import psycopg

# The advisory lock every write transaction takes (any fixed 64-bit number: b"newsevts").
WRITER_LOCK = 0x6E65777365767473
CONNECT_TIMEOUT_S = 10
# Rows per batch when rows are streamed out of PostgreSQL into DuckDB.
FETCH_ROWS = 50_000

# DuckDB's SQL types in schema.py, as PostgreSQL spells them (others are the same).
_TYPES = {"DOUBLE": "DOUBLE PRECISION"}
_FIRST_WORD = re.compile(r"^\s*(?:--[^\n]*\n\s*|/\*.*?\*/\s*)*([A-Za-z]+)", re.S)
# First words of a statement that only reads; anything else is refused before it runs.
_READING_WORDS = {"SELECT", "WITH", "VALUES", "TABLE", "EXPLAIN"}

# Extra indexes: PostgreSQL has no zone maps, so the filters users use most need these.
POSTGRES_INDEXES = (
    "CREATE INDEX event_rows_date ON event_rows (event_date)",
    "CREATE INDEX event_rows_type_date ON event_rows (event_type, event_date)",
    "CREATE INDEX event_rows_event ON event_rows (event_id)",
    "CREATE INDEX cluster_members_event ON cluster_members (event_id)",
)


def postgres_type(kind: str) -> str:
    """A column type of schema.py in PostgreSQL's words."""
    head, _, rest = kind.partition(" ")
    return " ".join(x for x in (_TYPES.get(head, head), rest) if x)


def ddl(table: schema.Table) -> str:
    return schema.Table(table.name, tuple((n, postgres_type(k)) for n, k in table.columns),
                        table.key).ddl()


def open_postgres(url: str, *, write: bool, create: bool) -> PostgresStore:
    """Open (and, when writing to a database with no tables, create) the store in the
    PostgreSQL database of ``url``; the database itself must exist (``create`` is for the
    tables only). Raises StoreError with one line otherwise."""
    con = _connect(url)
    name = redact(url)
    store = PostgresStore(url, con, write)
    try:
        version = store.inspect()
        if version is None:
            if not write:
                raise StoreError(f"{name}: an empty database, not a newsevents store", "S004")
            store.initialise()
            return store
        refuse_version(name, version, write)
        if version < schema.SCHEMA_VERSION:
            store.migrate(version)
        if not write:
            con.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
        return store
    except store.errors as exc:  # no rights on the tables, a server going down, ...
        con.close()
        raise StoreError(f"{name}: cannot open the store ({first_line(exc)})", "S001") from None
    except BaseException:
        con.close()
        raise


def _connect(url: str) -> psycopg.Connection:
    try:
        import psycopg
    except ImportError:
        raise StoreError(f"{redact(url)}: a PostgreSQL store needs psycopg; install "
                         "newsevents[postgres]", "S009") from None
    try:
        return psycopg.connect(url, autocommit=True, connect_timeout=CONNECT_TIMEOUT_S,
                               application_name="newsevents")
    except psycopg.Error as exc:
        raise StoreError(f"{redact(url)}: cannot connect ({first_line(exc)})", "S009") from None
    except Exception as exc:  # a URI libpq cannot parse raises ProgrammingError or ValueError
        raise StoreError(f"{redact(url)}: not a usable connection URI ({first_line(exc)})",
                         "S009") from None


class PostgresStore(Store):
    """An open PostgreSQL store (see the module's docstring for what differs)."""

    backend = "postgresql"

    def __init__(self, url: str, con: psycopg.Connection, writable: bool) -> None:
        super().__init__(path=None, con=con, writable=writable)  # type: ignore[arg-type]
        self.url = url
        self._cursors = 0  # server-side cursors opened, for their names

    @property
    def name(self) -> str:
        return redact(self.url)

    def fork(self) -> PostgresStore:
        """A second connection to the same database, as read-only as this one."""
        con = _connect(self.url)
        if not self.writable:
            con.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
        return PostgresStore(self.url, con, self.writable)

    def inspect(self) -> int | None:
        """The schema version of the database's store (None: no tables at all)."""
        tables = {name for (name,) in self.execute(
            "SELECT table_name FROM information_schema.tables "
            "WHERE table_schema = current_schema()").fetchall()}

        def version() -> str | None:
            row = self.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
            return None if row is None else str(row[0])

        return check_schema(self.name, tables, version)

    # --- what differs from DuckDB --------------------------------------------------------------

    @property
    def errors(self) -> tuple[type[Exception], ...]:
        import psycopg

        return (psycopg.Error,)

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """Run one statement written with ``?`` placeholders (psycopg's are ``%s``)."""
        if not params:
            return self.con.execute(sql)
        return self.con.execute(sql.replace("%", "%%").replace("?", "%s"), list(params))

    def any_of(self, column: str) -> str:
        return f"{column} = ANY(?::text[])"

    def lock_writers(self) -> None:
        """Wait for the other writers' transactions: one write transaction at a time, so
        that each sees what the others stored before it decides what to add."""
        self.execute("SELECT pg_advisory_xact_lock(?)", [WRITER_LOCK])

    @contextmanager
    def transaction(self) -> Iterator[None]:
        with self.con.transaction():
            yield
            self.count_generation()

    def initialise(self) -> None:
        """Create the tables, unless a concurrent ingest has just done so."""
        with self.transaction():
            self.lock_writers()
            if self.inspect() is None:
                super().initialise()  # its transaction is a savepoint of this one

    def create_statements(self) -> list[str]:
        return ([ddl(t) for t in schema.TABLES] + list(schema.INDEXES)
                + list(POSTGRES_INDEXES) + [sql for _, sql in schema.VIEWS])

    def read_only_query(self, sql: str, limit: int | None = None
                        ) -> tuple[list[str], list[tuple]]:
        """A user's SQL: one prepared statement (several are refused by the server) that
        starts with a reading word, in a read-only transaction."""
        word = _FIRST_WORD.match(sql)
        kind = word.group(1).upper() if word else "empty"
        if kind not in _READING_WORDS:
            raise StoreError(f"--sql is read-only: a {kind} statement is refused", "S006")
        try:
            with self.con.transaction():
                self.con.execute("SET TRANSACTION READ ONLY")
                cursor = self.con.execute(sql, prepare=True)
                if cursor.description is None:
                    raise StoreError("--sql: the statement returned no rows", "S006")
                columns = [d.name for d in cursor.description]
                return columns, cursor.fetchmany(limit) if limit else cursor.fetchall()
        except self.errors as exc:
            raise StoreError(f"--sql: {first_line(exc)}", "S006") from None

    @contextmanager
    def export_source(self, sql: str, table: schema.Table) -> Iterator[tuple[Any, str]]:
        """The rows of ``sql`` streamed from a server-side cursor into an in-memory DuckDB,
        typed as ``table`` says, so DuckDB writes the same files as from a DuckDB store."""
        import duckdb

        mem = duckdb.connect()
        try:
            with self.con.transaction():
                mem.register("_export", self._arrow_stream(sql, table))
                yield mem, "SELECT * FROM _export"
        finally:
            mem.close()

    def _arrow_stream(self, sql: str, table: schema.Table) -> Any:
        """A RecordBatchReader over the rows of ``sql`` (inside a transaction)."""
        import pyarrow as pa

        arrow_schema = pa.schema([pa.field(n, arrow_type(k), nullable="NOT NULL" not in k)
                                  for n, k in table.columns])
        self._cursors += 1
        cursor = self.con.cursor(name=f"newsevents_rows_{self._cursors}")
        cursor.itersize = FETCH_ROWS
        cursor.execute(sql)

        def batches() -> Iterator[Any]:
            try:
                while rows := cursor.fetchmany(FETCH_ROWS):
                    columns = list(zip(*rows, strict=True))
                    yield pa.record_batch([pa.array(c, t.type) for c, t in
                                           zip(columns, arrow_schema, strict=True)],
                                          schema=arrow_schema)
            finally:
                cursor.close()

        return pa.RecordBatchReader.from_batches(arrow_schema, batches())

    def _clear_failures(self, origins: list[tuple[str, int | None]]) -> None:
        if not origins:
            return
        self.execute("DELETE FROM failures f USING unnest(?::text[], ?::int[]) AS o(input, line) "
                     "WHERE f.input = o.input AND coalesce(f.line, 0) = o.line",
                     [[o[0] for o in origins], [o[1] or 0 for o in origins]])

    def insert(self, table: schema.Table, rows: list[Row]) -> None:
        """Rows in with one ``COPY ... FROM STDIN`` per table and batch."""
        if not rows:
            return
        columns = table.column_names
        with self.con.cursor() as cursor, cursor.copy(
                f"COPY {table.name} ({', '.join(columns)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row([row.get(c) for c in columns])

    def replace_clusters(self, compute: Callable[[Any], None],
                         inputs: dict[str, tuple[str, ...]] | None = None) -> None:
        """Recluster in an in-memory DuckDB over the ``inputs`` columns read in this
        transaction, then replace the two cluster tables with its results. Other writers
        wait meanwhile, so no article is stored between the read and the write."""
        import duckdb

        mem = duckdb.connect()
        try:
            with self.transaction():
                self.lock_writers()
                for name, columns in (inputs or {}).items():
                    self._copy_out(mem, schema.TABLES_BY_NAME[name], columns)
                for table in (schema.CLUSTERS, schema.CLUSTER_MEMBERS):
                    mem.execute(table.ddl())
                compute(mem)
                self.execute("TRUNCATE cluster_members, clusters")
                for table in (schema.CLUSTERS, schema.CLUSTER_MEMBERS):
                    result = mem.execute(f"SELECT {', '.join(table.column_names)} "
                                         f"FROM {table.name}").fetchall()
                    self.insert(table, [dict(zip(table.column_names, r, strict=True))
                                        for r in result])
                self.set_meta("clusters_stale", "0")
                self.set_meta("flat_clusters_stale", "1")
        finally:
            mem.close()

    def _copy_out(self, mem: Any, table: schema.Table, columns: tuple[str, ...]) -> None:
        """``columns`` of ``table`` into a table of the same name in DuckDB ``mem``."""
        kinds = dict(table.columns)
        part = schema.Table(table.name, tuple((c, kinds[c]) for c in columns))
        mem.register("_rows", self._arrow_stream(
            f"SELECT {', '.join(columns)} FROM {table.name}", part))
        try:
            mem.execute(f"CREATE TABLE {table.name} AS SELECT * FROM _rows")
        finally:
            mem.unregister("_rows")


_ARROW_TYPES = {"VARCHAR": "string", "INTEGER": "int32", "BIGINT": "int64",
                "DOUBLE": "float64", "BOOLEAN": "bool_", "DATE": "date32"}


def arrow_type(kind: str) -> Any:
    """The Arrow type of a column type of schema.py (as DuckDB reads it)."""
    import pyarrow as pa

    head = kind.split()[0]
    if head == "TIMESTAMP":
        return pa.timestamp("us")
    return getattr(pa, _ARROW_TYPES[head])()
