"""The tracking sheet reads each project's kept judgement (its digest): it must always say
what judging the project afresh says, whatever wrote to the database in between."""

from __future__ import annotations

import datetime as dt
import sqlite3
import time

import pytest

from domain.tracker import TrafficLight, assess
from services import records
from services.demo_data import DEMO_TODAY, generate
from services.tracker import log_call, move_step, tracker_sheet
from services.tracker_facts import load_facts, tracker_rules
from storage.database import open_database
from storage.models import Setting
from storage.uow import UnitOfWork

TODAY = DEMO_TODAY


@pytest.fixture
def demo(tmp_path):
    """A fresh small demo database (its digests made by the demo itself)."""
    database = open_database(tmp_path / "demo.db")
    generate(database, size="small", track=False)
    yield database
    database.close()


def _sheet(db):
    with UnitOfWork(db, write=False) as uow:
        return {r.project_id: r for r in tracker_sheet(uow, today=TODAY)}


def _judged_afresh(db):
    """Each open project's verdict and risks, judged from the tables (no digests)."""
    with UnitOfWork(db, write=False) as uow:
        rules = tracker_rules(uow)
        facts = load_facts(uow, "open", {}, rules).facts
    return {pid: assess(f, TODAY, rules) for pid, f in facts.items()}


def _agree(db):
    """The sheet's rows, after checking they say what judging afresh says."""
    rows = _sheet(db)
    afresh = _judged_afresh(db)
    assert rows.keys() == afresh.keys()
    for pid, row in rows.items():
        assert (row.verdict, row.risks) == afresh[pid], pid
    return rows


def _digests(db) -> set[str]:
    with sqlite3.connect(db.path) as conn:
        return {pid for (pid,) in conn.execute("SELECT project_id FROM tracker_digests")}


def _pick(rows, test):
    return next(r for r in rows.values() if test(r))


def test_the_demo_keeps_a_digest_of_every_project(demo):
    rows = _agree(demo)
    assert set(rows) <= _digests(demo)


def test_every_kind_of_edit_is_seen_by_the_next_sheet(demo):
    rows = _agree(demo)
    # a buying role won over: the project's won roles change
    amber = _pick(rows, lambda r: r.verdict.status == TrafficLight.AMBER and r.roles_won < 4)
    with UnitOfWork(demo, write=False) as uow:
        seats = load_facts(uow, "one", {"pid": amber.project_id}, tracker_rules(uow)).facts
    seat = next(
        s
        for s in seats[amber.project_id].seats
        if s.role in ("purchaser", "user", "gatekeeper", "decision_maker") and s.stance != "support"
    )
    with UnitOfWork(demo) as uow:
        records.update(uow, "project_roles", seat.role_id, {"stance": "support"})
    rows = _agree(demo)
    assert rows[amber.project_id].roles_won > amber.roles_won
    # the guide renamed: the sheet's guide column follows
    guided = _pick(rows, lambda r: r.guide_name is not None)
    with UnitOfWork(demo, write=False) as uow:
        facts = load_facts(uow, "one", {"pid": guided.project_id}, tracker_rules(uow)).facts
    guide = next(s for s in facts[guided.project_id].seats if s.contact_name == guided.guide_name)
    with UnitOfWork(demo) as uow:
        records.update(uow, "contacts", guide.contact_id, {"name": "新向导"})
    rows = _agree(demo)
    assert rows[guided.project_id].guide_name == "新向导"
    # two continuations logged: the stalled-talk flag appears
    quiet = _pick(rows, lambda r: "continuations" not in {f.code for f in r.risks})
    with UnitOfWork(demo) as uow:
        for hour in (9, 10):
            log_call(
                uow,
                {
                    "project_id": quiet.project_id,
                    "kind": "call",
                    "occurred_at": dt.datetime(2026, 11, 22, hour),
                    "outcome": "continuation",
                },
            )
    rows = _agree(demo)
    assert "continuations" in {f.code for f in rows[quiet.project_id].risks}
    # a step moved: the day it entered the step follows
    with UnitOfWork(demo) as uow:
        move_step(uow, quiet.project_id, "trust", dt.date(2026, 11, 23))
    rows = _agree(demo)
    assert rows[quiet.project_id].step_entered_on == dt.date(2026, 11, 23)
    # the rep deleted: the last "1" of 1+2+1 is missing
    assert rows[quiet.project_id].owner_id is not None
    with UnitOfWork(demo) as uow:
        records.delete(uow, "reps", rows[quiet.project_id].owner_id)
    rows = _agree(demo)
    assert "no_rep" in {f.code for f in rows[quiet.project_id].verdict.missing}
    # a project won: it leaves the open sheet
    with UnitOfWork(demo) as uow:
        records.update(uow, "projects", quiet.project_id, {"status": "won"})
    assert quiet.project_id not in _agree(demo)


def test_writes_from_outside_the_services_are_seen_too(demo):
    """Sync and the bulk writer write with plain SQL: the triggers catch those as well."""
    rows = _agree(demo)
    target = _pick(rows, lambda r: r.verdict.has_guide)
    with sqlite3.connect(demo.path) as conn:
        conn.execute(
            "UPDATE project_roles SET stance = 'oppose' WHERE project_id = ? AND role = 'guide'",
            (target.project_id,),
        )
    rows = _agree(demo)
    assert not rows[target.project_id].verdict.has_guide
    with sqlite3.connect(demo.path) as conn:
        conn.execute("DELETE FROM project_roles WHERE project_id = ?", (target.project_id,))
    assert _agree(demo)[target.project_id].roles_covered == 0


def test_new_thresholds_judge_every_project_again(demo):
    before = _agree(demo)
    with UnitOfWork(demo) as uow:
        uow.add(Setting(key="tracker.min_roles_won", value=4))
        uow.commit()
    after = _agree(demo)
    assert sum(r.verdict.status == TrafficLight.GREEN for r in after.values()) < sum(
        r.verdict.status == TrafficLight.GREEN for r in before.values()
    )


def test_a_reader_never_waits_for_a_writer_to_keep_digests(demo):
    with sqlite3.connect(demo.path) as conn:
        conn.execute("DELETE FROM tracker_digests")
    writer = sqlite3.connect(demo.path, isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")  # a long write (a sync, an import) holds the lock
        started = time.perf_counter()
        rows = _agree(demo)
        assert time.perf_counter() - started < 2  # the busy timeout is 5 s
        assert rows and _digests(demo) == set()  # judged, but not kept
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    _sheet(demo)
    assert set(rows) <= _digests(demo)  # kept by the next read


def test_digests_judged_on_an_older_snapshot_are_not_kept(demo):
    rows = _sheet(demo)
    target = _pick(rows, lambda r: r.verdict.has_guide)
    with sqlite3.connect(demo.path) as conn:
        conn.execute("DELETE FROM tracker_digests")
    with UnitOfWork(demo, write=False) as uow:
        load_facts(uow, "one", {"pid": target.project_id}, tracker_rules(uow))  # reading now
        with sqlite3.connect(demo.path) as other:  # meanwhile the guide turns against us
            other.execute(
                "UPDATE project_roles SET stance = 'oppose' "
                "WHERE project_id = ? AND role = 'guide'",
                (target.project_id,),
            )
        old = {r.project_id: r for r in tracker_sheet(uow, today=TODAY)}
    assert old[target.project_id].verdict.has_guide  # what the reader's snapshot said
    assert not _agree(demo)[target.project_id].verdict.has_guide
