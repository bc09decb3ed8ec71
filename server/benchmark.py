"""Server measurements: first push and full pull of a large rep, no-op sync, many reps at once.

``python -m server.benchmark [--db URL] [--scale 1.0] [--reps 50]`` starts a server on a fresh
database (a temporary SQLite file unless ``--db`` names an empty PostgreSQL database) and
prints the figures; ``bench/sync_server.py`` records them with the benchmark harness.
"""

from __future__ import annotations

import argparse
import functools
import os
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from domain.ids import new_id
from domain.records import TABLE_ORDER
from server import admin, auth
from server.db import open_engine
from server.loadgen import (
    LARGE_SHAPE,
    SyncClient,
    batches,
    change,
    push_bodies,
    rep_data,
    start_server,
)
from server.settings import Settings, load_settings

PASSWORD = "load test"
# Load tests log many reps in: cheap hashing (the server's production cost is not measured).
FAST_HASHING = {"REPDESK_SERVER_ARGON2_TIME_COST": "1", "REPDESK_SERVER_ARGON2_MEMORY_KIB": "1024"}
TABLES = list(TABLE_ORDER)


@dataclass
class Figure:
    """One measured figure."""

    name: str
    value: float
    unit: str
    target: str = ""
    note: str = ""


def _p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def first_push(
    client: SyncClient, changes: list[dict[str, Any]], server_pid: int = 0
) -> list[Figure]:
    """Push ``changes`` in batches of 1,000 (bodies made before the clock starts).

    Besides wall and server time, the server process's CPU time: on a machine busy with
    other work it changes far less than the times do.
    """
    bodies = push_bodies(changes, 1000)
    client.timings.clear()
    started, cpu = time.perf_counter(), cpu_seconds(server_pid) if server_pid else 0.0
    for body in bodies:
        answer = client.call("/sync/push", raw=body)
        answer.raise_for_status()
    wall = time.perf_counter() - started
    cpu = cpu_seconds(server_pid) - cpu if server_pid else 0.0
    server = sum(client.timings) / 1000
    note = f"{len(changes):,} records, {len(bodies)} batches"
    return [
        Figure("first push: wall", wall, "s", "≤ 10 s", note),
        Figure("first push: server", server, "s", "", note),
        Figure("first push: server CPU", cpu, "s", "", "server process (database included)"),
        Figure(
            "push batch of 1,000: median server", statistics.median(client.timings), "ms", "< 60 ms"
        ),
        Figure("push batch of 1,000: max server", max(client.timings), "ms"),
    ]


def full_pull(client: SyncClient, limit: int) -> tuple[list[Figure], int]:
    """Pull everything from 0 in pages of ``limit``; returns the figures and the checkpoint."""
    client.timings.clear()
    started = time.perf_counter()
    records, checkpoint, _ = client.pull_all(0, limit)
    wall = time.perf_counter() - started
    server = sum(client.timings) / 1000
    note = f"{len(records):,} records, pages of {limit:,}"
    return [
        Figure(f"full pull ({limit:,}/page): wall", wall, "s", "", note),
        Figure(f"full pull ({limit:,}/page): server", server, "s", "", note),
    ], checkpoint


def noop_sync(client: SyncClient, checkpoint: int, rounds: int = 20) -> list[Figure]:
    """Push nothing, pull nothing, verify every table; median of ``rounds``."""
    client.verify(TABLES)  # the first verification computes the digests
    walls, servers = [], []
    for _ in range(rounds):
        client.timings.clear()
        started = time.perf_counter()
        client.push([])
        _, checkpoint, _ = client.pull_all(checkpoint)
        client.verify(TABLES)
        walls.append((time.perf_counter() - started) * 1000)
        servers.append(sum(client.timings))
    return [
        Figure(
            "no-op sync: server",
            statistics.median(servers),
            "ms",
            "≤ 20 ms",
            "push 0 + pull + verify",
        ),
        Figure("no-op sync: wall", statistics.median(walls), "ms"),
    ]


SMALL_REP = {"accounts": 20, "contacts": 60, "projects": 20, "activities": 200, "invoices": 20}


