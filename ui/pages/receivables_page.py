"""Receivables (应收账款): who owes what and since when, across every account.

One read (:func:`services.receivables.receivables_view` plus the pinyin cache) gives the
rows and the portfolio totals. The model sorts all rows by typed keys (header click), a
:class:`~ui.models.row_filter_proxy.RowFilterProxy` filters by the chosen view (overdue,
over the limit, collection slowing, over 90 days) and by the search; the totals strip shows
the portfolio, and a line under it what the filter leaves. Double-click or Enter opens the
account (its credit tab).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from domain.receivables import BUCKETS, ZERO
from domain.search import haystack, matches, query_terms
from services.queries import cached_pinyin
from services.receivables import ReceivableRow, ReceivablesView, receivables_view
from storage.uow import UnitOfWork
from ui import formatting
from ui.channel.figures import FigureStrip
from ui.channel.texts import bucket_labels
from ui.labels import bold
from ui.models import ObjectRole
from ui.models.receivables_table_model import (
    COL_ACCOUNT,
    COL_BALANCE,
    ReceivablesTableModel,
    days,
)
from ui.models.row_filter_proxy import RowFilterProxy
from ui.ops import OpRunner
from ui.pages.account_opener import open_account
from ui.pages.base import Page

Pinyin = dict[str, tuple[str, str]]
TOTAL_KEYS = ("accounts", "balance", *BUCKETS, "overdue", "dso", "over_limit", "slowing")
FILTERS: dict[str, Callable[[ReceivableRow], bool]] = {
    "all": lambda r: True,
    "overdue": lambda r: r.overdue > 0,
    "over_90": lambda r: r.buckets["over_90"] > 0,
    "over_limit": lambda r: r.over_limit,
    "slowing": lambda r: r.collection_slowing,
    "warnings": lambda r: bool(r.warnings),
}


@dataclass(frozen=True)
class ReceivablesData:
    """The page's rows and totals, and the pinyin cache (to sort and search names)."""

    view: ReceivablesView
    pinyin: Pinyin


def load_receivables(uow: UnitOfWork, as_of: dt.date) -> ReceivablesData:
    """Everything the page shows (runs in a reader thread)."""
    return ReceivablesData(receivables_view(uow, as_of=as_of), cached_pinyin(uow))


