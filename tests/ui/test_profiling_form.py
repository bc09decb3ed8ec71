"""The buyer profiling form and the rep's own questionnaire: the limits a rep runs into,
saving through the undo stack, and the card following the save."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from domain.profiling_content import content
from domain.vocabulary import Quadrant
from services import profiling
from storage.models import Contact, ProfileAssessment, Rep
from storage.uow import UnitOfWork
from tests.ui.conftest import FEATURED_CONTACT, LOAD_TIMEOUT_MS, drain
from ui.profiling.observer_dialog import ObserverDialog
from ui.profiling.profile_panel import ProfilePanel
from ui.profiling.self_dialog import SelfAssessmentDialog

pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def contact_id(demo_db) -> str:
    """The demo's featured contact, who has no profile yet."""
    with UnitOfWork(demo_db, write=False) as uow:
        return uow.session.scalars(
            select(Contact.id).where(Contact.name == FEATURED_CONTACT)
        ).first()


@pytest.fixture
def form(qtbot, runner, stack, contact_id):
    dialog = ObserverDialog(runner, stack, contact_id, FEATURED_CONTACT)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def cue_ids(quadrant: str, n: int) -> list[str]:
    return [c.id for c in content().quadrants[Quadrant(quadrant)].all_cues()[:n]]


def assessments_of(db, contact_id) -> int:
    with UnitOfWork(db, write=False) as uow:
        return len(profiling.history(uow, contact_id))


def test_the_form_counts_down_to_eight_and_refuses_a_ninth_cue_with_a_message(form):
    assert form.counter.text() == "0 of 8 cues ticked — 8 left"
    ticks = cue_ids("A", 4) + cue_ids("C", 4)
    for i, cue in enumerate(ticks, 1):
        form.boxes[cue].click()
        assert form.boxes[cue].isChecked()
        assert f"{i} of 8 cues ticked" in form.counter.text()
    assert "none left" in form.counter.text()
    assert form.message.text() == ""

    ninth = cue_ids("B", 1)[0]
    form.boxes[ninth].click()

    assert not form.boxes[ninth].isChecked()
    assert form.message.text() == "at most 8 may be picked (9 is one too many)"
    assert len(form.selected) == 8
    # Unticking one makes room again and clears the message.
    form.boxes[ticks[0]].click()
    assert form.counter.text() == "7 of 8 cues ticked — 1 left"
    form.boxes[ninth].click()
    assert form.boxes[ninth].isChecked()
    assert form.message.text() == ""


def test_save_is_disabled_with_a_reason_while_no_cue_is_ticked(form):
    assert not form.save_button.isEnabled()
    assert "tick at least one observed cue" in form.save_reason.text()
    assert form.chart.scores is None

    form.boxes[cue_ids("D", 1)[0]].click()

    assert form.save_button.isEnabled()
    assert form.save_reason.text() == ""
    assert form.chart.scores == {"A": 0, "B": 0, "C": 0, "D": 33}


def test_the_preview_shows_the_code_and_type_as_cues_are_ticked(form):
    for cue in cue_ids("A", 3) + cue_ids("D", 3):
        form.boxes[cue].click()
    assert "1-3-3-1" in form.code_label.text()
    assert "Double dominant" in form.code_label.text()
    assert form.chart.scores == {"A": 99, "B": 0, "C": 0, "D": 99}
    assert "HBDI" not in form.windowTitle() + form.intro.text()
    assert "estimate" in form.windowTitle()


def test_saving_an_estimate_adds_to_the_history_and_the_card_shows_it_undo_removes_it(
    qtbot, form, runner, stack, demo_db, contact_id
):
    panel = ProfilePanel(runner, stack)
    qtbot.addWidget(panel)
    panel.show()
    with qtbot.waitSignal(panel.card_loaded, timeout=LOAD_TIMEOUT_MS):
        panel.set_contact(contact_id)
    assert panel.card.assessment is None
    assert panel.view.code.text() == "–"

    for cue in cue_ids("B", 3) + cue_ids("C", 3):
        form.boxes[cue].click()
    form.confidence.setCurrentIndex(3)
    form.note.setPlainText("Asked for the schedule twice")
    with qtbot.waitSignals([form.saved, panel.card_loaded], timeout=LOAD_TIMEOUT_MS):
        form.save_button.click()
    drain(runner)

    assert assessments_of(demo_db, contact_id) == 1
    assert panel.card.score.code_text == "3-1-1-3"
    assert panel.view.code.text() == "3-1-1-3"
    assert panel.view.badge.badge() == "B·C"
    assert "confidence 4 of 5" in panel.view.status.text()
    assert "Asked for the schedule twice" in panel.view.status.text()
    assert stack.undoText() == f"Profile {FEATURED_CONTACT}"

    with qtbot.waitSignal(panel.card_loaded, timeout=LOAD_TIMEOUT_MS):
        stack.undo()
    drain(runner)
    assert assessments_of(demo_db, contact_id) == 0
    assert panel.view.code.text() == "–"

    with qtbot.waitSignal(panel.card_loaded, timeout=LOAD_TIMEOUT_MS):
        stack.redo()
    drain(runner)
    assert assessments_of(demo_db, contact_id) == 1
    with UnitOfWork(demo_db, write=False) as uow:  # the same row came back, not a copy
        rows = uow.session.scalars(
            select(ProfileAssessment).where(ProfileAssessment.contact_id == contact_id)
        ).all()
    assert len(rows) == 1


