"""The 1+2+1 tracker on the large demo database (10,000 projects): the tracking sheet (target
≤ 300 ms) and the funnel, computed in-process the way the app's read op computes them.

The sheet reads each project's kept judgement (``services/tracker_digests.py``) and ages it to
the day; nothing is kept in memory between runs. Also timed: the sheet when no project has a
digest (after a change of thresholds, or a first sync), which judges all of them again. The
note gives the first run, the best warm run and the load average: on a shared machine the
median moves with it."""

from __future__ import annotations

import os
import statistics
import time

from bench.harness import Context, Result, benchmark

RUNS = 7


@benchmark("tracker")
def tracker(ctx: Context) -> list[Result]:
    """Time ``tracker_sheet`` (first run, then the median of warm runs) and ``funnel_figures``."""
    from sqlalchemy import text

    from services.demo_data import DEMO_TODAY
    from services.tracker import funnel_figures, tracker_sheet
    from storage.database import open_database
    from storage.uow import UnitOfWork

    db = open_database(ctx.large_db())
    try:
        sheet: list[float] = []
        funnel: list[float] = []
        cold: list[float] = []
        rows = 0
        for _ in range(3):
            with UnitOfWork(db) as uow:
                uow.session.execute(text("DELETE FROM tracker_digests"))
                uow.commit()
            with UnitOfWork(db, write=False) as uow:
                started = time.perf_counter()
                tracker_sheet(uow, today=DEMO_TODAY)  # judges and keeps every digest
                cold.append(time.perf_counter() - started)
        for _ in range(RUNS):
            with UnitOfWork(db, write=False) as uow:
                started = time.perf_counter()
                rows = len(tracker_sheet(uow, today=DEMO_TODAY))
                sheet.append(time.perf_counter() - started)
            with UnitOfWork(db, write=False) as uow:
                started = time.perf_counter()
                funnel_figures(uow, today=DEMO_TODAY)
                funnel.append(time.perf_counter() - started)
    finally:
        db.close()
    warm = statistics.median(sheet[1:])
    note = (
        f"{rows:,} open rows of 10,000 projects; first run {sheet[0] * 1000:.0f} ms, "
        f"best {min(sheet[1:]) * 1000:.0f} ms; load average {os.getloadavg()[0]:.1f}"
    )
    return [
        Result("tracker sheet (large)", warm * 1000, "ms", "≤ 300 ms", note),
        Result(
            "tracker sheet, every project judged again (large)",
            statistics.median(cold) * 1000,
            "ms",
            "",
            "no digests kept: after new thresholds or a first sync; median of 3",
        ),
        Result("funnel figures (large)", statistics.median(funnel[1:]) * 1000, "ms"),
    ]
