"""``newsevents ingest`` as users run it: real subprocesses writing real DuckDB files.

The articles are our own inventions. Each test that needs a coded store builds it with the
command line; ``store_of`` reads a store's tables back for comparison.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from newsevents.store import open_store, schema

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

# Invented reports: each names actors, a place and a day so that events have all their parts.
REPORTS = [
    ("ZAGREB, May 4 - Croatian police detained nine football supporters on Sunday after "
     "clashes outside the stadium in Split, the interior ministry said."),
    ("NAIROBI, May 5 - Kenya and Tanzania signed an agreement on Monday to build a new border "
     "crossing at Namanga, officials from both governments said."),
    ("LIMA, May 6 - Thousands of teachers marched through central Lima on Tuesday to demand "
     "higher pay, and union leaders threatened a national strike."),
    ("ANKARA, May 7 - Turkish warplanes struck suspected militant positions in northern Iraq "
     "on Wednesday, the defence ministry said."),
    ("MANILA, May 8 - The Philippine foreign minister met his Japanese counterpart in Manila "
     "on Thursday to discuss maritime security."),
    ("ACCRA, May 9 - Ghana's government expelled two foreign diplomats on Friday, accusing them "
     "of interfering in the country's internal affairs."),
]
REPORTERS = ["Ana Ruiz", "Tom Berg", "Li Wen", "Sara Kohl", "Omar Faris", "Ida Lund",
             "Ken Mori", "Eva Novak"]


def corpus_lines(n: int) -> list[dict]:
    """``n`` distinct articles: the reports above, each copy signed by another reporter so
    that no two texts are the same."""
    lines = []
    for i in range(n):
        text = REPORTS[i % len(REPORTS)]
        reporter = REPORTERS[(i // len(REPORTS)) % len(REPORTERS)]
        lines.append({"id": f"a{i:03d}", "published": f"2025-05-{4 + i % 6:02d}",
                      "title": f"Report {i}", "source": "test wire",
                      "text": f"{text}\n\nReporting by {reporter}, edition {i}."})
    return lines


def write_jsonl(path: Path, lines: list[dict | str]) -> Path:
    with path.open("w", encoding="utf-8") as f:
        for line in lines:
            f.write((line if isinstance(line, str) else json.dumps(line)) + "\n")
    return path


def newsevents(*args: str, timeout: int = 600) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "newsevents.cli", *args],
                          capture_output=True, text=True, timeout=timeout)


def store_of(path: Path) -> dict[str, list[tuple]]:
    """Every table of a store, rows sorted, without the columns that record when."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        tables = {}
        for table in schema.TABLES:
            columns = [c for c in table.column_names if c not in ("coded_at", "time")]
            if table is schema.META:
                continue
            rows = con.execute(f"SELECT {', '.join(columns)} FROM {table.name}").fetchall()
            tables[table.name] = sorted(rows, key=repr)
        return tables
    finally:
        con.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def small_corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    write_jsonl(folder / "wire.jsonl", corpus_lines(8))
    return folder


def test_the_record_can_be_rebuilt_from_the_tables(examples_store):
    coded = newsevents("code", str(EXAMPLES / "articles.jsonl"), str(EXAMPLES / "sanctions.html"),
                       "--format", "jsonl")
    assert coded.returncode == 0, coded.stderr
    records = [json.loads(line) for line in coded.stdout.splitlines()]
    with open_store(examples_store) as store:
        for record in records:
            rebuilt = store.record(record["article"]["id"])
            assert json.loads(json.dumps(rebuilt)) == record


def test_a_second_run_stores_nothing_twice(examples_store, tmp_path):
    before = store_of(examples_store)
    again = newsevents("ingest", str(EXAMPLES), "--db", str(examples_store), "--workers", "1",
                       "--date", "2025-01-01")
    assert again.returncode == 0, again.stderr
    assert "stored 0 articles" in again.stderr
    assert store_of(examples_store) == before


