"""``list-accounts`` and ``list-conflicts``: what a manager sees of accounts and kept conflicts."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from fastapi.testclient import TestClient

from server import admin
from server.app import create_app
from server.loadgen import ROOT
from server.settings import load_settings
from sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION
from tests.server.conftest import FAST_HASHING, Harness, unique
from tests.server.helpers import account, edit


def cli(srv: Harness, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "server", *args, "--db", srv.server.db_url],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={**os.environ, **FAST_HASHING},
    )


@pytest.fixture
def shared(srv: Harness) -> tuple[str, str, str, str]:
    """Rep A owns an account shared with B; both edited its city from version v: one conflict.

    Returns (A's login, B's login, the account id, its name).
    """
    la, a = srv.rep()
    lb, b = srv.rep()
    name = unique("杭州客户")
    acc = account(name=name)
    v = a.push([acc])[0]["version"]
    admin.assign(srv.engine, acc["row_id"], lb)
    a.push([edit("accounts", acc["row_id"], v, at="2026-03-02T10:00:00", city="宁波")])
    [lost] = b.push([edit("accounts", acc["row_id"], v, at="2026-03-02T09:00:00", city="上海")])
    assert lost["status"] == "conflict"
    return la, lb, acc["row_id"], name


def test_accounts_are_listed_with_owner_and_sharing_reps_and_filtered_by_rep(
    srv: Harness, shared: tuple[str, str, str, str]
) -> None:
    la, lb, acc, name = shared
    lc, c = srv.rep()
    own = account(name=unique("宁波客户"))
    c.push([own])
    listed = {a.id: a for a in admin.list_accounts(srv.engine)}
    assert (listed[acc].name, listed[acc].owner, listed[acc].shared_with) == (name, la, [lb])
    assert listed[own["row_id"]].owner == lc and not listed[acc].deleted
    assert [a.id for a in admin.list_accounts(srv.engine, lb)] == [acc]
    assert [a.id for a in admin.list_accounts(srv.engine, lc)] == [own["row_id"]]
    with pytest.raises(admin.AdminError, match="no rep"):
        admin.list_accounts(srv.engine, unique("nobody"))


def test_conflicts_are_listed_with_both_values_who_and_when_and_filtered(
    srv: Harness, shared: tuple[str, str, str, str]
) -> None:
    la, lb, acc, _ = shared
    [conflict] = [c for c in admin.list_conflicts(srv.engine, lb) if c.row_id == acc]
    assert (conflict.table, conflict.field, conflict.account_id) == ("accounts", "city", acc)
    assert (conflict.kept, conflict.kept_by, conflict.lost, conflict.lost_by) == (
        "宁波",
        la,
        "上海",
        lb,
    )
    assert conflict.kept_at.startswith("2026-03-02T10:00")
    assert acc in {c.row_id for c in admin.list_conflicts(srv.engine, la)}
    lc, _ = srv.rep()
    assert admin.list_conflicts(srv.engine, lc) == []  # neither his record nor his edit
    after = admin.parse_since("2026-03-02T09:30")
    assert acc in {c.row_id for c in admin.list_conflicts(srv.engine, lb, after)}
    later = admin.parse_since("2026-03-03")
    assert acc not in {c.row_id for c in admin.list_conflicts(srv.engine, lb, later)}
    with pytest.raises(admin.AdminError, match="not a date"):
        admin.parse_since("yesterday")


def test_the_cli_lists_accounts_and_conflicts_as_tables_and_json(
    srv: Harness, shared: tuple[str, str, str, str]
) -> None:
    la, lb, acc, name = shared
    table = cli(srv, "list-accounts", "--rep", lb)
    assert table.returncode == 0, table.stderr
    header, row = table.stdout.splitlines()
    assert header.split() == ["id", "name", "owner", "shared", "with", "state"]
    assert row.split() == [acc, name, la, lb, "active"]
    as_json = cli(srv, "list-accounts", "--rep", la, "--format", "json")
    assert json.loads(as_json.stdout) == [
        {"id": acc, "name": name, "deleted": False, "owner": la, "shared_with": [lb]}
    ]
    conflicts = cli(srv, "list-conflicts", "--rep", lb, "--since", "2026-03-01", "--format", "json")
    assert conflicts.returncode == 0, conflicts.stderr
    [found] = json.loads(conflicts.stdout)
    assert (found["row_id"], found["field"], found["kept"], found["lost"]) == (
        acc,
        "city",
        "宁波",
        "上海",
    )
    assert (found["kept_by"], found["lost_by"]) == (la, lb)
    shown = cli(srv, "list-conflicts", "--rep", lb)
    assert shown.returncode == 0 and "宁波" in shown.stdout and "上海" in shown.stdout
    bad = cli(srv, "list-conflicts", "--since", "soon")
    assert (
        bad.returncode == 2
        and bad.stderr.strip() == "error: --since: 'soon' is not a date (YYYY-MM-DD)"
    )
    unknown = cli(srv, "list-accounts", "--rep", unique("ghost"))
    assert unknown.returncode == 2 and "no rep" in unknown.stderr


def test_the_pull_page_size_setting_caps_the_clients_limit(srv: Harness) -> None:
    assert load_settings({}).pull_page_max == 10_000
    settings = load_settings({**FAST_HASHING, "REPDESK_SERVER_PULL_PAGE_MAX": "3"})
    assert settings.pull_page_max == 3
    _, a = srv.rep()
    a.push([account() for _ in range(5)])
    app = create_app(settings.with_overrides(db=srv.server.db_url))
    with TestClient(app, base_url="http://127.0.0.1") as http:
        headers = {PROTOCOL_HEADER: str(PROTOCOL_VERSION), "Authorization": f"Bearer {a.token}"}
        page = http.post(
            "/api/v1/sync/pull", json={"since": 0, "limit": 1000}, headers=headers
        ).json()
    assert len(page["records"]) == 3 and page["more"] is True
