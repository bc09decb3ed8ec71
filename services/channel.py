"""Channel management use cases: qualification, quarterly reviews, attack/defence
segmentation, reminders, churn warnings, the forecast and the dashboard figures.

One read function per page or form, giving everything it shows, and one write function per
save. Rules live in ``domain/`` (qualification, review, segmentation, receivables,
forecast); queries here are grouped SQL over the whole portfolio. Every function takes a
:class:`~storage.uow.UnitOfWork` and an explicit day, and returns frozen dataclasses.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Collection, Mapping
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from sqlalchemy import select, text

from domain.channel_settings import (
    _ORDERED,
    _RANGES,
    _WHOLE,
    LOWER_IS_BETTER,
    SETTING_PREFIX,
    ChannelSettings,
    _mapping,
)
from domain.channel_texts import Reason
from domain.forecast import Forecast, OpenProject, forecast, ordering_gap
from domain.funnel import STEPS, Funnel, StepFigures
from domain.periods import Quarter, last_complete_quarter
from domain.qualification import Scored, qualify
from domain.receivables import BUCKETS, ZERO, dso
from domain.review import ReviewResult, sales_indicators, score_review
from domain.segmentation import (
    AccountEffort,
    PostureEffort,
    allocation,
    counts_by_strategy,
    segment,
    segment_reason,
    share_of_customer,
)
from domain.validation import FieldError
from domain.vocabulary import EvaluationKind
from services import records
from services.errors import ValidationFailed
from services.receivables import channel_settings, ledgers, open_ledgers
from services.today import FollowUp, follow_ups
from storage.models import Account, Evaluation, Setting
from storage.uow import UnitOfWork

REMINDER_LIMIT = 300
_CONTACT_KINDS = "('visit', 'meeting', 'call')"  # what counts as the rep's time with an account
# Grouping all invoices by account: a scan in storage order beats a look-up per row through
# the account index (see services.receivables).
_SCAN = " NOT INDEXED"
# Net invoiced in the share window (:start, :end], over an account's invoices up to :end.
_WINDOW_SALES = (
    "SUM(CASE WHEN issued_on > :start THEN "
    "CASE WHEN kind = 'credit_note' THEN -amount ELSE amount END ELSE 0 END)"
)


def _money(cents: int | None) -> Decimal:
    return Decimal(cents or 0).scaleb(-2)


def _rows(uow: UnitOfWork, sql: str, **params: Any) -> Any:
    return uow.session.connection().execute(text(sql), params)


# --- settings ---------------------------------------------------------------------------


# Weight maps: at least one entry must be positive, or nothing would carry weight.
_WEIGHT_MAPS = frozenset({"qualification_weights", "review_weights"})
WEIGHT_MAX = 100.0  # highest weight one entry may have (weights are relative)


def setting_range(key: str) -> tuple[float, float, bool]:
    """(lowest, highest, whole numbers only) of the numeric setting ``key``
    (``channel.net_margin`` …); raises KeyError for keys that are not numbers."""
    name = key.removeprefix(SETTING_PREFIX)
    low, high = _RANGES[name]
    return low, high, name in _WHOLE


def ordered_pairs() -> tuple[tuple[str, str], ...]:
    """Setting keys (higher, lower) of the thresholds that must keep their order."""
    return tuple((SETTING_PREFIX + hi, SETTING_PREFIX + lo) for hi, lo in _ORDERED)


def check_settings(
    values: Mapping[str, object], current: ChannelSettings | None = None
) -> list[FieldError]:
    """The problems of ``values`` (setting key → JSON value), at most one per key.

    Unknown keys; numbers of the wrong type or out of range (``too_small`` / ``too_big``);
    weight maps with unknown entries, negative or too big weights, or no positive weight
    (``must_be_positive``); review bands that are not four ascending numbers; and a pair of
    thresholds out of order once ``values`` replace those of ``current`` (the defaults when
    None): the lower one of the pair is at fault (``too_big``, with the other key as
    ``other``)."""
    known = ChannelSettings.setting_keys()
    base = current or ChannelSettings()
    errors: list[FieldError] = []
    for key, value in values.items():
        name = key.removeprefix(SETTING_PREFIX)
        if key not in known:
            errors.append(FieldError(key, "unknown_field", {"table": "settings"}))
        elif name in _RANGES:
            error = _number_problem(key, value)
            if error is not None:
                errors.append(error)
        elif name == "review_bands":
            if _mapping(value, base.review_bands, bands=True) is None:
                errors.append(FieldError(key, "bad_json", {"value": value}))
        else:
            error = _weights_problem(key, value, getattr(base, name))
            if error is not None:
                errors.append(error)
    faulty = {e.field for e in errors}
    for high, low in ordered_pairs():
        if (high not in values and low not in values) or faulty & {high, low}:
            continue
        hi = values.get(high, getattr(base, high.removeprefix(SETTING_PREFIX)))
        lo = values.get(low, getattr(base, low.removeprefix(SETTING_PREFIX)))
        if hi < lo:  # type: ignore[operator]
            errors.append(FieldError(low, "too_big", {"max": hi, "value": lo, "other": high}))
    return errors


def _number_problem(key: str, value: object) -> FieldError | None:
    low, high, whole = setting_range(key)
    if whole and (isinstance(value, bool) or not isinstance(value, int)):
        return FieldError(key, "bad_int", {"value": value})
    if isinstance(value, bool) or not isinstance(value, int | float) or value != value:
        return FieldError(key, "bad_float", {"value": value})
    if value < low:
        return FieldError(key, "too_small", {"min": _plain(low), "value": value})
    if value > high:
        return FieldError(key, "too_big", {"max": _plain(high), "value": value})
    return None


def _weights_problem(key: str, value: object, default: dict[str, float]) -> FieldError | None:
    if not isinstance(value, Mapping):
        return FieldError(key, "bad_json", {"value": value})
    for entry, weight in value.items():
        if entry not in default:
            return FieldError(f"{key}.{entry}", "unknown_field", {"table": key})
        if isinstance(weight, bool) or not isinstance(weight, int | float) or weight != weight:
            return FieldError(f"{key}.{entry}", "bad_float", {"value": weight})
        if weight < 0:
            return FieldError(f"{key}.{entry}", "negative", {"value": weight})
        if weight > WEIGHT_MAX:
            return FieldError(
                f"{key}.{entry}", "too_big", {"max": _plain(WEIGHT_MAX), "value": weight}
            )
    if key.removeprefix(SETTING_PREFIX) in _WEIGHT_MAPS:
        total = sum(float(w) for w in {**default, **value}.values())
        if total <= 0:
            return FieldError(key, "must_be_positive", {"value": _plain(total)})
    return None


def _plain(number: float) -> int | float:
    """A whole float as an int, so messages say 100 rather than 100.0."""
    return int(number) if float(number).is_integer() and abs(number) < 1e15 else number


def save_settings(uow: UnitOfWork, values: Mapping[str, object]) -> ChannelSettings:
    """Store ``channel.*`` settings (JSON values), commit, and return the settings now in
    force.

    Everything is checked first against the settings in force (:func:`check_settings`):
    any problem raises :class:`ValidationFailed` naming every key at fault, and nothing is
    stored.
    """
    errors = check_settings(values, channel_settings(uow))
    if errors:
        raise ValidationFailed("settings", errors)
    for key, value in values.items():
        row = uow.session.get(Setting, key)
        if row is None:
            uow.session.add(Setting(key=key, value=value))
        else:
            row.value = value
    uow.commit()
    return channel_settings(uow)


# --- evaluations: qualification and quarterly review ----------------------------------


@dataclass(frozen=True)
class EvaluationRow:
    """An earlier qualification or review, as history lists show it."""

    id: str
    kind: str
    period: str | None
    evaluated_on: dt.date
    total: float | None
    recommendation: str | None
    scores: dict[str, Any]
    notes: str | None


def evaluation_history(uow: UnitOfWork, account_id: str, kind: str) -> tuple[EvaluationRow, ...]:
    """The account's live evaluations of ``kind``, newest first."""
    rows = uow.session.scalars(
        select(Evaluation)
        .where(
            Evaluation.account_id == account_id,
            Evaluation.kind == kind,
            Evaluation.deleted.is_(False),
        )
        .order_by(Evaluation.evaluated_on.desc(), Evaluation.created_at.desc())
    )
    return tuple(
        EvaluationRow(
            e.id,
            e.kind,
            e.period,
            e.evaluated_on,
            e.total,
            e.recommendation,
            dict(e.scores or {}),
            e.notes,
        )
        for e in rows
    )


