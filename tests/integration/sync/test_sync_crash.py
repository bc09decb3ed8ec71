"""``main.py sync`` killed with SIGKILL at random moments, again and again, then run to the end.

The test watches the command and kills it at a random moment after the phase under test has
begun: rows marked ``sending`` in the database (a push), a pull request passing a proxy (a
pull). Nothing a rep typed is lost (edits made between the kills included, also of rows
that were being sent), nothing is duplicated, and both laptops end equal to the server.
"""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from services import records
from storage.bulk import write_rows
from storage.changes import pending_count
from storage.database import open_database
from storage.models import new_id
from storage.uow import UnitOfWork
from sync import local
from tests.integration.sync.faults import FaultProxy
from tests.integration.sync.helpers import (
    PASSWORD,
    ROOT,
    Laptop,
    Server,
    python_env,
    run_cli,
)

ACCOUNTS = 5500  # and a contact each: 11,000 records, three pull pages of at most 5,000
MORE = 1000  # accounts added before each kill during a push, so there is a push to kill
KILLS = 4


def add_accounts(path: Path, count: int) -> None:
    """``count`` new accounts with a contact each, waiting to be pushed."""
    db = open_database(path)
    accounts = [
        {"id": new_id(), "name": f"客户{new_id()[:8]}", "channel_type": "dealer", "city": "上海"}
        for _ in range(count)
    ]
    with local.writing(db) as conn:
        write_rows(conn, "accounts", accounts)
        write_rows(conn, "contacts", [{"account_id": a["id"], "name": "王经理"} for a in accounts])
    db.close()


def pushing(db: Path) -> Callable[[], bool]:
    """Whether rows are marked ``sending`` in ``db`` (a push is under way)."""

    def begun() -> bool:
        con = sqlite3.connect(db, timeout=10)
        try:
            found = con.execute("SELECT 1 FROM pending_changes WHERE state = 'sending'")
            return found.fetchone() is not None
        finally:
            con.close()

    return begun


def pulling(proxy: FaultProxy) -> Callable[[], bool]:
    """Whether a pull request passes ``proxy`` from now on."""
    before = len(proxy.requests)
    return lambda: any(b"/sync/pull" in r for r in proxy.requests[before:])


