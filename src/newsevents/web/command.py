"""``newsevents serve``: the web app and its API over a store, under uvicorn.

    newsevents serve [--db TARGET] [--host 127.0.0.1] [--port 8000] [--write]
                     [--token TOKEN] [--model NAME] [--workers N] [--coders N]
                     [--index-max-events N]

The store is opened read-only unless ``--write`` is given (then ``POST /api/code`` may store
articles, and this process is the store's one writer while it runs). ``--token`` (or the
environment variable ``NEWSEVENTS_TOKEN``) is then required to store. On a loopback address
(the default) only requests addressed to a loopback name are answered. The pipeline loads
in a worker process in the background: pages and queries answer at once, the first coding
waits for it. ``--workers N`` runs N server processes on the same port (a read-only store
only: DuckDB lets several processes read a file, one write it), each with its own coder
(and its own event index). ``GET /api/events`` answers from an in-memory index of the
events, built in the background at start (SQL answers until it is ready), up to
``--index-max-events`` events (see :mod:`newsevents.web.index`).
Exit status 0 when stopped with Ctrl-C, 2 on a usage or store error.
"""

from __future__ import annotations

import argparse
import ipaddress
import os
from typing import Any, TextIO

from ..errors import NewseventsError
from ..store.db import DEFAULT_STORE, open_store

TOKEN_VARIABLE = "NEWSEVENTS_TOKEN"
EXIT_OK, EXIT_USAGE = 0, 2


def add_parser(commands: Any) -> None:
    """The ``serve`` command's arguments."""
    serve = commands.add_parser("serve", help="web app and REST API over a store")
    serve.set_defaults(handler=run)
    serve.add_argument("--db", default=DEFAULT_STORE, metavar="TARGET",
                       help=f"store file or postgresql:// URL (default {DEFAULT_STORE})")
    serve.add_argument("--host", default="127.0.0.1",
                       help="address to listen on (default 127.0.0.1: this machine only)")
    serve.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    serve.add_argument("--write", action="store_true",
                       help="open the store for writing so that POST /api/code can store "
                            "articles (creates the store if missing)")
    serve.add_argument("--token", default=None,
                       help=f"token that storing requires (default: ${TOKEN_VARIABLE})")
    serve.add_argument("--model", default=None, help="spaCy pipeline to code with")
    serve.add_argument("--workers", type=int, default=1, metavar="N",
                       help="server processes answering requests (read-only stores; "
                            "default 1); each has its own coder")
    serve.add_argument("--coders", type=int, default=1, metavar="N",
                       help="processes coding POST /api/code articles, each with its own "
                            "pipeline (default 1: the other cores answer queries)")
    serve.add_argument("--max-pending", type=int, default=32, metavar="N",
                       help="articles that may wait for the coder before 503 (default 32)")
    serve.add_argument("--index-max-events", type=int, default=None, metavar="N",
                       help="keep an in-memory index of the events for GET /api/events up "
                            "to N events (default 200,000; about 2 KB each for news; 0: "
                            "none, every query is SQL)")
    serve.add_argument("--log-level", default="info",
                       choices=("critical", "error", "warning", "info", "debug"))


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def show_logs(err: TextIO, level: str) -> None:
    """The app's own messages (reclustering, a coder that failed) on standard error."""
    import logging

    handler = logging.StreamHandler(err)
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger = logging.getLogger("newsevents.web")
    logger.addHandler(handler)
    logger.setLevel(level.upper())
    logger.propagate = False


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Serve until interrupted."""
    try:
        import uvicorn

        from ..store.db import redact
        from .app import SETTINGS_VARIABLE, create_app
        from .backend import LOOPBACK_HOSTS, Settings
    except ImportError as exc:
        print(f"newsevents: serve needs the web extra: pip install 'newsevents[web]' ({exc})",
              file=err)
        return EXIT_USAGE
    if args.workers > 1 and args.write:
        print("newsevents: --workers needs a read-only server: one process writes the store",
              file=err)
        return EXIT_USAGE
    token = args.token or os.environ.get(TOKEN_VARIABLE) or None
    loopback = is_loopback(args.host)
    if token and not args.write:
        print("newsevents: warning: --token only guards storing, which needs --write",
              file=err)
    if args.write and not token and not loopback:
        print(f"newsevents: warning: anyone who reaches {args.host} may store articles; "
              f"set --token or ${TOKEN_VARIABLE}", file=err)
    settings = Settings(db=args.db, write=args.write, token=token, model=args.model,
                        max_pending=args.max_pending, coders=args.coders,
                        allowed_hosts=LOOPBACK_HOSTS if loopback else None)
    if args.index_max_events is not None:
        settings.index_max_events = max(args.index_max_events, 0)
    try:  # open it once now: a bad store is one line and exit status 2, not a traceback
        open_store(args.db, write=args.write, create=args.write,
                   sandbox=not args.write).close()
    except NewseventsError as exc:
        print(f"newsevents: {exc}", file=err)
        return EXIT_USAGE
    show_logs(err, args.log_level)
    shown = f"[{args.host}]" if ":" in args.host else args.host
    mode = "writable" if args.write else "read-only"
    workers = f", {args.workers} worker processes" if args.workers > 1 else ""
    print(f"newsevents: serving {redact(args.db)} ({mode}{workers}) on "
          f"http://{shown}:{args.port}/", file=err)
    options = {"host": args.host, "port": args.port, "log_level": args.log_level,
               "server_header": False, "proxy_headers": False}
    try:
        if args.workers > 1:  # each worker process builds the app from the settings
            os.environ[SETTINGS_VARIABLE] = settings.to_json()
            os.environ["NEWSEVENTS_WEB_LOG_LEVEL"] = args.log_level
            uvicorn.run("newsevents.web.app:app_from_environment", factory=True,
                        workers=args.workers, **options)
        else:
            uvicorn.run(create_app(settings), **options)
    except SystemExit as exc:  # uvicorn exits when it cannot listen (port taken)
        return EXIT_USAGE if exc.code else EXIT_OK
    return EXIT_OK
