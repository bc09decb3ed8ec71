"""The 1+2+1 tracker use cases: the tracking sheet, one project's board, the funnel, and the
writes whose rules go beyond one record (moving a step, logging a call, assigning a role).

Reads load with a few set-based queries (never one per project) and return immutable records
(named tuples, frozen dataclasses) the GUI thread can hold; ``bench/tracker.py`` times the
tracking sheet of the large demo database (10,000 projects). Writes go through
:mod:`services.records` (validation, change tracking) and return what their undo needs.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from operator import attrgetter
from typing import Any, NamedTuple

from sqlalchemy import select, text

from domain.funnel import Funnel, FunnelProject, funnel
from domain.ids import new_id
from domain.tracker import (
    Call,
    Finding,
    ProjectFacts,
    Seat,
    TrackerRules,
    Verdict,
    assess,
    risks_on,
)
from domain.validation import FieldError, validate
from domain.vocabulary import DEFAULT_LANGUAGE, SalesStep, label
from services import records
from services.account_detail import Choice, values_of
from services.errors import ValidationFailed
from services.profiling import badges
from services.tracker_digests import Digest, DigestReader, digest_of, digests_for, keep
from services.tracker_facts import (
    collector_paused,
    driver,
    iso_date,
    load_facts,
    money,
    tracker_rules,
)
from storage.models import Account, Activity, Contact, Project, ProjectStep
from storage.uow import NotFound, UnitOfWork

__all__ = [
    "LoggedCall",
    "NewProject",
    "ProjectBoard",
    "StepMove",
    "TrackerRow",
    "account_choices",
    "assign_role",
    "create_project",
    "funnel_figures",
    "log_call",
    "log_project_call",
    "move_step",
    "project_board",
    "redo_log_project_call",
    "tracker_rules",
    "tracker_sheet",
    "undo_log_project_call",
    "undo_move_step",
]


class TrackerRow(NamedTuple):
    """One line of the 1+2+1 tracking sheet (immutable)."""

    project_id: str
    account_id: str
    account_name: str
    project_name: str
    amount: Decimal | None
    expected_close: dt.date | None
    step: str
    status: str
    owner_id: str | None
    owner_name: str | None
    guide_name: str | None
    roles_covered: int
    roles_won: int
    verdict: Verdict
    risks: tuple[Finding, ...]
    top_risk: Finding | None
    last_advance_on: dt.date | None
    next_step: str | None
    next_step_due: dt.date | None
    step_entered_on: dt.date | None = None

    def as_json(self, lang: str = DEFAULT_LANGUAGE) -> dict[str, Any]:
        """The row as JSON values: dates as ISO text, the amount as a decimal string, the
        verdict's missing items and the risk flags with their codes and texts in ``lang``."""
        v = self.verdict
        return {
            "project_id": self.project_id,
            "account_id": self.account_id,
            "account": self.account_name,
            "project": self.project_name,
            "amount": None if self.amount is None else str(self.amount),
            "expected_close": _iso(self.expected_close),
            "step": self.step,
            "step_label": label(SalesStep(self.step), lang),
            "step_entered_on": _iso(self.step_entered_on),
            "status": self.status,
            "owner_id": self.owner_id,
            "owner": self.owner_name,
            "guide": self.guide_name,
            "roles_covered": self.roles_covered,
            "roles_won": self.roles_won,
            "verdict": {
                "status": v.status.value,
                "status_label": label(v.status, lang),
                "holds": v.holds,
                "has_guide": v.has_guide,
                "roles_won": v.roles_won,
                "roles_covered": v.roles_covered,
                "has_rep": v.has_rep,
                "dm_opposes": v.dm_opposes,
                "missing": [f.as_json(lang) for f in v.missing],
            },
            "risks": [f.as_json(lang) for f in self.risks],
            "last_advance_on": _iso(self.last_advance_on),
            "next_step": self.next_step,
            "next_step_due": _iso(self.next_step_due),
        }


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


