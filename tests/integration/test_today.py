"""The Today use case: which next steps are due, how overdue, and the latest activities."""

import datetime as dt

from services import records
from services.today import follow_ups, recent_activities, today_view
from storage.uow import UnitOfWork

TODAY = dt.date(2026, 11, 23)


def _account(db, name="杭州电子设备有限公司"):
    with UnitOfWork(db) as uow:
        return records.create(uow, "accounts", {"name": name, "channel_type": "dealer"})


def _activity(db, account, *, due, done=False, step="寄送样品", days_ago=10):
    values = {
        "account_id": account,
        "kind": "visit",
        "occurred_at": dt.datetime.combine(TODAY, dt.time(9)) - dt.timedelta(days=days_ago),
        "subject": "拜访张三",
        "next_step": step,
        "next_step_due": due,
        "next_step_done": done,
    }
    with UnitOfWork(db) as uow:
        return records.create(uow, "activities", values)


def test_an_open_next_step_due_three_days_ago_is_three_days_overdue(db):
    account = _account(db)
    activity = _activity(db, account, due=TODAY - dt.timedelta(days=3))
    with UnitOfWork(db, write=False) as uow:
        (found,) = follow_ups(uow, today=TODAY)
    assert (found.account_id, found.source, found.source_id) == (account, "activity", activity)
    assert (found.days_overdue, found.overdue, found.what) == (3, True, "寄送样品")


def test_done_future_and_undated_next_steps_are_not_follow_ups(db):
    account = _account(db)
    _activity(db, account, due=TODAY - dt.timedelta(days=3), done=True)
    _activity(db, account, due=TODAY + dt.timedelta(days=1))
    _activity(db, account, due=None)
    with UnitOfWork(db, write=False) as uow:
        assert follow_ups(uow, today=TODAY) == []


def test_next_steps_of_open_projects_count_and_of_won_projects_do_not(db):
    account = _account(db)
    with UnitOfWork(db) as uow:
        for name, status in (("ERP升级", "open"), ("仓储扩容", "won")):
            records.create(
                uow,
                "projects",
                {
                    "account_id": account,
                    "name": name,
                    "status": status,
                    "next_step": "安排演示",
                    "next_step_due": TODAY,
                },
            )
    with UnitOfWork(db, write=False) as uow:
        (found,) = follow_ups(uow, today=TODAY)
    assert (found.source, found.project_name, found.days_overdue) == ("project", "ERP升级", 0)


def test_follow_ups_of_a_deleted_account_are_gone(db):
    account = _account(db)
    _activity(db, account, due=TODAY)
    with UnitOfWork(db) as uow:
        records.delete(uow, "accounts", account)
    with UnitOfWork(db, write=False) as uow:
        assert today_view(uow, today=TODAY).follow_ups == ()


def test_recent_activities_are_newest_first_and_leave_out_the_future(db):
    account = _account(db)
    for days_ago in (5, 1, -2, 3):
        _activity(db, account, due=None, days_ago=days_ago)
    with UnitOfWork(db, write=False) as uow:
        recent = recent_activities(uow, today=TODAY, limit=2)
    assert [TODAY - r.occurred_at.date() for r in recent] == [
        dt.timedelta(days=1),
        dt.timedelta(days=3),
    ]


def test_due_today_comes_first_then_the_most_recently_overdue_and_totals_count_everything(db):
    account = _account(db)
    for days in (30, 0, 2, 9):
        _activity(db, account, due=TODAY - dt.timedelta(days=days), step=f"{days} 天")
    with UnitOfWork(db, write=False) as uow:
        listed = follow_ups(uow, today=TODAY, limit=3)
        view = today_view(uow, today=TODAY)
    assert [f.days_overdue for f in listed] == [0, 2, 9]
    assert (view.overdue_count, view.due_today_count, len(view.follow_ups)) == (3, 1, 4)
