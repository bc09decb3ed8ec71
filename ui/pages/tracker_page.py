"""The 1+2+1 tracker sheet: one row per open key-account project with its verdict.

Rows load in a reader thread (:func:`services.tracker.tracker_sheet`) and show at once; the
search haystacks (account, project, guide, owner and next step, with pinyin) follow in a
second read. Filtering and sorting work like the account list's: the model sorts all rows
by typed keys, :class:`~ui.models.row_filter_proxy.RowFilterProxy` filters on the filter
bar's tests and the set of ids the search matched. Double-click or Enter opens the
project's board (:mod:`ui.board`); "New project…" (Ctrl+N on this page) starts a project
(:mod:`ui.board.new_project`) and opens its board.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from domain.search import has_chinese, haystack, pinyin_keys, query_terms
from services.profiling import TABLE as PROFILE_TABLE
from services.queries import cached_pinyin
from services.tracker import TrackerRow, tracker_sheet
from storage.uow import UnitOfWork
from ui import formatting
from ui.models import ObjectRole
from ui.models.row_filter_proxy import RowFilterProxy
from ui.models.tracker_table_model import (
    COL_ACCOUNT,
    COL_ADVANCE,
    COL_CLOSE,
    COL_GUIDE,
    COL_NEXT,
    COL_OWNER,
    COL_PROJECT,
    COL_RISK,
    COL_STATUS,
    COL_STEP,
    TrackerFilter,
    TrackerTableModel,
    month_of,
)
from ui.ops import OpRunner
from ui.pages.list_page import ListPage
from ui.pages.tracker_filter_bar import TrackerFilterBar
from ui.search_index import Pinyin, SearchIndex


@dataclass(frozen=True)
class TrackerSheet:
    """The sheet's rows and the cached pinyin (to sort Chinese names)."""

    rows: list[TrackerRow]
    pinyin: Pinyin


def load_sheet(uow: UnitOfWork, today: dt.date) -> TrackerSheet:
    """The open projects' rows and the pinyin cache (runs in a worker thread)."""
    return TrackerSheet(tracker_sheet(uow, today=today), cached_pinyin(uow))


def build_search_index(rows: list[TrackerRow], pinyin: Pinyin) -> SearchIndex:
    """One haystack per project from its texts; Chinese texts not cached get their pinyin
    worked out here (a worker thread: the sheet has at most a few thousand names)."""
    texts = {
        r.project_id: [r.account_name, r.project_name, r.guide_name, r.owner_name, r.next_step]
        for r in rows
    }
    known = dict(pinyin)
    for project_texts in texts.values():
        for text in project_texts:
            if text and text not in known and len(text) <= 300 and has_chinese(text):
                known[text] = pinyin_keys(text)
    return SearchIndex(
        haystacks={pid: haystack(t, known) for pid, t in texts.items()}, pinyin=known
    )


