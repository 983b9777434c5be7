"""Score event clustering on the labelled article set tests/data/clusters/articles.jsonl.

    python bench/clusters_eval.py [--articles PATH] [--pairs]

Codes the articles with the real Coder, stores them in a temporary store, reclusters, and
prints pairwise precision, recall and F1 of article pairs put together, for both methods.

Each article carries a gold ``event_key`` (the event it reports, plus ``also_reports`` for an
article that reports more than one) and the ``event_type`` of that event. Two articles are a
gold pair when their keys meet; a method puts them together when one of its clusters of the
article's event type holds events of both. An article none of whose events has its type is in
no predicted pair (a miss of the coder, counted against recall). Figures are given for all
the articles and for each ``set`` (``dev``: written with the rule; ``held-out``: after it).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from itertools import combinations
from pathlib import Path

from newsevents import Coder
from newsevents.cluster import METHODS, recluster
from newsevents.store import Stored, open_store

ARTICLES = Path(__file__).resolve().parent.parent / "tests/data/clusters/articles.jsonl"


def load(path: Path) -> list[dict]:
    """The labelled articles, one JSON object a line."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def gold_pairs(articles: list[dict]) -> set[tuple[str, str]]:
    """Pairs of article ids (sorted) that report a common event."""
    keys = {a["id"]: {a["event_key"], *a.get("also_reports", [])} for a in articles}
    return {tuple(sorted((x, y))) for x, y in combinations(keys, 2) if keys[x] & keys[y]}


def predicted_pairs(store, articles: list[dict], method: str) -> set[tuple[str, str]]:
    """Pairs of article ids that share a cluster of ``method`` of their main event type."""
    clusters: dict[str, set[str]] = {}
    for a in articles:
        rows = store.con.execute(
            "SELECT DISTINCT cm.cluster_id FROM cluster_members cm "
            "JOIN events e ON e.event_id = cm.event_id "
            "WHERE cm.method = ? AND e.article_id = ? AND e.event = ?",
            [method, a["id"], a["event_type"]]).fetchall()
        clusters[a["id"]] = {r[0] for r in rows}
    types = {a["id"]: a["event_type"] for a in articles}
    return {tuple(sorted((x, y))) for x, y in combinations(clusters, 2)
            if types[x] == types[y] and clusters[x] & clusters[y]}


def subsets(articles: list[dict]) -> list[tuple[str, list[dict]]]:
    """All the articles, then each ``set`` of them (dev, held-out) when there are several."""
    names = sorted({a.get("set", "all") for a in articles})
    out = [("all", articles)]
    if len(names) > 1:
        out += [(name, [a for a in articles if a.get("set") == name]) for name in names]
    return out


def score(gold: set, predicted: set) -> tuple[float, float, float]:
    """Pairwise precision, recall and F1."""
    hits = len(gold & predicted)
    precision = hits / len(predicted) if predicted else 1.0
    recall = hits / len(gold) if gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=Path, default=ARTICLES)
    parser.add_argument("--pairs", action="store_true", help="list wrong and missed pairs")
    args = parser.parse_args(argv)
    articles = load(args.articles)
    coder = Coder()
    records = [coder.code(a["text"], published=a["published"], title=a.get("title"),
                          id=a["id"], source=a.get("source")).to_dict() for a in articles]
    print(" ".join(["$ python bench/clusters_eval.py", *(sys.argv[1:] if argv is None else argv)]))
    print(f"{len(articles)} articles, {len(set(a['event_key'] for a in articles))} events, "
          f"{len(gold_pairs(articles))} gold pairs")
    with tempfile.TemporaryDirectory() as folder, \
            open_store(Path(folder) / "eval.duckdb", write=True, create=True) as store:
        store.write_batch([Stored(r, str(args.articles), n) for n, r in enumerate(records, 1)])
        print(f"recluster: {recluster(store)}")
        print(f"{'articles':<9} {'method':<10} {'gold':>4} {'found':>5} {'precision':>9} "
              f"{'recall':>6} {'F1':>5}")
        for subset in subsets(articles):
            for method in METHODS:
                gold = gold_pairs(subset[1])
                predicted = predicted_pairs(store, subset[1], method)
                precision, recall, f1 = score(gold, predicted)
                print(f"{subset[0]:<9} {method:<10} {len(gold):>4} {len(predicted):>5} "
                      f"{precision:>9.3f} {recall:>6.3f} {f1:>5.3f}")
                if args.pairs and subset[0] == "all":
                    for pair in sorted(predicted - gold):
                        print(f"    wrong  {pair[0]} + {pair[1]}")
                    for pair in sorted(gold - predicted):
                        print(f"    missed {pair[0]} + {pair[1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
