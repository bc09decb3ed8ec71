"""Attack/defence placement at and around every boundary, share of customer, allocation."""

from decimal import Decimal

import pytest

from domain.channel_settings import ChannelSettings
from domain.segmentation import (
    AccountEffort,
    allocation,
    counts_by_strategy,
    segment,
    segment_reason,
    share_of_customer,
)

S = ChannelSettings(
    segment_min_potential=1_000_000, segment_high_potential=3_000_000, segment_high_share=30
)


@pytest.mark.parametrize(
    ("potential", "share", "strategy"),
    [
        (999_999.99, 90, "abandon"),  # below the minimum whatever the share
        (999_999.99, None, "abandon"),
        (1_000_000, 29.9, "harass"),  # the minimum itself is kept
        (1_000_000, 30, "maintain"),  # the share boundary belongs to "high"
        (2_999_999, 29.9, "harass"),
        (2_999_999, 30, "maintain"),
        (3_000_000, 29.9, "acquire"),  # the potential boundary belongs to "high"
        (3_000_000, 30, "retain"),
        (50_000_000, 0, "acquire"),
        (50_000_000, 100, "retain"),
        (None, 50, None),
        (5_000_000, None, None),
    ],
)
def test_each_account_lands_in_the_zone_of_its_potential_and_share(potential, share, strategy):
    assert segment(potential, share, S) == strategy


def test_thresholds_are_settings():
    tighter = ChannelSettings.from_settings({"channel.segment_high_share": 50})
    assert segment(5_000_000, 40, tighter) == "acquire"
    assert segment(5_000_000, 40, ChannelSettings()) == "retain"


def test_share_is_computed_from_invoiced_sales_where_the_potential_is_known():
    share = share_of_customer(Decimal(2_000_000), 80.0, Decimal(500_000), 365)
    assert (share.percent, share.source) == (25.0, "computed")
    half_year = share_of_customer(Decimal(2_000_000), None, Decimal(500_000), 182)
    assert half_year.percent == 50.1  # scaled to a year
    assert share_of_customer(Decimal(1_000), None, Decimal(5_000), 365).percent == 100.0


def test_an_account_invoiced_before_the_window_but_not_in_it_has_a_computed_share_of_0():
    lapsed = share_of_customer(Decimal(5_000_000), 45.0, Decimal(0), 365)
    assert (lapsed.percent, lapsed.source) == (0.0, "computed")
    assert segment(Decimal(5_000_000), lapsed.percent, S) == "acquire"  # no longer "retain"


def test_the_entered_share_is_used_without_a_potential_or_invoices():
    assert share_of_customer(None, 40.0, Decimal(500_000)).source == "entered"
    assert share_of_customer(Decimal(2_000_000), 40.0, None).percent == 40.0
    assert share_of_customer(None, None, None).source is None


def test_the_reason_names_the_figures_and_the_strategy():
    reason = segment_reason(Decimal(5_000_000), 12.5, S)
    assert reason.code == "segment_acquire"
    assert "¥5,000,000" in reason.text("en") and "获取" in reason.text("zh_CN")
    assert segment_reason(None, None, S).code == "segment_unplaced"


def test_allocation_sets_the_visits_made_against_the_effort_the_model_asks_for():
    accounts = [
        AccountEffort("acquire", 2, Decimal(100)),  # attack, weight 3
        AccountEffort("harass", 0, Decimal(0)),  # attack, weight 1
        AccountEffort("retain", 8, Decimal(50)),  # defend, weight 2
        AccountEffort("maintain", 10, Decimal(0)),  # maintain, weight 1
        AccountEffort("abandon", 5, Decimal(0)),  # none, weight 0
    ]
    by = {p.posture: p for p in allocation(accounts, S)}
    assert (by["attack"].accounts, by["attack"].visits, by["attack"].pipeline) == (2, 2, 100)
    assert by["attack"].planned_share == round(4 / 7 * 100, 1)
    assert by["attack"].actual_share == 8.0  # 2 of 25 visits
    assert by["attack"].off_plan and by["attack"].gap < 0
    assert by["none"].planned_share == 0 and by["none"].actual_share == 20.0
    assert sum(p.accounts for p in by.values()) == 5


def test_without_visits_nothing_is_flagged_off_plan():
    result = allocation([AccountEffort("acquire", 0, Decimal(0))], S)
    assert not any(p.off_plan for p in result)


def test_counts_list_every_strategy_and_the_unplaced():
    counts = counts_by_strategy(["acquire", "acquire", None, "retain"])
    assert counts == {
        "acquire": 2, "retain": 1, "harass": 0, "maintain": 0, "abandon": 0, "unplaced": 1,
    }  # fmt: skip
