"""Search-as-you-type latency on the large demo: query to model updated (p50/p95)."""

from __future__ import annotations

import os
import statistics
import time

from bench.harness import Context, Result, benchmark

QUERIES = [
    "zs", "zhangsan", "hzdz", "张三", "杭州", "电子", "广州", "gz", "shanghai", "sh",
    "138", "0571", "8888", "wx", "科技", "kj", "经销", "zhang", "li", "wang",
    "北京 电子", "bj dz", "有限公司", "yxgs", "商贸", "sm", "chen", "刘", "139", "nanjing",
]  # fmt: skip
LOAD_TIMEOUT_S = 120


def _wait(app, condition, timeout: float = LOAD_TIMEOUT_S) -> None:
    deadline = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("the accounts page did not finish loading")
        app.processEvents()
        time.sleep(0.005)


@benchmark("search")
def search(ctx: Context) -> list[Result]:
    """Load the accounts page on the large demo offscreen, then time 30 searches."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from storage.database import open_database
    from ui.ops import OpRunner
    from ui.pages.accounts_page import AccountsPage

    app = QApplication.instance() or QApplication([])
    db = open_database(ctx.large_db())
    runner = OpRunner(db)
    page = AccountsPage(runner, QUndoStack())
    page.resize(1200, 800)
    started = time.perf_counter()
    page.show()
    page.ensure_loaded()
    _wait(app, page.is_loaded)
    first_rows = time.perf_counter() - started
    _wait(app, page.search_is_complete)
    index_ready = time.perf_counter() - started
    latencies = []
    for query in QUERIES:
        begin = time.perf_counter()
        page.apply_search(query)
        page.proxy.rowCount()
        latencies.append((time.perf_counter() - begin) * 1000)
        app.processEvents()
    page.apply_search("")
    runner.close()
    page.close()
    db.close()
    latencies.sort()
    p95 = latencies[int(len(latencies) * 0.95) - 1]
    return [
        Result("accounts page: first rows (large db)", first_rows, "s"),
        Result(
            "accounts page: search index complete",
            index_ready,
            "s",
            "",
            "fills the pinyin cache on a first open",
        ),
        Result("search latency p50", statistics.median(latencies), "ms", "", "30 queries"),
        Result("search latency p95", p95, "ms", "<= 30 ms", f"max {latencies[-1]:.1f} ms"),
    ]
