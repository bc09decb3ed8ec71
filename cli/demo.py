"""``python main.py demo --db PATH --size small|large [--seed N]``: a database of sample data.

A thin shell over :func:`services.demo_data.generate`: it opens (or creates) the database,
refuses one that already holds data, and prints one summary line.
"""

from __future__ import annotations

import argparse
import time

from sqlalchemy import text

from cli.common import open_db
from cli.errors import CliError
from domain.records import TABLE_ORDER
from services.demo_data import generate
from storage.database import Database

_SUMMARY = ("reps", "accounts", "contacts", "projects", "activities", "invoices", "payments")


def run(args: argparse.Namespace) -> int:
    """Fill the new or empty database ``args.db`` with demo data of ``args.size``."""
    db = open_db(args.db, create=True)
    try:
        _refuse_data(db)
        started = time.perf_counter()
        counts = generate(db, size=args.size, seed=args.seed)
        elapsed = time.perf_counter() - started
    finally:
        db.close()
    listed = ", ".join(f"{counts[t]:,} {t}" for t in _SUMMARY)
    others = sum(n for t, n in counts.items() if t not in _SUMMARY)
    print(
        f"demo database {db.path} ({args.size}, seed {args.seed}): {listed} "
        f"and {others:,} other rows in {elapsed:.1f} s"
    )
    return 0


def _refuse_data(db: Database) -> None:
    """Raise :class:`CliError` when any synced table of ``db`` already holds rows."""
    with db.engine.connect() as conn:
        held = {
            t: conn.execute(text(f"SELECT COUNT(*) FROM {t}")).scalar_one() for t in TABLE_ORDER
        }
    found = ", ".join(f"{n:,} {t}" for t, n in held.items() if n)
    if found:
        raise CliError(
            f"{db.path} already holds data ({found}); demo data goes only into a new or "
            "empty database file. Nothing was changed."
        )
