"""The Dask engine of ``newsevents ingest --engine dask [--scheduler ADDRESS] [--workers N]``.

The same interface as :class:`newsevents.ingest.LocalEngine`: ``start()``, ``map(jobs)``
giving ``(job, Coded)`` in job order with at most ``2 x workers`` jobs in flight, ``close()``.
The parent still reads the inputs and writes the store; only the coding runs on the cluster:
a ``distributed.LocalCluster`` of N worker processes, or the cluster of the scheduler at
ADDRESS. Each worker process builds the pipeline once, at its first job.

A worker that dies: the scheduler gives its jobs to another worker. A job that was on
``ALLOWED_FAILURES + 1`` workers that died ends as ``KilledWorker``, which is recorded as every
article of the job failed, as LocalEngine does. Errors in loading the pipeline (ModelError,
DataFileError) reach the parent as themselves.

``dask`` and ``distributed`` are imported only here, and only when the engine starts.
"""

from __future__ import annotations

import copyreg
import logging
from collections.abc import Callable, Iterable, Iterator
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
from .record import Article

# Times a job may be on a worker that died and still be recoded elsewhere. The scheduler
# counts a death against every job the worker held, the innocent ones queued beside the job
# that killed it too: 2 lets those survive one more death, and a job that kills three workers
# in a row is recorded as failed.
ALLOWED_FAILURES = 2

# DataFileError takes (path, problems) but pickles its message only: teach pickle to rebuild
# it, so that it crosses from a worker to the parent as itself. Both sides import this module.
copyreg.pickle(DataFileError, lambda error: (DataFileError, (error.path, error.problems)))

# The coders built in this (worker) process, by the options they were built with.
_CODERS: dict[CoderOptions, Any] = {}


def code_on_worker(options: CoderOptions, articles: list[Article]) -> Coded:
    """The task each job is: code ``articles`` with this process's coder for ``options``,
    building it (loading the pipeline) at the first job only."""
    coder = _CODERS.get(options)
    if coder is None:
        coder = _CODERS[options] = make_coder(options)
    return code_job(coder, articles)


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
        try:
            if self.scheduler is None:
                # Quiet: the parent reports every failure itself, in one line each.
                self._cluster = LocalCluster(n_workers=self.workers, threads_per_worker=1,
                                             processes=True, silence_logs=logging.CRITICAL)
                self._client = Client(self._cluster)
            else:
                self._client = Client(self.scheduler)
        except (OSError, TimeoutError) as exc:
            self.close()
            where = self.scheduler or "a local cluster"
            raise NewseventsError(f"cannot start the Dask engine on {where}: {exc}") from exc
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
            self._client.close()
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

    def _submit(self, job: Job) -> Any:
        """A future of the job's Coded, or None for a job with no article to code."""
        if not job.articles:
            return None
        # pure=False: every job is a new task, never a cached result of another one.
        return self._client.submit(code_on_worker, self.options, job.articles, pure=False)

    def _result(self, job: Job, future: Any) -> Coded:
        """The job's Coded; a job that killed its workers is every article failed."""
        from distributed import KilledWorker

        if future is None:
            return Coded([], [])
        try:
            return future.result()
        except KilledWorker:
            return Coded([], [(a, WORKER_DIED) for a in job.articles])
        finally:
            future.release()
