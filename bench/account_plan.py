"""Printed account plans on the large demo database: seconds per plan (data + PDF, median over
a sample of key accounts, the largest included; target ≤ 0.5 s) and a batch of 100 plans
written by ``write_plans`` as the app's export does (target ≤ 30 s)."""

from __future__ import annotations

import io
import statistics
import tempfile
import time
from pathlib import Path

from bench.harness import Context, Result, benchmark

SAMPLE = 30
BATCH = 100


@benchmark("account_plan")
def account_plan(ctx: Context) -> list[Result]:
    """Time one plan per sampled key account, then a batch of 100 into a scratch folder."""
    from reports.account_plan import render_plan
    from reports.fonts import chinese_font
    from services.account_plan import key_accounts, plan_data, write_plans
    from services.demo_data import DEMO_TODAY
    from storage.database import open_database
    from storage.uow import UnitOfWork

    chinese_font()  # registering the font is a one-off per process, not per plan
    db = open_database(ctx.large_db())
    try:
        with UnitOfWork(db, write=False) as uow:
            keys = [a.id for a in key_accounts(uow)]
            largest = (
                uow.session.connection()
                .exec_driver_sql(
                    "SELECT account_id FROM projects WHERE deleted = 0 AND status = 'open' "
                    "GROUP BY account_id ORDER BY COUNT(*) DESC LIMIT 1"
                )
                .scalar()
            )
        step = max(1, len(keys) // SAMPLE)
        sample = [*keys[::step][:SAMPLE], str(largest)]
        times: list[float] = []
        pages: list[int] = []
        biggest = 0.0
        for account_id in sample:
            started = time.perf_counter()
            with UnitOfWork(db, write=False) as uow:
                data = plan_data(uow, account_id, today=DEMO_TODAY, lang="zh_CN")
            pages.append(render_plan(data, io.BytesIO()))
            elapsed = time.perf_counter() - started
            times.append(elapsed)
            if account_id == largest:
                biggest = elapsed
        with tempfile.TemporaryDirectory(prefix="plans-") as folder:
            started = time.perf_counter()
            result = write_plans(db, keys[:BATCH], Path(folder), "zh_CN", today=DEMO_TODAY)
            batch = time.perf_counter() - started
    finally:
        db.close()
    note = (
        f"{len(sample)} of {len(keys):,} key accounts, {min(pages)}–{max(pages)} pages; "
        f"largest account {biggest:.2f} s"
    )
    return [
        Result("account plan (large)", statistics.median(times), "s", "≤ 0.5 s", note),
        Result(
            "account plans, batch of 100 (large)",
            batch,
            "s",
            "≤ 30 s",
            f"{len(result.written)} files written",
        ),
    ]
