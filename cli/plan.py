"""``python main.py plan --db PATH --account ID-or-NAME --out FILE.pdf [--lang zh_CN|en]`` and
``python main.py plan --db PATH --all-key-accounts --out-dir DIR``.

The printed account plan (:mod:`reports.account_plan`) of one account, or of every key
account into a folder (one PDF each, named after the account). ``--account`` takes an id, an
exact name or short name, or part of a name; a part that matches several accounts lists them
and exits with status 2, so the rep can pick one.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from cli.common import open_db
from cli.errors import CliError
from reports.fonts import NoChineseFont
from services.account_plan import find_accounts, key_accounts, write_plan, write_plans
from storage.database import Database
from storage.uow import UnitOfWork

AMBIGUOUS = 2


def run(args: argparse.Namespace) -> int:
    """Write one plan (``--account``) or the plans of all key accounts (``--all-key-accounts``)."""
    if bool(args.account) == bool(args.all_key_accounts):
        raise CliError("give either --account ID-or-NAME or --all-key-accounts")
    if args.account and not args.out:
        raise CliError("--account writes one file: give it with --out FILE.pdf")
    if args.all_key_accounts and not args.out_dir:
        raise CliError("--all-key-accounts writes one file per account: give --out-dir DIR")
    today = _today(args.today)
    db = open_db(args.db)
    try:
        if args.account:
            return _one(db, args.account, Path(args.out), args.lang, today)
        return _all(db, Path(args.out_dir), args.lang, today)
    except NoChineseFont as exc:
        raise CliError(str(exc)) from None
    except OSError as exc:
        raise CliError(f"cannot write: {exc.strerror or exc}") from None
    finally:
        db.close()


def _one(db: Database, query: str, out: Path, lang: str, today: dt.date) -> int:
    with UnitOfWork(db, write=False) as uow:
        found = find_accounts(uow, query)
    if not found:
        raise CliError(f"no account matches {query!r} (give its id or part of its name)")
    if len(found) > 1:
        print(
            f"{len(found)} accounts match {query!r}; give the id or the full name:", file=sys.stderr
        )
        for a in found[:50]:
            print(f"  {a.id}  {a.name}" + (f" ({a.city})" if a.city else ""), file=sys.stderr)
        if len(found) > 50:
            print(f"  … and {len(found) - 50} more", file=sys.stderr)
        return AMBIGUOUS
    account = found[0]
    pages = write_plan(db, account.id, out, today=today, lang=lang)
    print(f"wrote {out} ({account.name}, {pages} pages)")
    return 0


def _all(db: Database, out_dir: Path, lang: str, today: dt.date) -> int:
    with UnitOfWork(db, write=False) as uow:
        ids = [a.id for a in key_accounts(uow)]

    def progress(done: int, total: int) -> None:
        if done and (done % 25 == 0 or done == total):
            print(f"  {done}/{total}", file=sys.stderr)

    result = write_plans(db, ids, out_dir, lang, progress, today=today)
    for name, reason in result.failed:
        print(f"skipped {name}: {reason}", file=sys.stderr)
    print(f"wrote {len(result.written)} plans to {out_dir}")
    return 0


def _today(raw: str | None) -> dt.date:
    if not raw:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(raw)
    except ValueError:
        raise CliError(f"--today {raw!r} is not a date (YYYY-MM-DD)") from None
