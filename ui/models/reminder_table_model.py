"""The Today page's channel reminders as a Qt table model: contracts ending, quarterly
reviews due, invoices fallen overdue (one :class:`~services.channel.Reminder` per row).
Follow-ups have their own list on the page, so they are not repeated here."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

from ui import formatting
from ui.channel.texts import label, reason_text
from ui.models import role_set
from ui.models.row_table_model import RowTableModel

if TYPE_CHECKING:  # the channel services cost ~50 ms to import; Today's first screen waits
    from services.channel import Reminder

COL_DUE, COL_KIND, COL_ACCOUNT, COL_WHAT = range(4)
LINK_TEXT = QColor("#1a5fb4")
PAST_TEXT = QColor("#b3261e")


class ReminderTableModel(RowTableModel):
    """Reminders: date, kind, account, and the reason in words."""

    COLUMN_COUNT = 4
    EXTRA_ROLES = role_set(Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.today = dt.date.today()

    def headers(self) -> list[str]:
        """The column titles in the current language."""
        return [self.tr("Date"), self.tr("Reminder"), self.tr("Account"), self.tr("Details")]

    def display(self, row: Reminder, column: int) -> str | None:
        """Date, kind, account and the reason."""
        if column == COL_DUE:
            return formatting.date(row.due)
        if column == COL_KIND:
            return label("reminder_kinds", row.kind)
        if column == COL_ACCOUNT:
            return row.account_name
        if column == COL_WHAT:
            return reason_text(row.reason) or row.what
        return None

    def sort_key(self, row: Reminder, column: int) -> str | int | float:
        """Dates as ISO text."""
        if column == COL_DUE:
            return row.due.isoformat()
        return self.display(row, column) or ""

    def extra_data(self, row: Reminder, column: int, role: int) -> Any:
        """Past dates in red; the account as a link; the details in full as a tooltip."""
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == COL_ACCOUNT:
                return LINK_TEXT
            if column == COL_DUE and row.due < self.today:
                return PAST_TEXT
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_WHAT, COL_ACCOUNT):
            return self.display(row, column)
        return None
