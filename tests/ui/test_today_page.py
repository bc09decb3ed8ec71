"""The Today page: follow-ups due and overdue, recent activities, click through to accounts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from storage.models import Activity
from storage.uow import UnitOfWork
from tests.ui.conftest import DEMO_TODAY, LOAD_TIMEOUT_MS, drain
from ui import formatting
from ui.channel.review_dialog import ReviewDialog
from ui.models import ObjectRole
from ui.models.follow_up_table_model import COL_ACCOUNT, COL_OVERDUE, FollowUpTableModel
from ui.models.recent_activity_table_model import RecentActivityTableModel


def first_overdue_row(page) -> int:
    model = page.follow_ups
    return next(r for r in range(model.rowCount()) if model.row_at(r).overdue)


def test_the_follow_up_and_recent_activity_models_pass_the_qt_model_tester(
    qtmodeltester, today_page
):
    follow_ups = FollowUpTableModel()
    follow_ups.set_rows(
        [today_page.follow_ups.row_at(r) for r in range(today_page.follow_ups.rowCount())]
    )
    qtmodeltester.check(follow_ups)
    recent = RecentActivityTableModel()
    recent.set_rows([today_page.recent.row_at(r) for r in range(today_page.recent.rowCount())])
    qtmodeltester.check(recent)


def test_today_lists_an_overdue_follow_up_highlighted_with_its_days_overdue(today_page, demo_db):
    row = first_overdue_row(today_page)
    follow_up = today_page.follow_ups.row_at(row)
    assert follow_up.due < DEMO_TODAY
    assert follow_up.days_overdue == (DEMO_TODAY - follow_up.due).days
    index = today_page.follow_ups.index(row, COL_OVERDUE)
    assert index.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert str(follow_up.days_overdue) in index.data()
    if follow_up.source == "activity":
        with UnitOfWork(demo_db, write=False) as uow:
            activity = uow.session.scalar(
                select(Activity).where(Activity.id == follow_up.source_id)
            )
            assert activity.account_id == follow_up.account_id
            assert not activity.next_step_done


def test_follow_ups_due_today_are_listed_but_not_highlighted(today_page):
    model = today_page.follow_ups
    due_today = [r for r in range(model.rowCount()) if model.row_at(r).due == DEMO_TODAY]
    assert due_today
    assert model.index(due_today[0], COL_OVERDUE).data(Qt.ItemDataRole.BackgroundRole) is None


def test_clicking_the_account_of_an_overdue_follow_up_opens_that_account(
    qtbot, today_page, monkeypatch
):
    opened: list[str | None] = []
    monkeypatch.setattr(today_page, "open_account", opened.append)
    row = first_overdue_row(today_page)
    view = today_page.follow_up_section.view
    view.scrollTo(today_page.follow_ups.index(row, COL_ACCOUNT))
    rect = view.visualRect(today_page.follow_ups.index(row, COL_ACCOUNT))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [today_page.follow_ups.row_at(row).account_id]


def test_enter_on_a_recent_activity_opens_its_account(qtbot, today_page, monkeypatch):
    opened: list[str | None] = []
    monkeypatch.setattr(today_page, "open_account", opened.append)
    view = today_page.recent_section.view
    view.selectRow(2)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened == [today_page.recent.index(2, 0).data(ObjectRole).account_id]


def test_recent_activities_are_the_latest_twenty_newest_first(today_page):
    model = today_page.recent
    times = [model.row_at(r).occurred_at for r in range(model.rowCount())]
    assert len(times) == 20
    assert times == sorted(times, reverse=True)


def test_with_nothing_due_the_page_says_well_done(qtbot, empty_runner):
    from ui.pages.today_page import TodayPage

    page = TodayPage(empty_runner, QUndoStack(), today=lambda: DEMO_TODAY)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.did_load, timeout=LOAD_TIMEOUT_MS):
        page.ensure_loaded()
    section = page.follow_up_section
    assert section.stack.currentWidget() is section.empty
    assert section.empty.text() == "No follow-ups due — well done."
    assert page.recent_section.stack.currentWidget() is page.recent_section.empty


# --- channel reminders (issue #8) ----------------------------------------------------------


def test_today_shows_everything_overdue_as_the_receivables_page_totals_it(
    qtbot, today_page, demo_db
):
    from services.receivables import receivables_view

    qtbot.waitUntil(today_page.reminders_loaded, timeout=LOAD_TIMEOUT_MS)
    with UnitOfWork(demo_db, write=False) as uow:
        view = receivables_view(uow, as_of=DEMO_TODAY)
    overdue = today_page.reminders.overdue
    late = [r for r in view.rows if r.overdue > 0]
    assert overdue.amount == view.totals.overdue > 0
    assert overdue.accounts == len(late)
    assert overdue.invoices >= overdue.accounts
    link = today_page.overdue_link
    assert link.isVisible()
    assert (
        f"{overdue.invoices} invoices overdue at {overdue.accounts} accounts,"
        f" {formatting.money(overdue.amount)}"
    ) in link.text()
    counts = today_page.reminders.counts
    assert today_page.reminder_section.title.text().endswith(
        f"{counts['overdue_invoice']} invoices newly overdue"
    )


def test_the_overdue_link_opens_receivables_filtered_to_the_overdue(qtbot, main_window):
    page = main_window.show_page("today")
    qtbot.waitUntil(page.reminders_loaded, timeout=LOAD_TIMEOUT_MS)
    page.overdue_link.linkActivated.emit("receivables")
    receivables = main_window.current_page()
    assert receivables is main_window.pages["receivables"]
    assert receivables.filter.currentData() == "overdue"


def _close(runner, editor) -> None:
    drain(runner)
    for dialog in editor.findChildren(QDialog):
        dialog.reject()
    editor.form.mark_clean()
    editor.close()
    drain(runner)


def test_a_review_reminder_opens_the_quarterly_review_of_its_quarter(
    qtbot, today_page, runner, monkeypatch
):
    monkeypatch.setattr("ui.channel.evaluations_tab.today", lambda: DEMO_TODAY)
    qtbot.waitUntil(today_page.reminders_loaded, timeout=LOAD_TIMEOUT_MS)
    model = today_page.reminder_rows
    row = next(r for r in range(model.rowCount()) if model.row_at(r).kind == "review")
    reminder = model.row_at(row)
    today_page.reminder_section.view.activated.emit(model.index(row, 0))
    dialog = today_page.window().findChild(ReviewDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.data is not None, timeout=LOAD_TIMEOUT_MS)
    assert dialog.current_period() == reminder.reason.params["period"] == "2026Q3"
    assert dialog.account_id == reminder.account_id
    editor = dialog.parent().window()
    assert editor.tabs.currentWidget() is editor.evaluations_tab
    _close(runner, editor)


def test_an_overdue_invoice_reminder_opens_the_credit_tab(qtbot, today_page, runner, demo_db):
    from services.channel import Reminder
    from tests.ui.channel_helpers import account_id, debtor

    name = debtor(demo_db)
    reminder = Reminder("overdue_invoice", DEMO_TODAY, account_id(demo_db, name), name, None)
    editor = today_page.open_reminder(reminder)
    assert editor.tabs.currentWidget() is editor.credit_tab
    _close(runner, editor)
