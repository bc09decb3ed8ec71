"""Churn warning by ordering gap, the quarterly forecast, and quarters."""

import datetime as dt
from decimal import Decimal

import pytest

from domain.channel_settings import ChannelSettings
from domain.forecast import OpenProject, forecast, ordering_gap, usual_interval
from domain.periods import Quarter, last_complete_quarter

AS_OF = dt.date(2026, 11, 23)


def every(days, count, last):
    return [last - dt.timedelta(days=days * i) for i in range(count)]


def test_the_usual_interval_is_the_median_gap_between_orders():
    days = [dt.date(2026, 1, 1), dt.date(2026, 1, 31), dt.date(2026, 3, 2), dt.date(2026, 9, 1)]
    assert usual_interval(days) == 30.0
    assert usual_interval([dt.date(2026, 1, 1)]) is None


def test_an_account_silent_for_more_than_twice_its_usual_interval_is_flagged():
    orders = every(30, 6, AS_OF - dt.timedelta(days=61))
    reason = ordering_gap(orders, AS_OF)
    assert reason is not None and reason.params["days"] == 61 and reason.params["usual"] == 30.0
    assert "61" in reason.text("en") and "未下单" in reason.text("zh_CN")
    assert ordering_gap(every(30, 6, AS_OF - dt.timedelta(days=60)), AS_OF) is None


def test_too_few_orders_give_no_usual_interval_to_miss():
    assert ordering_gap(every(30, 3, AS_OF - dt.timedelta(days=300)), AS_OF) is None


def test_the_forecast_is_run_rate_plus_weighted_pipeline_with_its_method():
    q = Quarter.of(AS_OF)
    projects = [
        OpenProject(Decimal(100_000), "commitment", q.end),  # 0.7
        OpenProject(Decimal(50_000), "needs", q.start - dt.timedelta(days=10)),  # slipped: 0.2
        OpenProject(Decimal(80_000), "value", q.end + dt.timedelta(days=1)),  # next quarter
        OpenProject(Decimal(30_000), "value", None),  # undated: left out
    ]
    history = [Decimal(10), Decimal(40_000), Decimal(60_000), Decimal(50_000), Decimal(70_000)]
    result = forecast(history, projects, q.end, ChannelSettings())
    assert result.run_rate == Decimal("55000.00")  # the last four quarters
    assert result.pipeline == Decimal("80000.00")
    assert result.total == Decimal("135000.00")
    assert [r.code for r in result.reasons] == [
        "forecast_run_rate",
        "forecast_pipeline",
        "forecast_undated",
    ]
    assert "¥55,000.00" in result.reasons[0].text("en")


def test_a_quarter_under_way_counts_what_is_invoiced_and_the_run_rate_for_the_days_left():
    q = Quarter.of(AS_OF)
    history = [Decimal(90_000)] * 4
    days = (q.end - q.start).days + 1
    result = forecast(
        history,
        [],
        q.end,
        ChannelSettings(),
        invoiced=Decimal(200_000),
        days_left=30,
        quarter_days=days,
    )
    rest = (Decimal(90_000) * 30 / days).quantize(Decimal("0.01"))
    assert result.rest_of_quarter == rest
    assert result.total == Decimal(200_000) + rest
    assert [r.code for r in result.reasons] == [
        "forecast_invoiced",
        "forecast_run_rate",
        "forecast_rest",
        "forecast_pipeline",
    ]


def test_an_account_under_a_churn_warning_gets_no_run_rate_for_the_rest_of_the_quarter():
    q = Quarter.of(AS_OF)
    days = (q.end - q.start).days + 1
    projects = [OpenProject(Decimal(100_000), "commitment", q.end)]
    result = forecast(
        [Decimal(90_000)] * 4,
        projects,
        q.end,
        invoiced=Decimal(5_000),
        days_left=30,
        quarter_days=days,
        churned=True,
    )
    assert result.rest_of_quarter == Decimal("0.00")
    assert result.total == Decimal(5_000) + Decimal(70_000)  # invoiced + weighted pipeline
    left_out = next(r for r in result.reasons if r.code == "forecast_churned")
    assert left_out.params["amount"] == (Decimal(90_000) * 30 / days).quantize(Decimal("0.01"))
    assert "left out" in left_out.text("en")


def test_the_forecast_never_falls_below_what_is_already_invoiced():
    q = Quarter.of(AS_OF)
    days = (q.end - q.start).days + 1
    for left in (0, 1, days // 2, days):
        result = forecast(
            [Decimal(10)], [], q.end, invoiced=Decimal(5_000), days_left=left, quarter_days=days
        )
        assert result.total >= Decimal(5_000)


def test_quarters_parse_print_and_step():
    q = Quarter.parse("2026q3")
    assert str(q) == "2026Q3" and q.start == dt.date(2026, 7, 1) and q.end == dt.date(2026, 9, 30)
    assert q.previous(3) == Quarter(2025, 4) and Quarter(2025, 4).next() == Quarter(2026, 1)
    assert last_complete_quarter(AS_OF) == q and q.days == 92
    with pytest.raises(ValueError):
        Quarter.parse("2026Q5")
