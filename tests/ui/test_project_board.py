"""The project board: assigning roles by drag-and-drop and by menu, changing a stance,
logging an advance, five factors, moving a step, undo; and the sheet following along."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from domain.vocabulary import TrafficLight, label
from tests.ui.conftest import DEMO_TODAY, LOAD_TIMEOUT_MS, drain, show_loaded
from ui.board.window import ProjectBoardWindow

pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def open_board(qtbot, runner, stack):
    boards = []

    def open_(project_id: str) -> ProjectBoardWindow:
        board = ProjectBoardWindow(runner, stack, project_id, today=lambda: DEMO_TODAY)
        boards.append(board)
        board.resize(1180, 760)
        board.show()
        qtbot.waitUntil(lambda: board.board is not None, timeout=LOAD_TIMEOUT_MS)
        return board

    yield open_
    drain(runner)
    for board in boards:
        try:
            visible = board.isVisible()
        except RuntimeError:  # closed: Qt deleted it (WA_DeleteOnClose)
            continue
        if visible:
            board.discard_changes()
            board.close()


@pytest.fixture
def sheet(qtbot, runner, stack):
    from ui.pages.tracker_page import TrackerPage

    return show_loaded(qtbot, TrackerPage(runner, stack, today=lambda: DEMO_TODAY))


def settle(qtbot, runner, board):
    """Wait for the writes and the board's reload that follows them."""
    drain(runner)
    qtbot.waitUntil(lambda: not runner.busy, timeout=LOAD_TIMEOUT_MS)


def sheet_status(sheet, project_id):
    return next(r for r in sheet.model.all_rows() if r.project_id == project_id).verdict.status


def unassigned_contact(board, role):
    held = {s.contact_id for s in board.board.seats}
    return next(c["id"] for c in board.board.contacts if c["id"] not in held)


def test_dropping_a_contact_on_the_guide_column_turns_an_insiders_only_project_green(
    qtbot, runner, stack, open_board, sheet, showcase
):
    project_id = showcase["insiders_only"]["id"]
    board = open_board(project_id)
    assert board.board.verdict.status == TrafficLight.AMBER
    assert sheet_status(sheet, project_id) == TrafficLight.AMBER
    assert "insider" in board.missing_label.text()
    contact_id = unassigned_contact(board, "guide")
    row = next(i for i, c in enumerate(board.contacts_model.contacts) if c["id"] == contact_id)
    mime = board.contacts_model.mimeData([board.contacts_model.index(row)])
    guide_column = board.columns["guide"].model
    assert guide_column.canDropMimeData(mime, Qt.DropAction.CopyAction, -1, -1, QModelIndex())
    assert guide_column.dropMimeData(mime, Qt.DropAction.CopyAction, -1, -1, QModelIndex())
    settle(qtbot, runner, board)
    assert board.board.verdict.status == TrafficLight.GREEN
    assert board.status_label.text() == label(TrafficLight.GREEN, "en")
    assert any(s.contact_id == contact_id and s.role == "guide" for s in board.board.seats)
    assert sheet_status(sheet, project_id) == TrafficLight.GREEN  # the sheet follows

    stack.undo()
    settle(qtbot, runner, board)
    assert board.board.verdict.status == TrafficLight.AMBER
    assert sheet_status(sheet, project_id) == TrafficLight.AMBER
    stack.redo()
    settle(qtbot, runner, board)
    assert board.board.verdict.status == TrafficLight.GREEN


