"""The 1+2+1 tracker sheet as a Qt table model: one :class:`~services.tracker.TrackerRow` per
open project, and the filter the sheet's filter bar sets.

Like the account list, the model sorts *all* its rows itself by typed keys (names by pinyin,
the status red → amber → green, the top risk by severity) and the proxy
(:class:`~ui.models.row_filter_proxy.RowFilterProxy`) only filters. The status cell shows a
coloured dot *and* the status in words, so the colour is never the only signal.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, fields
from functools import cache
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from domain.vocabulary import SalesStep, TrafficLight
from services.tracker import TrackerRow
from ui import formatting
from ui.i18n import current_language
from ui.models import code_label, role_set
from ui.models.sorting import SortedRowTableModel

(
    COL_ACCOUNT,
    COL_PROJECT,
    COL_STATUS,
    COL_AMOUNT,
    COL_CLOSE,
    COL_STEP,
    COL_GUIDE,
    COL_COVERED,
    COL_WON,
    COL_RISK,
    COL_ADVANCE,
    COL_NEXT,
    COL_DUE,
    COL_OWNER,
) = range(14)
COLUMN_COUNT = 14
ROLE_TOTAL = 4

#: The colour of each status: a dot in the sheet, a banner on the board.
STATUS_COLOURS: dict[str, QColor] = {
    TrafficLight.GREEN.value: QColor("#2e7d32"),
    TrafficLight.AMBER.value: QColor("#ef8f00"),
    TrafficLight.RED.value: QColor("#c62828"),
}
#: A pale tint of each status, behind the status cell.
STATUS_TINTS: dict[str, QColor] = {
    TrafficLight.GREEN.value: QColor("#e8f5e9"),
    TrafficLight.AMBER.value: QColor("#fff4e0"),
    TrafficLight.RED.value: QColor("#fdecea"),
}
_STATUS_ORDER = {
    TrafficLight.RED.value: 0,
    TrafficLight.AMBER.value: 1,
    TrafficLight.GREEN.value: 2,
}
_STEP_ORDER = {s.value: i for i, s in enumerate(SalesStep)}
OVERDUE_TEXT = QColor("#b3261e")
#: The text columns: cut short when narrow, so their full text is the cell's tooltip.
_TEXT_COLUMNS = frozenset({COL_ACCOUNT, COL_PROJECT, COL_STEP, COL_GUIDE, COL_NEXT, COL_OWNER})


@cache
def status_dot(status: str, size: int = 12) -> QIcon:
    """A filled circle in the colour of ``status`` (green, amber, red)."""
    pixmap = QPixmap(size + 4, size + 4)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = STATUS_COLOURS.get(status, QColor("#888888"))
    painter.setPen(colour.darker(130))
    painter.setBrush(colour)
    painter.drawEllipse(2, 2, size, size)
    painter.end()
    return QIcon(pixmap)


def status_text(status: str) -> str:
    """The status in words in the interface language ("Green", "绿")."""
    return code_label(TrafficLight, status)


def status_of(row: TrackerRow) -> str:
    """The status code (green, amber, red) of a sheet row."""
    return str(row.verdict.status.value)


@dataclass(frozen=True)
class TrackerFilter:
    """What the tracker's filter bar asks for; ``None`` means "any"."""

    status: str | None = None
    step: str | None = None
    owner_id: str | None = None
    close_month: str | None = None  # "YYYY-MM"

    def is_empty(self) -> bool:
        """Whether nothing is filtered."""
        return not any(getattr(self, f.name) for f in fields(self))

    def predicates(self) -> list[Any]:
        """One test per chosen filter; a project passes when it passes them all."""
        tests = []
        if self.status:
            tests.append(lambda row, s=self.status: status_of(row) == s)
        if self.step:
            tests.append(lambda row, s=self.step: row.step == s)
        if self.owner_id:
            tests.append(lambda row, o=self.owner_id: row.owner_id == o)
        if self.close_month:
            tests.append(lambda row, m=self.close_month: month_of(row.expected_close) == m)
        return tests


def month_of(day: dt.date | None) -> str | None:
    """``YYYY-MM`` of ``day`` (None for None)."""
    return f"{day.year:04d}-{day.month:02d}" if day else None


