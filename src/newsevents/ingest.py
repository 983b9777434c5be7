"""The ``ingest`` stage: code an archive of articles into a store, once each, surviving kills.

    newsevents ingest PATH... [--db TARGET] [--workers N] [--force] [--date D] [--model NAME]
                      [--home PLACE]

Inputs are everything ``code`` reads plus folders (walked recursively), ``.jsonl.gz`` and WARC
files, read lazily in input order by :func:`newsevents.read.read_inputs`. The parent process
reads, skips articles already stored (same id or same text; ``--force`` recodes and
replaces them), hands jobs of articles to a coding engine and writes the jobs' records and
failures to the store in input order, a job or a run of jobs that came fast in one
transaction. So:

- memory stays flat: at most ``2 x workers`` jobs are in flight, nothing is read ahead;
- a run killed at any moment loses at most the jobs not yet committed, and a rerun of the same
  command skips what is stored and completes the rest: nothing lost, nothing twice;
- every input, JSONL line or WARC record that cannot be coded (unreadable, empty, not
  English, too large, malformed JSON, a stage that raised, a worker that died on it) is a row
  of ``failures`` and a line on standard error, and the run goes on.

Engines: ``--workers 1`` codes in this process; ``--workers N`` starts N worker processes,
each loading the pipeline once; ``--engine dask`` codes on a Dask cluster (a local one of N
processes, or the one at ``--scheduler ADDRESS``), whose workers read the inputs themselves
in parts and send back only ids and text hashes before coding (see
:mod:`newsevents.partitions` and :mod:`newsevents.dask_engine`). The parent decides what to
skip and writes in every case, so the store ends the same whichever engine coded it. Exit
status: 0 when everything was stored (or was already), 1 when some inputs failed (recorded),
2 on a usage or store error (one line, no traceback).
"""

from __future__ import annotations

import argparse
import os
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import Any, Protocol, TextIO

from .datafiles import DataFileError
from .errors import (
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_SOME_FAILED,
    EXIT_USAGE,
    NewseventsError,
    StoreError,
)
from .nlp import ModelError
from .read import ReadError, input_files, read_inputs, supported_suffix
from .record import Article
from .store import DEFAULT_STORE, Failure, Store, Stored, open_store, text_hash

# Articles per job handed to a worker (and per part a cluster's worker reads), unless
# --part-size says otherwise. Larger jobs amortise the hand-over and the scheduler's work per
# task; smaller ones spread the work evenly and keep memory low. 16 articles of news are about
# two seconds of coding.
JOB_SIZE = 16
MAX_PART_SIZE = 10_000
# Jobs in flight per worker: enough that a worker never waits for the parent.
IN_FLIGHT_PER_WORKER = 2
# Jobs coded in a row are written in one transaction, up to this many articles or what came
# within this many seconds: the writer's cost is mostly per transaction and per table (about
# 240 articles/s into DuckDB in transactions of 16, bench/ingest.py engines; about 1,400/s in
# transactions of 256), and a kill loses at most these.
WRITE_ARTICLES = 256
WRITE_SECONDS = 1.0
WORKER_DIED = "a worker process died while coding it"


@dataclass(frozen=True)
class CoderOptions:
    """What each coding process needs to build its Coder (picklable, sent to workers)."""

    model: str | None = None
    lexicon: str | None = None
    kb: tuple[str, ...] = ()
    min_confidence: float | None = None
    batch_size: int = 32
    home: str | None = None  # the home of articles that carry none (``--home``)


@dataclass
class Job:
    """Articles to code together, and what the reader said about the inputs before them.

    The articles are in ``articles`` (read here), or they are the articles at positions
    ``wanted`` of a ``partition`` that the worker reads itself (``--engine dask``);
    ``origins`` says where each id was read from and ``keys`` holds the (id, text hash) of
    each, pending in this run until the job is written."""

    number: int
    articles: list[Article]
    failures: list[Failure] = field(default_factory=list)
    skipped: int = 0
    partition: Any = None
    wanted: tuple[int, ...] = ()
    origins: dict[str, tuple[str, int | None]] = field(default_factory=dict)
    keys: list[tuple[str, str]] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        """Nothing to code."""
        return not self.articles and not self.wanted


@dataclass
class Coded:
    """What coding a job gave: the records (as dicts) and the articles that failed."""

    records: list[dict[str, Any]]
    failed: list[tuple[Article, str]]