@dataclass(frozen=True)
class ProjectBoard:
    """Everything the project board shows about one project."""

    project: dict[str, Any]  # typed field values of the projects row, with "id"
    account_name: str
    rep_name: str | None
    seats: tuple[Seat, ...]  # every role row, guide and insider included
    contacts: tuple[dict[str, Any], ...]  # the account's live contacts (id + fields), by name
    verdict: Verdict
    risks: tuple[Finding, ...]
    calls: tuple[dict[str, Any], ...]  # activities on the project, newest first, with "id"
    steps: tuple[dict[str, Any], ...]  # project_steps rows, oldest first, with "id"
    badges: Mapping[str, str] = field(default_factory=dict)  # contact id -> "A·D" (profiled only)


# --- the tracking sheet -------------------------------------------------------------------


def tracker_sheet(
    uow: UnitOfWork,
    *,
    today: dt.date,
    rules: TrackerRules | None = None,
    include_closed: bool = False,
) -> list[TrackerRow]:
    """One row per project (open ones unless ``include_closed``) with its verdict and risks,
    ordered by account name then project name. ``rules`` default to :func:`tracker_rules`.

    Projects of deleted accounts are left out. Each project's judgement comes from its
    digest (:mod:`services.tracker_digests`); projects without a current one are judged
    afresh and their digests kept for the next read."""
    rules = rules or tracker_rules(uow)
    scope = "all" if include_closed else "open"
    sql = _SHEET_SQL.format(projects="1" if include_closed else "p.status = 'open'")
    with collector_paused():
        projects = driver(uow).execute(sql, (rules.fingerprint(),)).fetchall()
        stale = [p[0] for p in projects if p[_DIGEST] is None]
        made = digests_for(uow, stale, rules, scope=scope)
        reader = DigestReader()
        rows = [
            _row(p, made[p[0]] if p[_DIGEST] is None else reader.digest(p[_DIGEST:]), today, rules)
            for p in projects
            if p[_DIGEST] is not None or p[0] in made
        ]
        del projects, reader
    keep(uow, made, rules)
    rows.sort(key=_BY_NAMES)
    return rows


# Live projects of live accounts with their account's and live rep's names, and the columns
# of their digest when it is current (from _DIGEST on: all NULL otherwise).
_SHEET_SQL = """
SELECT p.id, p.account_id, a.name, p.name, p.amount, p.expected_close, p.step, p.status,
       r.id, r.display_name, p.next_step, p.next_step_due,
       d.verdict, d.risks, d.guide_name, d.last_advance_on, d.since, d.step_entered_on
FROM projects p
JOIN accounts a ON a.id = p.account_id AND a.deleted = 0
LEFT JOIN reps r ON r.id = p.rep_id AND r.deleted = 0
LEFT JOIN tracker_digests d ON d.project_id = p.id AND d.rules = ?
WHERE p.deleted = 0 AND {projects}
"""
_DIGEST = 12
_BY_NAMES = attrgetter("account_name", "project_name")


def _row(p: Any, digest: Digest, today: dt.date, rules: TrackerRules) -> TrackerRow:
    """The sheet row of the project row ``p`` (:data:`_SHEET_SQL`'s first columns, or
    ``tracker_facts``' projects query's) judged by ``digest`` on ``today`` (fields
    positional: keywords cost about 1 µs a row)."""
    s = digest.standing
    v = s.verdict
    next_due = iso_date(p[11])
    risks = risks_on(s, p[7], next_due, today, rules)
    return TrackerRow(
        p[0],  # project_id
        p[1],  # account_id
        p[2],  # account_name
        p[3],  # project_name
        money(p[4]),  # amount
        iso_date(p[5]),  # expected_close
        p[6],  # step
        p[7],  # status
        p[8],  # owner_id
        p[9],  # owner_name
        digest.guide_name,
        v.roles_covered,
        v.roles_won,
        v,  # verdict
        risks,
        risks[0] if risks else None,  # top_risk
        s.last_advance_on,
        p[10],  # next_step
        next_due,
        digest.step_entered_on,
    )


def open_project_facts(
    uow: UnitOfWork, account_id: str, *, rules: TrackerRules | None = None
) -> dict[str, ProjectFacts]:
    """The facts the rules judge (seats among the account's contacts, recent calls, step
    dates) of each open project of the live account ``account_id``, by project id."""
    rules = rules or tracker_rules(uow)
    return load_facts(uow, "account", {"aid": account_id}, rules).facts