@dataclass(frozen=True)
class QualificationForm:
    """What the qualification form shows: criteria with weights, thresholds, history."""

    account_id: str
    account_name: str
    weights: dict[str, float]  # criterion code → weight, in form order
    recruit_at: float
    trial_at: float
    history: tuple[EvaluationRow, ...]


def qualification_form(uow: UnitOfWork, account_id: str) -> QualificationForm:
    """The qualification form of an account. Raises ``NotFound`` for an unknown account."""
    account = uow.get(Account, account_id)
    s = channel_settings(uow)
    return QualificationForm(
        account_id,
        account.name,
        dict(s.qualification_weights),
        s.qualification_recruit_at,
        s.qualification_trial_at,
        evaluation_history(uow, account_id, EvaluationKind.QUALIFICATION),
    )


def preview_qualification(uow: UnitOfWork, scores: Mapping[str, int]) -> Scored:
    """The total and recommendation the scores would give (nothing is written)."""
    return qualify(scores, channel_settings(uow))


def save_qualification(
    uow: UnitOfWork,
    account_id: str,
    scores: Mapping[str, int],
    *,
    evaluated_on: dt.date,
    notes: str | None = None,
) -> tuple[str, Scored]:
    """Score and store a qualification of the account; returns the evaluation id and the
    result. Raises :class:`ValidationFailed` naming each criterion at fault."""
    uow.get(Account, account_id)
    try:
        result = qualify(scores, channel_settings(uow))
    except FieldError as error:
        raise ValidationFailed("evaluations", [error]) from None
    row_id = records.create(
        uow,
        "evaluations",
        {
            "account_id": account_id,
            "kind": EvaluationKind.QUALIFICATION.value,
            "scores": dict(scores),
            "total": result.total,
            "recommendation": result.recommendation,
            "evaluated_on": evaluated_on,
            "notes": notes,
        },
    )
    return row_id, result


