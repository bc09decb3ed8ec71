"""The server under test: a real ``python -m server serve`` process on loopback.

Every test runs once on SQLite and once on PostgreSQL. The PostgreSQL variant starts a
throwaway cluster (``initdb`` in a temp dir, its own port, ``fsync=off``); without the
PostgreSQL binaries it is skipped — except under CI (``CI`` set), where that is a failure so
a CI image cannot silently lose these tests (``postgres_url`` in tests/conftest.py).

One server per backend serves the whole session; tests isolate themselves by making their
own reps and accounts (:func:`Harness.rep`).
"""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, text

from server import admin, auth
from server.db import open_engine
from server.loadgen import ServerProcess, SyncClient, start_server
from server.settings import Settings, load_settings

PASSWORD = "correct horse battery"
_numbers = itertools.count(1)


def unique(prefix: str) -> str:
    """A name no other test uses."""
    return f"{prefix}{next(_numbers)}x{uuid.uuid4().hex[:6]}"


@dataclass
class Harness:
    """A running server plus direct access to its database for set-up and inspection."""

    server: ServerProcess
    engine: Engine
    backend: str
    _shared: tuple[str, SyncClient] | None = None

    @property
    def url(self) -> str:
        """The server's base URL."""
        return self.server.url

    def client(self) -> SyncClient:
        """A client with no token."""
        return SyncClient(self.url)

    def rep(self, password: str = PASSWORD) -> tuple[str, SyncClient]:
        """A new rep, logged in: (login, client)."""
        login = unique("rep")
        admin.add_rep(self.engine, login, f"代表{login[-4:]}", password)
        client = self.client()
        client.login(login, password)
        return login, client

    def rep_cached(self) -> tuple[str, SyncClient]:
        """One rep shared by the calls that need just any valid token (fuzzing)."""
        if self._shared is None:
            self._shared = self.rep()
        return self._shared

    def sql(self, statement: str, **params: Any) -> list[Any]:
        """Run SQL on the server's database (committed); returns the rows, if any."""
        with self.engine.begin() as conn:
            result = conn.execute(text(statement), params)
            return list(result.all()) if result.returns_rows else []


# Cheap password hashing: the tests log in hundreds of times (production keeps the defaults).
FAST_HASHING = {"REPDESK_SERVER_ARGON2_TIME_COST": "1", "REPDESK_SERVER_ARGON2_MEMORY_KIB": "1024"}


def _harness(db_url: str, logs: Path, backend: str) -> Iterator[Harness]:
    auth.configure(load_settings(FAST_HASHING))
    engine = open_engine(Settings(db=db_url, pool_size=4))
    server = start_server(db_url, logs / "server.log", env=FAST_HASHING)
    try:
        yield Harness(server, engine, backend)
    finally:
        server.stop()
        engine.dispose()


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def srv(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Harness]:
    """The server under test, on each backend."""
    logs = tmp_path_factory.mktemp(f"server-{request.param}")
    if request.param == "sqlite":
        url = f"sqlite:///{logs / 'server.db'}"
    else:
        url = request.getfixturevalue("postgres_url")
    yield from _harness(url, logs, request.param)
