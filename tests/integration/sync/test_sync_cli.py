"""``python main.py sync``: remembered server, keyring or not, exit statuses."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import main
from storage.database import open_database
from sync.credentials import NO_STORE_MESSAGE, SERVICE, entry_key
from sync.engine import read_sync_state
from sync.lock import SyncLock
from tests.integration.sync.helpers import PASSWORD, Laptop, Server, free_port, run_cli

SUMMARY = re.compile(r"^pushed \d+, pulled \d+, conflicts \d+, rejected \d+, \d+\.\d s", re.M)


@pytest.fixture
def server(sqlite_server: Server) -> Server:
    """SQLite only: the command's own behaviour does not depend on the server's database."""
    return sqlite_server


@pytest.fixture
def rep_db(server: Server, tmp_path: Path) -> tuple[Path, str]:
    """A rep on the server and a laptop database with one account waiting to be pushed."""
    login = server.add_rep()
    lap = Laptop.open(server.url, login, tmp_path / "rep.db")
    lap.new_account()
    lap.close()
    return tmp_path / "rep.db", login


def stored(path: Path) -> dict:
    db = open_database(path)
    try:
        return read_sync_state(db)
    finally:
        db.close()


def test_the_first_sync_remembers_server_and_login_and_keeps_the_token_in_the_keyring(
    rep_db, server, memory_keyring, monkeypatch, capsys
):
    path, login = rep_db
    monkeypatch.setenv("REPDESK_PASSWORD", PASSWORD)
    assert (
        main.main(["sync", "--db", str(path), "--server", server.url + "/", "--user", login]) == 0
    )
    out = capsys.readouterr()
    assert SUMMARY.search(out.out) and out.out.startswith("pushed 1, ")
    assert NO_STORE_MESSAGE not in out.err
    state = stored(path)
    assert (state["server_url"], state["login"]) == (server.url, login)
    assert state["last_sync"] and state["epoch"] and state["checkpoint"] > 0
    assert memory_keyring.items[(SERVICE, entry_key(server.url, login))]
    monkeypatch.delenv("REPDESK_PASSWORD")  # the token in the keyring is enough now
    assert main.main(["sync", "--db", str(path)]) == 0
    assert capsys.readouterr().out.startswith("pushed 0, ")


def test_a_refused_token_is_forgotten_and_the_password_asked_again(
    rep_db, server, memory_keyring, monkeypatch, capsys
):
    path, login = rep_db
    memory_keyring.items[(SERVICE, entry_key(server.url, login))] = "not-a-valid-token"
    monkeypatch.setenv("REPDESK_PASSWORD", PASSWORD)
    assert main.main(["sync", "--db", str(path), "--server", server.url, "--user", login]) == 0
    assert SUMMARY.search(capsys.readouterr().out)
    assert memory_keyring.items[(SERVICE, entry_key(server.url, login))] != "not-a-valid-token"


def test_a_database_syncing_with_one_server_refuses_another(rep_db, server, monkeypatch, capsys):
    path, login = rep_db
    monkeypatch.setenv("REPDESK_PASSWORD", PASSWORD)
    assert main.main(["sync", "--db", str(path), "--server", server.url, "--user", login]) == 0
    assert main.main(["sync", "--db", str(path), "--user", "someone-else"]) == 1
    assert "cannot switch" in capsys.readouterr().err


def test_plain_http_to_a_remote_server_is_refused(rep_db, capsys):
    path, login = rep_db
    args = ["sync", "--db", str(path), "--server", "http://repdesk.example.com", "--user", login]
    assert main.main(args) == 1
    assert "https://" in capsys.readouterr().err
    assert "server_url" not in stored(path)


def test_without_a_password_store_the_command_says_so_once_and_syncs(rep_db, server):
    path, login = rep_db
    for _ in range(2):  # asked (here: read from REPDESK_PASSWORD) again the next time
        done = run_cli("sync", "--db", str(path), "--server", server.url, "--user", login)
        assert done.returncode == 0, done.stderr
        assert done.stderr.count(NO_STORE_MESSAGE) == 1
        assert SUMMARY.search(done.stdout)


def test_without_a_password_and_no_terminal_the_command_says_how_to_give_one(rep_db, server):
    path, login = rep_db
    done = run_cli(
        "sync", "--db", str(path), "--server", server.url, "--user", login, password=None
    )
    assert done.returncode == 1
    assert "REPDESK_PASSWORD" in done.stderr


def test_a_second_sync_of_the_same_database_exits_with_status_3(rep_db, server):
    path, login = rep_db
    with SyncLock(path):
        done = run_cli("sync", "--db", str(path), "--server", server.url, "--user", login)
    assert done.returncode == 3
    assert "a sync is already running" in done.stderr


@pytest.mark.slow
def test_an_unreachable_server_exits_with_status_4_and_keeps_the_pending_change(rep_db):
    path, login = rep_db
    dead = f"http://127.0.0.1:{free_port()}"
    done = run_cli("sync", "--db", str(path), "--server", dead, "--user", login)
    assert done.returncode == 4
    assert "offline" in done.stderr and "1 pending changes kept" in done.stderr
