"""What an account plan shows, as plain values: the tree :func:`reports.account_plan.render_plan`
draws and :func:`services.account_plan.plan_data` builds.

Every text is already in the plan's language (enum labels, findings, advice); amounts are
``Decimal`` yuan, percentages floats, dates ``datetime.date``. Nothing here touches a
database, Qt or reportlab, so the tree can be built in a worker and rendered anywhere.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

ROLE_ORDER = ("decision_maker", "gatekeeper", "user", "purchaser")
STALE_DAYS = 90  # next steps overdue longer than this are counted in the plan, not listed


@dataclass(frozen=True)
class Figures:
    """The account's key figures for the plan's year (``None``: not known)."""

    year: int
    sales_ytd: Decimal
    target: Decimal | None  # the account's annual sales target
    vs_target: float | None  # sales so far ÷ target, %
    sales_last_year_same_period: Decimal
    growth: float | None  # % against the same days of last year
    margin: float | None  # gross margin % from the latest quarterly review
    margin_period: str | None  # the review's quarter, e.g. 2026Q3
    pipeline: Decimal  # open project amounts
    open_projects: int


@dataclass(frozen=True)
class Strategy:
    """Where the attack/defence model puts the account."""

    code: str | None  # acquire … abandon; None when it cannot be placed
    label: str
    posture: str  # the posture's label (attack, defend, maintain)
    potential: Decimal | None
    share: float | None  # share of customer, %
    reason: str


@dataclass(frozen=True)
class Overview:
    """The account's classification, figures and strategy."""

    channel_type: str
    cooperation_mode: str
    level: str
    lifecycle_stage: str
    region: str  # region, province and city in one line
    industry: str
    key_account: bool
    tags: tuple[str, ...]
    credit_rating: str
    payment_terms_days: int | None
    contract_end: dt.date | None
    address: str
    phone: str
    figures: Figures
    strategy: Strategy


@dataclass(frozen=True)
class SeatView:
    """A contact in a role on a project, as the 1+2+1 diagram shows it."""

    name: str
    title: str
    org_level: str  # label; "" when unknown
    stance: str  # support | neutral | oppose
    stance_label: str
    influence: int | None
    relationship: int | None
    badge: str  # whole-brain badge "A·D", "" when not profiled


@dataclass(frozen=True)
class RoleSlot:
    """One of the four buying roles on a project with the contacts holding it."""

    role: str  # BuyingRole code
    label: str
    seats: tuple[SeatView, ...]
    won: bool  # a holder supports us


@dataclass(frozen=True)
class Factor:
    """One of the five purchase factors as the rep rated it (1–5)."""

    label: str
    rating: int | None
    note: str


@dataclass(frozen=True)
class CallLine:
    """A call on a project and how it ended."""

    day: dt.date
    kind: str
    subject: str
    outcome: str  # label, "" when not judged
    outcome_code: str | None
    advance: str  # the advance kind's label, ""
    people: str  # contacts' names
    next_step: str


@dataclass(frozen=True)
class ProjectPlan:
    """One open key-account project: 1+2+1, step, factors, calls, next step."""

    name: str
    amount: Decimal | None
    expected_close: dt.date | None
    step_index: int  # 1–6
    step: str
    step_entered_on: dt.date | None
    owner: str
    verdict_status: str  # green | amber | red
    verdict_label: str
    holds: bool
    roles_won: int
    roles_needed: int  # the "2" of 1+2+1 (a tracker setting)
    has_guide: bool
    has_rep: bool
    missing: tuple[str, ...]
    risks: tuple[str, ...]
    roles: tuple[RoleSlot, ...]  # the four roles in ROLE_ORDER
    guides: tuple[SeatView, ...]
    insiders: tuple[SeatView, ...]
    factors: tuple[Factor, ...]
    need_vs_want: str
    calls: tuple[CallLine, ...]  # newest first
    next_step: str
    next_step_due: dt.date | None


@dataclass(frozen=True)
class Profile:
    """A contact's whole-brain estimate: 0–133 scores of A, B, C, D and their reading."""

    scores: tuple[int, int, int, int]
    code: str  # 1-1-2-2
    badge: str
    kind_label: str  # "thinking-style estimate"
    assessed_on: dt.date
    confidence: int | None
    combination: str


@dataclass(frozen=True)
class Person:
    """A key contact: who they are, their roles, profile, political style, how to talk."""

    name: str
    title: str
    department: str
    org_level: str
    phone: str
    ally: str  # guide / insider label, ""
    roles: tuple[str, ...]  # "决策人 · 项目名 · 支持"
    profile: Profile | None
    political: str  # label, "" when not judged
    political_nature: str
    communicate: tuple[str, ...]  # how to communicate (quadrant advice, political advice)
    clashes: tuple[str, ...]  # where the rep's own style misses this person


@dataclass(frozen=True)
class OtherContact:
    """A contact with no part in an open project: listed, not profiled."""

    name: str
    title: str
    org_level: str
    phone: str


@dataclass(frozen=True)
class OverdueLine:
    """An open invoice that is past due."""

    number: str
    issued_on: dt.date
    due_on: dt.date
    open: Decimal
    days_overdue: int


@dataclass(frozen=True)
class Credit:
    """Credit and collection figures of the account on the plan's day."""

    limit: Decimal | None
    balance: Decimal
    used: float | None  # % of the limit
    terms_days: int | None
    rating: str
    buckets: tuple[tuple[str, Decimal], ...]  # (label, amount) 0–30 … > 90
    overdue: Decimal
    dso: float | None
    dso_history: tuple[tuple[str, float | None], ...]
    overdue_invoices: tuple[OverdueLine, ...]
    warnings: tuple[str, ...]
    net_margin: Decimal  # %
    borrowing_rate: Decimal  # % a year
    cost_of_delay: Decimal  # borrowing cost of the overdue amount so far
    profit_left_on_overdue: Decimal
    months_until_profit_gone: Decimal
    bad_debt_risk: Decimal  # open over 90 days
    extra_sales_needed: Decimal  # to make that up at the net margin
    average_days_overdue: int


@dataclass(frozen=True)
class Action:
    """A next step with its owner and date, for the action plan."""

    what: str
    about: str  # the project or contact it concerns
    owner: str
    due: dt.date | None
    overdue: bool


@dataclass(frozen=True)
class AccountPlanData:
    """Everything one printed account plan shows."""

    lang: str
    account_name: str
    short_name: str
    rep_name: str
    today: dt.date
    period_start: dt.date
    period_end: dt.date
    overview: Overview
    projects: tuple[ProjectPlan, ...] = ()
    people: tuple[Person, ...] = ()
    other_contacts: tuple[OtherContact, ...] = ()
    credit: Credit | None = None  # None: receivables not available
    objectives: tuple[str, ...] = ()
    actions: tuple[Action, ...] = ()
    notes: str = ""  # the account's notes
    # Next steps overdue by more than STALE_DAYS: counted, not listed.
    stale_actions: int = 0
    stale_since: dt.date | None = None  # the oldest of their dates
