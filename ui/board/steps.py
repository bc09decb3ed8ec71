"""The project's step history (when it entered each of the six steps, days spent in each)
and the control that moves it to another step on a given day."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from domain.vocabulary import SalesStep, choices
from ui import formatting
from ui.i18n import current_language
from ui.models import code_label

STEPS = tuple(s.value for s in SalesStep)


class StepsPanel(QWidget):
    """The steps entered, oldest first, and "Move to <step> on <date>"."""

    move_requested = Signal(str, object)  # step code, datetime.date

    def __init__(self, today: Callable[[], dt.date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._project: dict[str, Any] | None = None
        self._steps: tuple[dict[str, Any], ...] = ()
        self.current = QLabel()
        self.current.setObjectName("current_step")
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("step_history")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.target = QComboBox()
        self.target.setObjectName("move_to_step")
        self.on = QDateEdit()
        self.on.setObjectName("move_on")
        self.on.setCalendarPopup(True)
        self.move_button = QPushButton()
        self.move_button.setObjectName("move_step")
        self.move_button.clicked.connect(self._move)
        self.move_label = QLabel()
        self.move_label.setBuddy(self.target)
        self.on_label = QLabel()
        self.on_label.setBuddy(self.on)
        row = QHBoxLayout()
        for widget in (self.move_label, self.target, self.on_label, self.on, self.move_button):
            row.addWidget(widget)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.current)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.retranslate()

    def set_steps(self, project: dict[str, Any], steps: tuple[dict[str, Any], ...]) -> None:
        """Show the project's current step and history; offer the next step on today."""
        self._project, self._steps = project, steps
        self._fill()
        position = STEPS.index(project["step"]) if project["step"] in STEPS else 0
        following = STEPS[min(position + 1, len(STEPS) - 1)]
        self.target.setCurrentIndex(max(self.target.findData(following), 0))
        today = self._today()
        self.on.setDate(QDate(today.year, today.month, today.day))

    def _fill(self) -> None:
        steps = self._steps
        self.table.setRowCount(len(steps))
        today = self._today()
        for r, step in enumerate(steps):
            entered: dt.date = step["entered_on"]
            until = steps[r + 1]["entered_on"] if r + 1 < len(steps) else today
            days = max(0, (until - entered).days)
            cells = (
                code_label(SalesStep, step["step"]),
                formatting.date(entered),
                self.tr("%1 day(s)").replace("%1", formatting.number(days)),
            )
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        if self._project is not None:
            step = code_label(SalesStep, self._project["step"])
            number = STEPS.index(self._project["step"]) + 1 if self._project["step"] in STEPS else 0
            self.current.setText(
                self.tr("Current step: %1 (%2 of 6)").replace("%1", step).replace("%2", str(number))
            )

    def _move(self) -> None:
        step = self.target.currentData()
        if step and self._project is not None:
            self.move_requested.emit(step, self.on.date().toPython())

    def retranslate(self) -> None:
        """Every text in the current language."""
        current = self.target.currentData()
        self.target.clear()
        for code, text in choices(SalesStep, current_language()):
            self.target.addItem(text, code)
        self.target.setCurrentIndex(max(self.target.findData(current), 0))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Step"), self.tr("Entered on"), self.tr("Time in step")]
        )
        self.move_label.setText(self.tr("Move to"))
        self.on_label.setText(self.tr("on"))
        self.move_button.setText(self.tr("Move step"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
