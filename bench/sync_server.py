"""Sync server benchmarks: first push and full pull of a large rep, no-op sync, 50 reps.

Runs ``server.benchmark`` against a fresh server on a temporary SQLite file, and on a
PostgreSQL database when ``REPDESK_BENCH_PG_URL`` names an empty one.
"""

from __future__ import annotations

import os

from bench.harness import Context, Result, benchmark
from server.benchmark import measure


def _results(figures: list, suffix: str) -> list[Result]:
    return [
        Result(f"server {suffix}: {f.name}", f.value, f.unit, f.target, f.note) for f in figures
    ]


@benchmark("sync_server")
def sync_server(ctx: Context) -> list[Result]:
    """The server's figures on SQLite (and PostgreSQL when configured)."""
    workdir = ctx.workdir / "sync-server"
    workdir.mkdir(parents=True, exist_ok=True)
    db = workdir / "server.db"
    for path in workdir.glob("server.db*"):
        path.unlink()
    results = _results(measure(f"sqlite:///{db}", workdir), "sqlite")
    pg_url = os.environ.get("REPDESK_BENCH_PG_URL")
    if pg_url:
        results += _results(measure(pg_url, workdir), "postgresql")
    return results
