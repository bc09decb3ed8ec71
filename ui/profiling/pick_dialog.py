"""What the two profiling questionnaires share: items to tick on the left, a live preview on
the right (counter, kite chart, code and type), a message line, and Save with its reason.

Subclasses (:class:`~ui.profiling.observer_dialog.ObserverDialog`,
:class:`~ui.profiling.self_dialog.SelfAssessmentDialog`) fill the left side, add their own
fields to :attr:`PickDialog.fields`, and say what the preview and the save are.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from services.errors import ValidationFailed
from services.profiling import Preview
from ui.i18n import current_language
from ui.labels import bold
from ui.ops import OpRunner
from ui.profiling.chart import KiteChart
from ui.profiling.quadrants import message, names

ERROR_COLOUR = "#b03020"
CAUTION_COLOUR = "#a15c00"  # a tentative profile: read it with care
SIDE_WIDTH = 360


def wrapping_label(text: str = "", *, muted: bool = False) -> QLabel:
    """A label that wraps its text (``muted``: smaller grey text for notes and caveats)."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if muted:
        label.setStyleSheet("color: palette(placeholder-text);")
    return label


def save_cancel_buttons(
    dialog: QDialog,
) -> tuple[QDialogButtonBox, QPushButton, QPushButton]:
    """A button box with Save (the default button, calling ``dialog.save``) and Cancel
    (rejecting the dialog); returns the box and the two buttons."""
    save_button = QPushButton()
    save_button.setDefault(True)
    save_button.clicked.connect(dialog.save)  # type: ignore[attr-defined]
    buttons = QDialogButtonBox()
    buttons.addButton(save_button, QDialogButtonBox.ButtonRole.AcceptRole)
    cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
    cancel_button.clicked.connect(dialog.reject)
    return buttons, save_button, cancel_button


class PickDialog(QDialog):
    """A questionnaire of tick boxes with a live preview; saving is the subclass's."""

    #: Emitted with the new assessment's id once it is saved.
    saved = Signal(str)

    def __init__(self, runner: OpRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.lang = current_language()
        self.boxes: dict[str, QCheckBox] = {}
        self._saving = False

        self.intro = wrapping_label()
        self.items_widget = QWidget()
        self.picks_layout = QVBoxLayout(self.items_widget)
        self.picks_layout.setContentsMargins(0, 0, 8, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.items_widget)
        left = QVBoxLayout()
        left.addWidget(self.intro)
        left.addWidget(scroll, 1)

        self.counter = bold(QLabel(), 1.15)
        self.counter.setObjectName("pick_counter")
        self.counter.setWordWrap(True)
        self.chart = KiteChart()
        self.code_label = bold(wrapping_label())
        self.code_label.setObjectName("preview_code")
        self.reading_label = wrapping_label(muted=True)
        self.caution_label = wrapping_label()
        self.caution_label.setObjectName("preview_caution")
        self.caution_label.setStyleSheet(f"color: {CAUTION_COLOUR}; font-weight: bold;")
        self.caution_label.hide()
        self.fields = QFormLayout()
        self.fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.message = wrapping_label()
        self.message.setObjectName("pick_message")
        self.message.setStyleSheet(f"color: {ERROR_COLOUR};")
        side_widget = QWidget()
        side_widget.setFixedWidth(SIDE_WIDTH)
        side = QVBoxLayout(side_widget)
        side.setContentsMargins(8, 0, 0, 0)
        side.addWidget(self.counter)
        side.addWidget(self.chart, 1)
        side.addWidget(self.code_label)
        side.addWidget(self.caution_label)
        side.addWidget(self.reading_label)
        side.addLayout(self.fields)
        side.addWidget(self.message)

        self.save_reason = wrapping_label(muted=True)
        self.save_reason.setObjectName("save_reason")
        self.buttons, self.save_button, self.cancel_button = save_cancel_buttons(self)

        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addWidget(side_widget)
        bottom = QHBoxLayout()
        bottom.addWidget(self.save_reason, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addLayout(bottom)

    # --- what subclasses provide -----------------------------------------------------------

    def preview(self) -> Preview:
        """The service's preview of the picks so far."""
        raise NotImplementedError

    def save_blocker(self, preview: Preview) -> str:
        """Why Save is disabled now ("" when it may be pressed)."""
        return message(preview.problems[0]) if preview.problems else ""

    def counter_text(self, preview: Preview) -> str:
        """The counter above the chart."""
        raise NotImplementedError

    def save(self) -> None:
        """Save the answers (undoable)."""
        raise NotImplementedError

    def retranslate(self) -> None:
        """Every text in the current language."""
        self.cancel_button.setText(self.tr("Cancel"))
        self.save_button.setText(self.tr("Save"))
        self.update_preview()

    # --- shared behaviour ---------------------------------------------------------------------

    def refuse(self, exc: ValidationFailed) -> None:
        """Show why a pick was refused (the 9th tick)."""
        self.message.setText("\n".join(message(e.text(self.lang)) for e in exc.errors))

    def update_preview(self) -> None:
        """Counter, chart, code and Save from the picks as they are now."""
        preview = self.preview()
        self.counter.setText(self.counter_text(preview))
        score = preview.score
        self.chart.set_profile(
            {q.quadrant: q.score for q in score.quadrants} if score else None, names(self.lang)
        )
        caution = score.tentative if score else None
        self.caution_label.setText(caution or "")
        self.caution_label.setVisible(bool(caution))
        if score is None:
            self.code_label.setText(self.tr("Tick what you observed to see the profile."))
            self.reading_label.setText("")
        else:
            kind = score.dominance_label
            if score.family_label:
                kind += f" — {score.family_label}"
            self.code_label.setText(
                self.tr("Code %1 · %2").replace("%1", score.code_text).replace("%2", kind)
            )
            self.reading_label.setText(score.reading)
        blocker = "" if not self._saving else self.tr("Saving…")
        blocker = blocker or self.save_blocker(preview)
        self.save_button.setEnabled(not blocker)
        self.save_button.setToolTip(blocker)
        self.save_reason.setText(blocker)

    def saving_started(self) -> None:
        """Save was pressed: keep it disabled until the write is back."""
        self._saving = True
        self.message.setText("")
        self.update_preview()

    def save_failed(self, exc: Any) -> None:
        """The write was refused: say why and let the rep try again."""
        self._saving = False
        if isinstance(exc, ValidationFailed):
            self.refuse(exc)
        else:
            self.message.setText(str(exc))
        self.update_preview()

    def save_done(self, new_id: Any) -> None:
        """The assessment is saved: tell listeners and close."""
        self._saving = False
        self.saved.emit(str(new_id))
        self.accept()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.lang = current_language()
            self.retranslate()
        super().changeEvent(event)
