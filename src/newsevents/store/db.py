"""Opening, checking and writing a store: an embedded DuckDB file, or a PostgreSQL database.

``open_store(target, write=...)`` returns a :class:`Store` (DuckDB, here) or a
:class:`~newsevents.store.postgres.PostgresStore` (a ``postgresql://`` target, same tables
and behaviour) or raises :class:`StoreError` with one line that names the store and the
reason. A store is inspected read-only before anything
is written, so a file that is corrupt, locked, newer or not a newsevents store is never
modified. Writes go through :meth:`Store.write_batch`, one transaction per batch: a run killed
at any moment leaves the store as it was after the last batch, and a rerun completes it.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import __version__
from ..errors import StoreError
from . import schema
from .rows import Row, rebuild_record, record_rows, text_hash

if TYPE_CHECKING:
    import duckdb

DEFAULT_STORE = "newsevents.duckdb"

_LOCK_PID = re.compile(r"PID (\d+)")


@dataclass(frozen=True)
class Failure:
    """An input (or one line or record of it) that could not be coded, and why."""

    input: str
    line: int | None
    reason: str


@dataclass(frozen=True)
class Stored:
    """A coded record ready to be stored, with where it was read from."""

    record: dict[str, Any]
    input: str | None
    line: int | None


def is_server_url(target: str) -> bool:
    return target.startswith(("postgresql://", "postgres://"))


def open_store(target: str | os.PathLike[str] = DEFAULT_STORE, *, write: bool = False,
               create: bool = False, sandbox: bool = False) -> Store:
    """Open the store at ``target``: a DuckDB file path, or a PostgreSQL connection URI
    (``postgresql://user:pass@host:port/dbname``, a Unix socket as ``?host=/path``).

    ``write`` opens it for writing (one writer at a time); ``create`` makes a new store when
    there is no file yet. A store of an older schema is migrated when opened for writing.
    ``sandbox`` (read-only stores) forbids SQL from touching any file but the store, so that
    a user's query can neither write nor read elsewhere.
    Raises StoreError (S001-S008) with a one-line message otherwise.
    """
    target = str(target)
    if is_server_url(target):
        from .postgres import open_postgres

        return open_postgres(target, write=write, create=create)
    path = Path(target)
    if path.is_dir():
        raise StoreError(f"{target}: is a directory, not a store file", "S001")
    if not path.exists():
        if not create:
            raise StoreError(f"{target}: no store here (run `newsevents ingest` first)", "S007")
        return _create(path)
    version = _inspect(path)
    if version is None:  # an empty DuckDB file: nothing to lose, make it a store
        if not write:
            raise StoreError(f"{target}: an empty database, not a newsevents store", "S004")
        return _initialise(path)
    refuse_version(target, version, write)
    config = {"enable_external_access": False} if sandbox and not write else None
    store = Store(path, _connect(path, read_only=not write, config=config), write)
    if version < schema.SCHEMA_VERSION:
        store.migrate(version)
    return store


def redact(url: str) -> str:
    """A server URL without its password (``user:pass@`` or ``password=``), for messages."""
    url = re.sub(r"://([^:/@]*):[^@/]*@", r"://\1:***@", url)
    return re.sub(r"([?&]password=)[^&]*", r"\1***", url)


def _connect(path: Path, *, read_only: bool,
             config: dict[str, Any] | None = None) -> duckdb.DuckDBPyConnection:
    """A DuckDB connection, with DuckDB's errors turned into StoreErrors."""
    import duckdb  # here, not at the top: every command builds the parser that imports us

    try:
        return duckdb.connect(str(path), read_only=read_only, config=config or {})
    except duckdb.Error as exc:
        raise _open_error(path, exc) from None


def _open_error(path: Path, exc: Exception) -> StoreError:
    message = str(exc)
    if "lock" in message.lower():
        pid = _LOCK_PID.search(message)
        holder = f" (process {pid.group(1)})" if pid else ""
        return StoreError(f"{path}: locked by another process{holder}; wait for it to finish",
                          "S002")
    if "not a valid DuckDB database" in message or "Corrupt" in message:
        return StoreError(f"{path}: not a DuckDB database, or corrupt", "S001")
    first = message.splitlines()[0] if message else type(exc).__name__
    return StoreError(f"{path}: cannot open the store ({first})", "S001")


def _inspect(path: Path) -> int | None:
    """The schema version of the store at ``path``, read without modifying it; None for a
    database with no tables at all. Raises StoreError when it is not a newsevents store."""
    import duckdb

    con = _connect(path, read_only=True)
    try:
        tables = {name for (name,) in con.execute(
            "SELECT table_name FROM information_schema.tables "
            "WHERE table_schema = 'main'").fetchall()}

        def version() -> str | None:
            row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
            return None if row is None else str(row[0])

        return check_schema(str(path), tables, version)
    except duckdb.Error as exc:
        raise _open_error(path, exc) from None
    finally:
        con.close()


def check_schema(name: str, tables: set[str], version: Callable[[], str | None]) -> int | None:
    """The schema version of a database that has these ``tables`` (``version`` reads it from
    ``meta``); None when it has no tables. Raises StoreError when it is not a newsevents store
    or a damaged one."""
    if not tables:
        return None
    if "meta" not in tables:
        raise StoreError(f"{name}: a database that is not a newsevents store "
                         f"(tables: {', '.join(sorted(tables)[:5])})", "S004")
    found = version()
    if found is None or not found.isdigit():
        raise StoreError(f"{name}: not a newsevents store (no schema version)", "S004")
    missing = {t.name for t in schema.TABLES} - tables
    if int(found) == schema.SCHEMA_VERSION and missing:
        raise StoreError(f"{name}: a damaged store: tables {', '.join(sorted(missing))} "
                         "are missing", "S001")
    return int(found)


def refuse_version(name: str, version: int, write: bool) -> None:
    """Raise StoreError for a store this version cannot open as asked (S003, S008)."""
    if version > schema.SCHEMA_VERSION:
        raise StoreError(f"{name}: made by a newer newsevents (store schema {version}, this "
                         f"version reads up to {schema.SCHEMA_VERSION}); upgrade newsevents",
                         "S003")
    if version < schema.SCHEMA_VERSION and not write:
        raise StoreError(f"{name}: store schema {version} is older than this newsevents "
                         f"({schema.SCHEMA_VERSION}); run `newsevents store migrate --db "
                         f"{name}` first", "S008")


def _create(path: Path) -> Store:
    if not path.parent.exists():
        raise StoreError(f"{path}: folder {path.parent} does not exist", "S007")
    return _initialise(path)


def _initialise(path: Path) -> Store:
    """Create the tables of a new store in one transaction."""
    store = Store(path, _connect(path, read_only=False), True)
    store.initialise()
    return store


class Store:
    """An open store. Use :func:`open_store` to get one; close it (or use ``with``).

    This class is the DuckDB store; :class:`~newsevents.store.postgres.PostgresStore`
    overrides the few methods whose SQL or bulk loading differ. SQL given to
    :meth:`execute` and :meth:`fetch` uses ``?`` placeholders on both.
    """

    backend = "duckdb"

    def __init__(self, path: Path, con: Any, writable: bool) -> None:
        self.path = path
        self.con = con
        self.writable = writable

    @property
    def name(self) -> str:
        return str(self.path)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    def fork(self) -> Store:
        """Another handle on the same open store, for another thread (a web request): it
        sees the same data and is closed on its own."""
        return Store(self.path, self.con.cursor(), self.writable)

    # --- what differs between databases ------------------------------------------------------

    @property
    def errors(self) -> tuple[type[Exception], ...]:
        """The exceptions the database driver raises."""
        import duckdb

        return (duckdb.Error,)

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """Run one statement; returns a DB-API cursor."""
        return self.con.execute(sql, list(params))

    def any_of(self, column: str) -> str:
        """A condition: ``column`` is one of the values of a list parameter."""
        return f"{column} IN (SELECT unnest(?))"

    def lock_writers(self) -> None:
        """Inside a transaction: wait until no other writer is in one. DuckDB lets one
        process write a file, so there is nothing to wait for."""

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One transaction: all of it is stored, or (on any error, or a kill) none of it."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            yield
            self.count_generation()
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        self.con.execute("COMMIT")

    def count_generation(self) -> None:
        """Inside a write transaction: one more to the store's ``generation`` (meta), so that
        a reader holding what it read (the web app's event index) sees any change, even one
        that leaves every count as it was."""
        value = self.meta(schema.GENERATION)
        self.set_meta(schema.GENERATION, str(int(value) + 1 if value and value.isdigit() else 1))

    def initialise(self) -> None:
        """Create the tables of a new store in one transaction."""
        now = datetime.now(UTC).isoformat(timespec="seconds")
        with self.transaction():
            for statement in self.create_statements():
                self.execute(statement)
            for key, value in (("schema_version", str(schema.SCHEMA_VERSION)),
                               ("created_by", f"newsevents {__version__}"), ("created_at", now),
                               ("clusters_stale", "0")):
                self.execute("INSERT INTO meta VALUES (?, ?)", [key, value])

    def create_statements(self) -> list[str]:
        return schema.create_statements()

    # --- facts about the store ---------------------------------------------------------------

    def meta(self, key: str) -> str | None:
        row = self.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return None if row is None else row[0]

    def set_meta(self, key: str, value: str) -> None:
        self.execute("DELETE FROM meta WHERE key = ?", [key])
        self.execute("INSERT INTO meta VALUES (?, ?)", [key, value])

    def counts(self) -> dict[str, int]:
        """The number of rows of every table."""
        return {t.name: self.execute(f"SELECT count(*) FROM {t.name}").fetchone()[0]
                for t in schema.TABLES if t is not schema.META}

    def migrate(self, version: int) -> None:
        """Bring a store of an older schema ``version`` to the current one, in one
        transaction."""
        with self.transaction():
            for step in range(version, schema.SCHEMA_VERSION):
                for statement in schema.MIGRATIONS[step]:
                    self.execute(statement)
            self.set_meta("schema_version", str(schema.SCHEMA_VERSION))

    # --- reading -----------------------------------------------------------------------------

    def fetch(self, sql: str, params: Sequence[Any] = (), limit: int | None = None
              ) -> tuple[list[str], list[tuple]]:
        """Run one query (``?`` placeholders) and return its column names and (up to
        ``limit``) rows; a failure is a StoreError (S006) with the database's first line."""
        try:
            cursor = self.execute(sql, params)
            columns = [d[0] for d in cursor.description]
            return columns, cursor.fetchmany(limit) if limit else cursor.fetchall()
        except self.errors as exc:
            raise StoreError(f"query failed: {first_line(exc)}", "S006") from None

    def read_only_query(self, sql: str, limit: int | None = None
                        ) -> tuple[list[str], list[tuple]]:
        """Run a user's SQL: one statement that only reads, else StoreError (S006). The
        statement is parsed and its kind checked before it runs; a store opened with
        ``sandbox`` also cannot touch any other file."""
        import duckdb

        try:
            statements = duckdb.extract_statements(sql)
        except duckdb.Error as exc:
            raise StoreError(f"--sql: {first_line(exc)}", "S006") from None
        if len(statements) != 1:
            raise StoreError(f"--sql takes one statement, not {len(statements)}", "S006")
        kind = statements[0].type.name
        if kind not in READ_ONLY_STATEMENTS:
            raise StoreError(f"--sql is read-only: a {kind} statement is refused", "S006")
        return self.fetch(sql, (), limit)

    def known(self, ids: Sequence[str], hashes: Sequence[str]) -> tuple[set[str], set[str]]:
        """Which of these article ids, and which of these text hashes, are stored."""
        if not ids and not hashes:
            return set(), set()
        try:
            found_ids = {r[0] for r in self.execute(
                f"SELECT id FROM articles WHERE {self.any_of('id')}", [list(ids)]).fetchall()}
            found_hashes = {r[0] for r in self.execute(
                f"SELECT text_hash FROM articles WHERE {self.any_of('text_hash')}",
                [list(hashes)]).fetchall()}
        except self.errors as exc:  # a server gone, a connection lost
            raise StoreError(f"{self.name}: cannot read the store ({first_line(exc)})",
                             "S001") from None
        return found_ids, found_hashes

    def rows(self, table: schema.Table, where: str, params: Sequence[Any]) -> list[Row]:
        """Rows of ``table`` as dicts, in stored order (``n``, where the table has it)."""
        order = " ORDER BY n" if "n" in table.column_names else ""
        cursor = self.execute(
            f"SELECT {', '.join(table.column_names)} FROM {table.name} WHERE {where}{order}",
            list(params))
        return [dict(zip(table.column_names, r, strict=True)) for r in cursor.fetchall()]

    def record(self, article_id: str) -> dict[str, Any] | None:
        """The coded-article record of a stored article, rebuilt from the tables."""
        rows = {t.name: self.rows(t, "article_id = ?", [article_id])
                for t in schema.RECORD_TABLES if t is not schema.ARTICLES}
        rows[schema.ARTICLES.name] = self.rows(schema.ARTICLES, "id = ?", [article_id])
        if not rows[schema.ARTICLES.name]:
            return None
        rows[schema.EVENT_ACTORS.name].sort(key=lambda r: (r["event_id"], r["role"], r["n"]))
        return rebuild_record(rows)

    @contextmanager
    def export_source(self, sql: str, table: schema.Table) -> Iterator[tuple[Any, str]]:
        """A DuckDB connection and a query in it that gives the rows of ``sql`` (whose
        columns are those of ``table``) in order, for ``COPY (...) TO`` a file."""
        yield self.con, sql

    # --- writing -----------------------------------------------------------------------------

    def write_batch(self, stored: Iterable[Stored], failures: Iterable[Failure] = (),
                    *, replace: bool = False) -> list[Stored]:
        """Store coded records and failures in one transaction; returns the records written.

        Without ``replace`` an article already stored (the same id or the same text, written
        meanwhile by another ingest into the same database) is left out; with it, stored
        articles of the same ids or texts are replaced. A stored article clears the failure
        once recorded for its input and line."""
        stored = list(stored)
        failures = list(failures)
        now = datetime.now(UTC).replace(tzinfo=None)
        try:
            with self.transaction():
                self.lock_writers()
                if not replace:
                    stored = self._not_stored(stored)
                tables = self._tables(stored, now)
                ids = [item.record["article"]["id"] for item in stored]
                if replace and ids:
                    self._delete_articles(self._same_articles(ids, tables))
                for table in schema.RECORD_TABLES:
                    self.insert(table, tables[table.name])
                origins = [(i.input, i.line) for i in stored if i.input is not None]
                origins += [(f.input, f.line) for f in failures]
                self._clear_failures(origins)
                self.insert(schema.FAILURES, [
                    {"input": f.input, "line": f.line, "reason": f.reason, "time": now}
                    for f in failures])
                if stored:
                    self.set_meta("clusters_stale", "1")
        except self.errors as exc:
            raise StoreError(f"{self.name}: write failed ({first_line(exc)}); the batch was "
                             "not stored", "S005") from None
        return stored

    def _not_stored(self, stored: list[Stored]) -> list[Stored]:
        """The records whose article (id or text) is not in the store."""
        hashes = [text_hash(item.record["article"]["text"]) for item in stored]
        ids, texts = self.known([item.record["article"]["id"] for item in stored], hashes)
        return [item for item, digest in zip(stored, hashes, strict=True)
                if item.record["article"]["id"] not in ids and digest not in texts]

    @staticmethod
    def _tables(stored: list[Stored], now: datetime) -> dict[str, list[Row]]:
        tables: dict[str, list[Row]] = {t.name: [] for t in schema.RECORD_TABLES}
        for item in stored:
            for name, rows in record_rows(item.record, input=item.input, line=item.line,
                                          coder_version=__version__, coded_at=now).items():
                tables[name].extend(rows)
        return tables

    def refresh_cluster_ids(self) -> None:
        """Copy each event's cluster (of the method the flat table shows) into the flat
        table, after reclustering; in one transaction that also clears the flag that asks
        for it, so a run killed before it is finished by the next run."""
        with self.transaction():
            self.lock_writers()
            self.execute("UPDATE event_rows SET cluster_id = NULL "
                         "WHERE cluster_id IS NOT NULL")
            self.execute(
                "UPDATE event_rows SET cluster_id = m.cluster_id FROM cluster_members m "
                "WHERE m.method = ? AND m.event_id = event_rows.event_id",
                [schema.FLAT_CLUSTER_METHOD])
            self.set_meta("flat_clusters_stale", "0")

    def replace_clusters(self, compute: Callable[[Any], None],
                         inputs: dict[str, tuple[str, ...]] | None = None) -> None:
        """Recompute ``clusters`` and ``cluster_members`` in one transaction: ``compute``
        gets a DuckDB connection where (at least) the ``inputs`` columns of the store's
        tables can be read and those two tables written; then the meta ``clusters_stale``
        is "0" and ``flat_clusters_stale`` "1"."""
        with self.transaction():
            compute(self.con)
            self.set_meta("clusters_stale", "0")
            self.set_meta("flat_clusters_stale", "1")

    def _same_articles(self, ids: list[str], tables: dict[str, list[Row]]) -> list[str]:
        """The stored articles that these replace: the same ids, or the same texts."""
        hashes = [row["text_hash"] for row in tables[schema.ARTICLES.name]]
        same_text = [r[0] for r in self.execute(
            f"SELECT id FROM articles WHERE {self.any_of('text_hash')}", [hashes]).fetchall()]
        return sorted(set(ids) | set(same_text))

    def _delete_articles(self, ids: list[str]) -> None:
        for table in schema.RECORD_TABLES:
            column = "id" if table is schema.ARTICLES else "article_id"
            self.execute(f"DELETE FROM {table.name} WHERE {self.any_of(column)}", [ids])

    def _clear_failures(self, origins: list[tuple[str, int | None]]) -> None:
        """Forget the failures recorded for these inputs (and lines): they are stored now, or
        failed again and get a fresh row."""
        if not origins:
            return
        import pyarrow as pa

        batch = pa.table({"input": [o[0] for o in origins], "line": [o[1] or 0 for o in origins]})
        self.con.register("_origins", batch)
        try:
            self.con.execute("DELETE FROM failures USING _origins o WHERE failures.input = "
                             "o.input AND coalesce(failures.line, 0) = o.line")
        finally:
            self.con.unregister("_origins")

    def insert(self, table: schema.Table, rows: list[Row]) -> None:
        """Insert rows through Arrow: one statement per table and batch, not one per row."""
        if not rows:
            return
        import pyarrow as pa

        columns = table.column_names
        batch = pa.table({c: pa.array([r.get(c) for r in rows]) for c in columns})
        self.con.register("_batch", batch)
        try:
            self.con.execute(f"INSERT INTO {table.name} ({', '.join(columns)}) "
                             f"SELECT {', '.join(columns)} FROM _batch")
        finally:
            self.con.unregister("_batch")


READ_ONLY_STATEMENTS = ("SELECT", "EXPLAIN")


def first_line(exc: Exception) -> str:
    return (str(exc).splitlines() or [type(exc).__name__])[0]
