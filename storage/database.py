"""Opening the rep's SQLite database: engine settings, migrations, backups.

:func:`open_database` is the one way in. It upgrades an older file after writing a backup
copy beside it, refuses a file written by a newer RepDesk, and returns a :class:`Database`
whose sessions run with WAL, foreign keys on and a busy timeout.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from storage.migrations import HEAD, REVISIONS, SCRIPT_LOCATION

BUSY_TIMEOUT_MS = 10_000


class DatabaseError(Exception):
    """The file cannot be used as a RepDesk database; the message says why and what to do."""


class DatabaseTooNew(DatabaseError):
    """The file was written by a newer RepDesk than this one."""


@dataclass
class Database:
    """An open rep database: its path, engine and session factory."""

    path: Path
    engine: Engine
    sessions: sessionmaker[Session]
    backup_path: Path | None = None

    def close(self) -> None:
        """Release every pooled connection (the file stays as it is)."""
        self.engine.dispose()


def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy manage transactions (BEGIN) itself; see SQLAlchemy's pysqlite notes.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _on_begin(conn: Any) -> None:
    # BEGIN IMMEDIATE for writers: the write lock is taken at the start, so two writers
    # queue on the busy timeout instead of one failing halfway with "database is locked".
    write = conn.get_execution_options().get("repdesk_write")
    conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def make_engine(path: Path) -> Engine:
    """An engine for the SQLite file at ``path`` with RepDesk's connection settings."""
    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def stored_revision(path: Path) -> str | None:
    """The migration revision recorded in the file, or None for a new or empty file.

    Raises :class:`DatabaseError` when the file is not an SQLite database or holds tables
    but no RepDesk revision (some other program's database).
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            tables = {
                r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if "alembic_version" in tables:
                row = con.execute("SELECT version_num FROM alembic_version").fetchone()
                return row[0] if row else None
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"{path}: not a RepDesk database ({exc})") from None
    if tables:
        raise DatabaseError(f"{path}: not a RepDesk database (it holds other tables)")
    return None


def backup(path: Path, label: str) -> Path:
    """Copy the database at ``path`` to a new file beside it (SQLite's online backup)."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.backup-{label}-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.backup-{label}-{stamp}-{n}")
    src = sqlite3.connect(path)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


def upgrade(engine: Engine, target: str = HEAD) -> None:
    """Run the Alembic migrations on ``engine`` up to ``target``."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(SCRIPT_LOCATION))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, target)


def open_database(path: str | Path, *, create: bool = True) -> Database:
    """Open (and if needed create or upgrade) the rep database at ``path``.

    - a new or empty file gets the current schema;
    - a file at an older revision is copied to ``<name>.backup-<revision>-<time>`` and then
      upgraded (``Database.backup_path`` names the copy);
    - a file from a newer RepDesk raises :class:`DatabaseTooNew`; anything else that is not
      a RepDesk database raises :class:`DatabaseError`. Neither changes the file.
    """
    path = Path(path).expanduser().resolve()
    if not path.exists():
        if not create:
            raise DatabaseError(f"{path}: no such database file")
        if not path.parent.is_dir():
            raise DatabaseError(f"{path.parent}: no such folder")
    revision = stored_revision(path)
    if revision is not None and revision not in REVISIONS:
        raise DatabaseTooNew(
            f"{path} was written by a newer version of RepDesk (schema {revision}); "
            "update RepDesk to open it. The file has not been changed."
        )
    backup_path = None
    if revision is not None and revision != HEAD:
        backup_path = backup(path, revision)
    engine = make_engine(path)
    if revision != HEAD:
        upgrade(engine)
    sessions = sessionmaker(engine, expire_on_commit=False)
    return Database(path=path, engine=engine, sessions=sessions, backup_path=backup_path)