def test_force_recodes_and_replaces(tmp_path, small_corpus):
    db = tmp_path / "s.duckdb"
    assert newsevents("ingest", str(small_corpus), "--db", str(db), "--workers", "1"
                      ).returncode == 0
    before = store_of(db)
    forced = newsevents("ingest", str(small_corpus), "--db", str(db), "--workers", "1", "--force")
    assert forced.returncode == 0, forced.stderr
    assert "stored 8 articles" in forced.stderr
    assert store_of(db) == before


def test_same_text_under_another_id_is_skipped(tmp_path):
    line = corpus_lines(1)[0]
    path = write_jsonl(tmp_path / "dup.jsonl", [line, {**line, "id": "copy"}])
    db = tmp_path / "d.duckdb"
    result = newsevents("ingest", str(path), "--db", str(db), "--workers", "1")
    assert result.returncode == 0, result.stderr
    assert "1 already stored" in result.stderr
    assert [r[0] for r in store_of(db)["articles"]] == ["a000"]


def test_every_bad_input_is_a_failure_row_and_the_rest_is_stored(tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    good = corpus_lines(3)
    write_jsonl(folder / "feed.jsonl", [
        good[0], "{not json", {"id": "no-text"},
        {"id": "de", "text": "Die Regierung hat am Montag in Berlin neue Gesetze beschlossen, "
                             "die von der Opposition scharf kritisiert wurden."},
        {**good[1], "published": "not a date"}, {**good[2], "published": "1900-02-29"}])
    (folder / "empty.txt").write_text("")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02binary" * 10)
    (folder / "latin.txt").write_bytes(b"Officials \x81\x8d said \x90 nothing \x9d" * 5)
    (folder / "huge.txt").write_bytes(b"word " * 500_000)
    with gzip.open(folder / "more.jsonl.gz", "wt") as f:
        f.write(json.dumps(corpus_lines(4)[3]) + "\n")
    db = tmp_path / "bad.duckdb"
    result = newsevents("ingest", str(folder), "--db", str(db), "--workers", "1")
    assert result.returncode == 1, result.stderr
    tables = store_of(db)
    stored = {row[0]: row for row in tables["articles"]}
    assert set(stored) == {"a000", "a001", "a002", "a003"}
    published = {row[0]: row[2] for row in tables["articles"]}
    assert published["a001"] is None and published["a002"] is None  # warned, coded, no date
    failures = {(Path(i).name, line): reason for i, line, reason in tables["failures"]}
    assert set(failures) == {("feed.jsonl", 2), ("feed.jsonl", 3), ("feed.jsonl", 4),
                             ("empty.txt", None), ("binary.txt", None), ("latin.txt", None),
                             ("huge.txt", None)}
    assert "malformed JSON" in failures[("feed.jsonl", 2)]
    assert "not English" in failures[("feed.jsonl", 4)]
    assert "too large" in failures[("huge.txt", None)]
    for line in result.stderr.splitlines():
        assert line.startswith("newsevents: "), line
    assert "Traceback" not in result.stderr
    # a rerun records each failure once, not twice
    again = newsevents("ingest", str(folder), "--db", str(db), "--workers", "1")
    assert again.returncode == 1
    assert store_of(db) == tables


def _wal_written_since(db: Path, since: float) -> bool:
    """True once the store's write-ahead log holds a commit made after ``since``."""
    wal = db.with_name(db.name + ".wal")
    try:
        stat = wal.stat()
    except FileNotFoundError:
        return False
    return stat.st_size > 0 and stat.st_mtime > since


def _kill_run(args: list[str], db: Path, delay: float, after_commit: bool) -> bool:
    """Run an ingest in its own process group and kill the whole group with SIGKILL ``delay``
    seconds after it starts, or after its first commit; True if it was killed, False if it
    had finished first."""
    started = time.time()
    process = subprocess.Popen([sys.executable, "-m", "newsevents.cli", *args],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               start_new_session=True)
    while after_commit and process.poll() is None and not _wal_written_since(db, started):
        time.sleep(0.02)
    try:
        process.wait(timeout=delay)
        return False
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        return True


def _stored(db: Path) -> int:
    if not db.exists():
        return 0
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute("SELECT count(*) FROM articles").fetchone()[0]
    finally:
        con.close()


def test_killed_runs_complete_to_the_same_store(tmp_path):
    """kill -9 of the whole process group at random points (while the pipeline loads, and
    between commits), then a rerun: the store equals an uninterrupted run's, table by table."""
    corpus = write_jsonl(tmp_path / "wire.jsonl", corpus_lines(150))
    reference = tmp_path / "reference.duckdb"
    done = newsevents("ingest", str(corpus), "--db", str(reference), "--workers", "1")
    assert done.returncode == 0, done.stderr
    killed = tmp_path / "killed.duckdb"
    rng = random.Random(20261206)
    partial = []
    for attempt in range(5):
        workers = "2" if attempt == 3 else "1"
        after_commit = attempt > 0
        delay = rng.uniform(0.0, 0.8) if after_commit else rng.uniform(0.5, 2.0)
        if _kill_run(["ingest", str(corpus), "--db", str(killed), "--workers", workers],
                     killed, delay, after_commit):
            partial.append(_stored(killed))
    assert any(0 < n < 150 for n in partial), partial  # kills hit runs mid-way
    final = newsevents("ingest", str(corpus), "--db", str(killed), "--workers", "1")
    assert final.returncode == 0, final.stderr
    assert store_of(killed) == store_of(reference)


def test_two_workers_store_what_one_does(tmp_path, small_corpus):
    one, two = tmp_path / "one.duckdb", tmp_path / "two.duckdb"
    assert newsevents("ingest", str(small_corpus), "--db", str(one), "--workers", "1"
                      ).returncode == 0
    result = newsevents("ingest", str(small_corpus), "--db", str(two), "--workers", "2")
    assert result.returncode == 0, result.stderr
    assert store_of(two) == store_of(one)


# --- stores that must not be touched ---------------------------------------------------------


def _refused(db: Path, *extra: str) -> str:
    result = newsevents("ingest", str(EXAMPLES / "summit.txt"), "--db", str(db), *extra)
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("newsevents: "), result.stderr
    return lines[0]


def test_a_corrupt_file_is_refused_and_left_alone(tmp_path):
    db = tmp_path / "corrupt.duckdb"
    db.write_bytes(os.urandom(20_000))
    before = digest(db)
    assert "not a DuckDB database" in _refused(db)
    assert digest(db) == before
    query = newsevents("query", "--db", str(db), "--count")
    assert query.returncode == 2 and "Traceback" not in query.stderr


def _database(path: Path, statement: str, copy_of: Path | None = None) -> Path:
    """A DuckDB file (a copy of ``copy_of``, or new) changed by one statement."""
    if copy_of is not None:
        path.write_bytes(copy_of.read_bytes())
    con = duckdb.connect(str(path))
    con.execute(statement)
    con.close()
    return path


def test_a_foreign_database_is_refused_and_left_alone(tmp_path):
    db = _database(tmp_path / "other.duckdb", "CREATE TABLE invoices (id INTEGER, total DOUBLE)")
    before = digest(db)
    assert "not a newsevents store" in _refused(db)
    assert digest(db) == before


def test_a_store_from_a_newer_version_is_refused(tmp_path, examples_store):
    db = _database(tmp_path / "newer.duckdb",
                   "UPDATE meta SET value = '99' WHERE key = 'schema_version'", examples_store)
    before = digest(db)
    assert "newer newsevents" in _refused(db)
    assert digest(db) == before


def test_a_store_locked_by_another_writer_is_refused(tmp_path, examples_store):
    db = tmp_path / "locked.duckdb"
    db.write_bytes(examples_store.read_bytes())
    holder = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); "
         "print('ready', flush=True); time.sleep(60)", str(db)],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        assert "locked by another process" in _refused(db)
    finally:
        holder.kill()
        holder.wait()


