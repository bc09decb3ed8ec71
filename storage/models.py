"""The ORM mapping of the rep's database (SQLAlchemy 2.x declarative, typed).

Synced tables derive from :class:`Synced` (id, version, created_at, updated_at, deleted) and
hold the business fields described in ``domain/records.py``; a test keeps both in step.
Local-only tables (pending changes, conflicts, sync state, settings) never leave the machine.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    TypeDecorator,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from domain.ids import new_id


class Money(TypeDecorator[Decimal]):
    """An amount in yuan, kept exactly as an integer number of cents (分)."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Any) -> int | None:
        if value is None:
            return None
        return int((Decimal(value) * 100).to_integral_value())

    def process_result_value(self, value: int | None, dialect: Any) -> Decimal | None:
        if value is None:
            return None
        return (Decimal(value) / 100).quantize(Decimal("0.01"))


def utcnow() -> dt.datetime:
    """The current UTC time, naive (the database stores UTC throughout)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    """Base of every mapped class."""


class Synced(Base):
    """Bookkeeping every synced row carries."""

    __abstract__ = True

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    version: Mapped[int] = mapped_column(Integer, default=0, nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, nullable=False)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, nullable=False)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)


def _fk(target: str, nullable: bool = True) -> Any:
    return mapped_column(String(36), ForeignKey(target), nullable=nullable, index=True)


class Rep(Synced):
    __tablename__ = "reps"
    login: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(100))
    email: Mapped[str | None] = mapped_column(String(200))


class Account(Synced):
    __tablename__ = "accounts"
    name: Mapped[str] = mapped_column(String(200), index=True)
    short_name: Mapped[str | None] = mapped_column(String(50))
    channel_type: Mapped[str] = mapped_column(String(20))
    cooperation_mode: Mapped[str | None] = mapped_column(String(20))
    level: Mapped[str | None] = mapped_column(String(20))
    is_key_account: Mapped[bool] = mapped_column(Boolean, default=False)
    lifecycle_stage: Mapped[str | None] = mapped_column(String(20), default="develop")
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    lead_source: Mapped[str | None] = mapped_column(String(20))
    region: Mapped[str | None] = mapped_column(String(20))
    province: Mapped[str | None] = mapped_column(String(20))
    city: Mapped[str | None] = mapped_column(String(30))
    address: Mapped[str | None] = mapped_column(String(300))
    industry: Mapped[str | None] = mapped_column(String(50))
    phone: Mapped[str | None] = mapped_column(String(40))
    wechat: Mapped[str | None] = mapped_column(String(64))
    email: Mapped[str | None] = mapped_column(String(200))
    website: Mapped[str | None] = mapped_column(String(200))
    owner_rep_id: Mapped[str | None] = _fk("reps.id")
    credit_rating: Mapped[str | None] = mapped_column(String(2))
    credit_limit: Mapped[Decimal | None] = mapped_column(Money)
    payment_terms_days: Mapped[int | None] = mapped_column(Integer)
    purchase_potential: Mapped[Decimal | None] = mapped_column(Money)
    share_of_customer: Mapped[float | None] = mapped_column(Float)
    sales_target: Mapped[Decimal | None] = mapped_column(Money)
    contract_end: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)


class Contact(Synced):
    __tablename__ = "contacts"
    account_id: Mapped[str] = _fk("accounts.id", nullable=False)
    name: Mapped[str] = mapped_column(String(100), index=True)
    title: Mapped[str | None] = mapped_column(String(100))
    department: Mapped[str | None] = mapped_column(String(100))
    org_level: Mapped[str | None] = mapped_column(String(10))
    phone: Mapped[str | None] = mapped_column(String(40))
    wechat: Mapped[str | None] = mapped_column(String(64))
    email: Mapped[str | None] = mapped_column(String(200))
    ally_kind: Mapped[str | None] = mapped_column(String(10))
    political_style: Mapped[str | None] = mapped_column(String(10))
    notes: Mapped[str | None] = mapped_column(Text)


class Project(Synced):
    __tablename__ = "projects"
    account_id: Mapped[str] = _fk("accounts.id", nullable=False)
    name: Mapped[str] = mapped_column(String(200))
    amount: Mapped[Decimal | None] = mapped_column(Money)
    expected_close: Mapped[dt.date | None] = mapped_column(Date)
    step: Mapped[str] = mapped_column(String(20), default="analyse")
    status: Mapped[str] = mapped_column(String(10), default="open", index=True)
    rep_id: Mapped[str | None] = _fk("reps.id")
    factor_value: Mapped[int | None] = mapped_column(Integer)
    factor_need: Mapped[int | None] = mapped_column(Integer)
    factor_price: Mapped[int | None] = mapped_column(Integer)
    factor_trust: Mapped[int | None] = mapped_column(Integer)
    factor_experience: Mapped[int | None] = mapped_column(Integer)
    factor_value_note: Mapped[str | None] = mapped_column(String(1000))
    factor_need_note: Mapped[str | None] = mapped_column(String(1000))
    factor_price_note: Mapped[str | None] = mapped_column(String(1000))
    factor_trust_note: Mapped[str | None] = mapped_column(String(1000))
    factor_experience_note: Mapped[str | None] = mapped_column(String(1000))
    need_vs_want: Mapped[str | None] = mapped_column(String(1000))
    next_step: Mapped[str | None] = mapped_column(String(500))
    next_step_due: Mapped[dt.date | None] = mapped_column(Date)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)


class ProjectRole(Synced):
    __tablename__ = "project_roles"
    project_id: Mapped[str] = _fk("projects.id", nullable=False)
    contact_id: Mapped[str] = _fk("contacts.id", nullable=False)
    role: Mapped[str] = mapped_column(String(20))
    stance: Mapped[str | None] = mapped_column(String(10), default="neutral")
    influence: Mapped[int | None] = mapped_column(Integer)
    relationship: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str | None] = mapped_column(String(2000))


class ProjectStep(Synced):
    __tablename__ = "project_steps"
    # Covering: the tracker reads each project's first step and current-step entry from it.
    __table_args__ = (
        Index("ix_project_steps_entered", "project_id", "step", "entered_on", "deleted"),
    )
    project_id: Mapped[str] = _fk("projects.id", nullable=False)
    step: Mapped[str] = mapped_column(String(20))
    entered_on: Mapped[dt.date] = mapped_column(Date)


class Activity(Synced):
    __tablename__ = "activities"
    __table_args__ = (
        Index("ix_activities_next_step_due", "next_step_due"),
        # Covering, partial: the tracker's judged calls by project, oldest first.
        Index(
            "ix_activities_judged",
            "project_id",
            "occurred_at",
            "outcome",
            "advance_kind",
            "advance_on",
            "deleted",
            sqlite_where=text("deleted = 0 AND outcome IS NOT NULL"),
        ),
    )
    account_id: Mapped[str] = _fk("accounts.id", nullable=False)
    project_id: Mapped[str | None] = _fk("projects.id")
    kind: Mapped[str] = mapped_column(String(20))
    occurred_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    contact_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    subject: Mapped[str | None] = mapped_column(String(200))
    outcome: Mapped[str | None] = mapped_column(String(20))
    advance_kind: Mapped[str | None] = mapped_column(String(20))
    advance_on: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)
    next_step: Mapped[str | None] = mapped_column(String(500))
    next_step_due: Mapped[dt.date | None] = mapped_column(Date)
    next_step_done: Mapped[bool] = mapped_column(Boolean, default=False)
    rep_id: Mapped[str | None] = _fk("reps.id")


class ProfileAssessment(Synced):
    __tablename__ = "profile_assessments"
    contact_id: Mapped[str | None] = _fk("contacts.id")
    rep_id: Mapped[str | None] = _fk("reps.id")
    kind: Mapped[str] = mapped_column(String(10))
    answers: Mapped[Any] = mapped_column(JSON, default=list)
    score_a: Mapped[int | None] = mapped_column(Integer)
    score_b: Mapped[int | None] = mapped_column(Integer)
    score_c: Mapped[int | None] = mapped_column(Integer)
    score_d: Mapped[int | None] = mapped_column(Integer)
    confidence: Mapped[int | None] = mapped_column(Integer)
    assessed_on: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(String(2000))


class Evaluation(Synced):
    __tablename__ = "evaluations"
    account_id: Mapped[str] = _fk("accounts.id", nullable=False)
    kind: Mapped[str] = mapped_column(String(20))
    period: Mapped[str | None] = mapped_column(String(20))
    scores: Mapped[Any] = mapped_column(JSON, default=dict)
    total: Mapped[float | None] = mapped_column(Float)
    recommendation: Mapped[str | None] = mapped_column(String(50))
    evaluated_on: Mapped[dt.date] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)


class Invoice(Synced):
    __tablename__ = "invoices"
    account_id: Mapped[str] = _fk("accounts.id", nullable=False)
    project_id: Mapped[str | None] = _fk("projects.id")
    number: Mapped[str] = mapped_column(String(50))
    kind: Mapped[str | None] = mapped_column(String(20), default="invoice")
    issued_on: Mapped[dt.date] = mapped_column(Date)
    due_on: Mapped[dt.date] = mapped_column(Date, index=True)
    amount: Mapped[Decimal] = mapped_column(Money)
    notes: Mapped[str | None] = mapped_column(String(2000))


class Payment(Synced):
    __tablename__ = "payments"
    account_id: Mapped[str] = _fk("accounts.id", nullable=False)
    invoice_id: Mapped[str | None] = _fk("invoices.id")
    paid_on: Mapped[dt.date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Money)
    method: Mapped[str | None] = mapped_column(String(50))
    notes: Mapped[str | None] = mapped_column(String(2000))


SYNCED_MODELS: dict[str, type[Synced]] = {
    m.__tablename__: m
    for m in (
        Rep,
        Account,
        Contact,
        Project,
        ProjectRole,
        ProjectStep,
        Activity,
        ProfileAssessment,
        Evaluation,
        Invoice,
        Payment,
    )
}


# --- local-only tables -------------------------------------------------------------------


class PendingChange(Base):
    """A local edit not yet accepted by the server (see ``storage/changes.py``).

    One row per edited record while it waits: later edits of the same record coalesce
    into it (``state == 'pending'``). Once a push has picked it up (``state == 'sending'``)
    it is frozen, and a further edit opens a new row, so a retried push never carries
    content the server may already have applied under the same change id.
    """

    __tablename__ = "pending_changes"
    __table_args__ = (Index("ix_pending_changes_row", "table_name", "row_id", "state"),)

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    change_id: Mapped[str] = mapped_column(String(36), unique=True, default=new_id)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36))
    fields: Mapped[dict[str, Any]] = mapped_column(JSON)
    # Edit time of each field whose time differs from ``changed_at`` (the latest edit).
    field_times: Mapped[dict[str, str]] = mapped_column(JSON)
    base_version: Mapped[int] = mapped_column(Integer)
    changed_at: Mapped[dt.datetime] = mapped_column(DateTime)
    state: Mapped[str] = mapped_column(String(10), default="pending")
    reject_reason: Mapped[str | None] = mapped_column(Text)


class Conflict(Base):
    """A value that lost a same-field merge during sync, kept so the rep can restore it."""

    __tablename__ = "conflicts"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36), index=True)
    field: Mapped[str] = mapped_column(String(60))
    kept_value: Mapped[Any] = mapped_column(JSON)
    lost_value: Mapped[Any] = mapped_column(JSON)
    kept_by: Mapped[str | None] = mapped_column(String(64))
    lost_by: Mapped[str | None] = mapped_column(String(64))
    kept_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    lost_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    detected_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)


class SyncState(Base):
    """Key/value state of the sync client (server URL, epoch, checkpoint, last sync)."""

    __tablename__ = "sync_state"
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


class Setting(Base):
    """The rep's settings that belong with his data (thresholds, targets), as JSON values."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


