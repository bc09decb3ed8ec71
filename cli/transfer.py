"""``main.py export`` and ``main.py import``: thin shells over :mod:`storage.transfer`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cli.common import open_db
from cli.errors import CliError
from storage.database import Database
from storage.transfer import (
    ImportFailed,
    TransferError,
    export_csv,
    export_json,
    export_xlsx,
    import_file,
)

SHOWN_PROBLEMS = 50  # problem lines printed; the rest are counted


def run_export(args: argparse.Namespace) -> int:
    """Export the database ``args.db`` as ``args.format`` to ``args.out``; one line per table."""
    db = open_db(args.db)
    try:
        counts = _export(db, args.format, Path(args.out), args.table)
    except TransferError as exc:
        raise CliError(str(exc)) from None
    finally:
        db.close()
    for table, rows in counts.items():
        print(f"{table}: {rows} rows")
    print(f"wrote {args.out}")
    return 0


def _export(db: Database, fmt: str, out: Path, table: str) -> dict[str, int]:
    if fmt == "json":
        return export_json(db, out)
    if fmt == "xlsx":
        return export_xlsx(db, out)
    return export_csv(db, out, table)


def run_import(args: argparse.Namespace) -> int:
    """Import ``args.file`` into ``args.db`` (created when missing); all or nothing.

    On success prints one line per table; on failure prints one line per problem to stderr
    and raises :class:`CliError` (nothing was written).
    """
    db_path = Path(args.db)
    created = not db_path.exists()
    db = open_db(db_path, create=True)
    try:
        result = import_file(db, args.file, table=args.table, encoding=args.encoding)
    except TransferError as exc:
        if isinstance(exc, ImportFailed):
            _print_problems(exc)
        db.close()
        if created:  # leave no empty database behind
            _remove_database(db_path)
        raise CliError(str(exc)) from None
    finally:
        db.close()
    for table, count in result.tables.items():
        print(
            f"{table}: {count.rows} rows ({count.inserted} new, {count.updated} updated,"
            f" {count.unchanged} unchanged)"
        )
    if not result.tables:
        print(f"{args.file}: no rows to import")
    if created:
        print(f"created the database {db_path}")
    return 0


def _print_problems(exc: ImportFailed) -> None:
    for line in exc.problems[:SHOWN_PROBLEMS]:
        print(line, file=sys.stderr)
    if exc.total > SHOWN_PROBLEMS:
        print(f"... and {exc.total - SHOWN_PROBLEMS} more problems", file=sys.stderr)


def _remove_database(path: Path) -> None:
    """Remove a database file this command created (and SQLite's side files)."""
    for suffix in ("", "-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
