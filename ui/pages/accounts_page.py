"""The account list: every channel customer, filtered and searched as the rep types.

Rows load in a reader thread and show at once; the search haystacks follow in a second
read, and Chinese texts whose pinyin is not cached yet are computed on the writer thread
afterwards, so nothing slow ever runs on the GUI thread. A query is matched against the
haystacks once (a few milliseconds for 5,000 accounts) and the proxy filters on the set of
matching ids.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from domain.search import query_terms
from services.queries import fill_pinyin_cache
from ui import formatting
from ui.models import ObjectRole
from ui.models.account_filter_proxy import AccountFilter, AccountFilterProxy
from ui.models.account_table_model import (
    COL_COOPERATION,
    COL_NAME,
    COL_PLACE,
    COL_REGION,
    COL_TAGS,
    AccountTableModel,
)
from ui.ops import OpRunner
from ui.pages.account_filter_bar import AccountFilterBar
from ui.pages.account_opener import open_account
from ui.pages.list_page import ListPage
from ui.search_index import AccountList, SearchIndex, load_account_list, load_search_index

PINYIN_CHUNK = 450  # texts per write op (fill_pinyin_cache looks up fewer than 500 directly)


class AccountsPage(ListPage):
    """The account list with its filter bar and search box."""

    watched_tables = frozenset({"accounts", "contacts", "activities", "reps"})
    WIDEST = {COL_NAME: 280, COL_TAGS: 180, COL_PLACE: 150}
    NARROWEST = {COL_TAGS: 90, COL_PLACE: 100, COL_NAME: 220}  # shrunk in this order
    # Shown on demand: the province and city say more than the region, and the cooperation
    # mode rarely changes (both stay in the filter bar and the editor).
    DEFAULT_HIDDEN = frozenset({COL_COOPERATION, COL_REGION})
    ICON_COLUMN = COL_NAME  # the key-account star
    search_did_load = Signal()  # the search index is ready (or was rebuilt)
    current_account_changed = Signal(object)  # the selected account's id, or None (printing)

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
        self._filled_generation = -1
        self._query = ""
        self._build()
        self.retranslate()

    def _build(self) -> None:
        self.new_button = QPushButton()
        self.new_button.setObjectName("new_account")
        self.new_button.clicked.connect(self.new_record)
        self._build_list(
            search_name="account_search",
            count_name="account_count",
            table_name="account_table",
            empty_name="accounts_empty",
        )
        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)

        self.filter_bar = AccountFilterBar()
        self.filter_bar.filter_changed.connect(self._filter_changed)

        header = self.view.horizontalHeader()
        header.setSortIndicator(COL_NAME, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.view.activated.connect(self._activated)
        self.view.selectionModel().selectionChanged.connect(
            lambda *_: self.current_account_changed.emit(self.current_account_id())
        )

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.stack, 1)

    # --- public API -----------------------------------------------------------------------

    def title(self) -> str:
        """The page's name in the navigation."""
        return self.tr("Accounts")

    def new_record(self) -> None:
        """Open the editor on a new account (Ctrl+N, "New account")."""
        self.open_account(None)

    def open_account(self, account_id: str | None) -> QWidget | None:
        """Open the editor of ``account_id`` (None: a new account); returns it if shown."""
        return open_account(self, account_id)

    def refresh(self) -> None:
        """Reload the rows in the background, then the search index."""
        self.latest.start()
        self.latest.read(load_account_list, self._rows_loaded, self._load_failed)

    def search_is_complete(self) -> bool:
        """Whether every account's texts are searchable, pinyin included."""
        return self._index_ready and not self.index.missing

    def current_account_id(self) -> str | None:
        """The id of the selected account, if any."""
        row = self._selected_row()
        return row.id if row is not None else None

    def select_account(self, account_id: str) -> bool:
        """Select ``account_id`` and scroll to it; False when it is not in the list."""
        return self._select(account_id, COL_NAME)

    # --- loading --------------------------------------------------------------------------

    def _rows_loaded(self, result: AccountList) -> None:
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
        self.latest.read(lambda uow: load_search_index(uow, pinyin), self._index_loaded)
        self.loaded()  # did_load: the rows are on screen

    def _load_failed(self, exc: BaseException) -> None:
        self._loading = False
        self._update_state()
        self.empty_label.setText(
            self.tr("The accounts could not be loaded: %1").replace("%1", str(exc))
        )
        self.stack.setCurrentWidget(self.empty_label)

    def _index_loaded(self, index: SearchIndex) -> None:
        generation = self.latest.generation
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
            if rest and self.latest.is_current(generation):
                self._fill_pinyin(generation, rest, found)
            else:
                self._pinyin_filled(generation, found)

        self.runner.write(
            lambda uow: fill_pinyin_cache(uow, chunk),
            tables=frozenset({"pinyin_cache"}),
            on_success=done,
        )

    def _pinyin_filled(self, generation: int, new: dict[str, tuple[str, str]]) -> None:
        if not self.latest.is_current(generation) or not new:
            return
        pinyin = {**self.index.pinyin, **new}
        self.model.set_pinyin(pinyin)
        self.latest.read(lambda uow: load_search_index(uow, pinyin), self._index_loaded)

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
