"""The printed account plan: gathering what it shows, finding accounts, writing plans in batch.

:func:`plan_data` reads one account and everything the plan shows about it into an
:class:`~reports.plan_model.AccountPlanData` (texts in the plan's language), in a handful
of queries scoped to that account, so a plan costs the same on a small or a large database.
The 1+2+1 verdict and risks come from :func:`domain.tracker.assess` (the same rules as the
tracking sheet and the board), profiles from :func:`services.profiling.profile_card`,
receivables from :func:`services.receivables.account_receivables`, the attack/defence
strategy from :mod:`domain.segmentation`.

A **key account** is an account flagged ``is_key_account`` (大客户, set by the rep) or one
with at least one open key-account project: both are accounts the rep plans visits for.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select, text

from domain.late_payment import months_until_profit_is_gone
from domain.segmentation import POSTURE, segment, segment_reason, share_of_customer
from domain.tracker import ProjectFacts, Seat, TrackerRules, assess
from domain.vocabulary import (
    AccountLevel,
    ActivityKind,
    AdvanceKind,
    AllyKind,
    BuyingRole,
    CallOutcome,
    ChannelType,
    CooperationMode,
    CreditRating,
    LifecycleStage,
    OrgLevel,
    PoliticalStyle,
    Posture,
    PurchaseFactor,
    Region,
    SalesStep,
    Stance,
    StandardTag,
    Strategy,
    TrafficLight,
    label,
)
from reports import plan_model as pm
from reports.plan_texts import day, money, percent, plan_text
from services.profiling import profile_card
from services.receivables import account_receivables, channel_settings
from services.tracker import open_project_facts, tracker_rules
from storage.database import Database
from storage.models import Account, Rep
from storage.uow import NotFound, UnitOfWork

__all__ = [
    "AccountMatch",
    "BatchResult",
    "all_accounts",
    "find_accounts",
    "key_accounts",
    "plan_data",
    "plan_file_name",
    "write_plan",
    "write_plans",
]

PLAN_DAYS = 90  # the plan covers the next three months
MAX_CALLS = 5
MAX_OTHER_CONTACTS = 60
MAX_ACTIONS = 40
MAX_OBJECTIVES = 10
STALE_DAYS = pm.STALE_DAYS  # next steps overdue longer than this are counted, not listed
_STEPS = [s.value for s in SalesStep]


@dataclass(frozen=True)
class AccountMatch:
    """An account found by id or name."""

    id: str
    name: str
    city: str | None
    is_key_account: bool


@dataclass(frozen=True)
class BatchResult:
    """What a batch of plans wrote, and the accounts it could not write."""

    written: tuple[Path, ...]
    failed: tuple[tuple[str, str], ...]  # (account name, reason)


# --- finding accounts ------------------------------------------------------------------


def find_accounts(uow: UnitOfWork, id_or_name: str) -> list[AccountMatch]:
    """Live accounts matching ``id_or_name``: the account with that id, else the one with
    exactly that name (or short name), else every account whose name contains it; by name."""
    query = id_or_name.strip()
    if not query:
        return []
    cols = (Account.id, Account.name, Account.city, Account.is_key_account)
    live = Account.deleted.is_(False)
    s = uow.session
    for where in (
        Account.id == query,
        (Account.name == query) | (Account.short_name == query),
        Account.name.contains(query, autoescape=True)
        | Account.short_name.contains(query, autoescape=True),
    ):
        rows = s.execute(select(*cols).where(live, where).order_by(Account.name)).all()
        if rows:
            return [AccountMatch(r[0], r[1], r[2], bool(r[3])) for r in rows]
    return []


def key_accounts(uow: UnitOfWork) -> list[AccountMatch]:
    """The key accounts (see the module text), by name."""
    rows = uow.session.execute(
        text(
            "SELECT id, name, city, is_key_account FROM accounts WHERE deleted = 0 AND "
            "(is_key_account = 1 OR id IN (SELECT account_id FROM projects "
            "WHERE deleted = 0 AND status = 'open')) ORDER BY name"
        )
    ).all()
    return [AccountMatch(r[0], r[1], r[2], bool(r[3])) for r in rows]


def all_accounts(uow: UnitOfWork) -> list[AccountMatch]:
    """Every live account, by name (the batch export's pick list)."""
    rows = uow.session.execute(
        select(Account.id, Account.name, Account.city, Account.is_key_account)
        .where(Account.deleted.is_(False))
        .order_by(Account.name)
    ).all()
    return [AccountMatch(r[0], r[1], r[2], bool(r[3])) for r in rows]


# --- the plan's data -------------------------------------------------------------------


def _label(enum: Any, code: str | None, lang: str) -> str:
    if not code:
        return ""
    try:
        return label(enum(code), lang)
    except ValueError:
        return code


def _money(cents: int | None) -> Decimal:
    return Decimal(cents or 0).scaleb(-2)


def _day(value: Any) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def plan_data(uow: UnitOfWork, account_id: str, *, today: dt.date, lang: str) -> pm.AccountPlanData:
    """Everything the account plan of ``account_id`` shows, on ``today``, in ``lang``.

    Raises :class:`~storage.uow.NotFound` for an unknown or deleted account.
    """
    account = uow.get(Account, account_id)
    rep = uow.session.get(Rep, account.owner_rep_id) if account.owner_rep_id else None
    reps: dict[str, str] = {
        r[0]: r[1] for r in uow.session.execute(text("SELECT id, display_name FROM reps"))
    }
    rules = tracker_rules(uow)
    loaded = _Loaded.load(uow, account_id, rules)
    cards = {cid: profile_card(uow, cid, lang) for cid in _key_contacts(loaded)}
    badges = {cid: c.score.badge for cid, c in cards.items() if c.score is not None}
    projects = tuple(_project(p, loaded, badges, reps, rules, today, lang) for p in loaded.projects)
    people, others = _people(loaded, cards, lang)
    try:
        credit: pm.Credit | None = _credit(uow, account_id, today, lang)
    except (ImportError, AttributeError):  # the receivables module is being reworked
        credit = None
    overview = _overview(uow, account, loaded, today, lang)
    actions, stale = _actions(loaded, reps, account, today)
    return pm.AccountPlanData(
        lang=lang,
        account_name=account.name,
        short_name=account.short_name or "",
        rep_name=rep.display_name if rep and not rep.deleted else "",
        today=today,
        period_start=today,
        period_end=today + dt.timedelta(days=PLAN_DAYS),
        overview=overview,
        projects=projects,
        people=people,
        other_contacts=others,
        credit=credit,
        objectives=_objectives(overview, projects, people, credit, today, lang),
        actions=actions,
        notes=account.notes or "",
        stale_actions=len(stale),
        stale_since=min((a.due for a in stale if a.due is not None), default=None),
    )


@dataclass
class _Loaded:
    """The account's open projects, contacts and activities as raw rows, and what the
    1+2+1 rules judge of each project (:func:`services.tracker.open_project_facts`)."""

    projects: list[Any]
    contacts: dict[str, Any]
    seats: dict[str, list[Seat]]
    activities: list[Any]
    facts: dict[str, ProjectFacts]

    @classmethod
    def load(cls, uow: UnitOfWork, account_id: str, rules: TrackerRules) -> _Loaded:
        raw = uow.session.connection().connection.driver_connection
        assert raw is not None
        q = {"a": account_id}
        projects = raw.execute(
            "SELECT id, name, amount, expected_close, step, status, rep_id, next_step, "
            "next_step_due, created_at, factor_value, factor_need, factor_price, "
            "factor_trust, factor_experience, factor_value_note, factor_need_note, "
            "factor_price_note, factor_trust_note, factor_experience_note, need_vs_want "
            "FROM projects WHERE deleted = 0 AND status = 'open' AND account_id = :a "
            "ORDER BY expected_close IS NULL, expected_close, name",
            q,
        ).fetchall()
        contacts = {
            r[0]: r
            for r in raw.execute(
                "SELECT id, name, title, department, org_level, phone, ally_kind, "
                "political_style FROM contacts WHERE deleted = 0 AND account_id = :a "
                "ORDER BY name",
                q,
            ).fetchall()
        }
        activities = raw.execute(
            "SELECT id, project_id, kind, occurred_at, contact_ids, subject, outcome, "
            "advance_kind, advance_on, next_step, next_step_due, next_step_done, rep_id "
            "FROM activities WHERE deleted = 0 AND account_id = :a "
            "ORDER BY occurred_at DESC, created_at DESC",
            q,
        ).fetchall()
        facts = open_project_facts(uow, account_id, rules=rules)
        seats = {pid: list(f.seats) for pid, f in facts.items()}
        return cls(list(projects), contacts, seats, list(activities), facts)


def _seat_view(seat: Seat, badges: dict[str, str], lang: str) -> pm.SeatView:
    return pm.SeatView(
        name=seat.contact_name,
        title=seat.title or "",
        org_level=_label(OrgLevel, seat.org_level, lang),
        stance=seat.stance,
        stance_label=_label(Stance, seat.stance, lang),
        influence=seat.influence,
        relationship=seat.relationship,
        badge=badges.get(seat.contact_id, ""),
    )


def _project(
    p: Any,
    loaded: _Loaded,
    badges: dict[str, str],
    reps: dict[str, str],
    rules: TrackerRules,
    today: dt.date,
    lang: str,
) -> pm.ProjectPlan:
    pid = p[0]
    facts = loaded.facts[pid]
    seats = facts.seats
    calls = [a for a in loaded.activities if a[1] == pid]
    v, risks = assess(facts, today, rules)
    roles = tuple(
        pm.RoleSlot(
            role=role,
            label=_label(BuyingRole, role, lang),
            seats=tuple(_seat_view(s, badges, lang) for s in _ranked(seats, role)),
            won=any(s.role == role and s.stance == "support" for s in seats),
        )
        for role in pm.ROLE_ORDER
    )
    names = {cid: c[1] for cid, c in loaded.contacts.items()}
    lines = []
    for a in calls[:MAX_CALLS]:
        people = [names[c] for c in _ids(a[4]) if c in names]
        lines.append(
            pm.CallLine(
                day=_day(a[3]) or today,
                kind=_label(ActivityKind, a[2], lang),
                subject=a[5] or "",
                outcome=_label(CallOutcome, a[6], lang),
                outcome_code=a[6],
                advance=_label(AdvanceKind, a[7], lang),
                people="、".join(people) if lang == "zh_CN" else ", ".join(people),
                next_step=a[9] or "",
            )
        )
    factors = tuple(
        pm.Factor(_label(PurchaseFactor, f.value, lang), p[10 + i], p[15 + i] or "")
        for i, f in enumerate(PurchaseFactor)
    )
    status = v.status.value if isinstance(v.status, TrafficLight) else str(v.status)
    return pm.ProjectPlan(
        name=p[1],
        amount=None if p[2] is None else _money(p[2]),
        expected_close=_day(p[3]),
        step_index=_STEPS.index(p[4]) + 1 if p[4] in _STEPS else 1,
        step=_label(SalesStep, p[4], lang),
        step_entered_on=facts.step_entered_on,
        owner=reps.get(p[6], "") if p[6] else "",
        verdict_status=status,
        verdict_label=label(TrafficLight(status), lang),
        holds=v.holds,
        roles_won=v.roles_won,
        roles_needed=rules.min_roles_won,
        has_guide=v.has_guide,
        has_rep=v.has_rep,
        missing=tuple(f.text(lang) for f in v.missing),
        risks=tuple(f.text(lang) for f in risks if f.code not in {m.code for m in v.missing}),
        roles=roles,
        guides=tuple(_seat_view(s, badges, lang) for s in _ranked(seats, AllyKind.GUIDE.value)),
        insiders=tuple(_seat_view(s, badges, lang) for s in _ranked(seats, AllyKind.INSIDER.value)),
        factors=factors,
        need_vs_want=p[20] or "",
        calls=tuple(lines),
        next_step=p[7] or "",
        next_step_due=_day(p[8]),
    )


def _ranked(seats: Iterable[Seat], role: str) -> list[Seat]:
    order = {"support": 0, "neutral": 1, "oppose": 2}
    return sorted(
        (s for s in seats if s.role == role),
        key=lambda s: (order.get(s.stance, 1), -(s.influence or 0), s.contact_name),
    )


def _ids(raw: Any) -> list[str]:
    if not raw:
        return []
    try:
        value = json.loads(raw) if isinstance(raw, str) else raw
    except ValueError:
        return []
    return [str(v) for v in value] if isinstance(value, list) else []


# --- people ------------------------------------------------------------------------------

_ROLE_RANK = {
    "decision_maker": 0,
    "guide": 1,
    "gatekeeper": 2,
    "user": 3,
    "purchaser": 4,
    "insider": 5,
}
_LEVEL_RANK = {"top": 0, "middle": 1, "base": 2}


def _key_contacts(loaded: _Loaded) -> list[str]:
    """Contacts holding a role on an open project, allies and top-level people, most
    important first (decision makers and guides, then by org level, then by name)."""
    rank: dict[str, int] = {}
    for seats in loaded.seats.values():
        for s in seats:
            rank[s.contact_id] = min(rank.get(s.contact_id, 9), _ROLE_RANK.get(s.role, 6))
    for cid, c in loaded.contacts.items():
        if c[6] or c[4] == "top":
            rank.setdefault(cid, 7)
    return sorted(
        rank,
        key=lambda cid: (
            rank[cid],
            _LEVEL_RANK.get(loaded.contacts[cid][4] or "", 3),
            loaded.contacts[cid][1],
        ),
    )


def _people(
    loaded: _Loaded, cards: dict[str, Any], lang: str
) -> tuple[tuple[pm.Person, ...], tuple[pm.OtherContact, ...]]:
    names = {p[0]: p[1] for p in loaded.projects}
    held: dict[str, list[str]] = defaultdict(list)
    for pid, seats in loaded.seats.items():
        for s in seats:
            kind = AllyKind if s.role in {a.value for a in AllyKind} else BuyingRole
            role = _label(kind, s.role, lang)
            held[s.contact_id].append(
                f"{role} · {names.get(pid, '')} · {_label(Stance, s.stance, lang)}"
            )
    people = []
    for cid, card in cards.items():
        c = loaded.contacts[cid]
        profile = None
        if card.score is not None and card.assessment is not None:
            scores = tuple(card.score.score(q) for q in "ABCD")
            profile = pm.Profile(
                scores=(scores[0], scores[1], scores[2], scores[3]),
                code=card.score.code_text,
                badge=card.score.badge,
                kind_label=card.status,
                assessed_on=card.assessment.assessed_on,
                confidence=card.assessment.confidence,
                combination=card.score.combination_name,
            )
        advice = [i.text for i in card.communication[:4]]
        if card.political is not None:
            advice += [i.text for i in card.political.advice[:2]]
        people.append(
            pm.Person(
                name=c[1],
                title=c[2] or "",
                department=c[3] or "",
                org_level=_label(OrgLevel, c[4], lang),
                phone=c[5] or "",
                ally=_label(AllyKind, c[6], lang),
                roles=tuple(held.get(cid, ())),
                profile=profile,
                political=_label(PoliticalStyle, c[7], lang),
                political_nature=_nature(card.political.nature, _label(PoliticalStyle, c[7], lang))
                if card.political
                else "",
                communicate=tuple(advice),
                clashes=tuple(x.advice.text for x in card.clashes[:2]),
            )
        )
    others = tuple(
        pm.OtherContact(c[1], c[2] or "", _label(OrgLevel, c[4], lang), c[5] or "")
        for cid, c in loaded.contacts.items()
        if cid not in cards
    )[:MAX_OTHER_CONTACTS]
    return tuple(people), others


def _nature(nature: str, style: str) -> str:
    """A political style's description without the lead word the style's name already
    says: "Wise: knows where power lies…" under "Owl (wise)" prints "knows where…"."""
    for sep in ("：", ": "):
        head, found, rest = nature.partition(sep)
        if found and rest and len(head) <= 12 and head.strip().lower() in style.lower():
            rest = rest.strip()
            return rest[:1].upper() + rest[1:]
    return nature


# --- overview, credit ----------------------------------------------------------------------


def _sales(uow: UnitOfWork, account_id: str, start: dt.date, end: dt.date) -> Decimal | None:
    """Net invoiced sales (credit notes subtracted) issued from ``start`` to ``end``
    inclusive; None when nothing was issued."""
    cents = uow.session.execute(
        text(
            "SELECT SUM(CASE WHEN kind = 'credit_note' THEN -amount ELSE amount END) "
            "FROM invoices WHERE deleted = 0 AND account_id = :a "
            "AND issued_on >= :s AND issued_on <= :e"
        ),
        {"a": account_id, "s": start.isoformat(), "e": end.isoformat()},
    ).scalar()
    return None if cents is None else _money(cents)


def _same_day_last_year(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


def _margin(uow: UnitOfWork, account_id: str) -> tuple[float | None, str | None]:
    """The gross margin entered in the latest quarterly review that has one."""
    rows = uow.session.execute(
        text(
            "SELECT scores, period FROM evaluations WHERE deleted = 0 AND account_id = :a "
            "AND kind = 'review' ORDER BY evaluated_on DESC, created_at DESC"
        ),
        {"a": account_id},
    ).all()
    for scores, period in rows:
        data = json.loads(scores) if isinstance(scores, str) else scores
        value = (data or {}).get("values", {}).get("gross_margin")
        if isinstance(value, int | float):
            return float(value), period
    return None, None


def _overview(
    uow: UnitOfWork, account: Account, loaded: _Loaded, today: dt.date, lang: str
) -> pm.Overview:
    start = dt.date(today.year, 1, 1)
    ytd = _sales(uow, account.id, start, today) or Decimal(0)
    last = _sales(uow, account.id, dt.date(today.year - 1, 1, 1), _same_day_last_year(today))
    target = account.sales_target
    settings = channel_settings(uow)
    window = _sales(
        uow, account.id, today - dt.timedelta(days=settings.share_window_days - 1), today
    )
    potential = account.purchase_potential
    share = share_of_customer(
        potential, account.share_of_customer, window, settings.share_window_days
    )
    code = segment(potential, share.percent, settings)
    margin, margin_period = _margin(uow, account.id)
    pipeline = sum((_money(p[2]) for p in loaded.projects if p[2] is not None), Decimal(0))
    place = " ".join(
        x for x in (_label(Region, account.region, lang), account.province, account.city) if x
    )
    tags = []
    for tag in account.tags or []:
        try:
            tags.append(label(StandardTag(tag), lang))
        except ValueError:
            tags.append(str(tag))
    return pm.Overview(
        channel_type=_label(ChannelType, account.channel_type, lang),
        cooperation_mode=_label(CooperationMode, account.cooperation_mode, lang),
        level=_label(AccountLevel, account.level, lang),
        lifecycle_stage=_label(LifecycleStage, account.lifecycle_stage, lang),
        region=place,
        industry=account.industry or "",
        key_account=bool(account.is_key_account),
        tags=tuple(tags),
        credit_rating=_label(CreditRating, account.credit_rating, lang),
        payment_terms_days=account.payment_terms_days,
        contract_end=account.contract_end,
        address=account.address or "",
        phone=account.phone or "",
        figures=pm.Figures(
            year=today.year,
            sales_ytd=ytd,
            target=target,
            vs_target=round(float(ytd / target * 100), 1) if target else None,
            sales_last_year_same_period=last or Decimal(0),
            growth=round(float((ytd / last - 1) * 100), 1) if last else None,
            margin=margin,
            margin_period=margin_period,
            pipeline=pipeline,
            open_projects=len(loaded.projects),
        ),
        strategy=pm.Strategy(
            code=code,
            label=label(Strategy(code), lang) if code else plan_text("strategy_unplaced", lang),
            posture=label(Posture(POSTURE[code]), lang) if code else "",
            potential=potential,
            share=share.percent,
            reason=segment_reason(potential, share.percent, settings).text(lang),
        ),
    )


def _credit(uow: UnitOfWork, account_id: str, today: dt.date, lang: str) -> pm.Credit:
    ar = account_receivables(uow, account_id, as_of=today)
    r, calc = ar.row, ar.calculators
    overdue = sorted(
        (i for i in ar.items if i.days_overdue > 0), key=lambda i: (-i.days_overdue, i.number)
    )
    return pm.Credit(
        limit=r.credit_limit,
        balance=r.balance,
        used=r.credit_used,
        terms_days=r.payment_terms_days,
        rating=_label(CreditRating, r.credit_rating, lang),
        buckets=tuple((plan_text(f"bucket_{code}", lang), r.buckets[code]) for code in r.buckets),
        overdue=r.overdue,
        dso=r.dso,
        dso_history=tuple(ar.dso_history),
        overdue_invoices=tuple(
            pm.OverdueLine(i.number, i.issued_on, i.due_on, i.open, i.days_overdue) for i in overdue
        ),
        warnings=tuple(w.text(lang) for w in r.warnings),
        net_margin=calc.net_margin,
        borrowing_rate=calc.borrowing_rate,
        cost_of_delay=calc.cost_of_delay_so_far,
        profit_left_on_overdue=calc.profit_left_on_overdue,
        months_until_profit_gone=calc.months_until_profit_gone
        or months_until_profit_is_gone(calc.net_margin, calc.borrowing_rate),
        bad_debt_risk=calc.bad_debt_loss,
        extra_sales_needed=calc.extra_sales_needed,
        average_days_overdue=calc.average_days_overdue,
    )


# --- objectives and actions ----------------------------------------------------------------


def _actions(
    loaded: _Loaded, reps: dict[str, str], account: Account, today: dt.date
) -> tuple[tuple[pm.Action, ...], list[pm.Action]]:
    """The open next steps to list (at most :data:`MAX_ACTIONS`, by date), and those
    overdue by more than :data:`STALE_DAYS`, which the plan only counts."""
    default_owner = reps.get(account.owner_rep_id or "", "")
    out: list[pm.Action] = []
    for p in loaded.projects:
        if p[7]:
            due = _day(p[8])
            owner = reps.get(p[6] or "", default_owner)
            out.append(pm.Action(p[7], p[1], owner, due, due is not None and due < today))
    names = {cid: c[1] for cid, c in loaded.contacts.items()}
    projects = {p[0]: p[1] for p in loaded.projects}
    for a in loaded.activities:
        if not a[9] or a[11]:
            continue
        due = _day(a[10])
        people = [names[c] for c in _ids(a[4]) if c in names]
        about = projects.get(a[1] or "") or " ".join(people[:3])
        owner = reps.get(a[12] or "", default_owner)
        out.append(pm.Action(a[9], about, owner, due, due is not None and due < today))
    out.sort(key=lambda x: (x.due is None, x.due or today, x.about))
    stale_before = today - dt.timedelta(days=STALE_DAYS)
    stale = [a for a in out if a.due is not None and a.due < stale_before]
    listed = [a for a in out if a.due is None or a.due >= stale_before]
    return tuple(listed[:MAX_ACTIONS]), stale


def _objectives(
    overview: pm.Overview,
    projects: Sequence[pm.ProjectPlan],
    people: Sequence[pm.Person],
    credit: pm.Credit | None,
    today: dt.date,
    lang: str,
) -> tuple[str, ...]:
    f = overview.figures
    out: list[str] = []
    if f.target and f.sales_ytd < f.target:
        out.append(
            plan_text(
                "obj_target", lang, gap=money(f.target - f.sales_ytd), pct=percent(f.vs_target)
            )
        )
    for p in projects:
        amount = money(p.amount)
        if p.expected_close and p.expected_close < today:
            key = "obj_close_passed"  # the date has gone by: agree a new one
            out.append(
                plan_text(key, lang, project=p.name, amount=amount, day=day(p.expected_close))
            )
        elif p.expected_close:
            out.append(
                plan_text(
                    "obj_close", lang, project=p.name, amount=amount, day=day(p.expected_close)
                )
            )
        else:
            out.append(plan_text("obj_close_nodate", lang, project=p.name, amount=amount))
        if p.missing:
            out.append(plan_text("obj_fix", lang, project=p.name, finding=p.missing[0]))
    if credit is not None and credit.overdue > 0:
        oldest = max((i.days_overdue for i in credit.overdue_invoices), default=0)
        out.append(plan_text("obj_collect", lang, amount=money(credit.overdue), days=oldest))
    unprofiled = [p.name for p in people if p.profile is None]
    if unprofiled:
        sep = "、" if lang == "zh_CN" else ", "
        out.append(
            plan_text("obj_profile", lang, count=len(unprofiled), names=sep.join(unprofiled[:5]))
        )
    return tuple(out[:MAX_OBJECTIVES])


# --- writing plans ---------------------------------------------------------------------------

_UNSAFE = set('/\\:*?"<>|')


def plan_file_name(account_name: str, lang: str) -> str:
    """A safe file name for an account's plan: ``杭州电子设备有限公司 客户计划.pdf``."""
    clean = "".join("_" if ch in _UNSAFE or ord(ch) < 32 else ch for ch in account_name)
    clean = " ".join(clean.split()).strip(" .")[:80] or "account"
    return f"{clean} {plan_text('doc_title', lang)}.pdf"


def write_plan(db: Database, account_id: str, out: Path | str, *, today: dt.date, lang: str) -> int:
    """Write the plan of ``account_id`` to ``out``; returns its number of pages."""
    from reports.account_plan import render_plan

    with UnitOfWork(db, write=False) as uow:
        data = plan_data(uow, account_id, today=today, lang=lang)
    return render_plan(data, out)


def write_plans(
    db: Database,
    account_ids: Sequence[str],
    out_dir: Path | str,
    lang: str,
    progress: Callable[[int, int], None] | None = None,
    *,
    today: dt.date | None = None,
) -> BatchResult:
    """Write one plan per account into ``out_dir`` (created if need be), one file each.

    ``progress(done, total)`` is called before the first plan and after each; it may raise
    (a cancel) to stop the batch: plans already written stay, none is left half-written.
    An account that vanished is reported in ``failed`` and the batch goes on.
    """
    from reports.account_plan import render_plan

    day = today or dt.date.today()
    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    total = len(account_ids)
    written: list[Path] = []
    failed: list[tuple[str, str]] = []
    used: set[str] = set()
    if progress:
        progress(0, total)
    for done, account_id in enumerate(account_ids, start=1):
        try:
            with UnitOfWork(db, write=False) as uow:
                data = plan_data(uow, account_id, today=day, lang=lang)
        except NotFound as exc:
            failed.append((account_id, str(exc)))
        else:
            name = plan_file_name(data.account_name, lang)
            if name in used:
                name = f"{name[:-4]} {account_id[:8]}.pdf"
            used.add(name)
            path = folder / name
            render_plan(data, path)
            written.append(path)
        if progress:
            progress(done, total)
    return BatchResult(tuple(written), tuple(failed))
