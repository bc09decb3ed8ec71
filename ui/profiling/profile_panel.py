"""One contact's profile card with what a rep does with it: profile the buyer, judge his
political style, look at the history. Used by the Profiles page and by
:class:`ContactProfileWindow` (opened from the account editor's contacts).

The card loads in a reader thread (:func:`services.profiling.profile_card`) and reloads
after any write to assessments or contacts (a save, an undo, a sync) and on a language
change.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from services import profiling
from services.profiling import Assessment, ProfileCard
from ui import formatting
from ui.i18n import current_language
from ui.ops import OpRunner
from ui.profiling.observer_dialog import ObserverDialog
from ui.profiling.political_dialog import PoliticalStyleDialog
from ui.profiling.profile_card import ProfileCardView

WATCHED_TABLES = frozenset({profiling.TABLE, "contacts", "reps"})


class ProfilePanel(QWidget):
    """A contact's profile card and the buttons that change it."""

    #: Emitted when a card is on screen (after each load).
    card_loaded = Signal()

    def __init__(
        self, runner: OpRunner, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.undo_stack = undo_stack
        self.contact_id: str | None = None
        self.card: ProfileCard | None = None
        self._generation = 0
        self._stale = False
        self.dialog: QDialog | None = None

        self.profile_button = QPushButton()
        self.profile_button.setObjectName("profile_button")
        self.profile_button.clicked.connect(self.open_form)
        self.political_button = QPushButton()
        self.political_button.setObjectName("political_button")
        self.political_button.clicked.connect(self.open_political)
        self.history_button = QPushButton()
        self.history_button.setObjectName("history_button")
        self.history_button.clicked.connect(self.open_history)
        self.button_row = QHBoxLayout()
        for button in (self.profile_button, self.political_button, self.history_button):
            self.button_row.addWidget(button)
        self.button_row.addStretch(1)

        self.view = ProfileCardView()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # The card follows the panel's width (its texts wrap) rather than scrolling sideways.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.view)
        self.scroll = scroll
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.button_row)
        layout.addWidget(scroll, 1)
        runner.operation_did_execute.connect(self._on_changed)
        self.retranslate()
        self._update_buttons()

    # --- loading -------------------------------------------------------------------------------

    def set_contact(self, contact_id: str | None) -> None:
        """Show the card of ``contact_id`` (None: an empty card)."""
        if contact_id == self.contact_id and self.card is not None:
            return
        self.contact_id = contact_id
        if contact_id is None:
            self.card = None
            self.view.set_card(None)
            self._update_buttons()
            return
        self.refresh()

    def refresh(self) -> None:
        """Load the current contact's card in the background."""
        self._generation += 1
        generation, contact_id, lang = self._generation, self.contact_id, current_language()
        if contact_id is None:
            return
        self.runner.read(
            lambda uow: profiling.profile_card(uow, contact_id, lang),
            on_success=lambda card: self._show(generation, card),
        )

    def _show(self, generation: int, card: ProfileCard) -> None:
        if generation != self._generation or not shiboken6.isValid(self):
            return  # a newer load is on its way, or the panel has been closed
        self.card = card
        self.view.set_card(card)
        self._update_buttons()
        self.card_loaded.emit()

    def _on_changed(self, tables: frozenset[str], _initiator: object) -> None:
        if not shiboken6.isValid(self):
            return
        if self.contact_id is not None and tables & WATCHED_TABLES:
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True

    # --- actions -------------------------------------------------------------------------------

    def open_form(self) -> ObserverDialog | None:
        """Open the buyer profiling form for the contact shown (the estimate is recorded as
        the current rep's)."""
        if self.card is None:
            return None
        dialog = ObserverDialog(
            self.runner,
            self.undo_stack,
            self.card.contact_id,
            self.card.contact_name,
            rep_id=self.card.me_rep_id,  # the estimate is the current rep's ("by …")
            parent=self,
        )
        return self._open(dialog)

    def open_political(self) -> PoliticalStyleDialog | None:
        """Open the political-style questions for the contact shown."""
        if self.card is None:
            return None
        style = self.card.political.code if self.card.political else None
        dialog = PoliticalStyleDialog(
            self.runner,
            self.undo_stack,
            self.card.contact_id,
            self.card.contact_name,
            style,
            parent=self,
        )
        return self._open(dialog)

    def open_history(self) -> HistoryDialog | None:
        """Open the list of every assessment of the contact shown."""
        if self.card is None:
            return None
        return self._open(
            HistoryDialog(self.runner, self.card.contact_id, self.card.contact_name, self)
        )

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _update_buttons(self) -> None:
        has = self.card is not None
        for button in (self.profile_button, self.political_button):
            button.setEnabled(has)
        self.history_button.setEnabled(has and bool(self.card and self.card.history_count))

    def retranslate(self) -> None:
        """Button texts in the current language."""
        self.profile_button.setText(self.tr("Profile this buyer…"))
        self.political_button.setText(self.tr("Political style…"))
        self.history_button.setText(self.tr("History…"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            # The card's own texts are in the language it was loaded in: reload it now, or
            # when next shown (a closed window must not start reads).
            if self.contact_id is not None:
                if self.isVisible():
                    self.refresh()
                else:
                    self._stale = True
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)


class HistoryDialog(QDialog):
    """Every assessment of one contact, newest first (the first is the card's profile)."""

    COLUMNS = 7

    def __init__(
        self, runner: OpRunner, contact_id: str, contact_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("history_dialog")
        self.setWindowTitle(self.tr("Profile history of %1").replace("%1", contact_name))
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Kind"),
                self.tr("Code"),
                self.tr("Dominant"),
                self.tr("Confidence"),
                self.tr("By"),
                self.tr("Note"),
            ]
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setShortcut(QKeySequence.StandardKey.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(760, 360)
        lang = current_language()
        runner.read(lambda uow: profiling.history(uow, contact_id, lang), on_success=self.set_rows)

    def set_rows(self, rows: tuple[Assessment, ...]) -> None:
        """Show the assessments."""
        if not shiboken6.isValid(self):
            return
        self.table.setRowCount(len(rows))
        for r, a in enumerate(rows):
            cells = (
                formatting.date(a.assessed_on),
                a.kind_label,
                a.profile.code_text,
                a.profile.badge,
                f"{a.confidence}/5" if a.confidence is not None else "",
                a.rep_name or "",
                a.note or "",
            )
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))


class ContactProfileWindow(QWidget):
    """A window with one contact's profile card (from the account editor's contacts)."""

    def __init__(
        self,
        runner: OpRunner,
        undo_stack: QUndoStack,
        contact_id: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("contact_profile_window")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.panel = ProfilePanel(runner, undo_stack)
        self.panel.card_loaded.connect(self._title)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        self.resize(980, 760)
        self._title()
        self.panel.set_contact(contact_id)

    def _title(self) -> None:
        card = self.panel.card
        name = card.contact_name if card else "…"
        self.setWindowTitle(self.tr("Profile card — %1").replace("%1", name))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self._title()
        super().changeEvent(event)


def open_contact_profile(
    parent: QWidget, runner: OpRunner, undo_stack: QUndoStack, contact_id: str
) -> ContactProfileWindow:
    """Open (and return) the profile card window of ``contact_id``."""
    window = ContactProfileWindow(runner, undo_stack, contact_id, parent)
    window.show()
    return window