@dataclass(frozen=True)
class ReviewForm:
    """What the quarterly review form shows for one account and quarter."""

    account_id: str
    account_name: str
    period: str
    computed: dict[str, float | None]  # sales_vs_target, growth, dso from invoices/payments
    sales: Decimal  # net invoiced in the quarter
    quarter_target: Decimal | None  # the account's annual sales target ÷ 4
    sales_year_before: Decimal  # the same quarter a year earlier
    entered: dict[str, float | None]  # values of an existing review of this period
    weights: dict[str, float]
    bands: dict[str, list[float]]
    lower_is_better: frozenset[str]
    history: tuple[EvaluationRow, ...]  # earlier reviews, newest first
    existing_id: str | None  # the review of this period, if one was saved


def review_form(uow: UnitOfWork, account_id: str, period: str) -> ReviewForm:
    """The review form for ``period`` (``2026Q3``), with the computed indicators filled in.

    Raises :class:`ValidationFailed` on ``period`` when it is not a quarter.
    """
    account = uow.get(Account, account_id)
    quarter = _quarter(period)
    s = channel_settings(uow)
    sales, before = _quarter_sales(uow, account_id, quarter)
    target = account.sales_target / 4 if account.sales_target else None
    computed: dict[str, float | None] = dict(sales_indicators(sales, target, before))
    found = ledgers(uow, as_of=quarter.end, settings=s, account_ids=[account_id])
    computed["dso"] = found[account_id].dso if account_id in found else None
    history = evaluation_history(uow, account_id, EvaluationKind.REVIEW)
    existing = next((h for h in history if h.period == str(quarter)), None)
    entered = dict(existing.scores.get("values", {})) if existing else {}
    return ReviewForm(
        account_id,
        account.name,
        str(quarter),
        computed,
        sales,
        target,
        before,
        entered,
        dict(s.review_weights),
        {k: list(v) for k, v in s.review_bands.items()},
        LOWER_IS_BETTER,
        tuple(h for h in history if h.period != str(quarter)),
        existing.id if existing else None,
    )


def _quarter(period: str) -> Quarter:
    try:
        return Quarter.parse(period)
    except ValueError:
        raise ValidationFailed(
            "evaluations", [FieldError("period", "bad_period", {"value": period})]
        ) from None


