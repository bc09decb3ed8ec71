"""The 1+2+1 tracker sheet: the demo's showcase projects with their colours, filters,
search, sorting, and opening a project's board."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from domain.vocabulary import SalesStep, TrafficLight, label
from tests.ui.conftest import DEMO_TODAY, LOAD_TIMEOUT_MS, drain, show_loaded
from ui.board.window import ProjectBoardWindow
from ui.models.tracker_table_model import (
    COL_AMOUNT,
    COL_STATUS,
    STATUS_TINTS,
    TrackerFilter,
    TrackerTableModel,
)

pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def tracker_page(qtbot, runner):
    from ui.pages.tracker_page import TrackerPage

    page = show_loaded(
        qtbot, TrackerPage(runner, QUndoStack(), today=lambda: DEMO_TODAY), 1280, 720
    )
    qtbot.waitUntil(page.search_is_ready, timeout=LOAD_TIMEOUT_MS)
    return page


def row_of(page, project_id):
    return next(r for r in page.shown_rows() if r.project_id == project_id)


def status_cell(page, project_id):
    model = page.model
    return model.index(model.row_of(project_id), COL_STATUS)


def test_the_tracker_model_passes_the_qt_model_tester(qtmodeltester, tracker_page):
    model = TrackerTableModel()
    model.set_rows(tracker_page.model.all_rows(), today=DEMO_TODAY)
    qtmodeltester.check(model)


def test_the_sheet_shows_the_showcase_projects_with_their_colour_in_words(tracker_page, showcase):
    holds = showcase["holds"]["id"]
    insiders = showcase["insiders_only"]["id"]
    assert row_of(tracker_page, holds).verdict.status == TrafficLight.GREEN
    assert row_of(tracker_page, insiders).verdict.status == TrafficLight.AMBER
    green = status_cell(tracker_page, holds)
    assert green.data() == label(TrafficLight.GREEN, "en")  # the label, not the colour alone
    assert green.data(Qt.ItemDataRole.BackgroundRole) == STATUS_TINTS["green"]
    assert green.data(Qt.ItemDataRole.DecorationRole) is not None
    amber = status_cell(tracker_page, insiders)
    assert amber.data() == label(TrafficLight.AMBER, "en")
    assert "insider" in amber.data(Qt.ItemDataRole.ToolTipRole)  # what is missing
    stalled = row_of(tracker_page, showcase["stalled"]["id"])
    assert stalled.top_risk is not None
    assert {f.code for f in stalled.risks} >= {"continuations", "stalled"}
    assert tracker_page.count_label.text() == f"{tracker_page.model.total_count()} open projects"


def test_filtering_by_status_and_by_step_shows_only_those_projects(tracker_page):
    total = tracker_page.model.total_count()
    tracker_page.set_filter(TrackerFilter(status="red"))
    reds = tracker_page.shown_rows()
    assert reds and all(r.verdict.status == TrafficLight.RED for r in reds)
    assert tracker_page.count_label.text() == f"{len(reds)} of {total} open projects"
    tracker_page.filter_step(SalesStep.TRUST.value)
    assert tracker_page.filter_bar.combos["status"].currentData() is None
    assert tracker_page.filter_bar.combos["step"].currentData() == "trust"
    in_trust = tracker_page.shown_rows()
    assert in_trust and all(r.step == "trust" for r in in_trust)
    tracker_page.filter_bar.clear()
    assert len(tracker_page.shown_rows()) == total


def test_search_finds_a_project_by_pinyin_initials_of_its_account(tracker_page, showcase):
    tracker_page.apply_search("hzdz")  # 杭州电子…
    shown = tracker_page.shown_rows()
    assert showcase["holds"]["id"] in {r.project_id for r in shown}
    assert all(r.account_name.startswith("杭州电子") for r in shown)


def test_sorting_by_amount_puts_the_largest_first(tracker_page):
    tracker_page.view.sortByColumn(COL_AMOUNT, Qt.SortOrder.DescendingOrder)
    amounts = [r.amount or 0 for r in tracker_page.shown_rows()]
    assert amounts == sorted(amounts, reverse=True)
    tracker_page.view.sortByColumn(COL_STATUS, Qt.SortOrder.AscendingOrder)
    order = {"red": 0, "amber": 1, "green": 2}
    statuses = [order[r.verdict.status.value] for r in tracker_page.shown_rows()]
    assert statuses == sorted(statuses)


def test_enter_on_a_row_opens_the_project_board(qtbot, tracker_page, showcase):
    project_id = showcase["holds"]["id"]
    assert tracker_page.select_project(project_id)
    tracker_page.view.setFocus()
    qtbot.keyClick(tracker_page.view, Qt.Key.Key_Return)
    board = next(w for w in tracker_page.findChildren(ProjectBoardWindow))
    qtbot.waitUntil(lambda: board.board is not None, timeout=LOAD_TIMEOUT_MS)
    assert board.board.project["id"] == project_id
    board.close()
    drain(tracker_page.runner)