def test_assigning_a_role_by_the_menu_and_winning_the_contact_counts_the_role_won(
    qtbot, runner, stack, open_board, showcase
):
    board = open_board(showcase["stalled"]["id"])  # no guide: roles won decide red or amber
    before = board.board.verdict
    won = {s.role for s in board.board.seats if s.stance == "support" and s.role != "guide"}
    role = next(r for r in ("purchaser", "user", "gatekeeper", "decision_maker") if r not in won)
    contact_id = unassigned_contact(board, role)
    row = next(i for i, c in enumerate(board.contacts_model.contacts) if c["id"] == contact_id)
    board.contacts_view.setCurrentIndex(board.contacts_model.index(row))
    menu = board.assign_menu(contact_id)
    next(a for a in menu.actions() if a.objectName() == f"assign_{role}").trigger()
    settle(qtbot, runner, board)
    seat = next(s for s in board.board.seats if s.contact_id == contact_id and s.role == role)
    assert seat.stance == "neutral"  # a new buying role starts neutral: not won yet
    assert board.board.verdict.roles_won == before.roles_won

    assert board.select_seat(contact_id, role)
    board.stance_combo.setCurrentIndex(board.stance_combo.findData("support"))
    board.stance_combo.activated.emit(board.stance_combo.currentIndex())
    settle(qtbot, runner, board)
    after = board.board.verdict
    assert after.roles_won == before.roles_won + 1
    assert f"Roles won {after.roles_won}/4" in board.formula_label.text()

    board.remove_seat(next(s for s in board.board.seats if s.contact_id == contact_id))
    settle(qtbot, runner, board)
    assert board.board.verdict.roles_won == before.roles_won
    stack.undo()  # the removal
    settle(qtbot, runner, board)
    assert board.board.verdict.roles_won == before.roles_won + 1


def test_logging_an_advance_needs_the_action_and_its_date_and_clears_the_stall(
    qtbot, runner, stack, open_board, sheet, showcase
):
    project_id = showcase["stalled"]["id"]
    board = open_board(project_id)
    assert {"continuations", "stalled"} <= {f.code for f in board.board.risks}
    calls = board.calls.call_count()
    dialog = board.calls.open_dialog(None)
    fields = dialog.form.fields
    fields["subject"].set_value("Demo agreed")
    dialog.save()
    assert dialog.form.error_text("outcome")  # a call on a project needs its outcome
    fields["outcome"].set_value("advance")
    dialog.save()
    assert dialog.form.error_text("advance_kind")
    assert dialog.form.error_text("advance_on")
    assert stack.count() == 0  # nothing written
    fields["advance_kind"].set_value("demo")
    fields["advance_on"].set_value(DEMO_TODAY)
    dialog.save()
    settle(qtbot, runner, board)
    assert board.calls.call_count() == calls + 1
    codes = {f.code for f in board.board.risks}
    assert "continuations" not in codes and "stalled" not in codes
    assert "Risks" in board.risks_label.text() or "No risk flags" in board.risks_label.text()
    row = next(r for r in sheet.model.all_rows() if r.project_id == project_id)
    assert row.last_advance_on == DEMO_TODAY

    stack.undo()
    settle(qtbot, runner, board)
    assert "stalled" in {f.code for f in board.board.risks}
    row = next(r for r in sheet.model.all_rows() if r.project_id == project_id)
    assert row.last_advance_on != DEMO_TODAY


def test_five_factors_are_saved_undoably_and_unsaved_ratings_ask_before_closing(
    qtbot, runner, stack, open_board, showcase, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    board = open_board(showcase["holds"]["id"])
    board.tabs.setCurrentIndex(2)
    rating = board.factors.ratings["need"]
    old = rating.currentData()
    new = 5 if old != 5 else 4
    rating.setCurrentIndex(rating.findData(new))
    board.factors.need_vs_want.setText("Needs faster picking; wants a new dashboard")
    assert board.isWindowModified()
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Cancel,
    )
    assert not board.can_close()
    assert asked
    board.save_factors()
    settle(qtbot, runner, board)
    assert board.board.project["factor_need"] == new
    assert board.board.project["need_vs_want"].startswith("Needs faster")
    assert board.can_close()
    stack.undo()
    settle(qtbot, runner, board)
    assert board.board.project["factor_need"] == old
    assert board.factors.ratings["need"].currentData() == old