def _quarter_sales(uow: UnitOfWork, account_id: str, quarter: Quarter) -> tuple[Decimal, Decimal]:
    year_before = quarter.previous(4)
    row = _rows(
        uow,
        "SELECT SUM(CASE WHEN issued_on BETWEEN :s AND :e THEN amt ELSE 0 END), "
        "SUM(CASE WHEN issued_on BETWEEN :ps AND :pe THEN amt ELSE 0 END) FROM ("
        "SELECT issued_on, CASE WHEN kind = 'credit_note' THEN -amount ELSE amount END AS amt "
        "FROM invoices WHERE account_id = :a AND deleted = 0)",
        a=account_id,
        s=quarter.start.isoformat(),
        e=quarter.end.isoformat(),
        ps=year_before.start.isoformat(),
        pe=year_before.end.isoformat(),
    ).one()
    return _money(row[0]), _money(row[1])


def save_review(
    uow: UnitOfWork,
    account_id: str,
    period: str,
    values: Mapping[str, float | None],
    *,
    evaluated_on: dt.date,
    notes: str | None = None,
) -> tuple[str, ReviewResult]:
    """Score and store the account's review of ``period``; a second save of the same
    period replaces the first. ``values`` hold every indicator the rep confirmed (computed
    ones included). Returns the evaluation id and the result; raises
    :class:`ValidationFailed` naming the indicator or field at fault."""
    uow.get(Account, account_id)
    quarter = _quarter(period)
    if quarter.start > evaluated_on:
        raise ValidationFailed(
            "evaluations", [FieldError("period", "future_period", {"value": str(quarter)})]
        )
    history = evaluation_history(uow, account_id, EvaluationKind.REVIEW)
    earlier = [
        h.total
        for h in sorted(history, key=lambda h: h.period or "")
        if h.period and h.period < str(quarter) and h.total is not None
    ]
    try:
        result = score_review(values, earlier, channel_settings(uow))
    except FieldError as error:
        raise ValidationFailed("evaluations", [error]) from None
    content = {
        "scores": {"values": dict(values), "scores": result.indicator_scores},
        "total": result.score,
        "recommendation": result.action,
        "evaluated_on": evaluated_on,
        "notes": notes,
    }
    existing = next((h for h in history if h.period == str(quarter)), None)
    if existing:
        records.update(uow, "evaluations", existing.id, content)
        return existing.id, result
    row_id = records.create(
        uow,
        "evaluations",
        {"account_id": account_id, "kind": "review", "period": str(quarter), **content},
    )
    return row_id, result


@dataclass(frozen=True)
class ReviewDue:
    """An account whose review of ``period`` is not done yet."""

    account_id: str
    account_name: str
    period: str
    due_on: dt.date  # the quarter's end + review_due_days
    last_period: str | None  # the latest period reviewed


def reviews_due(uow: UnitOfWork, *, today: dt.date) -> list[ReviewDue]:
    """Accounts invoiced in the last complete quarter that have no review of it, the
    ones longest without a review first. A review is due from the quarter's end and should
    be done within ``review_due_days``."""
    s = channel_settings(uow)
    quarter = last_complete_quarter(today)
    due_on = quarter.end + dt.timedelta(days=s.review_due_days)
    rows = _rows(
        uow,
        "SELECT a.id, a.name, (SELECT MAX(e.period) FROM evaluations e WHERE e.account_id = a.id "
        "AND e.kind = 'review' AND e.deleted = 0) AS last_period FROM accounts a "
        "WHERE a.deleted = 0 AND EXISTS (SELECT 1 FROM invoices i WHERE i.account_id = a.id "
        "AND i.deleted = 0 AND i.issued_on BETWEEN :s AND :e) "
        "AND NOT EXISTS (SELECT 1 FROM evaluations e WHERE e.account_id = a.id AND e.deleted = 0 "
        "AND e.kind = 'review' AND e.period = :p) ORDER BY last_period IS NOT NULL, last_period, a.name",
        s=quarter.start.isoformat(),
        e=quarter.end.isoformat(),
        p=str(quarter),
    )
    return [ReviewDue(a, name, str(quarter), due_on, last) for a, name, last in rows]


# --- attack/defence segmentation ----------------------------------------------------------


@dataclass(frozen=True)
class SegmentPoint:
    """One account on the attack/defence chart."""

    account_id: str
    name: str
    potential: Decimal | None
    share: float | None
    share_source: str | None  # computed / entered
    strategy: str | None  # None: cannot be placed
    visits: int  # visits, meetings and calls in the allocation window
    pipeline: Decimal  # open project amounts
    reason: Reason


@dataclass(frozen=True)
class SegmentationView:
    """The chart's points, counts per strategy, and the resource-allocation summary."""

    as_of: dt.date
    points: tuple[SegmentPoint, ...]
    counts: dict[str, int]
    allocation: tuple[PostureEffort, ...]
    min_potential: float
    high_potential: float
    high_share: float
    allocation_window_days: int = 90  # visits, meetings and calls counted over these days


