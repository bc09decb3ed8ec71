"""Pulled records the local database cannot store never stop sync for good.

A server that once accepted a create without a NOT NULL field (fixed since: it fills
defaults) left null in records every client pulls. A null where the client's column has a
default is stored as that default; a record that still cannot be stored is skipped, named in
an error the rep sees, and the rest of the round — and every later round — goes on.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from storage.database import open_database
from sync.engine import RecordsNotStored, read_sync_state
from sync.session import SyncSession, choose_server
from tests.integration.sync.helpers import PASSWORD, Laptop, Server


@pytest.fixture
def server(sqlite_server: Server) -> Server:
    """SQLite only: damages the server's SQLite file directly."""
    return sqlite_server


def damage(server: Server, row_id: str, **fields: object) -> None:
    """Overwrite fields of a record in the server's database, as an old bug left them."""
    with sqlite3.connect(server.db_path) as conn:
        (text,) = conn.execute("SELECT fields FROM records WHERE id = ?", (row_id,)).fetchone()
        conn.execute(
            "UPDATE records SET fields = ? WHERE id = ?",
            (json.dumps({**json.loads(text), **fields}, ensure_ascii=False), row_id),
        )


def test_a_pulled_null_in_a_not_null_field_with_a_default_is_stored_as_the_default(
    server: Server, tmp_path: Path
):
    login = server.add_rep()
    office = Laptop.open(server.url, login, tmp_path / "office.db")
    account = office.new_account(city="杭州")
    office.sync()
    damage(server, account, is_key_account=None, tags=None)

    home = Laptop.open(server.url, login, tmp_path / "home.db")
    result = home.sync()
    assert result.unstored == []
    assert home.value("accounts", account, "is_key_account") is False
    assert home.value("accounts", account, "tags") == []
    assert home.value("accounts", account, "city") == "杭州"
    for laptop in (office, home):
        laptop.close()


def test_a_record_that_cannot_be_stored_is_reported_and_the_rest_still_syncs(
    server: Server, tmp_path: Path
):
    login = server.add_rep()
    office = Laptop.open(server.url, login, tmp_path / "office.db")
    broken, fine = office.new_account(), office.new_account()
    contact = office.create("contacts", account_id=fine, name="王经理")
    office.sync()
    damage(server, broken, name=None)  # required, no default: nothing to store instead

    home = Laptop.open(server.url, login, tmp_path / "home.db")
    with pytest.raises(RecordsNotStored) as caught:
        home.sync()
    message = str(caught.value)
    assert "1 record from the server could not be stored" in message
    assert f"accounts {broken}" in message and "name" in message
    assert caught.value.result.unstored == [f"accounts {broken}"]
    assert home.get("accounts", fine) is not None and home.get("contacts", contact) is not None
    assert home.get("accounts", broken) is None

    # Not wedged: later rounds run, bring new work, and do not repeat the error.
    office.edit("contacts", contact, name="王总")
    office.sync()
    result = home.sync()
    assert result.pulled == 1 and result.repaired == []
    assert home.value("contacts", contact, "name") == "王总"

    # Once the server holds a good version, it arrives like any other.
    office.edit("accounts", broken, name="修好的客户")
    office.sync()
    home.sync()
    assert home.value("accounts", broken, "name") == "修好的客户"
    assert home.state().get("unstored") is None
    assert home.differs_from_server() == []
    for laptop in (office, home):
        laptop.close()


def test_the_round_that_met_it_is_still_shown_as_the_last_round(server: Server, tmp_path: Path):
    """The app and the CLI show the last round from sync state: the round that raised the
    error did pull the rest, and says so."""
    login = server.add_rep()
    office = Laptop.open(server.url, login, tmp_path / "office.db")
    broken = office.new_account()
    office.create("contacts", account_id=office.new_account(), name="王经理")
    office.sync()
    office.close()
    damage(server, broken, name=None)

    db = open_database(tmp_path / "home.db")
    try:
        session = SyncSession(
            db,
            choose_server(db, server.url, login),
            password=lambda *_: PASSWORD,
            allow_insecure=True,
            keep_token=False,
        )
        with pytest.raises(RecordsNotStored):
            session.run()
        last = read_sync_state(db)["last_round"]
        assert last["pulled"] >= 2 and last["at"]  # the two good accounts and the contact
    finally:
        db.close()
