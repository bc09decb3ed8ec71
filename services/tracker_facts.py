"""Loading what the 1+2+1 rules judge, for many projects at once: the projects with their
account's and rep's names, their seats (contacts in roles), their recent judged calls and step
dates, as :class:`~domain.tracker.ProjectFacts`.

Reads go through the unit of work's plain sqlite3 connection (same transaction) with a few
set-based queries (never one per project); ``bench/tracker.py`` times them on the large demo
database. Used by :mod:`services.tracker` and :mod:`services.tracker_digests`.
"""

from __future__ import annotations

import datetime as dt
import gc
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from itertools import groupby
from operator import itemgetter
from typing import Any

from sqlalchemy import select

from domain.tracker import Call, ProjectFacts, Seat, TrackerRules
from storage.models import Setting
from storage.uow import UnitOfWork

__all__ = [
    "Loaded",
    "collector_paused",
    "driver",
    "iso_date",
    "load_facts",
    "money",
    "tracker_rules",
]


def tracker_rules(uow: UnitOfWork) -> TrackerRules:
    """The tracker's thresholds from the local settings table, defaults otherwise."""
    rows = uow.session.execute(
        select(Setting.key, Setting.value).where(Setting.key.like("tracker.%"))
    ).all()
    return TrackerRules.from_settings(dict(rows))


def iso_date(value: str | None) -> dt.date | None:
    """The date of ISO text (a date or a timestamp); None for None or empty text."""
    return dt.date.fromisoformat(value[:10]) if value else None


def money(cents: int | None) -> Decimal | None:
    """Yuan from stored cents; None stays None."""
    return None if cents is None else Decimal(cents).scaleb(-2)


@dataclass(frozen=True)
class _Scope:
    """Which projects a load reads, as SQL conditions on ``projects p``, on
    ``project_roles``, on ``activities`` and on ``contacts``."""

    projects: str
    roles: str
    calls: str
    contacts: str


_OPEN = "(SELECT id FROM projects WHERE deleted = 0 AND status = 'open')"
_LIVE = "(SELECT id FROM projects WHERE deleted = 0)"
_IDS = "(SELECT value FROM json_each(:ids))"
# Many projects: roles and contacts are read whole (``+project_id`` keeps SQLite scanning
# rather than looking up project after project, which costs more) and Python joins them;
# calls come from the covering index ix_activities_judged. One project: the indexes.
_SCOPES = {
    "open": _Scope("p.status = 'open'", f"+project_id IN {_OPEN}", f"project_id IN {_OPEN}", "1"),
    "all": _Scope("1", f"+project_id IN {_LIVE}", f"project_id IN {_LIVE}", "1"),
    "account": _Scope(
        "p.status = 'open' AND p.account_id = :aid",
        "project_id IN (SELECT id FROM projects WHERE deleted = 0 AND status = 'open' "
        "AND account_id = :aid)",
        "project_id IN (SELECT id FROM projects WHERE deleted = 0 AND status = 'open' "
        "AND account_id = :aid)",
        "account_id = :aid",
    ),
    # The projects whose ids are the JSON array :ids.
    "ids": _Scope(
        f"p.id IN {_IDS}",
        f"project_id IN {_IDS}",
        f"project_id IN {_IDS}",
        f"id IN (SELECT contact_id FROM project_roles WHERE project_id IN {_IDS})",
    ),
    "one": _Scope(
        "p.id = :pid",
        "project_id = :pid",
        "project_id = :pid",
        "id IN (SELECT contact_id FROM project_roles WHERE project_id = :pid)",
    ),
}

