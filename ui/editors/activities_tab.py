"""The Activities tab of the account editor and the dialog that logs or edits an activity.

An activity is a visit, call, meeting, WeChat, e-mail, training, complaint or collection
call. Its outcome follows the large-sale reading of a call (order, advance, continuation,
no sale); an *advance* needs the customer action that made it one, so that field (and its
date) appears, and is required, only when the outcome is advance.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from domain.vocabulary import ActivityKind, CallOutcome, label
from services.account_detail import AccountDetail, Row
from ui.commands import UpdateRecordCommand, push
from ui.editors.record_dialog import RecordDialog
from ui.editors.record_form import Section
from ui.editors.record_list import RecordListTab
from ui.i18n import current_language

ACTIVITY_SECTIONS = (
    Section("call", ("kind", "occurred_at", "contact_ids", "subject")),
    Section("result", ("outcome", "advance_kind", "advance_on", "notes"), row=1),
    Section("next", ("next_step", "next_step_due", "next_step_done"), row=2),
)
ADVANCE_FIELDS = ("advance_kind", "advance_on")


def activity_name(values: Mapping[str, Any]) -> str:
    """How an activity is named in the Undo menu: its subject, else its kind."""
    if values.get("subject"):
        return str(values["subject"])
    kind = values.get("kind")
    return label(ActivityKind(kind), current_language()) if kind in set(ActivityKind) else ""


class ActivityDialog(RecordDialog):
    """Log (``row`` None) or edit an activity of the account."""

    table = "activities"
    sections = ACTIVITY_SECTIONS

    def __init__(self, *args: Any, **kw: Any) -> None:
        super().__init__(*args, **kw)
        self.form.fields["outcome"].changed.connect(self._show_advance_fields)
        self._show_advance_fields()
        self.form.mark_clean()

    def _show_advance_fields(self) -> None:
        advance = self.form.fields["outcome"].raw() == CallOutcome.ADVANCE
        for name in ADVANCE_FIELDS:
            self.form.set_field_visible(name, advance)

    def heading(self) -> str:
        """ "Log activity", or "Activity: <subject>"."""
        if self.row is None:
            return self.tr("Log activity")
        return self.tr("Activity: %1").replace("%1", activity_name(self.row.values))

    def record_name(self, values: Mapping[str, Any]) -> str:
        """The activity's subject or kind."""
        return activity_name(values)


class ActivitiesTab(RecordListTab):
    """The account's activities, newest first, and their next steps."""

    table = "activities"
    columns = (
        "occurred_at",
        "kind",
        "contact_ids",
        "outcome",
        "subject",
        "next_step",
        "next_step_due",
        "next_step_done",
    )
    dialog_class = ActivityDialog
    initial_sort = (0, Qt.SortOrder.DescendingOrder)
    stretch_column = "subject"

    def more_buttons(self) -> list[QPushButton]:
        """Marking the selected activity's next step done."""
        self.done_button = QPushButton()
        self.done_button.clicked.connect(self.toggle_done)
        return [self.done_button]

    def rows_of(self, detail: AccountDetail) -> tuple[Row, ...]:
        """The account's live activities."""
        return detail.activities

    def dialog_options(self) -> dict[str, Any]:
        """The account's contacts to pick from."""
        assert self.detail is not None
        return {"choices": {"contact_ids": self.detail.contact_choices()}}

    def record_name(self, row: Row) -> str:
        """The activity's subject or kind."""
        return activity_name(row.values)

    def toggle_done(self) -> None:
        """Mark the selected activity's next step done (or open again), undoably."""
        row = self.selected_row()
        if row is None or self.detail is None or not row.get("next_step"):
            return
        done = not row.get("next_step_done")
        text = (
            self.tr("Mark next step done: %1") if done else self.tr("Reopen next step: %1")
        ).replace("%1", str(row.get("next_step"))[:16])
        command = UpdateRecordCommand(
            self.runner,
            self.table,
            row.id,
            {"next_step_done": done},
            account_id=self.detail.account.id,
            text=text,
        )
        push(self.undo_stack, command)

    def _update_buttons(self) -> None:
        super()._update_buttons()
        row = self.selected_row()
        self.done_button.setEnabled(row is not None and bool(row.get("next_step")))
        self._retranslate_done(row)

    def _retranslate_done(self, row: Row | None) -> None:
        reopen = row is not None and bool(row.get("next_step_done"))
        self.done_button.setText(
            self.tr("Reopen next step") if reopen else self.tr("Mark next step done")
        )

    def retranslate(self) -> None:
        """Button texts in the current language."""
        self.add_button.setText(self.tr("Log activity…"))
        self._retranslate_done(self.selected_row())
        super().retranslate()
