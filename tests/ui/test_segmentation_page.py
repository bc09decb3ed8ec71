"""The attack/defence page: the scatter with its zones, clicking a point, the allocation."""

from __future__ import annotations

import pytest
from PySide6.QtCharts import QAreaSeries
from PySide6.QtGui import QUndoStack

from tests.ui.conftest import DEMO_TODAY, show_loaded


@pytest.fixture
def page(qtbot, runner):
    from ui.pages.segmentation_page import SegmentationPage

    return show_loaded(
        qtbot, SegmentationPage(runner, QUndoStack(), today=lambda: DEMO_TODAY), 1100, 760
    )


def test_each_strategy_has_its_points_and_the_five_zones_are_drawn_and_labelled(page):
    counts = page.data.counts
    for strategy, series in page.series.items():
        assert series.count() == counts[strategy]
    assert sum(s.count() for s in page.series.values()) > 30
    zones = [s for s in page.chart.series() if isinstance(s, QAreaSeries)]
    assert len(zones) == 5
    labels = sorted(item.text() for item, _x, _y in page._zone_labels)
    assert labels == ["Abandon", "Acquire", "Harass", "Maintain", "Retain"]


def test_clicking_a_point_opens_that_account(page, monkeypatch):
    opened: list[str | None] = []
    monkeypatch.setattr(page, "open_account", opened.append)
    target = next(p for p in page.data.points if p.strategy == "retain")
    strategy, at = page.point_of(target.account_id)
    page.series[strategy].clicked.emit(at)
    assert opened == [target.account_id]


def test_the_allocation_sets_visits_against_the_plan_per_posture(page):
    rows = page.data.allocation
    assert page.allocation.rowCount() == 4
    assert page.allocation.item(0, 0).text() == "Attack"
    assert page.allocation.item(0, 2).text() == str(rows[0].visits)
    assert page.allocation.item(0, 4).text() == f"{rows[0].planned_share:.1f}%"
    assert page.verdict.text()  # says whether the rep's time follows the strategy
