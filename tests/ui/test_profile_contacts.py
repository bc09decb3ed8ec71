"""The account editor's contacts and the whole-brain profile: a badge column read in the
background, and "Profile…" in the dialog of a saved contact."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton
from sqlalchemy import select

from domain.profiling_content import content
from domain.vocabulary import Quadrant
from services import profiling
from services.account_detail import account_detail
from storage.models import Account
from storage.uow import UnitOfWork
from tests.ui.conftest import FEATURED_ACCOUNT, FEATURED_CONTACT, LOAD_TIMEOUT_MS, drain
from ui.editors.contacts_tab import BADGE_COLUMN, ContactDialog, ContactsTab
from ui.profiling.chart import BadgeDelegate
from ui.profiling.profile_panel import ContactProfileWindow

pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def detail(demo_db):
    with UnitOfWork(demo_db, write=False) as uow:
        account_id = uow.session.scalars(
            select(Account.id).where(Account.name == FEATURED_ACCOUNT)
        ).one()
        return account_detail(uow, account_id)


@pytest.fixture
def tab(qtbot, runner, stack, detail):
    widget = ContactsTab(runner, stack)
    qtbot.addWidget(widget)
    widget.resize(1000, 500)
    widget.show()
    widget.set_detail(detail)
    drain(runner)
    return widget


def cell(tab: ContactsTab, contact_id: str, column: int) -> str:
    """The text the list shows in ``column`` of ``contact_id``'s row."""
    tab.select(contact_id)
    row = tab.view.selectionModel().selectedRows()[0].row()
    return tab.proxy.index(row, column).data()


def test_the_contacts_tab_shows_each_contacts_whole_brain_badge(tab, detail, demo_db):
    with UnitOfWork(demo_db, write=False) as uow:
        expected = profiling.badges(uow, [c.id for c in detail.contacts])
    assert expected, "the demo profiles someone at the featured account"
    header = tab.proxy.headerData(BADGE_COLUMN, tab.view.horizontalHeader().orientation())
    assert header == "Whole brain"
    assert tab.proxy.headerData(0, tab.view.horizontalHeader().orientation()) == "Name"
    assert isinstance(tab.view.itemDelegateForColumn(BADGE_COLUMN), BadgeDelegate)
    for contact in detail.contacts:
        assert tab.badge_of(contact.id) == expected.get(contact.id, "")
        assert cell(tab, contact.id, BADGE_COLUMN) == expected.get(contact.id, "")
        assert cell(tab, contact.id, 0) == contact.get("name")


def test_a_new_estimate_updates_the_badge_without_reloading_the_account(
    qtbot, tab, detail, runner, stack
):
    zhang = next(c for c in detail.contacts if c.get("name") == FEATURED_CONTACT)
    assert tab.badge_of(zhang.id) == ""
    tab.select(zhang.id)
    window = tab.open_profile()
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.panel.card is not None, timeout=LOAD_TIMEOUT_MS)
    form = window.panel.open_form()
    for cue in content().quadrants[Quadrant.B].all_cues()[:3]:
        form.boxes[cue.id].click()
    with qtbot.waitSignal(form.saved, timeout=LOAD_TIMEOUT_MS):
        form.save_button.click()
    drain(runner)
    qtbot.waitUntil(lambda: tab.badge_of(zhang.id) == "B", timeout=LOAD_TIMEOUT_MS)
    stack.undo()
    drain(runner)
    qtbot.waitUntil(lambda: tab.badge_of(zhang.id) == "", timeout=LOAD_TIMEOUT_MS)


def test_the_dialog_of_a_saved_contact_opens_his_profile_card(qtbot, runner, stack, detail):
    zhang = next(c for c in detail.contacts if c.get("name") == FEATURED_CONTACT)
    dialog = ContactDialog(runner, stack, detail.account.id, zhang)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.profile_button is not None
    assert dialog.profile_button.text() == "Profile…"
    assert dialog.profile_button.isVisible()
    window = dialog.open_profile()
    assert isinstance(window, ContactProfileWindow)
    qtbot.waitUntil(lambda: window.panel.card is not None, timeout=LOAD_TIMEOUT_MS)
    assert window.panel.card.contact_id == zhang.id
    assert window.isVisible() and not window.isModal()
    assert window.parent() is dialog  # not blocked by the dialog's modality


def test_a_new_contact_has_no_profile_button_until_saved(qtbot, runner, stack, detail):
    dialog = ContactDialog(runner, stack, detail.account.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.profile_button is None
    assert dialog.open_profile() is None
    assert dialog.findChild(QPushButton, "contact_dialog_profile_button") is None
