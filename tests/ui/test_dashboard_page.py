"""The dashboard's charts and lists, and the channel reminders on the Today page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack

from domain.receivables import BUCKETS
from tests.ui.conftest import DEMO_TODAY, LOAD_TIMEOUT_MS, show_loaded
from ui.channel.notifier import DailyNotifier


@pytest.fixture
def page(qtbot, runner):
    from ui.pages.dashboard_page import DashboardPage

    return show_loaded(
        qtbot, DashboardPage(runner, QUndoStack(), today=lambda: DEMO_TODAY), 1100, 760
    )


def _bar_values(chart) -> list[float]:
    (series,) = chart.series()
    (bar_set,) = series.barSets()
    return [bar_set.at(i) for i in range(bar_set.count())]


def test_the_four_charts_show_pipeline_aging_segments_and_the_quarter(page):
    figures = page.data.figures
    steps = figures.funnel.steps
    assert len(_bar_values(page.pipeline_chart)) == len(steps) == 6
    aging = list(reversed(_bar_values(page.aging_chart)))  # drawn top-down
    assert aging == [round(float(figures.aging[b]) / 10_000, 1) for b in BUCKETS]
    (pie,) = page.segments_chart.series()
    assert sum(s.value() for s in pie.slices()) == sum(figures.segments.values())
    assert page.quarter_chart.title().startswith("2026Q4: ")
    assert len(_bar_values(page.quarter_chart)) == 4


def test_churn_warnings_and_the_forecast_say_why(page, monkeypatch):
    assert page.churn.rowCount() == len(page.data.churn) > 0
    assert page.churn.item(0, 1).text()  # the reason in words
    assert "Run-rate" in page.forecast_reasons.text()
    opened: list[str | None] = []
    monkeypatch.setattr(page, "open_account", opened.append)
    page.churn.cellDoubleClicked.emit(0, 0)
    assert opened == [page.data.churn[0].account_id]


def test_the_charts_come_up_before_the_slower_lists_and_a_reload_keeps_what_is_shown(page):
    figures, churn, forecast = page.data.figures, page.data.churn, page.data.forecast
    fresh = type(page)(page.runner, QUndoStack(), today=lambda: DEMO_TODAY)
    fresh.latest.start()
    fresh._waiting = {"figures", "lists"}
    fresh._show_figures(figures)  # the figures' read answered first
    assert len(_bar_values(fresh.pipeline_chart)) == 6
    assert _bar_values(fresh.quarter_chart)[::-1][2] == 0  # the forecast bar waits for its read
    assert fresh.churn.rowCount() == 0 and not fresh.is_loaded()
    fresh._show_lists((churn, forecast))
    assert fresh.is_loaded() and fresh.churn.rowCount() == len(churn)
    assert _bar_values(fresh.quarter_chart)[::-1][2] == round(
        float(forecast.total.total) / 10_000, 1
    )
    fresh._show_figures(figures)  # a reload: the lists stay until new ones come
    assert fresh.churn.rowCount() == len(churn)
    fresh.deleteLater()


def test_today_lists_reviews_due_contracts_and_overdue_invoices(qtbot, today_page):
    qtbot.waitUntil(today_page.reminders_loaded, timeout=LOAD_TIMEOUT_MS)
    model = today_page.reminder_rows
    kinds = [model.row_at(r).kind for r in range(model.rowCount())]
    counts = today_page.reminders.counts
    assert counts["review"] and counts["contract"]
    for kind in ("review", "contract", "overdue_invoice"):
        assert kinds.count(kind) == counts[kind]
    assert "follow_up" not in kinds  # they have their own list above
    assert today_page.reminder_section.title.text() == (
        f"Reminders: {counts['contract']} contracts ending, {counts['review']} reviews due,"
        f" {counts['overdue_invoice']} invoices newly overdue"
    )
    review = next(r for r in range(model.rowCount()) if model.row_at(r).kind == "review")
    assert model.index(review, 3).data() == "2026Q3 review not done yet"


def test_the_desktop_notification_goes_out_once_a_day(qtbot, today_page, tmp_path):
    qtbot.waitUntil(today_page.reminders_loaded, timeout=LOAD_TIMEOUT_MS)
    settings = QSettings(str(tmp_path / "n.ini"), QSettings.Format.IniFormat)
    notifier = DailyNotifier(settings=settings)
    view = today_page.reminders
    assert not notifier.maybe_notify(view, available=False)  # no tray: skipped quietly
    assert notifier.maybe_notify(view, available=True)
    assert f"{view.counts['review']} review" in notifier.last_message[1]
    assert not notifier.maybe_notify(view, available=True)  # already shown today
    assert settings.value("reminders/notified") == DEMO_TODAY.isoformat()