def segmentation_view(uow: UnitOfWork, *, as_of: dt.date) -> SegmentationView:
    """Every live account placed in the attack/defence model on ``as_of``."""
    s = channel_settings(uow)
    # Every account invoiced up to ``as_of``: its net sales in the share window (0 when it
    # bought nothing in it, so a lapsed account's computed share is 0 %, not its entered one).
    invoiced = dict(
        _rows(
            uow,
            f"SELECT account_id, {_WINDOW_SALES} FROM invoices{_SCAN} "
            "WHERE deleted = 0 AND issued_on <= :end GROUP BY account_id",
            start=(as_of - dt.timedelta(days=s.share_window_days)).isoformat(),
            end=as_of.isoformat(),
        ).all()
    )
    visits = dict(
        _rows(
            uow,
            "SELECT account_id, COUNT(*) FROM activities WHERE deleted = 0 "
            f"AND kind IN {_CONTACT_KINDS} AND occurred_at >= :start AND occurred_at < :end "
            "GROUP BY account_id",
            start=(as_of - dt.timedelta(days=s.allocation_window_days)).isoformat(),
            end=(as_of + dt.timedelta(days=1)).isoformat(),
        ).all()
    )
    pipeline = dict(
        _rows(
            uow,
            "SELECT account_id, SUM(amount) FROM projects WHERE deleted = 0 AND status = 'open' "
            "GROUP BY account_id",
        ).all()
    )
    points = []
    for account_id, name, potential_cents, entered in _rows(
        uow,
        "SELECT id, name, purchase_potential, share_of_customer FROM accounts "
        "WHERE deleted = 0 ORDER BY name",
    ):
        potential = _money(potential_cents) if potential_cents is not None else None
        sold = invoiced.get(account_id)
        share = share_of_customer(
            potential, entered, _money(sold) if sold is not None else None, s.share_window_days
        )
        strategy = segment(potential, share.percent, s)
        points.append(
            SegmentPoint(
                account_id,
                name,
                potential,
                share.percent,
                share.source,
                strategy,
                int(visits.get(account_id, 0)),
                _money(pipeline.get(account_id)),
                segment_reason(potential, share.percent, s),
            )
        )
    summary = allocation(
        (AccountEffort(p.strategy, p.visits, p.pipeline) for p in points if p.strategy), s
    )
    return SegmentationView(
        as_of,
        tuple(points),
        counts_by_strategy(p.strategy for p in points),
        summary,
        s.segment_min_potential,
        s.segment_high_potential,
        s.segment_high_share,
        s.allocation_window_days,
    )


# --- churn warnings and forecast ----------------------------------------------------------


@dataclass(frozen=True)
class ChurnWarning:
    """An account that may be slipping away, and why."""

    account_id: str
    account_name: str
    reasons: tuple[Reason, ...]


def churn_warnings(uow: UnitOfWork, *, as_of: dt.date) -> list[ChurnWarning]:
    """Accounts whose ordering gap is well beyond their usual interval or whose collection
    slows, by name."""
    s = channel_settings(uow)
    orders: dict[str, list[dt.date]] = defaultdict(list)
    for account_id, day in _rows(
        uow,
        "SELECT DISTINCT account_id, issued_on FROM invoices WHERE deleted = 0 "
        "AND COALESCE(kind, 'invoice') = 'invoice' AND issued_on <= :d",
        d=as_of.isoformat(),
    ):
        orders[account_id].append(dt.date.fromisoformat(day))
    found, _ = open_ledgers(uow, as_of=as_of, settings=s)  # owing nothing: not slowing
    names = dict(_rows(uow, "SELECT id, name FROM accounts WHERE deleted = 0").all())
    out = []
    for account_id, name in names.items():
        reasons = []
        gap = ordering_gap(orders.get(account_id, []), as_of, s)
        if gap:
            reasons.append(gap)
        ledger = found.get(account_id)
        if ledger:
            reasons.extend(w for w in ledger.warnings if w.code == "collection_slowing")
        if reasons:
            out.append(ChurnWarning(account_id, name, tuple(reasons)))
    out.sort(key=lambda w: w.account_name)
    return out


@dataclass(frozen=True)
class AccountForecast:
    """One account's forecast for the quarter, beside what it has invoiced so far."""

    account_id: str
    account_name: str
    forecast: Forecast
    invoiced_so_far: Decimal


