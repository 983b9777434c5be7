"""Time ``recluster`` on a store of N synthetic events.

    python bench/clusters_scale.py [--n 1000000] [--seed 1] [--repeat 1]

Fills a temporary store with N events written straight into the tables through Arrow (no
coder): real-world events are drawn first (type, day, actor, recipient, place, mode), then
each is reported by 1 or more articles (2.5 on average) that each drop its actor, recipient
or place now and then, name its day or leave the publication day, and code a modality other
than asserted one time in seven; articles hold four events each. Participants are generic
agents (country and sector), named persons or organisations (Wikidata ids) and states, with
a few countries and names far more frequent than the rest, as in news. Prints the time of
``recluster`` (and of filling the store, for scale) and the clusters it made.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import numpy as np
import pyarrow as pa

from newsevents.cluster import recluster
from newsevents.store import open_store, schema

TYPES = ["ASSAULT", "CONSULT", "ACCUSE", "PROTEST", "COERCE", "REQUEST", "SUPPORT",
         "THREATEN", "AGREE", "COOPERATE", "SANCTION", "AID", "MOBILIZE", "REJECT", "RETREAT",
         "CONCEDE"]
TYPE_WEIGHTS = np.array([20, 14, 10, 8, 8, 7, 6, 5, 5, 4, 3, 3, 2, 2, 2, 1], float)
SECTORS = ["GOV", "MIL", "COP", "CVL", "REB", "OPP", "BUS", "MED", "JUD", "LEG"]
MODALITIES = ["asserted", "negated", "future", "hypothetical", "historical"]
MODES = [None, None, None, "firearms", "explosives", "heavy-weapons", "demo", "visit"]
N_COUNTRIES, N_NAMES, N_PLACES, DAYS = 200, 20_000, 20_000, 365
START = date(2024, 1, 1).toordinal()


def ranked(rng: np.random.Generator, size: int, n: int, offset: float) -> np.ndarray:
    """Indexes 0..n-1 with P(k) proportional to 1 / (k + offset): news is about a few
    countries, persons and places far more than the rest (offset 1: the first of 200 has
    17%; offset 5 for places: the first of 20,000 has 2%)."""
    weights = 1.0 / (np.arange(n) + offset)
    return rng.choice(n, size, p=weights / weights.sum())


def participants(rng: np.random.Generator, size: int, missing: float) -> dict[str, np.ndarray]:
    """One participant per event: kind (0 agent, 1 named, 2 state, -1 none), country,
    sector, name."""
    kind = rng.choice([0, 1, 2], size, p=[0.65, 0.25, 0.10])
    kind[rng.random(size) < missing] = -1
    return {"kind": kind, "country": ranked(rng, size, N_COUNTRIES, 1),
            "sector": rng.integers(0, len(SECTORS), size),
            "name": ranked(rng, size, N_NAMES, 3)}


def synthesize(n: int, seed: int) -> dict[str, pa.Table]:
    """The rows of every table the clustering reads, for ``n`` events."""
    rng = np.random.default_rng(seed)
    reports = rng.geometric(0.4, n)                       # reports per real event, mean 2.5
    real = int(np.searchsorted(np.cumsum(reports), n)) + 1
    of = np.repeat(np.arange(real), reports[:real])[:n]  # the real event of each report
    r_type = rng.choice(len(TYPES), real, p=TYPE_WEIGHTS / TYPE_WEIGHTS.sum())
    r_day = rng.integers(0, DAYS, real)
    r_place = np.where(rng.random(real) < 0.8, ranked(rng, real, N_PLACES, 5), -1)
    r_mode = rng.integers(0, len(MODES), real)
    actor, recipient = participants(rng, real, 0.05), participants(rng, real, 0.3)

    lag = rng.choice([0, 1, 2], n, p=[0.6, 0.3, 0.1])
    pub = r_day[of] + lag
    order = np.argsort(pub, kind="stable")              # articles: four reports of a day
    article = np.empty(n, np.int64)
    article[order] = np.arange(n) // 4
    position = np.empty(n, np.int64)                    # of the event in its article
    position[order] = np.arange(n) % 4
    n_articles = int(article.max()) + 1
    art_pub = np.zeros(n_articles, np.int64)
    np.maximum.at(art_pub, article, pub)
    named_day = rng.random(n) < 0.5
    day = np.where(named_day, r_day[of], art_pub[article])
    modality = rng.choice(len(MODALITIES), n, p=[0.86, 0.04, 0.05, 0.03, 0.02])
    place = np.where(rng.random(n) < 0.25, -1, r_place[of])
    mode = np.where(rng.random(n) < 0.3, 0, r_mode[of])

    event_ids = [f"ev{i:09d}" for i in range(n)]
    article_ids = [f"a{a:08d}" for a in article]
    tables = {"articles": _articles(n_articles, art_pub), "events": pa.table({
        "event_id": event_ids, "article_id": article_ids, "id": [f"V{i}" for i in range(n)],
        "n": pa.array(np.zeros(n, np.int32)),
        "event": pa.array(np.array(TYPES)[r_type[of]]),
        "mode": [MODES[m] for m in mode],
        "modality": pa.array(np.array(MODALITIES)[modality]),
        "date": [date.fromordinal(START + int(d)).isoformat() for d in day],
        "event_date": pa.array((day + START - date(1970, 1, 1).toordinal()).astype("int32"),
                               pa.date32()),
        "event_loc": [f"P{p}" if p >= 0 else None for p in place]})}
    tables["places"] = _places(rng, place, article_ids)
    refs = [_refs(rng, side, of, position, event_ids, article_ids, role)
            for side, role in ((actor, "actor"), (recipient, "recipient"))]
    tables["event_actors"] = pa.concat_tables([r[0] for r in refs])
    tables["entities"] = pa.concat_tables([r[1] for r in refs])
    return tables


def _articles(n: int, pub: np.ndarray) -> pa.Table:
    ids = [f"a{a:08d}" for a in range(n)]
    days = (pub + START - date(1970, 1, 1).toordinal()).astype("int32")
    return pa.table({
        "id": ids, "text": ids, "text_hash": ids, "publication_date": pa.array(days, pa.date32()),
        "published": [date.fromordinal(START + int(d)).isoformat() for d in pub],
        "n_events": pa.array(np.full(n, 4, np.int32)),
        "record_version": pa.array(["1"] * n), "coder_version": pa.array(["bench"] * n),
        "coded_at": pa.array([None] * n, pa.timestamp("us")).fill_null(0)})


def _places(rng: np.random.Generator, place: np.ndarray, article_ids: list[str]) -> pa.Table:
    """One place row per (article, place) used: points spread over the world, so that
    places of one country are not all within 50 km."""
    lat = rng.uniform(-50, 60, N_PLACES)
    lon = rng.uniform(-120, 150, N_PLACES)
    country = ranked(rng, N_PLACES, N_COUNTRIES, 1)
    seen = {(article_ids[i], int(p)) for i in np.flatnonzero(place >= 0) for p in [place[i]]}
    rows = sorted(seen)
    return pa.table({
        "article_id": [a for a, _ in rows], "id": [f"P{p}" for _, p in rows],
        "n": pa.array(np.zeros(len(rows), np.int32)), "name": [f"place {p}" for _, p in rows],
        "geonameid": pa.array([1_000_000 + p for _, p in rows], pa.int64()),
        "lat": [float(lat[p]) for _, p in rows], "lon": [float(lon[p]) for _, p in rows],
        "country_code": [f"C{country[p] % 100:02d}" for _, p in rows],
        "feature_code": pa.array(["PPL"] * len(rows))})


def _refs(rng: np.random.Generator, side: dict[str, np.ndarray], of: np.ndarray,
          position: np.ndarray, event_ids: list[str], article_ids: list[str], role: str
          ) -> tuple[pa.Table, pa.Table]:
    """event_actors and entities rows of one role; a report drops its participant 1 time in
    10, and a generic agent loses its country 1 time in 10. Entity ids are per article, as
    the coder's ("E1", "E2", ...)."""
    kind = side["kind"][of]
    keep = np.flatnonzero((kind >= 0) & (rng.random(len(of)) >= 0.1))
    no_country = rng.random(len(keep)) < 0.1
    kinds = np.array(["agent", "person", "state"])[kind[keep]]
    country = [None if (k == "agent" and lost) else f"K{c:03d}"
               for k, lost, c in zip(kinds, no_country, side["country"][of][keep], strict=True)]
    sector = np.array(SECTORS)[side["sector"][of][keep]]
    sector = np.where(kinds == "state", "GOV", sector)
    names = side["name"][of][keep]
    wikidata = [f"Q{q}" if k == "person" else None for k, q in zip(kinds, names, strict=True)]
    first = 1 if role == "actor" else 2
    entity = [f"E{2 * position[i] + first}" for i in keep]
    label = [f"name {q}" if k == "person" else k for k, q in zip(kinds, names, strict=True)]
    arts = [article_ids[i] for i in keep]
    refs = pa.table({
        "article_id": arts, "event_id": [event_ids[i] for i in keep],
        "role": pa.array([role] * len(keep)), "n": pa.array(np.zeros(len(keep), np.int32)),
        "entity": entity, "name": label, "wikidata": wikidata, "country": country,
        "sector": pa.array(sector)})
    entities = pa.table({
        "article_id": arts, "id": entity, "n": pa.array(np.zeros(len(keep), np.int32)),
        "name": label, "kind": pa.array(kinds), "wikidata": wikidata, "country": country,
        "sector": pa.array(sector)})
    return refs, entities


def fill(store, tables: dict[str, pa.Table]) -> None:
    """Insert the tables through Arrow, and the flat event table's rows where the store has
    one (the clustering copies cluster ids into it)."""
    con = store.con
    with store.transaction():
        for name, table in tables.items():
            con.register("_bench", table)
            con.execute(f"INSERT INTO {name} ({', '.join(table.column_names)}) "
                        "SELECT * FROM _bench")
            con.unregister("_bench")
        if "event_rows" in schema.TABLES_BY_NAME:
            con.execute("INSERT INTO event_rows (event_id, article_id, event_type, event_n) "
                        "SELECT event_id, article_id, event, n FROM events")
        store.set_meta("clusters_stale", "1")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1_000_000, help="events (default 1,000,000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=1, help="recluster this many times")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        tables = synthesize(args.n, args.seed)
        with open_store(Path(folder) / "bench.duckdb", write=True, create=True) as store:
            fill(store, tables)
            del tables
            print(f"filled a store with {args.n:,} events in "
                  f"{time.perf_counter() - started:.1f} s")
            for _ in range(args.repeat):
                started = time.perf_counter()
                summary = recluster(store)
                print(f"recluster: {time.perf_counter() - started:.1f} s ({summary})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
