"""Follow-ups due today or overdue as a Qt table model: one :class:`~services.today.FollowUp`
per row, overdue ones highlighted."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QFont

from services.today import FollowUp
from ui import formatting
from ui.models import role_set
from ui.models.row_table_model import RowTableModel

COL_DUE, COL_ACCOUNT, COL_WHAT, COL_OVERDUE = range(4)
COLUMN_COUNT = 4
OVERDUE_BACKGROUND = QColor("#fdecea")
OVERDUE_TEXT = QColor("#b3261e")
LINK_TEXT = QColor("#1a5fb4")


class FollowUpTableModel(RowTableModel):
    """Next steps due by today: date, account, what to do, days overdue."""

    COLUMN_COUNT = COLUMN_COUNT
    EXTRA_ROLES = role_set(
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ToolTipRole,
    )
    NUMERIC_COLUMNS = frozenset({COL_OVERDUE})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bold = QFont()
        self._bold.setBold(True)

    def headers(self) -> list[str]:
        """The column titles in the current language."""
        return [self.tr("Due"), self.tr("Account"), self.tr("Next step"), self.tr("Overdue")]

    def display(self, row: FollowUp, column: int) -> str | None:
        """Date, account, the next step (with its project), and days overdue."""
        if column == COL_DUE:
            return formatting.date(row.due)
        if column == COL_ACCOUNT:
            return row.account_name
        if column == COL_WHAT:
            if row.project_name and row.what != row.project_name:
                return f"{row.what} · {row.project_name}"
            return row.what
        if column == COL_OVERDUE:
            if not row.overdue:
                return self.tr("due today")
            return self.tr("%Ln day(s)", "", row.days_overdue)
        return None

    def sort_key(self, row: FollowUp, column: int) -> str | int | float:
        """Dates as ISO text, days overdue as a number."""
        if column == COL_DUE:
            return row.due.isoformat()
        if column == COL_OVERDUE:
            return row.days_overdue
        return self.display(row, column) or ""

    def extra_data(self, row: FollowUp, column: int, role: int) -> Any:
        """Overdue rows tinted, their day count in red and bold; the account as a link."""
        if role == Qt.ItemDataRole.BackgroundRole and row.overdue:
            return OVERDUE_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == COL_OVERDUE and row.overdue:
                return OVERDUE_TEXT
            if column == COL_ACCOUNT:
                return LINK_TEXT
        if role == Qt.ItemDataRole.FontRole and column == COL_OVERDUE and row.overdue:
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_ACCOUNT:
                return self.tr("Open %1").replace("%1", row.account_name)
            if column == COL_WHAT:
                return self.display(row, column)
        return None
