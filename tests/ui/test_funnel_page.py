"""The funnel page: six steps with their figures; a click shows the tracker sheet filtered."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack

from domain.funnel import STEPS
from services.tracker import funnel_figures
from storage.uow import UnitOfWork
from tests.ui.conftest import DEMO_TODAY, LOAD_TIMEOUT_MS, show_loaded
from ui.pages.funnel_page import COL_CONVERSION, COL_COUNT, FunnelPage
from ui.pages.tracker_page import TrackerPage

pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def funnel_page(qtbot, runner):
    return show_loaded(qtbot, FunnelPage(runner, QUndoStack(), today=lambda: DEMO_TODAY))


def test_the_funnel_shows_each_step_with_its_count_conversion_and_the_win_rate(
    funnel_page, demo_db
):
    with UnitOfWork(demo_db, write=False) as uow:
        expected = funnel_figures(uow, today=DEMO_TODAY)
    table = funnel_page.table
    assert table.rowCount() == len(STEPS) == 6
    for row, figures in enumerate(expected.steps):
        assert table.item(row, COL_COUNT).text() == str(figures.count)
        if figures.conversion is not None:
            assert table.item(row, COL_CONVERSION).text().endswith("%")
    assert table.item(len(STEPS) - 1, COL_CONVERSION).text() == "–"  # no step after the last
    assert funnel_page.win_rate.text().startswith("Win rate ")
    assert f"won {expected.won}" in funnel_page.win_rate.text()
    series = funnel_page.chart.series()
    assert len(series) == 1
    bars = series[0].barSets()[1]  # the visible set between the two paddings
    counts = [bars.at(i) for i in range(bars.count())]
    assert counts == [s.reached for s in reversed(expected.steps)]  # first step on top
    assert counts == sorted(counts)  # narrowing from the top: a funnel


def test_clicking_a_bar_shows_the_tracker_sheet_filtered_to_that_step(qtbot, main_window):
    funnel = main_window.show_page("funnel")
    qtbot.waitUntil(funnel.is_loaded, timeout=LOAD_TIMEOUT_MS)
    series = funnel.chart.series()[0]
    bars = series.barSets()[1]
    trust = len(STEPS) - 1 - STEPS.index("trust")  # bars run bottom-up
    bars.clicked.emit(trust)
    tracker = main_window.current_page()
    assert isinstance(tracker, TrackerPage)
    qtbot.waitUntil(tracker.is_loaded, timeout=LOAD_TIMEOUT_MS)
    assert tracker.filter_bar.combos["step"].currentData() == "trust"
    shown = tracker.shown_rows()
    assert shown and all(r.step == "trust" for r in shown)
    assert tracker.count_label.text().startswith(f"{len(shown)} of ")


def test_enter_on_a_step_of_the_table_filters_the_sheet_too(qtbot, main_window):
    funnel = main_window.show_page("funnel")
    qtbot.waitUntil(funnel.is_loaded, timeout=LOAD_TIMEOUT_MS)
    clicked = []
    funnel.step_clicked.connect(clicked.append)
    funnel.table.setFocus()
    funnel.table.selectRow(STEPS.index("value"))
    funnel.table.activated.emit(funnel.table.currentIndex())
    assert clicked == ["value"]
    tracker = main_window.current_page()
    qtbot.waitUntil(tracker.is_loaded, timeout=LOAD_TIMEOUT_MS)
    assert all(r.step == "value" for r in tracker.shown_rows())
