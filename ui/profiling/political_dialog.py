"""A contact's political style (鹰 owl / 狐 fox / 羊 sheep / 驴 donkey) from two questions.

Each question is one axis of Baddeley & James' model: does he read the organisation's
politics, and does he act with integrity or play games. The style and its negotiation advice
show as soon as both are answered; Save sets it on the contact through an undoable command.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from services import profiling
from ui.commands import push
from ui.i18n import current_language
from ui.ops import OpRunner
from ui.profiling.commands import political_style_command
from ui.profiling.pick_dialog import ERROR_COLOUR, save_cancel_buttons, wrapping_label
from ui.profiling.profile_card import bullets


class PoliticalStyleDialog(QDialog):
    """Two questions → the contact's political style, with the advice, saved undoably."""

    #: Emitted with the style code once it is saved.
    saved = Signal(str)

    def __init__(
        self,
        runner: OpRunner,
        undo_stack: QUndoStack,
        contact_id: str,
        contact_name: str,
        current_style: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("political_dialog")
        self.runner = runner
        self.undo_stack = undo_stack
        self.contact_id = contact_id
        self.contact_name = contact_name
        self.current_style = current_style
        self.lang = current_language()
        self.questions = profiling.political_questions(self.lang)
        self.groups: dict[str, QButtonGroup] = {}
        self.radios: dict[tuple[str, str], QRadioButton] = {}
        self.question_boxes: dict[str, QGroupBox] = {}
        self.question_labels: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        chosen = profiling.political_answers(current_style)
        for n, question in enumerate(self.questions):
            box = QGroupBox()
            inner = QVBoxLayout(box)
            text = wrapping_label()
            inner.addWidget(text)
            group = QButtonGroup(self)
            for code, _answer in question.answers:
                radio = QRadioButton()
                radio.setObjectName(f"answer_{question.id}_{code}")
                radio.setChecked(chosen is not None and chosen[n] == code)
                radio.toggled.connect(lambda _on: self.update_result())
                group.addButton(radio)
                inner.addWidget(radio)
                self.radios[(question.id, code)] = radio
            self.groups[question.id] = group
            self.question_boxes[question.id] = box
            self.question_labels[question.id] = text
            layout.addWidget(box)
        self.result = wrapping_label()
        self.result.setObjectName("political_result")
        self.result.setTextFormat(Qt.TextFormat.RichText)
        self.result.setMinimumHeight(120)
        self.result.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.message = wrapping_label()
        self.message.setStyleSheet(f"color: {ERROR_COLOUR};")
        layout.addWidget(self.result, 1)
        layout.addWidget(self.message)
        self.buttons, self.save_button, self.cancel_button = save_cancel_buttons(self)
        layout.addWidget(self.buttons)
        self.resize(620, 640)
        self.retranslate()

    def answer(self, question_id: str, code: str) -> None:
        """Choose ``code`` as the answer to ``question_id`` (as a click does)."""
        self.radios[(question_id, code)].setChecked(True)

    def answers(self) -> tuple[str, str] | None:
        """(reading, carrying) when both questions are answered."""
        picked = []
        for question in self.questions:
            code = next(
                (c for c, _t in question.answers if self.radios[(question.id, c)].isChecked()),
                None,
            )
            if code is None:
                return None
            picked.append(code)
        return picked[0], picked[1]

    def update_result(self) -> None:
        """Show the style the answers give, with its advice; Save only when both answered."""
        answers = self.answers()
        self.save_button.setEnabled(answers is not None)
        if answers is None:
            self.result.setText(html.escape(self.tr("Answer both questions to see his style.")))
            return
        view = profiling.political_preview(*answers, self.lang)
        self.result.setText(
            f"<p style='font-size:large'><b>{html.escape(view.label)}</b></p>"
            f"<p>{html.escape(view.nature)}</p>"
            f"<p><i>{html.escape(self.tr('In a negotiation'))}</i></p>"
            + bullets(i.text for i in view.advice)
            + f"<p style='color:gray'>{html.escape(view.caveat)}</p>"
        )

    def save(self) -> None:
        """Set the contact's political style (undoable)."""
        answers = self.answers()
        if answers is None:
            return
        self.save_button.setEnabled(False)
        command = political_style_command(
            self.runner,
            self.contact_id,
            self.contact_name,
            *answers,
            on_success=lambda _previous: self._saved(answers),
            on_failure=self._failed,
        )
        push(self.undo_stack, command)

    def _saved(self, answers: tuple[str, str]) -> None:
        self.saved.emit(profiling.political_preview(*answers, self.lang).code)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(str(exc))
        self.save_button.setEnabled(True)

    def retranslate(self) -> None:
        """Every text in the current language."""
        self.questions = profiling.political_questions(self.lang)
        self.setWindowTitle(self.tr("Political style of %1").replace("%1", self.contact_name))
        for question in self.questions:
            self.question_boxes[question.id].setTitle(question.name)
            self.question_labels[question.id].setText(question.question)
            for code, text in question.answers:
                self.radios[(question.id, code)].setText(text)
        self.save_button.setText(self.tr("Save"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.update_result()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.lang = current_language()
            self.retranslate()
        super().changeEvent(event)
