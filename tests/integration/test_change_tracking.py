"""Every edit made through the services leaves a pending change for sync, and only then."""

import gc
import json
from decimal import Decimal

import pytest
from sqlalchemy.orm import sessionmaker

from services import records
from services.errors import ValidationFailed
from storage.bulk import write_rows
from storage.database import Database
from storage.models import Account
from storage.uow import UnitOfWork


def pending(db):
    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT change_id, table_name, row_id, fields, field_times, base_version,"
            " changed_at, state FROM pending_changes ORDER BY seq"
        ).fetchall()
    return [
        {
            "change_id": r[0],
            "table": r[1],
            "row_id": r[2],
            "fields": json.loads(r[3]),
            "field_times": json.loads(r[4]),
            "base_version": r[5],
            "changed_at": r[6],
            "state": r[7],
        }
        for r in rows
    ]


def new_account(db, **values):
    with UnitOfWork(db) as uow:
        return records.create(
            uow, "accounts", {"name": "杭州电子设备有限公司", "channel_type": "dealer", **values}
        )


def edit(db, table, row_id, **changes):
    with UnitOfWork(db) as uow:
        return records.update(uow, table, row_id, changes)


def test_creating_an_account_writes_one_change_with_its_fields(db):
    account = new_account(db, credit_limit=Decimal("50000.00"))
    [change] = pending(db)
    assert change["table"] == "accounts" and change["row_id"] == account
    assert change["base_version"] == 0 and change["state"] == "pending"
    assert change["fields"]["name"] == "杭州电子设备有限公司"
    assert change["fields"]["credit_limit"] == "50000.00"
    assert change["fields"]["deleted"] is False


def test_edits_of_one_record_before_a_sync_coalesce_into_one_change(db):
    account = new_account(db)
    first = pending(db)[0]
    edit(db, "accounts", account, city="杭州")
    edit(db, "accounts", account, city="宁波", phone="0574-87654321")
    [change] = pending(db)
    assert change["change_id"] == first["change_id"]
    assert change["fields"]["city"] == "宁波"
    assert change["fields"]["phone"] == "0574-87654321"
    assert change["fields"]["name"] == "杭州电子设备有限公司"
    assert change["changed_at"] > first["changed_at"]
    # the name was set earlier than the latest edit: its own time is kept
    assert change["field_times"]["name"] == first["changed_at"]


def test_an_edit_that_rolls_back_leaves_no_change(db):
    account = new_account(db)
    before = pending(db)
    with UnitOfWork(db) as uow:
        obj = uow.get(Account, account)
        obj.city = "温州"
        uow.session.flush()  # the change row exists inside the transaction ...
        # ... and leaving without commit throws both away
    assert pending(db) == before
    with UnitOfWork(db) as uow:
        assert uow.get(Account, account).city is None


def test_an_invalid_edit_changes_nothing(db):
    account = new_account(db)
    before = pending(db)
    with pytest.raises(ValidationFailed) as info:
        edit(db, "accounts", account, city="杭州", phone="not a phone")
    assert set(info.value.by_field()) == {"phone"}
    assert pending(db) == before


def test_setting_a_field_to_its_current_value_records_nothing(db):
    account = new_account(db, city="杭州")
    before = pending(db)
    edit(db, "accounts", account, city="杭州")
    assert pending(db) == before


def test_an_edit_of_a_synced_record_carries_only_the_changed_fields_and_its_version(db):
    account = new_account(db)
    with db.engine.begin() as conn:  # as if sync had pushed it and the server said version 7
        conn.exec_driver_sql("DELETE FROM pending_changes")
        conn.exec_driver_sql("UPDATE accounts SET version = 7")
    edit(db, "accounts", account, level="provincial")
    [change] = pending(db)
    assert change["fields"] == {"level": "provincial"}
    assert change["base_version"] == 7


def test_an_edit_while_a_push_is_sending_opens_a_new_change(db):
    account = new_account(db)
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE pending_changes SET state = 'sending'")
    edit(db, "accounts", account, city="杭州")
    sending, waiting = pending(db)
    assert sending["state"] == "sending" and "city" not in sending["fields"]
    assert waiting["state"] == "pending" and waiting["fields"] == {"city": "杭州"}
    assert waiting["change_id"] != sending["change_id"]


def test_deleting_an_account_tombstones_it_and_its_contacts_as_changes(db):
    account = new_account(db)
    with UnitOfWork(db) as uow:
        contact = records.create(uow, "contacts", {"account_id": account, "name": "张三"})
    with db.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM pending_changes")
    with UnitOfWork(db) as uow:
        deleted = records.delete(uow, "accounts", account)
    assert set(deleted) == {("accounts", account), ("contacts", contact)}
    changes = {(c["table"], c["row_id"]): c["fields"] for c in pending(db)}
    assert changes == {
        ("accounts", account): {"deleted": True},
        ("contacts", contact): {"deleted": True},
    }


def test_a_synced_row_cannot_be_deleted_outright(db):
    account = new_account(db)
    with UnitOfWork(db) as uow, pytest.raises(ValueError, match="tombstone"):
        uow.session.delete(uow.get(Account, account))
        uow.session.flush()


def test_changes_applied_by_sync_are_not_recorded_as_local_edits(db):
    account = new_account(db)
    before = pending(db)
    with UnitOfWork(db, track_changes=False) as uow:
        uow.get(Account, account).city = "绍兴"
        uow.commit()
    assert pending(db) == before


def test_bulk_writes_track_changes_and_merge_with_waiting_ones(db):
    account = new_account(db)
    with db.engine.begin() as conn:
        write_rows(
            conn,
            "accounts",
            [{"id": account, "city": "嘉兴"}, {"name": "宁波商贸", "channel_type": "retail"}],
        )
    changes = pending(db)
    assert len(changes) == 2
    assert changes[0]["row_id"] == account and changes[0]["fields"]["city"] == "嘉兴"
    assert changes[1]["fields"]["name"] == "宁波商贸"


def test_a_database_opened_where_a_closed_one_was_still_records_its_edits(db):
    """Tracking was remembered by the id() of a database's session factory: a new database
    whose factory took the memory of a closed one's was taken as tracked and its edits left
    no pending change, so sync never sent them (records went missing at random in long test
    runs: a second laptop without the first one's accounts, an edit lost)."""
    closed = [Database(db.path, db.engine, sessionmaker(db.engine)) for _ in range(200)]
    for old in closed:
        UnitOfWork(old)  # tracking attached to its factory
    gone = {id(old.sessions) for old in closed}
    del closed, old
    gc.collect()
    # A new factory where a freed one was (CPython hands freed memory of the same size out
    # again; the ones held back make it certain).
    held = []
    sessions = sessionmaker(db.engine, expire_on_commit=False)
    while id(sessions) not in gone and len(held) < 100_000:
        held.append(sessions)
        sessions = sessionmaker(db.engine, expire_on_commit=False)
    assert id(sessions) in gone
    account = new_account(Database(db.path, db.engine, sessions))
    assert [(c["row_id"], c["state"]) for c in pending(db)] == [(account, "pending")]