@dataclass
class Summary:
    stored: int = 0
    skipped: int = 0
    failed: int = 0
    warnings: int = 0
    events: int = 0
    seconds: float = 0.0


# --- coding (in this process or in a worker) -------------------------------------------------


def make_coder(options: CoderOptions) -> Any:
    """A Coder that records stage failures instead of printing them."""
    from .coder import Coder

    class _RecordingCoder(Coder):
        def _stage_failed(self, name: str, component: object, docs: list[Any],
                          error: Exception) -> None:
            for doc in docs:
                self.failed.append(doc._.article_id)
                self.reasons[doc._.article_id] = (
                    f"stage {name} failed ({type(error).__name__}: {error})")

    kwargs: dict[str, Any] = {"lexicon": options.lexicon, "kb": options.kb,
                              "batch_size": options.batch_size, "home": options.home}
    if options.model:
        kwargs["model"] = options.model
    if options.min_confidence is not None:
        kwargs["min_confidence"] = options.min_confidence
    coder = _RecordingCoder(**kwargs)
    coder.reasons = {}
    return coder


def code_job(coder: Any, articles: list[Article]) -> Coded:
    """Code the articles of one job; an article that breaks the coder is a failure, the others
    are still coded."""
    coder.failed.clear()
    coder.reasons.clear()
    try:
        records = [r.to_dict() for r in coder.code_many(articles)]
    except Exception:  # outside a stage: find the article by coding them one by one
        return _code_one_by_one(coder, articles)
    done = {r["article"]["id"] for r in records}
    failed = [(a, coder.reasons.get(a.id, "not coded")) for a in articles if a.id not in done]
    return Coded(records, failed)


def _code_one_by_one(coder: Any, articles: list[Article]) -> Coded:
    records: list[dict[str, Any]] = []
    failed: list[tuple[Article, str]] = []
    for article in articles:
        coder.failed.clear()
        coder.reasons.clear()
        try:
            records += [r.to_dict() for r in coder.code_many([article])]
        except Exception as exc:
            failed.append((article, f"coding failed ({type(exc).__name__}: {exc})"))
            continue
        if article.id in coder.reasons:
            failed.append((article, coder.reasons[article.id]))
    return Coded(records, failed)


_WORKER_OPTIONS: CoderOptions | None = None
_WORKER_CODER: Any = None


def _init_worker(options: CoderOptions) -> None:
    global _WORKER_OPTIONS
    _WORKER_OPTIONS = options


def _worker_job(articles: list[Article]) -> Coded:
    """Code a job in a worker, loading the pipeline at the first job: an error in loading it
    (a model that is not installed, a broken lexicon) then reaches the parent as itself, where
    an error in a pool's initializer would only break the pool."""
    global _WORKER_CODER
    if _WORKER_CODER is None:
        assert _WORKER_OPTIONS is not None
        _WORKER_CODER = make_coder(_WORKER_OPTIONS)
    return code_job(_WORKER_CODER, articles)


InFlight = deque[tuple[Job, Any]]


def in_order(jobs: Iterable[Job], submit: Callable[[Job], Any],
             result: Callable[[Job, Any, InFlight], Coded],
             limit: Callable[[], int]) -> Iterator[tuple[Job, Coded]]:
    """Submit jobs while fewer than ``limit()`` are in flight and give their results back in
    job order: a job is taken from ``jobs`` only when there is room, so reading stays a
    bounded number of jobs ahead of writing. ``result(job, future, in_flight)`` waits for one
    job (and may resubmit the others in flight)."""
    in_flight: InFlight = deque()
    source = iter(jobs)
    exhausted = False
    while in_flight or not exhausted:
        while not exhausted and len(in_flight) < limit():
            job = next(source, None)
            if job is None:
                exhausted = True
                break
            in_flight.append((job, submit(job)))
        if not in_flight:
            break
        job, future = in_flight.popleft()
        yield job, result(job, future, in_flight)


