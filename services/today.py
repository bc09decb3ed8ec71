"""The rep's day: follow-ups due today or overdue, and the latest logged activities.

A *follow-up* is a next step with a due date that is not done yet: either one agreed in an
activity (``next_step_done`` false) or the next step of an open key-account project. The
functions take a :class:`~storage.uow.UnitOfWork` and an explicit ``today`` (so tests and
demos can fix the date) and return frozen dataclasses the GUI thread can hold.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import func, select

from storage.models import Account, Activity, Project
from storage.uow import UnitOfWork

FollowUpSource = Literal["activity", "project"]
RECENT_LIMIT = 20
FOLLOW_UP_LIMIT = 300  # a longer list is not read; the heading gives the totals


@dataclass(frozen=True)
class FollowUp:
    """A next step due on or before today that is not done yet."""

    due: dt.date
    days_overdue: int  # 0 when due today
    account_id: str
    account_name: str
    what: str
    source: FollowUpSource
    source_id: str  # the activity or project that holds the next step
    project_name: str | None = None

    @property
    def overdue(self) -> bool:
        """Whether the due date has passed."""
        return self.days_overdue > 0


@dataclass(frozen=True)
class RecentActivity:
    """One logged activity, as the Today page lists it."""

    id: str
    occurred_at: dt.datetime  # naive UTC, as stored
    account_id: str
    account_name: str
    kind: str
    outcome: str | None
    subject: str | None


@dataclass(frozen=True)
class TodayView:
    """Everything the Today page shows."""

    today: dt.date
    follow_ups: tuple[FollowUp, ...]  # the first FOLLOW_UP_LIMIT, due today first
    overdue_count: int  # all overdue follow-ups, listed or not
    due_today_count: int
    recent: tuple[RecentActivity, ...]


def _open_activity_steps(today: dt.date) -> tuple[Any, ...]:
    return (
        Activity.deleted.is_(False),
        Account.deleted.is_(False),
        Activity.next_step_done.is_(False),
        Activity.next_step_due.is_not(None),
        Activity.next_step_due <= today,
    )


def _open_project_steps(today: dt.date) -> tuple[Any, ...]:
    return (
        Project.deleted.is_(False),
        Account.deleted.is_(False),
        Project.status == "open",
        Project.next_step_due.is_not(None),
        Project.next_step_due <= today,
    )


def follow_ups(uow: UnitOfWork, *, today: dt.date, limit: int = FOLLOW_UP_LIMIT) -> list[FollowUp]:
    """Open next steps due on or before ``today``: at most ``limit``, due today first, then
    the most recently overdue (the ones still worth saving), then by account name.

    Activity next steps count while not marked done; project next steps while the project
    is open. Records of deleted accounts are left out.
    """
    s = uow.session
    activity_rows = s.execute(
        select(
            Activity.id,
            Activity.next_step_due,
            Activity.next_step,
            Activity.subject,
            Account.id,
            Account.name,
        )
        .join(Account, Account.id == Activity.account_id)
        .where(*_open_activity_steps(today))
        .order_by(Activity.next_step_due.desc())
        .limit(limit)
    )
    found = [
        _follow_up(today, due, account_id, name, step or subject or "", "activity", act_id)
        for act_id, due, step, subject, account_id, name in activity_rows
    ]
    project_rows = s.execute(
        select(
            Project.id,
            Project.name,
            Project.next_step_due,
            Project.next_step,
            Account.id,
            Account.name,
        )
        .join(Account, Account.id == Project.account_id)
        .where(*_open_project_steps(today))
        .order_by(Project.next_step_due.desc())
        .limit(limit)
    )
    found += [
        _follow_up(today, due, account_id, account, step or name, "project", project_id, name)
        for project_id, name, due, step, account_id, account in project_rows
    ]
    found.sort(key=lambda f: (f.days_overdue, f.account_name, f.what))
    return found[:limit]


def follow_up_counts(uow: UnitOfWork, *, today: dt.date) -> tuple[int, int]:
    """How many follow-ups are overdue and how many are due ``today``, all of them."""
    overdue = due_today = 0
    for model, conditions in (
        (Activity, _open_activity_steps(today)),
        (Project, _open_project_steps(today)),
    ):
        query = (
            select(func.count())
            .select_from(model)
            .join(Account, Account.id == model.account_id)
            .where(*conditions)
        )
        overdue += uow.session.scalar(query.where(model.next_step_due < today)) or 0
        due_today += uow.session.scalar(query.where(model.next_step_due == today)) or 0
    return overdue, due_today


def _follow_up(
    today: dt.date,
    due: dt.date | None,
    account_id: str,
    account_name: str,
    what: str,
    source: FollowUpSource,
    source_id: str,
    project_name: str | None = None,
) -> FollowUp:
    assert due is not None  # the queries select due dates only
    return FollowUp(
        due=due,
        days_overdue=(today - due).days,
        account_id=account_id,
        account_name=account_name,
        what=what,
        source=source,
        source_id=source_id,
        project_name=project_name,
    )


def recent_activities(
    uow: UnitOfWork, *, today: dt.date, limit: int = RECENT_LIMIT
) -> list[RecentActivity]:
    """The ``limit`` latest activities that happened before the end of ``today``, newest first."""
    tomorrow = dt.datetime.combine(today + dt.timedelta(days=1), dt.time())
    rows = uow.session.execute(
        select(
            Activity.id,
            Activity.occurred_at,
            Account.id,
            Account.name,
            Activity.kind,
            Activity.outcome,
            Activity.subject,
        )
        .join(Account, Account.id == Activity.account_id)
        .where(
            Activity.deleted.is_(False),
            Account.deleted.is_(False),
            Activity.occurred_at < tomorrow,
        )
        .order_by(Activity.occurred_at.desc())
        .limit(limit)
    )
    return [
        RecentActivity(
            id=act_id,
            occurred_at=occurred,
            account_id=account_id,
            account_name=account_name,
            kind=kind,
            outcome=outcome,
            subject=subject,
        )
        for act_id, occurred, account_id, account_name, kind, outcome, subject in rows
    ]


def today_view(uow: UnitOfWork, *, today: dt.date, recent_limit: int = RECENT_LIMIT) -> TodayView:
    """The follow-ups due by ``today``, their totals and the latest activities, in one read."""
    overdue, due_today = follow_up_counts(uow, today=today)
    return TodayView(
        today=today,
        follow_ups=tuple(follow_ups(uow, today=today)),
        overdue_count=overdue,
        due_today_count=due_today,
        recent=tuple(recent_activities(uow, today=today, limit=recent_limit)),
    )
