"""The outgoing queue: exactly once, frozen rows, edits during a round, rejected changes."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from sync import local, outbox
from sync.client import TooLarge
from sync.lock import SyncLock, SyncRunning
from sync.protocol import PushResponse
from tests.integration.sync.helpers import Laptop, Server


@pytest.fixture
def laptop(server: Server, tmp_path: Path) -> Iterator[Laptop]:
    lap = Laptop.open(server.url, server.add_rep(), tmp_path / "rep.db")
    try:
        yield lap
    finally:
        lap.close()


def send_without_recording(laptop: Laptop) -> int:
    """Mark the queue ``sending`` and push it, then "crash" before storing the answer."""
    with local.writing(laptop.db) as conn:
        outbox.freeze(conn, outbox.max_pending_seq(conn), 1000)
    with laptop.db.engine.connect() as conn:
        rows = outbox.next_sending(conn, 0, 1000)
    body = b'{"epoch":null,"changes":[' + b",".join(r.body for r in rows) + b"]}"
    answer = laptop.client.push_raw(body)
    assert {r.status for r in answer.results} == {"applied"}
    return len(rows)


def test_a_batch_pushed_again_after_a_lost_answer_creates_each_record_once(
    laptop, server, tmp_path
):
    accounts = [laptop.new_account() for _ in range(5)]
    assert send_without_recording(laptop) == 5
    assert send_without_recording(laptop) == 5  # same rows, same change ids, sent again
    assert {c.state for c in laptop.changes()} == {"sending"}
    result = laptop.sync()  # the interrupted rows go first, with the same change ids
    assert (result.pushed, result.conflicts, result.rejected) == (5, 0, 0)
    assert laptop.changes() == []
    assert laptop.differs_from_server() == []
    other = Laptop.open(server.url, laptop.login, tmp_path / "second-laptop.db")
    other.sync()
    assert sorted(k[1] for k in other.snapshot() if k[0] == "accounts") == sorted(accounts)
    other.close()


def test_an_edit_of_a_row_being_sent_opens_a_new_change_and_both_arrive(laptop):
    account = laptop.new_account(city="上海")
    with local.writing(laptop.db) as conn:
        outbox.freeze(conn, outbox.max_pending_seq(conn), 1000)
    laptop.edit("accounts", account, city="杭州")
    assert [c.state for c in laptop.changes()] == ["sending", "pending"]
    laptop.sync()
    laptop.sync()
    assert laptop.changes() == [] and laptop.conflicts() == []
    assert laptop.value("accounts", account, "city") == "杭州"
    assert laptop.differs_from_server() == []


def test_edits_made_during_a_round_stay_pending_and_go_in_the_next_round(laptop, server, tmp_path):
    accounts = [laptop.new_account(city="上海") for _ in range(250)]
    made: list[str] = []

    def progress(phase: str, done: int, total: int) -> None:
        if phase == "push" and not made:  # after the first batch, before the others
            laptop.edit("accounts", accounts[0], city="杭州")  # already sent
            laptop.edit("accounts", accounts[-1], city="宁波")  # frozen, not yet sent
            made.append(laptop.new_account(city="苏州"))

    first = laptop.sync(progress=progress, batch_changes=100)
    assert first.pushed == 250
    assert sorted(c.state for c in laptop.changes()) == ["pending"] * 3
    second = laptop.sync()
    assert (second.pushed, second.conflicts) == (3, 0)
    assert laptop.changes() == [] and laptop.conflicts() == []
    other = Laptop.open(server.url, laptop.login, tmp_path / "second-laptop.db")
    other.sync()
    assert other.value("accounts", accounts[0], "city") == "杭州"
    assert other.value("accounts", accounts[-1], "city") == "宁波"
    assert other.value("accounts", made[0], "city") == "苏州"
    other.close()


def test_a_change_the_server_rejects_is_kept_visible_and_does_not_block_the_queue(laptop):
    rep = laptop.create("reps", login="local-only", display_name="本地")  # reps: server-managed
    accounts = [laptop.new_account() for _ in range(3)]
    result = laptop.sync()
    assert (result.pushed, result.rejected) == (3, 1)
    [rejected] = laptop.changes("rejected")
    assert rejected.row_id == rep and rejected.reject_reason
    assert laptop.changes("pending", "sending") == []
    assert all(laptop.value("accounts", a, "version") > 0 for a in accounts)
    assert laptop.sync().rejected == 0  # not sent again
    assert len(laptop.changes("rejected")) == 1


def test_a_second_round_on_the_same_database_says_a_sync_is_already_running(laptop):
    laptop.new_account()
    with SyncLock(laptop.db.path), pytest.raises(SyncRunning, match="already running"):
        laptop.sync()
    assert laptop.sync().pushed == 1


def test_cancelling_between_batches_stops_cleanly_and_the_next_round_finishes(laptop):
    for _ in range(30):
        laptop.new_account()
    result = laptop.sync(batch_changes=10, should_cancel=lambda: True)
    assert result.cancelled and result.pushed == 0
    assert {c.state for c in laptop.changes()} == {"pending"}
    checks = iter([False, False, True])  # leftovers, first batch, then stop
    result = laptop.sync(batch_changes=10, should_cancel=lambda: next(checks, True))
    assert result.cancelled and result.pushed == 10
    assert [c.state for c in laptop.changes()] == ["sending"] * 20  # re-sent next round
    result = laptop.sync(batch_changes=10)
    assert not result.cancelled and result.pushed == 20
    assert laptop.changes() == [] and laptop.differs_from_server() == []


def test_batches_go_one_at_a_time_in_order_and_a_split_batch_goes_before_the_next(laptop):
    """The engine reads and settles batches while the server works on the next one: the
    server still gets them one at a time, oldest first, a 413's halves before what follows."""
    accounts = [laptop.new_account() for _ in range(45)]
    real = laptop.client.push_raw
    sent: list[str] = []
    busy = threading.Lock()

    def push_raw(body: bytes) -> PushResponse:
        assert busy.acquire(blocking=False), "two pushes at once"
        try:
            if len(sent) == 10 and body.count(b'"change_id"') > 5:  # the second batch
                raise TooLarge("too large")
            answer = real(body)
            sent.extend(c["row_id"] for c in json.loads(body)["changes"])
            return answer
        finally:
            busy.release()

    laptop.client.push_raw = push_raw  # type: ignore[method-assign]
    result = laptop.sync(batch_changes=10)
    assert (result.pushed, result.rejected) == (45, 0)
    assert sent == accounts
    assert laptop.changes() == [] and laptop.differs_from_server() == []


def test_a_queue_longer_than_one_freeze_is_all_pushed_in_one_round(laptop):
    # A first sync of a large database: the round freezes the queue in parts (here 7 at a
    # time) and sends every part, instead of leaving the rest for later rounds.
    accounts = [laptop.new_account() for _ in range(30)]
    result = laptop.sync(max_changes=7, batch_changes=4)
    assert result.pushed == 30 and result.rejected == 0
    assert laptop.changes() == []
    assert {k[1] for k in laptop.snapshot() if k[0] == "accounts"} == set(accounts)
    assert laptop.differs_from_server() == []
