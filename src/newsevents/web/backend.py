"""What the web app serves from: the store (read handles for the request threads, a cache
of results, the writer) and the coding service.

How the store is opened (see :class:`Settings`):

- read-only by default (``open_store(write=False, sandbox=True)``): queries can neither
  write the store nor touch any other file. A DuckDB file may be read by several processes
  at once but written by one, so no ``newsevents ingest`` can write it while it is served;
  nothing changes under the app, and its results are cached until it stops.
- ``write=True`` (``newsevents serve --write``) opens it for writing, which ``POST
  /api/code`` with ``"store": true`` needs. This process is then the store's one writer;
  requests still only read through their own handles, every write takes one lock, and the
  clusters are recomputed in a background thread after articles are stored (requests see
  the new articles at once and the new clusters a moment later). Cached results are
  dropped after each write.

A PostgreSQL store may be written by other processes meanwhile, so results are cached a
few seconds only there.

``GET /api/events`` and the ``/events`` page answer from an in-memory index of the flat
event table when it is built (:mod:`newsevents.web.index`: built in the background at start,
rebuilt when the store's signature changes, dropped at once after a write of this app's own;
SQL answers meanwhile, and for what the index cannot tell).

Each request thread reads through a handle of its own (``Store.fork``), taken from a pool
and given back when the request ends: DuckDB connections must not be shared by threads.
"""

from __future__ import annotations

import contextlib
import json
import logging
import queue
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from typing import Any, TypeVar

from ..errors import StoreError
from ..store import DEFAULT_STORE, Store, Stored, open_store
from ..store.views import Selection
from .coding import CodingService
from .index import IndexKeeper

log = logging.getLogger("newsevents.web")
T = TypeVar("T")

LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1", "[::1]")
SERVER_CACHE_SECONDS = 5.0
# The in-memory event index: up to this many events (about 400 MB for news; see index.py).
DEFAULT_INDEX_MAX_EVENTS = 200_000
# Queries run at once (the others wait their turn): DuckDB spreads each over the cores, and
# a burst of requests is answered sooner a few at a time than all at once.
READ_SLOTS = 6


@dataclass
class Settings:
    """How the app runs.

    ``db``: the store (a DuckDB path or a ``postgresql://`` URL); ``write``: open it for
    writing so that ``POST /api/code`` can store articles; ``token``: when set, storing
    needs ``Authorization: Bearer TOKEN``; ``model``: the spaCy pipeline to code with;
    ``max_pending``: articles that may wait for the coder; ``coders``: coding processes
    (each loads the pipeline, about 0.5 GB; one leaves the other core to queries);
    ``allowed_hosts``: the ``Host``
    headers accepted (None: any; ``serve`` on a loopback address accepts only loopback
    names, so a DNS-rebinding page cannot reach it); ``cache_size``: results kept;
    ``index_max_events``: the most events kept in the in-memory event index (about 2 KB
    each for news; above it, or 0, every query is SQL); ``index_check_seconds``: how often
    the store is checked for changes made by others (the index is rebuilt, cached results
    dropped).
    """

    db: str = DEFAULT_STORE
    write: bool = False
    token: str | None = None
    model: str | None = None
    max_pending: int = 32
    coders: int = 1
    allowed_hosts: tuple[str, ...] | None = None
    cache_size: int = 1024
    index_max_events: int = DEFAULT_INDEX_MAX_EVENTS
    index_check_seconds: float = SERVER_CACHE_SECONDS

    def to_json(self) -> str:
        """The settings as JSON (for the worker processes of ``serve --workers``)."""
        return json.dumps(asdict(self))

    @classmethod
    def from_json(cls, text: str) -> Settings:
        values = json.loads(text)
        if values.get("allowed_hosts") is not None:
            values["allowed_hosts"] = tuple(values["allowed_hosts"])
        return cls(**values)


