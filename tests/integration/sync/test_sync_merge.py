"""Two reps edit one shared account offline: merges, conflicts, deletes, clocks, restores."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

import main
import storage.changes
from services import conflicts as conflict_service
from storage.uow import UnitOfWork
from sync.engine import SyncEngine
from tests.integration.sync.helpers import Laptop, Server


@pytest.fixture
def pair(server: Server, tmp_path: Path) -> Iterator[tuple[Laptop, Laptop, str]]:
    """Reps A and B, both holding account X (A owns it, shared with B) after a sync."""
    a_login, b_login = server.add_rep(), server.add_rep()
    a = Laptop.open(server.url, a_login, tmp_path / "a.db")
    b = Laptop.open(server.url, b_login, tmp_path / "b.db")
    account = a.new_account(city="上海")
    a.sync()
    server.assign(account, b_login)
    b.sync()
    assert b.value("accounts", account, "city") == "上海"
    try:
        yield a, b, account
    finally:
        a.close()
        b.close()


@contextmanager
def clock_off_by(days: int) -> Iterator[None]:
    """Edits made inside the block carry a laptop clock ``days`` off (change times only)."""
    real = storage.changes.utcnow

    def skewed() -> dt.datetime:
        return real() + dt.timedelta(days=days)

    storage.changes.utcnow = skewed  # type: ignore[assignment]
    try:
        yield
    finally:
        storage.changes.utcnow = real  # type: ignore[assignment]


def test_edits_of_different_fields_on_two_laptops_merge(pair):
    a, b, account = pair
    a.edit("accounts", account, city="杭州")
    b.edit("accounts", account, phone="0571-88886666")
    a.sync()
    b.sync()
    a.sync()
    for laptop in (a, b):
        assert laptop.value("accounts", account, "city") == "杭州"
        assert laptop.value("accounts", account, "phone") == "0571-88886666"
        assert laptop.conflicts() == []
        assert laptop.differs_from_server() == []


def test_edits_of_the_same_field_give_a_conflict_with_both_values_on_both_sides(pair):
    a, b, account = pair
    a.edit("accounts", account, city="杭州")
    b.edit("accounts", account, city="宁波")  # the later edit
    a.sync()
    b.sync()
    a.sync()
    for laptop in (a, b):
        assert laptop.value("accounts", account, "city") == "宁波"
        [conflict] = laptop.conflicts()
        assert (conflict.table, conflict.row_id, conflict.field) == ("accounts", account, "city")
        assert (conflict.kept, conflict.lost) == ("宁波", "杭州")
        assert (conflict.kept_by, conflict.lost_by) == (b.login, a.login)
        assert conflict.kept_at and conflict.lost_at
    for laptop in (a, b, a, b):  # syncing again changes nothing
        result = laptop.sync()
        assert (result.pushed, result.conflicts, result.repaired) == (0, 0, [])
        assert laptop.differs_from_server() == []
    assert a.snapshot([account]) == b.snapshot([account])


def test_a_delete_propagates_and_a_stale_edit_does_not_resurrect_the_record(pair):
    a, b, account = pair
    contact = a.create("contacts", account_id=account, name="王经理")
    a.sync()
    b.sync()
    a.delete("accounts", account)
    b.edit("accounts", account, phone="021-66668888")  # B has not seen the delete
    a.sync()
    b.sync()
    a.sync()
    for laptop in (a, b):
        assert laptop.value("accounts", account, "deleted") is True
        assert laptop.value("contacts", contact, "deleted") is True
        [conflict] = laptop.conflicts()
        assert (conflict.field, conflict.kept) == ("deleted", True)
        assert conflict.lost["phone"] == "021-66668888"
        assert laptop.differs_from_server() == []


def test_restoring_a_lost_value_makes_it_the_value_everywhere_after_a_sync(pair):
    a, b, account = pair
    a.edit("accounts", account, city="杭州")
    b.edit("accounts", account, city="宁波")
    a.sync()
    b.sync()
    a.sync()
    [conflict] = a.conflicts()
    with UnitOfWork(a.db) as uow:
        assert conflict_service.restore(uow, conflict.id).values == {"city": "杭州"}
    assert a.conflicts() == []
    assert [c.fields for c in a.changes("pending")] == [{"city": "杭州"}]
    a.sync()
    b.sync()
    assert b.value("accounts", account, "city") == "杭州"
    with UnitOfWork(b.db) as uow:
        for open_conflict in conflict_service.list_conflicts(uow):
            conflict_service.dismiss(uow, open_conflict.id)
    assert b.conflicts() == []
    assert b.value("accounts", account, "city") == "杭州"


def test_a_record_deleted_elsewhere_can_be_restored_deliberately_from_its_conflict(pair):
    a, b, account = pair
    a.delete("accounts", account)
    b.edit("accounts", account, phone="021-66668888")
    a.sync()
    b.sync()
    [conflict] = b.conflicts()
    with UnitOfWork(b.db) as uow:  # restored, then undone (Ctrl+Z), then restored again
        done = conflict_service.restore(uow, conflict.id)
    assert b.value("accounts", account, "deleted") is False and b.conflicts() == []
    with UnitOfWork(b.db) as uow:
        conflict_service.undo_restore(uow, done)
    assert b.value("accounts", account, "deleted") is True and len(b.conflicts()) == 1
    with UnitOfWork(b.db) as uow:
        conflict_service.restore(uow, conflict.id)
    b.sync()
    a.sync()
    for laptop in (a, b):
        assert laptop.value("accounts", account, "deleted") is False
        assert laptop.value("accounts", account, "phone") == "021-66668888"


def test_a_laptop_clock_a_year_ahead_does_not_win_against_a_later_edit(pair):
    a, b, account = pair
    with clock_off_by(+365):
        a.edit("accounts", account, city="杭州")
    a.sync()
    b.edit("accounts", account, city="宁波")  # really later
    b.sync()
    a.sync()
    for laptop in (a, b):
        assert laptop.value("accounts", account, "city") == "宁波"
        [conflict] = laptop.conflicts()
        assert (conflict.kept, conflict.lost) == ("宁波", "杭州")


def test_a_laptop_clock_a_year_behind_loses_same_field_edits_but_keeps_the_value_and_merges_the_rest(
    pair,
):
    a, b, account = pair
    b.edit("accounts", account, city="宁波")
    b.sync()
    with clock_off_by(-365):
        a.edit("accounts", account, city="杭州", phone="0571-88886666")
    a.sync()
    b.sync()
    for laptop in (a, b):
        assert laptop.value("accounts", account, "city") == "宁波"
        assert laptop.value("accounts", account, "phone") == "0571-88886666"
        [conflict] = laptop.conflicts()
        assert (conflict.kept, conflict.lost, conflict.lost_by) == ("宁波", "杭州", a.login)


def test_the_conflicts_command_lists_table_row_field_both_values_who_and_when(pair, capsys):
    a, b, account = pair
    a.edit("accounts", account, city="杭州")
    b.edit("accounts", account, city="宁波")
    a.sync()
    b.sync()
    assert main.main(["conflicts", "--db", str(b.db.path), "--format", "json"]) == 0
    [listed] = json.loads(capsys.readouterr().out)
    assert listed["table"] == "accounts" and listed["row_id"] == account
    assert listed["field"] == "city"
    assert (listed["kept"], listed["lost"]) == ("宁波", "杭州")
    assert (listed["kept_by"], listed["lost_by"]) == (b.login, a.login)
    assert listed["kept_at"] and listed["lost_at"]
    assert main.main(["conflicts", "--db", str(b.db.path)]) == 0
    line = capsys.readouterr().out
    assert f'accounts {account} city: kept "宁波" ({b.login}' in line and 'lost "杭州"' in line


def test_a_pull_keeps_the_locally_edited_fields_of_a_record_and_takes_the_others(pair):
    a, b, account = pair
    b.edit("accounts", account, city="宁波", phone="0574-87654321")
    assert b.sync().pushed == 1 and b.changes() == []
    a.edit("accounts", account, city="杭州")  # not pushed yet
    SyncEngine(a.db, a.client).pull()
    assert a.value("accounts", account, "city") == "杭州"
    assert a.value("accounts", account, "phone") == "0574-87654321"
    assert a.value("accounts", account, "version") == b.value("accounts", account, "version")
    assert [c.fields for c in a.changes("pending")] == [{"city": "杭州"}]
