"""The list tables' columns: hidden and shown from the header menu, dragged, resized,
remembered across restarts, reset to the defaults, and fitted around the user's widths."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QEvent, QPoint, QSettings, Qt, QTimer
from PySide6.QtGui import QHelpEvent, QStandardItemModel, QUndoStack
from PySide6.QtWidgets import QApplication, QMenu, QTableView, QToolTip

from tests.ui.conftest import DEMO_TODAY, LOAD_TIMEOUT_MS, drain, show_loaded
from ui.column_chooser import ColumnChooser
from ui.main_window import MainWindow
from ui.models import account_table_model as accounts
from ui.models.tracker_table_model import (
    COL_ACCOUNT,
    COL_ADVANCE,
    COL_AMOUNT,
    COL_COVERED,
    COL_DUE,
    COL_OWNER,
    COL_PROJECT,
    COLUMN_COUNT,
)
from ui.pages.tracker_page import TrackerPage

pytestmark = pytest.mark.usefixtures("english")

# The main window at 1280 px leaves the page about this wide beside the navigation.
PAGE_WIDTH = 1100


@pytest.fixture
def settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def tracker(qtbot, runner, settings: QSettings | None = None, width: int = PAGE_WIDTH):
    """A tracker page on the demo, given ``settings`` before it loads, shown and loaded."""
    page = TrackerPage(runner, QUndoStack(), today=lambda: DEMO_TODAY)
    if settings is not None:
        page.attach_settings(settings)
    return show_loaded(qtbot, page, width, 700)


def action(page, column: int):
    """The header menu's tick for ``column``."""
    return next(a for a in page.column_menu().actions() if a.data() == column)


def hidden(page) -> set[int]:
    header = page.view.horizontalHeader()
    return {c for c in range(header.count()) if header.isSectionHidden(c)}


def order(page) -> list[int]:
    header = page.view.horizontalHeader()
    return [header.logicalIndex(v) for v in range(header.count())]


def fits(page) -> bool:
    """Whether every shown column is in view without scrolling sideways."""
    return page.view.horizontalScrollBar().maximum() == 0


# --- remembered across restarts -----------------------------------------------------------------


