"""``python main.py conflicts --db PATH [--format json|text]``: the open sync conflicts.

A thin shell over :func:`services.conflicts.list_conflicts`: per conflict the table, record,
field, the value kept and the value lost, who made each and when.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from cli.common import open_db
from services.conflicts import ConflictView, list_conflicts
from storage.uow import UnitOfWork


def run(args: argparse.Namespace) -> int:
    """Print the open conflicts of ``args.db`` as text lines or a JSON list."""
    db = open_db(args.db)
    try:
        with UnitOfWork(db, write=False) as uow:
            conflicts = list_conflicts(uow)
    finally:
        db.close()
    if args.format == "json":
        print(json.dumps([c.as_json() for c in conflicts], ensure_ascii=False, indent=2))
    elif not conflicts:
        print("no open conflicts")
    else:
        for c in conflicts:
            print(_line(c))
    return 0


def _side(value: Any, who: str | None, when: Any) -> str:
    shown = json.dumps(value, ensure_ascii=False)
    return f"{shown} ({who or '?'}, {when.isoformat(sep=' ', timespec='seconds') if when else '?'})"


def _line(c: ConflictView) -> str:
    return (
        f"{c.table} {c.row_id} {c.field}: kept {_side(c.kept, c.kept_by, c.kept_at)}; "
        f"lost {_side(c.lost, c.lost_by, c.lost_at)}  [{c.id}]"
    )
