"""Shared test set-up: offscreen Qt, the repo root on sys.path, a fresh database per test."""

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
