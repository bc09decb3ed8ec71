"""The project board: one window per key-account project, showing at a glance whether 1+2+1
holds and letting the rep change what decides it.

At the top, always visible: the status colour in words, guide / roles won / salesperson,
what is missing and the risk flags. Below, four tabs:

- **Roles**: the account's contacts on the left (drag one onto a column, or select it and
  press Enter / right-click → "Assign to role"), then a column per buying role plus the
  guide / insider column (an insider is shown as such and never counts as guide); the
  salesperson slot; for the selected card, its stance, influence and relationship, and
  "Remove from role".
- **Calls**: the call log with its four outcomes (:mod:`ui.board.calls`).
- **Five factors**: ratings and notes (:mod:`ui.board.factors`), saved with Save.
- **Steps**: the step history and moving to another step (:mod:`ui.board.steps`).
- **Project**: name, amount, expected close, next step and due date, status and closed date
  (:mod:`ui.board.project_form`), saved with Save.

Every edit is a command on the shared undo stack run through the op runner; a role is given
through :func:`services.tracker.assign_role` (same account, no duplicate). The board reloads
(:func:`services.tracker.project_board`) after any write that concerns its account, the
tracker settings or a profile, so the verdict and the badges follow each edit. A card's menu
opens the contact's profile card.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from domain.ids import new_id
from domain.tracker import Seat
from domain.vocabulary import AllyKind, BuyingRole, SalesStep, Stance, TrafficLight, label
from services import records
from services.account_detail import Choice, rep_choices
from services.errors import ValidationFailed
from services.profiling import TABLE as PROFILE_TABLE
from services.tracker import ProjectBoard, assign_role, move_step, project_board, undo_move_step
from storage.uow import NotFound, UnitOfWork
from ui import formatting
from ui.board.calls import CallLog
from ui.board.factors import FactorsPanel
from ui.board.project_form import ProjectPanel
from ui.board.seat_models import ContactListModel, SeatCardDelegate, SeatListModel
from ui.board.steps import StepsPanel
from ui.commands import (
    CreateRecordCommand,
    DeleteRecordCommand,
    RecordCommand,
    ServiceCommand,
    UpdateRecordCommand,
    push,
)
from ui.editors.close_guard import CloseGuard
from ui.editors.record_form import ERROR_STYLE
from ui.i18n import current_language
from ui.models import ObjectRole, code_label
from ui.models.tracker_table_model import STATUS_COLOURS, STATUS_TINTS, status_dot
from ui.ops import OpRunner

WATCHED_TABLES = frozenset(
    {
        "projects",
        "project_roles",
        "activities",
        "project_steps",
        "contacts",
        "accounts",
        "reps",
        "settings",  # the tracker's thresholds
        PROFILE_TABLE,  # the whole-brain badges
    }
)
BUYING_ROLES = tuple(r.value for r in BuyingRole)
#: Every role a contact can be given on the board, in menu order.
ASSIGNABLE_ROLES = (*BUYING_ROLES, AllyKind.GUIDE.value, AllyKind.INSIDER.value)
RATINGS = {"influence": range(1, 6), "relationship": range(0, 6)}


@dataclass(frozen=True)
class BoardData:
    """What the board loads in one read: the project and the reps to pick from."""

    board: ProjectBoard
    reps: tuple[Choice, ...]


def load_board(uow: UnitOfWork, project_id: str, today: dt.date) -> BoardData:
    """The board of ``project_id`` and the rep pick list (runs in a worker thread)."""
    return BoardData(project_board(uow, project_id, today=today), rep_choices(uow))


def role_text(role: str) -> str:
    """A buying role or guide/insider in words in the interface language."""
    if role in BUYING_ROLES:
        return code_label(BuyingRole, role)
    return code_label(AllyKind, role)


class AssignRoleCommand(CreateRecordCommand):
    """Give a contact a role on a project through :func:`services.tracker.assign_role` (the
    contact must be of the project's account; a role already held writes nothing). Undo
    takes the new role row away, redo brings the same row back."""

    def __init__(self, runner: OpRunner, values: dict[str, Any], **kw: Any) -> None:
        super().__init__(runner, "project_roles", {"id": new_id(), **values}, **kw)
        self.created = False

    def _do(self, uow: UnitOfWork, first: bool) -> str:
        if first:
            v = self.values
            got = assign_role(
                uow,
                v["project_id"],
                v["contact_id"],
                v["role"],
                stance=v.get("stance", Stance.NEUTRAL.value),
                row_id=self.row_id,
            )
            self.created = got == self.row_id
            return got
        if self.created:
            records.restore(uow, self._deleted)
        return self.row_id

    def _undo(self, uow: UnitOfWork) -> None:
        if self.created:
            super()._undo(uow)


class RoleColumn(QWidget):
    """A titled list of contact cards for one role (the guide column also lists insiders)."""

    def __init__(self, roles: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = SeatListModel(roles, self)
        self.title = QLabel()
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        # Two lines for every title, so the lists start level when one title wraps.
        self.title.setMinimumHeight(self.title.fontMetrics().lineSpacing() * 2 + 2)
        self.title.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)
        self.view = QListView()
        self.view.setObjectName(f"role_{roles[0]}")
        self.view.setModel(self.model)
        self.view.setItemDelegate(SeatCardDelegate(self.view))
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.view.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.view.setSpacing(2)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.setMinimumWidth(150)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)

    def set_title(self, text: str, won: bool | None) -> None:
        """Show the role's name; a tick when a supporter holds it, a dash when nobody does."""
        mark = "" if won is None else (" ✓" if won else "")
        self.title.setText(text + mark)


class ProjectBoardWindow(CloseGuard):
    """A window over one project: verdict, roles, calls, five factors and steps."""

    def __init__(
        self,
        runner: OpRunner,
        undo_stack: QUndoStack,
        project_id: str,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("project_board")
        self.runner = runner
        self.undo_stack = undo_stack
        self.project_id = project_id
        self._today = today
        self.board: ProjectBoard | None = None
        self.reps: tuple[Choice, ...] = ()
        self._closed = False
        self._may_close = False
        self._generation = 0
        self._status: Callable[[], str] = lambda: ""
        self._build()
        self.undo_action = undo_stack.createUndoAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = undo_stack.createRedoAction(self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.addActions([self.undo_action, self.redo_action])
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        QShortcut(QKeySequence("Ctrl+L"), self, lambda: self.calls.open_dialog(None))
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        for i in range(self.tabs.count()):
            QShortcut(QKeySequence(f"Alt+{i + 1}"), self, lambda i=i: self.tabs.setCurrentIndex(i))
        runner.operation_did_execute.connect(self._on_changed)
        self.resize(1180, 760)
        self.retranslate()
        self.refresh()

    # --- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setObjectName("board_heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.facts_label = QLabel()
        self.facts_label.setWordWrap(True)

        self.banner = QFrame()
        self.banner.setObjectName("verdict_banner")
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.status_dot = QLabel()
        self.status_label = QLabel()
        self.status_label.setObjectName("verdict_status")
        bold = self.status_label.font()
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.15)
        self.status_label.setFont(bold)
        self.formula_label = QLabel()
        self.formula_label.setObjectName("verdict_formula")
        self.missing_label = QLabel()
        self.missing_label.setObjectName("verdict_missing")
        self.missing_label.setWordWrap(True)
        self.risks_label = QLabel()
        self.risks_label.setObjectName("risk_flags")
        self.risks_label.setWordWrap(True)
        top_row = QHBoxLayout()
        top_row.addWidget(self.status_dot)
        top_row.addWidget(self.status_label)
        top_row.addSpacing(16)
        top_row.addWidget(self.formula_label, 1)
        lists = QHBoxLayout()
        lists.addWidget(self.missing_label, 1)
        lists.addWidget(self.risks_label, 1)
        banner_layout = QVBoxLayout(self.banner)
        banner_layout.addLayout(top_row)
        banner_layout.addLayout(lists)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_roles(), "")
        self.calls = CallLog(self.runner, self.undo_stack)
        self.tabs.addTab(self.calls, "")
        self.factors = FactorsPanel()
        self.factors.changed.connect(self._update_state)
        self.save_button = QPushButton()
        self.save_button.setObjectName("save_factors")
        self.save_button.clicked.connect(self.save_factors)
        self.revert_button = QPushButton()
        self.revert_button.clicked.connect(self.discard_changes)
        factors_page = QWidget()
        factors_layout = QVBoxLayout(factors_page)
        factors_layout.addWidget(self.factors, 1)
        factor_buttons = QHBoxLayout()
        factor_buttons.addStretch(1)
        factor_buttons.addWidget(self.revert_button)
        factor_buttons.addWidget(self.save_button)
        factors_layout.addLayout(factor_buttons)
        self.tabs.addTab(factors_page, "")
        self.steps = StepsPanel(self._today)
        self.steps.move_requested.connect(self.move_to_step)
        self.tabs.addTab(self.steps, "")
        self.project_panel = ProjectPanel(self._today)
        self.project_panel.changed.connect(self._update_state)
        self.project_panel.save_requested.connect(self.save_project)
        self.project_panel.revert_requested.connect(self.revert_project)
        self.tabs.addTab(self.project_panel, "")

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.facts_label)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)

    def _build_roles(self) -> QWidget:
        self.contacts_model = ContactListModel(self)
        self.contacts_title = QLabel()
        self.contacts_view = QListView()
        self.contacts_view.setObjectName("board_contacts")
        self.contacts_view.setModel(self.contacts_model)
        self.contacts_view.setDragEnabled(True)
        self.contacts_view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.contacts_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.contacts_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.contacts_view.customContextMenuRequested.connect(self._contact_menu_at)
        self.contacts_view.activated.connect(lambda _index: self._assign_menu_here())
        self.assign_button = QPushButton()
        self.assign_button.setObjectName("assign_role")
        self.assign_button.clicked.connect(self._assign_menu_here)

        self.rep_box = QGroupBox()
        self.rep_combo = QComboBox()
        self.rep_combo.setObjectName("salesperson")
        self.rep_combo.activated.connect(self._rep_chosen)
        self.rep_note = QLabel()
        self.rep_note.setWordWrap(True)
        rep_layout = QVBoxLayout(self.rep_box)
        rep_layout.addWidget(self.rep_combo)
        rep_layout.addWidget(self.rep_note)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.contacts_title)
        left_layout.addWidget(self.contacts_view, 1)
        left_layout.addWidget(self.assign_button)
        left_layout.addWidget(self.rep_box)

        self.columns: dict[str, RoleColumn] = {}
        columns = QGridLayout()
        columns.setHorizontalSpacing(8)
        for i, roles in enumerate(
            [(AllyKind.GUIDE.value, AllyKind.INSIDER.value), *((r,) for r in BUYING_ROLES)]
        ):
            column = RoleColumn(roles)
            column.model.contact_dropped.connect(self.assign_role)
            column.view.selectionModel().selectionChanged.connect(
                lambda *_, c=column: self._seat_selected(c)
            )
            column.view.customContextMenuRequested.connect(
                lambda pos, c=column: self._seat_menu_at(c, pos)
            )
            self.columns[roles[0]] = column
            columns.addWidget(column, 0, i)
            columns.setColumnStretch(i, 1)

        self.seat_label = QLabel()
        self.seat_label.setObjectName("selected_seat")
        self.stance_combo = QComboBox()
        self.stance_combo.setObjectName("seat_stance")
        self.stance_combo.activated.connect(lambda _i: self._seat_field("stance"))
        self.influence_combo = QComboBox()
        self.influence_combo.setObjectName("seat_influence")
        self.influence_combo.activated.connect(lambda _i: self._seat_field("influence"))
        self.relationship_combo = QComboBox()
        self.relationship_combo.setObjectName("seat_relationship")
        self.relationship_combo.activated.connect(lambda _i: self._seat_field("relationship"))
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("remove_from_role")
        self.remove_button.clicked.connect(self.remove_selected_seat)
        self.stance_label, self.influence_label, self.relationship_label = (
            QLabel(),
            QLabel(),
            QLabel(),
        )
        self.stance_label.setBuddy(self.stance_combo)
        self.influence_label.setBuddy(self.influence_combo)
        self.relationship_label.setBuddy(self.relationship_combo)
        editor = QHBoxLayout()
        editor.addWidget(self.seat_label, 1)
        for widget in (
            self.stance_label,
            self.stance_combo,
            self.influence_label,
            self.influence_combo,
            self.relationship_label,
            self.relationship_combo,
            self.remove_button,
        ):
            editor.addWidget(widget)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(columns, 1)
        right_layout.addLayout(editor)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([230, 900])
        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.addWidget(splitter)
        return page

    # --- loading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Load the project's board in the background."""
        self._generation += 1
        generation = self._generation
        project_id, today = self.project_id, self._today()
        if self.board is None:
            self._set_status(lambda: self.tr("Loading…"))
        self.runner.read(
            lambda uow: load_board(uow, project_id, today),
            on_success=lambda data: self._loaded(generation, data),
            on_failure=lambda exc: self._load_failed(generation, exc),
        )

    def _loaded(self, generation: int, data: BoardData) -> None:
        if self._closed or generation != self._generation:
            return
        first = self.board is None
        selected = self.selected_seat()
        self.board, self.reps = data.board, data.reps
        board = data.board
        self.contacts_model.set_contacts(board.contacts)
        for column in self.columns.values():
            column.model.set_seats(board.seats, board.badges)
        if selected is not None:
            self.select_seat(selected.contact_id, selected.role)
        self.calls.set_calls(board.project, board.calls, board.contacts)
        if first or not self.factors.is_dirty():
            self.factors.set_values(board.project)
        if first or not self.project_panel.is_dirty():
            self.project_panel.set_values(board.project)
        self.steps.set_steps(board.project, board.steps)
        self._fill_reps()
        self._set_status(lambda: "")
        self.retranslate()

    def _load_failed(self, generation: int, exc: BaseException) -> None:
        if self._closed or generation != self._generation:
            return
        self.tabs.setEnabled(False)
        if isinstance(exc, NotFound):
            self._set_status(lambda: self.tr("This project has been deleted."), error=True)
        else:
            self._set_status(lambda: self.tr("Could not load: %1").replace("%1", str(exc)), True)

    def _on_changed(self, tables: frozenset[str], initiator: object) -> None:
        if self._closed or not tables & WATCHED_TABLES:
            return
        account_id = self.board.project["account_id"] if self.board else None
        if isinstance(initiator, RecordCommand) and initiator.account_id not in (
            None,
            account_id,
        ):
            return
        self.refresh()

    # --- roles -----------------------------------------------------------------------------

    def assign_role(self, role: str, contact_id: str) -> None:
        """Give ``contact_id`` the ``role`` on this project (undoable); nothing when held."""
        board = self.board
        if board is None or role not in ASSIGNABLE_ROLES:
            return
        if any(s.contact_id == contact_id and s.role == role for s in board.seats):
            self._set_status(lambda: self.tr("That contact already holds this role."))
            return
        name = next((str(c["name"]) for c in board.contacts if c["id"] == contact_id), "")
        values = {
            "project_id": self.project_id,
            "contact_id": contact_id,
            "role": role,
            "stance": Stance.SUPPORT.value if role == AllyKind.GUIDE else Stance.NEUTRAL.value,
        }
        text = self.tr("Make %1 %2").replace("%1", name).replace("%2", role_text(role))
        push(
            self.undo_stack,
            AssignRoleCommand(
                self.runner,
                values,
                account_id=board.project["account_id"],
                text=text,
                on_failure=self._write_failed,
            ),
        )

    def _write_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationFailed):
            lang = current_language()
            problems = "; ".join(e.text(lang) for e in exc.errors)
            self._set_status(lambda: self.tr("Not saved: %1").replace("%1", problems), True)
        else:
            self._set_status(lambda: self.tr("Could not save: %1").replace("%1", str(exc)), True)

    def selected_contact_id(self) -> str | None:
        """The contact selected in the account's contact list."""
        index = self.contacts_view.currentIndex()
        contact = index.data(ObjectRole) if index.isValid() else None
        return contact["id"] if contact else None

    def assign_menu(self, contact_id: str) -> QMenu:
        """The "Assign to role" menu for ``contact_id`` (one action per role)."""
        menu = QMenu(self)
        menu.setTitle(self.tr("Assign to role"))
        held = (
            {s.role for s in self.board.seats if s.contact_id == contact_id}
            if self.board
            else set()
        )
        for role in ASSIGNABLE_ROLES:
            if role == AllyKind.GUIDE:
                menu.addSeparator()
            action = menu.addAction(role_text(role))
            action.setObjectName(f"assign_{role}")
            action.setCheckable(True)
            action.setChecked(role in held)
            action.setEnabled(role not in held)
            action.triggered.connect(lambda _c=False, r=role: self.assign_role(r, contact_id))
        return menu

    def _assign_menu_here(self) -> None:
        contact_id = self.selected_contact_id()
        if contact_id is None:
            self._set_status(lambda: self.tr("Select a contact first."))
            return
        rect = self.contacts_view.visualRect(self.contacts_view.currentIndex())
        self.assign_menu(contact_id).exec(self.contacts_view.viewport().mapToGlobal(rect.center()))

    def _contact_menu_at(self, pos: QPoint) -> None:
        index = self.contacts_view.indexAt(pos)
        if not index.isValid():
            return
        self.contacts_view.setCurrentIndex(index)
        contact = index.data(ObjectRole)
        self.assign_menu(contact["id"]).exec(self.contacts_view.viewport().mapToGlobal(pos))

    # --- the selected seat -----------------------------------------------------------------

    def selected_seat(self) -> Seat | None:
        """The card selected in any role column."""
        for column in self.columns.values():
            indexes = column.view.selectionModel().selectedIndexes()
            if indexes:
                seat: Seat = indexes[0].data(ObjectRole)
                return seat
        return None

    def select_seat(self, contact_id: str, role: str) -> bool:
        """Select the card of ``contact_id`` in ``role``; False when there is none."""
        for column in self.columns.values():
            for r, seat in enumerate(column.model.seats):
                if seat.contact_id == contact_id and seat.role == role:
                    column.view.setCurrentIndex(column.model.index(r))
                    return True
        return False

    def _seat_selected(self, column: RoleColumn) -> None:
        if column.view.selectionModel().hasSelection():
            for other in self.columns.values():
                if other is not column:
                    other.view.selectionModel().clearSelection()
        self._show_seat()

    def _show_seat(self) -> None:
        seat = self.selected_seat()
        for widget in (
            self.stance_combo,
            self.influence_combo,
            self.relationship_combo,
            self.remove_button,
        ):
            widget.setEnabled(seat is not None)
        if seat is None:
            self.seat_label.setText(self.tr("Select a card to change its standing."))
            return
        self.seat_label.setText(f"{seat.contact_name} — {role_text(seat.role)}")
        for combo, value in (
            (self.stance_combo, seat.stance or Stance.NEUTRAL.value),
            (self.influence_combo, seat.influence),
            (self.relationship_combo, seat.relationship),
        ):
            combo.setCurrentIndex(max(combo.findData(value), 0))

    def update_seat(self, seat: Seat, changes: dict[str, Any]) -> None:
        """Change a seat's stance, influence or relationship (undoable)."""
        if self.board is None:
            return
        text = self.tr("Change %1's standing").replace("%1", seat.contact_name)
        push(
            self.undo_stack,
            UpdateRecordCommand(
                self.runner,
                "project_roles",
                seat.role_id,
                changes,
                account_id=self.board.project["account_id"],
                text=text,
            ),
        )

    def _seat_field(self, name: str) -> None:
        seat = self.selected_seat()
        combo = {
            "stance": self.stance_combo,
            "influence": self.influence_combo,
            "relationship": self.relationship_combo,
        }[name]
        value = combo.currentData()
        if seat is not None and value != getattr(seat, name):
            self.update_seat(seat, {name: value})

    def remove_seat(self, seat: Seat) -> None:
        """Take the contact out of the role (undoable)."""
        if self.board is None:
            return
        text = (
            self.tr("Remove %1 from %2")
            .replace("%1", seat.contact_name)
            .replace("%2", role_text(seat.role))
        )
        push(
            self.undo_stack,
            DeleteRecordCommand(
                self.runner,
                "project_roles",
                seat.role_id,
                account_id=self.board.project["account_id"],
                text=text,
            ),
        )

    def remove_selected_seat(self) -> None:
        """Take the selected card's contact out of its role."""
        seat = self.selected_seat()
        if seat is not None:
            self.remove_seat(seat)

    def seat_menu(self, seat: Seat) -> QMenu:
        """A card's menu: stance, the contact's profile card, and remove from role."""
        menu = QMenu(self)
        for code, text in _choices(Stance):
            action = menu.addAction(text)
            action.setCheckable(True)
            action.setChecked(seat.stance == code)
            action.triggered.connect(lambda _c=False, s=code: self.update_seat(seat, {"stance": s}))
        menu.addSeparator()
        profile = menu.addAction(self.tr("Profile…"))
        profile.setObjectName("seat_profile")
        profile.triggered.connect(lambda: self.open_profile(seat.contact_id))
        menu.addSeparator()
        remove = menu.addAction(self.tr("Remove from role"))
        remove.triggered.connect(lambda: self.remove_seat(seat))
        return menu

    def open_profile(self, contact_id: str) -> QWidget:
        """Open the whole-brain profile card of ``contact_id`` (to profile him from there)."""
        from ui.profiling.profile_panel import open_contact_profile

        return open_contact_profile(self, self.runner, self.undo_stack, contact_id)

    def _seat_menu_at(self, column: RoleColumn, pos: QPoint) -> None:
        index = column.view.indexAt(pos)
        if not index.isValid():
            return
        column.view.setCurrentIndex(index)
        self.seat_menu(index.data(ObjectRole)).exec(column.view.viewport().mapToGlobal(pos))

    # --- salesperson -----------------------------------------------------------------------

    def _fill_reps(self) -> None:
        self.rep_combo.blockSignals(True)
        self.rep_combo.clear()
        self.rep_combo.addItem(self.tr("(nobody)"), None)
        for rep in self.reps:
            self.rep_combo.addItem(rep.text, rep.id)
        current = self.board.project.get("rep_id") if self.board else None
        self.rep_combo.setCurrentIndex(max(self.rep_combo.findData(current), 0))
        self.rep_combo.blockSignals(False)

    def _rep_chosen(self, _index: int) -> None:
        self.set_salesperson(self.rep_combo.currentData())

    def set_salesperson(self, rep_id: str | None) -> None:
        """Make ``rep_id`` the project's salesperson (None: nobody), undoably."""
        if self.board is None or rep_id == self.board.project.get("rep_id"):
            return
        self._update_project(
            {"rep_id": rep_id}, self.tr("Change salesperson of %1").replace("%1", self._name())
        )

    def _update_project(
        self,
        changes: dict[str, Any],
        text: str,
        on_success: Callable[[object], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Change fields of the project through the undo stack (Undo menu: ``text``)."""
        assert self.board is not None
        push(
            self.undo_stack,
            UpdateRecordCommand(
                self.runner,
                "projects",
                self.project_id,
                changes,
                account_id=self.board.project["account_id"],
                text=text,
                on_success=on_success,
                on_failure=on_failure or self._write_failed,
            ),
        )

    # --- the project's own fields ------------------------------------------------------------

    def save(self) -> None:
        """Save whatever is edited: the project's fields and the five factors (Ctrl+S)."""
        if self.project_panel.is_dirty():
            self.save_project()
        if self.factors.is_dirty():
            self.save_factors()

    def save_project(self) -> None:
        """Check the Project tab's entries; when right, write the changed fields (undoable)."""
        panel = self.project_panel
        if self.board is None:
            return
        errors = panel.check({"account_id": self.board.project["account_id"]})
        if errors:
            panel.show_errors(errors)
            self.tabs.setCurrentWidget(panel)
            self._close_when_saved = False
            self._set_status(lambda: self.tr("Please correct the fields marked in red."), True)
            return
        changes = panel.changes()
        if not changes:
            panel.mark_clean({})
            self._set_status(lambda: self.tr("Nothing to save."))
            self._saved_one()
            return

        def done(_previous: object) -> None:
            panel.mark_clean(changes)
            self._set_status(lambda: self.tr("Saved. Ctrl+Z undoes it."))
            self._saved_one()

        def failed(exc: BaseException) -> None:
            self._close_when_saved = False
            if isinstance(exc, ValidationFailed):
                panel.show_errors(exc.errors)
                self.tabs.setCurrentWidget(panel)
                self._set_status(lambda: self.tr("Please correct the fields marked in red."), True)
            else:
                self._write_failed(exc)

        name = str(changes.get("name") or self._name())
        self._update_project(changes, self.tr("Edit project %1").replace("%1", name), done, failed)

    def revert_project(self) -> None:
        """Show the saved project fields again, dropping the edits."""
        if self.board is not None:
            self.project_panel.set_values(self.board.project)
            self._update_state()

    def _saved_one(self) -> None:
        """A save finished: close if closing asked for it and nothing else is unsaved."""
        if not self.has_unsaved_changes():
            self._finish_close()

    # --- factors and steps -----------------------------------------------------------------

    def save_factors(self) -> None:
        """Save the five factors' ratings and notes (undoable)."""
        changes = self.factors.changes()
        if self.board is None or not changes:
            return
        saved = dict(changes)

        def done(_previous: object) -> None:
            self.factors.mark_clean()
            self._set_status(lambda: self.tr("Saved. Ctrl+Z undoes it."))
            self._saved_one()

        self._update_project(
            saved, self.tr("Rate the five factors of %1").replace("%1", self._name()), done
        )

    def move_to_step(self, step: str, on: dt.date) -> None:
        """Move the project to ``step``, entered ``on`` (undoable: history row included)."""
        if self.board is None:
            return
        project_id = self.project_id
        text = (
            self.tr("Move %1 to %2")
            .replace("%1", self._name())
            .replace("%2", code_label(SalesStep, step))
        )
        push(
            self.undo_stack,
            ServiceCommand(
                self.runner,
                "projects",
                project_id,
                lambda uow: move_step(uow, project_id, step, on),
                undo_move_step,
                tables=frozenset({"projects", "project_steps"}),
                account_id=self.board.project["account_id"],
                text=text,
            ),
        )

    # --- closing ---------------------------------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        """Whether the project's fields or the five factors are edited and not saved."""
        return self.factors.is_dirty() or self.project_panel.is_dirty()

    def close_question(self) -> tuple[str, str]:
        """Asked when the board closes over unsaved edits."""
        if self.project_panel.is_dirty():
            text = self.tr("Save your changes to %1 before closing?")
        else:
            text = self.tr("Save the five factors of %1 before closing?")
        return (self.tr("Unsaved changes"), text.replace("%1", self._name()))

    def save_before_close(self) -> None:
        """Save what is edited (the board closes once everything is saved)."""
        self.save()

    def discard_changes(self) -> None:
        """Show the saved project fields, ratings and notes again."""
        if self.board is not None:
            self.factors.set_values(self.board.project)
            self.project_panel.set_values(self.board.project)

    # --- state and language ----------------------------------------------------------------

    def _name(self) -> str:
        return str(self.board.project.get("name")) if self.board else ""

    def _set_status(self, text: Callable[[], str], error: bool = False) -> None:
        self._status = text
        self.status.setStyleSheet(ERROR_STYLE if error else "")
        self.status.setText(text())

    def _update_state(self) -> None:
        dirty = self.factors.is_dirty()
        project_dirty = self.project_panel.is_dirty()
        self.setWindowModified(dirty or project_dirty)
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        self.project_panel.save_button.setEnabled(project_dirty)
        self.project_panel.revert_button.setEnabled(project_dirty)

    def _show_verdict(self) -> None:
        board = self.board
        if board is None:
            return
        lang = current_language()
        v = board.verdict
        status = v.status.value
        colour, tint = STATUS_COLOURS[status], STATUS_TINTS[status]
        self.banner.setStyleSheet(
            f"QFrame#verdict_banner {{ background: {tint.name()};"
            f" border: 1px solid {colour.name()}; border-radius: 6px; }}"
        )
        self.status_dot.setPixmap(status_dot(status, 16).pixmap(20, 20))
        self.status_label.setText(label(TrafficLight(status), lang))
        self.status_label.setStyleSheet(f"color: {colour.darker(115).name()};")
        yes, no = "✓", "✗"
        self.formula_label.setText(
            self.tr("Guide %1 · Roles won %2/4 (covered %3/4) · Salesperson %4 · 1+2+1 %5")
            .replace("%1", yes if v.has_guide else no)
            .replace("%2", str(v.roles_won))
            .replace("%3", str(v.roles_covered))
            .replace("%4", yes if v.has_rep else no)
            .replace("%5", self.tr("holds") if v.holds else self.tr("does not hold"))
        )
        missing = [f.text(lang) for f in v.missing]
        self.missing_label.setText(
            self.tr("Missing:") + "\n" + "\n".join(f"• {m}" for m in missing)
            if missing
            else self.tr("Nothing missing.")
        )
        risks = [f.text(lang) for f in board.risks]
        self.risks_label.setText(
            self.tr("Risks:") + "\n" + "\n".join(f"⚠ {r}" for r in risks)
            if risks
            else self.tr("No risk flags.")
        )

    def retranslate(self) -> None:
        """Every text the window sets itself, in the current language."""
        board = self.board
        self.setWindowTitle((self._name() or self.tr("Project")) + "[*]")
        if board is not None:
            p = board.project
            self.heading.setText(f"{p['name']} — {board.account_name}")
            facts = [
                self.tr("Amount %1").replace("%1", formatting.money(p.get("amount")) or "–"),
                self.tr("Expected close %1").replace(
                    "%1", formatting.date(p.get("expected_close")) or "–"
                ),
                self.tr("Step: %1").replace("%1", code_label(SalesStep, p.get("step"))),
            ]
            if p.get("next_step"):
                due = formatting.date(p.get("next_step_due"))
                facts.append(
                    self.tr("Next: %1").replace("%1", str(p["next_step"]))
                    + (f" ({due})" if due else "")
                )
            self.facts_label.setText("   ·   ".join(facts))
            self._show_verdict()
        won = set()
        if board is not None:
            won = {s.role for s in board.seats if s.role in BUYING_ROLES and s.stance == "support"}
        for key, column in self.columns.items():
            if key == AllyKind.GUIDE:
                column.set_title(self.tr("Guide / insider"), None)
                column.title.setToolTip(
                    self.tr("Only a guide counts for the first 1; insiders do not")
                )
            else:
                column.set_title(role_text(key), key in won if board is not None else None)
        self.tabs.setTabText(0, self.tr("Roles (1+2+1)"))
        calls = str(self.calls.call_count()) if board is not None else "–"
        self.tabs.setTabText(1, self.tr("Calls (%1)").replace("%1", calls))
        self.tabs.setTabText(2, self.tr("Five factors"))
        self.tabs.setTabText(3, self.tr("Steps"))
        self.tabs.setTabText(4, self.tr("Project"))
        self.contacts_title.setText(self.tr("Contacts — drag onto a role"))
        self.assign_button.setText(self.tr("Assign to role…"))
        self.assign_button.setToolTip(self.tr("Give the selected contact a role (Enter)"))
        self.rep_box.setTitle(self.tr("Salesperson (the last 1)"))
        self.rep_note.setText(self.tr("The rep who drives this project."))
        if board is not None:
            self._fill_reps()
        self.stance_label.setText(self.tr("Stance"))
        self.influence_label.setText(self.tr("Influence"))
        self.relationship_label.setText(self.tr("Relationship"))
        for combo, items in (
            (self.stance_combo, _choices(Stance)),
            (self.influence_combo, [(None, "–")] + [(v, str(v)) for v in RATINGS["influence"]]),
            (
                self.relationship_combo,
                [(None, "–")] + [(v, str(v)) for v in RATINGS["relationship"]],
            ),
        ):
            combo.blockSignals(True)
            combo.clear()
            for code, text in items:
                combo.addItem(text, code)
            combo.blockSignals(False)
        self.remove_button.setText(self.tr("Remove from role"))
        self.save_button.setText(self.tr("Save factors"))
        self.save_button.setToolTip(self.tr("Save the ratings and notes (Ctrl+S)"))
        self.revert_button.setText(self.tr("Revert"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Close the board (Esc)"))
        self.status.setText(self._status())
        self._show_seat()
        self._update_state()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _choices(enum: Any) -> list[tuple[Any, str]]:
    lang = current_language()
    return [(m.value, label(m, lang)) for m in enum]


__all__ = ["ProjectBoardWindow", "load_board"]
