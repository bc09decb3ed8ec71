"""The Contacts tab of the account editor and the dialog that adds or edits a contact.

The tab lists each contact's whole-brain badge (``A·D``, from
:func:`services.profiling.badges`, read in the background after the contacts and again
after any change to assessments) and opens the selected contact's profile card; the dialog
of a saved contact opens his card too.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from services import profiling
from services.account_detail import AccountDetail, Choice, Row
from ui.editors.record_dialog import RecordDialog
from ui.editors.record_form import Section
from ui.editors.record_list import RecordListTab, RecordTableModel
from ui.ops import OpRunner

if TYPE_CHECKING:
    from ui.profiling.profile_panel import ContactProfileWindow

CONTACT_SECTIONS = (
    Section("person", ("name", "title", "department", "org_level")),
    Section("reach", ("phone", "wechat", "email"), row=1),
    Section("profile", ("ally_kind", "political_style", "notes"), row=2),
)
CONTACT_COLUMNS = (
    "name",
    "title",
    "org_level",
    "phone",
    "wechat",
    "email",
    "ally_kind",
    "political_style",
)
BADGE_COLUMN = 1  # right after the name
# A contact's change reloads the whole tab (set_detail); an assessment's only the badges.
BADGE_TABLES = frozenset({profiling.TABLE})


def open_profile_window(
    parent: QWidget, runner: OpRunner, undo_stack: QUndoStack, contact_id: str
) -> ContactProfileWindow:
    """Open the profile card window of ``contact_id`` (imported late: the profiling UI is
    only loaded when a card is first opened)."""
    from ui.profiling.profile_panel import open_contact_profile

    return open_contact_profile(parent, runner, undo_stack, contact_id)


class ContactDialog(RecordDialog):
    """Add or edit one of the account's contacts; a saved contact's dialog has "Profile…"."""

    table = "contacts"
    sections = CONTACT_SECTIONS

    def __init__(
        self,
        runner: OpRunner,
        undo_stack: QUndoStack,
        account_id: str,
        row: Row | None = None,
        *,
        choices: Mapping[str, Sequence[Choice]] | None = None,
        initial: Mapping[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            runner, undo_stack, account_id, row, choices=choices, initial=initial, parent=parent
        )
        self.profile_button: QPushButton | None = None
        if row is not None:  # a new contact has no card until he is saved
            self.profile_button = QPushButton()
            self.profile_button.setObjectName("contact_dialog_profile_button")
            self.profile_button.setAutoDefault(False)
            self.profile_button.clicked.connect(self.open_profile)
            # On the left of Save and Cancel: it opens another window, it does not close this.
            layout = self.layout()
            assert isinstance(layout, QVBoxLayout)
            index = layout.indexOf(self.buttons)
            layout.removeWidget(self.buttons)
            row_layout = QHBoxLayout()
            row_layout.addWidget(self.profile_button)
            row_layout.addStretch(1)
            row_layout.addWidget(self.buttons)
            layout.insertLayout(index, row_layout)
            self.retranslate()

    def heading(self) -> str:
        """ "New contact", or "Contact 张三"."""
        if self.row is None:
            return self.tr("New contact")
        return self.tr("Contact %1").replace("%1", str(self.row.get("name")))

    def record_name(self, values: Mapping[str, Any]) -> str:
        """The contact's name."""
        return str(values.get("name") or "")

    def open_profile(self) -> QWidget | None:
        """Open this contact's profile card window (a window of this dialog's, so the
        dialog's modality does not block it; it closes with the dialog)."""
        if self.row is None:
            return None
        return open_profile_window(self, self.runner, self.undo_stack, self.row.id)

    def retranslate(self) -> None:
        """Title, buttons and status in the current language."""
        button = getattr(self, "profile_button", None)  # None while the base class builds
        if button is not None:
            button.setText(self.tr("Profile…"))
        super().retranslate()


