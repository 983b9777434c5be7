"""The Dask engine of ``newsevents ingest --engine dask [--scheduler ADDRESS] [--workers N]``.

The same interface as :class:`newsevents.ingest.LocalEngine`: ``start()``, ``map(jobs)``
giving ``(job, Coded)`` in job order with at most ``2 x workers`` jobs in flight, ``close()``;
plus ``scan(parts)``. The cluster is a ``distributed.LocalCluster`` of N worker processes, or
the cluster of the scheduler at ADDRESS. Each worker process builds the pipeline once: in a
background thread as the engine starts (:func:`start_loading`, while the first parts are
scanned), or at its first job on a worker that joins later.

Workers read the inputs themselves, in the parts of :func:`newsevents.partitions.plan`
(blocks of JSONL lines, groups of HTML or text files): a first task per part
(:func:`scan_partition`) sends back the ids and text hashes it holds, never the texts; the
client skips what is stored or already in the run, as for a local ingest; a second task
(:func:`code_partition`) reads the part again and codes the articles asked for. Only the
records travel to the client, which writes the store alone (one writer, one transaction per
part, in input order), so the store ends the same as after a local run. Standard input,
``.jsonl.gz`` and WARC files cannot be entered in the middle and are read by the client.

A worker that dies: the scheduler gives its jobs to another worker. A job that was on
``ALLOWED_FAILURES + 1`` workers that died ends as ``KilledWorker``, which is recorded as every
article of the job failed, as LocalEngine does. Errors in loading the pipeline (ModelError,
DataFileError) reach the parent as themselves.

``dask`` and ``distributed`` are imported only here, and only when the engine starts.
"""

from __future__ import annotations

import contextlib
import copyreg
import logging
import threading
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import CancelledError
from typing import Any

from .datafiles import DataFileError
from .errors import NewseventsError
from .ingest import (
    IN_FLIGHT_PER_WORKER,
    WORKER_DIED,
    Coded,
    CoderOptions,
    Job,
    code_job,
    in_order,
    make_coder,
)
from .partitions import Partition, read_partition
from .read import ReadError
from .record import Article
from .store import text_hash
from .store.db import first_line

# Times a job may be on a worker that died and still be recoded elsewhere. The scheduler
# counts a death against every job the worker held, the innocent ones queued beside the job
# that killed it too: 2 lets those survive one more death, and a job that kills three workers
# in a row is recorded as failed.
ALLOWED_FAILURES = 2
# Parts scanned ahead of coding, as a multiple of the coding jobs in flight.
SCAN_AHEAD = 2
WORKER_DIED_READING = "a worker process died while reading it"
# How long to try to reach a scheduler given by address before giving up.
CONNECT_TIMEOUT = "10s"
CLOSE_TIMEOUT = 10  # seconds
# Dask settings for the local cluster this engine starts (a cluster given by address keeps its
# own). Measured with bench/ingest.py on 2 cores: the nanny's default MALLOC_TRIM_THRESHOLD_ of
# 64 KiB makes glibc return freed pages at once, and spaCy's allocations fault them in again
# (2.5 times the page faults, 4 times the system time of a local worker); the statistical
# profiler samples the coding thread's stack every 10 ms. The scheduler shares the client's
# process and its CPU with the writer: its event-loop tick (20 ms, only to warn of a loop
# blocked for seconds) and its system monitor (500 ms, for the dashboard's charts) took about a
# fifth of that process's CPU (``/proc`` counters, 200 articles), so they run once a second and
# every 5 s. None unsets a variable.
LOCAL_CLUSTER_CONFIG: dict[str, Any] = {
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
}

# DataFileError takes (path, problems) but pickles its message only: teach pickle to rebuild
# it, so that it crosses from a worker to the parent as itself. Both sides import this module.
copyreg.pickle(DataFileError, lambda error: (DataFileError, (error.path, error.problems)))

# The coders built in this (worker) process, by the options they were built with; the lock
# makes a job wait for a coder the background load (start_loading) is still building.
_CODERS: dict[CoderOptions, Any] = {}
_BUILDING = threading.Lock()


