"""The project board's Project tab: the project's own fields — name, amount, expected close,
next step and its due date, status and the day it closed.

The inputs are a :class:`~ui.editors.record_form.RecordForm` over ``projects`` (the account
editor's machinery: a widget per field kind, only changed fields sent, problems in red under
their fields). The board saves :meth:`ProjectPanel.changes` through the undo stack
(``UpdateRecordCommand``) and shows what the service refused with :meth:`show_errors`.

A closed date belongs to a won or lost project: the field shows only then, a project marked
won or lost gets today's date to start with, and one reopened loses it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from domain.validation import FieldError
from domain.vocabulary import ProjectStatus
from ui.editors.record_form import RecordForm, Section

PROJECT_SECTIONS = (
    Section("project", ("name", "amount", "expected_close", "status", "closed_on")),
    Section("next", ("next_step", "next_step_due"), column=1),
)
CLOSED = frozenset({ProjectStatus.WON.value, ProjectStatus.LOST.value})


class ProjectForm(RecordForm):
    """The project's fields, labelled for a project (the shared labels name an account's)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("projects", PROJECT_SECTIONS, parent)

    def retranslate(self) -> None:
        """Labels and section titles in the current language."""
        super().retranslate()
        labels = {
            "name": self.tr("Project name"),
            "amount": self.tr("Amount (¥)"),
            "expected_close": self.tr("Expected close"),
            "status": self.tr("Status"),
            "closed_on": self.tr("Closed on"),
            "next_step": self.tr("Next step"),
            "next_step_due": self.tr("Next step due"),
        }
        for name, text in labels.items():
            required = self.specs[name].required
            self._labels[name].setText(text + (" *" if required else ""))
        self._boxes["project"].setTitle(self.tr("Project"))
        self._boxes["next"].setTitle(self.tr("Next step"))
        self._align_labels()


class ProjectPanel(QWidget):
    """The Project tab: the form with Save and Revert (``save_requested``, ``revert_requested``)."""

    save_requested = Signal()
    revert_requested = Signal()
    changed = Signal()

    def __init__(
        self, today: Callable[[], dt.date] = dt.date.today, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._today = today
        self._loading = False
        self.form = ProjectForm()
        self.form.setObjectName("project_form")
        self.form.changed.connect(self.changed)
        self.form.fields["status"].changed.connect(self._status_changed)
        self.save_button = QPushButton()
        self.save_button.setObjectName("save_project")
        self.save_button.clicked.connect(self.save_requested)
        self.revert_button = QPushButton()
        self.revert_button.clicked.connect(self.revert_requested)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form, 1)
        layout.addLayout(buttons)
        self.retranslate()

    # --- values ------------------------------------------------------------------------------

    def set_values(self, project: Mapping[str, Any]) -> None:
        """Show the saved ``project`` and take it as the unchanged state."""
        self._loading = True
        try:
            self.form.set_values(project)
        finally:
            self._loading = False
        self._show_closed(project.get("status"))
        self.form.mark_clean()

    def is_dirty(self) -> bool:
        """Whether a field is edited and not saved."""
        return self.form.is_dirty()

    def changes(self) -> dict[str, Any]:
        """The typed values of the fields edited."""
        return self.form.changes()

    def check(self, fixed: Mapping[str, Any]) -> list[FieldError]:
        """Every problem with the entries (``fixed``: the project's fields not on the form);
        a won or lost project needs the day it closed."""
        values, errors = self.form.check(fixed)
        closed = values.get("status") in CLOSED and values.get("closed_on") is None
        if closed and not any(e.field == "closed_on" for e in errors):
            errors.append(FieldError("closed_on", "required"))
        return errors

    def show_errors(self, errors: Iterable[FieldError]) -> None:
        """Show each problem under its field."""
        self.form.show_errors(errors)

    def mark_clean(self, saved: Mapping[str, Any]) -> None:
        """The ``saved`` values are now the unchanged state."""
        self.form.clear_errors()
        self.form.mark_clean(saved)

    # --- closed date -------------------------------------------------------------------------

    def _status_changed(self) -> None:
        status = self.form.fields["status"].raw()
        closed = self.form.fields["closed_on"]
        if status in CLOSED and closed.raw() is None and not self._loading:
            closed.set_value(self._today())
        self._show_closed(status)
        self.changed.emit()

    def _show_closed(self, status: object) -> None:
        self.form.set_field_visible("closed_on", status in CLOSED)

    # --- language ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Button texts in the current language (the form translates itself)."""
        self.save_button.setText(self.tr("Save project"))
        self.save_button.setToolTip(self.tr("Save the project's fields (Ctrl+S)"))
        self.revert_button.setText(self.tr("Revert"))
        self.hint.setText(
            self.tr("Logging a call with a next step and due date updates the next step here.")
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


__all__ = ["PROJECT_SECTIONS", "ProjectForm", "ProjectPanel"]