class ContactTableModel(RecordTableModel):
    """The contacts' fields with their whole-brain badge as the second column."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__("contacts", CONTACT_COLUMNS, parent)
        self.badges: dict[str, str] = {}
        self.COLUMN_COUNT = len(self.fields) + 1
        self.NUMERIC_COLUMNS = frozenset(
            c + (1 if c >= BADGE_COLUMN else 0) for c in self.NUMERIC_COLUMNS
        )

    @staticmethod
    def _field_column(column: int) -> int:
        return column - 1 if column > BADGE_COLUMN else column

    def headers(self) -> list[str]:
        """The fields' labels with "Whole brain" for the badge."""
        titles = super().headers()
        titles.insert(BADGE_COLUMN, self.tr("Whole brain"))
        return titles

    def display(self, row: Row, column: int) -> str:
        """The badge (empty when not profiled) or the field's text."""
        if column == BADGE_COLUMN:
            return self.badges.get(row.id, "")
        return super().display(row, self._field_column(column))

    def sort_key(self, row: Row, column: int) -> str | float:
        """Badges by text; the fields as the record list sorts them."""
        if column == BADGE_COLUMN:
            return self.badges.get(row.id, "")
        return super().sort_key(row, self._field_column(column))

    def set_badges(self, badges: Mapping[str, str]) -> None:
        """Show ``{contact_id: "A·D"}``; contacts missing from it have no profile."""
        self.badges = dict(badges)
        rows = self.rowCount()
        if rows:
            self.dataChanged.emit(self.index(0, BADGE_COLUMN), self.index(rows - 1, BADGE_COLUMN))


class ContactsTab(RecordListTab):
    """The account's contacts: who they are, how to reach them, where they stand, and
    their whole-brain badge."""

    table = "contacts"
    columns = CONTACT_COLUMNS
    dialog_class = ContactDialog

    def __init__(
        self, runner: OpRunner, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(runner, undo_stack, parent)
        from ui.profiling.chart import BadgeDelegate

        self.view.setItemDelegateForColumn(BADGE_COLUMN, BadgeDelegate(self.view))
        self._badge_generation = 0
        runner.operation_did_execute.connect(self._on_changed)

    def make_model(self) -> ContactTableModel:
        """The contacts' fields with the badge column."""
        return ContactTableModel(self)

    def rows_of(self, detail: AccountDetail) -> tuple[Row, ...]:
        """The account's live contacts."""
        return detail.contacts

    def set_detail(self, detail: AccountDetail) -> None:
        """Show the contacts now and their badges once read."""
        super().set_detail(detail)
        self.load_badges()

    def load_badges(self) -> None:
        """Read the listed contacts' badges in the background."""
        if self.detail is None:
            return
        self._badge_generation += 1
        generation = self._badge_generation
        ids = [c.id for c in self.detail.contacts]
        self.runner.read(
            lambda uow: profiling.badges(uow, ids),
            on_success=lambda badges: self._show_badges(generation, badges),
        )

    def _show_badges(self, generation: int, badges: dict[str, str]) -> None:
        if not shiboken6.isValid(self) or generation != self._badge_generation:
            return  # closed, or a newer read is on its way
        assert isinstance(self.model, ContactTableModel)
        self.model.set_badges(badges)
        self.view.resizeColumnToContents(BADGE_COLUMN)

    def _on_changed(self, tables: frozenset[str], _initiator: object) -> None:
        if shiboken6.isValid(self) and tables & BADGE_TABLES:
            self.load_badges()

    def badge_of(self, contact_id: str) -> str:
        """The badge the list shows for ``contact_id`` ("" when not profiled)."""
        assert isinstance(self.model, ContactTableModel)
        return self.model.badges.get(contact_id, "")

    def more_buttons(self) -> list[QPushButton]:
        """The "Profile…" button: the selected contact's whole-brain profile card."""
        self.profile_button = QPushButton()
        self.profile_button.setObjectName("contact_profile_button")
        self.profile_button.clicked.connect(self.open_profile)
        return [self.profile_button]

    def open_profile(self) -> QWidget | None:
        """Open the selected contact's profile card window (to profile him from there)."""
        row = self.selected_row()
        if row is None:
            return None
        return open_profile_window(self, self.runner, self.undo_stack, row.id)

    def _update_buttons(self) -> None:
        super()._update_buttons()
        self.profile_button.setEnabled(self.selected_row() is not None)

    def retranslate(self) -> None:
        """Button texts in the current language."""
        self.add_button.setText(self.tr("Add contact…"))
        self.profile_button.setText(self.tr("Profile…"))
        super().retranslate()
