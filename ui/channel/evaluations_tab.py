"""The account editor's "Qualification and reviews" tab: the account's history of partner
qualifications and quarterly reviews, newest first, with buttons to qualify the partner
and to run a quarterly review (double-click a review to open its quarter again)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from domain.vocabulary import EvaluationKind
from services.channel import EvaluationRow, evaluation_history
from storage.uow import UnitOfWork
from ui.channel.evaluation_base import fill_history, history_table
from ui.channel.qualification_dialog import QualificationDialog
from ui.channel.review_dialog import ReviewDialog
from ui.latest_read import LatestRead
from ui.ops import OpRunner

#: The day the dialogs start from (tests set the demo's day).
today: Callable[[], dt.date] = dt.date.today


def load_history(uow: UnitOfWork, account_id: str) -> tuple[EvaluationRow, ...]:
    """Every qualification and review of the account, newest first."""
    rows = [
        *evaluation_history(uow, account_id, EvaluationKind.QUALIFICATION),
        *evaluation_history(uow, account_id, EvaluationKind.REVIEW),
    ]
    rows.sort(key=lambda r: (r.evaluated_on, r.period or ""), reverse=True)
    return tuple(rows)


class EvaluationsTab(QWidget):
    """Qualifications and quarterly reviews of one account."""

    def __init__(
        self, runner: OpRunner, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.undo_stack = undo_stack
        self.account_id: str | None = None
        self.rows: tuple[EvaluationRow, ...] | None = None
        self.dialog: QualificationDialog | ReviewDialog | None = None
        self.latest = LatestRead(runner, alive=lambda: isValid(self))
        self.qualify_button = QPushButton()
        self.qualify_button.setObjectName("qualify_button")
        self.qualify_button.clicked.connect(self.qualify)
        self.review_button = QPushButton()
        self.review_button.setObjectName("review_button")
        self.review_button.clicked.connect(lambda: self.review())
        self.title = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.qualify_button)
        top.addWidget(self.review_button)
        self.table = history_table("evaluation_history")
        self.table.setColumnCount(5)
        self.table.cellDoubleClicked.connect(lambda row, _c: self._open_row(row))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        runner.operation_did_execute.connect(self._on_changed)
        self.retranslate()

    def set_account(self, account_id: str) -> None:
        """Show ``account_id``'s history (loads the first time)."""
        if account_id != self.account_id:
            self.account_id = account_id
            self.refresh()

    def refresh(self) -> None:
        """Reload the history in the background."""
        account_id = self.account_id
        if account_id is None:
            return
        self.latest.start()
        self.latest.read(lambda uow: load_history(uow, account_id), self._show)

    def _on_changed(self, tables: frozenset[str], _initiator: object) -> None:
        if isValid(self) and self.account_id is not None and "evaluations" in tables:
            self.refresh()

    def _show(self, rows: tuple[EvaluationRow, ...]) -> None:
        self.rows = rows
        self.retranslate()

    def qualify(self) -> QualificationDialog | None:
        """Open the partner qualification form; returns it."""
        if self.account_id is None:
            return None
        self.dialog = QualificationDialog(
            self.runner, self.undo_stack, self.account_id, today=today(), parent=self
        )
        self.dialog.open()
        return self.dialog

    def review(self, period: str | None = None) -> ReviewDialog | None:
        """Open the quarterly review (of ``period``; default the last complete quarter)."""
        if self.account_id is None:
            return None
        self.dialog = ReviewDialog(
            self.runner,
            self.undo_stack,
            self.account_id,
            today=today(),
            period=period,
            parent=self,
        )
        self.dialog.open()
        return self.dialog

    def _open_row(self, row: int) -> None:
        if self.rows and 0 <= row < len(self.rows) and self.rows[row].kind == "review":
            self.review(self.rows[row].period)

    def retranslate(self) -> None:
        """Every text in the current language."""
        self.qualify_button.setText(self.tr("Qualify as partner…"))
        self.review_button.setText(self.tr("Quarterly review…"))
        self.title.setText(self.tr("Qualifications and quarterly reviews, newest first"))
        rows = self.rows or ()
        fill_history(self.table, rows)
        kinds = {
            "qualification": self.tr("Qualification"),
            "review": self.tr("Quarterly review"),
        }

        for r, row in enumerate(rows):
            self.table.setItem(r, 4, QTableWidgetItem(kinds.get(row.kind, row.kind)))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Quarter"),
                self.tr("Score"),
                self.tr("Recommendation"),
                self.tr("Kind"),
            ]
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
