"""Sync tests run against the real server process on a free loopback port.

``server`` is one server for the whole session (each test makes its own reps and accounts,
so tests do not see each other's data); ``own_server`` is a fresh one for tests that stop,
restore or restart it. Passwords never reach a real keyring: every test runs with an
in-memory keyring backend.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.integration.sync.helpers import (
    MemoryKeyring,
    Server,
    memory_keyring_installed,
    running_server,
)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """An empty in-memory keyring for each test (the previous backend is put back)."""
    with memory_keyring_installed() as backend:
        yield backend


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """The sync server shared by the session's tests."""
    with running_server(tmp_path_factory.mktemp("server")) as srv:
        yield srv


@pytest.fixture
def own_server(tmp_path: Path) -> Iterator[Server]:
    """A sync server of this test alone (it may stop, restore and restart it)."""
    with running_server(tmp_path / "server") as srv:
        yield srv