def tracker_row(
    uow: UnitOfWork, project_id: str, *, today: dt.date, rules: TrackerRules | None = None
) -> TrackerRow:
    """The tracking-sheet row of one live project (any status); raises ``NotFound``."""
    project = uow.get(Project, project_id)
    rules = rules or tracker_rules(uow)
    loaded = load_facts(uow, "one", {"pid": project_id}, rules)
    if project_id not in loaded.facts:
        raise NotFound(f"projects {project_id} (account {project.account_id} deleted)")
    return _row(loaded.projects[0], digest_of(loaded.facts[project_id], rules), today, rules)


# --- one project ------------------------------------------------------------------------


def project_board(
    uow: UnitOfWork, project_id: str, *, today: dt.date, rules: TrackerRules | None = None
) -> ProjectBoard:
    """The live project ``project_id`` with its roles, contacts, calls, steps and verdict.

    Raises :class:`~storage.uow.NotFound` when the project does not exist or was deleted.
    """
    rules = rules or tracker_rules(uow)
    s = uow.session
    project = uow.get(Project, project_id)
    account = uow.get(Account, project.account_id)
    loaded = load_facts(uow, "one", {"pid": project_id}, rules)
    contacts = tuple(
        {"id": c.id, **values_of(c, "contacts")}
        for c in s.scalars(
            select(Contact)
            .where(Contact.account_id == account.id, Contact.deleted.is_(False))
            .order_by(Contact.name)
        )
    )
    activities = list(
        s.scalars(
            select(Activity)
            .where(Activity.project_id == project_id, Activity.deleted.is_(False))
            .order_by(Activity.occurred_at.desc(), Activity.created_at.desc())
        )
    )
    step_rows = s.scalars(
        select(ProjectStep)
        .where(ProjectStep.project_id == project_id, ProjectStep.deleted.is_(False))
        .order_by(ProjectStep.entered_on, ProjectStep.created_at)
    )
    facts = loaded.facts[project_id]._replace(
        calls=tuple(
            Call(a.occurred_at, a.outcome, a.advance_kind, a.advance_on) for a in activities
        ),
    )
    v, risks = assess(facts, today, rules)
    return ProjectBoard(
        project={"id": project.id, **values_of(project, "projects")},
        account_name=account.name,
        rep_name=loaded.projects[0][9],
        seats=facts.seats,
        contacts=contacts,
        verdict=v,
        risks=risks,
        calls=tuple({"id": a.id, **values_of(a, "activities")} for a in activities),
        steps=tuple({"id": r.id, **values_of(r, "project_steps")} for r in step_rows),
        badges=badges(uow, [c["id"] for c in contacts]),
    )


# --- the funnel -----------------------------------------------------------------------------


def funnel_figures(uow: UnitOfWork, *, today: dt.date) -> Funnel:
    """The funnel over every live project: counts and amounts of open projects per step,
    conversion rates, average days per step and the win rate (see :mod:`domain.funnel`).

    ``today`` is the day the figures are for (kept for figures that age, such as days in
    the current step).
    """
    raw = driver(uow)
    with collector_paused():
        entered: dict[str, dict[str, dt.date]] = defaultdict(dict)
        for pid, step, day in raw.execute(_FIRST_ENTRIES_SQL):  # from ix_project_steps_entered
            entered[pid][step] = dt.date.fromisoformat(day[:10])
        no_entries: dict[str, dt.date] = {}
        figures = funnel(
            FunnelProject(
                step, status, money(amount), entered.get(pid, no_entries), iso_date(closed)
            )
            for pid, step, status, amount, closed in raw.execute(_FUNNEL_SQL)
        )
        del entered
    return figures


_FIRST_ENTRIES_SQL = """
SELECT project_id, step, min(entered_on) FROM project_steps WHERE deleted = 0
GROUP BY project_id, step
"""
_FUNNEL_SQL = """
SELECT p.id, p.step, p.status, p.amount, p.closed_on
FROM projects p JOIN accounts a ON a.id = p.account_id AND a.deleted = 0
WHERE p.deleted = 0
"""