class LocalEngine:
    """Codes jobs in this process (one worker) or in a pool of worker processes, and gives the
    results back in job order."""

    def __init__(self, options: CoderOptions, workers: int) -> None:
        self.options = options
        self.workers = max(1, workers)
        self._coder: Any = None
        self._pool: ProcessPoolExecutor | None = None

    def start(self) -> None:
        if self.workers == 1:
            self._coder = make_coder(self.options)
        else:
            self._pool = self._new_pool()

    def _new_pool(self) -> ProcessPoolExecutor:
        import multiprocessing

        # Each worker is one core's worth of coding: BLAS threads would only fight over cores.
        for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
            os.environ.setdefault(var, "1")
        # spawn, not fork: the parent holds an open database and threads.
        context = multiprocessing.get_context("spawn")
        return ProcessPoolExecutor(self.workers, mp_context=context,
                                   initializer=_init_worker, initargs=(self.options,))

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def map(self, jobs: Iterable[Job]) -> Iterator[tuple[Job, Coded]]:
        if self._pool is None:
            for job in jobs:
                yield job, code_job(self._coder, job.articles) if job.articles else Coded([], [])
            return
        yield from self._map_pool(jobs)

    def _map_pool(self, jobs: Iterable[Job]) -> Iterator[tuple[Job, Coded]]:
        yield from in_order(jobs, self._submit, self._result,
                            lambda: self.workers * IN_FLIGHT_PER_WORKER)

    def _submit(self, job: Job) -> Future[Coded] | None:
        if not job.articles:
            return None
        assert self._pool is not None
        return self._pool.submit(_worker_job, job.articles)

    def _result(self, job: Job, future: Future[Coded] | None, in_flight: InFlight) -> Coded:
        """The job's result; when its worker died, a new pool recodes the jobs in flight, and
        a job that kills a worker twice is recorded as failed, article by article."""
        if future is None:
            return Coded([], [])
        try:
            return future.result()
        except BrokenProcessPool:
            pass
        self._restart(in_flight)
        try:
            return self._pool.submit(_worker_job, job.articles).result()  # type: ignore[union-attr]
        except BrokenProcessPool:
            self._restart(in_flight)
            return Coded([], [(a, WORKER_DIED) for a in job.articles])

    def _restart(self, in_flight: InFlight) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
        self._pool = self._new_pool()
        for n, (job, _) in enumerate(in_flight):
            in_flight[n] = (job, self._submit(job))


# --- the run ---------------------------------------------------------------------------------


class Engine(Protocol):
    """Where jobs are coded: :class:`LocalEngine` or ``dask_engine.DaskEngine``."""

    def start(self) -> None: ...

    def map(self, jobs: Iterable[Job]) -> Iterator[tuple[Job, Coded]]: ...

    def close(self) -> None: ...


