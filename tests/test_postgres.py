"""A PostgreSQL store behaves as a DuckDB store: a real server (``postgres_server`` in
conftest.py) and the real command line. The articles are our own inventions (test_ingest)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from test_ingest import EXAMPLES, corpus_lines, newsevents, write_jsonl

from newsevents.store import open_store, schema
from newsevents.store.db import Stored
from newsevents.store.rows import text_hash

CLUSTERED = Path(__file__).resolve().parent / "data" / "clusters" / "articles.jsonl"
VOLATILE = ("coded_at", "time")


def tables_of(target: str | Path) -> dict[str, list[tuple]]:
    """Every table of a store through its own backend, rows sorted, without the columns
    that record when."""
    with open_store(target) as store:
        tables = {}
        for table in schema.TABLES:
            if table is schema.META:
                continue
            columns = [c for c in table.column_names if c not in VOLATILE]
            rows = store.fetch(f"SELECT {', '.join(columns)} FROM {table.name}")[1]
            tables[table.name] = sorted(rows, key=repr)
        return tables


def ingest(target: str | Path, *paths: Path, workers: str = "1"
           ) -> subprocess.CompletedProcess[str]:
    result = newsevents("ingest", *map(str, paths), "--db", str(target), "--workers", workers)
    assert result.returncode == 0, result.stderr
    return result


@pytest.fixture(scope="module")
def twin_stores(tmp_path_factory, postgres_server) -> tuple[Path, str]:
    """The same inputs ingested into a DuckDB file and into a PostgreSQL database."""
    duck = tmp_path_factory.mktemp("twin") / "twin.duckdb"
    server = postgres_server()
    for target in (duck, server):
        ingest(target, CLUSTERED, EXAMPLES / "articles.jsonl")
    return duck, server


def test_postgres_stores_what_duckdb_stores(twin_stores):
    duck, server = twin_stores
    expected, found = tables_of(duck), tables_of(server)
    assert found["articles"] and found["events"] and found["clusters"]
    assert any(row for row in found["clusters"] if row[6] > 1)  # n_articles: merged reports
    for name in expected:
        assert found[name] == expected[name], name


def test_records_rebuilt_from_postgres_are_the_records_coded(twin_stores):
    duck, server = twin_stores
    with open_store(duck) as a, open_store(server) as b:
        ids = [r[0] for r in a.fetch("SELECT id FROM articles ORDER BY id")[1]]
        assert ids
        for article_id in ids:
            assert b.record(article_id) == a.record(article_id)


@pytest.mark.parametrize("args", [
    ["--event", "ASSAULT,COERCE"], ["--country", "RUS"], ["--text", "troops"],
    ["--since", "2024-01-01", "--until", "2030-12-31"], ["--count"], ["--clusters"],
    ["--actor", "police"],
])
def test_queries_answer_the_same_on_both(twin_stores, args):
    duck, server = twin_stores
    answers = []
    for target in (duck, server):
        result = newsevents("query", "--db", str(target), *args, "--format", "jsonl")
        assert result.returncode == 0, result.stderr
        answers.append(result.stdout)
    assert answers[0] == answers[1]
    assert answers[0].strip()


def test_exports_are_the_same_files(twin_stores, tmp_path):
    duck, server = twin_stores
    for target, out in ((duck, tmp_path / "duck"), (server, tmp_path / "pg")):
        result = newsevents("export", "--db", str(target), "--out", str(out))
        assert result.returncode == 0, result.stderr
    for name in ("events", "articles", "entities", "places", "clusters", "failures"):
        a = pq.read_table(tmp_path / "duck" / f"{name}.parquet")
        b = pq.read_table(tmp_path / "pg" / f"{name}.parquet")
        # names and types; DuckDB marks a column "not null" when it saw no null in it
        assert [(f.name, f.type) for f in a.schema] == [(f.name, f.type) for f in b.schema]
        keep = [c for c in a.column_names if c not in VOLATILE]
        assert a.select(keep).to_pylist() == b.select(keep).to_pylist(), name


def test_month_partitions_from_postgres(twin_stores, tmp_path):
    _, server = twin_stores
    result = newsevents("export", "--db", server, "--out", str(tmp_path), "--partition", "month")
    assert result.returncode == 0, result.stderr
    parts = sorted(p.relative_to(tmp_path / "events").parts[:2]
                   for p in (tmp_path / "events").rglob("*.parquet"))
    assert parts and all(y.startswith("year=") and m.startswith("month=") for y, m in parts)


def test_a_dask_cluster_ingests_into_postgres_what_one_process_stores(twin_stores,
                                                                     postgres_server):
    duck, _ = twin_stores
    server = postgres_server()
    ingest(server, CLUSTERED, EXAMPLES / "articles.jsonl", workers="2")  # local pool first
    dask = postgres_server()
    result = newsevents("ingest", str(CLUSTERED), str(EXAMPLES / "articles.jsonl"), "--db",
                        dask, "--engine", "dask", "--workers", "2")
    assert result.returncode == 0, result.stderr
    expected = tables_of(duck)
    for target in (server, dask):
        assert tables_of(target) == expected


def test_a_killed_ingest_is_completed_by_a_rerun(postgres_server, tmp_path):
    """kill -9 of the whole process group after its first commit (seen from another
    connection: PostgreSQL lets readers in while an ingest writes), then a rerun."""
    corpus = write_jsonl(tmp_path / "wire.jsonl", corpus_lines(120))
    reference = tmp_path / "reference.duckdb"
    ingest(reference, corpus)
    server = postgres_server()
    process = subprocess.Popen([sys.executable, "-m", "newsevents.cli", "ingest", str(corpus),
                                "--db", server, "--workers", "1"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               start_new_session=True)
    stored = 0
    while process.poll() is None and stored == 0:
        time.sleep(0.05)
        stored = _articles(server)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    assert 0 < _articles(server) < 120
    ingest(server, corpus)
    assert tables_of(server) == tables_of(reference)


def test_a_server_that_goes_away_mid_ingest_is_one_line(tmp_path):
    """The database server crashes (stopped in 'immediate' mode) after the ingest's first
    commit: the ingest ends with one line and exit 2, no traceback."""
    from pgserver import running_postgres

    corpus = write_jsonl(tmp_path / "wire.jsonl", corpus_lines(120))
    with running_postgres(tmp_path / "own") as server:
        url = server.create_database("crash")
        process = subprocess.Popen([sys.executable, "-m", "newsevents.cli", "ingest",
                                    str(corpus), "--db", url, "--workers", "1"],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                   text=True)
        while process.poll() is None and _articles(url) == 0:
            time.sleep(0.05)
        server.stop("immediate")
        _, stderr = process.communicate(timeout=120)
    assert process.returncode == 2, stderr
    (line,) = stderr.strip().splitlines()
    assert line.startswith("newsevents: postgresql://postgres:***@") and "[S00" in line


def _articles(url: str) -> int:
    import psycopg

    with psycopg.connect(url) as con:
        if con.execute("SELECT to_regclass('articles')").fetchone()[0] is None:
            return 0
        return con.execute("SELECT count(*) FROM articles").fetchone()[0]


def test_a_second_run_stores_nothing_twice(twin_stores):
    _, server = twin_stores
    before = tables_of(server)
    result = ingest(server, CLUSTERED)
    assert "stored 0 articles" in result.stderr and "already stored" in result.stderr
    assert tables_of(server) == before


def test_user_sql_is_read_only(twin_stores):
    _, server = twin_stores
    ok = newsevents("query", "--db", server, "--sql",
                    "SELECT event_type, count(*) AS n FROM events_flat GROUP BY 1 ORDER BY 1",
                    "--format", "json")
    assert ok.returncode == 0, ok.stderr
    assert json.loads(ok.stdout)
    refused = [
        "DELETE FROM articles",
        "WITH gone AS (DELETE FROM articles RETURNING id) SELECT count(*) FROM gone",
        "SELECT 1; DELETE FROM articles",
        "SET TRANSACTION READ WRITE",
        "CREATE TABLE notes (body text)",
        "SELECT nextval('no_such_sequence')",
    ]
    for sql in refused:
        result = newsevents("query", "--db", server, "--sql", sql)
        assert result.returncode == 2, sql
        assert "[S006]" in result.stderr and len(result.stderr.strip().splitlines()) == 1, sql
    assert tables_of(server)["articles"]


def test_a_store_opened_for_reading_cannot_write(twin_stores):
    _, server = twin_stores
    with open_store(server) as store, pytest.raises(Exception) as caught:
        store.execute("DELETE FROM failures")
    assert "read-only" in str(caught.value)


def test_an_article_stored_meanwhile_by_another_writer_is_left_out(postgres_server):
    """Two writers that both found an article missing: the second leaves it out (the
    writers' lock, then a second look inside the transaction), and nothing fails."""
    server = postgres_server()
    record = _small_record("w1", "A ferry service between two islands resumed on Monday.")
    twin = _small_record("w2", "A ferry service between two islands resumed on Monday.")
    with open_store(server, write=True, create=True) as first, \
            open_store(server, write=True) as second:
        assert second.known(["w1"], [text_hash(record["article"]["text"])]) == (set(), set())
        assert len(first.write_batch([Stored(record, "a.jsonl", 1)])) == 1
        assert second.write_batch([Stored(twin, "b.jsonl", 1)]) == []
        assert second.counts()["articles"] == 1


def test_two_ingests_at_the_same_time_store_each_article_once(postgres_server, tmp_path):
    """Two processes ingest overlapping inputs into one database at once: every article is
    stored once, and their summaries add up to the articles there are."""
    lines = corpus_lines(40)
    left = write_jsonl(tmp_path / "left.jsonl", lines[:30])
    # the right input shares 20 articles, 10 of them under other ids (the same texts)
    shared = [dict(line, id=f"copy-{line['id']}") if i % 2 else line
              for i, line in enumerate(lines[10:30])]
    right = write_jsonl(tmp_path / "right.jsonl", shared + lines[30:])
    server = postgres_server(socket=True)
    results: list[subprocess.CompletedProcess[str]] = []

    def run(path: Path) -> None:
        results.append(subprocess.run(
            [sys.executable, "-m", "newsevents.cli", "ingest", str(path), "--db", server,
             "--workers", "1"], capture_output=True, text=True, timeout=600))

    threads = [threading.Thread(target=run, args=(p,)) for p in (left, right)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(r.returncode == 0 for r in results), [r.stderr for r in results]
    tables = tables_of(server)
    texts = [row[6] for row in tables["articles"]]
    assert len(texts) == len(set(texts)) == 40
    stored = sum(int(r.stderr.split("stored ")[1].split()[0]) for r in results)
    assert stored == 40
    reference = tmp_path / "one.duckdb"
    ingest(reference, left, right)
    assert len(tables["events"]) == len(tables_of(reference)["events"])


def test_bad_targets_are_one_line_errors(postgres_server, tmp_path):
    admin = postgres_server.admin_uri
    port = admin.split(":")[2].split("/")[0]
    cases = {
        f"postgresql://postgres:hunter2@127.0.0.1:{port}/no_such_db": "S009",
        "postgresql://postgres:hunter2@127.0.0.1:1/x": "S009",
        "postgresql://postgres@127.0.0.1:1/x?password=hunter2&sslmode=disable": "S009",
        f"postgresql://postgres@/x?host={tmp_path}": "S009",
    }
    for url, code in cases.items():
        result = newsevents("query", "--db", url, "--count")
        assert result.returncode == 2, url
        assert f"[{code}]" in result.stderr and len(result.stderr.strip().splitlines()) == 1
        assert "hunter2" not in result.stderr
    empty = postgres_server()
    result = newsevents("query", "--db", empty, "--count")
    assert result.returncode == 2 and "[S004]" in result.stderr
    foreign = postgres_server()
    import psycopg

    with psycopg.connect(foreign, autocommit=True) as con:
        con.execute("CREATE TABLE invoices (id int)")
    result = newsevents("ingest", str(EXAMPLES / "articles.jsonl"), "--db", foreign)
    assert result.returncode == 2 and "[S004]" in result.stderr
    with psycopg.connect(foreign, autocommit=True) as con:
        assert con.execute("SELECT count(*) FROM information_schema.tables "
                           "WHERE table_schema = 'public'").fetchone() == (1,)


def _small_record(article_id: str, text: str) -> dict:
    return {"schema_version": "1",
            "article": {"id": article_id, "title": None, "published": "2025-03-03",
                        "url": None, "source": None, "language": "en", "text": text},
            "entities": [], "places": [], "times": [], "quotes": [], "events": []}
