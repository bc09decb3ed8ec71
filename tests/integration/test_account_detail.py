"""Reading an account for its editor: fields, live contacts, activities newest first."""

import datetime as dt
from decimal import Decimal

import pytest

from services import records
from services.account_detail import account_detail, rep_choices
from storage.uow import NotFound, UnitOfWork


def create(db, table, values):
    with UnitOfWork(db) as uow:
        return records.create(uow, table, values)


@pytest.fixture
def account(db):
    rep = create(db, "reps", {"login": "lina", "display_name": "李娜"})
    return create(
        db,
        "accounts",
        {
            "name": "杭州电子设备有限公司",
            "channel_type": "dealer",
            "owner_rep_id": rep,
            "credit_limit": Decimal("50000.00"),
            "tags": ["vip", "老客户"],
        },
    )


def test_the_detail_holds_every_account_field_as_a_typed_value(db, account):
    with UnitOfWork(db, write=False) as uow:
        detail = account_detail(uow, account)
    values = detail.account.values
    assert values["name"] == "杭州电子设备有限公司"
    assert values["credit_limit"] == Decimal("50000.00")
    assert values["tags"] == ["vip", "老客户"]
    assert values["contract_end"] is None
    assert detail.account.names["owner_rep_id"] == "李娜"
    assert [r.text for r in detail.reps] == ["李娜"]


def test_deleted_contacts_are_left_out_and_the_rest_come_by_name(db, account):
    create(db, "contacts", {"account_id": account, "name": "王红"})
    gone = create(db, "contacts", {"account_id": account, "name": "白彬海"})
    create(db, "contacts", {"account_id": account, "name": "Alice"})
    with UnitOfWork(db) as uow:
        records.delete(uow, "contacts", gone)
    with UnitOfWork(db, write=False) as uow:
        detail = account_detail(uow, account)
    assert [c.get("name") for c in detail.contacts] == ["Alice", "王红"]


def test_activities_come_newest_first_with_the_names_of_their_contacts(db, account):
    zhang = create(db, "contacts", {"account_id": account, "name": "张三", "title": "采购经理"})
    for day, subject in ((3, "电话回访"), (9, "季度战略会议"), (5, "上门拜访")):
        create(
            db,
            "activities",
            {
                "account_id": account,
                "kind": "call",
                "occurred_at": dt.datetime(2026, 11, day, 2, 0),
                "subject": subject,
                "contact_ids": [zhang],
            },
        )
    with UnitOfWork(db, write=False) as uow:
        detail = account_detail(uow, account)
    assert [a.get("subject") for a in detail.activities] == ["季度战略会议", "上门拜访", "电话回访"]
    assert detail.activities[0].names["contact_ids"] == "张三"
    assert [c.text for c in detail.contact_choices()] == ["张三 (采购经理)"]


def test_a_deleted_account_cannot_be_opened(db, account):
    with UnitOfWork(db) as uow:
        records.delete(uow, "accounts", account)
    with UnitOfWork(db, write=False) as uow, pytest.raises(NotFound):
        account_detail(uow, account)


def test_reps_are_offered_by_name(db):
    create(db, "reps", {"login": "zs", "display_name": "Zhang San"})
    create(db, "reps", {"login": "al", "display_name": "Alice"})
    with UnitOfWork(db, write=False) as uow:
        assert [r.text for r in rep_choices(uow)] == ["Alice", "Zhang San"]
