"""The account editor: creating, checking entries inline, contacts, activities, closing."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from shiboken6 import isValid
from sqlalchemy import select

from services import records
from storage.models import Account, Activity, Contact, PendingChange
from storage.uow import UnitOfWork
from ui import i18n
from ui.editors import close_guard
from ui.editors.account_editor import AccountEditor
from ui.editors.field_widgets import ChoiceField

NAME = "杭州电子设备有限公司"


pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def runner(empty_runner):
    return empty_runner


@pytest.fixture
def account(db):
    with UnitOfWork(db) as uow:
        return records.create(
            uow, "accounts", {"name": NAME, "channel_type": "dealer", "city": "杭州"}
        )


@pytest.fixture
def open_editor(qtbot, runner, stack):
    """Open the editor of an account (None: a new one) and wait until it has loaded."""
    editors = []

    def open_(account_id):
        editor = AccountEditor(runner, stack, account_id)
        editors.append(editor)
        editor.show()
        qtbot.waitUntil(lambda: editor.form.isEnabled() and not runner.busy)
        return editor

    yield open_
    runner.wait()
    for editor in editors:
        if isValid(editor):  # editors delete themselves once closed
            editor.discard_changes()  # so closing does not stop on the question
            editor.close()


def enter(form, name, value):
    """Type ``value`` into field ``name`` the way the rep would (a code for a choice)."""
    widget = form.fields[name]
    if isinstance(widget, ChoiceField):
        widget.combo.setCurrentIndex(widget.combo.findData(value))
    else:
        widget.edit.setText(value)


def written(qtbot, runner):
    qtbot.waitUntil(lambda: not runner.busy)


def answer_with(monkeypatch, button):
    """Make the unsaved-changes question answer ``button``; returns the questions asked."""
    asked = []

    class Box(QMessageBox):
        @staticmethod
        def question(*args, **kwargs):
            asked.append(args[2])
            return button

    monkeypatch.setattr(close_guard, "QMessageBox", Box)
    return asked


def test_a_new_account_saved_from_the_editor_is_written_with_a_pending_change(
    qtbot, db, runner, open_editor
):
    editor = open_editor(None)
    assert editor.windowTitle().startswith("New account")
    enter(editor.form, "name", NAME)
    enter(editor.form, "channel_type", "dealer")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.account_id is not None)
    written(qtbot, runner)
    with UnitOfWork(db) as uow:
        saved = uow.get(Account, editor.account_id)
        assert (saved.name, saved.channel_type) == (NAME, "dealer")
        pending = uow.session.scalars(
            select(PendingChange.table_name).where(PendingChange.row_id == editor.account_id)
        ).all()
    assert pending == ["accounts"]
    qtbot.waitUntil(lambda: editor.windowTitle().startswith(NAME))
    assert editor.tabs.isTabEnabled(1)


def test_a_required_field_left_empty_is_named_beside_it_and_nothing_is_saved(
    db, runner, open_editor
):
    editor = open_editor(None)
    enter(editor.form, "name", NAME)
    editor.save()
    assert editor.form.error_text("channel_type") == "is required"
    assert editor.form.error_text("name") == ""
    assert not runner.busy
    with UnitOfWork(db) as uow:
        assert uow.live(Account) == []


def test_an_invalid_phone_is_shown_beside_the_phone_field_and_what_was_typed_stays(
    db, runner, account, open_editor
):
    editor = open_editor(account)
    enter(editor.form, "phone", "call me maybe")
    enter(editor.form, "city", "温州")
    editor.save()
    assert editor.form.error_text("phone") == "'call me maybe' is not a phone number"
    assert editor.form.fields["phone"].raw() == "call me maybe"
    assert editor.form.fields["city"].raw() == "温州"
    assert editor.form.fields["phone"].edit.hasFocus() or not editor.isActiveWindow()
    assert not runner.busy
    with UnitOfWork(db) as uow:
        assert uow.get(Account, account).city == "杭州"


def test_an_amount_that_is_not_a_number_is_reported_like_any_other_problem(
    runner, account, open_editor
):
    editor = open_editor(account)
    enter(editor.form, "credit_limit", "abc")
    editor.save()
    assert editor.form.error_text("credit_limit") == "'abc' is not an amount of money"
    assert not runner.busy


def test_only_the_fields_changed_are_sent(qtbot, runner, stack, account, open_editor):
    editor = open_editor(account)
    enter(editor.form, "credit_limit", "12,500.5")
    editor.save()
    written(qtbot, runner)
    assert stack.count() == 1
    command = stack.command(0)
    assert command.changes == {"credit_limit": pytest.approx(12500.5)}
    assert command.text() == "Edit account 杭州电子设备有限公司"


def test_the_error_message_follows_the_interface_language(qtbot, account, open_editor):
    i18n.apply_language("zh_CN")
    editor = open_editor(account)
    enter(editor.form, "phone", "abc")
    editor.save()
    assert editor.form.error_text("phone") == "'abc' 不是电话号码"
    i18n.apply_language("en")  # open windows get a LanguageChange event
    qtbot.waitUntil(lambda: editor.form.error_text("phone") == "'abc' is not a phone number")


def test_a_contact_added_in_its_dialog_is_listed_on_the_contacts_tab(
    qtbot, db, runner, account, open_editor
):
    editor = open_editor(account)
    dialog = editor.contacts_tab.open_dialog(None)
    enter(dialog.form, "name", "张三")
    enter(dialog.form, "phone", "0571-8888 6666")
    enter(dialog.form, "ally_kind", "guide")
    enter(dialog.form, "political_style", "owl")
    dialog.save()
    qtbot.waitUntil(lambda: editor.contacts_tab.row_count() == 1)
    with UnitOfWork(db) as uow:
        (contact,) = uow.live(Contact)
        assert (contact.account_id, contact.ally_kind, contact.political_style) == (
            account,
            "guide",
            "owl",
        )
    assert editor.tabs.tabText(1) == "Contacts (1)"


def test_a_contact_with_a_bad_email_is_refused_inside_the_dialog(runner, account, open_editor):
    editor = open_editor(account)
    dialog = editor.contacts_tab.open_dialog(None)
    enter(dialog.form, "name", "张三")
    enter(dialog.form, "email", "zhangsan@")
    dialog.save()
    assert dialog.form.error_text("email") == "'zhangsan@' is not an e-mail address"
    assert dialog.isVisible()
    assert not runner.busy


def test_a_call_with_outcome_advance_needs_the_customer_action_beside_its_field(
    qtbot, db, runner, account, open_editor
):
    editor = open_editor(account)
    dialog = editor.activities_tab.open_dialog(None)
    form = dialog.form
    assert not form.fields["advance_kind"].isVisibleTo(dialog)
    enter(form, "kind", "call")
    enter(form, "outcome", "advance")
    assert form.fields["advance_kind"].isVisibleTo(dialog)
    enter(form, "subject", "电话回访")
    dialog.save()
    assert form.error_text("advance_kind") == (
        "an advance needs the customer action that made it one"
    )
    assert not runner.busy
    with UnitOfWork(db) as uow:
        assert uow.live(Activity) == []

    enter(form, "advance_kind", "trial")
    form.fields["advance_on"].set_value(dt.date(2026, 11, 30))
    dialog.save()
    qtbot.waitUntil(lambda: editor.activities_tab.row_count() == 1)
    with UnitOfWork(db) as uow:
        (activity,) = uow.live(Activity)
        assert (activity.kind, activity.outcome, activity.advance_kind) == (
            "call",
            "advance",
            "trial",
        )
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        assert abs(activity.occurred_at - now) < dt.timedelta(minutes=2)


def test_a_next_step_can_be_marked_done_from_the_activities_tab(
    qtbot, db, runner, account, open_editor
):
    with UnitOfWork(db) as uow:
        activity = records.create(
            uow,
            "activities",
            {
                "account_id": account,
                "kind": "visit",
                "occurred_at": dt.datetime(2026, 11, 2, 2, 0),
                "next_step": "提交书面方案",
                "next_step_due": dt.date(2026, 11, 9),
            },
        )
    editor = open_editor(account)
    tab = editor.activities_tab
    tab.select(activity)
    assert tab.done_button.isEnabled()
    tab.toggle_done()
    written(qtbot, runner)
    with UnitOfWork(db) as uow:
        assert uow.get(Activity, activity).next_step_done is True
    qtbot.waitUntil(lambda: tab.done_button.text() == "Reopen next step")


def test_closing_over_unsaved_edits_asks_and_cancel_keeps_the_window_open(
    monkeypatch, account, open_editor
):
    editor = open_editor(account)
    asked = answer_with(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert editor.can_close()  # nothing changed: no question
    enter(editor.form, "city", "温州")
    editor.close()
    assert asked == [f"Save the changes to {NAME} before closing?"]
    assert editor.isVisible()
    assert editor.form.fields["city"].raw() == "温州"


def test_discard_closes_without_saving(db, runner, monkeypatch, account, open_editor):
    editor = open_editor(account)
    answer_with(monkeypatch, QMessageBox.StandardButton.Discard)
    enter(editor.form, "city", "温州")
    editor.close()
    assert not isValid(editor) or not editor.isVisible()
    assert not runner.busy
    with UnitOfWork(db) as uow:
        assert uow.get(Account, account).city == "杭州"


def test_save_in_the_question_saves_then_closes(
    qtbot, db, runner, monkeypatch, account, open_editor
):
    editor = open_editor(account)
    answer_with(monkeypatch, QMessageBox.StandardButton.Save)
    enter(editor.form, "city", "温州")
    editor.close()
    qtbot.waitUntil(lambda: not isValid(editor) or not editor.isVisible())
    with UnitOfWork(db) as uow:
        assert uow.get(Account, account).city == "温州"
