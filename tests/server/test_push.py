"""Pushing changes: scope, exactly-once, per-field merge, conflicts, tombstones, validation."""

from __future__ import annotations

import datetime as dt
import json

from server.loadgen import SyncClient, change
from tests.server.conftest import Harness
from tests.server.helpers import account, child, edit, new_id, statuses


def pulled(client: SyncClient, since: int = 0) -> dict[str, dict]:
    records, _, _ = client.pull_all(since)
    return {r["id"]: r for r in records}


def test_a_pushed_record_comes_back_to_its_rep_with_all_fields(srv: Harness) -> None:
    _, a = srv.rep()
    acc = account(credit_limit="1234.5")
    [result] = a.push([acc])
    assert result["status"] == "applied" and result["version"] > 0
    record = pulled(a)[acc["row_id"]]
    assert record["version"] == result["version"] and record["deleted"] is False
    assert record["fields"]["credit_limit"] == "1234.50"  # canonical money
    assert record["fields"]["short_name"] is None  # every field, set or not
    assert record["fields"]["tags"] == []


def test_another_rep_sees_nothing_of_it_anywhere(srv: Harness) -> None:
    _, a = srv.rep()
    _, b = srv.rep()
    acc = account()
    con = child("contacts", acc["row_id"])
    a.push([acc, con])
    b.push([edit("contacts", con["row_id"], 0, name="偷看")])
    records, _, page = b.pull_all()
    assert {r["table"] for r in records} == {"reps"}
    text = json.dumps([records, page])
    assert acc["row_id"] not in text and con["row_id"] not in text
    assert b.verify(["accounts", "contacts"])["contacts"]["count"] == 0


def test_pushing_to_another_reps_ids_is_answered_like_a_missing_id(srv: Harness) -> None:
    _, a = srv.rep()
    _, b = srv.rep()
    acc = account()
    a.push([acc])
    theirs = b.push([edit("accounts", acc["row_id"], 1, city="上海")])
    missing = b.push([edit("accounts", new_id(), 1, city="上海")])
    assert theirs[0]["status"] == missing[0]["status"] == "rejected"
    assert theirs[0]["reason"] == missing[0]["reason"] == "not_found"
    # … and so is a create reusing the id, or a child under the other rep's account
    same_id = b.push([account(acc["row_id"])])[0]
    under = b.push([child("contacts", acc["row_id"])])[0]
    under_missing = b.push([child("contacts", new_id())])[0]
    assert same_id["reason"] == under["reason"] == under_missing["reason"] == "not_found"
    assert pulled(a)[acc["row_id"]]["fields"]["city"] == "杭州"


def test_a_create_reusing_an_id_of_another_table_is_refused(srv: Harness) -> None:
    _, a = srv.rep()
    acc = account()
    a.push([acc])
    [result] = a.push([child("contacts", acc["row_id"], row_id=acc["row_id"])])
    assert (result["status"], result["reason"]) == ("rejected", "not_found")


def test_the_same_batch_pushed_twice_is_applied_once(srv: Harness) -> None:
    _, a = srv.rep()
    acc = account()
    batch = [acc, child("contacts", acc["row_id"]), edit("accounts", new_id(), 0, city="x")]
    first = a.push(batch)
    again = a.push(batch)
    assert first == again
    records = [r for r in a.pull_all()[0] if r["table"] != "reps"]
    assert len(records) == 2
    assert sorted(r["version"] for r in records) == sorted(
        r["version"] for r in first if r["status"] == "applied"
    )


def test_a_change_id_of_another_rep_reveals_nothing(srv: Harness) -> None:
    _, a = srv.rep()
    _, b = srv.rep()
    acc = account()
    a.push([acc])
    [result] = b.push([acc])
    assert (result["status"], result["reason"], result["conflicts"]) == (
        "rejected",
        "not_found",
        [],
    )


def test_edits_of_different_fields_by_two_devices_are_both_kept(srv: Harness) -> None:
    _, a = srv.rep()
    acc = account()
    [created] = a.push([acc])
    v = created["version"]
    first = a.push([edit("accounts", acc["row_id"], v, city="宁波")])
    second = a.push([edit("accounts", acc["row_id"], v, phone="0571-88880000")])
    assert statuses(first + second) == ["applied", "merged"]
    fields = pulled(a)[acc["row_id"]]["fields"]
    assert (fields["city"], fields["phone"]) == ("宁波", "0571-88880000")


def test_the_later_edit_of_one_field_wins_and_a_conflict_keeps_the_other(srv: Harness) -> None:
    la, a = srv.rep()
    acc = account()
    v = a.push([acc])[0]["version"]
    a.push([edit("accounts", acc["row_id"], v, at="2026-01-05T10:00:00", city="宁波")])
    [result] = a.push([edit("accounts", acc["row_id"], v, at="2026-01-05T09:00:00", city="上海")])
    assert result["status"] == "conflict"
    [conflict] = result["conflicts"]
    assert (conflict["field"], conflict["kept"], conflict["lost"]) == ("city", "宁波", "上海")
    assert conflict["kept_by"] == conflict["lost_by"] == la
    records, _, page = a.pull_all()
    assert {r["id"]: r for r in records}[acc["row_id"]]["fields"]["city"] == "宁波"
    assert [c["id"] for c in page["conflicts"]] == [conflict["id"]]  # last page lists it
    assert result["version"] == {r["id"]: r for r in records}[acc["row_id"]]["version"]


