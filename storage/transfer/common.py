"""What export and import share: the columns of each table, counts, and the errors."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from domain.codec import META_FIELDS
from domain.records import SYNC_COLUMNS, TABLE_ORDER, TABLES, spec

FORMAT = "repdesk"
FORMAT_VERSION = 1
KEPT_PROBLEMS = 1000  # problems an ImportFailed lists; any beyond are only counted
TEXT_KINDS = ("tags", "id_list", "json")  # kinds that a cell holds as JSON text


class TransferError(Exception):
    """A file cannot be exported or imported; the one-line message says where and why."""


class ImportFailed(TransferError):
    """An import found problems and changed nothing; ``problems`` has one line for each.

    ``problems`` lists at most :data:`KEPT_PROBLEMS` lines; ``total`` counts them all.
    """

    def __init__(self, file: str, problems: list[str], total: int | None = None) -> None:
        self.file = file
        self.problems = problems
        self.total = len(problems) if total is None else total
        plural = "" if self.total == 1 else "s"
        super().__init__(f"{file}: {self.total} problem{plural}; nothing was imported")


@dataclass
class TableCount:
    """What an import did to one table."""

    inserted: int = 0
    updated: int = 0
    unchanged: int = 0

    @property
    def rows(self) -> int:
        """Rows of the table in the file."""
        return self.inserted + self.updated + self.unchanged


@dataclass
class ImportResult:
    """What an import did, per table, in table order."""

    tables: dict[str, TableCount] = field(default_factory=dict)


def columns(table: str) -> list[str]:
    """The columns of ``table`` in every format: bookkeeping columns, then business fields."""
    return [*SYNC_COLUMNS, *spec(table)]


def kinds(table: str) -> list[str]:
    """The value kind of each of :func:`columns` (bookkeeping ones from the codec)."""
    fields = spec(table)
    return [fields[c].kind if c in fields else META_FIELDS.get(c, "text") for c in columns(table)]


def check_table(table: str) -> None:
    """Raise :class:`TransferError` unless ``table`` is a synced table."""
    if table not in TABLES:
        raise TransferError(f"unknown table '{table}' (tables: {', '.join(TABLE_ORDER)})")


def json_text(value: Any) -> str | None:
    """``value`` as JSON text for a cell (Chinese kept readable); None stays None."""
    return None if value is None else json.dumps(value, ensure_ascii=False)