@pytest.fixture
def questionnaire(qtbot, runner, stack, demo_db):
    from services.account_detail import rep_choices

    with UnitOfWork(demo_db, write=False) as uow:
        reps = rep_choices(uow)
    dialog = SelfAssessmentDialog(runner, stack, reps, rep_id=reps[0].id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_self_questionnaire_takes_exactly_eight_in_each_grid(
    qtbot, questionnaire, runner, demo_db
):
    dialog = questionnaire
    grids = dialog.form.grids
    assert not dialog.save_button.isEnabled()
    for n, grid in enumerate(grids):
        items = [i.id for i in grid.items]
        for item in items[:8]:
            dialog.boxes[item].click()
        counter = dialog.grid_counters[grid.id]
        assert counter.text() == "8 of 8 picked"
        dialog.boxes[items[8]].click()  # a 9th in this grid is refused
        assert not dialog.boxes[items[8]].isChecked()
        assert "at most 8 may be picked" in dialog.message.text()
        if n < len(grids) - 1:
            assert not dialog.save_button.isEnabled()
            assert f"grid {n + 2}" in dialog.save_reason.text()
    assert dialog.counter.text() == "24 of 24 picked in all"
    assert dialog.save_button.isEnabled()

    dialog.rep.setCurrentIndex(1)  # a colleague's machine: he saves his own profile
    rep_id = dialog.rep.currentData()
    with UnitOfWork(demo_db, write=False) as uow:
        assert profiling.current_rep_id(uow) != rep_id
    with qtbot.waitSignal(dialog.saved, timeout=LOAD_TIMEOUT_MS):
        dialog.save_button.click()
    drain(runner)
    with UnitOfWork(demo_db, write=False) as uow:
        mine = profiling.rep_profile(uow, rep_id)
        # He is now the current rep: "My profile" and the cards use his.
        assert profiling.current_rep_id(uow) == rep_id
        assert profiling.rep_profile(uow) == mine
    assert mine is not None
    assert sorted(len(v) for v in mine.answers.values()) == [8, 8, 8]
    assert mine.confidence is None


def test_the_date_observed_stops_at_today(qtbot, runner, stack, contact_id):
    import datetime as dt

    from PySide6.QtCore import QDate

    today = dt.date(2026, 11, 23)
    dialog = ObserverDialog(runner, stack, contact_id, FEATURED_CONTACT, today=today)
    qtbot.addWidget(dialog)
    assert dialog.assessed_on.date().toPython() == today
    assert dialog.assessed_on.maximumDate().toPython() == today
    dialog.assessed_on.setDate(QDate(2026, 12, 1))
    assert dialog.assessed_on.date().toPython() == today
    dialog.assessed_on.setDate(QDate(2026, 11, 2))
    assert dialog.assessed_on.date().toPython() == dt.date(2026, 11, 2)


def test_the_preview_says_tentative_while_few_cues_are_ticked(form):
    first = cue_ids("A", 3)
    form.boxes[first[0]].click()
    assert "Single dominant" in form.code_label.text()
    assert form.caution_label.text() == "Tentative — few cues observed"
    assert not form.caution_label.isHidden()
    form.boxes[first[1]].click()
    assert not form.caution_label.isHidden()
    form.boxes[first[2]].click()
    assert form.caution_label.isHidden()
    # Four single ticks would read as a whole-brain profile: tentative too.
    for cue in first:
        form.boxes[cue].click()
    for q in "ABCD":
        form.boxes[cue_ids(q, 1)[0]].click()
    assert "1-1-1-1" in form.code_label.text()
    assert form.caution_label.text() == "Tentative — few cues observed"


def test_an_estimate_made_from_the_card_is_recorded_as_the_current_reps(
    qtbot, runner, stack, demo_db, contact_id
):
    with UnitOfWork(demo_db, write=False) as uow:
        me = profiling.current_rep_id(uow)
        my_name = uow.session.get(Rep, me).display_name
    panel = ProfilePanel(runner, stack)
    qtbot.addWidget(panel)
    panel.show()
    with qtbot.waitSignal(panel.card_loaded, timeout=LOAD_TIMEOUT_MS):
        panel.set_contact(contact_id)
    form = panel.open_form()
    assert form.rep_id == me
    for cue in cue_ids("C", 3):
        form.boxes[cue].click()
    with qtbot.waitSignals([form.saved, panel.card_loaded], timeout=LOAD_TIMEOUT_MS):
        form.save_button.click()
    drain(runner)
    assert panel.card.assessment.rep_id == me
    assert f"by {my_name}" in panel.view.status.text()
    history = panel.open_history()
    qtbot.waitUntil(lambda: history.table.rowCount() == 1, timeout=LOAD_TIMEOUT_MS)
    assert history.table.item(0, 5).text() == my_name
