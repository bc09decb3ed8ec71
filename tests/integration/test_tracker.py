"""The tracker use cases on a real SQLite file: the sheet, the board, the funnel, the writes."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from domain.tracker import TrafficLight
from services import records
from services.demo_data import DEMO_TODAY, build_rows, generate
from services.errors import ValidationFailed
from services.tracker import (
    account_choices,
    assign_role,
    create_project,
    funnel_figures,
    log_call,
    log_project_call,
    move_step,
    project_board,
    redo_log_project_call,
    tracker_row,
    tracker_rules,
    tracker_sheet,
    undo_log_project_call,
    undo_move_step,
)
from storage.database import open_database
from storage.models import Activity, Project, ProjectStep, Setting
from storage.uow import UnitOfWork

TODAY = DEMO_TODAY


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """The small demo database, shared by the read-only tests of this module."""
    database = open_database(tmp_path_factory.mktemp("tracker") / "demo.db")
    generate(database, size="small", track=False)
    yield database
    database.close()


@pytest.fixture(scope="module")
def showcase():
    """The ids of the four projects the demo builds to show each 1+2+1 situation."""
    return [p["id"] for p in build_rows(size="small")["projects"][:4]]


def _sheet(db, **kw):
    with UnitOfWork(db, write=False) as uow:
        return tracker_sheet(uow, today=TODAY, **kw)


# --- the sheet on the demo data ---------------------------------------------------------------


def test_the_demo_showcase_projects_show_each_situation(demo, showcase):
    rows = {r.project_id: r for r in _sheet(demo)}
    holds, insiders, stalled, opposes = (rows[i] for i in showcase)
    assert (holds.verdict.status, holds.verdict.holds, holds.verdict.missing) == (
        TrafficLight.GREEN,
        True,
        (),
    )
    assert holds.guide_name and holds.roles_won >= 2
    assert insiders.verdict.missing[0].code == "no_guide_insiders"
    assert insiders.verdict.missing[0].text("en").startswith("No guide — ")
    assert insiders.guide_name is None
    assert "continuations" in [f.code for f in stalled.risks]
    assert (opposes.verdict.status, opposes.top_risk.code) == (TrafficLight.AMBER, "dm_opposes")
    assert opposes.verdict.missing[0].text("zh_CN") == "决策人反对"


def test_the_demo_shows_every_status_and_only_open_projects_by_default(demo):
    rows = _sheet(demo)
    assert {r.verdict.status for r in rows} == set(TrafficLight)
    assert {r.status for r in rows} == {"open"}
    everything = _sheet(demo, include_closed=True)
    assert {r.status for r in everything} == {"open", "won", "lost"}
    assert all(r.risks == () for r in everything if r.status != "open")
    names = [(r.account_name, r.project_name) for r in rows]
    assert names == sorted(names)


def test_the_sheet_agrees_with_each_project_board(demo):
    with UnitOfWork(demo, write=False) as uow:
        for row in tracker_sheet(uow, today=TODAY, include_closed=True):
            board = project_board(uow, row.project_id, today=TODAY)
            assert board.verdict == row.verdict, row.project_name
            assert board.risks == row.risks, row.project_name
            assert tracker_row(uow, row.project_id, today=TODAY) == row


def test_the_board_holds_everything_the_page_shows(demo, showcase):
    with UnitOfWork(demo, write=False) as uow:
        board = project_board(uow, showcase[0], today=TODAY)
    assert board.project["id"] == showcase[0]
    assert board.account_name == "杭州电子设备有限公司"
    assert board.rep_name
    assert {s.role for s in board.seats} >= {"guide", "decision_maker"}
    assert {s.contact_id for s in board.seats} <= {c["id"] for c in board.contacts}
    times = [c["occurred_at"] for c in board.calls]
    assert times == sorted(times, reverse=True)
    entered = [s["entered_on"] for s in board.steps]
    assert entered == sorted(entered) and board.steps[-1]["step"] == board.project["step"]


def test_the_demo_funnel_has_conversion_days_and_a_win_rate(demo):
    with UnitOfWork(demo, write=False) as uow:
        f = funnel_figures(uow, today=TODAY)
    assert sum(s.count for s in f.steps) == len(_sheet(demo))
    assert f.won and f.lost and f.win_rate == f.won / (f.won + f.lost)
    assert all(s.avg_days and s.avg_days > 0 for s in f.steps)
    assert all(0 < s.conversion <= 1 for s in f.steps[:-1])


# --- rules from settings ----------------------------------------------------------------------


def test_thresholds_come_from_the_settings_table(db):
    with UnitOfWork(db) as uow:
        assert tracker_rules(uow).stall_days == 30
        uow.add(Setting(key="tracker.stall_days", value=45))
        uow.add(Setting(key="tracker.min_roles_won", value="3"))
        uow.commit()
    with UnitOfWork(db, write=False) as uow:
        rules = tracker_rules(uow)
    assert (rules.stall_days, rules.min_roles_won) == (45, 3)


# --- writes change the verdict ----------------------------------------------------------------


@pytest.fixture
def project(db):
    """An open project of a new account with three contacts and a rep; returns ids."""
    with UnitOfWork(db) as uow:
        rep = records.create(uow, "reps", {"login": "zw", "display_name": "张伟"})
        account = records.create(
            uow, "accounts", {"name": "杭州电子设备有限公司", "channel_type": "agent"}
        )
        people = {
            name: records.create(
                uow, "contacts", {"account_id": account, "name": name, "org_level": level}
            )
            for name, level in (("张三", "top"), ("李四", "middle"), ("王五", "base"))
        }
        pid = records.create(
            uow,
            "projects",
            {"account_id": account, "name": "ERP升级", "rep_id": rep, "amount": Decimal("500000")},
        )
    return {"id": pid, "account": account, "rep": rep, **people}


def _verdict(db, pid):
    with UnitOfWork(db, write=False) as uow:
        return tracker_row(uow, pid, today=TODAY).verdict


def test_assigning_a_guide_and_two_supporters_turns_a_project_green(db, project):
    assert _verdict(db, project["id"]).status == TrafficLight.RED
    with UnitOfWork(db) as uow:
        assign_role(uow, project["id"], project["李四"], "insider", stance="support")
    assert _verdict(db, project["id"]).missing[0].code == "no_guide_insiders"
    with UnitOfWork(db) as uow:
        assign_role(uow, project["id"], project["李四"], "guide", stance="support")
        assign_role(uow, project["id"], project["张三"], "decision_maker", stance="support")
    assert _verdict(db, project["id"]).status == TrafficLight.AMBER
    with UnitOfWork(db) as uow:
        role_id = assign_role(uow, project["id"], project["王五"], "user", stance="support")
        assert assign_role(uow, project["id"], project["王五"], "user") == role_id
    v = _verdict(db, project["id"])
    assert (v.status, v.roles_won, v.holds) == (TrafficLight.GREEN, 2, True)
    with UnitOfWork(db) as uow:
        records.update(uow, "project_roles", role_id, {"stance": "neutral"})
    assert _verdict(db, project["id"]).status == TrafficLight.AMBER
    with UnitOfWork(db) as uow:
        records.delete(uow, "contacts", project["王五"])
    assert _verdict(db, project["id"]).roles_covered == 1


def test_a_contact_of_another_account_cannot_take_a_role(db, project):
    with UnitOfWork(db) as uow:
        other = records.create(uow, "accounts", {"name": "别家", "channel_type": "dealer"})
        stranger = records.create(uow, "contacts", {"account_id": other, "name": "赵六"})
    with UnitOfWork(db) as uow, pytest.raises(ValidationFailed):
        assign_role(uow, project["id"], stranger, "user")


def test_an_advance_needs_its_action_and_date_and_then_ends_a_stall(db, project):
    at = dt.datetime(2026, 11, 20, 10)
    with UnitOfWork(db) as uow, pytest.raises(ValidationFailed) as failed:
        log_call(uow, {"project_id": project["id"], "kind": "visit", "occurred_at": at,
                       "outcome": "advance", "advance_kind": "demo"})  # fmt: skip
    assert failed.value.by_field("en") == {
        "advance_on": "advance_on: an advance needs the date of the customer action"
    }
    with UnitOfWork(db) as uow:
        for days in (40, 35):
            log_call(
                uow,
                {
                    "project_id": project["id"],
                    "kind": "call",
                    "occurred_at": at - dt.timedelta(days=days),
                    "outcome": "continuation",
                },
            )
    with UnitOfWork(db, write=False) as uow:
        row = tracker_row(uow, project["id"], today=TODAY)
    assert "continuations" in [f.code for f in row.risks]
    with UnitOfWork(db) as uow:
        call_id = log_call(
            uow,
            {
                "project_id": project["id"],
                "kind": "visit",
                "occurred_at": at,
                "outcome": "advance",
                "advance_kind": "demo",
                "advance_on": dt.date(2026, 11, 21),
            },
        )
    with UnitOfWork(db, write=False) as uow:
        row = tracker_row(uow, project["id"], today=TODAY)
        board = project_board(uow, project["id"], today=TODAY)
    assert row.last_advance_on == dt.date(2026, 11, 21)
    assert not {"continuations", "stalled"} & {f.code for f in row.risks}
    assert board.calls[0]["id"] == call_id
    assert board.calls[0]["account_id"] == project["account"]
    assert board.calls[0]["rep_id"] == project["rep"]


def test_moving_a_step_records_its_history_and_undo_takes_it_back(db, project):
    with UnitOfWork(db) as uow:
        move = move_step(uow, project["id"], "trust", dt.date(2026, 11, 20))
    with UnitOfWork(db, write=False) as uow:
        board = project_board(uow, project["id"], today=TODAY)
        row = tracker_row(uow, project["id"], today=TODAY)
    assert board.project["step"] == "trust"
    assert [(s["step"], s["entered_on"]) for s in board.steps] == [("trust", dt.date(2026, 11, 20))]
    assert row.step_entered_on == dt.date(2026, 11, 20)
    with UnitOfWork(db) as uow:
        undo_move_step(uow, move)
    with UnitOfWork(db, write=False) as uow:
        assert project_board(uow, project["id"], today=TODAY).project["step"] == "analyse"
        assert uow.live(ProjectStep) == []
    with UnitOfWork(db) as uow, pytest.raises(ValidationFailed):
        move_step(uow, project["id"], "celebrate", dt.date(2026, 11, 20))


# --- new projects and calls that carry the next step --------------------------------------------


def test_a_new_project_starts_open_at_the_first_step_with_its_history_row(db, project):
    with UnitOfWork(db, write=False) as uow:
        choices = account_choices(uow)
    assert project["account"] in {c.id for c in choices}
    with UnitOfWork(db) as uow:
        records.update(uow, "accounts", project["account"], {"owner_rep_id": project["rep"]})
    with UnitOfWork(db) as uow:
        made = create_project(
            uow, project["account"], "  仓储系统  ", on=TODAY, amount=Decimal("80000")
        )
    with UnitOfWork(db, write=False) as uow:
        board = project_board(uow, made.project_id, today=TODAY)
    p = board.project
    assert (p["name"], p["step"], p["status"], p["amount"]) == (
        "仓储系统",
        "analyse",
        "open",
        Decimal("80000.00"),
    )
    assert p["rep_id"] == project["rep"]  # the account's owner drives it by default
    assert [(s["id"], s["step"], s["entered_on"]) for s in board.steps] == [
        (made.step_row_id, "analyse", TODAY)
    ]
    assert made.project_id in {r.project_id for r in _sheet(db)}


def test_a_new_project_needs_a_name_and_a_live_account(db, project):
    with UnitOfWork(db) as uow, pytest.raises(ValidationFailed) as failed:
        create_project(uow, project["account"], "   ", on=TODAY)
    assert set(failed.value.by_field("en")) == {"name"}
    with UnitOfWork(db) as uow, pytest.raises(ValidationFailed) as failed:
        create_project(uow, "0190f0f0-0000-7000-8000-000000000000", "X", on=TODAY)
    assert set(failed.value.by_field("en")) == {"account_id"}
    with UnitOfWork(db, write=False) as uow:
        assert uow.session.query(Project).count() == 1  # only the fixture's


def test_a_call_with_a_next_step_and_due_date_becomes_the_projects_next_step(db, project):
    pid = project["id"]
    with UnitOfWork(db) as uow:
        records.update(
            uow, "projects", pid, {"next_step": "报价", "next_step_due": TODAY - dt.timedelta(3)}
        )
    assert "next_step_overdue" in {f.code for f in _row(db, pid).risks}
    call = {
        "project_id": pid,
        "kind": "visit",
        "occurred_at": dt.datetime(2026, 11, 23, 9),
        "outcome": "continuation",
        "next_step": "演示",
        "next_step_due": TODAY + dt.timedelta(7),
    }
    with UnitOfWork(db) as uow:
        logged = log_project_call(uow, call)
    row = _row(db, pid)
    assert (row.next_step, row.next_step_due) == ("演示", TODAY + dt.timedelta(7))
    assert "next_step_overdue" not in {f.code for f in row.risks}
    with UnitOfWork(db) as uow:
        undo_log_project_call(uow, logged)
    row = _row(db, pid)
    assert (row.next_step, row.next_step_due) == ("报价", TODAY - dt.timedelta(3))
    with UnitOfWork(db, write=False) as uow:
        assert uow.session.get(Activity, logged.activity_id).deleted
    with UnitOfWork(db) as uow:
        redo_log_project_call(uow, logged)
    assert _row(db, pid).next_step == "演示"
    # Without a due date (or with the step done) the project's next step stays.
    with UnitOfWork(db) as uow:
        other = log_project_call(uow, {**call, "next_step": "培训", "next_step_due": None})
    assert other.changes == {} and _row(db, pid).next_step == "演示"
    with UnitOfWork(db) as uow, pytest.raises(ValidationFailed):
        log_project_call(uow, {**call, "next_step": "签约", "outcome": "advance"})
    assert _row(db, pid).next_step == "演示"  # a refused call changes nothing


def _row(db, pid):
    with UnitOfWork(db, write=False) as uow:
        return tracker_row(uow, pid, today=TODAY)
