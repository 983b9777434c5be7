"""``newsevents store info|migrate``: what a store holds, and bringing an older one up to date.

    newsevents store info [--db TARGET] [--json]
    newsevents store migrate [--db TARGET]

``info`` opens the store read-only and prints its schema version, who made it, the rows of
every table and whether clusters are up to date. ``migrate`` brings a store made by an older
newsevents to this version's schema in one transaction (``ingest`` does the same when it opens
an older store); a store made by a newer newsevents is refused and left as it is.
"""

from __future__ import annotations

import argparse
import json
from typing import Any, TextIO

from ..errors import EXIT_USAGE, StoreError
from . import schema
from .db import DEFAULT_STORE, open_store


def add_parser(commands: Any) -> None:
    """The ``store`` command's arguments."""
    store = commands.add_parser("store", help="what a store holds; migrate an older one")
    store.set_defaults(handler=run)
    actions = store.add_subparsers(dest="action", required=True)
    info = actions.add_parser("info", help="schema version and rows per table")
    info.add_argument("--db", default=DEFAULT_STORE, metavar="TARGET")
    info.add_argument("--json", action="store_true", help="print the facts as JSON")
    migrate = actions.add_parser("migrate", help="bring an older store to this version")
    migrate.add_argument("--db", default=DEFAULT_STORE, metavar="TARGET")


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    try:
        if args.action == "migrate":
            with open_store(args.db, write=True) as store:
                print(f"{store.name}: store schema {store.meta('schema_version')}", file=out)
            return 0
        with open_store(args.db) as store:
            facts = {"store": store.name, "schema_version": int(store.meta("schema_version") or 0),
                     "created_by": store.meta("created_by"),
                     "created_at": store.meta("created_at"),
                     "clusters_up_to_date": store.meta("clusters_stale") != "1",
                     "tables": store.counts()}
    except StoreError as exc:
        print(f"newsevents: {exc}", file=err)
        return EXIT_USAGE
    if args.json:
        print(json.dumps(facts), file=out)
        return 0
    print(f"{facts['store']}: newsevents store, schema {facts['schema_version']} "
          f"(this version: {schema.SCHEMA_VERSION}), made by {facts['created_by']} "
          f"on {facts['created_at']}", file=out)
    for name, rows in facts["tables"].items():
        print(f"  {name:16} {rows:>12,}", file=out)
    if not facts["clusters_up_to_date"]:
        print("  clusters are out of date: the next ingest recomputes them", file=out)
    return 0
