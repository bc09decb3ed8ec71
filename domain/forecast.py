"""Churn warning (流失预警) and the quarterly sales forecast, each with its reasons.

**Ordering gap**: an account's usual interval is the median of the days between its
consecutive invoice dates (at least ``order_gap_min_orders`` orders needed). It is flagged
when the days since its last invoice exceed ``order_gap_factor`` × that interval. A churn
warning is raised by an ordering gap or by slowing collection
(:func:`domain.receivables.collection_slowing`).

**Forecast** for a quarter, per account and in total: what is already invoiced in the
quarter, plus the run-rate for the part of the quarter still to come (the run-rate is the
mean net invoiced sales of the last ``run_rate_quarters`` complete quarters, invoices not
tied to a project, which is repeat business; it is scaled by the share of the quarter's
days left), plus the weighted open pipeline (each open project expected to close by the
quarter's end — overdue close dates count, they slipped into it — times the probability
of its step, ``step_probabilities``). So the forecast never falls below what has been
invoiced. Projects without an expected close date are left out and counted in the reasons.
An account under a churn warning (``churned``) gets no run-rate for the rest of the quarter:
it has stopped ordering or its collection slows, so its past repeat business is not
expected to go on; what it has invoiced and its weighted pipeline still count, and a reason
names the run-rate left out.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from domain.channel_settings import ChannelSettings
from domain.channel_texts import Reason

_CENT = Decimal("0.01")


def usual_interval(order_days: Iterable[dt.date]) -> float | None:
    """Median days between consecutive distinct order dates; None with fewer than two."""
    days = sorted(set(order_days))
    gaps = [(b - a).days for a, b in zip(days, days[1:], strict=False)]
    return float(statistics.median(gaps)) if gaps else None


def ordering_gap(
    order_days: Sequence[dt.date], as_of: dt.date, settings: ChannelSettings | None = None
) -> Reason | None:
    """A reason when the account has gone well beyond its usual ordering interval."""
    settings = settings or ChannelSettings()
    days = sorted({d for d in order_days if d <= as_of})
    if len(days) < settings.order_gap_min_orders:
        return None
    usual = usual_interval(days)
    if usual is None or usual <= 0:
        return None
    since = (as_of - days[-1]).days
    if since > settings.order_gap_factor * usual:
        return Reason("ordering_gap", {"days": since, "usual": usual, "last": days[-1].isoformat()})
    return None


@dataclass(frozen=True)
class OpenProject:
    """What the forecast needs of one open project."""

    amount: Decimal | None
    step: str
    expected_close: dt.date | None


@dataclass(frozen=True)
class Forecast:
    """A quarter's forecast: invoiced so far, run-rate for the rest of the quarter and
    weighted pipeline, and how it was made. ``run_rate`` is per whole quarter;
    ``rest_of_quarter`` is the part of it still expected."""

    run_rate: Decimal
    pipeline: Decimal
    total: Decimal
    reasons: tuple[Reason, ...]
    invoiced: Decimal = Decimal("0.00")
    rest_of_quarter: Decimal | None = None


def run_rate(quarter_sales: Sequence[Decimal]) -> Decimal:
    """Mean of the quarters' net sales, to the cent (0 without history)."""
    if not quarter_sales:
        return Decimal("0.00")
    return (sum(quarter_sales, Decimal(0)) / len(quarter_sales)).quantize(_CENT, ROUND_HALF_UP)


def weighted_pipeline(
    projects: Iterable[OpenProject], quarter_end: dt.date, probabilities: dict[str, float]
) -> tuple[Decimal, int, int]:
    """Σ amount × step probability of open projects expected to close by ``quarter_end``;
    also how many were counted and how many had no expected close date."""
    total = Decimal(0)
    counted = undated = 0
    for p in projects:
        if p.expected_close is None:
            undated += 1
            continue
        if p.expected_close > quarter_end or not p.amount:
            continue
        total += p.amount * Decimal(str(probabilities.get(p.step, 0.0)))
        counted += 1
    return total.quantize(_CENT, ROUND_HALF_UP), counted, undated


def forecast(
    quarter_sales: Sequence[Decimal],
    projects: Iterable[OpenProject],
    quarter_end: dt.date,
    settings: ChannelSettings | None = None,
    *,
    invoiced: Decimal = Decimal("0.00"),
    days_left: int | None = None,
    quarter_days: int | None = None,
    churned: bool = False,
) -> Forecast:
    """The forecast for the quarter ending ``quarter_end`` from the net sales of the last
    complete quarters (``quarter_sales``, at most ``run_rate_quarters`` used, newest last)
    and the open projects. For a quarter under way, ``invoiced`` is its net invoicing so
    far and ``days_left`` of its ``quarter_days`` are still to come (the run-rate counts
    for those days only); without them the whole quarter is still to come. ``churned``:
    the account is under a churn warning, and the run-rate for the rest is left out."""
    settings = settings or ChannelSettings()
    history = list(quarter_sales)[-settings.run_rate_quarters :]
    rate = run_rate(history)
    pipeline, counted, undated = weighted_pipeline(
        projects, quarter_end, settings.step_probabilities
    )
    reasons = [Reason("forecast_run_rate", {"amount": rate, "quarters": len(history)})]
    rest = rate
    if days_left is not None and quarter_days:
        share = Decimal(max(0, min(days_left, quarter_days))) / Decimal(quarter_days)
        rest = (rate * share).quantize(_CENT, ROUND_HALF_UP)
        reasons.insert(0, Reason("forecast_invoiced", {"amount": invoiced}))
        reasons.append(Reason("forecast_rest", {"amount": rest, "days": days_left}))
    if churned and rest:
        reasons.append(Reason("forecast_churned", {"amount": rest}))
        rest = Decimal("0.00")
    reasons.append(Reason("forecast_pipeline", {"amount": pipeline, "projects": counted}))
    if undated:
        reasons.append(Reason("forecast_undated", {"projects": undated}))
    total = invoiced + rest + pipeline
    return Forecast(rate, pipeline, total, tuple(reasons), invoiced, rest)
