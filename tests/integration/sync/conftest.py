"""Sync tests run against the real server process on a free loopback port.

``server`` is one server per backend for the whole session (each test makes its own reps and
accounts, so tests do not see each other's data), parametrized over SQLite and PostgreSQL:
every test that uses it runs on both. The PostgreSQL variant runs on the session's throwaway
cluster (``postgres_url`` in tests/conftest.py: skipped without PostgreSQL, a failure in CI).
``sqlite_server`` is the SQLite one alone, for tests that read or damage the server's SQLite
file or that check client-side behaviour only (the CLI, the speed of applying a pull).

``own_server`` is a fresh SQLite server for tests that stop, restore and restart it;
``fresh_server`` a fresh one on each backend (a new PostgreSQL database on the cluster).
Passwords never reach a real keyring: every test runs with an in-memory keyring backend.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.integration.sync.helpers import (
    MemoryKeyring,
    Server,
    memory_keyring_installed,
    new_postgres_database,
    running_server,
)

BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """An empty in-memory keyring for each test (the previous backend is put back)."""
    with memory_keyring_installed() as backend:
        yield backend


def _database(request: pytest.FixtureRequest) -> str | None:
    """None for SQLite (a file in the server's directory), else a new PostgreSQL database."""
    if request.param == "sqlite":
        return None
    return new_postgres_database(request.getfixturevalue("postgres_url"))


@pytest.fixture(scope="session")
def sqlite_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """The SQLite sync server shared by the session's tests."""
    with running_server(tmp_path_factory.mktemp("server-sqlite")) as srv:
        yield srv


@pytest.fixture(scope="session", params=BACKENDS)
def server(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Server]:
    """The sync server shared by the session's tests, on each backend."""
    if request.param == "sqlite":
        yield request.getfixturevalue("sqlite_server")
        return
    root = tmp_path_factory.mktemp(f"server-{request.param}")
    with running_server(root, _database(request)) as srv:
        yield srv


@pytest.fixture
def own_server(tmp_path: Path) -> Iterator[Server]:
    """A SQLite sync server of this test alone (it may stop, restore and restart it)."""
    with running_server(tmp_path / "server") as srv:
        yield srv


@pytest.fixture(params=BACKENDS)
def fresh_server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Server]:
    """A sync server of this test alone, on each backend (it may kill and restart it)."""
    with running_server(tmp_path / "server", _database(request)) as srv:
        yield srv
