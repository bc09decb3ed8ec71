"""The benchmark registry, runner and report."""

from __future__ import annotations

import json
import platform
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results.json"


@dataclass
class Result:
    """One measured figure, with its target when the product has one."""

    name: str
    value: float
    unit: str
    target: str = ""
    note: str = ""


Bench = Callable[["Context"], list[Result]]
REGISTRY: dict[str, Bench] = {}


def benchmark(name: str) -> Callable[[Bench], Bench]:
    """Register ``fn(ctx) -> [Result, ...]`` under ``name``."""

    def register(fn: Bench) -> Bench:
        REGISTRY[name] = fn
        return fn

    return register


class Context:
    """Shared, expensive fixtures (the large demo database), made once per run."""

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self._large: Path | None = None

    def large_db(self) -> Path:
        """A large demo database (5,000 accounts …), built once and reused."""
        if self._large is None:
            path = self.workdir / "large.db"
            if not path.exists():
                run_main("demo", "--db", str(path), "--size", "large")
            self._large = path
        return self._large


def run_main(*args: str, env: dict[str, str] | None = None) -> tuple[float, str]:
    """Run ``python main.py ARGS`` in a fresh process; returns (wall seconds, stdout)."""
    started = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    elapsed = time.perf_counter() - started
    if proc.returncode != 0:
        raise RuntimeError(f"main.py {' '.join(args)} failed: {proc.stderr.strip()}")
    return elapsed, proc.stdout


@contextmanager
def timer() -> Iterator[Callable[[], float]]:
    """``with timer() as t: ...; t()`` gives the seconds the block took."""
    started = time.perf_counter()
    end: list[float] = []
    yield lambda: (end[0] if end else time.perf_counter()) - started
    end.append(time.perf_counter())


def report(results: list[Result]) -> str:
    """The results as an aligned text table."""
    rows = [("benchmark", "value", "unit", "target", "note")]
    rows += [(r.name, _fmt(r.value), r.unit, r.target, r.note) for r in results]
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(line.rstrip() for line in lines)


def _fmt(value: float) -> str:
    if value >= 100:
        return f"{value:,.0f}"
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.3f}"


def save(results: list[Result]) -> None:
    """Merge ``results`` into bench/results.json (figures of benchmarks not run are kept)."""
    data = json.loads(RESULTS.read_text(encoding="utf-8")) if RESULTS.exists() else {}
    data.setdefault("results", {})
    for r in results:
        data["results"][r.name] = asdict(r)
    data["machine"] = {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "processor": platform.machine(),
    }
    data["updated"] = time.strftime("%Y-%m-%d %H:%M:%S")
    RESULTS.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
