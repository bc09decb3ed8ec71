"""Client-side sync benchmarks against the real server process on loopback.

A large rep (the ``demo --size large`` shape, ~160,000 records, made by ``server.loadgen``) is
pushed to a fresh SQLite server; then the real client (``sync.engine``) on an empty local
database:

- the initial full pull, beside the limit (raw ``sqlite3`` ``executemany`` of the same rows
  into an empty database with the same schema, ``bench.foundation.raw_insert_seconds``);
- an incremental round: 100 local edits pushed and 100 edits another device of the rep
  pushed meanwhile pulled (push, pull, verify);
- a no-op round (nothing to send or fetch; verify only).
"""

from __future__ import annotations

import statistics
import time

from bench.foundation import raw_insert_seconds
from bench.harness import Context, Result, benchmark
from server.benchmark import PASSWORD, add_reps
from server.loadgen import LARGE_SHAPE, SyncClient, change, push_bodies, rep_data, start_server
from services import records
from storage.database import Database, open_database
from storage.uow import UnitOfWork
from sync.client import SyncClient as Client
from sync.engine import SyncEngine, sync_once

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
