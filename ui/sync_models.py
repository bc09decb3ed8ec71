"""Table models of the Sync page: open conflicts and the changes the server refused.

Values are shown the way the record lists show them (enum labels from the vocabulary,
money, dates, names for references: :func:`ui.editors.record_list.format_value`).
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from domain.records import spec
from services.account_detail import Row
from services.conflicts import DELETED, ConflictRow, RejectedChange
from ui import formatting
from ui.editors.record_list import format_value
from ui.editors.texts import field_label
from ui.models.row_table_model import RowTableModel


def table_label(table: str) -> str:
    """A record kind as people say it ("Account", "Contact", …)."""
    return {
        "reps": QCoreApplication.translate("SyncTables", "Rep"),
        "accounts": QCoreApplication.translate("SyncTables", "Account"),
        "contacts": QCoreApplication.translate("SyncTables", "Contact"),
        "projects": QCoreApplication.translate("SyncTables", "Project"),
        "project_roles": QCoreApplication.translate("SyncTables", "Project role"),
        "project_steps": QCoreApplication.translate("SyncTables", "Project step"),
        "activities": QCoreApplication.translate("SyncTables", "Activity"),
        "profile_assessments": QCoreApplication.translate("SyncTables", "Profile assessment"),
        "evaluations": QCoreApplication.translate("SyncTables", "Evaluation"),
        "invoices": QCoreApplication.translate("SyncTables", "Invoice"),
        "payments": QCoreApplication.translate("SyncTables", "Payment"),
    }.get(table, table)


def value_text(table: str, name: str, row: Row) -> str:
    """Field ``name`` of ``row`` as a list shows it ("(empty)" when it has no value)."""
    field = spec(table).get(name)
    if field is None:
        value = row.get(name)
        return "" if value is None else json.dumps(value, ensure_ascii=False)
    text = format_value(field.kind, field.enums, row, name)
    if not text and field.kind == "bool":
        text = QCoreApplication.translate("SyncTables", "No")
    return text or QCoreApplication.translate("SyncTables", "(empty)")


def fields_text(table: str, row: Row) -> str:
    """Every field of ``row`` as ``label: value`` pairs."""
    return "; ".join(
        f"{field_label(table, name)}: {value_text(table, name, row)}" for name in row.values
    )


class ConflictTableModel(RowTableModel):
    """One open conflict per line: record, field, kept and lost values, who and when."""

    COL_RECORD, COL_FIELD, COL_KEPT, COL_LOST, COL_LOST_BY, COL_KEPT_BY, COL_WHEN = range(7)
    COLUMN_COUNT = 7

    def headers(self) -> list[str]:
        """Column titles in the current language."""
        return [
            self.tr("Record"),
            self.tr("Field"),
            self.tr("Kept value"),
            self.tr("Lost value"),
            self.tr("Lost edit by"),
            self.tr("Kept edit by"),
            self.tr("Lost edit made"),
        ]

    def display(self, row: ConflictRow, column: int) -> str:
        """The text of ``column``."""
        c = row.conflict
        if column == self.COL_RECORD:
            return f"{table_label(c.table)} · {row.record}"
        if column == self.COL_FIELD:
            return (
                self.tr("Deleted record") if c.field == DELETED else field_label(c.table, c.field)
            )
        if column == self.COL_KEPT:
            if c.field == DELETED:
                return self.tr("Deleted by someone else")
            return value_text(c.table, c.field, row.kept)
        if column == self.COL_LOST:
            if c.field == DELETED:
                return self.tr("Your edit: %1").replace("%1", fields_text(c.table, row.lost))
            return value_text(c.table, c.field, row.lost)
        if column == self.COL_LOST_BY:
            return c.lost_by or ""
        if column == self.COL_KEPT_BY:
            return c.kept_by or ""
        return formatting.datetime(c.lost_at or c.detected_at)

    def sort_key(self, row: ConflictRow, column: int) -> str:
        """Times by their ISO text, the rest by what is shown."""
        if column == self.COL_WHEN:
            when = row.conflict.lost_at or row.conflict.detected_at
            return when.isoformat()
        return self.display(row, column)

    def extra_data(self, row: ConflictRow, column: int, role: int) -> Any:
        """Full texts as tooltips (values can be long)."""
        if role == int(Qt.ItemDataRole.ToolTipRole.value):
            return self.display(row, column)
        return None

    EXTRA_ROLES = frozenset({int(Qt.ItemDataRole.ToolTipRole.value)})


class RejectedTableModel(RowTableModel):
    """The changes the server refused: record, what changed, why, when."""

    COL_RECORD, COL_FIELDS, COL_REASON, COL_WHEN = range(4)
    COLUMN_COUNT = 4

    def headers(self) -> list[str]:
        """Column titles in the current language."""
        return [self.tr("Record"), self.tr("Changed fields"), self.tr("Reason"), self.tr("Made")]

    def display(self, row: RejectedChange, column: int) -> str:
        """The text of ``column``."""
        if column == self.COL_RECORD:
            return f"{table_label(row.table)} · {row.record}"
        if column == self.COL_FIELDS:
            return ", ".join(field_label(row.table, name) for name in row.fields)
        if column == self.COL_REASON:
            return row.reason
        return formatting.datetime(row.changed_at)