class Ingest:
    """One ingest run: reads, skips what is stored, codes through an engine, writes."""

    def __init__(self, store: Store, engine: Engine, *, force: bool = False,
                 report: Callable[[str], None] = lambda line: None,
                 default_date: str | None = None, job_size: int = JOB_SIZE) -> None:
        self.store = store
        self.engine = engine
        self.force = force
        self.job_size = job_size
        self.default_date = default_date
        self.report = report
        self.summary = Summary()
        # ids and text hashes handed to the engine and not yet written: a second copy of an
        # article in the same run must be skipped before the first is stored.
        self._pending_ids: set[str] = set()
        self._pending_hashes: set[str] = set()
        self.progress: Callable[[Summary], None] = lambda summary: None

    def run(self, items: Iterable[Any]) -> Summary:
        return self._write_all(self.engine.map(self._jobs(items)))

    def _write_all(self, results: Iterable[tuple[Job, Coded]]) -> Summary:
        """Write the coded jobs as they come, in order, several in one transaction when they
        come fast: up to WRITE_ARTICLES articles, or what came within WRITE_SECONDS."""
        start = last = time.perf_counter()
        batch: list[tuple[Job, Coded]] = []
        for job, coded in results:
            batch.append((job, coded))
            full = sum(len(j.keys) for j, _ in batch) >= WRITE_ARTICLES
            if full or time.perf_counter() - last >= WRITE_SECONDS:
                self._write(batch)
                batch, last = [], time.perf_counter()
                self.summary.seconds = last - start
                self.progress(self.summary)
        if batch:
            self._write(batch)
        self.summary.seconds = time.perf_counter() - start
        return self.summary

    def _jobs(self, items: Iterable[Any]) -> Iterator[Job]:
        """Jobs of up to ``job_size`` articles to code, with the read failures met on the way and
        the number of articles skipped because they are stored."""
        number = 0
        candidates: list[Article] = []
        failures: list[Failure] = []
        for item in items:
            if isinstance(item, ReadError):
                failures.append(Failure(_input_of(item), item.line, item.reason))
                self.report(str(item))
            elif isinstance(item, Article):
                candidates.append(item)
            else:  # a warning about the article that follows
                self.summary.warnings += 1
                self.report(f"warning: {item}")
            if len(candidates) >= self.job_size or len(failures) >= self.job_size:
                yield self._job(number, candidates, failures)
                number, candidates, failures = number + 1, [], []
        if candidates or failures:
            yield self._job(number, candidates, failures)

    def _job(self, number: int, candidates: list[Article], failures: list[Failure]) -> Job:
        """The job of these candidates: those neither stored (unless forced) nor already in
        this run."""
        job = Job(number, [], failures)
        refs = [(a.id, text_hash(a.text), _input_of(a), a.line) for a in candidates]
        for position in self._take(job, refs):
            job.articles.append(candidates[position])
        return job

    def _take(self, job: Job, refs: list[tuple[str, str, str, int | None]]) -> list[int]:
        """The positions of the articles ``refs`` (id, text hash, input, line) to code: those
        neither stored (unless forced) nor already in this run; counts the others as skipped
        and marks the taken ones pending in ``job``."""
        stored_ids: set[str] = set()
        stored_hashes: set[str] = set()
        if not self.force and refs:
            stored_ids, stored_hashes = self.store.known([r[0] for r in refs],
                                                         [r[1] for r in refs])
        taken = []
        for position, (article_id, digest, source, line) in enumerate(refs):
            seen = (article_id in self._pending_ids or digest in self._pending_hashes
                    or article_id in stored_ids or digest in stored_hashes)
            if seen:
                job.skipped += 1
                continue
            self._pending_ids.add(article_id)
            self._pending_hashes.add(digest)
            job.origins[article_id] = (source, line)
            job.keys.append((article_id, digest))
            taken.append(position)
        return taken

    def run_planned(self, plan: Iterable[Any],
                    scan: Callable[[Iterable[Any]], Iterator[tuple[Any, Any]]]) -> Summary:
        """Like :meth:`run`, over the parts of :func:`newsevents.partitions.plan`: ``scan``
        gives each part back with what a worker read in it (ids and text hashes, not the
        texts; None for the paths read here)."""
        return self._write_all(self.engine.map(self._planned_jobs(scan(plan))))

    def _planned_jobs(self, scanned: Iterable[tuple[Any, Any]]) -> Iterator[Job]:
        number = 0
        for part, found in scanned:
            if isinstance(part, ReadError):
                self.report(str(part))
                yield Job(number, [], [Failure(_input_of(part), part.line, part.reason)])
            elif isinstance(part, str):  # read here: standard input, .jsonl.gz, WARC
                for job in self._jobs(read_inputs([part], self.default_date, stdin=sys.stdin)):
                    job.number = number
                    yield job
                    number += 1
                continue
            else:
                yield self._scanned_job(number, part, found)
            number += 1

    def _scanned_job(self, number: int, part: Any, found: list[tuple[Any, ...]]) -> Job:
        """The job of a partition from what the worker read in it (see ``scan_partition``)."""
        job = Job(number, [], partition=part)
        refs = []
        for kind, *entry in found:
            if kind == "article":
                refs.append(tuple(entry))
            elif kind == "error":
                source, line, reason, message = entry
                job.failures.append(Failure(source, line, reason))
                self.report(message)
            else:
                self.summary.warnings += 1
                self.report(f"warning: {entry[0]}")
        job.wanted = tuple(self._take(job, refs))
        return job

    def _write(self, batch: list[tuple[Job, Coded]]) -> None:
        """Store coded jobs, in order, in one transaction."""
        failures: list[Failure] = []
        stored: list[Stored] = []
        for job, coded in batch:
            failures += job.failures
            for article, reason in coded.failed:
                failures.append(Failure(_input_of(article), article.line, reason))
                self.report(f"{_source(article)}: {reason}")
            stored += [Stored(r, *job.origins[r["article"]["id"]]) for r in coded.records]
        # another ingest into the same database may have stored some of these meanwhile:
        # the store leaves them out and says what it wrote
        written = self.store.write_batch(stored, failures, replace=self.force)
        for job, _ in batch:
            for article_id, digest in job.keys:
                self._pending_ids.discard(article_id)
                self._pending_hashes.discard(digest)
            self.summary.skipped += job.skipped
        self.summary.stored += len(written)
        self.summary.events += sum(len(item.record["events"]) for item in written)
        self.summary.skipped += len(stored) - len(written)
        self.summary.failed += len(failures)


