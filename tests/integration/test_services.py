"""The generic record services: create, edit with undo, delete with restore."""

import pytest

from services import records
from services.errors import ValidationFailed
from storage.models import Account, Contact
from storage.uow import NotFound, UnitOfWork


def test_an_edit_returns_what_undoes_it(db):
    with UnitOfWork(db) as uow:
        account = records.create(uow, "accounts", {"name": "温州贸易", "channel_type": "agent"})
    with UnitOfWork(db) as uow:
        undo = records.update(uow, "accounts", account, {"city": "温州", "level": "city"})
    with UnitOfWork(db) as uow:
        records.update(uow, "accounts", account, undo)
    with UnitOfWork(db) as uow:
        obj = uow.get(Account, account)
        assert (obj.city, obj.level) == (None, None)


def test_a_contact_for_an_account_that_does_not_exist_is_refused_with_the_field_named(db):
    with UnitOfWork(db) as uow, pytest.raises(ValidationFailed) as info:
        records.create(
            uow, "contacts", {"name": "张三", "account_id": "00000000-0000-4000-8000-000000000000"}
        )
    assert set(info.value.by_field()) == {"account_id"}
    with UnitOfWork(db) as uow:
        assert uow.live(Contact) == []


def test_a_deleted_account_is_gone_from_view_and_comes_back_on_restore(db):
    with UnitOfWork(db) as uow:
        account = records.create(uow, "accounts", {"name": "嘉兴电器", "channel_type": "retail"})
    with UnitOfWork(db) as uow:
        contact = records.create(uow, "contacts", {"name": "李四", "account_id": account})
    with UnitOfWork(db) as uow:
        deleted = records.delete(uow, "accounts", account)
    with UnitOfWork(db) as uow:
        with pytest.raises(NotFound):
            uow.get(Account, account)
        with pytest.raises(NotFound):
            uow.get(Contact, contact)
    with UnitOfWork(db) as uow:
        records.restore(uow, deleted)
    with UnitOfWork(db) as uow:
        assert uow.get(Contact, contact).account_id == account