def test_usage_errors_exit_2(tmp_path):
    result = newsevents("ingest", str(EXAMPLES / "summit.txt"), "--db", str(tmp_path / "x.duckdb"),
                        "--workers", "0")
    assert result.returncode == 2
    missing = newsevents("ingest", str(EXAMPLES / "summit.txt"), "--db",
                         str(tmp_path / "no" / "such" / "x.duckdb"))
    assert missing.returncode == 2 and "does not exist" in missing.stderr


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_model_that_is_not_installed_is_a_usage_error(tmp_path, workers):
    result = newsevents("ingest", str(EXAMPLES / "summit.txt"), "--db", str(tmp_path / "m.duckdb"),
                        "--workers", workers, "--model", "no_such_spacy_model")
    assert result.returncode == 2, result.stderr
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("newsevents: ") and "no_such_spacy_model" in line


# --- in-process: a stage that raises ---------------------------------------------------------


def test_an_article_a_stage_fails_on_is_a_failure_row(tmp_path):
    from spacy.language import Language

    from newsevents.ingest import CoderOptions, Ingest, LocalEngine
    from newsevents.read import read_inputs

    @Language.component("test_explodes_on_marker")
    def explodes(doc):
        if "XYZZY" in doc.text:
            raise ValueError("marker found")
        return doc

    engine = LocalEngine(CoderOptions(), workers=1)
    engine.start()
    engine._coder.nlp.add_pipe("test_explodes_on_marker", last=True)
    lines = corpus_lines(3)
    lines[1]["text"] += " XYZZY"
    path = write_jsonl(tmp_path / "feed.jsonl", lines)
    with open_store(tmp_path / "t.duckdb", write=True, create=True) as store:
        summary = Ingest(store, engine).run(read_inputs([str(path)]))
        assert (summary.stored, summary.failed) == (2, 1)
        (failure,) = store.con.execute("SELECT input, line, reason FROM failures").fetchall()
        assert failure[1] == 2 and "marker found" in failure[2]
        assert store.record("a001") is None and store.record("a002") is not None



