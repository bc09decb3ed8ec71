"""Sync server benchmarks: first push and full pull of a large rep, no-op sync, 50 reps
(with one server process, then again with two).

Runs ``server.benchmark`` against a fresh server on a temporary SQLite file, then on
PostgreSQL: the empty database ``REPDESK_BENCH_PG_URL`` names, or else a throwaway cluster
(``tests/pgcluster.py``) when the PostgreSQL binaries are installed. PostgreSQL figures are
recorded under ``server postgresql: …``.
"""

from __future__ import annotations

import os
import sys
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path

from bench.harness import Context, Result, benchmark
from server.benchmark import Figure, measure
from tests.pgcluster import pg_bindir, pg_cluster

WORKERS = 2  # the 50 reps are measured again with this many server processes (one per core)


def _results(figures: list[Figure], suffix: str, extra: str = "") -> list[Result]:
    return [
        Result(f"server {suffix}: {f.name}{extra}", f.value, f.unit, f.target, f.note)
        for f in figures
    ]


def _measure(url: str, workdir: Path, suffix: str) -> list[Result]:
    """Everything with one server process, then the reps again with :data:`WORKERS`."""
    results = _results(measure(url, workdir), suffix)
    again = measure(url, workdir, workers=WORKERS, large=False, prefix=f"w{WORKERS}-")
    return results + _results(again, suffix, f" ({WORKERS} workers)")


def postgres() -> AbstractContextManager[str] | None:
    """An empty PostgreSQL database to measure on (its URL), or None when there is none."""
    url = os.environ.get("REPDESK_BENCH_PG_URL")
    if url:
        return nullcontext(url)
    bindir = pg_bindir()
    return pg_cluster(bindir) if bindir else None


@benchmark("sync_server")
def sync_server(ctx: Context) -> list[Result]:
    """The server's figures on SQLite and on PostgreSQL (when available)."""
    workdir = ctx.workdir / "sync-server"
    workdir.mkdir(parents=True, exist_ok=True)
    db = workdir / "server.db"
    for path in workdir.glob("server.db*"):
        path.unlink()
    results = _measure(f"sqlite:///{db}", workdir, "sqlite")
    pg = postgres()
    if pg is None:
        print("sync_server: no PostgreSQL, SQLite figures only", file=sys.stderr)
        return results
    with pg as url:
        results += _measure(url, workdir, "postgresql")
    return results
