"""The account list: every channel customer, filtered and searched as the rep types.

Rows load in a reader thread and show at once; the search haystacks follow in a second
read, and Chinese texts whose pinyin is not cached yet are computed on the writer thread
afterwards, so nothing slow ever runs on the GUI thread. A query is matched against the
haystacks once (a few milliseconds for 5,000 accounts) and the proxy filters on the set of
matching ids.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from domain.search import query_terms
from services.queries import fill_pinyin_cache
from ui import formatting
from ui.models import ObjectRole
from ui.models.account_filter_proxy import AccountFilter, AccountFilterProxy
from ui.models.account_table_model import (
    COL_NAME,
    COL_PLACE,
    COL_TAGS,
    COLUMN_COUNT,
    AccountTableModel,
)
from ui.ops import OpRunner
from ui.pages.account_filter_bar import AccountFilterBar
from ui.pages.account_opener import open_account
from ui.pages.base import Page
from ui.search_index import AccountList, SearchIndex, load_account_list, load_search_index

PINYIN_CHUNK = 450  # texts per write op (fill_pinyin_cache looks up fewer than 500 directly)
SEARCH_DELAY_MS = 60  # coalesces fast typing; matching itself takes a few ms
_WIDEST = {COL_NAME: 280, COL_TAGS: 180, COL_PLACE: 150}
_WIDEST_OTHER = 150
_NARROWEST = {COL_TAGS: 90, COL_PLACE: 100, COL_NAME: 220}  # shrunk in this order
_SAMPLE_ROWS = 60


class AccountsPage(Page):
    """The account list with its filter bar and search box."""

    watched_tables = frozenset({"accounts", "contacts", "activities", "reps"})
    search_did_load = Signal()  # the search index is ready (or was rebuilt)

    def __init__(
        self, runner: OpRunner, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(runner, undo_stack, parent)
        self.model = AccountTableModel(self)
        self.proxy = AccountFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.index = SearchIndex()
        self._index_ready = False
        self._loading = True
        self._columns_fitted = False
        self._generation = 0
        self._filled_generation = -1
        self._query = ""
        self._build()
        self.retranslate()

    def _build(self) -> None:
        self.new_button = QPushButton()
        self.new_button.setObjectName("new_account")
        self.new_button.clicked.connect(self.new_record)
        self.search = QLineEdit()
        self.search.setObjectName("account_search")
        self.search.setClearButtonEnabled(True)
        self.search.installEventFilter(self)
        self.count_label = QLabel()
        self.count_label.setObjectName("account_count")
        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)

        self.filter_bar = AccountFilterBar()
        self.filter_bar.filter_changed.connect(self._filter_changed)

        self.view = QTableView()
        self.view.setObjectName("account_table")
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.view.horizontalHeader()
        header.setSortIndicator(COL_NAME, Qt.SortOrder.AscendingOrder)
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSectionsMovable(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        self.view.setSortingEnabled(True)
        self.view.activated.connect(self._activated)

        self.empty_label = QLabel()
        self.empty_label.setObjectName("accounts_empty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty_label)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.stack, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(lambda: self.apply_search(self.search.text()))
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self._search_entered)

    # --- public API -----------------------------------------------------------------------

    def title(self) -> str:
        """The page's name in the navigation."""
        return self.tr("Accounts")

    def focus_search(self) -> None:
        """Put the cursor in the search box (Ctrl+F)."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def new_record(self) -> None:
        """Open the editor on a new account (Ctrl+N, "New account")."""
        self.open_account(None)

    def open_account(self, account_id: str | None) -> QWidget | None:
        """Open the editor of ``account_id`` (None: a new account); returns it if shown."""
        return open_account(self, account_id)

    def refresh(self) -> None:
        """Reload the rows in the background, then the search index."""
        self._generation += 1
        generation = self._generation
        self.runner.read(
            load_account_list,
            on_success=lambda result: self._rows_loaded(generation, result),
            on_failure=lambda exc: self._load_failed(generation, exc),
        )

    def apply_search(self, query: str) -> None:
        """Show only the accounts matching ``query``, now (typing waits a moment first)."""
        self._search_timer.stop()
        self._query = query
        if self._index_ready or not query_terms(query):
            self.proxy.set_matching_ids(self.index.matching(query))
        self._update_state()

    def search_is_complete(self) -> bool:
        """Whether every account's texts are searchable, pinyin included."""
        return self._index_ready and not self.index.missing

    def current_account_id(self) -> str | None:
        """The id of the selected account, if any."""
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(ObjectRole).id if rows else None

    def select_account(self, account_id: str) -> bool:
        """Select ``account_id`` and scroll to it; False when it is not in the list."""
        row = self.proxy.row_of(account_id)
        if row is None:
            return False
        index = self.proxy.index(row, COL_NAME)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.view.selectionModel().setCurrentIndex(index, flags)
        self.view.scrollTo(index)
        return True

    # --- loading --------------------------------------------------------------------------

    def _rows_loaded(self, generation: int, result: AccountList) -> None:
        if generation != self._generation:
            return  # a newer refresh is on its way
        top_id = self._top_account_id()
        selected = self.current_account_id()
        self.model.set_rows(result.rows, result.pinyin)
        self._loading = False
        free_tags = sorted(
            {t for r in result.rows for t in r.tags} - {"vip", "prospect", "churned"}
        )
        owners = sorted(
            {(r.owner_rep_id, r.owner_name or "") for r in result.rows if r.owner_rep_id}
        )
        self.filter_bar.set_seen(free_tags, [(rep_id, name) for rep_id, name in owners])
        if not self._columns_fitted and result.rows:
            self._update_state()  # shows the table, so it has its real width to fit into
            self._fit_columns()
        self._restore_view(top_id, selected)
        self._update_state()
        pinyin = result.pinyin
        self.runner.read(
            lambda uow: load_search_index(uow, pinyin),
            on_success=lambda index: self._index_loaded(generation, index),
        )
        self.loaded()  # did_load: the rows are on screen

    def _load_failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self._loading = False
            self._update_state()
            self.empty_label.setText(
                self.tr("The accounts could not be loaded: %1").replace("%1", str(exc))
            )
            self.stack.setCurrentWidget(self.empty_label)
        self.runner.op_failed.emit(exc)  # the window's one error handler tells the rep

    def _index_loaded(self, generation: int, index: SearchIndex) -> None:
        if generation != self._generation:
            return
        self.index = index
        self._index_ready = True
        self.apply_search(self._query)
        if index.missing and self._filled_generation != generation:
            self._filled_generation = generation
            self._fill_pinyin(generation, list(index.missing), {})
        self.search_did_load.emit()

    def _fill_pinyin(
        self, generation: int, missing: list[str], found: dict[str, tuple[str, str]]
    ) -> None:
        """Have the writer thread cache the pinyin of ``missing``, a chunk per op, so the
        GUI thread gets its turn between chunks; then rebuild the index with it."""
        chunk, rest = missing[:PINYIN_CHUNK], missing[PINYIN_CHUNK:]

        def done(new: dict[str, tuple[str, str]]) -> None:
            found.update(new)
            if rest and generation == self._generation:
                self._fill_pinyin(generation, rest, found)
            else:
                self._pinyin_filled(generation, found)

        self.runner.write(
            lambda uow: fill_pinyin_cache(uow, chunk),
            tables=frozenset({"pinyin_cache"}),
            on_success=done,
        )

    def _pinyin_filled(self, generation: int, new: dict[str, tuple[str, str]]) -> None:
        if generation != self._generation or not new:
            return
        pinyin = {**self.index.pinyin, **new}
        self.model.set_pinyin(pinyin)
        self.runner.read(
            lambda uow: load_search_index(uow, pinyin),
            on_success=lambda index: self._index_loaded(generation, index),
        )

    # --- view state -----------------------------------------------------------------------

    def _top_account_id(self) -> str | None:
        row = self.view.rowAt(0)
        return self.proxy.account_at(row).id if row >= 0 else None

    def _restore_view(self, top_id: str | None, selected: str | None) -> None:
        if top_id is not None:
            row = self.proxy.row_of(top_id)
            if row is not None:
                index = self.proxy.index(row, COL_NAME)
                self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)
        if selected is not None:
            self.select_account(selected)

    def _fit_columns(self) -> None:
        """Size columns to their title and the first rows, then narrow the wide text columns
        (tags first, then place, then name) until the table fits the page when it can."""
        self._columns_fitted = True
        header = self.view.horizontalHeader()
        cell, head = self.view.fontMetrics(), header.fontMetrics()
        titles = self.model.headers()
        rows = [self.model.row_at(r) for r in range(min(self.model.rowCount(), _SAMPLE_ROWS))]
        widths = []
        for column in range(COLUMN_COUNT):
            texts = {self.model.display(r, column) or "" for r in rows}  # measure each text once
            content = max((cell.horizontalAdvance(t) for t in texts), default=0) + 14
            if column == COL_NAME:
                content += 22  # the key-account star
            title = head.horizontalAdvance(titles[column]) + 24  # room for the sort arrow
            widths.append(min(max(content, title), _WIDEST.get(column, _WIDEST_OTHER)))
        excess = sum(widths) - self.view.viewport().width()
        for column, narrowest in _NARROWEST.items():
            give = max(0, min(excess, widths[column] - narrowest))
            widths[column] -= give
            excess -= give
        for column, width in enumerate(widths):
            header.resizeSection(column, width)

    def _column_menu(self, pos: QPoint) -> None:
        header = self.view.horizontalHeader()
        self.column_menu().exec(header.mapToGlobal(pos))

    def column_menu(self) -> QMenu:
        """The header's right-click menu: show or hide columns (the name always stays)."""
        header = self.view.horizontalHeader()
        menu = QMenu(self)
        for column, title in enumerate(self.model.headers()):
            action = menu.addAction(title)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.setEnabled(column != COL_NAME)
            action.toggled.connect(lambda shown, c=column: header.setSectionHidden(c, not shown))
        return menu

    def _update_state(self) -> None:
        total = self.model.total_count()
        shown = self.proxy.shown_count()
        if self._loading:
            self.count_label.setText(self.tr("Loading…"))
            self.empty_label.setText(self.tr("Loading accounts…"))
        elif query_terms(self._query) and not self._index_ready:
            self.count_label.setText(self.tr("Searching…"))
        elif self.proxy.is_filtering():
            self.count_label.setText(
                self.tr("%1 of %Ln account(s)", "", total).replace("%1", formatting.number(shown))
            )
        else:
            self.count_label.setText(self.tr("%Ln account(s)", "", total))
        if not self._loading:
            if total == 0:
                self.empty_label.setText(
                    self.tr("No accounts yet. Click “New account” to add the first one.")
                )
            else:
                self.empty_label.setText(
                    self.tr("No account matches the search and filters. Try fewer words.")
                )
        self.stack.setCurrentWidget(self.view if shown else self.empty_label)

    # --- events ---------------------------------------------------------------------------

    def _filter_changed(self, account_filter: AccountFilter) -> None:
        self.proxy.set_filter(account_filter)
        self._update_state()

    def _activated(self, index: QModelIndex) -> None:
        account = index.data(ObjectRole)
        if account is not None:
            self.open_account(account.id)

    def _search_entered(self) -> None:
        self.apply_search(self.search.text())
        if self.proxy.rowCount():
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
            if not self.view.selectionModel().hasSelection():
                self.view.selectRow(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """In the search box, Escape clears it and Down moves to the list."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                return True
            if event.key() == Qt.Key.Key_Down:
                self._search_entered()
                return True
        return super().eventFilter(watched, event)

    def retranslate(self) -> None:
        """Set every text again in the current language."""
        self.new_button.setText(self.tr("New account"))
        self.new_button.setToolTip(self.tr("Add an account (Ctrl+N)"))
        self.search.setPlaceholderText(
            self.tr("Search names, contacts, phones, WeChat — Chinese or pinyin (Ctrl+F)")
        )
        self.filter_bar.retranslate()
        self.model.retranslate()
        if self._columns_fitted:
            self._fit_columns()  # titles and labels changed width
        self._update_state()