def scan_partition(part: Partition) -> list[tuple[Any, ...]]:
    """The task that reads a part on a worker: in order, ``("article", id, text hash, input,
    line)`` for each article, ``("error", input, line, reason, message)`` for what cannot be
    read, ``("warning", message)``; the texts stay on the worker."""
    found: list[tuple[Any, ...]] = []
    for item in read_partition(part):
        if isinstance(item, Article):
            found.append(("article", item.id, text_hash(item.text), item.input, item.line))
        elif isinstance(item, ReadError):
            found.append(("error", item.input or item.source, item.line, item.reason,
                          str(item)))
        else:
            found.append(("warning", str(item)))
    return found


def code_partition(options: CoderOptions, part: Partition, wanted: tuple[int, ...]) -> Coded:
    """The task that codes the articles at positions ``wanted`` of a part, read again here."""
    articles = [item for item in read_partition(part) if isinstance(item, Article)]
    return code_on_worker(options, [articles[i] for i in wanted])


def code_on_worker(options: CoderOptions, articles: list[Article]) -> Coded:
    """The task each job is: code ``articles`` with this process's coder for ``options``."""
    return code_job(_coder(options), articles)


def _coder(options: CoderOptions) -> Any:
    """This process's coder for ``options``, built (the pipeline loaded) once, by whichever
    thread asks first."""
    with _BUILDING:
        coder = _CODERS.get(options)
        if coder is None:
            coder = _CODERS[options] = make_coder(options)
    return coder


def start_loading(options: CoderOptions) -> None:
    """Run on every worker as the engine starts: build the coder in a thread of its own, so
    that the pipeline loads while the first parts are scanned and planned instead of after."""
    threading.Thread(target=_load_quietly, args=(options,), name="newsevents-load",
                     daemon=True).start()


def _load_quietly(options: CoderOptions) -> None:
    # A coder that cannot be built is reported by the first job, which tries again and
    # sends the error to the parent.
    with contextlib.suppress(Exception):
        _coder(options)


