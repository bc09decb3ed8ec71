"""Partner qualification (渠道伙伴资质评估): each criterion scored 1–5, weights shown, the
weighted total and the recommendation (recruit / trial / reject) worked out as the rep
scores, and the account's earlier qualifications below.

The form comes from :func:`services.channel.qualification_form` with the settings in
force; totals and the verdict are :func:`domain.qualification.qualify` on what is scored.
Save goes through :func:`services.channel.save_qualification` with an undoable command;
a criterion left unscored is refused with its name.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from domain.channel_settings import ChannelSettings
from domain.qualification import Scored, check_scores, qualify, weighted_total
from domain.vocabulary import EvaluationKind
from services.channel import QualificationForm, qualification_form, save_qualification
from services.receivables import channel_settings
from storage.uow import UnitOfWork
from ui import formatting
from ui.channel.commands import evaluation_command
from ui.channel.evaluation_base import EvaluationDialog, fill_history, verdict_label
from ui.channel.texts import label, reasons_text
from ui.commands import push
from ui.labels import bold
from ui.ops import OpRunner

NOT_SCORED = 0


@dataclass(frozen=True)
class QualificationData:
    """The form and the settings in force (thresholds)."""

    form: QualificationForm
    settings: ChannelSettings


def load_qualification(uow: UnitOfWork, account_id: str) -> QualificationData:
    """What the dialog shows (runs in a reader thread)."""
    return QualificationData(qualification_form(uow, account_id), channel_settings(uow))


class QualificationDialog(EvaluationDialog):
    """Score a prospective partner on every criterion; see the verdict as you go."""

    def __init__(
        self,
        runner: OpRunner,
        undo_stack: QUndoStack,
        account_id: str,
        *,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, undo_stack, account_id, today=today, parent=parent)
        self.data: QualificationData | None = None
        self.result: Scored | None = None
        self.spins: dict[str, QSpinBox] = {}
        self._labels: dict[str, tuple[QLabel, QLabel, QLabel]] = {}
        self.heading = bold(QLabel(), 1.2)
        self.criteria_box = QGroupBox()
        self.grid = QGridLayout(self.criteria_box)
        self.grid.setColumnStretch(0, 1)
        self.head_labels = (QLabel(), QLabel(), QLabel())
        for column, head in enumerate(self.head_labels):
            self.grid.addWidget(bold(head), 0, column)
        self.total = bold(QLabel(), 1.3)
        self.total.setObjectName("qualification_total")
        self.verdict = bold(QLabel(), 1.3)
        self.verdict.setObjectName("qualification_verdict")
        self.reasons = QLabel()
        self.reasons.setObjectName("qualification_reasons")
        self.reasons.setWordWrap(True)
        self.thresholds = QLabel()
        self.thresholds.setWordWrap(True)
        form = self._inputs_and_history("qualification_history", 130)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.criteria_box)
        layout.addWidget(self.total)
        layout.addWidget(self.verdict)
        layout.addWidget(self.reasons)
        layout.addWidget(self.thresholds)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.history_title)
        layout.addWidget(self.history)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(640)
        self.buttons.setEnabled(False)
        self.retranslate()
        self.runner.read(
            lambda uow: load_qualification(uow, account_id),
            on_success=self._loaded,
            on_failure=self.load_failed,
        )

    def is_loaded(self) -> bool:
        """Whether the form is on screen."""
        return self.data is not None

    def _loaded(self, data: QualificationData) -> None:
        if self._closed or not isValid(self):
            return
        self.data = data
        for row, (code, weight) in enumerate(data.form.weights.items(), start=1):
            name, hint, weight_label = QLabel(), QLabel(), QLabel(formatting.number(weight, 2))
            hint.setStyleSheet("color: palette(placeholder-text);")
            cell = QWidget()
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(0)
            column.addWidget(name)
            column.addWidget(hint)
            spin = QSpinBox()
            spin.setObjectName(f"score_{code}")
            spin.setRange(NOT_SCORED, 5)
            spin.setValue(NOT_SCORED)
            spin.valueChanged.connect(self.recompute)
            self.grid.addWidget(cell, row, 0)
            self.grid.addWidget(weight_label, row, 1)
            self.grid.addWidget(spin, row, 2)
            self.spins[code] = spin
            self._labels[code] = (name, hint, weight_label)
        fill_history(self.history, data.form.history)
        self.buttons.setEnabled(True)
        self.retranslate()

    # --- scoring ----------------------------------------------------------------------------

    def set_scores(self, scores: dict[str, int]) -> None:
        """Score the criteria (as the rep would with the spin boxes)."""
        for code, value in scores.items():
            self.spins[code].setValue(value)

    def scores(self) -> dict[str, int]:
        """The criteria scored so far (unscored ones left out)."""
        return {c: s.value() for c, s in self.spins.items() if s.value() != NOT_SCORED}

    def _settings(self) -> ChannelSettings:
        assert self.data is not None
        return replace(self.data.settings, qualification_weights=dict(self.data.form.weights))

    def recompute(self) -> None:
        """The weighted total and verdict of what is scored now."""
        if self.data is None:
            return
        scores = self.scores()
        self.result = None
        if len(scores) == len(self.spins):
            self.result = qualify(scores, self._settings())
        self._show_result()

    def _show_result(self) -> None:
        scores = self.scores()
        missing = len(self.spins) - len(scores)
        if not scores:
            self.total.setText(self.tr("Weighted total: –"))
        else:
            total = weighted_total(scores, self.data.form.weights) if self.data else 0.0
            text = self.tr("Weighted total: %1 of 5").replace("%1", formatting.number(total, 2))
            if missing:
                text += self.tr(" (so far; %n criteria not scored)", "", missing)
            self.total.setText(text)
        if self.result is None:
            self.verdict.setText(self.tr("Recommendation: score every criterion"))
            self.verdict.setStyleSheet("")
            self.reasons.setText("")
            return
        self.verdict.setText(
            self.tr("Recommendation: %1").replace(
                "%1", verdict_label("qualification", self.result.recommendation)
            )
        )
        colour = {"recruit": "#2e7d32", "trial": "#ef8f00", "reject": "#c62828"}
        self.verdict.setStyleSheet(f"color: {colour.get(self.result.recommendation, '')};")
        self.reasons.setText(reasons_text(self.result.reasons))

    # --- saving -----------------------------------------------------------------------------

    def save(self) -> None:
        """Refuse a criterion left unscored (naming it); otherwise save, undoably."""
        if self.data is None:
            return
        scores = self.scores()
        errors = check_scores(scores, self.data.form.weights)
        if errors:
            self.show_errors(errors)
            first = errors[0].field
            if first in self.spins:
                self.spins[first].setFocus()
            return
        account_id, day, notes = self.account_id, self.evaluated_on(), self.notes.text() or None
        command = evaluation_command(
            self.runner,
            account_id,
            EvaluationKind.QUALIFICATION.value,
            None,
            lambda uow: save_qualification(uow, account_id, scores, evaluated_on=day, notes=notes),
            text=self.tr("Qualify %1").replace("%1", self.data.form.account_name),
            on_success=self.saved,
            on_failure=self.save_failed,
        )
        self.buttons.setEnabled(False)
        self.set_status(lambda: self.tr("Saving…"))
        push(self.undo_stack, command)

    # --- language ---------------------------------------------------------------------------

    def field_name(self, name: str) -> str:
        """A criterion's label."""
        return label("qualification_criteria", name)

    def retranslate(self) -> None:
        """Every text in the current language."""
        super().retranslate()
        name = self.data.form.account_name if self.data else ""
        self.setWindowTitle(self.tr("Partner qualification — %1").replace("%1", name))
        self.heading.setText(self.tr("Qualify %1 as a channel partner").replace("%1", name))
        self.criteria_box.setTitle(self.tr("Score each criterion from 1 (poor) to 5 (excellent)"))
        for head, text in zip(
            self.head_labels,
            (self.tr("Criterion"), self.tr("Weight"), self.tr("Score")),
            strict=True,
        ):
            head.setText(text)
        for code, (name_label, hint, _weight) in self._labels.items():
            name_label.setText(label("qualification_criteria", code))
            hint.setText(label("qualification_hints", code))
        for spin in self.spins.values():
            spin.setSpecialValueText(self.tr("not scored"))
        if self.data is not None:
            s = self.data.settings
            self.thresholds.setText(
                self.tr("Recruit at %1 or more, trial from %2, reject below.")
                .replace("%1", formatting.number(s.qualification_recruit_at, 2))
                .replace("%2", formatting.number(s.qualification_trial_at, 2))
            )
        self.date_caption.setText(self.tr("Assessed on"))
        self.notes_caption.setText(self.tr("Notes"))
        self.history_title.setText(self.tr("Earlier qualifications"))
        self.history.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Period"), self.tr("Total"), self.tr("Recommendation")]
        )
        self._show_result()
