"""The part every table model of plain rows has in common: rows in, roles out.

Subclasses name their columns (``COL_*`` constants and :meth:`headers`) and say what a cell
shows (:meth:`display`) and how it sorts (:meth:`sort_key`); this base answers Qt.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from ui.models import LEFT, RIGHT, ObjectRole, SortRole

Index = QModelIndex | QPersistentModelIndex
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole.value)


class RowTableModel(QAbstractTableModel):
    """A read-only table over a list of row dataclasses, one row per item."""

    #: How many columns there are (subclasses set it next to their ``COL_*`` constants).
    COLUMN_COUNT: int = 0
    #: Columns whose values are numbers or amounts (right-aligned).
    NUMERIC_COLUMNS: frozenset[int] = frozenset()
    #: Roles :meth:`extra_data` answers (besides display, sort, object and alignment).
    EXTRA_ROLES: frozenset[int] = frozenset()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._answered = frozenset({SortRole, ObjectRole, _ALIGNMENT}) | self.EXTRA_ROLES

    # --- what subclasses provide ------------------------------------------------------------

    def headers(self) -> list[str]:
        """The column titles in the current language (through ``self.tr``)."""
        raise NotImplementedError

    def display(self, row: Any, column: int) -> str | None:
        """The text of ``column`` for ``row``."""
        raise NotImplementedError

    def sort_key(self, row: Any, column: int) -> str | int | float:
        """A typed key ``column`` sorts ``row`` by (one type per column)."""
        return self.display(row, column) or ""

    def extra_data(self, row: Any, column: int, role: int) -> Any:
        """Other roles (tooltips, colours); None when the cell has nothing for ``role``."""
        return None

    # --- rows ---------------------------------------------------------------------------------

    def set_rows(self, rows: list[Any]) -> None:
        """Replace every row (a model reset: views drop selection; pages restore it by id)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        """The row dataclass at source row ``row``."""
        return self._rows[row]

    def retranslate(self) -> None:
        """Tell views that headers and texts changed after a language switch."""
        columns = self.columnCount()
        if columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
        rows = self.rowCount()
        if rows and columns:
            self.dataChanged.emit(self.index(0, 0), self.index(rows - 1, columns - 1))

    # --- Qt -------------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            headers = self.headers()
            return headers[section] if 0 <= section < len(headers) else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if section in self.NUMERIC_COLUMNS else LEFT
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Views ask for a dozen roles per visible cell on every paint: answer the display
        # role first and turn away the roles this model does not answer with one set lookup.
        if role == _DISPLAY:
            if not index.isValid():
                return None
            return self.display(self._rows[index.row()], index.column())
        if role not in self._answered or not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == SortRole:
            return self.sort_key(row, column)
        if role == ObjectRole:
            return row
        if role == _ALIGNMENT:
            return RIGHT if column in self.NUMERIC_COLUMNS else LEFT
        return self.extra_data(row, column, role)