FULL_DISK = """
import resource, signal, sys
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails, as on a full disk
from newsevents.read import _identifier
_identifier()  # py3langid unpacks its model into a temporary file: before the limit
resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, {limit}))
import newsevents.ingest
newsevents.ingest.WRITE_ARTICLES = 16  # one job a transaction: some commit before it fills
from newsevents.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_a_full_disk_stops_the_run_cleanly_and_a_rerun_completes(tmp_path):
    """Files may not grow past 250 kB (the store's log fills up after some batches): the run
    stops with one line and exit 2, keeps what it committed, and a rerun completes it."""
    corpus = write_jsonl(tmp_path / "wire.jsonl", corpus_lines(120))
    reference = tmp_path / "reference.duckdb"
    assert newsevents("ingest", str(corpus), "--db", str(reference), "--workers", "1"
                      ).returncode == 0
    db = tmp_path / "full.duckdb"
    full = subprocess.run([sys.executable, "-c", FULL_DISK.format(limit=250_000), "ingest",
                           str(corpus), "--db", str(db), "--workers", "1"],
                          capture_output=True, text=True, timeout=600)
    assert full.returncode == 2, full.stderr
    (line,) = full.stderr.strip().splitlines()
    assert "write failed" in line and "File too large" in line
    assert 0 < _stored(db) < 120
    rerun = newsevents("ingest", str(corpus), "--db", str(db), "--workers", "1")
    assert rerun.returncode == 0, rerun.stderr
    assert store_of(db) == store_of(reference)
