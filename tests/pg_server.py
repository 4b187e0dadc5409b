"""A throwaway PostgreSQL server for the tests and benchmarks: Debian's own binaries,
``initdb`` in a temporary folder, ``pg_ctl`` on a loopback port, stopped and removed after.

PostgreSQL refuses to run as root; when the tests run as root (CI containers), the cluster
belongs to the ``postgres`` user that Debian's package creates, and commands run through
``runuser``. Nothing here is a mock: the tests talk to a real server over TCP.

Used by ``tests/conftest.py`` (the ``pg_server`` fixture, one server per test session) and by
``python -m benchmarks`` (the server benchmarks). Run the same locally with
``apt-get install postgresql`` (or any PostgreSQL 13+ whose ``initdb`` is on PATH or under
``/usr/lib/postgresql/*/bin``).
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

SUPERUSER = "corridor_test"


def bindir() -> Path | None:
    """Where initdb and pg_ctl are, or None when PostgreSQL is not installed."""
    env = os.environ.get("CORRIDOR_PG_BINDIR")
    if env:
        return Path(env)
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), reverse=True)
    if found:
        return Path(found[0]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).resolve().parent if initdb else None


def unavailable() -> str:
    """Why no server can be started here ('' when one can)."""
    if bindir() is None:
        return "PostgreSQL is not installed (apt-get install postgresql)"
    if os.geteuid() == 0 and shutil.which("runuser") is None:
        return "running as root without runuser"
    if os.geteuid() == 0:
        try:
            import pwd

            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root and there is no postgres user to own the cluster"
    return ""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Server:
    host: str
    port: int
    datadir: Path
    _as: list[str]

    def url(self, dbname: str = "postgres", user: str = SUPERUSER, password: str = "") -> str:
        auth = f"{user}:{password}@" if password else f"{user}@"
        return f"postgresql://{auth}{self.host}:{self.port}/{dbname}"

    def run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        """Run a PostgreSQL program of this installation as the cluster's owner."""
        program = str(bindir() / args[0])  # type: ignore[operator]
        return subprocess.run(
            [*self._as, program, *args[1:]], check=check, capture_output=True, text=True
        )

    def ctl(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return self.run("pg_ctl", "-D", str(self.datadir), "-w", *args, check=check)

    def restart(self) -> None:
        """Stop (fast: open sessions are ended) and start again, as an admin's restart.
        The server's output goes to its log: a server holding this process's pipes would
        keep ``subprocess.run`` waiting for ever."""
        self.ctl("-m", "fast", "stop")
        self.start()

    def start(self) -> None:
        log = str(self.datadir.parent / "server.log")
        self.ctl("-l", log, "-o", self._options(), "start")

    def _options(self) -> str:
        return f"-p {self.port} -c listen_addresses={self.host} -k {self.datadir}"

    def create_database(self, name: str) -> str:
        """A new empty database; returns its URL for the superuser."""
        import psycopg

        with psycopg.connect(self.url(), autocommit=True) as con:
            con.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)


@contextlib.contextmanager
def running() -> Iterator[Server]:
    """A fresh cluster on a free loopback port for the block; removed afterwards."""
    why = unavailable()
    if why:
        raise RuntimeError(why)
    root = Path(tempfile.mkdtemp(prefix="corridor-pg-"))
    datadir = root / "data"
    as_owner: list[str] = []
    if os.geteuid() == 0:
        as_owner = ["runuser", "-u", "postgres", "--"]
        shutil.chown(root, "postgres")
        os.chmod(root, 0o700)
    server = Server("127.0.0.1", _free_port(), datadir, as_owner)
    try:
        server.run(
            "initdb",
            "-D",
            str(datadir),
            "-U",
            SUPERUSER,
            "--auth=trust",
            "-E",
            "UTF8",
            "--locale=C",
            "--no-sync",
        )
        with open(datadir / "postgresql.conf", "a", encoding="utf-8") as conf:
            conf.write("fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n")
        server.start()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            with (
                contextlib.suppress(OSError),
                socket.create_connection((server.host, server.port), timeout=1),
            ):
                break
            time.sleep(0.1)
        yield server
    finally:
        server.ctl("-m", "immediate", "stop", check=False)
        shutil.rmtree(root, ignore_errors=True)
