"""Every threshold and weight of channel management, in one place: :class:`ChannelSettings`.

Each field is a setting ``channel.<field>`` (a JSON value in the ``settings`` table);
``docs/channel.md`` lists them with their meaning. :meth:`ChannelSettings.from_settings`
falls back to the default for a missing or unusable value (wrong type, out of range, a
threshold pair in the wrong order), so a bad setting never stops a page.

Percentages are numbers of percent (``30`` is 30 %); money is yuan.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from typing import Any

SETTING_PREFIX = "channel."

# Qualification criteria (DOMAIN.md "Qualification") and their default weights (sum 1).
QUALIFICATION_WEIGHTS: dict[str, float] = {
    "market_coverage": 0.15,
    "sales_ability": 0.15,
    "brand_image": 0.10,
    "financial_stability": 0.15,
    "technical_fit": 0.10,
    "compliance": 0.10,
    "capital": 0.10,
    "industry_experience": 0.08,
    "customer_resources": 0.07,
}

# Review indicators (DOMAIN.md "Value contribution and performance") and default weights.
REVIEW_WEIGHTS: dict[str, float] = {
    "sales_vs_target": 0.20,
    "growth": 0.10,
    "gross_margin": 0.10,
    "dso": 0.15,
    "satisfaction": 0.10,
    "inventory_turnover": 0.08,
    "fulfilment_rate": 0.07,
    "coverage": 0.08,
    "complaints": 0.06,
    "cross_region": 0.06,
}

# Four ascending cut points per indicator: a value at or above the k-th cut scores k+2
# (below the first cut scores 1). For indicators where less is better (``LOWER_IS_BETTER``)
# a value at or below the k-th cut scores 5-k.
REVIEW_BANDS: dict[str, list[float]] = {
    "sales_vs_target": [70, 85, 100, 115],  # % of the quarter's target invoiced
    "growth": [-10, 0, 10, 25],  # % against the same quarter a year earlier
    "gross_margin": [5, 10, 15, 25],  # %
    "dso": [30, 45, 60, 90],  # days (less is better)
    "satisfaction": [1.5, 2.5, 3.5, 4.5],  # survey score 1–5
    "inventory_turnover": [2, 4, 6, 8],  # turns per year
    "fulfilment_rate": [80, 90, 95, 98],  # % of order lines delivered complete and on time
    "coverage": [40, 60, 75, 90],  # % of the outlets planned for the territory reached
    "complaints": [0, 1, 3, 5],  # complaints in the quarter (less is better)
    "cross_region": [0, 1, 2, 3],  # 窜货 incidents in the quarter (less is better)
}
LOWER_IS_BETTER = frozenset({"dso", "complaints", "cross_region"})

# Probability that an open project at each of the six steps closes (weighted pipeline).
STEP_PROBABILITIES: dict[str, float] = {
    "analyse": 0.05,
    "trust": 0.10,
    "needs": 0.20,
    "value": 0.40,
    "commitment": 0.70,
    "collect": 0.90,
}

# Relative effort per account the attack/defence model asks for, by strategy.
EFFORT_WEIGHTS: dict[str, float] = {
    "acquire": 3.0,
    "retain": 2.0,
    "harass": 1.0,
    "maintain": 1.0,
    "abandon": 0.0,
}

_RANGES: dict[str, tuple[float, float]] = {
    "qualification_recruit_at": (1, 5),
    "qualification_trial_at": (1, 5),
    "review_reward_at": (1, 5),
    "review_phase_out_below": (1, 5),
    "review_trend_tolerance": (0, 4),
    "review_due_days": (0, 92),
    "segment_min_potential": (0, 1e12),
    "segment_high_potential": (0, 1e12),
    "segment_high_share": (0, 100),
    "share_window_days": (30, 730),
    "allocation_window_days": (7, 730),
    "allocation_tolerance": (0, 100),
    "dso_window_days": (30, 365),
    "slow_collection_ratio": (1, 10),
    "slow_collection_min_days": (0, 365),
    "order_gap_factor": (1, 10),
    "order_gap_min_orders": (3, 100),
    "run_rate_quarters": (1, 8),
    "contract_warning_days": (0, 365),
    "overdue_notice_days": (0, 365),
    "net_margin": (0.01, 100),
    "borrowing_rate": (0.01, 100),
}
_WHOLE = frozenset(
    {
        "review_due_days",
        "share_window_days",
        "allocation_window_days",
        "dso_window_days",
        "slow_collection_min_days",
        "order_gap_min_orders",
        "run_rate_quarters",
        "contract_warning_days",
        "overdue_notice_days",
    }
)
# Pairs (higher, lower) that must keep their order; a pair out of order falls back whole.
_ORDERED = (
    ("qualification_recruit_at", "qualification_trial_at"),
    ("review_reward_at", "review_phase_out_below"),
    ("segment_high_potential", "segment_min_potential"),
)


@dataclass(frozen=True)
class ChannelSettings:
    """The thresholds and weights; each field is the setting ``channel.<field>``."""

    qualification_weights: dict[str, float] = field(
        default_factory=lambda: dict(QUALIFICATION_WEIGHTS)
    )
    qualification_recruit_at: float = 3.6  # weighted total (1–5) at or above: recruit
    qualification_trial_at: float = 2.6  # at or above (and below recruit): trial; else reject
    review_weights: dict[str, float] = field(default_factory=lambda: dict(REVIEW_WEIGHTS))
    review_bands: dict[str, list[float]] = field(
        default_factory=lambda: {k: list(v) for k, v in REVIEW_BANDS.items()}
    )
    review_reward_at: float = 3.8  # review score at or above: reward
    review_phase_out_below: float = 2.5  # below: phase out; between: train and support
    review_trend_tolerance: float = 0.2  # a change of the score within ± this is "steady"
    review_due_days: int = 30  # a quarter's review is due within this many days of its end
    segment_min_potential: float = 1_000_000.0  # yuan a year; below: abandon
    segment_high_potential: float = 3_000_000.0  # yuan a year; at or above: high potential
    segment_high_share: float = 30.0  # %; at or above: high share of customer
    share_window_days: int = 365  # our invoiced sales over this window give the share
    effort_weights: dict[str, float] = field(default_factory=lambda: dict(EFFORT_WEIGHTS))
    allocation_window_days: int = 90  # visits and calls counted for the allocation summary
    allocation_tolerance: float = 10.0  # points of share off the plan before it is flagged
    dso_window_days: int = 90  # sales window of the DSO formula
    slow_collection_ratio: float = 1.5  # DSO now ≥ ratio × its own average: slowing
    slow_collection_min_days: int = 15  # … and at least this many days above the average
    order_gap_factor: float = 2.0  # days since the last order > factor × usual interval
    order_gap_min_orders: int = 4  # orders needed before an interval is "usual"
    step_probabilities: dict[str, float] = field(default_factory=lambda: dict(STEP_PROBABILITIES))
    run_rate_quarters: int = 4  # complete quarters averaged for the run-rate
    contract_warning_days: int = 60  # contract ends within this many days: reminder
    overdue_notice_days: int = 7  # an invoice overdue for at most this many days is "new"
    net_margin: float = 5.0  # % net profit margin pre-filled in the calculators
    borrowing_rate: float = 6.0  # % a year the company pays to borrow, for the calculators

    @classmethod
    def from_settings(cls, values: Mapping[str, object]) -> ChannelSettings:
        """Settings from their keys (``channel.net_margin`` …); defaults for the rest.

        Values of the wrong type or out of range are ignored, as are weight maps with
        unknown or negative entries (known entries override the defaults one by one).
        """
        base = cls()
        chosen: dict[str, Any] = {}
        for f in fields(cls):
            raw = values.get(SETTING_PREFIX + f.name)
            if raw is None:
                continue
            default = getattr(base, f.name)
            value = (
                _mapping(raw, default, bands=f.name == "review_bands")
                if isinstance(default, dict)
                else _number(f.name, raw)
            )
            if value is not None:
                chosen[f.name] = value
        settings = replace(base, **chosen)
        for high, low in _ORDERED:
            if getattr(settings, high) < getattr(settings, low):
                settings = replace(settings, **{high: getattr(base, high), low: getattr(base, low)})
        return settings

    @classmethod
    def setting_keys(cls) -> dict[str, object]:
        """Every setting key channel management reads, with its default value."""
        base = cls()
        return {SETTING_PREFIX + f.name: getattr(base, f.name) for f in fields(cls)}


def _number(name: str, raw: object) -> float | int | None:
    if isinstance(raw, bool):
        return None
    try:
        value = float(raw.strip()) if isinstance(raw, str) else float(raw)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    low, high = _RANGES[name]
    if not low <= value <= high:
        return None
    if name in _WHOLE:
        return int(value) if value.is_integer() else None
    return value


def _mapping(raw: object, default: dict[str, Any], *, bands: bool) -> dict[str, Any] | None:
    if not isinstance(raw, Mapping) or not set(raw) <= set(default):
        return None
    merged = dict(default)
    for key, value in raw.items():
        if bands:
            if not (
                isinstance(value, list)
                and len(value) == 4
                and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in value)
                and list(value) == sorted(value)
            ):
                return None
            merged[key] = [float(v) for v in value]
        else:
            if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
                return None
            merged[key] = float(value)
    return merged