class ResultCache:
    """Results of read-only views, by key, least recently used dropped first; entries
    expire after ``ttl`` seconds (None: never) and all go when :meth:`clear` is called.
    Requests for a key being computed wait for that computation rather than repeat it (a
    burst of the same new request costs one query)."""

    def __init__(self, size: int, ttl: float | None) -> None:
        self.size = size
        self.ttl = ttl
        self._items: OrderedDict[Any, tuple[float, Any]] = OrderedDict()
        self._lock = threading.Lock()
        self._computing: dict[Any, _Computing] = {}
        self.generation = 0

    _MISSING = object()

    def peek(self, key: Any) -> Any:
        """The cached result for ``key``, or :attr:`_MISSING`."""
        with self._lock:
            found = self._items.get(key)
            if found is None or (self.ttl is not None
                                 and time.monotonic() - found[0] >= self.ttl):
                return self._MISSING
            self._items.move_to_end(key)
            return found[1]

    def get(self, key: Any, compute: Callable[[], T]) -> T:
        """The cached result for ``key``, computed (outside the lock) when missing, once
        for all the threads that ask for it meanwhile."""
        now = time.monotonic()
        with self._lock:
            found = self._items.get(key)
            if found is not None and (self.ttl is None or now - found[0] < self.ttl):
                self._items.move_to_end(key)
                return found[1]
            generation = self.generation
            running = self._computing.get((generation, key))
            if running is None:
                running = self._computing[(generation, key)] = _Computing()
                leader = True
            else:
                leader = False
        if not leader:
            return running.result()
        try:
            value = compute()
        except BaseException as exc:
            running.fail(exc)
            raise
        finally:
            with self._lock:
                self._computing.pop((generation, key), None)
        with self._lock:
            if generation == self.generation and self.size > 0:
                self._items[key] = (now, value)
                self._items.move_to_end(key)
                while len(self._items) > self.size:
                    self._items.popitem(last=False)
        running.done(value)
        return value

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self.generation += 1  # computations under way are not kept, nor joined


class _Computing:
    """A result being computed by one thread, that others wait for."""

    def __init__(self) -> None:
        self._ready = threading.Event()
        self._value: Any = None
        self._error: BaseException | None = None

    def done(self, value: Any) -> None:
        self._value = value
        self._ready.set()

    def fail(self, error: BaseException) -> None:
        self._error = error
        self._ready.set()

    def result(self) -> Any:
        self._ready.wait()
        if self._error is not None:
            raise self._error
        return self._value


