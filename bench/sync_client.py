"""Client-side sync benchmarks against the real server process on loopback.

A large rep (the ``demo --size large`` shape, ~160,000 records, made by ``server.loadgen``) is
pushed to a fresh SQLite server; then the real client (``sync.engine``) on an empty local
database:

- the initial full pull, beside the limit (raw ``sqlite3`` ``executemany`` of the same rows
  into an empty database with the same schema, ``bench.foundation.raw_insert_seconds``);
- an incremental round: 100 local edits pushed and 100 edits another device of the rep
  pushed meanwhile pulled (push, pull, verify);
- a no-op round (nothing to send or fetch; verify only).

``sync_client_push`` measures the real client's first push: a copy of the ``demo --size
large`` database (every row a pending create) pushed to an empty SQLite server, with where
the time went: reading and encoding batches, storing the answers, waiting on the server
(and how much of that the server spent on the batches, by its ``Server-Timing``), and the
CPU time of both processes (on a busy machine it changes far less than wall time).
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import time
from contextlib import closing
from pathlib import Path
from typing import Any

import httpx

from bench.foundation import raw_insert_seconds
from bench.harness import Context, Result, benchmark
from server.benchmark import PASSWORD, add_reps, cpu_seconds
from server.loadgen import LARGE_SHAPE, SyncClient, change, push_bodies, rep_data, start_server
from services import records
from storage.database import Database, open_database
from storage.uow import UnitOfWork
from sync import outbox
from sync.client import SyncClient as Client
from sync.engine import SyncEngine, sync_once
from sync.protocol import PushResponse

LOGIN = "big"
EDITS = 100
NOOP_ROUNDS = 7


def _seed(url: str, changes: list[dict[str, object]]) -> dict[str, int]:
    """Push ``changes`` as the rep's other device; returns each record's version."""
    other = SyncClient(url)
    other.login(LOGIN, PASSWORD)
    versions: dict[str, int] = {}
    for body in push_bodies(changes, 1000):
        answer = other.call("/sync/push", raw=body)
        answer.raise_for_status()
        for result in answer.json()["results"]:
            versions[result["change_id"]] = result["version"]
    other.close()
    return {str(c["row_id"]): versions[str(c["change_id"])] for c in changes}


def _remote_edits(url: str, ids: list[str], versions: dict[str, int], n: int) -> None:
    """The rep's other device edits ``ids`` (another field than the local edits)."""
    other = SyncClient(url)
    other.login(LOGIN, PASSWORD)
    other.push(
        [
            change("accounts", i, {"phone": f"0571-{n:04d}{k:04d}"}, versions[i])
            for k, i in enumerate(ids)
        ]
    )
    other.close()


def _local_edits(db: Database, ids: list[str], n: int) -> None:
    with UnitOfWork(db) as uow:
        for row_id in ids:
            records.update(uow, "accounts", row_id, {"notes": f"第{n}轮回访"})


@benchmark("sync_client")
def sync_client(ctx: Context) -> list[Result]:
    """Full pull, incremental round and no-op round of the real client on a large rep."""
    workdir = ctx.workdir / "sync-client"
    workdir.mkdir(parents=True, exist_ok=True)
    for path in workdir.glob("*.db*"):
        path.unlink()
    server_url = f"sqlite:///{workdir / 'server.db'}"
    add_reps(server_url, [LOGIN])
    server = start_server(server_url, workdir / "server.log")
    try:
        changes = rep_data(LARGE_SHAPE)
        versions = _seed(server.url, changes)
        accounts = [str(c["row_id"]) for c in changes if c["table"] == "accounts"]
        local_path = workdir / "laptop.db"
        db = open_database(local_path)
        client = Client(server.url)
        client.login(LOGIN, PASSWORD)
        try:
            started = time.perf_counter()
            engine = SyncEngine(db, client)
            engine.pull()
            pull = time.perf_counter() - started
            pulled = engine.result.pulled
            engine.verify()  # the rest of the first round (digests computed on both sides)
            limit = raw_insert_seconds(local_path, workdir / "raw.db")
            results = [
                Result(
                    "client full pull (large rep)",
                    pull,
                    "s",
                    "",
                    f"{pulled:,} records, server + transfer + apply",
                ),
                Result("client full pull: raw executemany (limit)", limit, "s", "", "same rows"),
                Result("client full pull / limit", pull / limit, "x", "≤ 4x"),
            ]
            rounds = []
            for n in range(3):
                remote = accounts[n * 2 * EDITS : n * 2 * EDITS + EDITS]
                mine = accounts[n * 2 * EDITS + EDITS : (n + 1) * 2 * EDITS]
                _remote_edits(server.url, remote, versions, n)
                _local_edits(db, mine, n)
                outcome = sync_once(db, client)
                assert outcome.pushed == EDITS and outcome.pulled >= EDITS, outcome.summary()
                rounds.append(outcome.elapsed * 1000)
            results.append(
                Result(
                    f"client round, {EDITS} changes each way",
                    min(rounds),
                    "ms",
                    "≤ 300 ms",
                    f"push + pull + verify, best of 3 (median {statistics.median(rounds):.0f})",
                )
            )
            noop = []
            for _ in range(NOOP_ROUNDS):
                outcome = sync_once(db, client)
                assert outcome.pushed == 0 and outcome.pulled == 0, outcome.summary()
                noop.append(outcome.elapsed * 1000)
            results.append(
                Result(
                    "client no-op round",
                    statistics.median(noop),
                    "ms",
                    "≤ 20 ms",
                    f"median of {NOOP_ROUNDS}, {pulled:,} records held",
                )
            )
            return results
        finally:
            client.close()
            db.close()
    finally:
        server.stop()


