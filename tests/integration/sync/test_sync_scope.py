"""Accounts changing hands, and a server restored from an older backup."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from tests.integration.sync.helpers import Laptop, Server


def test_an_account_moved_to_another_rep_leaves_after_the_pending_edits_and_arrives_there(
    server: Server, tmp_path: Path
):
    a_login, b_login = server.add_rep(), server.add_rep()
    a = Laptop.open(server.url, a_login, tmp_path / "a.db")
    b = Laptop.open(server.url, b_login, tmp_path / "b.db")
    moved = a.new_account(city="上海")
    contact = a.create("contacts", account_id=moved, name="王经理")
    kept = a.new_account()
    a.sync()
    a.edit("accounts", moved, city="杭州")
    a.sync()  # pushed while A still owns it: B will see it
    a.edit("accounts", moved, phone="0571-88886666")  # still waiting when the account moves
    server.assign(moved, b_login, owner=True)

    result = a.sync()
    assert result.rejected == 1 and result.removed == 2
    assert a.get("accounts", moved) is None and a.get("contacts", contact) is None
    assert a.get("accounts", kept) is not None
    [rejected] = a.changes("rejected")
    assert (rejected.row_id, rejected.fields) == (moved, {"phone": "0571-88886666"})
    assert rejected.reject_reason == "not_found"
    assert a.differs_from_server() == []

    b.sync()
    assert b.value("accounts", moved, "city") == "杭州"
    assert b.value("contacts", contact, "name") == "王经理"
    assert b.get("accounts", kept) is None
    assert b.differs_from_server() == []
    a.close()
    b.close()


def backup(server: Server, target: Path) -> None:
    """A consistent copy of the running server's SQLite file (SQLite's online backup)."""
    src, dst = sqlite3.connect(server.db_path), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


def restore(server: Server, copy: Path) -> None:
    """Stop the server, put the copy back, give it a new epoch, start it again."""
    server.stop()
    for suffix in ("-wal", "-shm"):
        Path(f"{server.db_path}{suffix}").unlink(missing_ok=True)
    shutil.copy(copy, server.db_path)
    server.admin("new-epoch")
    server.start()


def test_after_the_server_is_restored_from_an_older_backup_laptops_pull_everything_again_keeping_pending_edits(
    own_server: Server, tmp_path: Path
):
    login = own_server.add_rep()
    a = Laptop.open(own_server.url, login, tmp_path / "a.db")
    b = Laptop.open(own_server.url, login, tmp_path / "b.db")
    old = a.new_account(city="上海")
    untouched = a.new_account(city="南京")
    a.sync()
    b.sync()
    backup(own_server, tmp_path / "backup.db")

    newer = a.new_account(city="北京")  # pushed after the backup: the restore loses it
    contact = a.create("contacts", account_id=newer, name="孙经理")
    a.edit("accounts", old, notes="备份之后")  # pushed after the backup too
    a.delete("accounts", untouched)  # and this deletion
    a.sync()
    b.sync()
    a.edit("accounts", old, city="杭州")  # waiting when the server is restored
    made = b.new_account(city="苏州")
    b.edit("accounts", old, phone="021-66668888")

    restore(own_server, tmp_path / "backup.db")
    a.client.login(login, "correct horse battery")  # tokens went back in time too
    b.client.login(login, "correct horse battery")
    first = a.sync()
    assert first.full_pull and first.sent_again == 4  # old, untouched, newer, contact
    assert b.sync().full_pull
    a.sync()
    for laptop in (a, b):
        assert laptop.changes() == []
        assert laptop.value("accounts", old, "city") == "杭州"
        assert laptop.value("accounts", old, "phone") == "021-66668888"
        assert laptop.value("accounts", old, "notes") == "备份之后"
        assert laptop.value("accounts", made, "city") == "苏州"
        assert laptop.value("accounts", newer, "city") == "北京"  # sent again by A
        assert laptop.value("contacts", contact, "name") == "孙经理"
        assert laptop.value("accounts", untouched, "deleted")  # the deletion was sent again too
        assert laptop.differs_from_server() == []
    assert a.snapshot() == b.snapshot()
    # B held only a copy of the city A changed: its copy is kept as a conflict, not applied
    assert all(c.kept == a.value("accounts", c.row_id, c.field) for c in a.conflicts())
    again = a.sync()
    assert (again.full_pull, again.sent_again, again.conflicts) == (False, 0, 0)
    a.close()
    b.close()
