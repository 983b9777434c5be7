"""``newsevents ingest --engine dask``: real Dask clusters of worker processes, real DuckDB
files, invented articles. Each store is compared table by table with a one-process local
ingest of the same inputs."""

from __future__ import annotations

import gzip
import json
import logging
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import distributed
import pytest
from test_ingest import _wal_written_since, corpus_lines, newsevents, store_of, write_jsonl

from newsevents.ingest import WORKER_DIED, CoderOptions, Job
from newsevents.read import read_inputs


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, dict]:
    """160 articles and the tables a one-process local ingest stores for them."""
    folder = tmp_path_factory.mktemp("dask")
    path = write_jsonl(folder / "wire.jsonl", corpus_lines(160))
    reference = folder / "reference.duckdb"
    done = newsevents("ingest", str(path), "--db", str(reference), "--workers", "1")
    assert done.returncode == 0, done.stderr
    return path, store_of(reference)


def _cluster():
    """A local cluster of 2 worker processes, quiet, its dashboard on any free port."""
    return distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                    dashboard_address=":0", silence_logs=logging.ERROR)


def test_a_dask_cluster_stores_what_one_process_does(tmp_path, corpus):
    path, reference = corpus
    db = tmp_path / "dask.duckdb"
    result = newsevents("ingest", str(path), "--db", str(db), "--engine", "dask",
                        "--workers", "2")
    assert result.returncode == 0, result.stderr
    assert "stored 160 articles" in result.stderr
    assert store_of(db) == reference


def test_any_part_size_stores_what_one_process_does(tmp_path, corpus):
    """Parts of 7 lines on the cluster and jobs of 5 articles locally (160 articles: parts
    that end in the middle of a job of the reference) make the same store; a size out of
    range is a usage error."""
    path, reference = corpus
    for name, engine in (("dask", ["--engine", "dask", "--workers", "2", "--part-size", "7"]),
                         ("local", ["--workers", "2", "--part-size", "5"])):
        db = tmp_path / f"{name}.duckdb"
        result = newsevents("ingest", str(path), "--db", str(db), *engine)
        assert result.returncode == 0, result.stderr
        assert store_of(db) == reference, name
    for size in ("0", "10001"):
        refused = newsevents("ingest", str(path), "--db", str(tmp_path / "x.duckdb"),
                             "--part-size", size)
        assert refused.returncode == 2 and "--part-size" in refused.stderr
        assert not (tmp_path / "x.duckdb").exists()


def test_workers_read_mixed_inputs_into_the_store_a_local_run_makes(tmp_path):
    """Workers read JSONL blocks and HTML/text files themselves, the client the gzip file;
    bad inputs are failure rows; the store equals a local run's, and a rerun adds nothing."""
    folder = tmp_path / "mixed"
    (folder / "pages").mkdir(parents=True)
    lines = corpus_lines(44)
    write_jsonl(folder / "wire.jsonl", [*lines[:20], "{broken", *lines[20:40]])
    with gzip.open(folder / "more.jsonl.gz", "wt") as f:
        f.write("\n".join(json.dumps(line) for line in lines[40:]) + "\n")
    for i, line in enumerate(corpus_lines(50)[44:]):
        (folder / "pages" / f"p{i}.txt").write_text(line["text"].replace("edition", "page"))
    (folder / "pages" / "zz.html").write_bytes(b"\x00\x00 not a page")
    local, dask = tmp_path / "local.duckdb", tmp_path / "dask.duckdb"
    for db, engine in ((local, ["--workers", "1"]), (dask, ["--engine", "dask", "--workers", "2"])):
        result = newsevents("ingest", str(folder), "--db", str(db), *engine)
        assert result.returncode == 1, result.stderr  # the broken line and the binary page
        assert "stored 50 articles" in result.stderr
    assert store_of(dask) == store_of(local)
    again = newsevents("ingest", str(folder), "--db", str(dask), "--engine", "dask",
                       "--workers", "2")
    assert "stored 0 articles" in again.stderr and "50 already stored" in again.stderr
    assert store_of(dask) == store_of(local)


def test_a_model_that_is_not_installed_is_a_usage_error(tmp_path, corpus):
    """The error raised in loading the pipeline on a worker reaches the parent as itself:
    exit 2, one line, no traceback (the dashboard line aside)."""
    path, _ = corpus
    result = newsevents("ingest", str(path), "--db", str(tmp_path / "m.duckdb"),
                        "--engine", "dask", "--workers", "2", "--model", "no_such_spacy_model")
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert all(line.startswith("newsevents: ") for line in lines), result.stderr
    assert "no_such_spacy_model" in lines[-1]