def test_a_column_hidden_from_the_header_menu_stays_hidden_in_a_new_window(
    qtbot, demo_db, tmp_path
):
    path = str(tmp_path / "settings.ini")
    window = MainWindow(demo_db, settings=QSettings(path, QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("tracker")
    action(page, COL_AMOUNT).setChecked(False)
    assert COL_AMOUNT in hidden(page)
    window.close()
    drain(window.runner)
    window.settings.sync()

    again = MainWindow(demo_db, settings=QSettings(path, QSettings.Format.IniFormat))
    qtbot.addWidget(again)
    again.show()
    page = again.show_page("tracker")
    assert COL_AMOUNT in hidden(page)
    assert not action(page, COL_AMOUNT).isChecked()
    assert hidden(page) == {COL_AMOUNT} | TrackerPage.DEFAULT_HIDDEN
    again.close()
    drain(again.runner)


def test_a_dragged_column_and_a_width_set_by_hand_are_kept_for_the_next_start(
    qtbot, runner, settings
):
    page = tracker(qtbot, runner, settings)
    header = page.view.horizontalHeader()
    header.moveSection(header.visualIndex(COL_DUE), 0)  # what dragging its title does
    header.resizeSection(COL_PROJECT, 321)  # what dragging its edge does
    page.close()

    again = tracker(qtbot, runner, settings)
    assert order(again)[0] == COL_DUE
    assert again.view.horizontalHeader().sectionSize(COL_PROJECT) == 321  # not fitted over


def test_a_choice_saved_for_another_number_of_columns_gives_way_to_the_defaults(
    qtbot, runner, settings
):
    key = "columns/tracker_table"
    old = {"columns": COLUMN_COUNT - 1, "order": list(range(COLUMN_COUNT - 1))}
    settings.setValue(key, json.dumps({**old, "hidden": [COL_AMOUNT], "widths": {}}))
    page = tracker(qtbot, runner, settings)
    assert hidden(page) == page.DEFAULT_HIDDEN
    assert order(page) == list(range(COLUMN_COUNT))

    settings.setValue(key, "not json at all")
    page = tracker(qtbot, runner, settings)
    assert hidden(page) == page.DEFAULT_HIDDEN


# --- what cannot be hidden, and reset -----------------------------------------------------------


def test_the_name_column_and_the_last_column_shown_cannot_be_hidden(qtbot, runner):
    page = tracker(qtbot, runner)
    assert not action(page, COL_ACCOUNT).isEnabled()
    for column in range(COLUMN_COUNT):
        if column != COL_ACCOUNT and column not in hidden(page):
            action(page, column).setChecked(False)
    assert hidden(page) == set(range(COLUMN_COUNT)) - {COL_ACCOUNT}
    last = action(page, COL_ACCOUNT)
    assert not last.isEnabled()
    last.setChecked(False)  # even if it were ticked off
    assert not page.view.horizontalHeader().isSectionHidden(COL_ACCOUNT)


def test_the_last_column_shown_stays_even_when_any_column_may_be_hidden(qtbot):
    model = QStandardItemModel(2, 3)
    model.setHorizontalHeaderLabels(["A", "B", "C"])
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    chooser = ColumnChooser(view, kept=None)
    menu = chooser.menu(["A", "B", "C"], view)
    menu.actions()[0].setChecked(False)
    menu.actions()[2].setChecked(False)
    assert chooser.shown() == [1]
    assert not chooser.menu(["A", "B", "C"], view).actions()[1].isEnabled()
    assert chooser.set_shown(1, False) is False
    assert chooser.shown() == [1]


def test_reset_columns_brings_back_the_default_columns_order_and_widths(qtbot, runner, settings):
    page = tracker(qtbot, runner, settings)
    header = page.view.horizontalHeader()
    fitted = header.sectionSize(COL_PROJECT)
    action(page, COL_AMOUNT).setChecked(False)
    action(page, COL_ADVANCE).setChecked(True)
    header.moveSection(header.visualIndex(COL_DUE), 0)
    header.resizeSection(COL_PROJECT, fitted + 150)
    assert settings.contains("columns/tracker_table")

    reset = next(a for a in page.column_menu().actions() if a.objectName() == "reset_columns")
    assert reset.text() == "Reset columns"
    reset.trigger()
    assert hidden(page) == page.DEFAULT_HIDDEN
    assert order(page) == list(range(COLUMN_COUNT))
    assert header.sectionSize(COL_PROJECT) == fitted
    assert not settings.contains("columns/tracker_table")


# --- fitting --------------------------------------------------------------------------------------


def test_the_sheet_fits_beside_the_navigation_at_1280_px_with_the_account_names_whole(
    qtbot, runner
):
    page = tracker(qtbot, runner)
    assert fits(page)
    header, metrics = page.view.horizontalHeader(), page.view.fontMetrics()
    longest = max(metrics.horizontalAdvance(r.account_name) for r in page.shown_rows())
    assert header.sectionSize(COL_ACCOUNT) >= longest


def test_a_column_shown_again_is_fitted_in_and_widths_set_by_hand_stay(qtbot, runner):
    page = tracker(qtbot, runner)
    header = page.view.horizontalHeader()
    action(page, COL_COVERED).setChecked(False)
    header.resizeSection(COL_AMOUNT, 140)
    action(page, COL_COVERED).setChecked(True)
    assert header.sectionSize(COL_COVERED) > 0
    assert fits(page)  # the long text columns made room
    assert header.sectionSize(COL_AMOUNT) == 140
    page.retranslate()  # fits the columns again
    assert header.sectionSize(COL_AMOUNT) == 140


# --- tooltips -------------------------------------------------------------------------------------


def test_a_project_name_cut_short_shows_in_full_in_its_tooltip(qtbot, runner):
    page = tracker(qtbot, runner)
    view = page.view
    view.horizontalHeader().resizeSection(COL_PROJECT, 60)
    metrics = view.fontMetrics()
    row = max(
        range(page.proxy.rowCount()),
        key=lambda r: metrics.horizontalAdvance(page.proxy.index(r, COL_PROJECT).data()),
    )
    index = page.proxy.index(row, COL_PROJECT)
    name = index.data()
    assert metrics.horizontalAdvance(name) > 60  # the cell shows it cut short
    view.scrollTo(index)
    pos = view.visualRect(index).center()
    event = QHelpEvent(QEvent.Type.ToolTip, pos, view.viewport().mapToGlobal(pos))
    QApplication.sendEvent(view.viewport(), event)
    qtbot.waitUntil(QToolTip.isVisible, timeout=LOAD_TIMEOUT_MS)
    assert QToolTip.text() == name
    QToolTip.hideText()


def test_text_cells_of_both_lists_have_their_full_text_as_tooltip(qtbot, runner, accounts_page):
    tip = Qt.ItemDataRole.ToolTipRole
    for column in (accounts.COL_OWNER, accounts.COL_STAGE):
        index = accounts_page.proxy.index(0, column)
        assert index.data() and index.data(tip) == index.data()
    assert accounts_page.proxy.index(0, accounts.COL_CREDIT_LIMIT).data(tip) is None  # a figure
    page = tracker(qtbot, runner)
    first = page.shown_rows()[0]
    assert page.proxy.index(0, COL_PROJECT).data(tip) == first.project_name
    assert page.proxy.index(0, COL_OWNER).data(tip) == first.owner_name
    assert page.proxy.index(0, COL_AMOUNT).data(tip) is None


def test_the_header_menu_opens_on_a_right_click(qtbot, runner):
    page = tracker(qtbot, runner)
    seen: list[list[object]] = []

    def close_the_menu() -> None:  # the menu runs its own event loop until closed
        menus = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu)]
        shown = [m for m in menus if m.isVisible()]
        if not shown:
            QTimer.singleShot(20, close_the_menu)
            return
        seen.append([a.data() for a in shown[0].actions()])
        shown[0].close()

    QTimer.singleShot(0, close_the_menu)
    page.view.horizontalHeader().customContextMenuRequested.emit(QPoint(10, 5))
    assert seen[0][:COLUMN_COUNT] == list(range(COLUMN_COUNT))