@dataclass(frozen=True)
class ForecastView:
    """The quarter's forecast per account (largest first) and in total."""

    period: str
    accounts: tuple[AccountForecast, ...]
    total: Forecast
    invoiced_so_far: Decimal


def forecast_view(
    uow: UnitOfWork, *, as_of: dt.date, churned: Collection[str] | None = None
) -> ForecastView:
    """The forecast of the quarter ``as_of`` falls in, per account with sales or pipeline.

    Accounts under a churn warning (``churned``: their ids; None: worked out with
    :func:`churn_warnings`) get no run-rate for the rest of the quarter, in their own
    forecast and in the total."""
    s = channel_settings(uow)
    if churned is None:
        churned = {w.account_id for w in churn_warnings(uow, as_of=as_of)}
    churned = set(churned)
    quarter = Quarter.of(as_of)
    history = [quarter.previous(k) for k in range(s.run_rate_quarters, 0, -1)]
    sums = ", ".join(
        f"SUM(CASE WHEN issued_on BETWEEN '{q.start}' AND '{q.end}' AND project_id IS NULL "
        "THEN amt ELSE 0 END)"
        for q in history
    )
    quarterly: dict[str, list[Decimal]] = {}
    so_far: dict[str, Decimal] = {}
    for row in _rows(
        uow,
        f"SELECT account_id, {sums}, SUM(CASE WHEN issued_on BETWEEN :s AND :d THEN amt ELSE 0 END) "
        "FROM (SELECT account_id, issued_on, project_id, "
        "CASE WHEN kind = 'credit_note' THEN -amount ELSE amount END AS amt FROM invoices "
        "WHERE deleted = 0 AND issued_on >= :h) GROUP BY account_id",
        h=history[0].start.isoformat(),
        s=quarter.start.isoformat(),
        d=as_of.isoformat(),
    ):
        quarterly[row[0]] = [_money(v) for v in row[1:-1]]
        so_far[row[0]] = _money(row[-1])
    projects: dict[str, list[OpenProject]] = defaultdict(list)
    for account_id, amount, step, close in _rows(
        uow,
        "SELECT account_id, amount, step, expected_close FROM projects "
        "WHERE deleted = 0 AND status = 'open'",
    ):
        projects[account_id].append(
            OpenProject(
                _money(amount) if amount is not None else None,
                step,
                dt.date.fromisoformat(close) if close else None,
            )
        )
    names = dict(_rows(uow, "SELECT id, name FROM accounts WHERE deleted = 0").all())
    days: dict[str, Any] = {
        "days_left": (quarter.end - as_of).days,
        "quarter_days": (quarter.end - quarter.start).days + 1,
    }
    rows = []
    for account_id in (set(quarterly) | set(projects)) & set(names):
        f = forecast(
            quarterly.get(account_id, []),
            projects.get(account_id, []),
            quarter.end,
            s,
            invoiced=so_far.get(account_id, ZERO),
            churned=account_id in churned,
            **days,
        )
        if f.total or so_far.get(account_id):
            rows.append(
                AccountForecast(account_id, names[account_id], f, so_far.get(account_id, ZERO))
            )
    rows.sort(key=lambda r: (-r.forecast.total, r.account_name))
    # The total's run-rate: the accounts not under a churn warning (as per account).
    left_out = {a for a, q in quarterly.items() if a in churned and a in names and any(q)}
    kept = [q for a, q in quarterly.items() if a in names and a not in churned]
    totals = [sum((q[k] for q in kept if len(q) > k), ZERO) for k in range(len(history))]
    all_projects = [p for a, ps in projects.items() if a in names for p in ps]
    invoiced = sum((v for a, v in so_far.items() if a in names), ZERO)
    total = forecast(totals, all_projects, quarter.end, s, invoiced=invoiced, **days)
    if left_out:
        reasons = (*total.reasons, Reason("forecast_churned_accounts", {"accounts": len(left_out)}))
        total = replace(total, reasons=reasons)
    return ForecastView(str(quarter), tuple(rows), total, invoiced)


# --- reminders ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reminder:
    """One item of the Today page's reminders."""

    kind: str  # follow_up, contract, review, overdue_invoice (resources/channel.json)
    due: dt.date
    account_id: str
    account_name: str
    reason: Reason | None  # None for follow-ups: ``what`` says it
    what: str = ""
    source_id: str | None = None  # the activity, project or invoice behind it


