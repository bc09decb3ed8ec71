"""The account editor: one window per account with its fields, contacts and activities.

``AccountEditor(runner, undo_stack, account_id_or_None, parent=window).show()``. The window
loads in the background (``runner.read``), shows every account field in sections, checks
entries on Save and shows problems beside their fields, and saves only the fields changed
through an undoable command on the shared undo stack. It reloads itself after any write
that concerns its account (an undo, a redo, a sync) unless the rep has unsaved edits, and
asks before closing over unsaved edits (:meth:`AccountEditor.can_close`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from domain.records import spec
from services.account_detail import AccountDetail, Choice, account_detail, rep_choices
from services.errors import ValidationFailed
from storage.uow import NotFound
from ui.channel.credit_tab import CreditTab
from ui.channel.evaluations_tab import EvaluationsTab
from ui.commands import CreateRecordCommand, RecordCommand, UpdateRecordCommand, push
from ui.editors.activities_tab import ActivitiesTab
from ui.editors.close_guard import CloseGuard
from ui.editors.contacts_tab import ContactsTab
from ui.editors.record_form import ERROR_STYLE, RecordForm, Section
from ui.ops import OpRunner

ACCOUNT_SECTIONS = (
    Section("basics", ("name", "short_name", "industry", "owner_rep_id", "tags")),
    Section(
        "channel",
        (
            "channel_type",
            "cooperation_mode",
            "level",
            "is_key_account",
            "lifecycle_stage",
            "lead_source",
            "contract_end",
        ),
        column=1,
    ),
    Section(
        "contact_details",
        ("phone", "wechat", "email", "website", "region", "province", "city", "address"),
        row=1,
    ),
    Section(
        "credit",
        (
            "credit_rating",
            "credit_limit",
            "payment_terms_days",
            "purchase_potential",
            "share_of_customer",
            "sales_target",
        ),
        column=1,
        row=1,
    ),
    Section("notes", ("notes",), row=2, column_span=2),
)
WATCHED_TABLES = frozenset({"accounts", "contacts", "activities", "reps"})


class AccountEditor(CloseGuard):
    """A window that edits one account (``account_id`` None: a new one)."""

    def __init__(
        self,
        runner: OpRunner,
        undo_stack: QUndoStack,
        account_id: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # one window per opening
        self.runner = runner
        self.undo_stack = undo_stack
        self.account_id = account_id
        self.detail: AccountDetail | None = None
        self._status: Callable[[], str] = lambda: ""
        self._saving = False
        self._close_when_saved = False
        self._may_close = False
        self._closed = False

        self.form = RecordForm("accounts", ACCOUNT_SECTIONS)
        self.form.changed.connect(self._update_state)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(12, 12, 12, 12)
        page_layout.addWidget(self.form)
        scroll.setWidget(page)
        self.contacts_tab = ContactsTab(runner, undo_stack)
        self.activities_tab = ActivitiesTab(runner, undo_stack)
        self.tabs = QTabWidget()
        self.tabs.addTab(scroll, "")
        self.tabs.addTab(self.contacts_tab, "")
        self.tabs.addTab(self.activities_tab, "")
        self.credit_tab = CreditTab(runner, undo_stack)  # issue #8: credit and collection
        self.evaluations_tab = EvaluationsTab(runner, undo_stack)
        self.tabs.addTab(self.credit_tab, "")
        self.tabs.addTab(self.evaluations_tab, "")
        self.tabs.currentChanged.connect(self._update_state)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.save_button = QPushButton()
        self.save_button.setDefault(True)
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.clicked.connect(self.save)
        self.buttons = QDialogButtonBox()
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addLayout(bottom)

        self.undo_action = undo_stack.createUndoAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = undo_stack.createRedoAction(self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.addActions([self.undo_action, self.redo_action])
        self.print_action = QAction(self)  # Ctrl+P: the plan of the open (saved) account
        self.print_action.setShortcut(QKeySequence("Ctrl+P"))
        self.print_action.triggered.connect(self.print_plan)
        self.addAction(self.print_action)

        runner.operation_did_execute.connect(self._on_changed)
        self.resize(980, 760)
        self.retranslate()
        if account_id is None:
            self.form.set_values({f.name: f.default for f in spec("accounts").values()})
        self.refresh()

    # --- loading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Load the account (or, for a new one, the pick lists) in the background."""
        self.form.setEnabled(self.detail is not None or self.account_id is None)
        if self.detail is None:
            self._set_status(lambda: self.tr("Loading…"))
        account_id = self.account_id
        if account_id is None:
            self.runner.read(rep_choices, on_success=self._loaded_choices)
        else:
            self.runner.read(
                lambda uow: account_detail(uow, account_id),
                on_success=self._loaded,
                on_failure=self._load_failed,
            )

    def _loaded_choices(self, reps: tuple[Choice, ...]) -> None:
        if self._closed:
            return
        self.form.set_choices("owner_rep_id", reps)
        self.form.setEnabled(True)
        self._set_status(lambda: "")

    def _loaded(self, detail: AccountDetail) -> None:
        if self._closed or detail.account.id != self.account_id:
            return
        first = self.detail is None
        self.detail = detail
        self.form.set_choices("owner_rep_id", detail.reps)
        if first or not self.form.is_dirty():
            self.form.set_values(detail.account.values)
            self._set_status(lambda: "")
        else:
            self._set_status(lambda: self.tr("Changed elsewhere; your unsaved edits are kept."))
        self.form.setEnabled(True)
        for tab in (self.contacts_tab, self.activities_tab):
            tab.setEnabled(True)
        self.contacts_tab.set_detail(detail)
        self.activities_tab.set_detail(detail)
        self.credit_tab.set_account(detail.account.id)
        self.evaluations_tab.set_account(detail.account.id)
        self.retranslate()

    def _load_failed(self, exc: BaseException) -> None:
        if self._closed:
            return
        self.form.setEnabled(False)
        self.save_button.setEnabled(False)
        for tab in (self.contacts_tab, self.activities_tab):
            tab.setEnabled(False)
        if isinstance(exc, NotFound):
            self._set_status(lambda: self.tr("This account has been deleted."), error=True)
        else:
            self._set_status(lambda: self.tr("Could not load: %1").replace("%1", str(exc)), True)

    def _on_changed(self, tables: frozenset[str], initiator: object) -> None:
        if self._closed or self.account_id is None or not tables & WATCHED_TABLES:
            return
        if isinstance(initiator, RecordCommand) and initiator.account_id not in (
            None,
            self.account_id,
        ):
            return
        self.refresh()

    # --- saving ----------------------------------------------------------------------------

    def save(self) -> None:
        """Check the entries; when right, write the changed fields through the undo stack."""
        if self._saving:
            return
        values, errors = self.form.check()
        if errors:
            self.form.show_errors(errors)
            self._set_status(lambda: self.tr("Please correct the fields marked in red."), True)
            self.tabs.setCurrentIndex(0)
            return
        self.form.clear_errors()
        name = values.get("name")
        command: RecordCommand
        if self.account_id is None:
            fresh = {k: v for k, v in values.items() if v not in (None, [])}
            command = CreateRecordCommand(
                self.runner,
                "accounts",
                fresh,
                on_success=lambda new_id: self._saved(values, new_id),
                on_failure=self._save_failed,
            )
        else:
            changes = self.form.changes()
            if not changes:
                self._set_status(lambda: self.tr("Nothing to save."))
                self._finish_close()
                return
            command = UpdateRecordCommand(
                self.runner,
                "accounts",
                self.account_id,
                changes,
                name=name,
                on_success=lambda _previous: self._saved(changes, self.account_id),
                on_failure=self._save_failed,
            )
        self._saving = True
        self._set_status(lambda: self.tr("Saving…"))
        self._update_state()
        push(self.undo_stack, command)

    def _saved(self, values: dict[str, Any], account_id: str | None) -> None:
        self._saving = False
        if self._closed:
            return
        self.account_id = account_id
        self.form.mark_clean(values)
        self._set_status(lambda: self.tr("Saved. Ctrl+Z undoes it."))
        self.retranslate()
        self._finish_close()

    def _save_failed(self, exc: BaseException) -> None:
        self._saving = False
        self._close_when_saved = False
        if self._closed:
            return
        self._update_state()
        if isinstance(exc, ValidationFailed):
            self.form.show_errors(exc.errors)
            self._set_status(lambda: self.tr("Please correct the fields marked in red."), True)
            self.tabs.setCurrentIndex(0)
        else:
            self._set_status(lambda: self.tr("Could not save: %1").replace("%1", str(exc)), True)

    # --- closing ---------------------------------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        """Whether the form holds edits not saved yet."""
        return self.form.isEnabled() and self.form.is_dirty()

    def close_question(self) -> tuple[str, str]:
        """Asked when the editor closes over unsaved edits."""
        return (
            self.tr("Unsaved changes"),
            self.tr("Save the changes to %1 before closing?").replace("%1", self._name()),
        )

    def save_before_close(self) -> None:
        """Save the form (the editor closes once it is saved)."""
        self.save()

    def discard_changes(self) -> None:
        """Show what was loaded again, dropping the rep's unsaved edits."""
        if self.detail is not None and self.account_id is not None:
            self.form.set_values(self.detail.account.values)
        elif self.account_id is None:
            self.form.set_values({f.name: f.default for f in spec("accounts").values()})

    # --- state and language ----------------------------------------------------------------

    def _name(self) -> str:
        name = self.form.fields["name"].raw()
        if name:
            return str(name).strip()
        if self.account_id is None:
            return self.tr("New account")
        return str(self.detail.account.get("name")) if self.detail else ""

    def _set_status(self, text: Callable[[], str], error: bool = False) -> None:
        self._status = text
        self.status.setStyleSheet(ERROR_STYLE if error else "")
        self.status.setText(text())

    def _update_state(self) -> None:
        dirty = self.form.is_dirty()
        self.setWindowModified(dirty)
        self.save_button.setEnabled(not self._saving and self.form.isEnabled())
        self.save_button.setVisible(self.tabs.currentIndex() == 0)  # it saves the form
        self.print_action.setEnabled(self.account_id is not None)

    def retranslate(self) -> None:
        """Every text the window sets itself, in the current language."""
        saved_name = self.detail.account.get("name") if self.detail else None
        title = self.tr("New account") if self.account_id is None else str(saved_name or "")
        self.setWindowTitle(title + "[*]")
        self.tabs.setTabText(0, self.tr("Account"))
        self.tabs.setTabText(1, self.tr("Contacts (%1)").replace("%1", self._count(1)))
        self.tabs.setTabText(2, self.tr("Activities (%1)").replace("%1", self._count(2)))
        new = self.account_id is None
        self.tabs.setTabText(3, self.tr("Credit and collection"))
        self.tabs.setTabText(4, self.tr("Qualification and reviews"))
        for index in (1, 2, 3, 4):
            self.tabs.setTabEnabled(index, not new)
            self.tabs.setTabToolTip(index, self.tr("Save the new account first.") if new else "")
        self.save_button.setText(self.tr("Save"))
        self.status.setText(self._status())
        self._update_state()

    def print_plan(self) -> QWidget | None:
        """Open the account plan preview of this account (Ctrl+P); None for a new one."""
        from ui.plan_preview import open_plan_preview

        if self.account_id is None:
            return None
        return open_plan_preview(self.runner, self.account_id, self)

    def show_credit(self) -> None:
        """Bring the credit-and-collection tab forward (from the Receivables page)."""
        self.tabs.setCurrentWidget(self.credit_tab)

    def show_tab(self, name: str) -> QWidget | None:
        """Bring tab ``name`` forward (``credit`` or ``evaluations``: qualification and
        reviews) and return it; None for an unknown name or a new account."""
        tab = {"credit": self.credit_tab, "evaluations": self.evaluations_tab}.get(name)
        if tab is None or self.account_id is None:
            return None
        self.tabs.setCurrentWidget(tab)
        return tab

    def _count(self, tab: int) -> str:
        if self.detail is None:
            return "–"
        return str(len(self.detail.contacts if tab == 1 else self.detail.activities))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