class Backend:
    """The store and the coder of one app. ``open`` before use, ``close`` after; ``store``
    and ``coder`` may be given ready-made (tests), otherwise they are opened from
    ``settings``."""

    def __init__(self, settings: Settings, store: Store | None = None,
                 coder: Any = None) -> None:
        self.settings = settings
        self.store = store
        self._own_store = store is None
        self.coding = CodingService(coder=coder, model=settings.model,
                                    max_pending=settings.max_pending, workers=settings.coders)
        self.cache = ResultCache(settings.cache_size, None)
        self._handles: queue.SimpleQueue[Store] = queue.SimpleQueue()
        self._all_handles: list[Store] = []
        self._handles_lock = threading.Lock()
        self._read_slots = threading.BoundedSemaphore(READ_SLOTS)
        self._write_lock = threading.Lock()
        self._recluster_wanted = threading.Event()
        self._stopping = threading.Event()
        self._recluster_thread: threading.Thread | None = None
        self.index = IndexKeeper(self.reading, dumps, settings.index_max_events,
                                 settings.index_check_seconds, on_change=self.cache.clear)

    # --- life --------------------------------------------------------------------------------

    def open(self) -> None:
        """Open the store (if not given) and start loading the pipeline."""
        if self.store is None:
            self.store = open_store(self.settings.db, write=self.settings.write,
                                    create=self.settings.write, sandbox=not self.settings.write)
        if getattr(self.store, "backend", "duckdb") != "duckdb":
            self.cache.ttl = SERVER_CACHE_SECONDS
        self.index.start()
        self.coding.start()

    def close(self) -> None:
        """Stop the coder, finish a reclustering under way, close every handle."""
        self.coding.close()
        self._stopping.set()
        self._recluster_wanted.set()
        if self._recluster_thread is not None:
            self._recluster_thread.join(timeout=600)
        self.index.close()
        with self._handles_lock:
            for handle in self._all_handles:
                _close_quietly(handle)
            self._all_handles.clear()
        if self._own_store and self.store is not None:
            _close_quietly(self.store)
            self.store = None

    @property
    def writable(self) -> bool:
        return bool(self.store is not None and self.store.writable and self.settings.write)

    @property
    def store_name(self) -> str:
        """The store's name for pages: a file's name, a server URL without its password."""
        from pathlib import Path

        name = self.store.name if self.store is not None else self.settings.db
        if "://" in name:
            from ..store.db import is_server_url, redact

            return redact(name) if is_server_url(name) else name
        return Path(name).name

    # --- reading -----------------------------------------------------------------------------

    @contextmanager
    def reading(self) -> Iterator[Store]:
        """A read handle of this thread's own for the ``with`` block."""
        with self._read_slots:
            yield from self._handle()

    def _handle(self) -> Iterator[Store]:
        """A handle from the pool (a new one when none is free), given back after use."""
        try:
            handle = self._handles.get_nowait()
        except queue.Empty:
            assert self.store is not None, "Backend.open() first"
            handle = self.store.fork()
            with self._handles_lock:
                self._all_handles.append(handle)
        try:
            yield handle
        finally:
            self._handles.put(handle)

    def view(self, key: Any, compute: Callable[[Store], T]) -> T:
        """The result of a read-only view, cached under ``key``."""
        def run() -> T:
            with self.reading() as store:
                return compute(store)

        return self.cache.get(key, run)

    def indexed_page(self, selection: Selection, limit: int, offset: int, newest: bool
                     ) -> tuple[int, list[bytes]] | None:
        """``(total, each event's JSON)`` of a page of events from the in-memory index, as
        :func:`~newsevents.store.views.event_page` and ``count_selected`` give them; None
        when there is no index or it cannot tell (then ask SQL). Array work only, no I/O:
        fit to run on the event loop."""
        index = self.index.index
        if index is None:
            return None
        try:
            return index.page(selection, limit, offset, newest)
        except StoreError:
            raise  # a bad value, as the SQL would say it
        except Exception:  # a fault of the index must not cost the answer: SQL gives it
            log.exception("newsevents: the event index failed; answering from the store")
            return None

    async def json(self, key: Any, build: Callable[[], Any]) -> bytes:
        """An API answer as JSON bytes, cached under ``key``: a cached one is sent from the
        event loop at once; ``build`` (which reads through :meth:`view`) runs in a worker
        thread."""
        found = self.cache.peek(key)
        if found is not ResultCache._MISSING:
            return found
        from starlette.concurrency import run_in_threadpool

        return await run_in_threadpool(self.cache.get, key, lambda: dumps(build()))

    # --- writing -----------------------------------------------------------------------------

    def store_record(self, record: dict[str, Any]) -> None:
        """Store one coded record (replacing a stored article with the same id or text),
        then have the clusters recomputed in the background."""
        assert self.store is not None and self.writable
        with self._write_lock:
            self.store.write_batch([Stored(record, input="web", line=None)], replace=True)
        self.index.invalidate()
        self.cache.clear()
        self._recluster_soon()

    def _recluster_soon(self) -> None:
        self._recluster_wanted.set()
        if self._recluster_thread is None:
            self._recluster_thread = threading.Thread(target=self._recluster_loop,
                                                      name="newsevents-recluster",
                                                      daemon=True)
            self._recluster_thread.start()

    def _recluster_loop(self) -> None:
        """Recompute the clusters whenever articles were stored since the last time; many
        stores in a row give one reclustering."""
        from ..cluster import recluster

        while True:
            self._recluster_wanted.wait()
            self._recluster_wanted.clear()
            if self._stopping.is_set():
                return
            try:
                with self._write_lock:
                    if self.store is not None and self.store.meta("clusters_stale") == "1":
                        summary = recluster(self.store)
                        self.index.invalidate()  # the events' cluster ids changed
                        log.info("newsevents: %s", summary)
            except Exception as exc:  # keep serving: the next store retries
                log.error("newsevents: reclustering failed: %s", exc)
            self.cache.clear()

    def wait_for_clusters(self, timeout: float = 60) -> bool:
        """Wait until no reclustering is pending or running (for tests and benchmarks)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not self._recluster_wanted.is_set() and self._write_lock.acquire(timeout=0.05):
                try:
                    if self.store is None or self.store.meta("clusters_stale") != "1":
                        return True
                finally:
                    self._write_lock.release()
            time.sleep(0.05)
        return False


def dumps(value: Any) -> bytes:
    """JSON as the API sends it (UTF-8, compact)."""
    return json.dumps(value, ensure_ascii=False, allow_nan=False,
                      separators=(",", ":")).encode("utf-8")


def _close_quietly(store: Store) -> None:
    with contextlib.suppress(Exception):  # already closed, or its connection is gone
        store.close()