def test_a_clock_a_year_ahead_does_not_win_against_a_real_later_edit(srv: Harness) -> None:
    _, a = srv.rep()
    acc = account()
    v = a.push([acc])[0]["version"]
    utc_now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    ahead = (utc_now + dt.timedelta(days=365)).isoformat()
    a.push([edit("accounts", acc["row_id"], v, at=ahead, city="未来")])  # laptop a year ahead
    later = dt.datetime.now(dt.UTC).replace(tzinfo=None).isoformat()
    [result] = a.push([edit("accounts", acc["row_id"], v, at=later, city="现在")])
    [conflict] = result["conflicts"]
    assert (conflict["kept"], conflict["lost"]) == ("现在", "未来")
    assert conflict["lost_at"] < later < ahead  # clamped to when the server received it
    assert pulled(a)[acc["row_id"]]["fields"]["city"] == "现在"


def test_a_deleted_record_is_not_resurrected_by_a_stale_edit(srv: Harness) -> None:
    _, a = srv.rep()
    acc = account()
    v = a.push([acc])[0]["version"]
    a.push([edit("accounts", acc["row_id"], v, deleted=True)])
    [stale] = a.push([edit("accounts", acc["row_id"], v, city="宁波")])
    assert stale["status"] == "conflict"
    [conflict] = stale["conflicts"]
    assert (conflict["field"], conflict["kept"], conflict["lost"]) == (
        "deleted",
        True,
        {"city": "宁波"},
    )
    record = pulled(a)[acc["row_id"]]
    assert record["deleted"] is True and record["fields"]["city"] == "杭州"
    # a deliberate restore (from the conflict view) is applied
    [restore] = a.push([edit("accounts", acc["row_id"], record["version"], deleted=False)])
    assert restore["status"] == "applied"
    assert pulled(a)[acc["row_id"]]["deleted"] is False


def test_deleting_an_account_tombstones_everything_under_it(srv: Harness) -> None:
    _, a = srv.rep()
    acc = account()
    con = child("contacts", acc["row_id"])
    pro = child("projects", acc["row_id"])
    role = change(
        "project_roles",
        new_id(),
        {"project_id": pro["row_id"], "contact_id": con["row_id"], "role": "user"},
    )
    act = child("activities", acc["row_id"])
    results = a.push([acc, con, pro, role, act])
    assert statuses(results) == ["applied"] * 5
    a.push([edit("accounts", acc["row_id"], results[0]["version"], deleted=True)])
    records = pulled(a)
    assert all(records[c["row_id"]]["deleted"] for c in (acc, con, pro, role, act))
    versions = [records[c["row_id"]]["version"] for c in (acc, con, pro, role, act)]
    assert len(set(versions)) == 5  # each its own seq


def test_a_record_made_offline_under_a_deleted_account_is_kept_deleted_with_a_conflict(
    srv: Harness,
) -> None:
    _, a = srv.rep()
    acc = account()
    v = a.push([acc])[0]["version"]
    a.push([edit("accounts", acc["row_id"], v, deleted=True)])
    con = child("contacts", acc["row_id"], name="李四")
    [result] = a.push([con])
    assert result["status"] == "conflict"
    assert result["conflicts"][0]["lost"]["name"] == "李四"
    assert pulled(a)[con["row_id"]]["deleted"] is True


def test_bad_values_reject_that_change_only_naming_the_field(srv: Harness) -> None:
    _, a = srv.rep()
    acc = account()
    bad = [
        account(channel_type="spaceship"),
        account(credit_limit="lots"),
        account(payment_terms_days=1000),
        account(mood="happy"),
        change("spaceships", new_id(), {"name": "x"}),
        change("accounts", "not-a-uuid", {"name": "x", "channel_type": "dealer"}),
        change("reps", new_id(), {"login": "x", "display_name": "x"}),
        account(name=None),
        child("contacts", "'; DROP TABLE records; --"),
        child("invoices", acc["row_id"], issued_on="2026-03-01", due_on="2026-01-01"),
    ]
    results = a.push([acc, *bad])
    assert results[0]["status"] == "applied"
    reasons = [r["reason"] for r in results[1:]]
    assert all(r["status"] == "rejected" for r in results[1:])
    for reason, name in zip(
        reasons,
        [
            "channel_type",
            "credit_limit",
            "payment_terms_days",
            "mood",
            "table",
            "row_id",
            "reps",
            "name",
            "account_id",
            "due_on",
        ],
        strict=True,
    ):
        assert reason.startswith(name), (name, reason)
    assert len([r for r in a.pull_all()[0] if r["table"] == "accounts"]) == 1


def test_a_self_assessment_without_a_contact_is_private_to_its_rep(srv: Harness) -> None:
    _, a = srv.rep()
    _, b = srv.rep()
    mine = change(
        "profile_assessments",
        new_id(),
        {"kind": "self", "assessed_on": "2026-01-02", "score_a": 30},
    )
    assert a.push([mine])[0]["status"] == "applied"
    assert mine["row_id"] in pulled(a)
    assert mine["row_id"] not in pulled(b)
    assert b.push([edit("profile_assessments", mine["row_id"], 1, score_a=1)])[0]["reason"] == (
        "not_found"
    )


def test_every_rep_sees_the_reps_list_but_cannot_change_it(srv: Harness) -> None:
    la, a = srv.rep()
    lb, b = srv.rep()
    reps = {r["fields"]["login"]: r for r in a.pull_all()[0] if r["table"] == "reps"}
    assert {la, lb} <= set(reps)
    assert set(reps[lb]["fields"]) == {"login", "display_name", "email"}
    [result] = a.push([edit("reps", reps[la]["id"], 0, display_name="改名")])
    assert result["status"] == "rejected"
