"""A throwaway PostgreSQL server, for the benchmarks and the central-record tests (tests/central/conftest.py):
initdb + pg_ctl in a temporary folder on a free port, as the `postgres` user when run as root (PostgreSQL
refuses to run as root), stopped and deleted by `stop`."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path


def _pg_bin(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)
    return candidates[0] if candidates else None


class PostgresServer:
    """`durable`: fsync on, as a real server pays it (the benchmarks); off for tests, which only need a
    real server's behaviour. Raises RuntimeError naming what is missing or what failed."""

    def __init__(self, *, durable: bool = True, prefix: str = "fieldkit-pg-", database_prefix: str = "db_") -> None:
        initdb, pg_ctl = _pg_bin("initdb"), _pg_bin("pg_ctl")
        if not initdb or not pg_ctl:
            raise RuntimeError("PostgreSQL server binaries (initdb, pg_ctl) not found on PATH or in "
                               "/usr/lib/postgresql/*/bin: install the 'postgresql' package (see .ci/run)")
        self.pg_ctl, self.durable, self.database_prefix = pg_ctl, durable, database_prefix
        self.root = Path(tempfile.mkdtemp(prefix=prefix))
        self.data = self.root / "data"
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.as_user: list[str] = []
        if os.geteuid() == 0:
            self.as_user = ["runuser", "-u", "postgres", "--"]
            os.chmod(self.root, 0o755)
            shutil.chown(self.root, "postgres", "postgres")
        self._run([initdb, "-D", str(self.data), "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8",
                   *(() if durable else ("--no-sync",))])
        options = f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1" + ("" if durable else " -c fsync=off")
        self._run([pg_ctl, "-D", str(self.data), "-l", str(self.root / "server.log"), "-w", "-t", "60",
                   "-o", options, "start"])

    def _run(self, cmd: list[str]) -> None:
        done = subprocess.run(self.as_user + cmd, capture_output=True, text=True)
        if done.returncode != 0:
            log = self.root / "server.log"
            extra = log.read_text() if log.exists() else ""
            raise RuntimeError(f"{' '.join(cmd)} failed ({done.returncode}): {done.stderr}{done.stdout}{extra}")

    def dsn(self, database: str) -> str:
        return f"host=127.0.0.1 port={self.port} user=postgres dbname={database}"

    def new_database(self) -> str:
        """A new empty database; its name."""
        import psycopg

        name = self.database_prefix + uuid.uuid4().hex[:12]
        with psycopg.connect(self.dsn("postgres"), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return name

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def stop(self) -> None:
        try:  # a durable server is shut down cleanly; a test server need not be
            self._run([self.pg_ctl, "-D", str(self.data), "-m", "fast" if self.durable else "immediate", "-w", "stop"])
        finally:
            shutil.rmtree(self.root, ignore_errors=True)
