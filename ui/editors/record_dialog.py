"""A small dialog that adds or edits one record of an account (a contact, an activity).

The dialog is a :class:`~ui.editors.record_form.RecordForm` with Save and Cancel. Save checks
the entries first (problems appear under their fields, nothing is written and everything
typed stays), then pushes a create or update command on the undo stack; the dialog closes
when the write succeeded and shows the service's objections inline when it did not.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from domain.records import spec
from services.account_detail import Choice, Row
from services.errors import ValidationFailed
from ui.commands import CreateRecordCommand, UpdateRecordCommand, push
from ui.editors.record_form import ERROR_STYLE, RecordForm, Section
from ui.ops import OpRunner


def entered(values: Mapping[str, Any]) -> dict[str, Any]:
    """The ``values`` the rep filled in (empty fields left out)."""
    return {k: v for k, v in values.items() if v not in (None, [])}


class RecordDialog(QDialog):
    """Add (``row`` None) or edit a record of ``table`` that belongs to ``account_id``."""

    table = ""
    sections: tuple[Section, ...] = ()

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
        super().__init__(parent)
        self.runner = runner
        self.undo_stack = undo_stack
        self.account_id = account_id
        self.row = row
        self.form = RecordForm(self.table, self.sections)
        for name, items in (choices or {}).items():
            self.form.set_choices(name, items)
        if row is not None:
            self.form.set_values(row.values)
        else:
            defaults = {f.name: f.default for f in spec(self.table).values()}
            self.form.set_values({**defaults, **(initial or {})})
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._status: Callable[[], str] = lambda: ""
        self.status = QLabel()
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setWordWrap(True)
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.retranslate()

    # --- what subclasses provide ---------------------------------------------------------

    def heading(self) -> str:
        """The window title in the current language."""
        return ""

    def record_name(self, values: Mapping[str, Any]) -> str:
        """How the record is named in the Undo menu."""
        return str(values.get("name") or "")

    def fixed_values(self) -> dict[str, Any]:
        """Fields of the record the form has no input for (its account; a call's project)."""
        return {"account_id": self.account_id}

    # --- saving ----------------------------------------------------------------------------

    def save(self) -> None:
        """Check the entries and, when they are right, write them through the undo stack."""
        fixed = self.fixed_values()
        values, errors = self.form.check(fixed)
        if errors:
            self.form.show_errors(errors)
            self._set_status(lambda: self.tr("Please correct the fields marked in red."))
            return
        self.form.clear_errors()
        self._set_status(lambda: "")
        options: dict[str, Any] = {
            "name": self.record_name(values),
            "account_id": self.account_id,
            "on_success": lambda _result: self.accept(),
            "on_failure": self._failed,
        }
        command = self.write_command(values, fixed, options)
        if command is None:
            self.accept()
            return
        self.buttons.setEnabled(False)
        push(self.undo_stack, command)

    def write_command(
        self, values: Mapping[str, Any], fixed: Mapping[str, Any], options: dict[str, Any]
    ) -> CreateRecordCommand | UpdateRecordCommand | None:
        """The undoable command that writes the checked ``values`` (and the ``fixed`` ones
        of a new record); ``options`` name it and say what follows. None: nothing changed."""
        if self.row is None:
            return CreateRecordCommand(
                self.runner, self.table, {**entered(values), **fixed}, **options
            )
        changes = self.form.changes()
        if not changes:
            return None
        return UpdateRecordCommand(self.runner, self.table, self.row.id, changes, **options)

    def reject(self) -> None:
        """Close without saving, unless a save is under way (it closes the dialog itself)."""
        if self.buttons.isEnabled():
            super().reject()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, ValidationFailed):
            self.form.show_errors(exc.errors)
            self._set_status(lambda: self.tr("Please correct the fields marked in red."))
        else:
            self._set_status(lambda: self.tr("Could not save: %1").replace("%1", str(exc)))

    def _set_status(self, text: Callable[[], str]) -> None:
        self._status = text
        self.status.setText(text())

    # --- language --------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Title and buttons in the current language (the form translates itself)."""
        self.setWindowTitle(self.heading())
        self.status.setText(self._status())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
