"""A reader is never blocked by a writer, and two writers queue instead of failing."""

import threading
import time

from services import records
from storage.database import open_database
from storage.uow import UnitOfWork


def count_accounts(db):
    with db.engine.connect() as conn:
        return conn.exec_driver_sql("SELECT COUNT(*) FROM accounts").scalar()


def test_a_reader_sees_committed_data_while_a_writer_holds_its_transaction(db_path):
    writer_db, reader_db = open_database(db_path), open_database(db_path)
    with UnitOfWork(writer_db) as uow:
        records.create(uow, "accounts", {"name": "甲公司", "channel_type": "dealer"})
    holding = threading.Event()
    release = threading.Event()

    def write_slowly():
        with writer_db.engine.begin() as conn:
            conn.exec_driver_sql(
                "INSERT INTO accounts (id, version, created_at, updated_at, deleted, name,"
                " channel_type, is_key_account, tags) VALUES ('b', 0, '2026-01-01', '2026-01-01',"
                " 0, '乙公司', 'agent', 0, '[]')"
            )
            holding.set()
            release.wait(5)

    thread = threading.Thread(target=write_slowly)
    thread.start()
    assert holding.wait(5)
    started = time.perf_counter()
    assert count_accounts(reader_db) == 1  # the uncommitted row is not seen ...
    assert time.perf_counter() - started < 1  # ... and reading did not wait for the writer
    release.set()
    thread.join()
    assert count_accounts(reader_db) == 2
    writer_db.close()
    reader_db.close()


def test_a_second_writer_waits_for_the_first_instead_of_failing(db_path):
    first_db, second_db = open_database(db_path), open_database(db_path)
    holding = threading.Event()

    def hold_write_lock():
        with UnitOfWork(first_db) as uow:  # a writer's BEGIN IMMEDIATE takes the lock at once
            holding.set()
            time.sleep(0.5)
            uow.rollback()

    thread = threading.Thread(target=hold_write_lock)
    thread.start()
    assert holding.wait(5)
    started = time.perf_counter()
    with UnitOfWork(second_db) as uow:
        records.create(uow, "accounts", {"name": "丙公司", "channel_type": "retail"})
    waited = time.perf_counter() - started
    thread.join()
    assert waited >= 0.3  # it queued behind the first writer's lock ...
    assert count_accounts(second_db) == 1  # ... and then succeeded
    first_db.close()
    second_db.close()
