"""The buyer profiling form: tick what you observed of a buyer (at most 8 cues), say how sure
you are, and see the thinking-style estimate build up as you tick.

The cues are grouped by where a rep sees them (words, what he asks for, documents and office,
how others describe him, how he decides). A 9th tick is refused with a message; Save stays
disabled, with the reason beside it, while no cue is ticked. Saving adds a new assessment
(the earlier ones stay as history) through an undoable command. The date observed cannot
be set after today; with fewer than 3 cues the preview says the estimate is tentative.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from services import profiling
from services.errors import ValidationFailed
from services.profiling import Preview
from ui.commands import push
from ui.ops import OpRunner
from ui.profiling.commands import SaveAssessmentCommand, estimate_text
from ui.profiling.pick_dialog import PickDialog

DEFAULT_CONFIDENCE = 3


class ObserverDialog(PickDialog):
    """Profile one buyer from observed cues (a thinking-style estimate, never a test result)."""

    def __init__(
        self,
        runner: OpRunner,
        undo_stack: QUndoStack,
        contact_id: str,
        contact_name: str,
        *,
        rep_id: str | None = None,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self.setObjectName("observer_dialog")
        self.undo_stack = undo_stack
        self.contact_id = contact_id
        self.contact_name = contact_name
        self.rep_id = rep_id
        self.selected: tuple[str, ...] = ()
        self.form = profiling.observer_form(self.lang)
        self.groups: dict[str, QGroupBox] = {}
        for group in self.form.groups:
            box = QGroupBox(group.title)
            column = QVBoxLayout(box)
            for item in group.items:
                check = QCheckBox(item.text)
                check.setObjectName(f"cue_{item.id}")
                check.clicked.connect(lambda _c=False, cue=item.id: self.toggle(cue))
                self.boxes[item.id] = check
                column.addWidget(check)
            self.groups[group.id] = box
            self.picks_layout.addWidget(box)
        self.picks_layout.addStretch(1)

        self.confidence = QComboBox()
        self.confidence.setObjectName("confidence")
        day = today or dt.date.today()
        self.assessed_on = QDateEdit(QDate(day))
        self.assessed_on.setObjectName("assessed_on")
        self.assessed_on.setCalendarPopup(True)
        self.assessed_on.setMaximumDate(QDate(day))  # a meeting that happened: not later
        self.note = QPlainTextEdit()
        self.note.setObjectName("note")
        self.note.setMaximumHeight(64)
        self.field_labels = [QLabel(), QLabel(), QLabel()]
        for label, field in zip(
            self.field_labels, (self.confidence, self.assessed_on, self.note), strict=True
        ):
            self.fields.addRow(label, field)
        self.resize(1060, 760)
        self.retranslate()
        self.confidence.setCurrentIndex(DEFAULT_CONFIDENCE - 1)

    # --- ticking -----------------------------------------------------------------------------

    def toggle(self, cue_id: str) -> bool:
        """Tick or untick ``cue_id`` as a click does; returns False when the tick is refused
        (a 9th cue), leaving the box unticked and saying why."""
        try:
            self.selected = profiling.toggle_cue(self.selected, cue_id)
        except ValidationFailed as exc:
            self.boxes[cue_id].setChecked(False)
            self.refuse(exc)
            return False
        self.boxes[cue_id].setChecked(cue_id in self.selected)
        self.message.setText("")
        self.update_preview()
        return True

    def preview(self) -> Preview:
        """The scores of the cues ticked so far."""
        return profiling.preview_observer(self.selected, self.lang)

    def counter_text(self, preview: Preview) -> str:
        """ "3 of 8 ticked — 5 left"."""
        text = (
            self.tr("%1 of %2 cues ticked — %3 left")
            if preview.remaining
            else self.tr("%1 of %2 cues ticked — none left; untick one to change")
        )
        return (
            text.replace("%1", str(preview.picked))
            .replace("%2", str(self.form.limit))
            .replace("%3", str(preview.remaining))
        )

    # --- saving ------------------------------------------------------------------------------

    def save(self) -> None:
        """Save the estimate as a new assessment of the contact (undoable)."""
        preview = self.preview()
        if not preview.can_save or self._saving:
            self.update_preview()
            return
        cues = self.selected
        confidence = self.confidence.currentIndex() + 1
        note = self.note.toPlainText().strip() or None
        day = self.assessed_on.date().toPython()
        contact_id, rep_id = self.contact_id, self.rep_id

        def write(uow: object) -> str:
            return profiling.save_observer(
                uow,  # type: ignore[arg-type]
                contact_id,
                cues,
                confidence=confidence,
                rep_id=rep_id,
                note=note,
                assessed_on=day,  # type: ignore[arg-type]
            )

        self.saving_started()
        command = SaveAssessmentCommand(
            self.runner,
            write,
            text=estimate_text(self.contact_name),
            contact_id=contact_id,
            on_success=self.save_done,
            on_failure=self.save_failed,
        )
        push(self.undo_stack, command)

    # --- language ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Every text, the cues included, in the current language."""
        self.form = profiling.observer_form(self.lang)
        for group in self.form.groups:
            self.groups[group.id].setTitle(group.title)
            for item in group.items:
                self.boxes[item.id].setText(item.text)
        self.setWindowTitle(
            self.tr("Profile %1 — thinking-style estimate").replace("%1", self.contact_name)
        )
        self.intro.setText(
            self.tr(
                "Tick what you have seen and heard of %1 — at most %2 cues, the clearest ones. "
                "This gives an estimate of his thinking preferences, not a test result."
            )
            .replace("%1", self.contact_name)
            .replace("%2", str(self.form.limit))
        )
        index = max(0, self.confidence.currentIndex())
        self.confidence.clear()
        self.confidence.addItems(
            [
                self.tr("1 — only a hunch"),
                self.tr("2 — a few signs"),
                self.tr("3 — fairly sure"),
                self.tr("4 — sure"),
                self.tr("5 — very sure"),
            ]
        )
        self.confidence.setCurrentIndex(index)
        texts = (self.tr("Confidence"), self.tr("Observed on"), self.tr("Note"))
        for label, text in zip(self.field_labels, texts, strict=True):
            label.setText(text)
        super().retranslate()
