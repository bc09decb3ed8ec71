"""Pulling: paging by checkpoint, nothing missed under concurrent pushes, verification."""

from __future__ import annotations

import threading
from pathlib import Path

from server import admin, maintenance
from server.loadgen import SyncClient, start_server
from sync.protocol import digest_lines
from tests.server.conftest import FAST_HASHING, PASSWORD, Harness
from tests.server.helpers import account, child, edit

TABLES = ["accounts", "contacts", "activities"]


def test_paging_resumes_from_the_checkpoint_and_brings_each_record_once(srv: Harness) -> None:
    _, a = srv.rep()
    acc = account()
    a.push([acc, *[child("contacts", acc["row_id"], name=f"联系人{i}") for i in range(25)]])
    seen: list[str] = []
    since, pages = 0, 0
    while True:
        page = a.call("/sync/pull", {"since": since, "limit": 7}).json()
        versions = [r["version"] for r in page["records"]]
        assert versions == sorted(versions) and all(v > since for v in versions)
        seen += [r["id"] for r in page["records"]]
        since, pages = page["checkpoint"], pages + 1
        if not page["more"]:
            break
    assert len(seen) == len(set(seen)) and pages >= 4
    assert {acc["row_id"]} <= set(seen)
    empty = a.call("/sync/pull", {"since": since}).json()
    assert empty["records"] == [] and empty["more"] is False and empty["checkpoint"] >= since


def test_a_pull_misses_nothing_while_other_devices_push(srv: Harness) -> None:
    login, writer = srv.rep()
    reader = SyncClient(srv.url)
    reader.login(login, PASSWORD)
    acc = account()
    writer.push([acc])
    other = SyncClient(srv.url)
    other.login(login, PASSWORD)
    errors: list[BaseException] = []

    def pushing(client: SyncClient, tag: str) -> None:
        try:
            for round_ in range(15):
                batch = [
                    child("activities", acc["row_id"], subject=f"{tag}{round_}-{i}")
                    for i in range(8)
                ]
                client.push(batch)
        except BaseException as exc:  # noqa: BLE001 - reported by the main thread
            errors.append(exc)

    threads = [
        threading.Thread(target=pushing, args=(c, t)) for c, t in ((writer, "w"), (other, "o"))
    ]
    for t in threads:
        t.start()
    local: dict[str, int] = {}
    since = 0

    def pull_once() -> bool:
        nonlocal since
        page = reader.call("/sync/pull", {"since": since, "limit": 5}).json()
        for r in page["records"]:
            local[r["id"]] = r["version"]
        since = page["checkpoint"]
        return bool(page["more"])

    while any(t.is_alive() for t in threads):
        pull_once()
    for t in threads:
        t.join()
    while pull_once():
        pass
    assert errors == []
    truth = {r["id"]: r["version"] for r in reader.pull_all()[0]}
    assert local == truth
    assert sum(1 for r in reader.pull_all()[0] if r["table"] == "activities") == 2 * 15 * 8


def digests(records: list[dict], tables: list[str]) -> dict[str, dict]:
    return {
        t: {
            "count": len([r for r in records if r["table"] == t]),
            "hash": digest_lines([(r["id"], r["version"]) for r in records if r["table"] == t]),
        }
        for t in tables
    }


def test_verify_digests_match_what_the_rep_pulled_tombstones_included(srv: Harness) -> None:
    _, a = srv.rep()
    acc = account()
    con = child("contacts", acc["row_id"])
    results = a.push([acc, con, child("activities", acc["row_id"])])
    a.push([edit("contacts", con["row_id"], results[1]["version"], deleted=True)])
    assert a.verify(TABLES) == digests(a.pull_all()[0], TABLES)
    # a later change invalidates the cached digest
    a.push([edit("accounts", acc["row_id"], results[0]["version"], city="宁波")])
    assert a.verify(TABLES) == digests(a.pull_all()[0], TABLES)


