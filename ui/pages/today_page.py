"""Today: the follow-ups due today or overdue, and the latest activities.

Both lists load in a reader thread (:func:`services.today.today_view`). A click on an
account, or a double-click or Enter on any row, opens that account's editor the same way
the account list does (:func:`ui.pages.account_opener.open_account`). Between them, the
channel reminders (:func:`services.channel.reminders`: contracts ending, reviews due,
invoices newly overdue), shown once a day as a desktop notification too
(:class:`ui.channel.notifier.DailyNotifier`), and above them all that is overdue ("N
invoices overdue at M accounts, ¥X"), a link to the Receivables page filtered to the
overdue accounts. A reminder opens its account where it matters: a review due opens the
quarterly review of that quarter (on the qualification and reviews tab), a newly overdue
invoice the credit and collection tab. The reminders load in a second read once the two
lists are on screen (``did_load``), so they never delay the first rows; the notifier is
made then too.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, QModelIndex, Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from services.today import TodayView, today_view
from ui import formatting
from ui.labels import bold
from ui.models import ObjectRole
from ui.models.follow_up_table_model import COL_ACCOUNT as FOLLOW_UP_ACCOUNT
from ui.models.follow_up_table_model import COL_WHAT, FollowUpTableModel
from ui.models.recent_activity_table_model import COL_ACCOUNT as RECENT_ACCOUNT
from ui.models.recent_activity_table_model import COL_SUBJECT, RecentActivityTableModel
from ui.models.reminder_table_model import COL_ACCOUNT as REMINDER_ACCOUNT
from ui.models.reminder_table_model import COL_WHAT as REMINDER_WHAT
from ui.models.reminder_table_model import ReminderTableModel
from ui.models.row_table_model import RowTableModel
from ui.ops import OpRunner
from ui.pages.account_opener import open_account
from ui.pages.base import Page

if TYPE_CHECKING:
    from services.channel import Reminder, RemindersView
    from ui.channel.notifier import DailyNotifier

DAY_CHECK_MS = 30 * 60 * 1000  # a new day while the app runs: reload and notify

SIZE_FROM_ROWS = 40  # rows measured when sizing columns


class _Section(QWidget):
    """A titled table that says so in words when it has nothing to show."""

    def __init__(self, model: RowTableModel, stretch_column: int, link_column: int) -> None:
        super().__init__()
        self.model = model
        self.link_column = link_column
        self.title = bold(QLabel())
        self.view = QTableView()
        self.view.setModel(model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.setMouseTracking(True)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
        # Size columns from the first rows only: measuring hundreds of rows of text
        # costs a visible pause when the page opens on a large database.
        header.setResizeContentsPrecision(SIZE_FROM_ROWS)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.stack, 1)

    def show_rows(self, rows: list[object]) -> None:
        """Show ``rows``, or the empty text when there are none."""
        self.model.set_rows(rows)
        self.stack.setCurrentWidget(self.view if rows else self.empty)
        if rows:
            self.view.resizeColumnsToContents()


class TodayPage(Page):
    """The rep's day at a glance."""

    watched_tables = frozenset(
        {"activities", "projects", "accounts", "invoices", "payments", "evaluations"}
    )

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
        self._view: TodayView | None = None
        self.heading = bold(QLabel(), 1.4)
        self.heading.setObjectName("today_heading")
        self.follow_ups = FollowUpTableModel(self)
        self.recent = RecentActivityTableModel(self)
        self.follow_up_section = _Section(self.follow_ups, COL_WHAT, FOLLOW_UP_ACCOUNT)
        self.recent_section = _Section(self.recent, COL_SUBJECT, RECENT_ACCOUNT)
        # Channel reminders (issue #8): contracts ending, reviews due, invoices overdue.
        self.reminders: RemindersView | None = None
        self.reminder_rows = ReminderTableModel(self)
        self.reminder_section = _Section(self.reminder_rows, REMINDER_WHAT, REMINDER_ACCOUNT)
        # All that is overdue (not only what fell overdue lately): opens Receivables.
        self.overdue_link = QLabel()
        self.overdue_link.setObjectName("today_overdue")
        self.overdue_link.setTextFormat(Qt.TextFormat.RichText)
        self.overdue_link.linkActivated.connect(lambda _link: self.open_receivables())
        self.overdue_link.hide()
        self.reminder_section.layout().insertWidget(1, self.overdue_link)
        self._notifier: DailyNotifier | None = None
        self._day_timer = QTimer(self)
        self._day_timer.timeout.connect(self._check_day)
        self._day_timer.start(DAY_CHECK_MS)
        splitter = QSplitter(Qt.Orientation.Vertical)
        for section in (self.follow_up_section, self.reminder_section, self.recent_section):
            section.view.clicked.connect(self._clicked)
            section.view.activated.connect(self._activated)
            splitter.addWidget(section)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setStretchFactor(2, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(splitter, 1)
        self.retranslate()

    def title(self) -> str:
        """The page's name in the navigation."""
        return self.tr("Today")

    def refresh(self) -> None:
        """Reload follow-ups and recent activities, then the reminders, in the background."""
        self.latest.start()
        today = self._today()
        self.latest.read(
            lambda uow: today_view(uow, today=today),
            lambda view: self._show_view(view, today),
            lambda exc: self._load_failed(exc, today),
        )

    def _load_reminders(self, today: dt.date, generation: int) -> None:
        # The second read of the load ``generation``, unless a newer load began meanwhile.
        if not self.latest.is_current(generation):
            return
        from services.channel import reminders

        self.latest.read(lambda uow: reminders(uow, today=today), self._show_reminders)

    @property
    def notifier(self) -> DailyNotifier:
        """The once-a-day desktop notification, made when first needed (after the first
        screen: creating it can touch the desktop's tray)."""
        if self._notifier is None:
            from ui.channel.notifier import DailyNotifier

            self._notifier = DailyNotifier(self)
        return self._notifier

    def reminders_loaded(self) -> bool:
        """Whether the channel reminders are on screen."""
        return self.reminders is not None

    def _show_reminders(self, view: RemindersView) -> None:
        self.reminders = view
        self.reminder_rows.today = view.today
        self.reminder_section.show_rows([r for r in view.items if r.kind != "follow_up"])
        self.retranslate()
        self.notifier.maybe_notify(view)

    def _check_day(self) -> None:
        if self.reminders is not None and self._today() != self.reminders.today:
            self.refresh()

    def open_account(self, account_id: str | None, tab: str | None = None) -> QWidget | None:
        """Open the editor of ``account_id`` (on its tab ``tab``); returns it if shown."""
        return open_account(self, account_id, tab)

    def open_reminder(self, reminder: Reminder) -> QWidget | None:
        """Open what a reminder is about: a review due opens the quarterly review of its
        quarter, a newly overdue invoice the account's credit tab, others the account."""
        if reminder.kind == "overdue_invoice":
            return self.open_account(reminder.account_id, "credit")
        if reminder.kind != "review":
            return self.open_account(reminder.account_id)
        editor = self.open_account(reminder.account_id, "evaluations")
        tab = getattr(editor, "evaluations_tab", None)
        if tab is None:
            return editor
        tab.set_account(reminder.account_id)
        period = reminder.reason.params.get("period") if reminder.reason else None
        return tab.review(period)

    def open_receivables(self) -> Page | None:
        """Show the Receivables page, filtered to the accounts with something overdue."""
        show_page = getattr(self.window(), "show_page", None)
        if show_page is None:
            return None
        page = show_page("receivables")
        set_filter = getattr(page, "set_filter", None)
        if set_filter is not None:
            set_filter("overdue")
        return page

    def _show_view(self, view: TodayView, today: dt.date) -> None:
        self._view = view
        self.follow_up_section.show_rows(list(view.follow_ups))
        self.recent_section.show_rows(list(view.recent))
        self.retranslate()
        self.loaded()  # did_load: both lists are on screen
        # The reminders next, once the rows above have been painted.
        generation = self.latest.generation
        QTimer.singleShot(0, self, lambda: self._load_reminders(today, generation))

    def _load_failed(self, exc: BaseException, today: dt.date) -> None:
        text = self.tr("Today's list could not be loaded: %1").replace("%1", str(exc))
        for section in (self.follow_up_section, self.recent_section):
            section.empty.setText(text)
            section.stack.setCurrentWidget(section.empty)
        self._load_reminders(today, self.latest.generation)

    def _clicked(self, index: QModelIndex) -> None:
        section = {
            id(self.follow_ups): self.follow_up_section,
            id(self.reminder_rows): self.reminder_section,
        }.get(id(index.model()), self.recent_section)
        if index.column() == section.link_column:
            self._activated(index)

    def _activated(self, index: QModelIndex) -> None:
        row = index.data(ObjectRole)
        if row is None:
            return
        if index.model() is self.reminder_rows:
            self.open_reminder(row)
        else:
            self.open_account(row.account_id)

    def retranslate(self) -> None:
        """Set every text again in the current language."""
        today = self._view.today if self._view else self._today()
        date_text = QLocale().toString(QDate(today), QLocale.FormatType.LongFormat)
        self.heading.setText(self.tr("Today — %1").replace("%1", date_text))
        loading = self.tr("Loading…")
        if self._view is None:
            self.follow_up_section.title.setText(self.tr("Follow-ups"))
            self.follow_up_section.empty.setText(loading)
            self.recent_section.empty.setText(loading)
        else:
            view = self._view
            title = (
                self.tr("Follow-ups: %1 overdue, %2 due today")
                .replace("%1", formatting.number(view.overdue_count))
                .replace("%2", formatting.number(view.due_today_count))
            )
            if len(view.follow_ups) < view.overdue_count + view.due_today_count:
                title += self.tr(" — the %1 most recent are listed").replace(
                    "%1", formatting.number(len(view.follow_ups))
                )
            self.follow_up_section.title.setText(title)
            self.follow_up_section.empty.setText(self.tr("No follow-ups due — well done."))
            self.recent_section.empty.setText(
                self.tr("No activities logged yet. Calls and visits you log appear here.")
            )
        self.recent_section.title.setText(self.tr("Recent activities"))
        self._retranslate_reminders()
        self.follow_ups.retranslate()
        self.recent.retranslate()

    def _retranslate_reminders(self) -> None:
        view = self.reminders
        if view is None:
            self.reminder_section.title.setText(self.tr("Reminders"))
            self.reminder_section.empty.setText(self.tr("Loading…"))
        else:
            c = view.counts
            self.reminder_section.title.setText(
                self.tr("Reminders: %1 contracts ending, %2 reviews due, %3 invoices newly overdue")
                .replace("%1", formatting.number(c.get("contract", 0)))
                .replace("%2", formatting.number(c.get("review", 0)))
                .replace("%3", formatting.number(c.get("overdue_invoice", 0)))
            )
            overdue = view.overdue
            self.overdue_link.setVisible(overdue.invoices > 0)
            text = (
                self.tr("%1 invoices overdue at %2 accounts, %3")
                .replace("%1", formatting.number(overdue.invoices))
                .replace("%2", formatting.number(overdue.accounts))
                .replace("%3", formatting.money(overdue.amount))
            )
            self.overdue_link.setText(
                f'<a href="receivables" style="color: #b3261e;">{html.escape(text)}</a>'
                + html.escape(self.tr(" — open Receivables"))
            )
            self.reminder_section.empty.setText(
                self.tr("No contract ending, review due or invoice newly overdue.")
            )
        self.reminder_rows.retranslate()
