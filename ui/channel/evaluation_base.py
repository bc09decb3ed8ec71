"""What the qualification and review dialogs share: loading through the runner, a saving
status line, the date and notes inputs, a history table, and errors that name the field."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QDate, QEvent
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)
from shiboken6 import isValid

from domain.validation import FieldError
from domain.vocabulary import QualificationVerdict, ReviewAction
from services.channel import EvaluationRow
from services.errors import ValidationFailed
from ui import formatting
from ui.channel.figures import ALERT_STYLE
from ui.editors.texts import error_text
from ui.models import RIGHT, code_label
from ui.ops import OpRunner


def verdict_label(kind: str, code: str | None) -> str:
    """The recommendation of an evaluation in words (recruit / trial / reject, or the
    review's action)."""
    return code_label(QualificationVerdict if kind == "qualification" else ReviewAction, code)


def history_table(name: str) -> QTableWidget:
    """A read-only table of earlier evaluations."""
    table = QTableWidget(0, 4)
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return table


def fill_history(table: QTableWidget, rows: Sequence[EvaluationRow]) -> None:
    """Show ``rows`` (newest first): date, period, score, recommendation."""
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        cells = (
            formatting.date(row.evaluated_on),
            row.period or "",
            formatting.number(row.total, 2) if row.total is not None else "",
            verdict_label(row.kind, row.recommendation),
        )
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if c == 2:
                item.setTextAlignment(RIGHT)
            table.setItem(r, c, item)


class EvaluationDialog(QDialog):
    """A dialog that loads its form in the background and saves through the undo stack."""

    def __init__(
        self,
        runner: OpRunner,
        undo_stack: QUndoStack,
        account_id: str,
        *,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.undo_stack = undo_stack
        self.account_id = account_id
        self.today = today
        self._closed = False
        self._status: Callable[[], str] = lambda: ""
        self.status = QLabel()
        self.status.setObjectName("evaluation_status")
        self.status.setWordWrap(True)
        self.date = QDateEdit(QDate(today.year, today.month, today.day))
        self.date.setCalendarPopup(True)
        self.date.setObjectName("evaluated_on")
        self.notes = QLineEdit()
        self.notes.setObjectName("evaluation_notes")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.finished.connect(lambda _r: setattr(self, "_closed", True))

    def _inputs_and_history(self, history_name: str, history_height: int) -> QFormLayout:
        """The date and notes rows with their captions (returned as a form), and the table of
        earlier evaluations (:attr:`history`) with its title (:attr:`history_title`)."""
        form = QFormLayout()
        self.date_caption, self.notes_caption = QLabel(), QLabel()
        form.addRow(self.date_caption, self.date)
        form.addRow(self.notes_caption, self.notes)
        self.history_title = QLabel()
        self.history = history_table(history_name)
        self.history.setMaximumHeight(history_height)
        return form

    def save(self) -> None:
        """Check and save (subclasses)."""
        raise NotImplementedError

    def retranslate(self) -> None:
        """Every text in the current language (subclasses extend it)."""
        self.status.setText(self._status())

    def evaluated_on(self) -> dt.date:
        """The date the rep gives the evaluation."""
        return self.date.date().toPython()  # type: ignore[no-any-return]

    def field_name(self, name: str) -> str:
        """The label of field ``name`` (criterion or indicator) in the current language."""
        return name

    def show_errors(self, errors: Sequence[FieldError]) -> None:
        """Show each problem as "<field label>: <message>" in the status line."""
        lines = [f"{self.field_name(e.field)}: {error_text(e)}" for e in errors]
        self.set_status(lambda: "\n".join(lines), error=True)

    def set_status(self, text: Callable[[], str], error: bool = False) -> None:
        """Show ``text`` (re-run on a language change) under the form."""
        self._status = text
        self.status.setStyleSheet(ALERT_STYLE if error else "")
        self.status.setText(text())

    def saved(self, _result: object) -> None:
        """The save went through: close."""
        if not isValid(self) or self._closed:
            return
        self.buttons.setEnabled(True)
        self.accept()

    def save_failed(self, exc: BaseException) -> None:
        """Show why the save was refused, naming the field."""
        if not isValid(self) or self._closed:
            return
        self.buttons.setEnabled(True)
        if isinstance(exc, ValidationFailed):
            self.show_errors(exc.errors)
        else:
            self.set_status(lambda: self.tr("Could not save: %1").replace("%1", str(exc)), True)

    def load_failed(self, exc: BaseException) -> None:
        """Say the form could not be loaded."""
        if isValid(self) and not self._closed:
            self.set_status(lambda: self.tr("Could not load: %1").replace("%1", str(exc)), True)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
