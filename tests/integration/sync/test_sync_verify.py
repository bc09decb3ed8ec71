"""Verification after each round, repairs, and checkpoints older than the tombstone purge."""

from __future__ import annotations

from pathlib import Path

from sync import local
from tests.integration.sync.helpers import Laptop, Server


def test_a_table_that_differs_from_the_server_is_pulled_again_and_the_repair_reported(
    server: Server, tmp_path: Path
):
    laptop = Laptop.open(server.url, server.add_rep(), tmp_path / "rep.db")
    accounts = [laptop.new_account() for _ in range(3)]
    contact = laptop.create("contacts", account_id=accounts[0], name="王经理")
    laptop.sync()
    with local.writing(laptop.db) as conn:  # damage the local copy behind sync's back
        conn.exec_driver_sql("DELETE FROM contacts WHERE id = ?", (contact,))
        conn.exec_driver_sql("UPDATE accounts SET version = 1 WHERE id = ?", (accounts[1],))
        conn.exec_driver_sql(
            "INSERT INTO accounts (id, version, created_at, updated_at, deleted, name,"
            " channel_type, is_key_account, tags) VALUES ('00000000-0000-4000-8000-000000000001',"
            " 7, '2026-01-01', '2026-01-01', 0, '幽灵', 'dealer', 0, '[]')"
        )
    result = laptop.sync()
    assert sorted(result.repaired) == ["accounts", "contacts"]
    assert "repaired accounts, contacts" in result.summary()
    assert laptop.get("contacts", contact) is not None
    assert laptop.get("accounts", "00000000-0000-4000-8000-000000000001") is None
    assert laptop.differs_from_server() == []
    assert laptop.sync().repaired == []
    laptop.close()


def test_after_a_tombstone_purge_a_laptop_behind_it_pulls_everything_and_one_past_it_repairs(
    own_server: Server, tmp_path: Path
):
    login = own_server.add_rep()
    behind = Laptop.open(own_server.url, login, tmp_path / "behind.db")
    ahead = Laptop.open(own_server.url, login, tmp_path / "ahead.db")
    gone, stays = behind.new_account(), behind.new_account()
    behind.sync()
    ahead.sync()
    ahead.delete("accounts", gone)
    ahead.sync()
    own_server.admin("purge", "--days", "0")

    result = behind.sync()  # its checkpoint predates the purge: 410, pull everything
    assert result.full_pull
    assert behind.get("accounts", gone) is None
    assert behind.get("accounts", stays) is not None

    result = ahead.sync()  # past the purge: verification finds the forgotten tombstone
    assert result.repaired == ["accounts"]
    assert ahead.get("accounts", gone) is None
    for laptop in (behind, ahead):
        assert laptop.differs_from_server() == []
        laptop.close()