class ReceivablesPage(Page):
    """Every account's receivables, sortable and filterable, with the portfolio totals."""

    watched_tables = frozenset({"invoices", "payments", "accounts", "settings"})

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
        self.view_data: ReceivablesView | None = None
        self._haystacks: dict[str, str] = {}

        self.heading = bold(QLabel(), 1.3)
        self.totals = FigureStrip(TOTAL_KEYS)
        self.totals.setObjectName("receivables_totals")
        # The strip scrolls sideways rather than making the window wider than the screen.
        self.totals_scroll = QScrollArea()
        self.totals_scroll.setWidget(self.totals)
        self.totals_scroll.setWidgetResizable(True)
        self.totals_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.totals_scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.totals_scroll.setSizeAdjustPolicy(QScrollArea.SizeAdjustPolicy.AdjustToContents)

        self.search = QLineEdit()
        self.search.setObjectName("receivables_search")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.apply_search)
        self.filter = QComboBox()
        self.filter.setObjectName("receivables_filter")
        for key in FILTERS:
            self.filter.addItem("", key)
        self.filter.currentIndexChanged.connect(lambda _i: self._apply_filter())
        self.shown = QLabel()
        self.shown.setObjectName("receivables_shown")
        top = QHBoxLayout()
        top.addWidget(self.search, 2)
        top.addWidget(self.filter, 1)
        top.addWidget(self.shown, 2)

        self.model = ReceivablesTableModel(self)
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setObjectName("receivables_table")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(COL_BALANCE, Qt.SortOrder.DescendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.view.activated.connect(self._activated)
        self.hint = QLabel()
        self.hint.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.totals_scroll)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hint)
        self.retranslate()

    def title(self) -> str:
        """The page's name in the navigation."""
        return self.tr("Receivables")

    def focus_search(self) -> None:
        """Put the cursor in the search box (Ctrl+F)."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def refresh(self) -> None:
        """Reload rows and totals in the background."""
        self.latest.start()
        as_of = self._today()
        self.latest.read(lambda uow: load_receivables(uow, as_of), self._show, self._failed)

    def set_filter(self, key: str) -> None:
        """Show only the rows of filter ``key`` (a key of :data:`FILTERS`)."""
        self.filter.setCurrentIndex(self.filter.findData(key))

    def apply_search(self, query: str) -> None:
        """Show only the accounts whose name matches ``query`` (characters or pinyin)."""
        terms = query_terms(query)
        if not terms:
            self.proxy.set_matching_ids(None)
        else:
            self.proxy.set_matching_ids(
                {aid for aid, hay in self._haystacks.items() if matches(terms, hay)}
            )
        self._update_shown()

    def shown_rows(self) -> list[ReceivableRow]:
        """The rows the table shows, in order."""
        return [self.proxy.row_at(r) for r in range(self.proxy.rowCount())]

    def open_account(self, account_id: str | None) -> QWidget | None:
        """Open the account's editor on its credit tab; returns it if shown."""
        editor = open_account(self, account_id)
        show_credit = getattr(editor, "show_credit", None)
        if show_credit is not None:
            show_credit()
        return editor

    # --- loading ----------------------------------------------------------------------------

    def _show(self, data: ReceivablesData) -> None:
        self.view_data = data.view
        rows = list(data.view.rows)
        self.model.set_rows(rows, data.pinyin)
        self._haystacks = {r.account_id: haystack([r.name], data.pinyin) for r in rows}
        self._apply_filter()
        self.apply_search(self.search.text())
        if rows:
            self.view.resizeColumnsToContents()
            self.view.setColumnWidth(COL_ACCOUNT, min(self.view.columnWidth(COL_ACCOUNT), 260))
        self.retranslate()
        self.loaded()

    def _failed(self, exc: BaseException) -> None:
        self.shown.setText(self.tr("Could not load: %1").replace("%1", str(exc)))

    def _apply_filter(self) -> None:
        key = self.filter.currentData() or "all"
        self.proxy.set_tests([] if key == "all" else [FILTERS[key]])
        self._update_shown()

    def _update_shown(self) -> None:
        if self.view_data is None:
            self.shown.setText(self.tr("Loading…"))
            return
        rows = self.shown_rows()
        balance = sum((r.balance for r in rows), ZERO)
        overdue = sum((r.overdue for r in rows), ZERO)
        self.shown.setText(
            self.tr("%1 of %2 accounts shown: balance %3, overdue %4")
            .replace("%1", formatting.number(len(rows)))
            .replace("%2", formatting.number(self.model.total_count()))
            .replace("%3", formatting.money(balance))
            .replace("%4", formatting.money(overdue))
        )

    def _activated(self, index: QModelIndex) -> None:
        row = index.data(ObjectRole)
        if row is not None:
            self.open_account(row.account_id)

    # --- language ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Every text in the current language."""
        data = self.view_data
        as_of = formatting.date(data.as_of if data else self._today())
        self.heading.setText(self.tr("Receivables on %1").replace("%1", as_of))
        self.search.setPlaceholderText(self.tr("Search accounts (name or pinyin)"))
        filter_texts = {
            "all": self.tr("All accounts with a balance"),
            "overdue": self.tr("Overdue"),
            "over_90": self.tr("Open over 90 days"),
            "over_limit": self.tr("Over the credit limit"),
            "slowing": self.tr("Collection slowing"),
            "warnings": self.tr("Any warning"),
        }
        for i in range(self.filter.count()):
            self.filter.setItemText(i, filter_texts[self.filter.itemData(i)])
        captions = dict(zip(BUCKETS, bucket_labels(), strict=True))
        captions.update(
            accounts=self.tr("Accounts"),
            balance=self.tr("Balance"),
            overdue=self.tr("Overdue"),
            dso=self.tr("DSO (days)"),
            over_limit=self.tr("Over limit"),
            slowing=self.tr("Slowing"),
        )
        self.totals.set_captions(captions)
        if data is not None:
            t = data.totals
            self.totals.set_value("accounts", formatting.number(t.accounts))
            self.totals.set_value("balance", formatting.money(t.balance))
            for bucket in BUCKETS:
                value = t.buckets[bucket]
                alert = bucket == "over_90" and value > Decimal(0)
                self.totals.set_value(bucket, formatting.money(value), alert)
            self.totals.set_value("overdue", formatting.money(t.overdue), t.overdue > 0)
            self.totals.set_value("dso", days(t.dso))
            self.totals.set_value("over_limit", formatting.number(t.over_limit), t.over_limit > 0)
            self.totals.set_value("slowing", formatting.number(t.slowing), t.slowing > 0)
            self.hint.setText(
                self.tr(
                    "Aging by invoice date; overdue = past the due date. DSO = balance ÷ sales"
                    " of the last %1 days × %1. Click a column to sort; double-click an"
                    " account to open its credit and collection."
                ).replace("%1", str(data.dso_window_days))
            )
        self.model.retranslate()
        self._update_shown()
