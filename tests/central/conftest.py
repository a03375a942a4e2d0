"""A real, throwaway PostgreSQL server for the central-record tests, and central URLs for both backends.

The server (bench/pg_server.py, shared with the benchmarks) is started once per test session, without
fsync, and stopped and deleted at the end. Missing binaries fail the tests: they are never skipped.
"""

from __future__ import annotations

import pytest

from bench.pg_server import PostgresServer


@pytest.fixture(scope="session")
def postgres_server():
    try:
        server = PostgresServer(durable=False, database_prefix="central_")
    except RuntimeError as exc:
        pytest.fail(str(exc))  # never skipped: CI installs the server (.ci/run)
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def central_url(request, tmp_path) -> str:
    """An empty central record URL, once on a SQLite file and once on the real PostgreSQL server."""
    if request.param == "sqlite":
        return str(tmp_path / "central.sqlite")
    server = request.getfixturevalue("postgres_server")
    return server.url(server.new_database())
