"""The quarterly performance review (绩效评估) of a channel partner: a scorecard.

Each indicator of DOMAIN.md is turned into a 1–5 score by four cut points
(:data:`domain.channel_settings.REVIEW_BANDS`, a setting): at or above the k-th cut scores
k + 2, below the first scores 1; for DSO, complaints and cross-region incidents (less is
better) a value at or below the k-th cut scores 5 − k. The review score is the weighted
mean of the indicator scores that have a value (an indicator left blank is skipped and
named in the reasons). The action: score ≥ ``review_reward_at`` → reward; score <
``review_phase_out_below`` → phase out; otherwise train and support — but only when the
indicators filled in carry at least :data:`MIN_WEIGHT_SHARE` of the total weight: with
less, the score is shown and no action is suggested (not enough indicators). The trend
compares the score with the latest earlier review: up / down when it moved by more than
``review_trend_tolerance``, steady otherwise.

Sales against target, growth and DSO are computed from the invoices and payments the app
holds (:data:`COMPUTED`); the other indicators are entered by the rep.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from domain.channel_settings import LOWER_IS_BETTER, REVIEW_WEIGHTS, ChannelSettings
from domain.channel_texts import Reason
from domain.qualification import weighted_total
from domain.validation import FieldError
from domain.vocabulary import ReviewAction

INDICATORS: tuple[str, ...] = tuple(REVIEW_WEIGHTS)
COMPUTED = frozenset({"sales_vs_target", "growth", "dso"})
ENTERED: tuple[str, ...] = tuple(i for i in INDICATORS if i not in COMPUTED)
TRENDS = ("up", "steady", "down")
MIN_WEIGHT_SHARE = 0.5  # share of the total weight needed before an action is suggested

# (lowest, highest) value each indicator accepts; None: no limit on that side.
_LIMITS: dict[str, tuple[float | None, float | None]] = {
    "sales_vs_target": (0, None),
    "growth": (-100, None),
    "gross_margin": (-100, 100),
    "dso": (0, None),
    "satisfaction": (1, 5),
    "inventory_turnover": (0, None),
    "fulfilment_rate": (0, 100),
    "coverage": (0, 100),
    "complaints": (0, None),
    "cross_region": (0, None),
}
_COUNTS = frozenset({"complaints", "cross_region"})


@dataclass(frozen=True)
class ReviewResult:
    """A scored review: the score (1–5), the action, per-indicator scores, trend, reasons."""

    score: float
    action: str | None  # None: too few indicators filled in to suggest one
    indicator_scores: dict[str, int]
    missing: tuple[str, ...]
    trend: str | None  # up / steady / down; None without an earlier review
    change: float | None  # score minus the latest earlier score
    reasons: tuple[Reason, ...]


def check_values(values: Mapping[str, object]) -> list[FieldError]:
    """Problems with indicator ``values`` (None = not known): numbers within each
    indicator's range, whole numbers for counts; errors name the indicator."""
    errors: list[FieldError] = []
    for name, value in values.items():
        if name not in _LIMITS:
            errors.append(FieldError(name, "unknown_indicator"))
            continue
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
            errors.append(FieldError(name, "bad_float", {"value": value}))
            continue
        low, high = _LIMITS[name]
        if low is not None and value < low:
            errors.append(FieldError(name, "too_small", {"min": low, "value": value}))
        elif high is not None and value > high:
            errors.append(FieldError(name, "too_big", {"max": high, "value": value}))
        elif name in _COUNTS and float(value) != int(value):
            errors.append(FieldError(name, "bad_int", {"value": value}))
    return errors


def indicator_score(name: str, value: float, bands: Sequence[float]) -> int:
    """The 1–5 score of ``value`` for indicator ``name`` given its four cut points."""
    if name in LOWER_IS_BETTER:
        return 5 - sum(1 for cut in bands if value > cut)
    return 1 + sum(1 for cut in bands if value >= cut)


def sales_indicators(
    sales: Decimal, quarter_target: Decimal | None, sales_year_before: Decimal | None
) -> dict[str, float | None]:
    """Sales against target and growth, in %, from the quarter's net invoiced ``sales``.

    ``sales_vs_target`` = sales ÷ quarter target × 100 (None without a target);
    ``growth`` = (sales ÷ the same quarter a year earlier − 1) × 100 (None when that
    quarter had no sales).
    """
    vs_target = (
        round(float(sales / quarter_target * 100), 1)
        if quarter_target is not None and quarter_target > 0
        else None
    )
    growth = (
        round(float((sales / sales_year_before - 1) * 100), 1)
        if sales_year_before is not None and sales_year_before > 0
        else None
    )
    return {"sales_vs_target": vs_target, "growth": growth}


def score_review(
    values: Mapping[str, float | None],
    earlier_scores: Sequence[float] = (),
    settings: ChannelSettings | None = None,
) -> ReviewResult:
    """Score a review from indicator ``values`` (None or absent = not known).

    ``earlier_scores`` are the scores of the account's earlier reviews, oldest first.
    Raises the first :class:`FieldError` of :func:`check_values`, or a ``FieldError`` on
    ``indicators`` when no indicator has a value.
    """
    settings = settings or ChannelSettings()
    errors = check_values(values)
    if errors:
        raise errors[0]
    known = {n: float(v) for n, v in values.items() if v is not None}
    if not known:
        raise FieldError("indicators", "no_indicators")
    scores = {n: indicator_score(n, v, settings.review_bands[n]) for n, v in known.items()}
    weights = settings.review_weights
    score = weighted_total(scores, weights)
    total_weight = sum(w for w in weights.values() if w > 0)
    filled = sum(weights.get(n, 0) for n in known if weights.get(n, 0) > 0)
    action: ReviewAction | None
    if total_weight <= 0 or filled < MIN_WEIGHT_SHARE * total_weight:
        action = None
        reasons = [
            Reason(
                "review_too_few",
                {
                    "share": round(filled / total_weight * 100) if total_weight > 0 else 0,
                    "needed": round(MIN_WEIGHT_SHARE * 100),
                },
            )
        ]
    elif score >= settings.review_reward_at:
        action = ReviewAction.REWARD
        reasons = [Reason("review_reward", {"score": score, "at": settings.review_reward_at})]
    elif score < settings.review_phase_out_below:
        action = ReviewAction.PHASE_OUT
        reasons = [
            Reason("review_phase_out", {"score": score, "at": settings.review_phase_out_below})
        ]
    else:
        action = ReviewAction.TRAIN
        reasons = [
            Reason(
                "review_train",
                {
                    "score": score,
                    "low": settings.review_phase_out_below,
                    "high": settings.review_reward_at,
                },
            )
        ]
    trend, change = None, None
    if earlier_scores:
        change = round(score - earlier_scores[-1], 2)
        tolerance = settings.review_trend_tolerance
        trend = "up" if change > tolerance else "down" if change < -tolerance else "steady"
        reasons.append(
            Reason("review_trend_" + trend, {"change": change, "previous": earlier_scores[-1]})
        )
    reasons += [
        Reason("indicator_weak", {"indicator": n, "score": s})
        for n, s in sorted(scores.items())
        if s <= 2
    ]
    missing = tuple(n for n in INDICATORS if n not in known)
    if missing:
        reasons.append(Reason("indicators_missing", {"count": len(missing)}))
    return ReviewResult(
        score, action.value if action else None, scores, missing, trend, change, tuple(reasons)
    )
