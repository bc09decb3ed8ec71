"""Funnel figures over the six steps: counts, amounts, conversion, days per step, win rate."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from domain.funnel import STEPS, FunnelProject, funnel

D0 = dt.date(2026, 1, 1)


def day(n):
    return D0 + dt.timedelta(days=n)


def project(step, status="open", amount="100000", entered=None, closed=None):
    if entered is None:
        entered = {s: day(10 * i) for i, s in enumerate(STEPS[: STEPS.index(step) + 1])}
    return FunnelProject(step, status, Decimal(amount) if amount else None, entered, closed)


def test_counts_and_amounts_are_of_open_projects_at_their_current_step():
    f = funnel(
        [
            project("analyse", amount="100000"),
            project("analyse", amount=None),
            project("needs", amount="250000.50"),
            project("commitment", status="won", amount="900000"),
        ]
    )
    assert [(s.step, s.count) for s in f.steps] == [
        ("analyse", 2),
        ("trust", 0),
        ("needs", 1),
        ("value", 0),
        ("commitment", 0),
        ("collect", 0),
    ]
    assert f.step("analyse").amount == Decimal("100000")
    assert f.step("needs").amount == Decimal("250000.50")
    assert f.step("commitment").amount == Decimal(0)


def test_conversion_is_the_share_of_projects_reaching_a_step_that_reach_the_next():
    f = funnel(
        [
            project("analyse"),
            project("trust"),
            project("trust", status="lost"),
            project("needs", status="won"),
        ]
    )
    assert [s.reached for s in f.steps] == [4, 3, 1, 0, 0, 0]
    assert f.step("analyse").conversion == 0.75
    assert f.step("trust").conversion == 1 / 3
    assert f.step("needs").conversion == 0.0
    assert f.step("value").conversion is None  # nobody reached it
    assert f.step("collect").conversion is None  # the last step


def test_a_project_at_a_later_step_counts_as_having_reached_the_earlier_ones():
    f = funnel([project("value", entered={"value": day(0)})])
    assert [s.reached for s in f.steps] == [1, 1, 1, 1, 0, 0]


def test_average_days_are_between_entering_a_step_and_entering_the_next():
    a = project("needs", entered={"analyse": day(0), "trust": day(10), "needs": day(40)})
    b = project("trust", entered={"analyse": day(5), "trust": day(25)})
    f = funnel([a, b])
    assert f.step("analyse").avg_days == 15.0  # (10 + 20) / 2
    assert f.step("trust").avg_days == 30.0  # only a moved on
    assert f.step("needs").avg_days is None  # nobody moved on yet


def test_the_last_step_counts_days_until_a_won_project_closed():
    entered = {s: day(10 * i) for i, s in enumerate(STEPS)}
    won = project("collect", status="won", entered=entered, closed=day(50 + 14))
    still_open = project("collect", entered=entered)
    assert funnel([won, still_open]).step("collect").avg_days == 14.0


def test_win_rate_is_won_over_closed_and_undefined_while_nothing_closed():
    assert funnel([project("analyse")]).win_rate is None
    f = funnel(
        [
            project("commitment", status="won"),
            project("collect", status="won"),
            project("trust", status="lost"),
            project("needs"),
        ]
    )
    assert (f.won, f.lost, f.win_rate) == (2, 1, 2 / 3)


projects_strategy = st.lists(
    st.builds(
        lambda step, status, gaps, amount: project(
            STEPS[step],
            status,
            str(amount),
            {s: day(sum(gaps[: i + 1])) for i, s in enumerate(STEPS[: step + 1])},
        ),
        st.integers(0, 5),
        st.sampled_from(("open", "won", "lost")),
        st.lists(st.integers(0, 60), min_size=6, max_size=6),
        st.integers(0, 10**7),
    ),
    max_size=30,
)


@given(projects_strategy)
def test_funnel_figures_are_consistent_for_any_projects(projects):
    f = funnel(projects)
    opened = [p for p in projects if p.status == "open"]
    assert sum(s.count for s in f.steps) == len(opened)
    assert sum(s.amount for s in f.steps) == sum(p.amount or 0 for p in opened)
    reached = [s.reached for s in f.steps]
    assert reached == sorted(reached, reverse=True)
    assert reached[0] == len(projects)
    for s in f.steps:
        assert s.conversion is None or 0 <= s.conversion <= 1
        assert s.avg_days is None or s.avg_days >= 0
    if f.win_rate is not None:
        assert 0 <= f.win_rate <= 1
