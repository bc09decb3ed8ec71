"""Foundation benchmarks: demo generation, export and import against the raw-SQLite limit."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from bench.harness import Context, Result, benchmark, run_main
from domain.records import TABLE_ORDER
from storage.database import open_database


def count_rows(path: Path) -> int:
    """Rows in all synced tables of the database at ``path``."""
    con = sqlite3.connect(path)
    try:
        return sum(con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in TABLE_ORDER)
    finally:
        con.close()


def raw_insert_seconds(source: Path, target: Path) -> float:
    """The limit: seconds raw ``sqlite3.executemany`` takes to insert ``source``'s rows
    into an empty database with the same schema (one transaction, rows already in memory)."""
    open_database(target).close()
    src = sqlite3.connect(source)
    tables = {}
    for table in TABLE_ORDER:
        cur = src.execute(f"SELECT * FROM {table}")
        tables[table] = ([d[0] for d in cur.description], cur.fetchall())
    src.close()
    dst = sqlite3.connect(target)
    dst.execute("PRAGMA journal_mode=WAL")
    dst.execute("PRAGMA synchronous=NORMAL")
    started = time.perf_counter()
    with dst:
        for table, (columns, rows) in tables.items():
            marks = ", ".join("?" * len(columns))
            dst.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)
    elapsed = time.perf_counter() - started
    dst.close()
    return elapsed


@benchmark("demo_large")
def demo_large(ctx: Context) -> list[Result]:
    """Wall time of ``main.py demo --size large`` (a fresh process, start-up included)."""
    path = ctx.workdir / "demo-bench.db"
    path.unlink(missing_ok=True)
    seconds, _ = run_main("demo", "--db", str(path), "--size", "large")
    rows = count_rows(path)
    path.unlink(missing_ok=True)
    return [Result("demo --size large", seconds, "s", "< 60 s", f"{rows:,} rows")]


@benchmark("transfer")
def transfer(ctx: Context) -> list[Result]:
    """Export and import throughput of the large database, beside raw executemany."""
    source = ctx.large_db()
    rows = count_rows(source)
    limit_db = ctx.workdir / "limit.db"
    limit_db.unlink(missing_ok=True)
    limit = raw_insert_seconds(source, limit_db)
    results = [Result("raw executemany (limit)", rows / limit, "rows/s", "", f"{limit:.2f} s")]
    for fmt in ("json", "xlsx"):
        out = ctx.workdir / f"export.{fmt}"
        seconds, _ = run_main("export", "--db", str(source), "--format", fmt, "--out", str(out))
        results.append(Result(f"export {fmt}", rows / seconds, "rows/s", "", f"{seconds:.2f} s"))
        target = ctx.workdir / f"import-{fmt}.db"
        target.unlink(missing_ok=True)
        open_database(target).close()
        seconds, _ = run_main("import", "--db", str(target), str(out))
        ratio = seconds / limit
        results.append(
            Result(
                f"import {fmt}",
                rows / seconds,
                "rows/s",
                "",
                f"{seconds:.2f} s = {ratio:.1f}x the raw limit",
            )
        )
    return results
