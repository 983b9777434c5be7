"""Shared fixtures: one real Coder (spaCy pipeline loaded once) for the whole test run."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def coder():
    from newsevents.coder import Coder

    return Coder()


@pytest.fixture(scope="session")
def examples_store(tmp_path_factory):
    """The bundled examples ingested once into a real DuckDB store, by the command line."""
    import subprocess
    import sys
    from pathlib import Path

    examples = Path(__file__).resolve().parent.parent / "examples"
    db = tmp_path_factory.mktemp("examples") / "examples.duckdb"
    result = subprocess.run(
        [sys.executable, "-m", "newsevents.cli", "ingest", str(examples / "articles.jsonl"),
         str(examples / "sanctions.html"), "--db", str(db), "--workers", "1"],
        capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    return db


@pytest.fixture(scope="session")
def postgres_server(tmp_path_factory):
    """A real PostgreSQL server (tests/pgserver.py) for the whole run. Yields a function that
    makes a new empty database and returns its URI: TCP
    (``postgresql://postgres:secret@127.0.0.1:PORT/NAME``) or, with ``socket=True``, the
    Unix socket (``postgresql://postgres@/NAME?host=FOLDER&port=PORT``)."""
    import itertools
    import shutil
    import tempfile
    from pathlib import Path

    from pgserver import running_postgres

    numbers = itertools.count(1)
    # Not under pytest's temporary folder: pytest makes its folders private to the user who
    # runs it, and the server runs as a user of its own when that is root.
    folder = Path(tempfile.mkdtemp(prefix="newsevents-pg-"))
    with running_postgres(folder) as server:

        def new_database(socket: bool = False) -> str:
            name = f"store{next(numbers)}"
            server.create_database(name)
            return server.uri(name, socket=socket)

        new_database.admin_uri = server.uri()  # type: ignore[attr-defined]
        yield new_database
    shutil.rmtree(folder, ignore_errors=True)
