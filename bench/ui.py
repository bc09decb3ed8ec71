"""Workstation benchmarks: start-up against a bare Qt window, and peak memory."""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import time

from bench.harness import ROOT, Context, Result, benchmark, run_main

FLOOR_SCRIPT = """
import os, sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow()
w.show()
app.processEvents()
"""
RUNS = 5


def _offscreen_env(ctx: Context) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(ctx.workdir)}


def floor_seconds(env: dict[str, str]) -> float:
    """Wall time of a bare PySide6 script that opens an empty QMainWindow (median of runs)."""
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", FLOOR_SCRIPT], env=env, check=True, cwd=ROOT)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


@benchmark("startup")
def startup(ctx: Context) -> list[Result]:
    """``main.py --smoke`` on the large database beside the bare-window floor; peak RSS."""
    db = ctx.large_db()
    env = _offscreen_env(ctx)
    run_main("--db", str(db), "--smoke", env=env)  # warm caches (and a first migration)
    times, rss = [], []
    for _ in range(RUNS):
        seconds, out = run_main("--db", str(db), "--smoke", env=env)
        times.append(seconds)
        found = re.search(r"peak RSS (\d+) MB", out)
        if found:
            rss.append(int(found.group(1)))
    wall = statistics.median(times)
    floor = floor_seconds(env)
    return [
        Result("start-up (--smoke, large db)", wall, "s", "<= 1.5 s", f"median of {RUNS}"),
        Result("start-up floor (bare QMainWindow)", floor, "s", "", f"median of {RUNS}"),
        Result("start-up / floor", wall / floor, "x", "<= 3x"),
        Result("peak RSS after start-up", max(rss) if rss else float("nan"), "MB", "<= 250 MB"),
    ]
