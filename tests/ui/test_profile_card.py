"""The profile card: what it shows for a profiled and an unprofiled buyer, the clash advice
when the rep's own profile is opposite the buyer's, and the political style."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack
from sqlalchemy import select

from domain.profiling_content import content
from domain.vocabulary import PoliticalStyle, Quadrant
from services import profiling, records
from storage.models import Contact, Rep
from storage.uow import UnitOfWork
from tests.ui.conftest import LOAD_TIMEOUT_MS, drain
from ui.profiling.political_dialog import PoliticalStyleDialog
from ui.profiling.profile_panel import ProfilePanel

pytestmark = pytest.mark.usefixtures("english")


def cue_ids(quadrant: str, n: int) -> list[str]:
    return [c.id for c in content().quadrants[Quadrant(quadrant)].all_cues()[:n]]


def grid_picks(main: str, other: str) -> dict[str, list[str]]:
    """Per grid: the 4 elements of ``main`` and of ``other`` (8 picks)."""
    return {
        g.id: [e.id for e in g.elements if e.quadrant in (main, other)] for g in content().grids
    }


@pytest.fixture
def world(demo_db):
    """A new buyer at a demo account, and the first demo rep."""
    with UnitOfWork(demo_db) as uow:
        contact = uow.session.scalars(select(Contact).where(Contact.deleted.is_(False))).first()
        account_id = contact.account_id
        buyer = records.create(
            uow, "contacts", {"account_id": account_id, "name": "欧阳峰", "title": "总经理"}
        )
        rep = uow.session.scalars(select(Rep.id)).first()
    return {"buyer": buyer, "rep": rep}


@pytest.fixture
def panel(qtbot, runner):
    widget = ProfilePanel(runner, QUndoStack())
    qtbot.addWidget(widget)
    widget.resize(900, 900)
    widget.show()
    return widget


def show(qtbot, panel, contact_id):
    with qtbot.waitSignal(panel.card_loaded, timeout=LOAD_TIMEOUT_MS):
        panel.set_contact(contact_id)


def test_an_unprofiled_buyer_has_an_empty_grid_and_says_what_to_do(qtbot, panel, world):
    show(qtbot, panel, world["buyer"])
    view = panel.view
    assert view.heading.text() == "欧阳峰 · 总经理"
    assert "Not assessed yet" in view.status.text()
    assert view.chart.scores is None
    assert view.section_text("traits") == "Profile him first."
    # The walk-around checklist is there for all four quadrants even so.
    checklist = view.section_text("checklist")
    for group in profiling.checklist("en"):
        assert group.title in checklist
    assert not panel.history_button.isEnabled()


def test_the_card_shows_scores_code_traits_and_the_advice_of_the_buyers_quadrants(
    qtbot, panel, world, demo_db
):
    with UnitOfWork(demo_db) as uow:
        profiling.save_observer(uow, world["buyer"], cue_ids("D", 5), confidence=4)
    show(qtbot, panel, world["buyer"])
    view = panel.view
    d = content().quadrants[Quadrant.D]
    assert view.code.text() == "3-3-3-1"
    assert view.chart.scores == {"A": 0, "B": 0, "C": 0, "D": 133}
    assert "Single dominant" in view.dominance.text()
    assert d.descriptors[0].get("en") in view.section_text("traits")
    assert d.communication[0].get("en") in view.section_text("communication")
    assert d.proposal_want[0].get("en") in view.section_text("proposal_do")
    assert d.proposal_avoid[0].get("en") in view.section_text("proposal_dont")
    assert f"{d.name.get('en')} ★ his quadrant" in view.section_text("checklist")
    assert "HBDI" not in view.status.text()
    assert "Thinking-style estimate" in view.status.text()


def test_the_card_shows_the_clash_advice_when_the_reps_style_is_opposite_the_buyers(
    qtbot, panel, world, demo_db
):
    with UnitOfWork(demo_db) as uow:
        # The rep leads in A and B; the buyer in C and D: both diagonals are opposite.
        profiling.save_self(uow, world["rep"], grid_picks("A", "B"))
        profiling.save_observer(
            uow, world["buyer"], cue_ids("C", 4) + cue_ids("D", 4), confidence=3
        )
    show(qtbot, panel, world["buyer"])
    clash = panel.view.section_text("clash")
    opposites = content().opposites
    assert opposites["AC"].get("en") in clash
    assert opposites["BD"].get("en") in clash
    assert "Opposite quadrants: you lead in A" in clash
    # The rep's own profile is drawn beside the buyer's for comparison.
    assert panel.view.chart.overlay is not None
    assert panel.view.chart.overlay["A"] > panel.view.chart.overlay["C"]


def test_without_a_self_profile_the_card_asks_the_rep_to_profile_himself(qtbot, db, empty_runner):
    with UnitOfWork(db) as uow:
        account = records.create(uow, "accounts", {"name": "杭州电子", "channel_type": "dealer"})
        buyer = records.create(uow, "contacts", {"account_id": account, "name": "王总"})
        profiling.save_observer(uow, buyer, cue_ids("A", 3), confidence=3)
    panel = ProfilePanel(empty_runner, QUndoStack())
    qtbot.addWidget(panel)
    show(qtbot, panel, buyer)
    assert "Fill in your own profile" in panel.view.section_text("clash")
    assert panel.view.chart.overlay is None


def test_the_political_style_is_chosen_from_two_questions_saved_and_undoable(
    qtbot, panel, world, demo_db, runner
):
    show(qtbot, panel, world["buyer"])
    assert "Political style not judged yet" in panel.view.section_text("political")
    dialog = panel.open_political()
    assert isinstance(dialog, PoliticalStyleDialog)
    assert not dialog.save_button.isEnabled()
    dialog.answer("reading", "aware")
    assert not dialog.save_button.isEnabled()
    dialog.answer("carrying", "games")
    assert dialog.save_button.isEnabled()
    fox = content().styles[PoliticalStyle.FOX]
    assert fox.nature.get("en") in dialog.result.text()

    stack = dialog.undo_stack
    with qtbot.waitSignals([dialog.saved, panel.card_loaded], timeout=LOAD_TIMEOUT_MS):
        dialog.save_button.click()
    drain(runner)
    with UnitOfWork(demo_db, write=False) as uow:
        assert uow.get(Contact, world["buyer"]).political_style == "fox"
    political = panel.view.section_text("political")
    assert fox.advice[0].get("en") in political

    with qtbot.waitSignal(panel.card_loaded, timeout=LOAD_TIMEOUT_MS):
        stack.undo()
    drain(runner)
    with UnitOfWork(demo_db, write=False) as uow:
        assert uow.get(Contact, world["buyer"]).political_style is None


def test_the_contacts_tab_opens_the_selected_contacts_profile_card(qtbot, runner, demo_db):
    from services.account_detail import account_detail
    from storage.models import Account
    from tests.ui.conftest import FEATURED_ACCOUNT, FEATURED_CONTACT
    from ui.editors.contacts_tab import ContactsTab

    with UnitOfWork(demo_db, write=False) as uow:
        account_id = uow.session.scalars(
            select(Account.id).where(Account.name == FEATURED_ACCOUNT)
        ).first()
        detail = account_detail(uow, account_id)
    tab = ContactsTab(runner, QUndoStack())
    qtbot.addWidget(tab)
    tab.set_detail(detail)
    assert not tab.profile_button.isEnabled()
    zhang = next(c for c in detail.contacts if c.get("name") == FEATURED_CONTACT)
    tab.select(zhang.id)
    assert tab.profile_button.isEnabled()
    window = tab.open_profile()
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.panel.card is not None, timeout=LOAD_TIMEOUT_MS)
    assert window.panel.card.contact_id == zhang.id
    assert FEATURED_CONTACT in window.windowTitle()
    assert window.panel.profile_button.isEnabled()


def test_a_thin_estimate_is_marked_tentative_on_the_card(qtbot, panel, world, demo_db):
    with UnitOfWork(demo_db) as uow:
        profiling.save_observer(uow, world["buyer"], cue_ids("D", 1), confidence=2)
    show(qtbot, panel, world["buyer"])
    view = panel.view
    assert "Single dominant" in view.dominance.text()
    assert view.caution.text() == "Tentative — few cues observed"
    assert not view.caution.isHidden()
    with UnitOfWork(demo_db) as uow:
        profiling.save_observer(uow, world["buyer"], cue_ids("D", 4), confidence=3)
    with qtbot.waitSignal(panel.card_loaded, timeout=LOAD_TIMEOUT_MS):
        panel.refresh()
    assert view.caution.isHidden()


def test_without_a_clash_the_card_names_where_the_rep_and_buyer_differ_most(
    qtbot, panel, world, demo_db
):
    with UnitOfWork(demo_db) as uow:
        # The rep leads in A and is secondary in B and D (99-66-33-66); the buyer leads in
        # D alone: no opposite quadrant, no blind spot, but they differ most in D.
        per_grid = {"A": 3, "B": 2, "C": 1, "D": 2}
        picks = {
            g.id: [
                e.id
                for q, n in per_grid.items()
                for e in [x for x in g.elements if x.quadrant == q][:n]
            ]
            for g in content().grids
        }
        profiling.save_self(uow, world["rep"], picks)
        profiling.save_observer(
            uow, world["buyer"], cue_ids("D", 4) + cue_ids("A", 1), confidence=3
        )
    show(qtbot, panel, world["buyer"])
    clash = panel.view.section_text("clash")
    d = content().quadrants[Quadrant.D]
    assert "no wide gap" not in clash
    assert f"You differ most in {d.name.get('en')}: he scores 133, you 66" in clash
    assert "(67 points apart)" in clash
    assert d.stretch.get("en") in clash
