"""Sharing and transferring accounts: granting brings them, removing access revokes them."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from server import admin
from server.loadgen import ROOT, SyncClient
from tests.server.conftest import FAST_HASHING, PASSWORD, Harness, unique
from tests.server.helpers import account, child, edit


def ids(records: list[dict]) -> set[str]:
    return {r["id"] for r in records}


def test_sharing_an_account_brings_it_and_its_records_to_the_other_rep(srv: Harness) -> None:
    _, a = srv.rep()
    lb, b = srv.rep()
    acc = account()
    con = child("contacts", acc["row_id"])
    a.push([acc, con])
    _, checkpoint, _ = b.pull_all()  # B is up to date, then the account is shared
    admin.assign(srv.engine, acc["row_id"], lb)
    records, _, _ = b.pull_all(checkpoint)
    assert {acc["row_id"], con["row_id"]} <= ids(records)
    # B may edit it now; A gets the edit
    version = {r["id"]: r["version"] for r in records}[con["row_id"]]
    assert (
        b.push([edit("contacts", con["row_id"], version, title="总经理")])[0]["status"] == "applied"
    )
    assert {r["id"]: r for r in a.pull_all()[0]}[con["row_id"]]["fields"]["title"] == "总经理"


def test_transferring_ownership_revokes_it_from_the_previous_owner(srv: Harness) -> None:
    la, a = srv.rep()
    lb, b = srv.rep()
    acc = account()
    con = child("contacts", acc["row_id"])
    results = a.push([acc, con])
    _, a_checkpoint, _ = a.pull_all()
    admin.assign(srv.engine, acc["row_id"], lb, owner=True)
    # A's next round: his pending edit is refused, then the pull lists the account as revoked
    [refused] = a.push([edit("contacts", con["row_id"], results[1]["version"], title="x")])
    assert (refused["status"], refused["reason"]) == ("rejected", "not_found")
    assert _all_revoked(a, a_checkpoint) == {acc["row_id"]}
    assert acc["row_id"] not in ids(a.pull_all(a_checkpoint)[0])
    b_records = {r["id"]: r for r in b.pull_all()[0]}
    assert b_records[acc["row_id"]]["fields"]["owner_rep_id"] == _rep_id(srv, lb)
    assert la not in [
        row[0]
        for row in srv.sql(
            "SELECT r.login FROM account_access x JOIN reps r ON r.id = x.rep_id WHERE account_id = :a",
            a=acc["row_id"],
        )
    ]


def _all_revoked(client: SyncClient, since: int) -> set[str]:
    """Every account listed as revoked in the pages after ``since`` (one record a page)."""
    revoked: set[str] = set()
    while True:
        page = client.call("/sync/pull", {"since": since, "limit": 1}).json()
        revoked |= set(page["revoked"])
        since = page["checkpoint"]
        if not page["more"]:
            return revoked


def _rep_id(srv: Harness, login: str) -> str:
    return str(srv.sql("SELECT id FROM reps WHERE login = :l", l=login)[0][0])


def test_unassigning_revokes_and_granting_again_brings_it_back(srv: Harness) -> None:
    _, a = srv.rep()
    lb, b = srv.rep()
    acc = account()
    a.push([acc])
    admin.assign(srv.engine, acc["row_id"], lb)
    _, checkpoint, _ = b.pull_all()
    admin.unassign(srv.engine, acc["row_id"], lb)
    records, checkpoint2, page = b.pull_all(checkpoint)
    assert page["revoked"] == [acc["row_id"]]
    admin.assign(srv.engine, acc["row_id"], lb)
    records, _, page = b.pull_all(checkpoint2)
    assert acc["row_id"] in ids(records) and page["revoked"] == []
    # a pull spanning both the revocation and the new grant does not list it as revoked
    records, _, page = b.pull_all(checkpoint)
    assert acc["row_id"] in ids(records) and page["revoked"] == []


def test_admin_errors_name_the_problem(srv: Harness) -> None:
    login, _ = srv.rep()
    with pytest.raises(admin.AdminError, match="no account"):
        admin.assign(srv.engine, "00000000-0000-0000-0000-000000000000", login)
    with pytest.raises(admin.AdminError, match="no rep"):
        admin.assign(srv.engine, "x", unique("nobody"))
    with pytest.raises(admin.AdminError, match="already exists"):
        admin.add_rep(srv.engine, login, "x", PASSWORD)
    with pytest.raises(admin.AdminError, match="empty"):
        admin.add_rep(srv.engine, unique("rep"), "x", "")


def cli(srv: Harness, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "server", *args, "--db", srv.server.db_url],
        cwd=ROOT,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={**os.environ, **FAST_HASHING},
    )


def test_the_admin_cli_adds_lists_assigns_and_fails_with_one_line(srv: Harness) -> None:
    login = unique("cli")
    added = cli(srv, "add-rep", "--login", login, "--name", "王芳", stdin="pw one\n")
    assert added.returncode == 0, added.stderr
    duplicate = cli(srv, "add-rep", "--login", login, "--name", "x", stdin="pw\n")
    assert duplicate.returncode != 0
    assert duplicate.stderr.strip() == f"error: a rep with login '{login}' already exists"
    empty = cli(srv, "set-password", "--login", login, stdin="\n")
    assert empty.returncode != 0 and empty.stderr.count("\n") == 1
    unknown = cli(srv, "assign", "--account", "nope", "--rep", login)
    assert unknown.returncode != 0 and "no account" in unknown.stderr
    listed = cli(srv, "list-reps")
    assert listed.returncode == 0 and login in listed.stdout and "王芳" in listed.stdout
    disabled = cli(srv, "disable-rep", "--login", unique("ghost"))
    assert disabled.returncode != 0 and "no rep" in disabled.stderr
