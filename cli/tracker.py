"""``python main.py tracker --db PATH --format json|pdf [--out FILE] [--lang zh_CN|en]``.

The 1+2+1 tracking sheet: one entry per open project (``--all``: closed ones too) with its
verdict (status, whether 1+2+1 holds, what is missing), risk flags and step. JSON goes to
``--out`` or standard output; the PDF (``--out`` required) is an A4 landscape table with the
Chinese text embedded, built by :mod:`reports.table_pdf`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections import Counter
from dataclasses import asdict
from decimal import Decimal
from pathlib import Path
from typing import Any

from cli.common import open_db
from cli.errors import CliError
from domain.tracker import TrackerRules, tracker_label
from domain.vocabulary import SalesStep, TrafficLight, label
from reports.fonts import NoChineseFont
from reports.table_pdf import Cell, Column, TableDocument, render_table
from services.tracker import TrackerRow, tracker_rules, tracker_sheet
from storage.uow import UnitOfWork

STATUS_BACKGROUND = {"green": "#e3f4e6", "amber": "#fdf1d8", "red": "#fbe2e0"}
STATUS_TEXT = {"green": "#1e7b34", "amber": "#9a6200", "red": "#b3261e"}


def run(args: argparse.Namespace) -> int:
    """Write the tracking sheet of ``args.db`` as JSON or PDF."""
    if args.format == "pdf" and not args.out:
        raise CliError("--format pdf writes a file: give it with --out FILE")
    today = _today(args.today)
    db = open_db(args.db)
    try:
        with UnitOfWork(db, write=False) as uow:
            rules = tracker_rules(uow)
            rows = tracker_sheet(uow, today=today, rules=rules, include_closed=args.all)
    finally:
        db.close()
    if args.format == "json":
        text = json.dumps(_json(rows, rules, today, args.lang), ensure_ascii=False, indent=2)
        if args.out:
            _write(Path(args.out), text + "\n")
            print(f"wrote {args.out} ({len(rows)} projects)")
        else:
            print(text)
        return 0
    try:
        render_table(_document(rows, today, args.lang), args.out)
    except NoChineseFont as exc:
        raise CliError(str(exc)) from None
    except OSError as exc:
        raise CliError(f"cannot write {args.out}: {exc.strerror or exc}") from None
    print(f"wrote {args.out} ({len(rows)} projects)")
    return 0


def _today(raw: str | None) -> dt.date:
    if not raw:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(raw)
    except ValueError:
        raise CliError(f"--today {raw!r} is not a date (YYYY-MM-DD)") from None


def _write(path: Path, text: str) -> None:
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise CliError(f"cannot write {path}: {exc.strerror or exc}") from None


def _json(rows: list[TrackerRow], rules: TrackerRules, today: dt.date, lang: str) -> dict[str, Any]:
    counts = Counter(r.verdict.status.value for r in rows)
    return {
        "today": today.isoformat(),
        "lang": lang,
        "rules": asdict(rules),
        "count": len(rows),
        "by_status": {s.value: counts.get(s.value, 0) for s in TrafficLight},
        "projects": [r.as_json(lang) for r in rows],
    }


def _money(amount: Decimal | None) -> str:
    return "" if amount is None else f"¥{amount:,.0f}"


def _day(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


COLUMNS = (  # (label key, share of the width, alignment)
    ("account", 1.3, "LEFT"),
    ("project", 1.8, "LEFT"),
    ("amount", 0.95, "RIGHT"),
    ("expected_close", 0.95, "LEFT"),
    ("step", 0.85, "LEFT"),
    ("guide", 0.6, "LEFT"),
    ("roles_covered", 0.5, "CENTER"),
    ("roles_won", 0.5, "CENTER"),
    ("status", 0.55, "LEFT"),
    ("missing", 1.6, "LEFT"),
    ("risks", 1.85, "LEFT"),
    ("last_advance", 0.95, "LEFT"),
    ("next_step", 1.5, "LEFT"),
)


def _document(rows: list[TrackerRow], today: dt.date, lang: str) -> TableDocument:
    counts = Counter(r.verdict.status.value for r in rows)
    subtitle = tracker_label(
        "subtitle",
        lang,
        count=len(rows),
        green=counts["green"],
        amber=counts["amber"],
        red=counts["red"],
        today=today.isoformat(),
    )
    footer = tracker_label("footer", lang, generated="{generated}", page="{page}", pages="{pages}")
    return TableDocument(
        title=tracker_label("title", lang),
        subtitle=subtitle,
        columns=[Column(tracker_label(key, lang), w, a) for key, w, a in COLUMNS],
        rows=[_cells(r, lang) for r in rows],
        row_backgrounds=[STATUS_BACKGROUND[r.verdict.status.value] for r in rows],
        footer_label=footer,
    )


def _cells(r: TrackerRow, lang: str) -> list[str | Cell]:
    status = r.verdict.status
    next_step = r.next_step or ""
    if r.next_step_due:
        next_step = f"{next_step} ({r.next_step_due.isoformat()})".strip()
    return [
        r.account_name,
        r.project_name,
        _money(r.amount),
        _day(r.expected_close),
        label(SalesStep(r.step), lang),
        r.guide_name or "—",
        f"{r.roles_covered}/4",
        f"{r.roles_won}/4",
        Cell(label(status, lang), STATUS_TEXT[status.value]),
        "\n".join(f.text(lang) for f in r.verdict.missing),
        "\n".join(f.text(lang) for f in r.risks),
        _day(r.last_advance_on),
        next_step,
    ]
