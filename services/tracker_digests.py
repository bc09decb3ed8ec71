"""Tracker digests: each project's 1+2+1 judgement kept between reads.

A digest holds what the rules say of a project whatever the day (its verdict, the risk flags
that do not age, its guide's name and the dates the ageing flags count from), made under
given thresholds. The local table ``tracker_digests`` keeps them; triggers (migration 0004)
delete a project's digest when anything its judgement reads changes, and a digest made under
other thresholds counts as missing. So the tracking sheet reads one digest per project and
judges again only the projects without one (:func:`digests_for`), then keeps the new ones
(:func:`keep`).
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, NamedTuple

from domain.tracker import Finding, ProjectFacts, Seat, Standing, TrackerRules, Verdict, standing
from domain.vocabulary import TrafficLight
from services.tracker_facts import driver, iso_date, load_facts, tracker_rules
from storage.uow import UnitOfWork

__all__ = ["Digest", "DigestReader", "digest_of", "digests_for", "keep", "refresh_digests"]

# Above this many projects to judge, loading the whole scope beats looking them up by id.
_BULK = 1500


class Digest(NamedTuple):
    """One project's judgement whatever the day (immutable)."""

    standing: Standing
    guide_name: str | None
    step_entered_on: dt.date | None


def digest_of(facts: ProjectFacts, rules: TrackerRules) -> Digest:
    """The digest of one project's facts under ``rules``."""
    return Digest(standing(facts, rules), guide_name(facts.seats), facts.step_entered_on)


def guide_name(seats: Iterable[Seat]) -> str | None:
    """The first guide who does not oppose, else the first guide; None without one."""
    first = None
    for s in seats:
        if s.role == "guide":
            if s.stance != "oppose":
                return s.contact_name
            if first is None:
                first = s.contact_name
    return first


def digests_for(
    uow: UnitOfWork, project_ids: Sequence[str], rules: TrackerRules, *, scope: str = "all"
) -> dict[str, Digest]:
    """Judge the live projects ``project_ids`` afresh; their digests by id.

    Many ids load the whole ``scope`` (``"open"`` or ``"all"``, which must include them)."""
    if not project_ids:
        return {}
    if len(project_ids) > _BULK:
        facts = load_facts(uow, scope, {}, rules).facts
        wanted: Iterable[str] = project_ids
    else:
        facts = load_facts(uow, "ids", {"ids": json.dumps(list(project_ids))}, rules).facts
        wanted = facts
    return {pid: digest_of(facts[pid], rules) for pid in wanted if pid in facts}


_SAVE_SQL = """
INSERT OR REPLACE INTO tracker_digests
    (project_id, rules, verdict, risks, guide_name, last_advance_on, since, step_entered_on)
VALUES (?, ?, ?, ?, ?, ?, ?, ?)
"""


def keep(uow: UnitOfWork, digests: Mapping[str, Digest], rules: TrackerRules) -> bool:
    """Store ``digests``, made in this unit of work under ``rules``; True when stored.

    In a writing unit of work they are written with its other changes (and kept only if it
    commits). A reading one commits them at once, but only when that costs no wait and the
    data it read is still the newest (else SQLite refuses the write and they are dropped:
    they would describe an older state). Nothing else done in a reading unit is lost by
    that commit: it has nothing else to commit.
    """
    if not digests:
        return True
    raw = driver(uow)
    fp = rules.fingerprint()
    rows = [(pid, fp, *_encode(d)) for pid, d in digests.items()]
    if uow.write:
        raw.executemany(_SAVE_SQL, rows)
        return True
    (timeout,) = raw.execute("PRAGMA busy_timeout").fetchone()
    raw.execute("PRAGMA busy_timeout = 0")
    try:
        raw.executemany(_SAVE_SQL, rows)
        uow.commit()
    except sqlite3.OperationalError:  # locked by a writer, a newer snapshot, or read-only
        uow.rollback()
        return False
    finally:
        raw.execute(f"PRAGMA busy_timeout = {int(timeout)}")
    return True


def refresh_digests(uow: UnitOfWork, rules: TrackerRules | None = None) -> int:
    """Judge every live project without a current digest (under ``rules``, by default the
    settings') and store the digests in this (writing) unit of work; returns how many were
    made. The caller commits."""
    rules = rules or tracker_rules(uow)
    fp = rules.fingerprint()
    stale = [
        pid
        for (pid,) in driver(uow).execute(
            "SELECT p.id FROM projects p LEFT JOIN tracker_digests d "
            "ON d.project_id = p.id AND d.rules = ? WHERE p.deleted = 0 AND d.project_id IS NULL",
            (fp,),
        )
    ]
    made = digests_for(uow, stale, rules)
    keep(uow, made, rules)
    return len(made)


# --- the stored form ------------------------------------------------------------------------


def _finding(f: Finding) -> list[Any]:
    return [f.code, dict(f.params)] if f.params else [f.code]


def _encode(d: Digest) -> tuple[str, str, str | None, str | None, str | None, str | None]:
    s = d.standing
    v = s.verdict
    verdict = [
        v.status.value,
        v.has_guide,
        v.roles_won,
        v.roles_covered,
        v.has_rep,
        v.holds,
        v.dm_opposes,
        [_finding(f) for f in v.missing],
    ]
    return (
        json.dumps(verdict, ensure_ascii=False, separators=(",", ":")),
        json.dumps([_finding(f) for f in s.risks], ensure_ascii=False, separators=(",", ":")),
        d.guide_name,
        _iso(s.last_advance_on),
        _iso(s.since),
        _iso(d.step_entered_on),
    )


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _findings(items: list[list[Any]]) -> tuple[Finding, ...]:
    return tuple(Finding.of(item[0], **(item[1] if len(item) > 1 else {})) for item in items)


class DigestReader:
    """Turns stored digest columns back into :class:`Digest` values. Projects share few
    distinct verdicts and flag sets, so each distinct text is parsed once per reader."""

    def __init__(self) -> None:
        self._verdicts: dict[str, Verdict] = {}
        self._risks: dict[str, tuple[Finding, ...]] = {}

    def verdict(self, text: str) -> Verdict:
        """The verdict stored as ``text``."""
        v = self._verdicts.get(text)
        if v is None:
            status, has_guide, won, covered, has_rep, holds, dm_opposes, missing = json.loads(text)
            v = Verdict(
                TrafficLight(status),
                has_guide,
                won,
                covered,
                has_rep,
                holds,
                _findings(missing),
                dm_opposes,
            )
            self._verdicts[text] = v
        return v

    def risks(self, text: str) -> tuple[Finding, ...]:
        """The standing risk flags stored as ``text``."""
        r = self._risks.get(text)
        if r is None:
            r = self._risks[text] = _findings(json.loads(text))
        return r

    def digest(self, columns: Sequence[Any]) -> Digest:
        """The digest of the stored columns verdict, risks, guide_name, last_advance_on,
        since and step_entered_on (in that order)."""
        verdict, risks, guide, last, since, entered = columns
        return Digest(
            Standing(self.verdict(verdict), self.risks(risks), iso_date(last), iso_date(since)),
            guide,
            iso_date(entered),
        )