# --- writes ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class StepMove:
    """What :func:`move_step` changed, for :func:`undo_move_step`."""

    project_id: str
    previous: dict[str, Any]  # the project's previous field values
    step_row_id: str | None  # the project_steps row recorded, None when none was needed


def move_step(uow: UnitOfWork, project_id: str, step: str, on: dt.date) -> StepMove:
    """Set the project's current step to ``step`` and record that it entered it ``on``.

    A ``project_steps`` row is written unless the project's history already has the step
    entered on that day. Raises :class:`ValidationFailed` for an unknown step.
    """
    if step not in {s.value for s in SalesStep}:
        raise ValidationFailed("projects", [FieldError("step", "bad_enum", _enum_params(step))])
    existing = uow.session.scalar(
        select(ProjectStep.id).where(
            ProjectStep.project_id == project_id,
            ProjectStep.step == step,
            ProjectStep.entered_on == on,
            ProjectStep.deleted.is_(False),
        )
    )
    project = uow.get(Project, project_id)
    previous: dict[str, Any] = {}
    if project.step != step:
        previous["step"] = project.step
        project.step = step
    row_id = None
    if existing is None:
        row_id = records.create(
            uow, "project_steps", {"project_id": project_id, "step": step, "entered_on": on}
        )
    uow.commit()
    return StepMove(project_id, previous, row_id)


def _enum_params(value: str) -> dict[str, Any]:
    return {"value": value, "allowed": ", ".join(s.value for s in SalesStep)}


def undo_move_step(uow: UnitOfWork, move: StepMove) -> None:
    """Undo :func:`move_step`: the previous step back, the recorded history row tombstoned."""
    if move.previous:
        records.update(uow, "projects", move.project_id, move.previous)
    if move.step_row_id:
        records.delete(uow, "project_steps", move.step_row_id)


def log_call(uow: UnitOfWork, values: Mapping[str, Any]) -> str:
    """Log a call (an activity) on a project; returns the new activity's id.

    ``values`` are the activity's typed fields with ``project_id``; ``account_id`` and
    ``rep_id`` default to the project's. An advance needs its customer action and date
    (:func:`domain.validation.validate`); raises :class:`ValidationFailed` otherwise.
    """
    values = dict(values)
    project_id = values.get("project_id")
    if project_id:
        project = uow.get(Project, project_id)
        values.setdefault("account_id", project.account_id)
        values.setdefault("rep_id", project.rep_id)
    return records.create(uow, "activities", values)


def assign_role(
    uow: UnitOfWork,
    project_id: str,
    contact_id: str,
    role: str,
    *,
    stance: str = "neutral",
    influence: int | None = None,
    relationship: int | None = None,
    row_id: str | None = None,
) -> str:
    """Put ``contact_id`` in ``role`` on the project; returns the ``project_roles`` row id.

    When the contact already holds that role on the project the existing row's id is
    returned and nothing is written (so a caller that chose ``row_id`` for the new row
    tells the two apart). The contact must belong to the project's account.
    """
    project = uow.get(Project, project_id)
    contact = uow.get(Contact, contact_id)
    if contact.account_id != project.account_id:
        error = FieldError("contact_id", "missing_ref", {"table": "contacts", "value": contact_id})
        raise ValidationFailed("project_roles", [error])
    existing = uow.session.execute(
        text(
            "SELECT id FROM project_roles WHERE project_id = :p AND contact_id = :c "
            "AND role = :r AND deleted = 0"
        ),
        {"p": project_id, "c": contact_id, "r": role},
    ).scalar()
    if existing:
        return str(existing)
    values: dict[str, Any] = {
        "project_id": project_id,
        "contact_id": contact_id,
        "role": role,
        "stance": stance,
    }
    if row_id is not None:
        values["id"] = row_id
    if influence is not None:
        values["influence"] = influence
    if relationship is not None:
        values["relationship"] = relationship
    return records.create(uow, "project_roles", values)


# --- new projects ---------------------------------------------------------------------------


def account_choices(uow: UnitOfWork) -> tuple[Choice, ...]:
    """Every live account as a pick-list item (key accounts first, then by name): the
    accounts a new project can belong to."""
    accounts = uow.session.execute(
        select(Account.id, Account.name)
        .where(Account.deleted.is_(False))
        .order_by(Account.is_key_account.desc(), Account.name)
    )
    return tuple(Choice(a_id, name) for a_id, name in accounts)