def _input_of(item: Any) -> str:
    """The input an article or read error came from (an article built in code has none: its
    id stands for it)."""
    return item.input or (item.source if isinstance(item, ReadError) else item.id)


def _source(article: Article) -> str:
    line = article.line
    origin = _input_of(article)
    return f"{origin}:{line}" if line is not None and origin != article.id else article.id


# --- command line ----------------------------------------------------------------------------


def default_workers() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def add_parser(commands: Any, iso_date: Callable[[str], str], default_model: str) -> None:
    """The ``ingest`` command's arguments."""
    from .cli import HOME_HELP
    ingest = commands.add_parser("ingest", help="code an archive of articles into a store")
    ingest.set_defaults(handler=run)
    ingest.add_argument("paths", nargs="+", metavar="PATH",
                        help="files (.txt, .html, .jsonl, .jsonl.gz, .warc[.gz]), folders "
                             "(walked recursively) or - for standard input")
    ingest.add_argument("--db", default=DEFAULT_STORE, metavar="TARGET",
                        help=f"store file (default {DEFAULT_STORE})")
    ingest.add_argument("--workers", type=int, default=None, metavar="N",
                        help="coding processes (default: the number of cores)")
    ingest.add_argument("--force", action="store_true",
                        help="recode articles already stored and replace them")
    ingest.add_argument("--engine", choices=("local", "dask"), default="local",
                        help="where to code: local processes, or a Dask cluster (pip install "
                             "'newsevents[dask]')")
    ingest.add_argument("--scheduler", default=None, metavar="ADDRESS",
                        help="with --engine dask: the scheduler of a running Dask cluster "
                             "(default: start a local cluster of --workers processes)")
    ingest.add_argument("--part-size", type=int, default=JOB_SIZE, metavar="N",
                        help=f"articles per job, and per part a cluster's worker reads "
                             f"(default {JOB_SIZE}): larger parts give the scheduler of a big "
                             "cluster fewer tasks, smaller ones spread the work evenly")
    ingest.add_argument("--date", type=iso_date, default=None,
                        help="publication date for inputs that carry none (YYYY-MM-DD)")
    ingest.add_argument("--model", default=default_model)
    ingest.add_argument("--home", default=None, metavar="PLACE", help=HOME_HELP)
    ingest.add_argument("--lexicon", default=None, help="event lexicon replacing the default")
    ingest.add_argument("--kb", action="append", default=[], metavar="PATH",
                        help="knowledge-base file of persons extending the default")
    ingest.add_argument("--min-confidence", type=float, default=None, metavar="X")
    ingest.add_argument("--quiet", action="store_true", help="no progress bar")


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """``newsevents ingest``: returns the exit status."""
    workers = args.workers if args.workers is not None else default_workers()
    if workers < 1:
        print("newsevents: --workers must be at least 1", file=err)
        return EXIT_USAGE
    if not 1 <= args.part_size <= MAX_PART_SIZE:
        print(f"newsevents: --part-size must be between 1 and {MAX_PART_SIZE:,}", file=err)
        return EXIT_USAGE
    if args.scheduler is not None and args.engine != "dask":
        print("newsevents: --scheduler needs --engine dask", file=err)
        return EXIT_USAGE
    from .cli import bad_home

    if bad_home(args.home, err):
        return EXIT_USAGE
    options = CoderOptions(model=args.model, lexicon=args.lexicon, kb=tuple(args.kb),
                           min_confidence=args.min_confidence, home=args.home)
    try:
        store = open_store(args.db, write=True, create=True)
    except StoreError as exc:
        print(f"newsevents: {exc}", file=err)
        return EXIT_USAGE
    engine: Engine = LocalEngine(options, workers)
    if args.engine == "dask":
        from .dask_engine import DaskEngine  # only when asked for: no other run imports dask

        # display is bound below, before the engine starts and reports its dashboard link
        engine = DaskEngine(options, workers, scheduler=args.scheduler,
                            report=lambda line: display.line(line))
    display = _Display(err, quiet=args.quiet or not err.isatty())
    try:
        engine.start()
        run_ingest = Ingest(store, engine, force=args.force, report=display.line,
                            default_date=args.date, job_size=args.part_size)
        display.start(args.paths)
        run_ingest.progress = display.update
        if isinstance(engine, LocalEngine):
            summary = run_ingest.run(read_inputs(args.paths, args.date, stdin=sys.stdin))
        else:  # cluster workers read the inputs themselves, in parts
            from .partitions import plan

            parts = plan(args.paths, args.part_size, args.part_size, args.date)
            summary = run_ingest.run_planned(parts, engine.scan)  # type: ignore[attr-defined]
        clusters = _recluster(store)
    except (NewseventsError, ModelError, DataFileError) as exc:
        display.stop()
        print(f"newsevents: {exc}", file=err)
        return EXIT_USAGE
    except KeyboardInterrupt:
        display.stop()
        print("newsevents: interrupted; run the same command again to complete the store",
              file=err)
        return EXIT_INTERRUPTED
    finally:
        engine.close()
        store.close()
    display.stop()
    print(f"newsevents: {_summary_line(summary, clusters)}; store {store.name}", file=err)
    return EXIT_SOME_FAILED if summary.failed else EXIT_OK