class _Timing(httpx.HTTPTransport):
    """Loopback transport adding up the server's own time (``Server-Timing``) per call."""

    def __init__(self) -> None:
        super().__init__()
        self.server: list[float] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        timing = response.headers.get("server-timing", "")
        if "dur=" in timing:
            self.server.append(float(timing.split("dur=")[1].split(";")[0]) / 1000)
        return response


class _TimedEngine(SyncEngine):
    """The engine, timing its local steps of a push."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.build = 0.0
        self.mark = 0.0

    def _next_batch(self, after: int) -> list[outbox.Outgoing]:
        started = time.perf_counter()
        try:
            return super()._next_batch(after)
        finally:
            self.build += time.perf_counter() - started

    def _settle(self, batch: Any, answer: PushResponse) -> None:
        started = time.perf_counter()
        try:
            super()._settle(batch, answer)
        finally:
            self.mark += time.perf_counter() - started


def _waiting(path: Path) -> int:
    with closing(sqlite3.connect(path)) as con:
        return int(
            con.execute(
                "SELECT COUNT(*) FROM pending_changes WHERE state IN ('pending', 'sending')"
            ).fetchone()[0]
        )


def _load() -> str:
    return "load average " + ", ".join(f"{x:.1f}" for x in os.getloadavg())


@benchmark("sync_client_push")
def sync_client_push(ctx: Context) -> list[Result]:
    """The real client's first push of the large demo database to an empty server."""
    workdir = ctx.workdir / "sync-client-push"
    workdir.mkdir(parents=True, exist_ok=True)
    for path in workdir.glob("*.db*"):
        path.unlink()
    local_path = workdir / "laptop.db"
    source, copy = sqlite3.connect(ctx.large_db()), sqlite3.connect(local_path)
    with closing(source), closing(copy):
        source.backup(copy)
    total = _waiting(local_path)
    server_url = f"sqlite:///{workdir / 'server.db'}"
    add_reps(server_url, [LOGIN])
    server = start_server(server_url, workdir / "server.log")
    db = open_database(local_path)
    transport = _Timing()
    client = Client(server.url, transport=transport)
    try:
        client.login(LOGIN, PASSWORD)
        transport.server.clear()
        engine = _TimedEngine(db, client)
        before = _load()
        server_cpu, client_cpu = cpu_seconds(server.process.pid), time.process_time()
        started = time.perf_counter()
        rounds = 0
        while _waiting(local_path) and rounds < 10:  # one push sends all; a guard only
            engine.push()
            rounds += 1
        wall = time.perf_counter() - started
        client_cpu = time.process_time() - client_cpu
        server_cpu = cpu_seconds(server.process.pid) - server_cpu
        after = _load()
    finally:
        client.close()
        db.close()
        server.stop()
    result = engine.result
    assert result.pushed + result.rejected == total, result.summary()
    local = engine.build + engine.mark
    note = (
        f"{total:,} changes ({result.rejected} refused), pushes of {rounds} rounds; "
        f"{before} → {after}"
    )
    return [
        Result("client first push (large demo)", wall, "s", "≤ 10 s", note),
        Result("client first push: building batches", engine.build, "s", "", "read + encode"),
        Result("client first push: marking sent", engine.mark, "s", "", "answers stored"),
        Result(
            "client first push: waiting on server",
            max(wall - local, 0.0),
            "s",
            "",
            f"wall - building - marking; the server's own time {sum(transport.server):.1f} s (Server-Timing), median"
            f" {statistics.median(transport.server) * 1000:.0f} ms a batch",
        ),
        Result("client first push: client CPU", client_cpu, "s", "", "this process"),
        Result("client first push: server CPU", server_cpu, "s", "", "server process"),
    ]