@dataclass(frozen=True)
class NewProject:
    """What :func:`create_project` wrote: the project and its first step-history row."""

    project_id: str
    step_row_id: str


def create_project(
    uow: UnitOfWork, account_id: str, name: str, *, on: dt.date, **values: Any
) -> NewProject:
    """Create an open project named ``name`` on the live account ``account_id``, at step
    客户分析 (analyse), and record that it entered that step ``on``; one commit.

    ``values`` are further typed project fields (``amount``, ``expected_close`` …; ``id``
    chooses the id). The salesperson defaults to the account's owner rep. Raises
    :class:`ValidationFailed` (nothing written) for a bad value, a blank name or an account
    that does not exist.
    """
    fields = dict(values)
    row_id = str(fields.pop("id", None) or new_id())
    fields.update(account_id=account_id, name=(name or "").strip())
    fields.setdefault("step", SalesStep.ANALYSE.value)
    fields.setdefault("status", "open")
    errors = validate("projects", fields)
    if errors:
        raise ValidationFailed("projects", errors)
    account = uow.session.get(Account, account_id)
    if account is None or account.deleted:
        error = FieldError("account_id", "missing_ref", {"table": "accounts", "value": account_id})
        raise ValidationFailed("projects", [error])
    if "rep_id" not in fields and account.owner_rep_id:
        fields["rep_id"] = account.owner_rep_id
    uow.add(Project(id=row_id, **fields))
    uow.session.flush()
    step_row_id = records.create(  # commits the project too
        uow, "project_steps", {"project_id": row_id, "step": fields["step"], "entered_on": on}
    )
    return NewProject(row_id, step_row_id)


# --- calls that carry the next step ---------------------------------------------------------

NEXT_STEP_FIELDS = ("next_step", "next_step_due")


@dataclass(frozen=True)
class LoggedCall:
    """What :func:`log_project_call` wrote, for its undo and redo."""

    activity_id: str
    project_id: str | None
    changes: dict[str, Any]  # the project's fields set from the call
    previous: dict[str, Any]  # their values before


def log_project_call(uow: UnitOfWork, values: Mapping[str, Any]) -> LoggedCall:
    """Log a call like :func:`log_call` (``values["id"]`` chooses its id) and, when the call
    carries a next step *and* its due date and that step is not marked done, make them the
    project's next step and due date in the same commit. Raises :class:`ValidationFailed`
    (nothing written) for a bad call."""
    values = dict(values)
    project_id = values.get("project_id")
    changes: dict[str, Any] = {}
    previous: dict[str, Any] = {}
    if project_id:
        project = uow.get(Project, project_id)
        values.setdefault("account_id", project.account_id)
        values.setdefault("rep_id", project.rep_id)
        if all(values.get(f) for f in NEXT_STEP_FIELDS) and not values.get("next_step_done"):
            changes = {f: values[f] for f in NEXT_STEP_FIELDS}
            previous = _set_fields(project, changes)
    activity_id = records.create(uow, "activities", values)  # validates, then commits both
    return LoggedCall(activity_id, project_id, changes, previous)


def _set_fields(obj: Any, changes: Mapping[str, Any]) -> dict[str, Any]:
    previous = {k: getattr(obj, k) for k in changes if getattr(obj, k) != changes[k]}
    for name in previous:
        setattr(obj, name, changes[name])
    return previous


def undo_log_project_call(uow: UnitOfWork, logged: LoggedCall) -> None:
    """Undo :func:`log_project_call`: the call tombstoned, the project's next step back."""
    if logged.project_id and logged.previous:
        _set_fields(uow.get(Project, logged.project_id), logged.previous)
    records.delete(uow, "activities", logged.activity_id)  # commits both


def redo_log_project_call(uow: UnitOfWork, logged: LoggedCall) -> None:
    """Redo :func:`log_project_call` after its undo: the same call back, the next step set."""
    if logged.project_id and logged.previous:
        _set_fields(
            uow.get(Project, logged.project_id), {k: logged.changes[k] for k in logged.previous}
        )
    records.restore(uow, [("activities", logged.activity_id)])  # commits both
