"""The account list as a Qt table model: one :class:`~services.queries.AccountRow` per row.

Rows are handed in whole (:meth:`AccountTableModel.set_rows`) but shown lazily, 200 at a
time through ``canFetchMore``/``fetchMore``, so 5,000 accounts open at once. Sorting happens
here, over *all* rows, with the same typed keys :data:`~ui.models.SortRole` returns
(Chinese names by pinyin): sorting only the rows fetched so far would put the wrong accounts
on top, and a ``QSortFilterProxyModel`` sort calls back into Python for every comparison
(over a second for 5,000 rows), where ``list.sort`` on precomputed keys takes milliseconds.
The proxy (:mod:`ui.models.account_filter_proxy`) hands header clicks to :meth:`sort`.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from functools import cache
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from domain.vocabulary import (
    AccountLevel,
    ChannelType,
    CooperationMode,
    LifecycleStage,
    Region,
    StandardTag,
)
from services.queries import AccountRow
from ui import formatting
from ui.models import code_label, local_date, role_set
from ui.models.sorting import SortedRowTableModel

(
    COL_NAME,
    COL_CHANNEL,
    COL_COOPERATION,
    COL_LEVEL,
    COL_REGION,
    COL_PLACE,
    COL_STAGE,
    COL_TAGS,
    COL_OWNER,
    COL_CONTACTS,
    COL_LAST_ACTIVITY,
    COL_CREDIT_LIMIT,
) = range(12)
COLUMN_COUNT = 12
BATCH = 200

# Columns showing one code of an enum: label in the UI, declaration order when sorting.
ENUM_COLUMNS: dict[int, tuple[str, type[StrEnum]]] = {
    COL_CHANNEL: ("channel_type", ChannelType),
    COL_COOPERATION: ("cooperation_mode", CooperationMode),
    COL_LEVEL: ("level", AccountLevel),
    COL_REGION: ("region", Region),
    COL_STAGE: ("lifecycle_stage", LifecycleStage),
}
_STANDARD_TAGS = {t.value for t in StandardTag}


@cache
def _enum_order(enum: type[StrEnum]) -> dict[str, int]:
    return {m.value: i for i, m in enumerate(enum)}


@cache
def _marker(key_account: bool) -> QIcon:
    """A gold star for key accounts, and a blank of the same size so names line up."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    if key_account:
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor("#d99a00"))
        font = painter.font()
        font.setPixelSize(15)
        painter.setFont(font)
        painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, "★")
        painter.end()
    return QIcon(pixmap)


def tag_text(tag: str) -> str:
    """A tag as people read it: the label of a standard tag, a free tag as written."""
    return code_label(StandardTag, tag) if tag in _STANDARD_TAGS else tag


