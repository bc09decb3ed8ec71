"""The server takes time-ordered ids (UUIDv7) from new clients and random ones from old."""

from __future__ import annotations

import uuid

from domain.ids import new_id
from server.loadgen import change
from tests.server.conftest import Harness
from tests.server.helpers import account, child, statuses


def test_records_with_new_and_old_ids_are_stored_and_linked_alike(srv: Harness) -> None:
    _, rep = srv.rep()
    new_acc, old_acc = account(new_id()), account(str(uuid.uuid4()))
    old_child = child("contacts", new_acc["row_id"], str(uuid.uuid4()))
    new_child = child("contacts", old_acc["row_id"], new_id())
    old_change = change("accounts", str(uuid.uuid4()), {"name": "旧客户", "channel_type": "dealer"})
    old_change["change_id"] = str(uuid.uuid4())
    pushed = [new_acc, old_acc, old_child, new_child, old_change]
    assert statuses(rep.push(pushed)) == ["applied"] * 5
    records, _, _ = rep.pull_all(0)
    by_id = {r["id"]: r for r in records}
    assert by_id[old_child["row_id"]]["fields"]["account_id"] == new_acc["row_id"]
    assert by_id[new_child["row_id"]]["fields"]["account_id"] == old_acc["row_id"]
    assert old_change["row_id"] in by_id
    # pushing the same changes again is answered from the record of what was applied
    assert statuses(rep.push(pushed)) == ["applied"] * 5
