"""The project board's call log: the calls on the project and the dialog that logs one.

A call on a key-account project always records its outcome (order, advance, continuation,
no sale); an advance also needs the customer's action and its date. The dialog is the
account editor's activity dialog (:class:`~ui.editors.activities_tab.ActivityDialog`) with
the project fixed and those three rules checked before anything is written.

A new call is written by :class:`LogCallCommand` (:func:`services.tracker.log_project_call`):
when it carries a next step and its due date, they become the project's next step in the same
undoable edit, so logging the call that agreed the next action clears "next step overdue".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QWidget,
)

from domain.validation import FieldError
from domain.vocabulary import CallOutcome
from services.account_detail import Choice, Row
from services.tracker import (
    LoggedCall,
    log_project_call,
    redo_log_project_call,
    undo_log_project_call,
)
from storage.uow import UnitOfWork
from ui.commands import CreateRecordCommand, UpdateRecordCommand
from ui.editors.activities_tab import ActivityDialog, activity_name
from ui.editors.record_dialog import entered
from ui.editors.record_list import RecordListTab
from ui.ops import OpRunner

CALL_COLUMNS = (
    "occurred_at",
    "kind",
    "outcome",
    "advance_kind",
    "advance_on",
    "contact_ids",
    "subject",
    "next_step",
    "next_step_due",
)


class LogCallCommand(CreateRecordCommand):
    """Log a call on a project; when it carries a next step and due date, they become the
    project's. Undo removes the call and puts the project's next step back; redo restores
    the same call."""

    def __init__(self, runner: OpRunner, values: Mapping[str, Any], **kw: Any) -> None:
        super().__init__(runner, "activities", values, **kw)
        self.logged: LoggedCall | None = None

    def _do(self, uow: UnitOfWork, first: bool) -> str:
        if first or self.logged is None:
            self.logged = log_project_call(uow, {**self.values, "id": self.row_id})
        else:
            redo_log_project_call(uow, self.logged)
        return self.row_id

    def _undo(self, uow: UnitOfWork) -> None:
        if self.logged is not None:
            undo_log_project_call(uow, self.logged)

    def _tables(self) -> frozenset[str]:
        return frozenset({"activities", "projects"})


class CallDialog(ActivityDialog):
    """Log (``row`` None) or edit a call on a project; the outcome is required."""

    def __init__(
        self,
        runner: OpRunner,
        undo_stack: QUndoStack,
        account_id: str,
        row: Row | None = None,
        *,
        project_id: str,
        rep_id: str | None = None,
        **kw: Any,
    ) -> None:
        self.project_id = project_id
        self.rep_id = rep_id
        super().__init__(runner, undo_stack, account_id, row, **kw)

    def fixed_values(self) -> dict[str, Any]:
        """The account and the project; a new call is the project's salesperson's."""
        values: dict[str, Any] = {"account_id": self.account_id, "project_id": self.project_id}
        if self.row is None and self.rep_id:
            values["rep_id"] = self.rep_id
        return values

    def save(self) -> None:
        """Refuse a call without an outcome, or an advance without its action and date."""
        fields = self.form.fields
        outcome = fields["outcome"].raw()
        problems = []
        if not outcome:
            problems.append(FieldError("outcome", "required"))
        elif outcome == CallOutcome.ADVANCE:
            if not fields["advance_kind"].raw():
                problems.append(FieldError("advance_kind", "advance_needs_kind"))
            if not fields["advance_on"].raw():
                problems.append(FieldError("advance_on", "required"))
        if problems:
            self.form.show_errors(problems)
            self._set_status(lambda: self.tr("Please correct the fields marked in red."))
            return
        super().save()

    def write_command(
        self, values: Mapping[str, Any], fixed: Mapping[str, Any], options: dict[str, Any]
    ) -> CreateRecordCommand | UpdateRecordCommand | None:
        """A new call is a :class:`LogCallCommand` (it may set the project's next step)."""
        if self.row is None:
            return LogCallCommand(self.runner, {**entered(values), **fixed}, **options)
        return super().write_command(values, fixed, options)

    def heading(self) -> str:
        """ "Log call", or "Call: <subject>"."""
        if self.row is None:
            return self.tr("Log call")
        return self.tr("Call: %1").replace("%1", activity_name(self.row.values))


def call_rows(calls: tuple[dict[str, Any], ...], names: Mapping[str, str]) -> list[Row]:
    """The board's call dicts as rows of the activity list (contacts by name)."""
    rows = []
    for call in calls:
        values = {k: v for k, v in call.items() if k != "id"}
        ids = values.get("contact_ids") or []
        rows.append(
            Row(call["id"], values, {"contact_ids": ", ".join(names.get(i, "") for i in ids)})
        )
    return rows


class CallLog(RecordListTab):
    """The calls on the project, newest first, with Log call, Edit and Delete."""

    table = "activities"
    columns = CALL_COLUMNS
    dialog_class = CallDialog
    initial_sort = (0, Qt.SortOrder.DescendingOrder)
    stretch_column = "subject"
    row_padding = None
    open_on = "activated"

    def __init__(self, runner: OpRunner, undo_stack: QUndoStack, parent: QWidget | None = None):
        self.project: dict[str, Any] | None = None
        self.contact_choices: tuple[Choice, ...] = ()
        super().__init__(runner, undo_stack, parent)
        self.view.setObjectName("call_log")
        self.log_button = self.add_button
        self.log_button.setObjectName("log_call")

    def set_calls(
        self,
        project: dict[str, Any],
        calls: tuple[dict[str, Any], ...],
        contacts: tuple[dict[str, Any], ...],
    ) -> None:
        """Show the project's ``calls``; ``contacts`` are the account's (to pick and name)."""
        selected = self.selected_row()
        self.project = project
        self.contact_choices = tuple(
            Choice(c["id"], f"{c['name']} ({c['title']})" if c.get("title") else str(c["name"]))
            for c in contacts
        )
        names = {c["id"]: str(c["name"]) for c in contacts}
        self.model.set_rows(call_rows(calls, names))
        if selected is not None:
            self.select(selected.id)
        self.view.resizeColumnsToContents()
        self._update_buttons()

    def call_count(self) -> int:
        """How many calls are listed."""
        return self.model.rowCount()

    def owner_account_id(self) -> str | None:
        """The project's account (None until the board has loaded)."""
        return self.project["account_id"] if self.project is not None else None

    def dialog_options(self) -> dict[str, Any]:
        """The project, its salesperson, the account's contacts; a new call is a visit now."""
        assert self.project is not None
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None, second=0, microsecond=0)
        return {
            "project_id": self.project["id"],
            "rep_id": self.project.get("rep_id"),
            "choices": {"contact_ids": self.contact_choices},
            "initial": {"kind": "visit", "occurred_at": now},
        }

    def record_name(self, row: Row) -> str:
        """A call is named by its subject in the Undo menu."""
        return activity_name(row.values)

    def retranslate(self) -> None:
        """Button texts and cells in the current language."""
        self.add_button.setText(self.tr("Log call…"))
        self.add_button.setToolTip(self.tr("Log a call and its outcome (Ctrl+L)"))
        super().retranslate()