class TrackerTableModel(SortedRowTableModel):
    """The open projects, sorted over all rows by typed keys."""

    COLUMN_COUNT = COLUMN_COUNT
    NUMERIC_COLUMNS = frozenset({COL_AMOUNT, COL_COVERED, COL_WON})
    EXTRA_ROLES = role_set(
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.ToolTipRole,
    )
    DEFAULT_SORT = (COL_STATUS, Qt.SortOrder.AscendingOrder)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cells: dict[str, tuple[str, ...]] = {}
        self.today = dt.date.today()

    def headers(self) -> list[str]:
        """The column titles in the current language."""
        return [
            self.tr("Account"),
            self.tr("Project"),
            self.tr("Status"),
            self.tr("Amount"),
            self.tr("Expected close"),
            self.tr("Step"),
            self.tr("Guide"),
            self.tr("Covered"),
            self.tr("Won"),
            self.tr("Top risk"),
            self.tr("Last advance"),
            self.tr("Next step"),
            self.tr("Due"),
            self.tr("Owner"),
        ]

    # --- rows and sorting ---------------------------------------------------------------------

    def set_rows(  # type: ignore[override]
        self,
        rows: list[TrackerRow],
        pinyin: Mapping[str, tuple[str, str]] | None = None,
        today: dt.date | None = None,
    ) -> None:
        """Replace every row, in the current sort order (``pinyin`` sorts Chinese names;
        ``today`` is the day overdue dates are measured against)."""
        if today is not None:
            self.today = today
        super().set_rows(rows, pinyin)

    def _rows_replaced(self) -> None:
        self._cells.clear()

    def row_id(self, row: TrackerRow) -> str:
        """Rows are projects."""
        return row.project_id

    def tie_key(self, row: TrackerRow) -> tuple[str, str]:
        """Equal keys keep the projects in account, then project name order (by pinyin)."""
        return (self._spoken(row.account_name), self._spoken(row.project_name))

    def sort_key(self, row: TrackerRow, column: int) -> str | int | float:
        """Typed keys: amounts and counts as numbers, dates as ISO text, names by pinyin."""
        if column == COL_ACCOUNT:
            return self._spoken(row.account_name)
        if column == COL_PROJECT:
            return self._spoken(row.project_name)
        if column == COL_STATUS:
            return _STATUS_ORDER.get(status_of(row), 3)
        if column == COL_AMOUNT:
            return float(row.amount) if row.amount is not None else -1.0
        if column == COL_STEP:
            return _STEP_ORDER.get(row.step, len(_STEP_ORDER))
        if column == COL_COVERED:
            return row.roles_covered
        if column == COL_WON:
            return row.roles_won
        if column == COL_RISK:
            return -row.top_risk.severity if row.top_risk else 0
        if column in (COL_CLOSE, COL_ADVANCE, COL_DUE):
            day = {
                COL_CLOSE: row.expected_close,
                COL_ADVANCE: row.last_advance_on,
                COL_DUE: row.next_step_due,
            }[column]
            return day.isoformat() if day else "9999"
        if column == COL_GUIDE:
            return self._spoken(row.guide_name) or "\uffff"
        if column == COL_OWNER:
            return self._spoken(row.owner_name) or "\uffff"
        return self.display(row, column) or ""

    # --- cells --------------------------------------------------------------------------------

    def display(self, row: TrackerRow, column: int) -> str | None:
        """The text of a cell (worked out once per row until rows or language change)."""
        cells = self._cells.get(row.project_id)
        if cells is None:
            cells = tuple(self._text(row, c) for c in range(COLUMN_COUNT))
            self._cells[row.project_id] = cells
        return cells[column] if 0 <= column < COLUMN_COUNT else None

    def retranslate(self) -> None:
        """Forget the texts made in the previous language, then tell views."""
        self._cells.clear()
        super().retranslate()

    def _text(self, row: TrackerRow, column: int) -> str:
        if column == COL_ACCOUNT:
            return row.account_name
        if column == COL_PROJECT:
            return row.project_name
        if column == COL_STATUS:
            return status_text(status_of(row))
        if column == COL_AMOUNT:
            return formatting.money(row.amount)
        if column == COL_CLOSE:
            return formatting.date(row.expected_close)
        if column == COL_STEP:
            return code_label(SalesStep, row.step)
        if column == COL_GUIDE:
            return row.guide_name or "—"
        if column == COL_COVERED:
            return f"{row.roles_covered}/{ROLE_TOTAL}"
        if column == COL_WON:
            return f"{row.roles_won}/{ROLE_TOTAL}"
        if column == COL_RISK:
            return row.top_risk.text(current_language()) if row.top_risk else ""
        if column == COL_ADVANCE:
            return formatting.date(row.last_advance_on)
        if column == COL_NEXT:
            return row.next_step or ""
        if column == COL_DUE:
            return formatting.date(row.next_step_due)
        return row.owner_name or ""  # COL_OWNER

    def extra_data(self, row: TrackerRow, column: int, role: int) -> Any:
        """The status dot and tint, overdue dates in red, and the full texts as tooltips."""
        if column == COL_STATUS:
            if role == Qt.ItemDataRole.DecorationRole:
                return status_dot(status_of(row))
            if role == Qt.ItemDataRole.BackgroundRole:
                return STATUS_TINTS.get(status_of(row))
            if role == Qt.ItemDataRole.ToolTipRole:
                lang = current_language()
                lines = [f.text(lang) for f in row.verdict.missing]
                return "\n".join(lines) or self.tr("1+2+1 holds")
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_DUE:
            due = row.next_step_due
            return OVERDUE_TEXT if due is not None and due < self.today else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_RISK and row.risks:
                lang = current_language()
                return "\n".join(f.text(lang) for f in row.risks)
            if column in _TEXT_COLUMNS and (column != COL_GUIDE or row.guide_name):
                return self.display(row, column) or None  # not the "—" of no guide
        return None

    def index_of(self, project_id: str, column: int = COL_PROJECT) -> QModelIndex:
        """The model index of ``project_id``'s cell in ``column`` (invalid when absent)."""
        row = self._position.get(project_id)
        return self.index(row, column) if row is not None else QModelIndex()
