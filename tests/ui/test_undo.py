"""Undo and redo of record edits through the shared undo stack, and editors that follow them."""

import pytest

from services import records
from services.errors import ValidationFailed
from storage.models import Account, Contact
from storage.uow import NotFound, UnitOfWork
from ui.commands import (
    CreateRecordCommand,
    DeleteRecordCommand,
    UpdateRecordCommand,
    command_text,
    push,
)
from ui.editors.account_editor import AccountEditor

NAME = "杭州电子设备有限公司"


pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def runner(empty_runner):
    return empty_runner


@pytest.fixture
def account(db):
    with UnitOfWork(db) as uow:
        return records.create(uow, "accounts", {"name": NAME, "channel_type": "dealer"})


@pytest.fixture
def open_editor(qtbot, runner, stack):
    """Open the editor of an account and wait until it has loaded."""
    editors = []

    def open_(account_id):
        editor = AccountEditor(runner, stack, account_id)
        editors.append(editor)
        editor.show()
        qtbot.waitUntil(lambda: editor.detail is not None)
        return editor

    yield open_
    runner.wait()
    for editor in editors:
        editor.discard_changes()
        editor.close()


def settled(qtbot, runner):
    qtbot.waitUntil(lambda: not runner.busy)


def city(db, account_id):
    with UnitOfWork(db) as uow:
        return uow.get(Account, account_id).city


def test_undo_of_an_edit_puts_the_previous_value_back_and_redo_sets_it_again(
    qtbot, db, runner, stack, account, open_editor
):
    editor = open_editor(account)
    editor.form.fields["city"].edit.setText("温州")
    editor.save()
    settled(qtbot, runner)
    assert city(db, account) == "温州"

    stack.undo()
    settled(qtbot, runner)
    assert city(db, account) is None
    qtbot.waitUntil(lambda: editor.form.fields["city"].raw() == "")

    stack.redo()
    settled(qtbot, runner)
    assert city(db, account) == "温州"
    qtbot.waitUntil(lambda: editor.form.fields["city"].raw() == "温州")
    assert not editor.form.is_dirty()


def test_an_editor_with_unsaved_edits_keeps_them_when_its_account_changes(
    qtbot, db, runner, stack, account, open_editor
):
    editor = open_editor(account)
    editor.form.fields["phone"].edit.setText("0571-8888 6666")
    push(stack, UpdateRecordCommand(runner, "accounts", account, {"city": "温州"}, name=NAME))
    settled(qtbot, runner)
    qtbot.waitUntil(lambda: editor.detail.account.get("city") == "温州")
    assert editor.form.fields["phone"].raw() == "0571-8888 6666"
    assert editor.form.fields["city"].raw() == ""


def test_undo_right_after_a_push_runs_after_the_edit_itself(qtbot, db, runner, stack, account):
    push(stack, UpdateRecordCommand(runner, "accounts", account, {"city": "温州"}))
    stack.undo()  # queued behind the edit on the writer thread
    settled(qtbot, runner)
    assert city(db, account) is None


def test_undo_of_a_create_deletes_the_record_and_redo_brings_back_the_same_one(
    qtbot, db, runner, stack, account
):
    command = CreateRecordCommand(runner, "contacts", {"account_id": account, "name": "张三"})
    push(stack, command)
    settled(qtbot, runner)
    with UnitOfWork(db) as uow:
        assert uow.get(Contact, command.row_id).name == "张三"
    stack.undo()
    settled(qtbot, runner)
    with UnitOfWork(db) as uow, pytest.raises(NotFound):
        uow.get(Contact, command.row_id)
    stack.redo()
    settled(qtbot, runner)
    with UnitOfWork(db) as uow:
        assert [c.id for c in uow.live(Contact)] == [command.row_id]


def test_undo_of_a_delete_restores_the_account_and_its_contacts(qtbot, db, runner, stack, account):
    with UnitOfWork(db) as uow:
        records.create(uow, "contacts", {"account_id": account, "name": "张三"})
    push(stack, DeleteRecordCommand(runner, "accounts", account, name=NAME))
    settled(qtbot, runner)
    with UnitOfWork(db) as uow:
        assert uow.live(Account) == [] and uow.live(Contact) == []
    stack.undo()
    settled(qtbot, runner)
    with UnitOfWork(db) as uow:
        assert len(uow.live(Account)) == 1 and len(uow.live(Contact)) == 1


def test_an_open_editor_says_its_account_was_deleted_and_comes_back_on_undo(
    qtbot, runner, stack, account, open_editor
):
    editor = open_editor(account)
    push(stack, DeleteRecordCommand(runner, "accounts", account, name=NAME))
    qtbot.waitUntil(lambda: editor.status.text() == "This account has been deleted.")
    assert not editor.form.isEnabled()
    stack.undo()
    qtbot.waitUntil(lambda: editor.form.isEnabled())


def test_an_edit_the_service_refuses_leaves_nothing_to_undo(qtbot, runner, stack, account):
    failures = []
    bad_owner = "00000000-0000-4000-8000-000000000000"
    command = UpdateRecordCommand(
        runner, "accounts", account, {"owner_rep_id": bad_owner}, on_failure=failures.append
    )
    push(stack, command)
    qtbot.waitUntil(lambda: bool(failures))
    assert isinstance(failures[0], ValidationFailed)
    assert set(failures[0].by_field()) == {"owner_rep_id"}
    assert stack.count() == 0 and not stack.canUndo()


def test_command_texts_name_the_record_in_a_few_characters():
    assert command_text("edit", "accounts", NAME) == "Edit account 杭州电子设备有限公司"
    assert command_text("edit", "accounts", "杭州电子设备进出口贸易集团有限公司") == (
        "Edit account 杭州电子设备进出口贸易集团有限…"
    )
    assert command_text("delete", "contacts", "张三") == "Delete contact 张三"
    assert command_text("add", "invoices", "FP-001") == "Add invoices FP-001"


def test_a_contact_deleted_from_the_contacts_tab_comes_back_on_undo(
    qtbot, db, runner, stack, account, open_editor
):
    with UnitOfWork(db) as uow:
        contact = records.create(uow, "contacts", {"account_id": account, "name": "张三"})
    editor = open_editor(account)
    tab = editor.contacts_tab
    tab.select(contact)
    tab.delete_selected()
    qtbot.waitUntil(lambda: tab.row_count() == 0)
    assert stack.undoText() == "Delete contact 张三"
    stack.undo()
    qtbot.waitUntil(lambda: tab.row_count() == 1)
