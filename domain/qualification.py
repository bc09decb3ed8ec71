"""Partner qualification (渠道伙伴资质与能力评估): criteria scored 1–5, weighted, a verdict.

The criteria are DOMAIN.md's, with default weights in
:data:`domain.channel_settings.QUALIFICATION_WEIGHTS` (labels in ``resources/channel.json``).
The weighted total is ``Σ weight × score / Σ weight`` over the criteria, so it stays on the
1–5 scale whatever the weights add up to. The verdict: at or above
``qualification_recruit_at`` → recruit; at or above ``qualification_trial_at`` → trial;
otherwise reject.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from domain.channel_settings import ChannelSettings
from domain.channel_texts import Reason
from domain.validation import FieldError
from domain.vocabulary import QualificationVerdict

SCORE_MIN, SCORE_MAX = 1, 5


@dataclass(frozen=True)
class Scored:
    """A weighted total on the 1–5 scale, its verdict code and the reasons."""

    total: float
    recommendation: str
    reasons: tuple[Reason, ...]


def check_scores(scores: Mapping[str, object], criteria: Mapping[str, float]) -> list[FieldError]:
    """Problems with ``scores``: each criterion of ``criteria`` needs a whole number 1–5.

    Every error names the criterion code as its field. Unknown criteria are errors too.
    """
    errors: list[FieldError] = []
    for name in scores:
        if name not in criteria:
            errors.append(FieldError(name, "unknown_criterion"))
    for name in criteria:
        value = scores.get(name)
        if value is None:
            errors.append(FieldError(name, "required"))
        elif isinstance(value, bool) or not isinstance(value, int):
            errors.append(FieldError(name, "bad_int", {"value": value}))
        elif not SCORE_MIN <= value <= SCORE_MAX:
            errors.append(FieldError(name, "score_range", {"value": value}))
    return errors


def weighted_total(scores: Mapping[str, float], weights: Mapping[str, float]) -> float:
    """``Σ weight × score / Σ weight`` over the scored names that have a positive weight,
    rounded to two places; 0.0 when nothing carries weight."""
    used = [(weights[n], float(s)) for n, s in scores.items() if weights.get(n, 0) > 0]
    weight = sum(w for w, _ in used)
    if weight <= 0:
        return 0.0
    return round(sum(w * s for w, s in used) / weight, 2)


def qualify(scores: Mapping[str, int], settings: ChannelSettings | None = None) -> Scored:
    """The weighted total and recruit / trial / reject for ``scores`` by criterion.

    Raises the first :class:`FieldError` of :func:`check_scores` when a score is missing
    or out of range.
    """
    settings = settings or ChannelSettings()
    weights = settings.qualification_weights
    errors = check_scores(scores, weights)
    if errors:
        raise errors[0]
    total = weighted_total(scores, weights)
    if total >= settings.qualification_recruit_at:
        verdict = QualificationVerdict.RECRUIT
        reason = Reason(
            "qualification_recruit", {"total": total, "at": settings.qualification_recruit_at}
        )
    elif total >= settings.qualification_trial_at:
        verdict = QualificationVerdict.TRIAL
        reason = Reason(
            "qualification_trial",
            {
                "total": total,
                "at": settings.qualification_trial_at,
                "recruit": settings.qualification_recruit_at,
            },
        )
    else:
        verdict = QualificationVerdict.REJECT
        reason = Reason(
            "qualification_reject", {"total": total, "at": settings.qualification_trial_at}
        )
    weak = sorted(n for n, s in scores.items() if s <= 2 and weights.get(n, 0) > 0)
    reasons = [reason] + [
        Reason("criterion_weak", {"criterion": n, "score": scores[n]}) for n in weak
    ]
    return Scored(total, verdict.value, tuple(reasons))