@dataclass(frozen=True)
class OverdueTotal:
    """Everything overdue on a day across the portfolio (the Receivables page's total)."""

    invoices: int  # open invoices past their due date
    accounts: int  # accounts with at least one
    amount: Decimal  # their open amount


@dataclass(frozen=True)
class RemindersView:
    """The reminders due on a day, most urgent first, and how many of each kind exist;
    ``overdue`` is all that is overdue (the ``overdue_invoice`` items are only the invoices
    that fell overdue in the last ``overdue_notice_days``)."""

    today: dt.date
    items: tuple[Reminder, ...]
    counts: dict[str, int]
    overdue: OverdueTotal = OverdueTotal(0, 0, ZERO)


def reminders(uow: UnitOfWork, *, today: dt.date, limit: int = REMINDER_LIMIT) -> RemindersView:
    """Follow-ups due, contracts ending within ``contract_warning_days`` (or ended in the
    last 30 days), reviews due and invoices that fell overdue in the last
    ``overdue_notice_days`` days — sorted by due date; and the total overdue."""
    s = channel_settings(uow)
    items: list[Reminder] = [
        Reminder("follow_up", f.due, f.account_id, f.account_name, None, f.what, f.source_id)
        for f in _follow_ups(uow, today)
    ]
    for account_id, name, end in _rows(
        uow,
        "SELECT id, name, contract_end FROM accounts WHERE deleted = 0 "
        "AND contract_end BETWEEN :since AND :until",
        since=(today - dt.timedelta(days=30)).isoformat(),
        until=(today + dt.timedelta(days=s.contract_warning_days)).isoformat(),
    ):
        day = dt.date.fromisoformat(end)
        days = (day - today).days
        reason = (
            Reason("contract_ends", {"date": day.isoformat(), "days": days})
            if days >= 0
            else Reason("contract_ended", {"date": day.isoformat(), "days": -days})
        )
        items.append(Reminder("contract", day, account_id, name, reason))
    for due in reviews_due(uow, today=today):
        items.append(
            Reminder(
                "review",
                due.due_on,
                due.account_id,
                due.account_name,
                Reason("review_due", {"period": due.period}),
            )
        )
    items.extend(_newly_overdue(uow, today, s))
    counts = {k: 0 for k in ("follow_up", "contract", "review", "overdue_invoice")}
    for item in items:
        counts[item.kind] += 1
    items.sort(key=lambda r: (r.due, r.kind, r.account_name))
    return RemindersView(today, tuple(items[:limit]), counts, overdue_total(uow, today=today))


def overdue_total(uow: UnitOfWork, *, today: dt.date) -> OverdueTotal:
    """How many invoices are overdue on ``today``, at how many accounts, for how much: the
    Receivables page's overdue total."""
    found, _ = open_ledgers(uow, as_of=today, settings=channel_settings(uow), history=False)
    late = [ledger.aging for ledger in found.values() if ledger.aging.overdue_count]
    return OverdueTotal(
        sum(a.overdue_count for a in late), len(late), sum((a.overdue for a in late), ZERO)
    )


def _follow_ups(uow: UnitOfWork, day: dt.date) -> list[FollowUp]:
    return follow_ups(uow, today=day)


def _newly_overdue(uow: UnitOfWork, day: dt.date, s: ChannelSettings) -> list[Reminder]:
    since = day - dt.timedelta(days=s.overdue_notice_days)
    candidates = dict(
        _rows(
            uow,
            "SELECT i.account_id, a.name FROM invoices i JOIN accounts a ON a.id = i.account_id "
            "WHERE i.deleted = 0 AND a.deleted = 0 AND COALESCE(i.kind, 'invoice') = 'invoice' "
            "AND i.due_on >= :since AND i.due_on < :d",
            since=since.isoformat(),
            d=day.isoformat(),
        ).all()
    )
    if not candidates:
        return []
    out = []
    for account_id, ledger in ledgers(
        uow, as_of=day, settings=s, account_ids=list(candidates)
    ).items():
        for item in ledger.aging.items:
            if 0 < item.days_overdue <= s.overdue_notice_days:
                out.append(
                    Reminder(
                        "overdue_invoice",
                        item.due_on,
                        account_id,
                        candidates[account_id],
                        Reason(
                            "invoice_overdue",
                            {"number": item.number, "days": item.days_overdue, "amount": item.open},
                        ),
                        source_id=item.id,
                    )
                )
    return out