def test_moving_to_the_next_step_records_the_history_and_undo_takes_it_back(
    qtbot, runner, stack, open_board, showcase
):
    board = open_board(showcase["holds"]["id"])
    step = board.board.project["step"]
    history = len(board.board.steps)
    board.tabs.setCurrentIndex(3)
    target = board.steps.target.currentData()
    assert target != step
    board.steps.move_button.click()
    settle(qtbot, runner, board)
    assert board.board.project["step"] == target
    assert len(board.board.steps) == history + 1
    assert board.board.steps[-1]["entered_on"] == DEMO_TODAY  # the day offered: "today"
    assert board.steps.current.text().startswith("Current step:")
    stack.undo()
    settle(qtbot, runner, board)
    assert board.board.project["step"] == step
    assert len(board.board.steps) == history


def test_escape_closes_the_board(qtbot, open_board, showcase):
    board = open_board(showcase["holds"]["id"])
    board.activateWindow()
    qtbot.keyClick(board, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not board.isVisible(), timeout=LOAD_TIMEOUT_MS)


# --- the project's own fields, new projects, calls that carry the next step -------------------


def test_a_new_project_from_the_tracker_opens_its_board_and_its_fields_are_edited_undoably(
    qtbot, runner, stack, sheet
):
    import datetime as dt
    from decimal import Decimal

    from tests.ui.conftest import FEATURED_ACCOUNT

    dialog = sheet.new_record()
    qtbot.waitUntil(dialog.is_ready, timeout=LOAD_TIMEOUT_MS)
    account_id = next(c.id for c in dialog.accounts if c.text == FEATURED_ACCOUNT)
    dialog.save()  # nothing entered: both problems shown, nothing written
    assert dialog.error_text("name") and stack.count() == 0
    dialog.account_combo.setEditText(FEATURED_ACCOUNT[:4] + "不存在")
    dialog.name_edit.setText("仓储系统升级")
    dialog.save()
    assert dialog.error_text("account_id") and not dialog.error_text("name")
    dialog.set_account(account_id)
    with qtbot.waitSignal(dialog.finished, timeout=LOAD_TIMEOUT_MS):  # then it is deleted
        dialog.save()
    drain(runner)
    board = next(w for w in sheet.findChildren(ProjectBoardWindow) if w.isVisible())
    qtbot.waitUntil(lambda: board.board is not None, timeout=LOAD_TIMEOUT_MS)
    try:
        project = board.board.project
        assert (project["name"], project["account_id"]) == ("仓储系统升级", account_id)
        assert (project["step"], project["status"]) == ("analyse", "open")
        assert [(s["step"], s["entered_on"]) for s in board.board.steps] == [
            ("analyse", DEMO_TODAY)  # the page's today
        ]
        settle(qtbot, runner, board)
        qtbot.waitUntil(lambda: sheet.current_project_id() == project["id"])

        board.tabs.setCurrentWidget(board.project_panel)
        fields = board.project_panel.form.fields
        fields["amount"].set_value("-5")
        board.save_project()
        assert board.project_panel.form.error_text("amount")  # shown inline, nothing written
        fields["amount"].set_value("120000")
        fields["next_step"].set_value("Site survey")
        fields["next_step_due"].set_value(DEMO_TODAY - dt.timedelta(days=2))
        assert board.isWindowModified()
        board.save()  # Ctrl+S
        settle(qtbot, runner, board)
        project = board.board.project
        assert project["amount"] == Decimal("120000.00")
        assert project["next_step_due"] == DEMO_TODAY - dt.timedelta(days=2)
        assert not board.isWindowModified()
        assert "next_step_overdue" in {f.code for f in board.board.risks}
        assert "Amount ¥120,000" in board.facts_label.text().replace(".00", "")

        stack.undo()
        settle(qtbot, runner, board)
        assert board.board.project["amount"] is None
        assert board.board.project["next_step_due"] is None
        assert fields["amount"].raw() == ""
        stack.undo()  # the new project itself
        settle(qtbot, runner, board)
        assert project["id"] not in {r.project_id for r in sheet.model.all_rows()}
        stack.redo()
        drain(runner)
        qtbot.waitUntil(
            lambda: project["id"] in {r.project_id for r in sheet.model.all_rows()},
            timeout=LOAD_TIMEOUT_MS,
        )
    finally:
        drain(runner)
        board.discard_changes()
        board.close()


