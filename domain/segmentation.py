"""Attack/defence segmentation (客户细分的攻守模型) and where the rep's effort goes.

Two axes: purchase potential (yuan a year the customer buys of our kind of product, from
anyone) and share of customer (our part of it, %). With the settings
``segment_min_potential``, ``segment_high_potential`` and ``segment_high_share``:

- potential < min → **abandon** (放弃);
- potential ≥ high: share ≥ high share → **retain** (保留, defend), else **acquire**
  (获取, attack);
- otherwise: share ≥ high share → **maintain** (维持), else **harass** (侵扰, cheap attack).

Boundaries belong to the upper side. Share is computed where the potential is known and
the account has been invoiced (ever): net invoiced sales over the last
``share_window_days`` scaled to a year ÷ potential × 100, capped at 100 — 0 % for an
account that bought nothing in the window, so a lapsed account does not keep its entered
share; otherwise (no potential, or never invoiced) the entered share is used. Each account's effort weight by strategy (``effort_weights``) gives
the share of visits the model asks for, which :func:`allocation` sets against the share
the rep actually spent.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from domain.channel_settings import ChannelSettings
from domain.channel_texts import Reason
from domain.vocabulary import Posture, Strategy

UNPLACED = "unplaced"
POSTURE: dict[str, str] = {
    Strategy.ACQUIRE: Posture.ATTACK,
    Strategy.HARASS: Posture.ATTACK,
    Strategy.RETAIN: Posture.DEFEND,
    Strategy.MAINTAIN: Posture.MAINTAIN,
    Strategy.ABANDON: Posture.NONE,
}


@dataclass(frozen=True)
class Share:
    """Share of customer in % and where it came from: ``computed``, ``entered`` or None."""

    percent: float | None
    source: str | None


def share_of_customer(
    potential: Decimal | None,
    entered: float | None,
    invoiced: Decimal | None,
    window_days: int = 365,
) -> Share:
    """The share of customer to place an account by (see the module text). ``invoiced``
    is the net invoiced in the window, 0 for an account invoiced only before it, None for
    one never invoiced."""
    if potential is not None and potential > 0 and invoiced is not None:
        yearly = invoiced * Decimal(365) / Decimal(window_days)
        percent = min(100.0, max(0.0, round(float(yearly / potential * 100), 1)))
        return Share(percent, "computed")
    if entered is not None:
        return Share(float(entered), "entered")
    return Share(None, None)


def segment(
    potential: Decimal | float | None, share: float | None, settings: ChannelSettings | None = None
) -> str | None:
    """The strategy code for an account, or None when it cannot be placed.

    Below the minimum potential an account is abandoned whatever its share; otherwise both
    axes are needed.
    """
    settings = settings or ChannelSettings()
    if potential is None:
        return None
    value = float(potential)
    if value < settings.segment_min_potential:
        return Strategy.ABANDON.value
    if share is None:
        return None
    high_share = share >= settings.segment_high_share
    if value >= settings.segment_high_potential:
        return (Strategy.RETAIN if high_share else Strategy.ACQUIRE).value
    return (Strategy.MAINTAIN if high_share else Strategy.HARASS).value


def segment_reason(
    potential: Decimal | float | None, share: float | None, settings: ChannelSettings
) -> Reason:
    """Why :func:`segment` placed the account where it did."""
    strategy = segment(potential, share, settings)
    if strategy is None:
        return Reason("segment_unplaced")
    return Reason(
        "segment_" + strategy,
        {
            "potential": float(potential or 0),
            "share": share,
            "min": settings.segment_min_potential,
            "high": settings.segment_high_potential,
            "high_share": settings.segment_high_share,
        },
    )


@dataclass(frozen=True)
class PostureEffort:
    """One posture of the resource-allocation summary."""

    posture: str
    accounts: int
    visits: int
    pipeline: Decimal  # open project amounts
    planned_share: float  # % of visits the model asks for
    actual_share: float  # % of visits the rep made
    gap: float  # actual − planned, in points
    off_plan: bool  # |gap| above the tolerance


@dataclass(frozen=True)
class AccountEffort:
    """What :func:`allocation` needs of one placed account."""

    strategy: str
    visits: int
    pipeline: Decimal


def allocation(
    accounts: Iterable[AccountEffort], settings: ChannelSettings | None = None
) -> tuple[PostureEffort, ...]:
    """Accounts, visits and pipeline per posture (attack, defend, maintain, none), with the
    share of visits the strategy asks for (effort weight × accounts, normalised) beside the
    share actually made."""
    settings = settings or ChannelSettings()
    counts: dict[str, int] = dict.fromkeys(Posture, 0)
    visits: dict[str, int] = dict.fromkeys(Posture, 0)
    pipeline: dict[str, Decimal] = {p: Decimal(0) for p in Posture}
    effort: dict[str, float] = dict.fromkeys(Posture, 0.0)
    for a in accounts:
        posture = POSTURE[a.strategy]
        counts[posture] += 1
        visits[posture] += a.visits
        pipeline[posture] += a.pipeline
        effort[posture] += settings.effort_weights.get(a.strategy, 0.0)
    total_effort = sum(effort.values())
    total_visits = sum(visits.values())
    out = []
    for p in Posture:
        planned = round(effort[p] / total_effort * 100, 1) if total_effort else 0.0
        actual = round(visits[p] / total_visits * 100, 1) if total_visits else 0.0
        gap = round(actual - planned, 1)
        out.append(
            PostureEffort(
                p.value,
                counts[p],
                visits[p],
                pipeline[p],
                planned,
                actual,
                gap,
                total_visits > 0 and abs(gap) > settings.allocation_tolerance,
            )
        )
    return tuple(out)


def counts_by_strategy(strategies: Iterable[str | None]) -> dict[str, int]:
    """How many accounts each strategy holds: every strategy code, and ``unplaced`` for
    accounts that cannot be placed (no potential, or no share)."""
    out: dict[str, int] = {s.value: 0 for s in Strategy}
    out[UNPLACED] = 0
    for s in strategies:
        out[s or UNPLACED] += 1
    return out
