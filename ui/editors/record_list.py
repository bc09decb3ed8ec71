"""A tab listing an account's records of one table, with Add, Edit and Delete.

:class:`RecordTableModel` shows :class:`~services.account_detail.Row` values by field kind
(enum labels in the current language, dates, amounts, names of referenced records);
:class:`RecordListTab` puts it in a sortable view and opens a
:class:`~ui.editors.record_dialog.RecordDialog` to add or edit. Deleting goes through the
undo stack like every other edit, so it asks no question: Ctrl+Z brings the record back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from domain.records import spec
from domain.vocabulary import label
from services.account_detail import AccountDetail, Row
from ui import formatting
from ui.commands import DeleteRecordCommand, push
from ui.editors.record_dialog import RecordDialog
from ui.editors.texts import field_label
from ui.i18n import current_language
from ui.models import ObjectRole, SortRole
from ui.models.row_table_model import RowTableModel
from ui.ops import OpRunner


class RecordTableModel(RowTableModel):
    """Rows of ``table`` in the columns ``fields``; cells formatted by the field's kind."""

    def __init__(self, table: str, fields: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self.fields = tuple(fields)
        self.specs = spec(table)
        self.COLUMN_COUNT = len(self.fields)
        self.NUMERIC_COLUMNS = frozenset(
            i for i, f in enumerate(self.fields) if self.specs[f].kind in ("money", "int", "float")
        )

    def headers(self) -> list[str]:
        """Column titles: the fields' labels."""
        return [field_label(self.table, f) for f in self.fields]

    def display(self, row: Row, column: int) -> str:
        """The cell text of field ``column`` of ``row``."""
        name = self.fields[column]
        return format_value(self.specs[name].kind, self.specs[name].enums, row, name)

    def sort_key(self, row: Row, column: int) -> str | float:
        """Dates and times sort by their ISO text, numbers by value, the rest by text."""
        value = row.get(self.fields[column])
        if isinstance(value, (dt.date, dt.datetime)):
            return value.isoformat()
        if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
            return float(value)
        return self.display(row, column)


def format_value(kind: str, enums: Sequence[Any], row: Row, name: str) -> str:
    """How a list shows field ``name`` of ``row`` (of ``kind``)."""
    value = row.get(name)
    if kind in ("ref", "id_list"):
        return row.names.get(name, "")
    if value is None or value == []:
        return ""
    if kind == "enum":
        for enum in enums:
            if value in {m.value for m in enum}:
                return label(enum(value), current_language())
        return str(value)
    if kind == "bool":
        return "✓" if value else ""
    if kind == "datetime":
        return formatting.datetime(value)
    if kind == "date":
        return formatting.date(value)
    if kind == "money":
        return formatting.money(value)
    if kind == "tags":
        return ", ".join(value)
    return str(value)


class RecordListTab(QWidget):
    """The records of one table that belong to an account, and buttons to change them."""

    table = ""
    columns: tuple[str, ...] = ()
    dialog_class: type[RecordDialog] = RecordDialog
    #: Column sorted on first show, and whether newest/largest first.
    initial_sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder)
    #: The column that takes the spare width (default: the last one).
    stretch_column: str | None = None
    #: Rows as tall as the text plus this many pixels (None: the style's height).
    row_padding: int | None = 8
    #: The view's signal that opens a record: "doubleClicked", or "activated" (Enter too).
    open_on = "doubleClicked"

    def __init__(
        self, runner: OpRunner, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.undo_stack = undo_stack
        self.detail: AccountDetail | None = None
        self.model = self.make_model()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(*self.initial_sort)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        if self.row_padding is not None:
            self.view.verticalHeader().setDefaultSectionSize(
                self.fontMetrics().height() + self.row_padding
            )
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        if self.stretch_column is None:
            self.view.horizontalHeader().setStretchLastSection(True)
        else:
            self.view.horizontalHeader().setSectionResizeMode(
                self.columns.index(self.stretch_column), QHeaderView.ResizeMode.Stretch
            )
        getattr(self.view, self.open_on).connect(lambda _index: self.edit_selected())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        self.add_button = QPushButton()
        self.edit_button = QPushButton()
        self.delete_button = QPushButton()
        self.add_button.clicked.connect(lambda: self.open_dialog(None))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.button_row = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button, *self.more_buttons()):
            self.button_row.addWidget(button)
        self.button_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(self.button_row)
        layout.addWidget(self.view)
        self.retranslate()
        self._update_buttons()

    # --- what subclasses provide ---------------------------------------------------------

    def owner_account_id(self) -> str | None:
        """The account whose records are listed (None: nothing loaded yet)."""
        return self.detail.account.id if self.detail is not None else None

    def make_model(self) -> RecordTableModel:
        """The list's table model (a subclass may show more than the record's fields)."""
        return RecordTableModel(self.table, self.columns, self)

    def rows_of(self, detail: AccountDetail) -> tuple[Row, ...]:
        """The rows this tab lists out of the account's ``detail``."""
        raise NotImplementedError

    def dialog_options(self) -> dict[str, Any]:
        """Extra keyword arguments for the dialog (pick lists, initial values)."""
        return {}

    def record_name(self, row: Row) -> str:
        """How ``row`` is named in the Undo menu."""
        return str(row.get("name") or "")

    def more_buttons(self) -> list[QPushButton]:
        """Buttons of this tab's own, after Add, Edit and Delete."""
        return []

    # --- rows ------------------------------------------------------------------------------

    def set_detail(self, detail: AccountDetail) -> None:
        """Show the account's rows, keeping the selected record selected."""
        selected = self.selected_row()
        self.detail = detail
        self.model.set_rows(list(self.rows_of(detail)))
        if selected is not None:
            self.select(selected.id)
        self.view.resizeColumnsToContents()
        self._update_buttons()

    def select(self, row_id: str) -> None:
        """Select the record ``row_id`` if it is listed."""
        for r in range(self.proxy.rowCount()):
            index = self.proxy.index(r, 0)
            if index.data(ObjectRole).id == row_id:
                self.view.selectRow(r)
                return

    def selected_row(self) -> Row | None:
        """The record selected, if any."""
        indexes = self.view.selectionModel().selectedRows()
        return indexes[0].data(ObjectRole) if indexes else None

    def row_count(self) -> int:
        """How many records are listed."""
        return self.model.rowCount(QModelIndex())

    # --- actions ---------------------------------------------------------------------------

    def open_dialog(self, row: Row | None) -> RecordDialog | None:
        """Open the dialog that adds (``row`` None) or edits a record; returns it."""
        account_id = self.owner_account_id()
        if account_id is None:
            return None
        dialog = self.dialog_class(
            self.runner,
            self.undo_stack,
            account_id,
            row,
            parent=self,
            **self.dialog_options(),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def edit_selected(self) -> RecordDialog | None:
        """Open the selected record in its dialog."""
        row = self.selected_row()
        return self.open_dialog(row) if row is not None else None

    def delete_selected(self) -> None:
        """Delete the selected record (undoable)."""
        row = self.selected_row()
        account_id = self.owner_account_id()
        if row is None or account_id is None:
            return
        command = DeleteRecordCommand(
            self.runner,
            self.table,
            row.id,
            name=self.record_name(row),
            account_id=account_id,
        )
        push(self.undo_stack, command)

    def _update_buttons(self) -> None:
        has = self.selected_row() is not None
        self.add_button.setEnabled(self.owner_account_id() is not None)
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    # --- language --------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Button texts and cells in the current language."""
        self.edit_button.setText(self.tr("Edit…"))
        self.delete_button.setText(self.tr("Delete"))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