def test_closing_a_project_needs_its_closed_date(qtbot, runner, stack, open_board, showcase):
    board = open_board(showcase["holds"]["id"])
    panel = board.project_panel
    fields = panel.form.fields
    assert not fields["closed_on"].isVisibleTo(panel)
    fields["status"].set_value("won")
    assert fields["closed_on"].isVisibleTo(panel)
    assert fields["closed_on"].raw() == DEMO_TODAY  # today, to start with
    fields["closed_on"].set_value(None)
    board.save_project()
    assert panel.form.error_text("closed_on")
    assert stack.count() == 0
    fields["status"].set_value("open")
    assert not fields["closed_on"].isVisibleTo(panel)
    assert not board.isWindowModified()


def test_logging_a_call_with_a_next_step_clears_the_overdue_flag_and_undo_brings_it_back(
    qtbot, runner, stack, open_board, sheet, showcase
):
    import datetime as dt

    project_id = showcase["holds"]["id"]
    board = open_board(project_id)
    overdue = DEMO_TODAY - dt.timedelta(days=5)
    board._update_project({"next_step": "Send the quote", "next_step_due": overdue}, "setup")
    settle(qtbot, runner, board)
    assert "next_step_overdue" in {f.code for f in board.board.risks}

    dialog = board.calls.open_dialog(None)
    fields = dialog.form.fields
    fields["subject"].set_value("Quote discussed")
    fields["outcome"].set_value("continuation")
    fields["next_step"].set_value("Demo for the plant manager")
    fields["next_step_due"].set_value(DEMO_TODAY + dt.timedelta(days=7))
    dialog.save()
    settle(qtbot, runner, board)
    project = board.board.project
    assert project["next_step"] == "Demo for the plant manager"
    assert project["next_step_due"] == DEMO_TODAY + dt.timedelta(days=7)
    assert "next_step_overdue" not in {f.code for f in board.board.risks}
    assert board.project_panel.form.fields["next_step"].raw() == "Demo for the plant manager"
    row = next(r for r in sheet.model.all_rows() if r.project_id == project_id)
    assert "next_step_overdue" not in {f.code for f in row.risks}

    stack.undo()  # the call: gone, and the project's next step back
    settle(qtbot, runner, board)
    assert board.board.project["next_step_due"] == overdue
    assert "next_step_overdue" in {f.code for f in board.board.risks}
    stack.redo()
    settle(qtbot, runner, board)
    assert board.board.project["next_step"] == "Demo for the plant manager"


def test_a_role_is_assigned_through_the_service_and_redo_brings_back_the_same_row(
    qtbot, runner, stack, open_board, showcase
):
    board = open_board(showcase["stalled"]["id"])
    contact_id = unassigned_contact(board, "user")
    board.assign_role("user", contact_id)
    settle(qtbot, runner, board)
    seat = next(s for s in board.board.seats if s.contact_id == contact_id and s.role == "user")
    assert stack.command(stack.count() - 1).created
    stack.undo()
    settle(qtbot, runner, board)
    assert not any(s.contact_id == contact_id for s in board.board.seats)
    stack.redo()
    settle(qtbot, runner, board)
    again = next(s for s in board.board.seats if s.contact_id == contact_id)
    assert again.role_id == seat.role_id


def test_a_seat_card_opens_the_contacts_profile(qtbot, runner, stack, open_board, showcase):
    from ui.profiling.profile_panel import ContactProfileWindow

    board = open_board(showcase["holds"]["id"])
    seat = board.board.seats[0]
    menu = board.seat_menu(seat)
    profile = next(a for a in menu.actions() if a.objectName() == "seat_profile")
    assert profile.text() == "Profile…"
    profile.trigger()
    window = next(w for w in board.findChildren(ContactProfileWindow) if w.isVisible())
    qtbot.waitUntil(lambda: window.panel.card is not None, timeout=LOAD_TIMEOUT_MS)
    assert seat.contact_name in window.windowTitle()
    drain(runner)
    window.close()