def _recluster(store: Store) -> str:
    """Merge reports of one event again when articles were added since the last time (which
    also copies the new cluster ids into the flat table), or finish that copy when a run was
    killed between the two steps. Returns the clustering's summary, or ""."""
    if store.meta("clusters_stale") == "1":
        from .cluster import recluster

        return str(recluster(store))
    if store.meta("flat_clusters_stale") == "1":
        store.refresh_cluster_ids()
    return ""


def _summary_line(summary: Summary, clusters: str) -> str:
    rate = summary.stored / summary.seconds if summary.seconds else 0.0
    parts = [f"stored {summary.stored} articles ({summary.events} events) in "
             f"{summary.seconds:.1f} s ({rate:.1f}/s)"]
    if summary.skipped:
        parts.append(f"{summary.skipped} already stored")
    if summary.failed:
        parts.append(f"{summary.failed} failed (see the failures table)")
    if summary.warnings:
        parts.append(f"{summary.warnings} warnings")
    if clusters:
        parts.append(clusters)
    return ", ".join(parts)


class _Display:
    """A progress bar on standard error when it is a terminal; report lines above it."""

    def __init__(self, err: TextIO, quiet: bool) -> None:
        self.err = err
        self.quiet = quiet
        self._progress: Any = None
        self._task: Any = None

    def start(self, paths: list[str]) -> None:
        if self.quiet:
            return
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self._progress = Progress(
            TextColumn("ingest"), BarColumn(), MofNCompleteColumn(),
            TextColumn("{task.fields[rate]:.1f}/s"), TimeElapsedColumn(),
            TimeRemainingColumn(), TextColumn("{task.fields[failed]} failed"),
            console=Console(file=self.err), transient=True)
        self._progress.start()
        self._task = self._progress.add_task("ingest", total=None, rate=0.0, failed=0)
        threading.Thread(target=self._count, args=(paths,), daemon=True).start()

    def _count(self, paths: list[str]) -> None:
        total = count_articles(paths)
        if total is not None and self._progress is not None:
            self._progress.update(self._task, total=total)

    def update(self, summary: Summary) -> None:
        if self._progress is None:
            return
        done = summary.stored + summary.skipped + summary.failed
        rate = summary.stored / summary.seconds if summary.seconds else 0.0
        self._progress.update(self._task, completed=done, rate=rate, failed=summary.failed)

    def line(self, text: str) -> None:
        if self._progress is not None:
            self._progress.console.print(f"newsevents: {text}", markup=False, highlight=False)
        else:
            print(f"newsevents: {text}", file=self.err, flush=True)

    def stop(self) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None


def count_articles(paths: list[str]) -> int | None:
    """How many articles the inputs hold, counted cheaply (a file each, lines of JSONL), over
    the same files the reader walks; None when some input cannot be counted without decoding
    it (gzip, WARC, standard input)."""
    total = 0
    for path in paths:
        if path == "-":
            return None
        for file in input_files(path):
            count = _count_file(file)
            if count is None:
                return None
            total += count
    return total


def _count_file(path: str) -> int | None:
    suffix = supported_suffix(os.path.basename(path))
    if suffix == ".jsonl":
        try:
            with open(path, "rb") as f:
                return sum(chunk.count(b"\n") for chunk in iter(lambda: f.read(1 << 20), b""))
        except OSError:
            return 1  # it will be one failure
    if suffix in (".jsonl.gz", ".warc", ".warc.gz"):
        return None
    return 1  # an article, or a file that will be one failure