class _Rep:
    """One simulated rep: his own small data set, synced in rounds."""

    def __init__(self, url: str, login: str, seed: int) -> None:
        self.client = SyncClient(url)
        self.client.login(login, PASSWORD)
        self.changes = rep_data(SMALL_REP, seed)
        self.accounts = [c["row_id"] for c in self.changes if c["table"] == "accounts"]
        self.versions: dict[str, int] = {}
        self.checkpoint = 0
        self.round_ms: list[float] = []

    def setup(self) -> None:
        for batch in batches(self.changes, 1000):
            for c, r in zip(batch, self.client.push(batch), strict=True):
                self.versions[c["row_id"]] = r["version"]
        _, self.checkpoint, _ = self.client.pull_all(0)
        self.client.verify(TABLES)

    def round(self, n: int) -> None:
        started = time.perf_counter()
        edits = [
            change("accounts", a, {"notes": f"第{n}轮回访"}, base_version=self.versions[a])
            for a in self.accounts[n % 4 :: 4][:5]
        ]
        new = change(
            "activities",
            new_id(),
            {
                "account_id": self.accounts[n % len(self.accounts)],
                "kind": "call",
                "occurred_at": "2026-01-06T10:00:00",
            },
        )
        for c, r in zip([*edits, new], self.client.push([*edits, new]), strict=True):
            if r["status"] == "rejected":  # an error like a failed request: the run fails
                raise RuntimeError(f"change rejected in a load round: {r['reason']}")
            self.versions[c["row_id"]] = r["version"]
        _, self.checkpoint, _ = self.client.pull_all(self.checkpoint)
        self.client.verify(TABLES)
        self.round_ms.append((time.perf_counter() - started) * 1000)


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system) a process and its live children used so far (Linux)."""
    total = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if stat.parent.name == str(pid) or fields[1] == str(pid):  # itself or a child
            total += sum(int(x) for x in fields[11:13]) / os.sysconf("SC_CLK_TCK")
    return total


def concurrent_reps(url: str, logins: list[str], rounds: int, server_pid: int = 0) -> list[Figure]:
    """All reps sync at the same moment (push 6 changes, pull, verify), ``rounds`` times,
    each burst starting when the previous one has finished: the time of each rep's round."""
    reps = [_Rep(url, login, i) for i, login in enumerate(logins)]
    _run_all([r.setup for r in reps])
    started, cpu, own = time.perf_counter(), cpu_seconds(server_pid), time.process_time()
    for n in range(rounds):
        _run_all([functools.partial(r.round, n) for r in reps])
    wall = time.perf_counter() - started
    cpu_ms = (cpu_seconds(server_pid) - cpu) * 1000 / (rounds * len(reps))
    client_ms = (time.process_time() - own) * 1000 / (rounds * len(reps))
    times = [t for r in reps for t in r.round_ms]
    server = [sum(r.client.timings[-3:]) for r in reps]  # the last round's calls
    note = f"{len(reps)} reps at once, {rounds} times, {wall:.1f} s in all"
    return [
        Figure(f"{len(reps)} reps syncing at once: p50 round", _p(times, 0.5), "ms", "", note),
        Figure(
            f"{len(reps)} reps syncing at once: p95 round", _p(times, 0.95), "ms", "≤ 500 ms", note
        ),
        Figure(f"{len(reps)} reps syncing at once: max round", max(times), "ms", "", note),
        Figure(
            "one round's server time (median rep)",
            statistics.median(server),
            "ms",
            "",
            "push+pull+verify",
        ),
        Figure("server CPU per round", cpu_ms, "ms", "", "all server processes"),
        Figure("load generator CPU per round", client_ms, "ms", "", "the 50 simulated clients"),
    ]


def _run_all(jobs: list[Callable[[], object]]) -> None:
    errors: list[BaseException] = []

    def run(job: Callable[[], object]) -> None:
        try:
            job()
        except BaseException as exc:  # noqa: BLE001 - re-raised below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(job,)) for job in jobs]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        raise errors[0]


def add_reps(db_url: str, logins: list[str]) -> None:
    """Create the reps ``logins`` (password :data:`PASSWORD`) in the database ``db_url``."""
    auth.configure(load_settings(FAST_HASHING))
    engine = open_engine(Settings(db=db_url, pool_size=2))
    try:
        for login in logins:
            admin.add_rep(engine, login, f"代表{login}", PASSWORD)
    finally:
        engine.dispose()


def measure(
    db_url: str,
    workdir: Path,
    *,
    scale: float = 1.0,
    reps: int = 50,
    rounds: int = 10,
    workers: int = 1,
    large: bool = True,
    prefix: str = "load",
    pulls: bool = True,
) -> list[Figure]:
    """Every measurement on a fresh server over ``db_url`` (an empty database).

    ``large=False`` measures only the reps syncing at once; with another login ``prefix``
    that can run on a database an earlier call filled (e.g. again with more ``workers``).
    ``pulls=False`` leaves out the large rep's full pulls and no-op sync (first push only).
    """
    logins = [f"{prefix}{i:03d}" for i in range(reps)]
    add_reps(db_url, ["big", *logins] if large else logins)
    server = start_server(db_url, workdir / "server.log", env=FAST_HASHING, workers=workers)
    try:
        figures: list[Figure] = []
        if large:
            big = SyncClient(server.url)
            big.login("big", PASSWORD)
            shape = {t: max(1, int(n * scale)) for t, n in LARGE_SHAPE.items()}
            figures += first_push(big, rep_data(shape), server.process.pid)
            for limit in (2000, 10000) if pulls else ():
                pulled, checkpoint = full_pull(big, limit)
                figures += pulled
            if pulls:
                figures += noop_sync(big, checkpoint)
        if reps:
            figures += concurrent_reps(server.url, logins, rounds, server.process.pid)
        return figures
    finally:
        server.stop()


def main(argv: list[str] | None = None) -> int:
    """Run the measurements and print them."""
    parser = argparse.ArgumentParser(prog="python -m server.benchmark")
    parser.add_argument("--db", help="an EMPTY database URL (default: a temporary SQLite file)")
    parser.add_argument("--scale", type=float, default=1.0, help="of the large-rep shape")
    parser.add_argument("--reps", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--workers", type=int, default=1, help="server processes")
    parser.add_argument(
        "--also-workers",
        type=int,
        default=0,
        help="then measure the reps again with this many server processes",
    )
    parser.add_argument(
        "--only",
        choices=("push", "reps"),
        help="push: the large rep's first push alone; reps: the reps syncing at once alone",
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="repdesk-server-bench-") as tmp:
        url = args.db or f"sqlite:///{Path(tmp) / 'server.db'}"
        for f in measure(
            url,
            Path(tmp),
            scale=args.scale,
            reps=0 if args.only == "push" else args.reps,
            rounds=args.rounds,
            workers=args.workers,
            large=args.only != "reps",
            pulls=args.only is None,
        ):
            print(f"{f.name:40} {f.value:10.2f} {f.unit:3} {f.target:10} {f.note}")
        if args.also_workers:
            for f in measure(
                url,
                Path(tmp),
                reps=args.reps,
                rounds=args.rounds,
                workers=args.also_workers,
                large=False,
                prefix=f"w{args.also_workers}-",
            ):
                name = f"{f.name} ({args.also_workers} workers)"
                print(f"{name:40} {f.value:10.2f} {f.unit:3} {f.target:10} {f.note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
