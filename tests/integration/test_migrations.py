"""Opening databases of every age: new, older (backup then upgrade), newer (refused)."""

import hashlib
import sqlite3

import pytest

from storage.database import (
    DatabaseError,
    DatabaseTooNew,
    make_engine,
    open_database,
    stored_revision,
    upgrade,
)
from storage.migrations import HEAD, REVISIONS

ACCOUNT = "11111111-1111-4111-8111-111111111111"


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_old_database(path, revision):
    engine = make_engine(path)
    upgrade(engine, revision)
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO accounts (id, version, created_at, updated_at, deleted, name,"
            " channel_type, is_key_account, tags) VALUES (?, 0, '2026-01-01 00:00:00',"
            " '2026-01-01 00:00:00', 0, '杭州电子设备有限公司', 'dealer', 0, '[]')",
            (ACCOUNT,),
        )
    engine.dispose()


def test_a_new_file_gets_the_current_schema_without_a_backup(db_path):
    db = open_database(db_path)
    assert stored_revision(db_path) == HEAD
    assert db.backup_path is None
    assert list(db_path.parent.glob("*.backup-*")) == []
    db.close()


def test_the_previous_revision_is_backed_up_then_upgraded_keeping_its_data(db_path):
    previous = REVISIONS[-2]
    make_old_database(db_path, previous)
    db = open_database(db_path)
    assert stored_revision(db_path) == HEAD
    assert db.backup_path is not None and db.backup_path.parent == db_path.parent
    assert previous in db.backup_path.name
    backup = sqlite3.connect(db.backup_path)
    assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == (previous,)
    assert backup.execute("SELECT name FROM accounts").fetchall() == [("杭州电子设备有限公司",)]
    backup.close()
    with db.engine.connect() as conn:
        names = conn.exec_driver_sql("SELECT name FROM accounts").fetchall()
        assert names == [("杭州电子设备有限公司",)]
        assert conn.exec_driver_sql("SELECT COUNT(*) FROM pending_changes").scalar() == 0
    db.close()


def test_a_file_from_a_newer_repdesk_is_refused_and_left_unchanged(db_path):
    open_database(db_path).close()
    con = sqlite3.connect(db_path)
    con.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    con.commit()
    con.close()
    before = digest(db_path)
    with pytest.raises(DatabaseTooNew) as info:
        open_database(db_path)
    assert "newer version of RepDesk" in str(info.value)
    assert "update RepDesk" in str(info.value)
    assert digest(db_path) == before


def test_a_file_that_is_not_a_database_is_refused_and_left_unchanged(db_path):
    db_path.write_bytes(b"PK\x03\x04 this is a zip, not sqlite" * 100)
    before = digest(db_path)
    with pytest.raises(DatabaseError, match="not a RepDesk database"):
        open_database(db_path)
    assert digest(db_path) == before


def test_another_programs_sqlite_database_is_refused(db_path):
    con = sqlite3.connect(db_path)
    con.execute("CREATE TABLE photos (id INTEGER)")
    con.commit()
    con.close()
    with pytest.raises(DatabaseError, match="other tables"):
        open_database(db_path)


def test_a_missing_folder_is_reported(tmp_path):
    with pytest.raises(DatabaseError, match="no such folder"):
        open_database(tmp_path / "nowhere" / "rep.db")


def test_the_database_runs_in_wal_mode_with_foreign_keys_on(db):
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