def kill_during(db: Path, args: list[str], begun: Callable[[], bool], delay: float) -> bool:
    """Run ``main.py sync``; once ``begun()`` holds, wait ``delay`` s and SIGKILL it.

    Returns whether it was killed (False: it finished first).
    """
    proc = subprocess.Popen(
        [sys.executable, "main.py", "sync", "--db", str(db), *args],
        cwd=ROOT,
        env=python_env(REPDESK_PASSWORD=PASSWORD),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        stdin=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 30
    while proc.poll() is None and time.monotonic() < deadline:
        try:
            started = begun()
        except sqlite3.OperationalError:  # busy: look again
            started = False
        if started:
            time.sleep(delay)
            break
        time.sleep(0.01)
    if proc.poll() is not None:
        return False
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    return True


def edit_some(path: Path, rng: random.Random, expected: dict[str, str], tag: str) -> None:
    """Edit the city of a few accounts the database holds, as the rep would between kills."""
    db = open_database(path)
    try:
        with db.engine.connect() as conn:
            held = [r[0] for r in conn.exec_driver_sql("SELECT id FROM accounts ORDER BY id")]
        for account in rng.sample(held, min(5, len(held))):
            value = f"{tag}{rng.randrange(10**6)}"
            with UnitOfWork(db) as uow:
                records.update(uow, "accounts", account, {"city": value})
            expected[account] = value
    finally:
        db.close()


@pytest.mark.slow
def test_sync_killed_at_random_moments_loses_nothing_and_duplicates_nothing(server, tmp_path):
    rng = random.Random(20261123)
    login = server.add_rep()
    first, second = tmp_path / "first.db", tmp_path / "second.db"
    add_accounts(first, ACCOUNTS - KILLS * MORE)
    args = ["--server", server.url, "--user", login]
    expected: dict[str, str] = {}
    killed = {"push": 0, "pull": 0}

    for i in range(KILLS):  # the first laptop, killed while pushing
        add_accounts(first, MORE)
        killed["push"] += kill_during(first, args, pushing(first), rng.uniform(0.0, 0.3))
        edit_some(first, rng, expected, f"甲{i}-")
    done = run_cli("sync", "--db", str(first), *args)
    assert done.returncode == 0, done.stderr

    proxy = FaultProxy(server.port)  # only to see when a pull begins
    via_proxy = ["--server", proxy.url, "--user", login]
    for i in range(KILLS):  # a second laptop of the same rep, killed while downloading
        killed["pull"] += kill_during(second, via_proxy, pulling(proxy), rng.uniform(0.0, 0.5))
        edit_some(second, rng, expected, f"乙{i}-")
    for db in (second, first, second):
        done = run_cli("sync", "--db", str(db))
        assert done.returncode == 0, done.stderr
    proxy.close()
    assert killed["push"] >= KILLS - 1 and killed["pull"] >= 1, killed

    laptops = [Laptop.open(server.url, login, path) for path in (first, second)]
    try:
        for laptop in laptops:
            with laptop.db.engine.connect() as conn:
                assert pending_count(conn) == 0
            assert laptop.changes("rejected") == []
            assert laptop.differs_from_server() == []
            for account, city in expected.items():
                assert laptop.value("accounts", account, "city") == city
        one, two = (lap.snapshot() for lap in laptops)
        assert one == two
        assert sum(1 for table, _ in one if table == "accounts") == ACCOUNTS
        assert sum(1 for table, _ in one if table == "contacts") == ACCOUNTS
    finally:
        for laptop in laptops:
            laptop.close()


def server_counts(server: Server, login: str) -> tuple[int, int]:
    """(records in the rep's accounts, change ids the server applied for him)."""
    engine = create_engine(server.db_url)
    try:
        with engine.connect() as conn:
            rep = conn.execute(text("SELECT id FROM reps WHERE login = :l"), {"l": login}).scalar()
            in_scope = conn.execute(
                text(
                    "SELECT count(*) FROM records WHERE table_name IN ('accounts', 'contacts')"
                    " AND scope IN (SELECT account_id FROM account_access WHERE rep_id = :r)"
                ),
                {"r": rep},
            ).scalar()
            applied = conn.execute(
                text("SELECT count(*) FROM applied_changes WHERE rep_id = :r"), {"r": rep}
            ).scalar()
    finally:
        engine.dispose()
    return int(in_scope or 0), int(applied or 0)


def test_the_server_killed_mid_push_the_client_retries_and_every_change_arrives_once(
    fresh_server: Server, tmp_path: Path
):
    """SIGKILL to the server while a round pushes batches; it is started again on the same
    port and database while the client retries: the round completes, each change is applied
    exactly once, and the laptop equals the server."""
    server = fresh_server
    login = server.add_rep()
    path = tmp_path / "rep.db"
    add_accounts(path, 1500)  # 3,000 changes: 15 batches of 200
    laptop = Laptop.open(server.url, login, path, backoff=0.2, max_tries=10)
    try:
        waiting_before = len(laptop.changes())
        pushed: list[int] = []
        first_batch = threading.Event()
        at_kill: list[int] = []

        def progress(phase: str, done: int, total: int) -> None:
            if phase == "push":
                pushed.append(done)
                first_batch.set()

        def kill_and_restart() -> None:
            first_batch.wait(60)
            time.sleep(0.01)  # the next batch is on its way
            at_kill.append(pushed[-1])
            server.kill()
            server.start()

        killer = threading.Thread(target=kill_and_restart)
        killer.start()
        result = laptop.sync(progress=progress)
        killer.join(60)
        assert at_kill and at_kill[0] < waiting_before, (at_kill, waiting_before)
        assert result.pushed == waiting_before and result.rejected == 0
        assert laptop.changes() == []
        assert server_counts(server, login) == (3000, waiting_before)
        assert laptop.differs_from_server() == []
        again = laptop.sync()
        assert (again.pushed, again.pulled) == (0, 0)
        other = Laptop.open(server.url, login, tmp_path / "other.db")
        try:
            other.sync()
            assert other.snapshot() == laptop.snapshot()
        finally:
            other.close()
    finally:
        laptop.close()
