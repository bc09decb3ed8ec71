"""The Receivables page's table: one :class:`~services.receivables.ReceivableRow` per account
that owes (or is owed) something, sorted by the model over all rows by typed keys.

Like the tracker sheet, :class:`~ui.models.row_filter_proxy.RowFilterProxy` only filters;
the model sorts (names by pinyin, amounts and days as numbers). Warnings show as a short
count in the table and as sentences in the tooltip; over-limit use and overdue amounts are
red, so the figures that need a call stand out.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from domain.receivables import BUCKETS
from services.receivables import ReceivableRow
from ui import formatting
from ui.channel.texts import bucket_labels, reasons_text
from ui.models import role_set
from ui.models.sorting import SortedRowTableModel

(
    COL_ACCOUNT,
    COL_RATING,
    COL_TERMS,
    COL_LIMIT,
    COL_BALANCE,
    COL_USED,
    COL_B0,
    COL_B31,
    COL_B61,
    COL_B90,
    COL_OVERDUE,
    COL_OLDEST,
    COL_DSO,
    COL_WARNINGS,
) = range(14)
COLUMN_COUNT = 14
BUCKET_COLUMNS = dict(zip(BUCKETS, (COL_B0, COL_B31, COL_B61, COL_B90), strict=True))
ALERT_TEXT = QColor("#b3261e")
ALERT_BACKGROUND = QColor("#fdecea")


def percent(value: float | None) -> str:
    """A percentage with one decimal ("117.2%"), "–" when unknown."""
    return "–" if value is None else formatting.number(value, 1) + "%"


def days(value: float | None) -> str:
    """A number of days, whole ("76"), "–" when unknown."""
    return "–" if value is None else formatting.number(value)


class ReceivablesTableModel(SortedRowTableModel):
    """Accounts with a balance: credit, aging buckets, overdue, DSO and warnings."""

    COLUMN_COUNT = COLUMN_COUNT
    NUMERIC_COLUMNS = frozenset(range(COL_TERMS, COL_WARNINGS))
    EXTRA_ROLES = role_set(
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ToolTipRole,
    )
    DEFAULT_SORT = (COL_BALANCE, Qt.SortOrder.DescendingOrder)

    def headers(self) -> list[str]:
        """The column titles in the current language."""
        return [
            self.tr("Account"),
            self.tr("Rating"),
            self.tr("Terms (days)"),
            self.tr("Credit limit"),
            self.tr("Balance"),
            self.tr("Limit used"),
            *bucket_labels(),
            self.tr("Overdue"),
            self.tr("Oldest overdue (days)"),
            self.tr("DSO (days)"),
            self.tr("Warnings"),
        ]

    # --- sorting ----------------------------------------------------------------------------

    def row_id(self, row: ReceivableRow) -> str:
        """Rows are accounts."""
        return row.account_id

    def tie_key(self, row: ReceivableRow) -> str:
        """Equal keys keep the accounts in name order (by pinyin)."""
        return self._spoken(row.name)

    def sort_key(self, row: ReceivableRow, column: int) -> str | int | float:
        """Typed keys: money and days as numbers (unknown last going up), names by pinyin."""
        if column == COL_ACCOUNT:
            return self._spoken(row.name)
        if column == COL_RATING:
            return row.credit_rating or "\uffff"
        if column == COL_TERMS:
            return row.payment_terms_days if row.payment_terms_days is not None else 1e9
        if column == COL_LIMIT:
            return float(row.credit_limit) if row.credit_limit is not None else 1e18
        if column == COL_USED:
            return row.credit_used if row.credit_used is not None else -1.0
        if column == COL_DSO:
            return row.dso if row.dso is not None else 1e9
        if column == COL_WARNINGS:
            return len(row.warnings)
        if column == COL_OLDEST:
            return row.oldest_overdue_days
        return float(self._amount(row, column) or 0)

    def _amount(self, row: ReceivableRow, column: int) -> Decimal | None:
        if column == COL_BALANCE:
            return row.balance
        if column == COL_OVERDUE:
            return row.overdue
        for bucket, col in BUCKET_COLUMNS.items():
            if col == column:
                return row.buckets[bucket]
        return None

    # --- cells ------------------------------------------------------------------------------

    def display(self, row: ReceivableRow, column: int) -> str | None:
        """The text of a cell."""
        if column == COL_ACCOUNT:
            return row.name
        if column == COL_RATING:
            return row.credit_rating or ""
        if column == COL_TERMS:
            return formatting.number(row.payment_terms_days)
        if column == COL_LIMIT:
            return formatting.money(row.credit_limit) if row.credit_limit is not None else "–"
        if column == COL_USED:
            return percent(row.credit_used)
        if column == COL_OLDEST:
            return formatting.number(row.oldest_overdue_days) if row.oldest_overdue_days else ""
        if column == COL_DSO:
            return days(row.dso)
        if column == COL_WARNINGS:
            if not row.warnings:
                return ""
            return self.tr("%n warning(s)", "", len(row.warnings))
        amount = self._amount(row, column)
        if amount is None:
            return None
        return formatting.money(amount) if amount else "–"

    def extra_data(self, row: ReceivableRow, column: int, role: int) -> Any:
        """Over-limit use, overdue amounts and amounts over 90 days in red; warnings as a
        tooltip on the account and the warnings cell."""
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == COL_USED and row.over_limit:
                return ALERT_TEXT
            if column in (COL_OVERDUE, COL_B90, COL_OLDEST) and self._alerting(row, column):
                return ALERT_TEXT
        if role == Qt.ItemDataRole.BackgroundRole and column == COL_WARNINGS and row.warnings:
            return ALERT_BACKGROUND
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_ACCOUNT, COL_WARNINGS):
            return reasons_text(row.warnings) or None
        return None

    def _alerting(self, row: ReceivableRow, column: int) -> bool:
        if column == COL_OLDEST:
            return row.oldest_overdue_days > 0
        amount = self._amount(row, column)
        return amount is not None and amount > 0
