"""A bounded load test of ``newsevents serve`` on this machine: latency and errors of the
JSON API under concurrent requests, on a store of synthetic events.

    python bench/web_load.py [--events 100000] [--concurrency 200] [--rounds 3] [--code 20]
                             [--clients 8] [--workers 1]

It builds a store of ``--events`` synthetic events (``bench/ingest.py``'s, with places,
quad classes and coordinates filled in), starts ``newsevents serve`` on it (read-only, on
127.0.0.1 at a free port) and waits for its coding pipeline to load and its in-memory event
index to be built (``/api/stats``: ``coder`` and ``index``; ``--no-index`` serves without
the index, every query SQL), then sends, each phase at once and each request on a
connection of its own:

1. events, cold: ``--concurrency`` requests to ``GET /api/events``, each with filters and a
   page no request asked for before (event types, countries, actor names, words of the
   sentence, date ranges, offsets), so no result is cached; ``--rounds`` times;
2. events, repeated: the first round's requests again (the server caches results of a
   read-only store);
3. events, steady: ``2 x --concurrency`` new requests from ``--clients`` clients, each
   sending its next request when its last is answered (the latency of one request when
   the server is busy but not flooded, and the throughput);
4. coding: ``--code`` requests to ``POST /api/code`` at once (invented articles: the
   bundled examples, each made distinct), with ``--concurrency`` cold events requests
   alongside.

It prints, per phase, the number of requests, the errors (anything but 200, a refused or
dropped connection, or no answer within 120 s), the latency percentiles, measured from
sending the request to the last byte of the answer, and the requests answered per second.
Only 127.0.0.1 is contacted; every loop is bounded; the server is stopped at the end.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ingest import COUNTRIES, TYPES, synthetic_store  # noqa: E402

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "articles.jsonl"
HOST = "127.0.0.1"
TIMEOUT_S = 120.0
QUADS = {"AGREE": "verbal_cooperation", "CONSULT": "verbal_cooperation",
         "SUPPORT": "verbal_cooperation", "CONCEDE": "verbal_cooperation",
         "COOPERATE": "material_cooperation", "AID": "material_cooperation",
         "RETREAT": "material_cooperation", "REQUEST": "verbal_conflict",
         "ACCUSE": "verbal_conflict", "REJECT": "verbal_conflict",
         "THREATEN": "verbal_conflict"}


def build_store(path: Path, events: int) -> None:
    """The synthetic store, with what the web app shows filled in: each type's quad class,
    and a point for each place."""
    from newsevents.store import open_store

    synthetic_store(path, events)
    cases = " ".join(f"WHEN '{t}' THEN '{q}'" for t, q in QUADS.items())
    with open_store(path, write=True) as store, store.transaction():
        store.execute(f"UPDATE event_rows SET quad_code = CASE event_type {cases} "
                      "ELSE 'material_conflict' END, "
                      "latitude = ((geonames_id - 1000) % 120) - 50.0, "
                      "longitude = ((geonames_id - 1000) * 7 % 360) - 180.0, "
                      "place_country = 'XX', feature_type = 'PPL'")


def event_queries(n: int, seed: int) -> list[str]:
    """``n`` different ``/api/events`` requests, as a person filtering the browser makes."""
    rng = random.Random(seed)
    queries = []
    for _ in range(n):
        params: dict[str, Any] = {}
        choice = rng.random()
        if choice < 0.3:
            params["event"] = ",".join(rng.sample(TYPES, rng.randint(1, 3)))
        if rng.random() < 0.5:
            params["country"] = rng.choice(COUNTRIES)
        if rng.random() < 0.2:
            params["actor"] = f"Name {rng.randint(1, 996)}"
        if rng.random() < 0.15:
            params["text"] = f"sentence {rng.randint(1, 99999)}"
        if rng.random() < 0.4:
            year = rng.randint(2020, 2024)
            params["since"] = f"{year}-{rng.randint(1, 12):02d}-01"
            params["until"] = f"{year + rng.randint(0, 1)}-{rng.randint(1, 12):02d}-28"
        params["limit"] = rng.choice((20, 50, 100))
        params["offset"] = rng.choice((0, 0, 0, 50, 100, 500, rng.randint(0, 5000)))
        if rng.random() < 0.2:
            params["sort"] = "-date"
        queries.append("/api/events?" + urlencode(params))
    return queries


def articles(n: int) -> list[bytes]:
    """``n`` distinct invented articles (the bundled examples, each with a closing line of
    its own) as ``POST /api/code`` bodies."""
    base = [json.loads(line) for line in EXAMPLES.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    bodies = []
    for i in range(n):
        article = base[i % len(base)]
        text = f"{article['text']}\n\nThis report was updated {i + 1} times."
        bodies.append(json.dumps({"text": text, "title": article.get("title"),
                                  "published": article.get("published")}).encode())
    return bodies


async def send(port: int, method: str, path: str, body: bytes | None = None
               ) -> tuple[bool, float]:
    """One request on a connection of its own: (answered 200, seconds to the last byte)."""
    start = time.perf_counter()
    head = f"{method} {path} HTTP/1.1\r\nHost: {HOST}:{port}\r\nConnection: close\r\n"
    if body is not None:
        head += f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n"
    try:
        reader, writer = await asyncio.wait_for(asyncio.open_connection(HOST, port), TIMEOUT_S)
        writer.write(head.encode() + b"\r\n" + (body or b""))
        data = await asyncio.wait_for(reader.read(), TIMEOUT_S)
        writer.close()
        ok = data.startswith(b"HTTP/1.1 200 ")
    except (TimeoutError, OSError):
        ok = False
    return ok, time.perf_counter() - start


async def phase(port: int, requests: list[tuple[str, str, bytes | None]]
                ) -> list[tuple[str, bool, float]]:
    """Send all at once; (method, ok, seconds) of each."""
    results = await asyncio.gather(*(send(port, m, p, b) for m, p, b in requests))
    return [(m, ok, s) for (m, _, _), (ok, s) in zip(requests, results, strict=True)]


async def steady(port: int, paths: list[str], clients: int) -> list[tuple[str, bool, float]]:
    """``clients`` clients, each sending its next request when its last is answered."""
    todo = iter(paths)
    results: list[tuple[str, bool, float]] = []

    async def client() -> None:
        for path in todo:
            ok, seconds = await send(port, "GET", path)
            results.append(("GET", ok, seconds))

    await asyncio.gather(*(client() for _ in range(clients)))
    return results


def timed_phase(run: Any) -> tuple[list[tuple[str, bool, float]], float]:
    started = time.perf_counter()
    results = asyncio.run(run)
    return results, time.perf_counter() - started


def summary(name: str, results: list[tuple[str, bool, float]], wall: float | None = None
            ) -> dict[str, Any]:
    times = sorted(s * 1000 for _, _, s in results)
    errors = sum(not ok for _, ok, _ in results)

    def pct(p: float) -> float:
        return times[min(len(times) - 1, int(round(p / 100 * (len(times) - 1))))]

    row = {"phase": name, "requests": len(times), "errors": errors, "p50_ms": pct(50),
           "p90_ms": pct(90), "p99_ms": pct(99), "max_ms": times[-1],
           "mean_ms": statistics.fmean(times),
           "per_second": len(times) / wall if wall else None}
    rate = f"  {len(times) / wall:6.0f}/s" if wall else ""
    print(f"  {name:<40} {len(times):5d} requests  {errors:3d} errors  p50 {pct(50):7.1f} ms"
          f"  p90 {pct(90):7.1f}  p99 {pct(99):7.1f}  max {times[-1]:7.1f}{rate}")
    return row


def start_server(db: Path, log: Path, workers: int, index: bool
                 ) -> tuple[subprocess.Popen, int]:
    with socket.socket() as s:
        s.bind((HOST, 0))
        port = s.getsockname()[1]
    with log.open("w") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "newsevents.cli", "serve", "--db", str(db), "--port",
             str(port), "--log-level", "warning", "--workers", str(workers),
             *([] if index else ["--index-max-events", "0"])],
            stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"the server exited:\n{log.read_text()}")
        try:
            with urllib.request.urlopen(f"http://{HOST}:{port}/api/stats", timeout=5) as r:
                stats = json.load(r)
            if stats["coder"] == "ready" and stats["index"]["state"] not in (
                    "building", "rebuilding"):
                shown = {k: stats["index"][k] for k in ("state", "events", "bytes",
                                                         "built_seconds")}
                print(f"server ready; its event index: {shown}")
                return process, port
        except OSError:
            pass
        time.sleep(0.5)
    stop(process)
    raise SystemExit("the server did not come up in 300 s")


def stop(process: subprocess.Popen) -> None:
    process.send_signal(signal.SIGINT)
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)  # the group we started: server and coder
        process.wait()


def run(args: argparse.Namespace) -> list[dict[str, Any]]:
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "load.duckdb"
        started = time.perf_counter()
        build_store(db, args.events)
        print(f"store of {args.events:,} synthetic events built in "
              f"{time.perf_counter() - started:.0f} s; starting newsevents serve")
        process, port = start_server(db, Path(tmp) / "serve.log", args.workers,
                                     not args.no_index)
        try:
            queries = event_queries(args.concurrency * (args.rounds + 3), seed=7)
            cold: list[tuple[str, bool, float]] = []
            wall = 0.0
            for r in range(args.rounds):
                batch = queries[r * args.concurrency:(r + 1) * args.concurrency]
                results, seconds = timed_phase(phase(port, [("GET", q, None) for q in batch]))
                cold += results
                wall += seconds
            rows.append(summary(f"GET /api/events, {args.concurrency} at once, new", cold,
                                wall))
            again = [("GET", q, None) for q in queries[:args.concurrency]]
            rows.append(summary(f"GET /api/events, {args.concurrency} at once, repeated",
                                *timed_phase(phase(port, again))))
            fresh = queries[(args.rounds + 1) * args.concurrency:]
            rows.append(summary(f"GET /api/events, {args.clients} clients, new",
                                *timed_phase(steady(port, fresh, args.clients))))
            queries = queries[args.rounds * args.concurrency:(args.rounds + 1)
                              * args.concurrency]
            if args.code:
                mixed = [("POST", "/api/code", b) for b in articles(args.code)]
                mixed += [("GET", q, None) for q in queries]
                results = asyncio.run(phase(port, mixed))
                rows.append(summary(f"POST /api/code, {args.code} at once",
                                    [r for r in results if r[0] == "POST"]))
                rows.append(summary("GET /api/events meanwhile",
                                    [r for r in results if r[0] == "GET"]))
        finally:
            stop(process)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--concurrency", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--code", type=int, default=20)
    parser.add_argument("--workers", type=int, default=1,
                        help="server processes (newsevents serve --workers)")
    parser.add_argument("--clients", type=int, default=8,
                        help="clients of the steady phase, each waiting for its answer")
    parser.add_argument("--no-index", action="store_true",
                        help="serve without the in-memory event index (every query SQL)")
    parser.add_argument("--json", action="store_true", help="also print the figures as JSON")
    args = parser.parse_args()
    if not 1 <= args.concurrency <= 1000 or not 0 <= args.code <= 200 \
            or not 1 <= args.rounds <= 20 or not 1 <= args.clients <= 200 \
            or not 1 <= args.workers <= 8:
        parser.error("keep it bounded: --concurrency 1-1000, --code 0-200, --rounds 1-20, "
                     "--clients 1-200, --workers 1-8")
    rows = run(args)
    if args.json:
        print(json.dumps(rows))


if __name__ == "__main__":
    main()