class TrackerPage(ListPage):
    """The tracking sheet with its filter bar and search box."""

    watched_tables = frozenset(
        {
            "projects",
            "project_roles",
            "activities",
            "project_steps",
            "contacts",
            "accounts",
            "reps",  # owner names, and a deleted rep is no salesperson
            "settings",  # the tracker's thresholds
            PROFILE_TABLE,
        }
    )
    WIDEST = {COL_ACCOUNT: 200, COL_PROJECT: 240, COL_RISK: 240, COL_NEXT: 200, COL_GUIDE: 90}
    WIDEST_OTHER = 130
    # Narrowed in this order when the shown columns do not fit (Step elides the long English
    # step names; Chinese ones fit).
    NARROWEST = {
        COL_NEXT: 80,
        COL_STEP: 90,
        COL_RISK: 140,
        COL_PROJECT: 120,
        COL_ACCOUNT: 100,
    }
    ICON_COLUMN = COL_STATUS  # the status dot
    # Shown on demand, so the sheet fits 1280 px with the names and the top risk readable:
    # the top risk flags a project with no advance for long (Last advance), and close month
    # and owner are filters. Guide and Covered stay: they are the first 1 and the 2.
    DEFAULT_HIDDEN = frozenset({COL_CLOSE, COL_ADVANCE, COL_OWNER})

    def __init__(
        self,
        runner: OpRunner,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(runner, undo_stack, parent)
        self._today = today
        self.model = TrackerTableModel(self)
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.index = SearchIndex()
        self._index_ready = False
        self._loading = True
        self._columns_fitted = False
        self._query = ""
        self._filter = TrackerFilter()
        self._select_when_loaded: str | None = None
        self._build()
        self.retranslate()

    def _build(self) -> None:
        self.new_button = QPushButton()
        self.new_button.setObjectName("new_project")
        self.new_button.clicked.connect(self.new_record)
        self._build_list(
            search_name="tracker_search",
            count_name="tracker_count",
            table_name="tracker_table",
            empty_name="tracker_empty",
        )
        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)

        self.filter_bar = TrackerFilterBar()
        self.filter_bar.filter_changed.connect(self._filter_changed)

        header = self.view.horizontalHeader()
        header.setSortIndicator(COL_STATUS, Qt.SortOrder.AscendingOrder)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.setSortingEnabled(True)
        self.view.activated.connect(self._activated)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.stack, 1)

    # --- public API -----------------------------------------------------------------------

    def title(self) -> str:
        """The page's name in the navigation."""
        return self.tr("Key-account tracker")

    def refresh(self) -> None:
        """Reload the rows in the background, then the search index."""
        self.latest.start()
        today = self._today()
        self.latest.read(
            lambda uow: load_sheet(uow, today),
            lambda sheet: self._rows_loaded(sheet, today),
            self._load_failed,
        )

    def set_filter(self, tracker_filter: TrackerFilter) -> None:
        """Show only the projects passing ``tracker_filter`` (the bar shows it too)."""
        self.filter_bar.set_current(tracker_filter)

    def filter_step(self, step: str | None) -> None:
        """Show only the projects in ``step`` (None: any step), other filters cleared."""
        self.search.clear()
        self.apply_search("")
        self.set_filter(TrackerFilter(step=step))

    def search_is_ready(self) -> bool:
        """Whether the search index is built."""
        return self._index_ready

    def shown_rows(self) -> list[TrackerRow]:
        """The rows the sheet shows, in order."""
        return [self.proxy.row_at(r) for r in range(self.proxy.rowCount())]

    def current_project_id(self) -> str | None:
        """The id of the selected project, if any."""
        row = self._selected_row()
        return row.project_id if row is not None else None

    def select_project(self, project_id: str) -> bool:
        """Select ``project_id`` and scroll to it; False when it is not shown."""
        return self._select(project_id, COL_PROJECT)

    def new_record(self) -> QWidget:
        """Ask for the account and name of a new project (Ctrl+N, "New project…"); once it
        is written, select it and open its board. Returns the dialog."""
        from ui.board.new_project import NewProjectDialog

        selected = self._selected_row()
        dialog = NewProjectDialog(
            self.runner,
            self.undo_stack,
            self,
            account_id=selected.account_id if selected is not None else None,
            today=self._today,
            on_created=self._project_created,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _project_created(self, project_id: str) -> None:
        if not self.select_project(project_id):
            self._select_when_loaded = project_id
        self.open_project(project_id)

    def open_project(self, project_id: str) -> QWidget | None:
        """Open the board of ``project_id`` (one window per project); returns it."""
        from ui.board.opener import open_board

        return open_board(self, project_id, today=self._today)

    def _fit_columns(self) -> None:
        """Fit the columns, then let the view take its new width at once: the sheet starts
        wider than the page (eleven columns of the default width), and the sideways scroll
        range set then could outlive the fitting."""
        super()._fit_columns()
        self.view.updateGeometries()

    # --- loading --------------------------------------------------------------------------

    def _rows_loaded(self, sheet: TrackerSheet, today: dt.date) -> None:
        selected = self.current_project_id()
        self.model.set_rows(sheet.rows, sheet.pinyin, today)
        self._loading = False
        owners = sorted({(r.owner_id, r.owner_name or "") for r in sheet.rows if r.owner_id})
        months = sorted({m for r in sheet.rows if (m := month_of(r.expected_close))})
        self.filter_bar.set_seen(list(owners), months)
        if not self._columns_fitted and sheet.rows:
            self._update_state()
            self._fit_columns()
        wanted = self._select_when_loaded
        if wanted is not None and self.select_project(wanted):
            self._select_when_loaded = None  # the new project, once the sheet has it
        elif selected is not None:
            self.select_project(selected)
        self._update_state()
        rows, pinyin = sheet.rows, sheet.pinyin
        self.latest.read(lambda _uow: build_search_index(rows, pinyin), self._index_loaded)
        self.loaded()

    def _index_loaded(self, index: SearchIndex) -> None:
        self.index = index
        self._index_ready = True
        self.apply_search(self._query)

    def _load_failed(self, exc: BaseException) -> None:
        self._loading = False
        self._update_state()
        self.empty_label.setText(
            self.tr("The tracker could not be loaded: %1").replace("%1", str(exc))
        )
        self.stack.setCurrentWidget(self.empty_label)

    # --- view state -----------------------------------------------------------------------

    def _update_state(self) -> None:
        total = self.model.total_count()
        shown = self.proxy.shown_count()
        if self._loading:
            self.count_label.setText(self.tr("Loading…"))
            self.empty_label.setText(self.tr("Loading projects…"))
        elif query_terms(self._query) and not self._index_ready:
            self.count_label.setText(self.tr("Searching…"))
        elif self.proxy.is_filtering():
            self.count_label.setText(
                self.tr("%1 of %Ln open project(s)", "", total).replace(
                    "%1", formatting.number(shown)
                )
            )
        else:
            self.count_label.setText(self.tr("%Ln open project(s)", "", total))
        if not self._loading:
            if total == 0:
                self.empty_label.setText(
                    self.tr("No open key-account projects. Projects you add appear here.")
                )
            else:
                self.empty_label.setText(
                    self.tr("No project matches the search and filters. Try fewer words.")
                )
        self.stack.setCurrentWidget(self.view if shown else self.empty_label)

    # --- events ---------------------------------------------------------------------------

    def _filter_changed(self, tracker_filter: TrackerFilter) -> None:
        self._filter = tracker_filter
        self.proxy.set_tests(tracker_filter.predicates())
        self._update_state()

    def current_filter(self) -> TrackerFilter:
        """The filter in force."""
        return replace(self._filter)

    def _activated(self, index: QModelIndex) -> None:
        row = index.data(ObjectRole)
        if row is not None:
            self.open_project(row.project_id)

    def retranslate(self) -> None:
        """Set every text again in the current language."""
        self.new_button.setText(self.tr("New project…"))
        self.new_button.setToolTip(self.tr("Start a key-account project (Ctrl+N)"))
        self.search.setPlaceholderText(
            self.tr("Search accounts, projects, guides, owners — Chinese or pinyin (Ctrl+F)")
        )
        self.filter_bar.retranslate()
        self.model.retranslate()
        if self._columns_fitted:
            self._fit_columns()
        self._update_state()
