"""Verification after each round, repairs, and checkpoints older than the tombstone purge."""

from __future__ import annotations

from pathlib import Path

from domain.records import TABLE_ORDER
from sync import local
from sync.engine import VERIFIED_AT, VERIFY_EVERY_HOURS
from tests.integration.sync.helpers import Laptop, Server


def full_verification_due(laptop: Laptop) -> None:
    """Make the last full verification a day and more old."""
    with local.writing(laptop.db) as conn:
        local.write_state(conn, {VERIFIED_AT: "2000-01-01T00:00:00"})


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
    # A round that changes nothing compares nothing: the damage waits for the next full
    # verification (a day after the last one) …
    quiet = laptop.sync()
    assert (quiet.verified, quiet.repaired) == ([], [])
    full_verification_due(laptop)
    result = laptop.sync()  # … which finds and repairs it
    assert result.verified == list(TABLE_ORDER)
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


def test_a_round_verifies_the_tables_it_changed_and_a_damaged_one_among_them_is_repaired(
    server: Server, tmp_path: Path
):
    login = server.add_rep()
    laptop = Laptop.open(server.url, login, tmp_path / "rep.db")
    other = Laptop.open(server.url, login, tmp_path / "other.db")
    account, second = laptop.new_account(), laptop.new_account()
    contact = laptop.create("contacts", account_id=account, name="王经理")
    first = laptop.sync()
    assert first.verified == list(TABLE_ORDER)  # the first round verifies everything
    other.sync()

    laptop.edit("accounts", account, city="宁波")  # pushed: accounts
    other.edit("contacts", contact, title="采购总监")
    other.sync()  # pulled: contacts
    with local.writing(laptop.db) as conn:  # and a damaged contacts table
        conn.exec_driver_sql("UPDATE contacts SET version = 1 WHERE id = ?", (contact,))
    result = laptop.sync()
    assert result.verified == ["accounts", "contacts"]
    assert result.repaired == []  # the pull itself brought the contact back in line
    assert laptop.value("contacts", contact, "title") == "采购总监"

    with local.writing(laptop.db) as conn:
        conn.exec_driver_sql("UPDATE accounts SET version = 1 WHERE id = ?", (second,))
    laptop.edit("accounts", account, city="杭州")
    result = laptop.sync()  # touched again: the damage is found this very round
    assert result.verified == ["accounts"] and result.repaired == ["accounts"]
    assert laptop.sync().verified == []
    assert laptop.differs_from_server() == []
    for lap in (laptop, other):
        lap.close()


def test_the_full_verification_interval_is_a_setting_in_sync_state(server: Server, tmp_path: Path):
    laptop = Laptop.open(server.url, server.add_rep(), tmp_path / "rep.db")
    laptop.new_account()
    laptop.sync()
    assert laptop.sync().verified == []
    with local.writing(laptop.db) as conn:
        local.write_state(conn, {VERIFY_EVERY_HOURS: 0})
    assert laptop.sync().verified == list(TABLE_ORDER)
    assert laptop.state()[VERIFIED_AT]
    laptop.close()


def test_a_410_after_a_tombstone_purge_keeps_pending_edits_and_they_reach_the_server(
    fresh_server: Server, tmp_path: Path
):
    """The laptop's checkpoint predates the purge, and it holds edits not yet sent: the
    round still sends them, pulls everything again, and nothing is left waiting."""
    server = fresh_server
    login = server.add_rep()
    behind = Laptop.open(server.url, login, tmp_path / "behind.db")
    ahead = Laptop.open(server.url, login, tmp_path / "ahead.db")
    gone, stays = behind.new_account(), behind.new_account()
    behind.sync()
    ahead.sync()
    ahead.delete("accounts", gone)
    ahead.sync()
    server.admin("purge", "--days", "0")
    # Edits made offline, against versions from before the purge.
    behind.edit("accounts", stays, city="绍兴", phone="0575-8888")
    contact = behind.create("contacts", account_id=stays, name="赵经理")
    new = behind.new_account(city="嘉兴")

    result = behind.sync()
    assert result.full_pull and result.rejected == 0
    assert behind.changes() == []  # pending_changes is empty: everything was accepted
    assert behind.get("accounts", gone) is None
    assert behind.value("accounts", stays, "city") == "绍兴"
    assert behind.differs_from_server() == []

    ahead.sync()
    assert (ahead.value("accounts", stays, "city"), ahead.value("accounts", stays, "phone")) == (
        "绍兴",
        "0575-8888",
    )
    assert ahead.value("contacts", contact, "name") == "赵经理"
    assert ahead.value("accounts", new, "city") == "嘉兴"
    assert ahead.snapshot() == behind.snapshot()
    for laptop in (behind, ahead):
        laptop.close()
