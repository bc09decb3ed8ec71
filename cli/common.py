"""Helpers shared by the headless commands."""

from __future__ import annotations

from pathlib import Path

from cli.errors import CliError
from storage.database import Database, DatabaseError, open_database


def open_db(path: str | Path, *, create: bool = False) -> Database:
    """Open the rep database at ``path`` for a command, turning problems into a CliError."""
    try:
        return open_database(path, create=create)
    except DatabaseError as exc:
        raise CliError(str(exc)) from None
