"""Network faults between laptop and server: offline rounds keep every change, retries are safe."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from storage.changes import pending_count
from sync import local
from sync.client import Offline, SyncClient
from sync.engine import PULL_LIMIT, PULL_PAGE_SIZE, page_size
from sync.protocol import MAX_PULL_LIMIT
from tests.integration.sync.faults import FaultProxy
from tests.integration.sync.helpers import Laptop, Server, free_port


def on(path: bytes, *faults: str) -> Callable[[bytes], str | None]:
    """A proxy mode: the next requests to ``path`` get ``faults`` in turn, then pass."""
    remaining = list(faults)

    def pick(request: bytes) -> str | None:
        if path in request.split(b"\r\n", 1)[0] and remaining:
            return remaining.pop(0)
        return None

    return pick


def pushes_over(limit: int) -> Callable[[bytes], str | None]:
    """A proxy mode: 413 for a push of more than ``limit`` changes."""

    def pick(request: bytes) -> str | None:
        if b"/sync/push" in request.split(b"\r\n", 1)[0]:
            return "413" if request.count(b'"change_id"') > limit else None
        return None

    return pick


@pytest.fixture
def proxy(server: Server) -> Iterator[FaultProxy]:
    p = FaultProxy(server.port)
    try:
        yield p
    finally:
        p.close()


@pytest.fixture
def laptop(server: Server, proxy: FaultProxy, tmp_path: Path) -> Iterator[Laptop]:
    """A rep's laptop syncing through the proxy, with 30 accounts waiting to be pushed."""
    waits: list[float] = []
    lap = Laptop.open(
        proxy.url,
        server.add_rep(),
        tmp_path / "rep.db",
        timeout=1.0,
        max_tries=3,
        sleep=waits.append,
    )
    lap.waits = waits  # type: ignore[attr-defined]
    for _ in range(30):
        lap.new_account()
    try:
        yield lap
    finally:
        lap.close()


def waiting(laptop: Laptop) -> int:
    with laptop.db.engine.connect() as conn:
        return pending_count(conn)


def assert_all_pushed_once(laptop: Laptop, accounts: int) -> None:
    assert waiting(laptop) == 0
    assert laptop.changes("rejected") == []
    assert laptop.differs_from_server() == []
    synced = [k for k in laptop.snapshot() if k[0] == "accounts"]
    assert len(synced) == accounts


@pytest.mark.parametrize(
    "fault", ["hang", "drop", "reset_after_commit", "truncate", "500", "502", "503"]
)
def test_a_server_that_keeps_failing_makes_the_round_offline_and_keeps_every_change(
    laptop, proxy, fault
):
    proxy.mode = fault
    with pytest.raises(Offline):
        laptop.sync()
    assert waiting(laptop) == 30
    assert laptop.changes("rejected") == []
    proxy.mode = None
    laptop.sync()
    assert_all_pushed_once(laptop, 30)


def test_retry_after_is_honoured_on_503_and_429(laptop, proxy):
    proxy.mode = on(b"/sync/push", "503", "429")
    laptop.sync()
    assert laptop.waits[:2] == [1.0, 1.0]
    assert_all_pushed_once(laptop, 30)


def test_an_unreachable_server_is_offline_and_the_changes_go_once_it_is_back(laptop, server):
    token = laptop.client.token
    reachable = laptop.client
    laptop.client = SyncClient(f"http://127.0.0.1:{free_port()}", token=token, backoff=0.01)
    with pytest.raises(Offline, match="cannot reach"):
        laptop.sync()
    assert waiting(laptop) == 30
    laptop.client.close()
    laptop.client = reachable
    laptop.sync()
    assert_all_pushed_once(laptop, 30)


def test_a_lost_push_answer_is_retried_and_the_server_applies_each_change_once(laptop, proxy):
    proxy.mode = on(b"/sync/push", "reset_after_commit", "truncate")
    result = laptop.sync()
    assert proxy.seen.count("reset_after_commit") == 1 and proxy.seen.count("truncate") == 1
    assert result.pushed == 30
    assert_all_pushed_once(laptop, 30)


def test_faults_while_pulling_are_retried_and_the_pull_completes(laptop, proxy):
    laptop.sync()
    proxy.mode = on(b"/sync/pull", "truncate", "502")
    laptop.edit("accounts", laptop.snapshot().popitem()[0][1], city="苏州")
    laptop.sync()
    assert_all_pushed_once(laptop, 30)


def test_a_batch_the_server_finds_too_large_is_split_in_halves_until_it_fits(laptop, proxy):
    proxy.mode = pushes_over(8)
    result = laptop.sync()
    assert "413" in proxy.seen
    assert result.pushed == 30 and result.rejected == 0
    assert_all_pushed_once(laptop, 30)


def cancelled_after(seconds: float) -> threading.Event:
    """An event set ``seconds`` from now (the rep pressing Cancel)."""
    event = threading.Event()
    timer = threading.Timer(seconds, event.set)
    timer.daemon = True
    timer.start()
    return event


@pytest.mark.parametrize("fault", ["503", "hang"])
def test_cancel_ends_a_round_waiting_on_retry_after_or_a_hung_answer_at_once(
    server, proxy, tmp_path, fault
):
    """503 with Retry-After: 60, or a server that never answers (read timeout 120 s): the
    cancel ends the round within a second or so, and every pending change is kept."""
    lap = Laptop.open(proxy.url, server.add_rep(), tmp_path / "rep.db", max_tries=5)
    try:
        first = [lap.new_account() for _ in range(3)]
        lap.sync()
        lap.edit("accounts", first[0], city="温州")
        for _ in range(5):
            lap.new_account()
        proxy.retry_after = 60
        proxy.mode = fault
        lap.client.cancel = cancelled_after(0.5)
        started = time.monotonic()
        result = lap.sync()
        elapsed = time.monotonic() - started
        assert result.cancelled and elapsed < 3.0, elapsed
        assert waiting(lap) == 6 and lap.changes("rejected") == []
        proxy.mode = None
        lap.client.cancel = None
        assert lap.sync().pushed == 6
        assert_all_pushed_once(lap, 8)
        assert lap.value("accounts", first[0], "city") == "温州"
    finally:
        lap.close()


def test_the_pull_page_size_is_a_setting_in_sync_state(server, proxy, tmp_path):
    assert page_size({}) == PULL_LIMIT == 5000
    assert page_size({PULL_PAGE_SIZE: 10**9}) == MAX_PULL_LIMIT
    login = server.add_rep()
    office = Laptop.open(server.url, login, tmp_path / "office.db")
    accounts = {office.new_account() for _ in range(5)}
    office.sync()
    office.close()
    home = Laptop.open(proxy.url, login, tmp_path / "home.db")
    try:
        with local.writing(home.db) as conn:
            local.write_state(conn, {PULL_PAGE_SIZE: 2})
        home.sync()
        pulls = [r for r in proxy.requests if b"/sync/pull" in r]
        assert len(pulls) >= 3  # 5 accounts (and the reps) two at a time
        assert {row_id for table, row_id in home.snapshot() if table == "accounts"} == accounts
    finally:
        home.close()
