"""Creates that leave fields out: defaults filled in, required fields enforced.

Every client must be able to store what it pulls, and a client's column may be NOT NULL with
a default (``accounts.is_key_account``): a create from any client that omits such a field
must not put null into everybody's database.
"""

from __future__ import annotations

from server.loadgen import SyncClient, change
from tests.server.conftest import Harness
from tests.server.helpers import new_id


def pulled(client: SyncClient) -> dict[str, dict]:
    records, _, _ = client.pull_all(0)
    return {r["id"]: r["fields"] for r in records}


def test_a_create_leaving_out_fields_with_defaults_is_stored_with_the_defaults(
    srv: Harness,
) -> None:
    _, a = srv.rep()
    acc = change("accounts", new_id(), {"name": "宁波恒信", "channel_type": "dealer"})
    project = change("projects", new_id(), {"account_id": acc["row_id"], "name": "集采"})
    results = a.push([acc, project])
    assert [r["status"] for r in results] == ["applied", "applied"]
    fields = pulled(a)
    assert fields[acc["row_id"]]["is_key_account"] is False
    assert fields[acc["row_id"]]["lifecycle_stage"] == "develop"
    assert fields[acc["row_id"]]["tags"] == []
    assert fields[acc["row_id"]]["city"] is None  # no default: empty
    assert (fields[project["row_id"]]["step"], fields[project["row_id"]]["status"]) == (
        "analyse",
        "open",
    )


def test_a_create_sending_null_for_a_field_with_a_default_gets_the_default(srv: Harness) -> None:
    _, a = srv.rep()
    acc = change(
        "accounts",
        new_id(),
        {"name": "宁波恒信", "channel_type": "dealer", "is_key_account": None, "city": "宁波"},
    )
    [result] = a.push([acc])
    assert result["status"] == "applied"
    fields = pulled(a)[acc["row_id"]]
    assert fields["is_key_account"] is False and fields["city"] == "宁波"


def test_a_create_missing_a_required_field_without_default_is_rejected_alone(
    srv: Harness,
) -> None:
    _, a = srv.rep()
    good = change("accounts", new_id(), {"name": "宁波恒信", "channel_type": "dealer"})
    no_channel = change("accounts", new_id(), {"name": "缺渠道"})
    null_name = change("accounts", new_id(), {"name": None, "channel_type": "dealer"})
    results = a.push([no_channel, good, null_name])
    assert [r["status"] for r in results] == ["rejected", "applied", "rejected"]
    assert results[0]["reason"].startswith("channel_type:")
    assert results[2]["reason"].startswith("name:")
    stored = pulled(a)
    assert good["row_id"] in stored
    assert no_channel["row_id"] not in stored and null_name["row_id"] not in stored


def test_an_edit_leaving_fields_out_does_not_reset_them_to_defaults(srv: Harness) -> None:
    _, a = srv.rep()
    acc = change(
        "accounts",
        new_id(),
        {"name": "宁波恒信", "channel_type": "dealer", "is_key_account": True},
    )
    [created] = a.push([acc])
    edit = change("accounts", acc["row_id"], {"city": "宁波"}, base_version=created["version"])
    assert a.push([edit])[0]["status"] == "applied"
    fields = pulled(a)[acc["row_id"]]
    assert fields["is_key_account"] is True and fields["lifecycle_stage"] == "develop"
