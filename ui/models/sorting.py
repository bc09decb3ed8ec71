"""Table models that sort all their rows themselves, by typed keys, keyed by row id.

The account list, the tracker sheet and the receivables table hold every row in the model
and sort them there (names by pinyin, amounts and days as numbers); their
:class:`~ui.models.row_filter_proxy.RowFilterProxy` (or account proxy) only filters, reading
:attr:`SortedRowTableModel.ids`. This base keeps the rows, the id → row map and the sort
state, and keeps the items views hold on the same rows when the order changes.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt

from ui.models.row_table_model import RowTableModel


class SortedRowTableModel(RowTableModel):
    """Every row held and sorted by the model; rows are found by their id.

    Subclasses set :attr:`DEFAULT_SORT` and say what a row's id is (:meth:`row_id`) and
    how rows with equal keys are ordered (:meth:`tie_key`).
    """

    #: The column and order rows are sorted by until a view asks for another.
    DEFAULT_SORT: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        #: The id of each row in sort order (the proxy's filter reads it per row).
        self.ids: list[str] = []
        self._position: dict[str, int] = {}
        self._pinyin: Mapping[str, tuple[str, str]] = {}
        self._sort = self.DEFAULT_SORT

    # --- what subclasses provide ------------------------------------------------------------

    def row_id(self, row: Any) -> str:
        """The id ``row`` is found by."""
        raise NotImplementedError

    def tie_key(self, row: Any) -> Any:
        """The order of rows whose sort keys are equal (names by pinyin)."""
        return ""

    def _rows_replaced(self) -> None:
        """Called inside the model reset of :meth:`set_rows`, before sorting."""

    # --- rows (what the filter proxy needs) ---------------------------------------------------

    def set_rows(  # type: ignore[override]
        self, rows: list[Any], pinyin: Mapping[str, tuple[str, str]] | None = None
    ) -> None:
        """Replace every row, in the current sort order (``pinyin`` sorts Chinese names)."""
        self.beginResetModel()
        if pinyin is not None:
            self._pinyin = pinyin
        self._rows = list(rows)
        self._rows_replaced()
        self._sort_rows()
        self.endResetModel()

    def all_rows(self) -> list[Any]:
        """Every row in sort order (read only)."""
        return self._rows

    def total_count(self) -> int:
        """How many rows the model holds."""
        return len(self._rows)

    def row_of(self, row_id: str) -> int | None:
        """The row of ``row_id`` in the sorted list."""
        return self._position.get(row_id)

    def fetch_to(self, row: int) -> None:
        """Every row is shown at once: nothing to fetch."""

    def fetch_all(self) -> None:
        """Every row is shown at once: nothing to fetch."""

    # --- sorting ------------------------------------------------------------------------------

    def sort_state(self) -> tuple[int, Qt.SortOrder]:
        """The column and order rows are sorted by."""
        return self._sort

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort all rows by ``column``; items views hold keep pointing at the same rows."""
        self._sort = (column, order)
        if not self._rows or not 0 <= column < self.COLUMN_COUNT:
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        ids = [self.row_id(self._rows[index.row()]) for index in persistent]
        self._sort_rows()
        moved = [
            self._moved_index(self._position[row_id], index.column())
            for index, row_id in zip(persistent, ids, strict=True)
        ]
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def _moved_index(self, row: int, column: int) -> QModelIndex:
        """Where an item views hold lands after a sort."""
        return self.index(row, column)

    def _sort_rows(self) -> None:
        column, order = self._sort
        self._rows.sort(key=self.tie_key)
        self._rows.sort(
            key=lambda r: self.sort_key(r, column), reverse=order == Qt.SortOrder.DescendingOrder
        )
        self._index_rows()

    def _index_rows(self) -> None:
        self.ids = [self.row_id(row) for row in self._rows]
        self._position = {row_id: i for i, row_id in enumerate(self.ids)}

    def _spoken(self, text: str | None) -> str:
        """``text`` as it sorts: its pinyin when cached, else itself ("" for none)."""
        if not text:
            return ""
        keys = self._pinyin.get(text)
        return keys[0] if keys else text
