"""``python -m bench [NAME ...]``: run benchmarks, print a table, update bench/results.json."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
import tempfile
from pathlib import Path

from bench.harness import REGISTRY, Context, report, save


def _load_modules() -> None:
    package = Path(__file__).resolve().parent
    for info in pkgutil.iter_modules([str(package)]):
        if info.name not in ("harness", "__main__"):
            importlib.import_module(f"bench.{info.name}")


def main(argv: list[str] | None = None) -> int:
    """Run the named benchmarks (all when none are named)."""
    _load_modules()
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("names", nargs="*", help=f"benchmarks to run: {', '.join(REGISTRY)}")
    parser.add_argument("--workdir", help="keep the databases here (reused between runs)")
    args = parser.parse_args(argv)
    unknown = [n for n in args.names if n not in REGISTRY]
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(unknown)}")
    names = args.names or list(REGISTRY)
    with tempfile.TemporaryDirectory(prefix="repdesk-bench-") as tmp:
        ctx = Context(Path(args.workdir) if args.workdir else Path(tmp))
        results = []
        for name in names:
            print(f"running {name} …", file=sys.stderr, flush=True)
            results.extend(REGISTRY[name](ctx))
    print(report(results))
    save(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
