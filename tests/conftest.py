"""Shared test set-up: offscreen Qt, the repo root on sys.path, a fresh database per test,
and one throwaway PostgreSQL cluster for the session (``postgres_url``; tests/server and
tests/integration/sync run their server tests on it as well as on SQLite)."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

# Before anything creates a QApplication: without a display Qt would abort.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import pytest  # noqa: E402

if TYPE_CHECKING:
    from storage.database import Database


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A path for a new database file (it does not exist yet)."""
    return tmp_path / "rep.db"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    """A fresh rep database at ``db_path`` with the current schema, closed after the test."""
    from storage.database import open_database

    database = open_database(db_path)
    try:
        yield database
    finally:
        database.close()


def in_ci() -> bool:
    """Whether the tests run in CI (``CI`` set to anything but empty, 0 or false)."""
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A database on a throwaway PostgreSQL cluster, started for the session.

    Without the PostgreSQL binaries (initdb, pg_ctl) the test is skipped — except in CI
    (:func:`in_ci`), where that fails, so a CI image cannot silently lose the PostgreSQL runs.
    """
    from tests.pgcluster import pg_bindir, pg_cluster

    bindir = pg_bindir()
    if bindir is None:
        message = "PostgreSQL binaries (initdb, pg_ctl) not found"
        if in_ci():
            pytest.fail(f"{message}: CI must run the PostgreSQL variants")
        pytest.skip(message)
    with pg_cluster(bindir) as url:
        yield url