def test_scheduler_without_the_dask_engine_is_a_usage_error(tmp_path, corpus):
    path, _ = corpus
    result = newsevents("ingest", str(path), "--db", str(tmp_path / "x.duckdb"),
                        "--scheduler", "tcp://127.0.0.1:8786")
    assert result.returncode == 2
    assert result.stderr.strip() == "newsevents: --scheduler needs --engine dask"


def _jobs_on_scheduler(dask_scheduler) -> tuple[int, int, dict[str, int]]:
    """Run on the scheduler: coding tasks finished, tasks rescheduled because their worker
    died, and the coding tasks each worker holds now."""
    prefixes = [dask_scheduler.task_prefixes.get(name)
                for name in ("code_partition", "code_on_worker")]
    prefixes = [prefix for prefix in prefixes if prefix is not None]
    if not prefixes:
        return 0, 0, {}
    done = suspicious = 0
    for prefix in prefixes:
        counts = prefix.state_counts
        done += counts.get("memory", 0) + counts.get("released", 0) + counts.get("forgotten", 0)
        suspicious += prefix.suspicious
    holding = {address: sum(1 for task in ws.processing if task.prefix in prefixes)
               for address, ws in dask_scheduler.workers.items()}
    return done, suspicious, holding


def _wait_for(condition, process: subprocess.Popen) -> None:
    while process.poll() is None and not condition():
        time.sleep(0.02)
    assert process.poll() is None, "the run ended before a worker could be killed"


def _busy_worker(client, process: subprocess.Popen) -> str:
    """The address of a worker coding a job of the running ingest."""
    while True:
        holding = client.run_on_scheduler(_jobs_on_scheduler)[2]
        busy = [address for address, jobs in holding.items() if jobs]
        if busy:
            return busy[0]
        assert process.poll() is None, "the run ended before a worker could be killed"
        time.sleep(0.02)


def test_a_worker_killed_mid_run_loses_nothing_and_codes_nothing_twice(tmp_path, corpus):
    """An ingest connected to a running cluster; after its first commit, a worker process that
    is coding a job is killed with SIGKILL: the job is recoded on the other worker (the nanny
    restarts the dead one) and the store equals the one-process store."""
    path, reference = corpus
    db = tmp_path / "killed.duckdb"
    with _cluster() as cluster, distributed.Client(cluster) as client:
        pids = client.run(os.getpid)
        process = subprocess.Popen(
            [sys.executable, "-m", "newsevents.cli", "ingest", str(path), "--db", str(db),
             "--engine", "dask", "--scheduler", cluster.scheduler_address],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        _wait_for(lambda: client.run_on_scheduler(_jobs_on_scheduler)[0] > 0, process)
        first_done = time.time()
        _wait_for(lambda: _wal_written_since(db, first_done), process)  # its commit
        os.kill(pids[_busy_worker(client, process)], signal.SIGKILL)
        _, stderr = process.communicate(timeout=120)
        rescheduled = client.run_on_scheduler(_jobs_on_scheduler)[1]
    assert process.returncode == 0, stderr
    assert "stored 160 articles" in stderr
    assert rescheduled >= 1  # the dead worker's job was coded again elsewhere
    assert store_of(db) == reference


def test_a_lost_scheduler_is_one_line_and_a_rerun_completes(tmp_path, corpus):
    """The scheduler process is killed after the ingest's first commit: the ingest ends
    with one line (no traceback, exit 2), what it wrote stays, and a rerun (here on the
    local engine) completes the store to the one-process store."""
    path, reference = corpus
    db = tmp_path / "lost.duckdb"
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    address = f"tcp://127.0.0.1:{port}"
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    scheduler = subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_scheduler",
                                  "--host", "127.0.0.1", "--port", str(port),
                                  "--dashboard-address", ":0"], **quiet)
    worker = subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_worker", address,
                               "--nthreads", "1", "--nworkers", "1"], **quiet)
    try:
        client = distributed.Client(address, timeout="30s")
        client.wait_for_workers(1, timeout=60)
        process = subprocess.Popen(
            [sys.executable, "-m", "newsevents.cli", "ingest", str(path), "--db", str(db),
             "--engine", "dask", "--scheduler", address],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

        def coded(dask_scheduler) -> int:  # nested: sent by value to the scheduler process
            prefix = dask_scheduler.task_prefixes.get("code_partition")
            counts = prefix.state_counts if prefix is not None else {}
            return counts.get("memory", 0) + counts.get("released", 0)

        _wait_for(lambda: client.run_on_scheduler(coded) > 0, process)
        first_done = time.time()
        _wait_for(lambda: _wal_written_since(db, first_done), process)  # its commit
        client.close(timeout=5)
        scheduler.kill()
        _, stderr = process.communicate(timeout=180)
    finally:
        for server in (worker, scheduler):
            server.kill()
            server.wait()
    assert process.returncode == 2, stderr
    assert "Traceback" not in stderr
    assert "[W001]" in stderr.strip().splitlines()[-1]
    rerun = newsevents("ingest", str(path), "--db", str(db), "--workers", "1")
    assert rerun.returncode == 0, rerun.stderr
    assert "already stored" in rerun.stderr
    assert store_of(db) == reference


def test_an_unreachable_scheduler_is_one_line(tmp_path, corpus):
    path, _ = corpus
    result = newsevents("ingest", str(path), "--db", str(tmp_path / "u.duckdb"), "--engine",
                        "dask", "--scheduler", "tcp://127.0.0.1:9")
    assert result.returncode == 2
    assert result.stderr.strip().startswith("newsevents: cannot start the Dask engine")
    assert "[W002]" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "u.duckdb").exists() or "articles" not in result.stderr