# A project with its account's and rep's names and, from its step history, the day it
# entered its first step (else its creation) and the latest day it entered its current one.
_PROJECTS_SQL = """
SELECT p.id, p.account_id, a.name, p.name, p.amount, p.expected_close, p.step, p.status,
       r.id, r.display_name, p.next_step, p.next_step_due,
       coalesce((SELECT min(s.entered_on) FROM project_steps s
                 WHERE s.project_id = p.id AND s.deleted = 0), p.created_at),
       (SELECT max(s.entered_on) FROM project_steps s
        WHERE s.project_id = p.id AND s.step = p.step AND s.deleted = 0)
FROM projects p
JOIN accounts a ON a.id = p.account_id AND a.deleted = 0
LEFT JOIN reps r ON r.id = p.rep_id AND r.deleted = 0
WHERE p.deleted = 0 AND {projects}
"""
_SEATS_SQL = """
SELECT project_id, id, contact_id, role, stance, influence, relationship
FROM project_roles WHERE deleted = 0 AND {roles}
"""
_CONTACTS_SQL = "SELECT id, name, org_level, title FROM contacts WHERE deleted = 0 AND {contacts}"
# Judged calls by project, oldest first: all from the covering index ix_activities_judged,
# none from the activities table itself.
_CALLS_SQL = """
SELECT project_id, occurred_at, outcome, advance_kind, advance_on
FROM activities WHERE deleted = 0 AND outcome IS NOT NULL AND {calls}
ORDER BY project_id, occurred_at
"""
_ADVANCING = frozenset({"advance", "order"})


@dataclass(frozen=True)
class Loaded:
    """Projects as raw :data:`_PROJECTS_SQL` rows (table order) and as facts by id."""

    projects: list[Any]
    facts: dict[str, ProjectFacts]


def driver(uow: UnitOfWork) -> sqlite3.Connection:
    """The unit of work's plain sqlite3 connection (same transaction): big reads skip
    SQLAlchemy's row objects."""
    raw = uow.session.connection().connection.driver_connection
    assert isinstance(raw, sqlite3.Connection)
    return raw


def load_facts(
    uow: UnitOfWork, scope: str, params: Mapping[str, Any], rules: TrackerRules
) -> Loaded:
    """The live projects of live accounts in ``scope``, with their facts. Calls hold only
    what the rules read: the latest judged calls and the latest advance or order."""
    where = _SCOPES[scope]
    raw = driver(uow)
    params = dict(params)
    projects = raw.execute(_PROJECTS_SQL.format(projects=where.projects), params).fetchall()
    people = {
        row[0]: row for row in raw.execute(_CONTACTS_SQL.format(contacts=where.contacts), params)
    }
    seats: dict[str, list[Seat]] = defaultdict(list)
    person_of = people.get
    for pid, role_id, contact_id, role, stance, influence, relationship in raw.execute(
        _SEATS_SQL.format(roles=where.roles), params
    ):
        person = person_of(contact_id)
        if person is not None:
            _, name, org_level, title = person
            seats[pid].append(
                Seat(
                    role_id,
                    contact_id,
                    name,
                    role,
                    stance or "neutral",
                    influence,
                    relationship,
                    org_level,
                    title,
                )
            )
    calls = _recent_calls(
        raw.execute(_CALLS_SQL.format(calls=where.calls), params), rules.continuation_run
    )
    no_seats: list[Seat] = []
    facts = {  # positional: project, step, status, rep, seats, calls, next due, 2 dates
        p[0]: ProjectFacts(
            p[0],
            p[6],
            p[7],
            p[8],
            tuple(seats.get(p[0], no_seats)),
            calls.get(p[0], ()),
            iso_date(p[11]),
            iso_date(p[12]),
            iso_date(p[13]),
        )
        for p in projects
    }
    return Loaded(projects, facts)


def _recent_calls(rows: Iterable[Any], recent: int) -> dict[str, tuple[Call, ...]]:
    """By project, its latest ``recent`` judged calls and its latest advance or order (the
    first of equals), from judged calls ordered by project, then oldest first."""
    out: dict[str, tuple[Call, ...]] = {}
    for pid, group in groupby(rows, itemgetter(0)):
        history = list(group)
        chosen = history[-recent:]
        best, best_day = None, ""
        for r in history:
            if r[2] in _ADVANCING:
                day = r[4] or r[1][:10]
                if day > best_day:
                    best, best_day = r, day
        if best is not None and best not in chosen:
            chosen.append(best)
        out[pid] = tuple(
            Call(dt.datetime.fromisoformat(r[1]), r[2], r[3], iso_date(r[4])) for r in chosen
        )
    return out


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while building many objects that hold no cycles:
    its collections, triggered by the allocations alone, would walk them again and again.
    Free what is not returned before the block ends: the first collection after it walks
    every object still alive."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
