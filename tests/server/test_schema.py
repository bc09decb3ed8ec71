"""The server's migrations: listed, run at start, safe to start twice, refuse a newer schema."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from server.db import DatabaseError, open_engine
from server.migrations import HEAD, REVISIONS, SCRIPT_LOCATION
from server.settings import Settings


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The URL of an empty database on each backend."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'empty.db'}"
        return
    base = request.getfixturevalue("postgres_url")
    name = f"t{uuid.uuid4().hex[:12]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
    yield base.rsplit("/", 1)[0] + f"/{name}"
    with admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE {name} WITH (FORCE)"))
    admin.dispose()


def test_every_migration_script_is_listed_in_order() -> None:
    scripts = sorted(p.stem for p in (SCRIPT_LOCATION / "versions").glob("s*.py"))
    assert list(REVISIONS) == scripts


def test_a_fresh_database_gets_the_schema_an_epoch_and_a_counter(empty_db: str) -> None:
    engine = open_engine(Settings(db=empty_db))
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD
        assert len(conn.execute(text("SELECT epoch FROM server_meta")).scalar_one()) == 36
        assert conn.execute(text("SELECT value FROM sync_counter")).scalar_one() == 0
    engine.dispose()


def test_processes_starting_together_migrate_once(empty_db: str) -> None:
    errors: list[BaseException] = []

    def start() -> None:
        try:
            open_engine(Settings(db=empty_db)).dispose()
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=start) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    engine = open_engine(Settings(db=empty_db))
    with engine.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM server_meta")).scalar_one() == 1
    engine.dispose()


def test_a_database_from_a_newer_server_is_refused(empty_db: str) -> None:
    open_engine(Settings(db=empty_db)).dispose()
    engine = create_engine(empty_db)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 's9999_future'"))
    engine.dispose()
    with pytest.raises(DatabaseError, match="newer"):
        open_engine(Settings(db=empty_db))


def test_a_bad_database_url_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError):
        open_engine(Settings(db="mysql://nobody@nowhere/x"))
    with pytest.raises(DatabaseError):
        open_engine(Settings(db=f"sqlite:///{tmp_path / 'no' / 'such' / 'dir.db'}"))