def _die(*args: object) -> None:
    """A task that kills the worker process running it, as a crash in native code would."""
    os.kill(os.getpid(), signal.SIGKILL)


def test_a_job_that_keeps_killing_workers_is_recorded_as_failed(tmp_path):
    """The job whose task kills every worker it runs on ends as failed, article by article;
    the jobs around it are coded, and the results come in job order."""
    from newsevents.dask_engine import DaskEngine

    path = write_jsonl(tmp_path / "feed.jsonl", corpus_lines(3))
    articles = list(read_inputs([str(path)]))
    jobs = [Job(n, [article]) for n, article in enumerate(articles)]

    class Poisoned(DaskEngine):
        def _submit(self, job: Job):
            if job.number == 1:
                return self._client.submit(_die, job.articles, pure=False)
            return super()._submit(job)

    engine = Poisoned(CoderOptions(), workers=2)
    engine.start()
    try:
        results = list(engine.map(jobs))
    finally:
        engine.close()
    assert [job.number for job, _ in results] == [0, 1, 2]
    (_, first), (_, poisoned), (_, last) = results
    assert [r["article"]["id"] for r in first.records + last.records] == ["a000", "a002"]
    assert poisoned.records == []
    assert [(a.id, reason) for a, reason in poisoned.failed] == [("a001", WORKER_DIED)]


def _worker_settings(dask_worker) -> tuple[str | None, bool, float]:
    """What a worker process runs with: the malloc trim variable, the profiler setting, its
    event loop's tick (ms)."""
    import dask

    return (os.environ.get("MALLOC_TRIM_THRESHOLD_"),
            dask.config.get("distributed.worker.profile.enabled"),
            dask_worker.periodic_callbacks["tick"].callback_time)


def test_the_local_cluster_keeps_freed_memory_and_does_not_profile(monkeypatch):
    """The engine's own cluster leaves glibc's trimming alone, has no stack profiler and
    ticks its event loops once a second (all cost coding time); the parent's own Dask
    settings are left as they were."""
    import dask

    from newsevents.dask_engine import DaskEngine

    # The clusters of earlier tests set the variable in this process (a nanny sets it in its
    # own environment before it spawns a worker), and a set variable is passed on: the
    # engine's setting is about a process that has none, as a fresh command is.
    monkeypatch.delenv("MALLOC_TRIM_THRESHOLD_", raising=False)

    before = dask.config.get("distributed.nanny.pre-spawn-environ")
    engine = DaskEngine(CoderOptions(), workers=2)
    engine.start()
    try:
        settings = engine._client.run(_worker_settings)
        scheduler = engine._cluster.scheduler.periodic_callbacks
        scheduler_ticks = (scheduler["tick"].callback_time, scheduler["monitor"].callback_time)
    finally:
        engine.close()
    assert len(settings) == 2
    assert set(settings.values()) == {(None, False, 1000)}
    assert scheduler_ticks == (1000, 5000)
    assert dask.config.get("distributed.admin.tick.interval") == "20ms"
    assert dask.config.get("distributed.nanny.pre-spawn-environ") == before


def _coders_built(dask_worker) -> int:
    from newsevents import dask_engine

    return len(dask_engine._CODERS)


def test_workers_load_the_pipeline_as_the_engine_starts():
    """Each worker builds its coder in the background as soon as the engine starts, before
    any job reaches it (the first parts are scanned meanwhile)."""
    from newsevents.dask_engine import DaskEngine

    engine = DaskEngine(CoderOptions(), workers=2)
    engine.start()
    try:
        deadline = time.monotonic() + 120
        built = engine._client.run(_coders_built)
        while set(built.values()) != {1} and time.monotonic() < deadline:
            time.sleep(0.5)
            built = engine._client.run(_coders_built)
    finally:
        engine.close()
    assert len(built) == 2 and set(built.values()) == {1}