class DaskEngine:
    """Codes jobs on a Dask cluster and gives the results back in job order.

    ``workers`` is the size of the local cluster started when no ``scheduler`` address is
    given; with one, the jobs in flight follow the number of workers the scheduler has.
    ``report`` receives lines for the user (the dashboard link)."""

    def __init__(self, options: CoderOptions, workers: int, scheduler: str | None = None,
                 report: Callable[[str], None] = lambda line: None) -> None:
        self.options = options
        self.workers = max(1, workers)
        self.scheduler = scheduler
        self.report = report
        self._cluster: Any = None
        self._client: Any = None

    def start(self) -> None:
        """Start a local cluster (or connect to the scheduler) and report the dashboard."""
        try:
            import dask
            from distributed import Client, LocalCluster
        except ImportError as exc:
            raise NewseventsError("--engine dask needs Dask: pip install 'newsevents[dask]' "
                                  f"({exc})") from exc

        # A scheduler of our own takes this; one given by address keeps its own setting.
        dask.config.set({"distributed.scheduler.allowed-failures": ALLOWED_FAILURES})
        # This process reports what goes wrong in one line each (a lost scheduler, a dead
        # worker's job): not as the client's log records and tracebacks besides.
        _quiet_loggers("distributed", "tornado", "asyncio")
        try:
            if self.scheduler is None:
                # Quiet: the parent reports every failure itself, in one line each.
                with dask.config.set(LOCAL_CLUSTER_CONFIG):
                    self._cluster = LocalCluster(n_workers=self.workers, threads_per_worker=1,
                                                 processes=True, silence_logs=logging.CRITICAL)
                self._client = Client(self._cluster)
            else:
                self._client = Client(self.scheduler, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError, ValueError) as exc:
            self.close()
            where = self.scheduler or "a local cluster"
            reason = first_line(exc) or type(exc).__name__
            raise NewseventsError(f"cannot start the Dask engine on {where}: {reason}",
                                  "W002") from None
        # Not through the task queue: the first scans must not wait behind the loading. A
        # worker that cannot run it (no newsevents there) fails its first job instead.
        with contextlib.suppress(Exception):
            self._client.run(start_loading, self.options)
        link = self._dashboard()
        if link:
            self.report(f"Dask dashboard: {link}")

    def _dashboard(self) -> str | None:
        """The dashboard's address, or None when the scheduler serves none (no bokeh)."""
        try:
            return self._client.dashboard_link
        except Exception:  # distributed raises KeyError or AttributeError when there is none
            return None

    def close(self) -> None:
        """Disconnect, and stop the local cluster if this engine started one."""
        if self._client is not None:
            # a scheduler that is gone: nothing left to close
            with contextlib.suppress(OSError, TimeoutError, CancelledError):
                self._client.close(timeout=CLOSE_TIMEOUT)
            self._client = None
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None

    def _limit(self) -> int:
        """Jobs to keep in flight: 2 per worker (the scheduler's workers when connected)."""
        if self.scheduler is None:
            return self.workers * IN_FLIGHT_PER_WORKER
        workers = len(self._client.scheduler_info().get("workers", {}))
        return max(1, workers) * IN_FLIGHT_PER_WORKER

    def map(self, jobs: Iterable[Job]) -> Iterator[tuple[Job, Coded]]:
        """``(job, Coded)`` for each job, in job order; jobs are taken from ``jobs`` only as
        results are given back, so reading stays at most ``2 x workers`` jobs ahead."""
        yield from in_order(jobs, self._submit,
                            lambda job, future, _in_flight: self._result(job, future),
                            self._limit)

    def scan(self, parts: Iterable[Any]) -> Iterator[tuple[Any, Any]]:
        """``(part, what its worker read)`` for each part, in order (None for the paths and
        errors that are not partitions); scanning runs up to ``SCAN_AHEAD`` times further
        ahead than coding, so workers never wait for it."""
        yield from in_order(parts, self._submit_scan,
                            lambda part, future, _in_flight: self._scanned(part, future),
                            lambda: self._limit() * SCAN_AHEAD)

    def _submit_scan(self, part: Any) -> Any:
        if not isinstance(part, Partition):
            return None
        return self._client.submit(scan_partition, part, pure=False)

    def _scanned(self, part: Any, future: Any) -> Any:
        """What the worker read; a part that killed its workers is one failure."""
        from distributed import KilledWorker

        if future is None:
            return None
        try:
            return self._wait(future)
        except KilledWorker:  # the part is recorded as failed: a rerun tries it again
            if part.start is None:
                return [("error", path, None, WORKER_DIED_READING,
                         f"{path}: {WORKER_DIED_READING}") for path in part.files]
            return [("error", part.files[0], part.first_line, WORKER_DIED_READING,
                     f"{part.name}: {WORKER_DIED_READING}")]
        finally:
            future.release()

    def _submit(self, job: Job) -> Any:
        """A future of the job's Coded, or None for a job with no article to code."""
        if job.empty:
            return None
        # pure=False: every job is a new task, never a cached result of another one.
        if job.partition is not None:
            return self._client.submit(code_partition, self.options, job.partition,
                                       job.wanted, pure=False)
        return self._client.submit(code_on_worker, self.options, job.articles, pure=False)

    def _result(self, job: Job, future: Any) -> Coded:
        """The job's Coded; a job that killed its workers is every article failed."""
        from distributed import KilledWorker

        if future is None:
            return Coded([], [])
        try:
            return self._wait(future)
        except KilledWorker:
            return Coded([], [(a, WORKER_DIED) for a in _articles_of(job)])
        finally:
            future.release()

    def _wait(self, future: Any) -> Any:
        """The future's result; a scheduler that went away is a one-line error (what was
        written stays, and the same command completes the store)."""
        from distributed import KilledWorker

        try:
            return future.result()
        except KilledWorker:
            raise
        except (CancelledError, OSError, TimeoutError) as exc:
            where = self.scheduler or "the local cluster"
            raise NewseventsError(f"lost the Dask scheduler at {where} ({type(exc).__name__}); "
                                  "what was coded is stored: run the same command again to "
                                  "complete the store", "W001") from None


def _quiet_loggers(*packages: str) -> None:
    """Only critical records from these packages' loggers (each of which may have a level
    of its own from Dask's logging configuration)."""
    for name in [*packages, *logging.root.manager.loggerDict]:
        if name.split(".")[0] in packages:
            logging.getLogger(name).setLevel(logging.CRITICAL)


def _articles_of(job: Job) -> list[Article]:
    """The articles of a job, as far as the client knows them (for failures)."""
    if job.partition is None:
        return job.articles
    out = []
    for article_id, (source, line) in job.origins.items():
        article = Article(article_id, "")
        article.input, article.line = source, line
        out.append(article)
    return out