class AccountTableModel(SortedRowTableModel):
    """Every live account, sorted over all rows and fetched into views in batches."""

    COLUMN_COUNT = COLUMN_COUNT
    EXTRA_ROLES = role_set(Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole)
    NUMERIC_COLUMNS = frozenset({COL_CONTACTS, COL_CREDIT_LIMIT})

    DEFAULT_SORT = (COL_NAME, Qt.SortOrder.AscendingOrder)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._loaded = 0
        self._cells: dict[str, tuple[str, ...]] = {}  # account id -> display texts

    def headers(self) -> list[str]:
        """The column titles in the current language."""
        return [
            self.tr("Name"),
            self.tr("Channel type"),
            self.tr("Cooperation"),
            self.tr("Level"),
            self.tr("Region"),
            self.tr("Province / city"),
            self.tr("Stage"),
            self.tr("Tags"),
            self.tr("Owner"),
            self.tr("Contacts"),
            self.tr("Last activity"),
            self.tr("Credit limit"),
        ]

    # --- rows ---------------------------------------------------------------------------------

    def set_rows(  # type: ignore[override]
        self, rows: list[AccountRow], pinyin: Mapping[str, tuple[str, str]] | None = None
    ) -> None:
        """Replace every row (model reset), in the current sort order; the first batch shows.

        ``pinyin`` (text → full, initials) lets Chinese names sort by pinyin.
        """
        super().set_rows(rows, pinyin)

    def _rows_replaced(self) -> None:
        self._cells.clear()
        self._loaded = min(BATCH, len(self._rows))

    def set_pinyin(self, pinyin: Mapping[str, tuple[str, str]]) -> None:
        """Use new pinyin for sorting names (re-sorts when the order depends on it)."""
        self._pinyin = pinyin
        if self._sort[0] in (COL_NAME, COL_OWNER):
            self.sort(*self._sort)

    def fetch_to(self, row: int) -> None:
        """Make sure every row up to ``row`` is fetched (shown by views)."""
        end = min(row + 1, len(self._rows))
        if end > self._loaded:
            self.beginInsertRows(QModelIndex(), self._loaded, end - 1)
            self._loaded = end
            self.endInsertRows()

    def fetch_all(self) -> None:
        """Fetch every row (before filtering, so a search sees all accounts)."""
        self.fetch_to(len(self._rows) - 1)

    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else self._loaded

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        return not parent.isValid() and self._loaded < len(self._rows)

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        if not parent.isValid():
            self.fetch_to(self._loaded + BATCH - 1)

    # --- sorting ------------------------------------------------------------------------------

    def row_id(self, row: AccountRow) -> str:
        """Rows are accounts."""
        return row.id

    def _moved_index(self, row: int, column: int) -> QModelIndex:
        """An item that lands beyond the fetched rows is dropped (its row is not shown yet)."""
        return self.index(row, column) if row < self._loaded else QModelIndex()

    def _sort_rows(self) -> None:
        column, order = self._sort
        self._rows.sort(key=self._name_key)
        if column != COL_NAME:
            self._rows.sort(
                key=lambda r: self.sort_key(r, column),
                reverse=order == Qt.SortOrder.DescendingOrder,
            )
        elif order == Qt.SortOrder.DescendingOrder:
            self._rows.reverse()
        self._index_rows()

    def _name_key(self, row: AccountRow) -> str:
        return f"{self._spoken(row.name)}\x00{row.name}"

    def sort_key(self, row: AccountRow, column: int) -> str | int | float:
        """Numbers for counts and amounts, ISO text for times, pinyin for Chinese names."""
        if column == COL_NAME:
            return self._name_key(row)
        if column in ENUM_COLUMNS:
            field, enum = ENUM_COLUMNS[column]
            order = _enum_order(enum)
            return order.get(getattr(row, field) or "", len(order))
        if column == COL_OWNER:
            return self._spoken(row.owner_name)
        if column == COL_CONTACTS:
            return row.contact_count
        if column == COL_LAST_ACTIVITY:
            return row.last_activity.isoformat() if row.last_activity else ""
        if column == COL_CREDIT_LIMIT:
            return float(row.credit_limit) if row.credit_limit is not None else -1.0
        return self.display(row, column) or ""

    # --- cells --------------------------------------------------------------------------------

    def display(self, row: AccountRow, column: int) -> str | None:
        """The text of a cell; a row's texts are worked out once, until rows or language change."""
        cells = self._cells.get(row.id)
        if cells is None:
            cells = self._cells[row.id] = tuple(self._text(row, c) for c in range(COLUMN_COUNT))
        return cells[column] if 0 <= column < COLUMN_COUNT else None

    def retranslate(self) -> None:
        """Forget the texts made in the previous language, then tell views."""
        self._cells.clear()
        super().retranslate()

    def _text(self, row: AccountRow, column: int) -> str:
        # Labels for codes, the locale's formats for amounts and dates.
        if column == COL_NAME:
            return row.name
        if column in ENUM_COLUMNS:
            field, enum = ENUM_COLUMNS[column]
            return code_label(enum, getattr(row, field))
        if column == COL_PLACE:
            return " ".join(p for p in (row.province, row.city) if p)
        if column == COL_TAGS:
            return ", ".join(tag_text(t) for t in row.tags)
        if column == COL_OWNER:
            return row.owner_name or ""
        if column == COL_CONTACTS:
            return str(row.contact_count)
        if column == COL_LAST_ACTIVITY:
            return formatting.date(local_date(row.last_activity)) if row.last_activity else ""
        return formatting.money(row.credit_limit)  # COL_CREDIT_LIMIT

    def extra_data(self, row: AccountRow, column: int, role: int) -> Any:
        """The key-account star beside the name, and tooltips for texts that may be cut."""
        if column == COL_NAME and role == Qt.ItemDataRole.DecorationRole:
            return _marker(row.is_key_account)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_NAME:
                lines = [row.name]
                if row.short_name and row.short_name != row.name:
                    lines.append(row.short_name)
                if row.is_key_account:
                    lines.append(self.tr("Key account"))
                return "\n".join(lines)
            if column not in self.NUMERIC_COLUMNS and column != COL_LAST_ACTIVITY:
                return self.display(row, column) or None  # text columns: cut short when narrow
        return None