# --- dashboard ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Dashboard:
    """The figures of the dashboard's charts."""

    as_of: dt.date
    period: str
    funnel: Funnel | None  # the live pipeline: see _pipeline (never None; kept for the type)
    aging: dict[str, Decimal]  # portfolio receivables by bucket
    overdue: Decimal
    balance: Decimal
    dso: float | None
    segments: dict[str, int]  # accounts per strategy (and unplaced)
    quarter_sales: Decimal  # net invoiced this quarter so far
    quarter_target: Decimal  # Σ accounts' annual sales targets ÷ 4
    quarter_elapsed: float  # share of the quarter gone, 0–1 (pace line)


def dashboard(uow: UnitOfWork, *, as_of: dt.date) -> Dashboard:
    """Pipeline by step, receivables aging, segmentation counts and this quarter's sales
    against target, in one read."""
    s = channel_settings(uow)
    quarter = Quarter.of(as_of)
    found, window_sales = open_ledgers(uow, as_of=as_of, settings=s, history=False)
    buckets = {
        b: sum((ledger.aging.buckets[b] for ledger in found.values()), ZERO) for b in BUCKETS
    }
    balance = sum((ledger.aging.balance for ledger in found.values()), ZERO)
    segments = _segment_counts(uow, as_of, s)
    sales, target = _rows(
        uow,
        "SELECT (SELECT SUM(CASE WHEN kind = 'credit_note' THEN -amount ELSE amount END) "
        "FROM invoices WHERE deleted = 0 AND issued_on BETWEEN :s AND :d), "
        "(SELECT SUM(sales_target) FROM accounts WHERE deleted = 0)",
        s=quarter.start.isoformat(),
        d=as_of.isoformat(),
    ).one()
    return Dashboard(
        as_of,
        str(quarter),
        _pipeline(uow),
        buckets,
        sum((ledger.aging.overdue for ledger in found.values()), ZERO),
        balance,
        dso(balance, window_sales, s.dso_window_days),
        segments,
        _money(sales),
        (_money(target) / 4).quantize(Decimal("0.01")),
        min(1.0, ((as_of - quarter.start).days + 1) / quarter.days),
    )


def _segment_counts(uow: UnitOfWork, as_of: dt.date, s: ChannelSettings) -> dict[str, int]:
    strategies = []
    for potential, entered, sold in _rows(
        uow,
        "SELECT a.purchase_potential, a.share_of_customer, inv.sold FROM accounts a LEFT JOIN "
        f"(SELECT account_id, {_WINDOW_SALES} AS sold FROM invoices{_SCAN} "
        "WHERE deleted = 0 AND issued_on <= :end GROUP BY account_id) inv "
        "ON inv.account_id = a.id WHERE a.deleted = 0",
        start=(as_of - dt.timedelta(days=s.share_window_days)).isoformat(),
        end=as_of.isoformat(),
    ):
        value = _money(potential) if potential is not None else None
        share = share_of_customer(
            value, entered, _money(sold) if sold is not None else None, s.share_window_days
        )
        strategies.append(segment(value, share.percent, s))
    return counts_by_strategy(strategies)


def _pipeline(uow: UnitOfWork) -> Funnel:
    """Pipeline by step for the dashboard in one grouped query: the open projects' count and
    amount per step, and won, lost and the win rate, as :func:`domain.funnel.funnel` counts
    them. The conversions and days per step need every project's step history; they are
    the funnel page's (``services.tracker.funnel_figures``) and left None here."""
    count = dict.fromkeys(STEPS, 0)
    amount = dict.fromkeys(STEPS, ZERO)
    closed = {"won": 0, "lost": 0}
    for status, step, n, cents in _rows(
        uow,
        "SELECT p.status, p.step, COUNT(*), SUM(p.amount) FROM projects p "
        "JOIN accounts a ON a.id = p.account_id AND a.deleted = 0 "
        "WHERE p.deleted = 0 GROUP BY p.status, p.step",
    ):
        if step not in count:
            continue
        if status == "open":
            count[step] += n
            amount[step] += _money(cents)
        elif status in closed:
            closed[status] += n
    won, lost = closed["won"], closed["lost"]
    return Funnel(
        tuple(StepFigures(step, count[step], amount[step], None, None) for step in STEPS),
        won / (won + lost) if won + lost else None,
        won,
        lost,
    )
