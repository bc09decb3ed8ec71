"""The latest logged activities as a Qt table model: one
:class:`~services.today.RecentActivity` per row."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from domain.vocabulary import ActivityKind, CallOutcome
from services.today import RecentActivity
from ui import formatting
from ui.models import code_label, role_set
from ui.models.follow_up_table_model import LINK_TEXT
from ui.models.row_table_model import RowTableModel

COL_DATE, COL_ACCOUNT, COL_KIND, COL_OUTCOME, COL_SUBJECT = range(5)
COLUMN_COUNT = 5


class RecentActivityTableModel(RowTableModel):
    """Recent activities: date, account, kind, outcome, subject."""

    COLUMN_COUNT = COLUMN_COUNT
    EXTRA_ROLES = role_set(Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole)

    def headers(self) -> list[str]:
        """The column titles in the current language."""
        return [
            self.tr("When"),
            self.tr("Account"),
            self.tr("Kind"),
            self.tr("Outcome"),
            self.tr("Subject"),
        ]

    def display(self, row: RecentActivity, column: int) -> str | None:
        """The local time, account, labels of kind and outcome, and the subject."""
        if column == COL_DATE:
            return formatting.datetime(row.occurred_at)
        if column == COL_ACCOUNT:
            return row.account_name
        if column == COL_KIND:
            return code_label(ActivityKind, row.kind)
        if column == COL_OUTCOME:
            return code_label(CallOutcome, row.outcome)
        if column == COL_SUBJECT:
            return row.subject or ""
        return None

    def sort_key(self, row: RecentActivity, column: int) -> str | int | float:
        """The time as ISO text for the date column; display text otherwise."""
        if column == COL_DATE:
            return row.occurred_at.isoformat()
        return self.display(row, column) or ""

    def extra_data(self, row: RecentActivity, column: int, role: int) -> Any:
        """The account shown as a link; the full subject as a tooltip."""
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_ACCOUNT:
            return LINK_TEXT
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_ACCOUNT:
                return self.tr("Open %1").replace("%1", row.account_name)
            if column == COL_SUBJECT:
                return row.subject or None
        return None
