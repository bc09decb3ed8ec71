"""The Profiles page: the contact list with badges, search, the card of the selected
contact, the rep's own profile and the proposal check."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack
from sqlalchemy import select

from domain.profiling_content import content
from domain.vocabulary import Quadrant
from services import profiling, records
from storage.models import Contact
from storage.uow import UnitOfWork
from tests.ui.conftest import FEATURED_CONTACT, LOAD_TIMEOUT_MS, drain
from ui.pages.profiles_page import ProfilesPage
from ui.profiling.observer_dialog import ObserverDialog
from ui.profiling.self_dialog import SelfAssessmentDialog

pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def page(qtbot, runner):
    widget = ProfilesPage(runner, QUndoStack())
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    with qtbot.waitSignal(widget.did_load, timeout=LOAD_TIMEOUT_MS):
        widget.ensure_loaded()
    drain(runner)
    return widget


def cue_ids(quadrant: str, n: int) -> list[str]:
    return [c.id for c in content().quadrants[Quadrant(quadrant)].all_cues()[:n]]


def test_the_page_lists_every_contact_with_the_profiled_ones_first(page):
    assert page.model.rowCount() == 200
    first = page.model.row_at(0)
    assert first.badge and first.code_text and first.assessed_on
    profiled = [page.model.row_at(i) for i in range(11)]
    assert all(r.badge for r in profiled)
    assert page.count_label.text() == "200 of 200 contacts shown · 11 profiled"
    assert page.my_profile_label.text().startswith("My profile: ")
    # The first row is selected and its card shown.
    assert page.panel.card is not None
    assert page.panel.card.contact_id == first.contact_id


def test_search_finds_a_contact_by_pinyin_and_the_filter_keeps_the_profiled(qtbot, page):
    page.search.setText("zhangsan")
    names = {page.model.row_at(i).name for i in range(page.model.rowCount())}
    assert FEATURED_CONTACT in names
    page.search.setText("")
    page.only_profiled.setChecked(True)
    assert page.model.rowCount() == 11
    assert "11 of 200 contacts shown" in page.count_label.text()


def test_profiling_a_buyer_from_the_page_updates_his_row_and_card(qtbot, page, runner, demo_db):
    page.search.setText("zhangsan")
    with UnitOfWork(demo_db, write=False) as uow:
        zhang = uow.session.scalars(
            select(Contact.id).where(Contact.name == FEATURED_CONTACT)
        ).first()
    with qtbot.waitSignal(page.panel.card_loaded, timeout=LOAD_TIMEOUT_MS):
        page.select_contact(zhang)
    form = page.panel.open_form()
    assert isinstance(form, ObserverDialog)
    for cue in cue_ids("A", 4) + cue_ids("B", 2):
        form.boxes[cue].click()
    with qtbot.waitSignals([form.saved, page.did_load], timeout=LOAD_TIMEOUT_MS):
        form.save_button.click()
    drain(runner)
    row = page.model.row_at(page.model.row_of(zhang))
    assert row.badge == "A"
    assert row.code_text == "1-2-3-3"
    assert page.panel.view.code.text() == "1-2-3-3"


def test_my_profile_opens_the_three_grid_questionnaire(page):
    dialog = page.open_self_assessment()
    assert isinstance(dialog, SelfAssessmentDialog)
    assert len(dialog.form.grids) == 3
    assert dialog.rep.count() == 3
    assert not dialog.save_button.isEnabled()


def test_the_proposal_check_lists_the_quadrants_present_but_not_served(
    qtbot, page, demo_db, runner
):
    with UnitOfWork(demo_db) as uow:
        account = records.create(uow, "accounts", {"name": "宁波测试", "channel_type": "dealer"})
        analyst = records.create(uow, "contacts", {"account_id": account, "name": "甲工"})
        people = records.create(uow, "contacts", {"account_id": account, "name": "乙姐"})
        newbie = records.create(uow, "contacts", {"account_id": account, "name": "丙总"})
        profiling.save_observer(uow, analyst, cue_ids("A", 4), confidence=3)
        profiling.save_observer(uow, people, cue_ids("C", 4), confidence=3)
    with qtbot.waitSignal(page.did_load, timeout=LOAD_TIMEOUT_MS):
        page.refresh()
    drain(runner)
    page.select_contact(analyst)
    dialog = page.open_proposal_check()
    assert dialog.account.currentText() == "宁波测试"
    with qtbot.waitSignal(dialog.checked, timeout=LOAD_TIMEOUT_MS):
        dialog.set_present([analyst, people, newbie])
    assert dialog.unserved_quadrants() == ["A", "C"]
    text = dialog.result.text()
    assert "甲工" in text and "乙姐" in text
    assert "No profile yet, so not checked: 丙总" in text

    a_item = content().quadrants[Quadrant.A].checklist[0].id
    with qtbot.waitSignal(dialog.checked, timeout=LOAD_TIMEOUT_MS):
        dialog.items[a_item].setChecked(True)
    assert dialog.unserved_quadrants() == ["C"]
    c_item = content().quadrants[Quadrant.C].checklist[0].id
    with qtbot.waitSignal(dialog.checked, timeout=LOAD_TIMEOUT_MS):
        dialog.items[c_item].setChecked(True)
    assert dialog.unserved_quadrants() == []
    assert "Every quadrant of the people in the room is served." in dialog.result.text()


def test_the_main_window_shows_the_profiles_page(main_window):
    page = main_window.show_page("profiles")
    assert isinstance(page, ProfilesPage)