class PinyinCache(Base):
    """Pinyin of names for search ("zs" finds 张三), cached by the text itself.

    A text's pinyin never changes, so entries need no invalidation; the cache only saves
    start-up time on large databases.
    """

    __tablename__ = "pinyin_cache"
    text: Mapped[str] = mapped_column(String(300), primary_key=True)
    full: Mapped[str] = mapped_column(String(1200))
    initials: Mapped[str] = mapped_column(String(300))


class TrackerDigest(Base):
    """One project's 1+2+1 judgement as of its last change (``services/tracker_digests.py``).

    Derived and local: triggers (migration 0004) delete a project's digest whenever anything
    its judgement reads changes (the project, its roles, calls and steps, a contact in a
    role, its rep), and one made under other thresholds (``rules``) counts as missing, so a
    digest present is always current. The tracking sheet reads these instead of judging
    every project again; a missing one is made on the next read.
    """

    __tablename__ = "tracker_digests"

    project_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    rules: Mapped[str] = mapped_column(String(100))  # TrackerRules.fingerprint()
    verdict: Mapped[str] = mapped_column(Text)  # JSON
    risks: Mapped[str] = mapped_column(Text)  # JSON: the flags that do not age
    guide_name: Mapped[str | None] = mapped_column(String(100))
    last_advance_on: Mapped[str | None] = mapped_column(String(10))
    since: Mapped[str | None] = mapped_column(String(10))  # the stall clock's start
    step_entered_on: Mapped[str | None] = mapped_column(String(10))
