"""What the searchable list pages (accounts, key-account tracker) have in common.

Both show every row of a model that sorts itself, filtered by a proxy on a filter bar's
tests and on the ids the search matched; a search box above, a count beside it, and a text
in place of the table when nothing is shown. This base builds those parts, runs the search
and sizes the columns; the pages add their own columns, filters, texts and loading.

The user chooses the columns (:mod:`ui.column_chooser`: hide and show them from the header's
right-click menu, drag to reorder, resize); the page fits the widths the user did not set.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, QPoint, QSettings, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QMenu, QStackedWidget, QTableView

from domain.search import query_terms
from ui.column_chooser import ColumnChooser
from ui.models import ObjectRole
from ui.pages.base import Page
from ui.pages.search_box import SearchBox
from ui.search_index import SearchIndex


class ListPage(Page):
    """A page with a search box, a sortable table and an empty text in its place.

    Subclasses create ``self.model`` and ``self.proxy`` before :meth:`_build_list`, and
    say what the count and empty text read in :meth:`_update_state`.
    """

    #: The widest a column gets when sized to its contents, per column and otherwise.
    WIDEST: dict[int, int] = {}
    WIDEST_OTHER = 150
    #: Text columns narrowed (in this order, down to these widths) until the table fits.
    NARROWEST: dict[int, int] = {}
    #: Columns hidden until the user shows them (header menu).
    DEFAULT_HIDDEN: frozenset[int] = frozenset()
    #: The column that always stays shown (the name).
    KEPT_COLUMN = 0
    #: A column with an icon before its text (the key-account star, the status dot).
    ICON_COLUMN = -1
    #: Rows measured when sizing columns.
    SAMPLE_ROWS = 60

    model: Any
    proxy: Any
    index: SearchIndex
    _index_ready: bool
    _query: str
    _columns_fitted: bool

    def _build_list(
        self, *, search_name: str, count_name: str, table_name: str, empty_name: str
    ) -> None:
        """Create :attr:`search`, :attr:`count_label`, :attr:`view` (over ``self.proxy``)
        with its :attr:`columns`, :attr:`empty_label` and :attr:`stack` (the view, or the
        empty text)."""
        self.search = SearchBox(search_name)
        self.search.search_requested.connect(self.apply_search)
        self.search.entered.connect(self._search_entered)
        self._search_timer = self.search.timer
        self.count_label = QLabel()
        self.count_label.setObjectName(count_name)

        self.view = QTableView()
        self.view.setObjectName(table_name)
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        self.columns = ColumnChooser(
            self.view, kept=self.KEPT_COLUMN, hidden=self.DEFAULT_HIDDEN, parent=self
        )
        self.columns.columns_did_change.connect(self._columns_changed)

        self.empty_label = QLabel()
        self.empty_label.setObjectName(empty_name)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty_label)

    # --- search -------------------------------------------------------------------------------

    def focus_search(self) -> None:
        """Put the cursor in the search box (Ctrl+F)."""
        self.search.focus_and_select()

    def apply_search(self, query: str) -> None:
        """Show only the rows matching ``query``, now (typing waits a moment first)."""
        self._search_timer.stop()
        self._query = query
        if self._index_ready or not query_terms(query):
            self.proxy.set_matching_ids(self.index.matching(query))
        self._update_state()

    def _search_entered(self) -> None:
        self.apply_search(self.search.text())
        if self.proxy.rowCount():
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
            if not self.view.selectionModel().hasSelection():
                self.view.selectRow(0)

    def _update_state(self) -> None:
        """Show the count, and the table or the empty text."""
        raise NotImplementedError

    # --- selection ----------------------------------------------------------------------------

    def _selected_row(self) -> Any:
        """The row (dataclass) selected, if any."""
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(ObjectRole) if rows else None

    def _select(self, row_id: str, column: int) -> bool:
        """Select the row of ``row_id`` and scroll to its ``column``; False when not shown."""
        row = self.proxy.row_of(row_id)
        if row is None:
            return False
        index = self.proxy.index(row, column)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.view.selectionModel().setCurrentIndex(index, flags)
        self.view.scrollTo(index)
        return True

    # --- columns ------------------------------------------------------------------------------

    def attach_settings(self, settings: QSettings) -> None:
        """Remember the user's columns in ``settings`` (and show them as last chosen)."""
        self.columns.attach(settings)

    def column_menu(self) -> QMenu:
        """The header's right-click menu: show or hide columns (the name always stays),
        and "Reset columns"."""
        return self.columns.menu(self.model.headers(), self)

    def _column_menu(self, pos: QPoint) -> None:
        menu = self.column_menu()
        menu.exec(self.view.horizontalHeader().mapToGlobal(pos))
        menu.deleteLater()

    def _columns_changed(self) -> None:
        if self._columns_fitted:
            self._fit_columns()

    def _fit_columns(self) -> None:
        """Size columns to their title and the first rows, then narrow the long text
        columns (:attr:`NARROWEST`, in order) until the shown ones fit the page when they
        can. Widths the user set stay as they are and count as they are."""
        self._columns_fitted = True
        header = self.view.horizontalHeader()
        cell, head = self.view.fontMetrics(), header.fontMetrics()
        titles = self.model.headers()
        count = min(self.model.rowCount(), self.SAMPLE_ROWS)
        rows = [self.model.row_at(r) for r in range(count)]
        widths: dict[int, int] = {}
        for column in range(self.model.COLUMN_COUNT):
            texts = {self.model.display(r, column) or "" for r in rows}  # measure each once
            content = max((cell.horizontalAdvance(t) for t in texts), default=0) + 14
            if column == self.ICON_COLUMN:
                content += 22
            title = head.horizontalAdvance(titles[column]) + 24  # room for the sort arrow
            widths[column] = min(max(content, title), self.WIDEST.get(column, self.WIDEST_OTHER))
        fixed = self.columns.hand_widths()
        shown = self.columns.shown()
        excess = sum(fixed.get(c, widths[c]) for c in shown) - self._room()
        for column, narrowest in self.NARROWEST.items():
            if column in fixed or column not in shown:
                continue
            give = max(0, min(excess, widths[column] - narrowest))
            widths[column] -= give
            excess -= give
        self.columns.fit(widths)

    def _room(self) -> int:
        """The width the columns have: the table's, less its frame and the vertical scroll
        bar when the rows will need one (it may not be shown yet on the first load)."""
        view = self.view
        room = view.width() - 2 * view.frameWidth()
        rows_height = self.proxy.rowCount() * view.verticalHeader().defaultSectionSize()
        header_height = view.horizontalHeader().sizeHint().height()
        if rows_height > view.height() - header_height - 2 * view.frameWidth():
            room -= view.verticalScrollBar().sizeHint().width()
        return room
