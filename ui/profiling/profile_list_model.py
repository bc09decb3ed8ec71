"""The Profiles page's table: contacts with their account, badge, code and date.

Rows (:class:`services.profiling.ContactProfileRow`) are pushed in; the model sorts them
itself by typed keys (pinyin for names when known), newest assessment first by default.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QObject, Qt

from domain.vocabulary import PoliticalStyle
from services.profiling import ContactProfileRow
from ui import formatting
from ui.models import code_label
from ui.models.row_table_model import RowTableModel

COL_NAME, COL_TITLE, COL_ACCOUNT, COL_BADGE, COL_CODE, COL_DATE, COL_POLITICAL = range(7)


class ProfileListModel(RowTableModel):
    """Contacts and their current profile, one row each."""

    COLUMN_COUNT = 7

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pinyin: Mapping[str, tuple[str, str]] = {}
        self.sort_column = COL_DATE
        self.sort_order = Qt.SortOrder.DescendingOrder

    def headers(self) -> list[str]:
        """Column titles in the current language."""
        return [
            self.tr("Name"),
            self.tr("Title"),
            self.tr("Account"),
            self.tr("Dominant"),
            self.tr("Code"),
            self.tr("Assessed"),
            self.tr("Political style"),
        ]

    def display(self, row: ContactProfileRow, column: int) -> str:
        """The cell text."""
        if column == COL_NAME:
            return row.name
        if column == COL_TITLE:
            return row.title or ""
        if column == COL_ACCOUNT:
            return row.account_name
        if column == COL_BADGE:
            return row.badge or ""
        if column == COL_CODE:
            return row.code_text or ""
        if column == COL_DATE:
            return formatting.date(row.assessed_on) if row.assessed_on else ""
        return code_label(PoliticalStyle, row.political_style)

    def sort_key(self, row: ContactProfileRow, column: int) -> str:
        """Dates by ISO text; names by pinyin when cached; the rest by text."""
        if column == COL_DATE:
            return row.assessed_on.isoformat() if row.assessed_on else ""
        text = self.display(row, column)
        if column in (COL_NAME, COL_ACCOUNT):
            return self.pinyin.get(text, (text, ""))[0]
        return text

    def set_rows(self, rows: list[ContactProfileRow]) -> None:
        """Show ``rows`` in the current sort order."""
        super().set_rows(self._sorted(rows))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort every row by ``column``'s typed key (header clicks land here)."""
        self.sort_column, self.sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        self._rows = self._sorted(self._rows)
        self.layoutChanged.emit()

    def _sorted(self, rows: list[ContactProfileRow]) -> list[ContactProfileRow]:
        descending = self.sort_order == Qt.SortOrder.DescendingOrder
        by_name = sorted(rows, key=lambda r: self.sort_key(r, COL_NAME))
        return sorted(by_name, key=lambda r: self.sort_key(r, self.sort_column), reverse=descending)

    def row_of(self, contact_id: str) -> int | None:
        """The row showing ``contact_id``, if listed."""
        for i, row in enumerate(self._rows):
            if row.contact_id == contact_id:
                return i
        return None
