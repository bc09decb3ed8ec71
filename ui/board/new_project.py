"""Starting a key-account project: pick the account (type to search), name the project.

:class:`NewProjectDialog` loads the accounts in the background
(:func:`services.tracker.account_choices`), checks the two entries, and pushes a
:class:`NewProjectCommand`: :func:`services.tracker.create_project` writes the open project at
step 客户分析 with its first step-history row dated today; undo tombstones both, redo brings
the same rows back. Once written, the caller opens the project's board.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from domain.records import spec
from domain.validation import FieldError
from domain.vocabulary import SalesStep
from services.account_detail import Choice
from services.errors import ValidationFailed
from services.tracker import account_choices, create_project
from storage.uow import UnitOfWork
from ui.commands import CreateRecordCommand, push, short_name
from ui.editors.record_form import ERROR_STYLE
from ui.editors.texts import error_text
from ui.models import code_label
from ui.ops import OpRunner


class NewProjectCommand(CreateRecordCommand):
    """Create a project with :func:`services.tracker.create_project` (its first step row
    included); undo tombstones the project and its history, redo restores the same rows."""

    def __init__(
        self, runner: OpRunner, account_id: str, name: str, on: dt.date, **kw: Any
    ) -> None:
        super().__init__(runner, "projects", {"account_id": account_id, "name": name}, **kw)
        self.on = on

    def _do(self, uow: UnitOfWork, first: bool) -> str:
        if first:
            v = self.values
            create_project(uow, v["account_id"], v["name"], on=self.on, id=self.row_id)
            return self.row_id
        return super()._do(uow, False)


def searchable(combo: QComboBox) -> None:
    """Let the rep type into ``combo`` to find an item by any part of its text."""
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = combo.completer()
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)


class NewProjectDialog(QDialog):
    """Ask for the account and the project's name; ``created(project_id)`` once written."""

    def __init__(
        self,
        runner: OpRunner,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
        *,
        account_id: str | None = None,
        today: Callable[[], dt.date] = dt.date.today,
        on_created: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("new_project_dialog")
        self.runner = runner
        self.undo_stack = undo_stack
        self._today = today
        self._on_created = on_created
        self._wanted_account = account_id
        self._status: Callable[[], str] = lambda: ""
        self.accounts: tuple[Choice, ...] = ()

        self.account_combo = QComboBox()
        self.account_combo.setObjectName("new_project_account")
        self.account_combo.setMinimumWidth(320)
        searchable(self.account_combo)
        self.account_error = self._error_label()
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("new_project_name")
        self.name_edit.setMaxLength(spec("projects")["name"].max_len or 200)
        self.name_error = self._error_label()
        self.account_label, self.name_label = QLabel(), QLabel()
        self.account_label.setBuddy(self.account_combo)
        self.name_label.setBuddy(self.name_edit)
        form = QFormLayout()
        form.addRow(self.account_label, _stacked(self.account_combo, self.account_error))
        form.addRow(self.name_label, _stacked(self.name_edit, self.name_error))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.status = self._error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.retranslate()
        runner.read(account_choices, on_success=self._accounts_loaded)

    @staticmethod
    def _error_label() -> QLabel:
        label = QLabel()
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        return label

    def _accounts_loaded(self, accounts: tuple[Choice, ...]) -> None:
        self.accounts = accounts
        self.account_combo.clear()
        for choice in accounts:
            self.account_combo.addItem(choice.text, choice.id)
        index = self.account_combo.findData(self._wanted_account) if self._wanted_account else -1
        self.account_combo.setCurrentIndex(index)
        if index < 0:
            self.account_combo.setEditText("")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        (self.name_edit if index >= 0 else self.account_combo).setFocus()

    def is_ready(self) -> bool:
        """Whether the accounts are loaded (the dialog can save)."""
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()

    def set_account(self, account_id: str) -> None:
        """Pick the account ``account_id``."""
        self.account_combo.setCurrentIndex(self.account_combo.findData(account_id))

    def chosen_account(self) -> str | None:
        """The account picked; None when the typed text names none of them."""
        text = self.account_combo.currentText().strip()
        index = self.account_combo.currentIndex()
        if index >= 0 and self.account_combo.itemText(index) == text:
            return str(self.account_combo.itemData(index))
        exact = self.account_combo.findText(text, Qt.MatchFlag.MatchFixedString)
        return str(self.account_combo.itemData(exact)) if exact >= 0 else None

    # --- saving ---------------------------------------------------------------------------

    def save(self) -> None:
        """Check the entries; when right, create the project through the undo stack."""
        account_id = self.chosen_account()
        name = self.name_edit.text().strip()
        errors = []
        if account_id is None:
            errors.append(FieldError("account_id", "required"))
        if not name:
            errors.append(FieldError("name", "required"))
        if errors:
            self.show_errors(errors)
            return
        assert account_id is not None
        self.show_errors([])
        self.buttons.setEnabled(False)
        command = NewProjectCommand(
            self.runner,
            account_id,
            name,
            self._today(),
            text=self.tr("New project %1").replace("%1", short_name(name)),
            on_success=self._created,
            on_failure=self._failed,
        )
        push(self.undo_stack, command)

    def _created(self, project_id: str) -> None:
        self.accept()
        if self._on_created is not None:
            self._on_created(project_id)

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, ValidationFailed):
            self.show_errors(exc.errors)
        else:
            self._set_status(lambda: self.tr("Could not save: %1").replace("%1", str(exc)))

    def show_errors(self, errors: list[FieldError]) -> None:
        """Show each problem under its entry (others below the form)."""
        by_field = {"account_id": self.account_error, "name": self.name_error}
        for label in by_field.values():
            label.hide()
        rest = []
        for e in errors:
            label = by_field.get(e.field)
            if label is None:
                rest.append(error_text(e))
                continue
            label.setText(error_text(e))
            label.show()
        self._set_status(lambda: "\n".join(rest))
        if errors:
            first = errors[0].field
            (self.name_edit if first == "name" else self.account_combo).setFocus()

    def error_text(self, field: str) -> str:
        """The problem shown under ``field`` (account_id or name); "" when none."""
        label = self.account_error if field == "account_id" else self.name_error
        return label.text() if label.isVisibleTo(self) else ""

    def _set_status(self, text: Callable[[], str]) -> None:
        self._status = text
        self.status.setText(text())
        self.status.setVisible(bool(self.status.text()))

    def reject(self) -> None:
        """Close without saving, unless a save is under way."""
        if self.buttons.isEnabled():
            super().reject()

    # --- language -------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Every text in the current language."""
        self.setWindowTitle(self.tr("New project"))
        self.account_label.setText(self.tr("Account *"))
        self.name_label.setText(self.tr("Project name *"))
        self.account_combo.lineEdit().setPlaceholderText(self.tr("Type to search accounts"))
        self.name_edit.setPlaceholderText(self.tr("e.g. Warehouse system upgrade"))
        self.note.setText(
            self.tr(
                "The project starts open at the first step, %1, today; "
                "the account's owner is its salesperson."
            ).replace("%1", code_label(SalesStep, SalesStep.ANALYSE.value))
        )
        self.status.setText(self._status())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _stacked(widget: QWidget, error: QLabel) -> QWidget:
    cell = QWidget()
    column = QVBoxLayout(cell)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(widget)
    column.addWidget(error)
    return cell


__all__ = ["NewProjectCommand", "NewProjectDialog", "searchable"]