def test_verify_stays_right_over_rounds_that_each_change_one_table(srv: Harness) -> None:
    # Digests of tables a round did not change are kept and carried forward; each round's
    # check must still see every later change, in whichever table, and another rep's too.
    _, a = srv.rep()
    _, other = srv.rep()
    acc = account()
    con, act = child("contacts", acc["row_id"]), child("activities", acc["row_id"])
    created = a.push([acc, con, act])
    version = {c["row_id"]: r["version"] for c, r in zip([acc, con, act], created, strict=True)}
    assert a.verify(TABLES) == digests(a.pull_all()[0], TABLES)
    for n, record in enumerate([con, act, con, acc, act, acc]):
        other.push([account()])  # seqs move on outside his scope too
        [result] = a.push(
            [edit(record["table"], record["row_id"], version[record["row_id"]], notes=f"第{n}轮")]
        )
        version[record["row_id"]] = result["version"]
        assert a.verify(TABLES) == digests(a.pull_all()[0], TABLES), n


def test_verify_follows_scope_changes(srv: Harness) -> None:
    _, a = srv.rep()
    lb, b = srv.rep()
    acc = account()
    a.push([acc, child("contacts", acc["row_id"])])
    assert b.verify(TABLES)["accounts"]["count"] == 0
    admin.assign(srv.engine, acc["row_id"], lb)
    assert b.verify(TABLES) == digests(b.pull_all()[0], TABLES)
    assert b.verify(TABLES)["contacts"]["count"] == 1
    admin.unassign(srv.engine, acc["row_id"], lb)
    assert b.verify(TABLES)["accounts"]["count"] == 0


def test_a_checkpoint_ahead_of_the_server_or_before_the_purge_horizon_gets_410(
    srv: Harness,
) -> None:
    _, a = srv.rep()
    seq = a.call("/sync/pull", {"since": 0}).json()["checkpoint"]
    assert a.call("/sync/pull", {"since": seq + 10_000_000}).status_code == 410
    kept = [account() for _ in range(3)]
    acc = account()
    a.push(kept)
    v = a.push([acc])[0]["version"]
    a.push([edit("accounts", acc["row_id"], v, deleted=True)])
    assert maintenance.purge(srv.engine, days=0) >= 1
    answer = a.call("/sync/pull", {"since": 1})
    assert answer.status_code == 410 and "checkpoint_too_old" in answer.json()["detail"]
    # a full re-pull pages through everything (never below the horizon: no 410 on the way)
    records, _, _ = a.pull_all(0, limit=1)
    ids = {r["id"] for r in records}
    assert acc["row_id"] not in ids
    assert {k["row_id"] for k in kept} <= ids and len(ids) == len(records)


def test_two_server_processes_on_one_database_serve_the_same_data_in_order(
    srv: Harness, tmp_path: Path
) -> None:
    second = start_server(srv.server.db_url, tmp_path / "second.log", env=FAST_HASHING)
    try:
        login, first_client = srv.rep()
        other = SyncClient(second.url)
        other.login(login, PASSWORD)  # a token made by one process works on the other
        acc = account()
        first_client.push([acc])
        errors: list[BaseException] = []

        def pushing(client: SyncClient) -> None:
            try:
                for n in range(10):
                    client.push(
                        [child("activities", acc["row_id"], subject=f"{n}") for _ in range(5)]
                    )
            except BaseException as exc:  # noqa: BLE001 - reported by the main thread
                errors.append(exc)

        threads = [threading.Thread(target=pushing, args=(c,)) for c in (first_client, other)]
        for t in threads:
            t.start()
        seen: dict[str, int] = {}
        since = 0
        while any(t.is_alive() for t in threads):
            page = other.call("/sync/pull", {"since": since, "limit": 3}).json()
            seen.update({r["id"]: r["version"] for r in page["records"]})
            since = page["checkpoint"]
        for t in threads:
            t.join()
        records, _, _ = other.pull_all(since)
        seen.update({r["id"]: r["version"] for r in records})
        assert errors == []
        assert seen == {r["id"]: r["version"] for r in first_client.pull_all()[0]}
        assert sum(1 for r in first_client.pull_all()[0] if r["table"] == "activities") == 100
    finally:
        second.stop()
