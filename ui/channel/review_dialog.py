"""The quarterly performance review (绩效评估) of a channel partner: a scorecard.

For the chosen quarter :func:`services.channel.review_form` gives the indicators computed
from the invoices and payments (sales vs target, growth, DSO — pre-filled and marked
"computed", still editable) and the values of a review already saved. The rep enters the
rest; each indicator's 1–5 score, the review score, the trend against the latest earlier
review and the suggested action (reward / train and support / phase out) follow every
keystroke (:func:`domain.review.score_review`). A value that is not a number or out of
range is refused with the indicator's name. Saving the same quarter again replaces it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from domain.channel_settings import ChannelSettings
from domain.periods import Quarter, last_complete_quarter
from domain.review import COMPUTED, INDICATORS, ReviewResult, check_values, score_review
from domain.validation import FieldError
from domain.vocabulary import EvaluationKind
from services.channel import ReviewForm, review_form, save_review
from services.receivables import channel_settings
from storage.uow import UnitOfWork
from ui import formatting
from ui.channel.commands import evaluation_command
from ui.channel.evaluation_base import EvaluationDialog, fill_history, verdict_label
from ui.channel.texts import label, reasons_text
from ui.commands import push
from ui.labels import bold
from ui.ops import OpRunner

PERIODS_OFFERED = 6
COMPUTED_STYLE = "background: #e8f0fe;"
TREND_ARROWS = {"up": "↑", "steady": "→", "down": "↓"}


@dataclass(frozen=True)
class ReviewData:
    """The form of one quarter and the settings in force."""

    form: ReviewForm
    settings: ChannelSettings


def load_review(uow: UnitOfWork, account_id: str, period: str) -> ReviewData:
    """What the dialog shows for ``period`` (runs in a reader thread)."""
    return ReviewData(review_form(uow, account_id, period), channel_settings(uow))


def _number_text(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:g}"


class ReviewDialog(EvaluationDialog):
    """The scorecard of one account and quarter."""

    def __init__(
        self,
        runner: OpRunner,
        undo_stack: QUndoStack,
        account_id: str,
        *,
        today: dt.date,
        period: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, undo_stack, account_id, today=today, parent=parent)
        self.data: ReviewData | None = None
        self.result: ReviewResult | None = None
        self._generation = 0
        self.heading = bold(QLabel(), 1.2)
        self.period = QComboBox()
        self.period.setObjectName("review_period")
        latest = last_complete_quarter(today)
        quarters = [Quarter.of(today), *(latest.previous(k) for k in range(PERIODS_OFFERED))]
        for q in quarters:
            self.period.addItem(str(q), str(q))
        self.period.setCurrentIndex(self.period.findData(period or str(latest)))
        self.period.currentIndexChanged.connect(lambda _i: self.load())
        self.period_caption = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.period_caption)
        top.addWidget(self.period)

        self.box = QGroupBox()
        grid = QGridLayout(self.box)
        grid.setColumnStretch(0, 1)
        self.head_labels = [QLabel() for _ in range(5)]
        for column, head in enumerate(self.head_labels):
            grid.addWidget(bold(head), 0, column)
        self.inputs: dict[str, QLineEdit] = {}
        self._row_labels: dict[str, tuple[QLabel, QLabel, QLabel, QLabel]] = {}
        for row, code in enumerate(INDICATORS, start=1):
            name, unit, weight, score = QLabel(), QLabel(), QLabel(), QLabel()
            unit.setStyleSheet("color: palette(placeholder-text);")
            edit = QLineEdit()
            edit.setObjectName(f"value_{code}")
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.setMaximumWidth(110)
            edit.textChanged.connect(self.recompute)
            score.setObjectName(f"score_{code}")
            score.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(name, row, 0)
            grid.addWidget(weight, row, 1)
            grid.addWidget(edit, row, 2)
            grid.addWidget(unit, row, 3)
            grid.addWidget(score, row, 4)
            self.inputs[code] = edit
            self._row_labels[code] = (name, unit, weight, score)

        self.score = QLabel()
        self.score.setObjectName("review_score")
        self.action = QLabel()
        self.action.setObjectName("review_action")
        self.trend = QLabel()
        self.trend.setObjectName("review_trend")
        for big in (self.score, self.action, self.trend):
            bold(big, 1.2)
        result_row = QHBoxLayout()
        result_row.setSpacing(24)
        result_row.addWidget(self.score)
        result_row.addWidget(self.trend)
        result_row.addWidget(self.action, 1)
        self.reasons = QLabel()
        self.reasons.setObjectName("review_reasons")
        self.reasons.setWordWrap(True)
        self.computed_note = QLabel()
        self.computed_note.setWordWrap(True)
        form = self._inputs_and_history("review_history", 120)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.box)
        layout.addWidget(self.computed_note)
        layout.addLayout(result_row)
        layout.addWidget(self.reasons)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.history_title)
        layout.addWidget(self.history)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(700)
        self.retranslate()
        self.load()

    # --- loading ----------------------------------------------------------------------------

    def current_period(self) -> str:
        """The quarter under review (``2026Q3``)."""
        return str(self.period.currentData())

    def load(self) -> None:
        """Load the form of the chosen quarter in the background."""
        self._generation += 1
        generation = self._generation
        account_id, period = self.account_id, self.current_period()
        self.data = None
        self.buttons.setEnabled(False)
        self.runner.read(
            lambda uow: load_review(uow, account_id, period),
            on_success=lambda data: self._loaded(generation, data),
            on_failure=self.load_failed,
        )

    def is_loaded(self) -> bool:
        """Whether the chosen quarter's form is on screen."""
        return self.data is not None

    def _loaded(self, generation: int, data: ReviewData) -> None:
        if self._closed or not isValid(self) or generation != self._generation:
            return
        self.data = data
        form = data.form
        for code, edit in self.inputs.items():
            value = form.entered.get(code) if code in form.entered else form.computed.get(code)
            edit.blockSignals(True)
            edit.setText(_number_text(value))
            edit.blockSignals(False)
            edit.setStyleSheet(COMPUTED_STYLE if code in COMPUTED else "")
        fill_history(self.history, form.history)
        self.buttons.setEnabled(True)
        self.set_status(lambda: "")
        self.retranslate()
        self.recompute()

    # --- scoring ----------------------------------------------------------------------------

    def set_value(self, code: str, text: str) -> None:
        """Type ``text`` into indicator ``code`` (as the rep would)."""
        self.inputs[code].setText(text)

    def read_values(self) -> tuple[dict[str, float | None], list[FieldError]]:
        """The indicator values typed (blank = None) and the entries that are not numbers."""
        values: dict[str, float | None] = {}
        errors: list[FieldError] = []
        for code, edit in self.inputs.items():
            text = edit.text().strip().replace(",", "")
            if not text:
                values[code] = None
                continue
            try:
                values[code] = float(text)
            except ValueError:
                errors.append(FieldError(code, "bad_float", {"value": edit.text()}))
        return values, errors + check_values({k: v for k, v in values.items() if v is not None})

    def _earlier_scores(self) -> list[float]:
        if self.data is None:
            return []
        period = self.data.form.period
        earlier = [h for h in self.data.form.history if h.period and h.period < period]
        return [h.total for h in sorted(earlier, key=lambda h: h.period or "") if h.total]

    def recompute(self) -> None:
        """Score what is typed now: indicator scores, the score, trend and action."""
        if self.data is None:
            return
        values, errors = self.read_values()
        settings = replace(
            self.data.settings,
            review_weights=dict(self.data.form.weights),
            review_bands={k: list(v) for k, v in self.data.form.bands.items()},
        )
        self.result = None
        if not errors and any(v is not None for v in values.values()):
            self.result = score_review(values, self._earlier_scores(), settings)
        if errors:
            self.show_errors(errors)
        elif self.status.text() and self.status.styleSheet():
            self.set_status(lambda: "")
        self._show_result()

    def _show_result(self) -> None:
        result = self.result
        scores = result.indicator_scores if result else {}
        for code, (_name, _unit, _weight, score) in self._row_labels.items():
            value = scores.get(code)
            score.setText(str(value) if value is not None else "–")
            score.setStyleSheet(
                "color: #c62828; font-weight: bold;" if value and value <= 2 else ""
            )
        if result is None:
            self.score.setText(self.tr("Score: –"))
            self.action.setText("")
            self.trend.setText("")
            self.reasons.setText("")
            return
        self.score.setText(
            self.tr("Score: %1 of 5").replace("%1", formatting.number(result.score, 2))
        )
        if result.action is None:
            self.action.setText(self.tr("No suggested action: not enough indicators"))
        else:
            self.action.setText(
                self.tr("Suggested action: %1").replace(
                    "%1", verdict_label("review", result.action)
                )
            )
        colour = {"reward": "#2e7d32", "train": "#ef8f00", "phase_out": "#c62828"}
        self.action.setStyleSheet(f"color: {colour.get(result.action, '')};")
        if result.trend is None:
            self.trend.setText(self.tr("First review"))
        else:
            self.trend.setText(
                f"{TREND_ARROWS[result.trend]} {label('trends', result.trend)}"
                f" ({formatting.number(result.change or 0, 2)})"
            )
        self.reasons.setText(reasons_text(result.reasons))

    # --- saving -----------------------------------------------------------------------------

    def save(self) -> None:
        """Refuse bad entries (naming the indicator); otherwise save the quarter, undoably."""
        if self.data is None:
            return
        values, errors = self.read_values()
        if not errors and all(v is None for v in values.values()):
            errors = [FieldError("indicators", "no_indicators")]
        if errors:
            self.show_errors(errors)
            if errors[0].field in self.inputs:
                self.inputs[errors[0].field].setFocus()
            return
        account_id, period = self.account_id, self.data.form.period
        day, notes = self.evaluated_on(), self.notes.text() or None
        command = evaluation_command(
            self.runner,
            account_id,
            EvaluationKind.REVIEW.value,
            period,
            lambda uow: save_review(uow, account_id, period, values, evaluated_on=day, notes=notes),
            text=self.tr("Review %1 %2")
            .replace("%1", self.data.form.account_name)
            .replace("%2", period),
            on_success=self.saved,
            on_failure=self.save_failed,
        )
        self.buttons.setEnabled(False)
        self.set_status(lambda: self.tr("Saving…"))
        push(self.undo_stack, command)

    # --- language ---------------------------------------------------------------------------

    def field_name(self, name: str) -> str:
        """An indicator's label (or the field's own name)."""
        if name in self.inputs:
            return label("review_indicators", name)
        return {"indicators": self.tr("Indicators"), "period": self.tr("Quarter")}.get(name, name)

    def retranslate(self) -> None:
        """Every text in the current language."""
        super().retranslate()
        form = self.data.form if self.data else None
        name = form.account_name if form else ""
        self.setWindowTitle(self.tr("Quarterly review — %1").replace("%1", name))
        self.heading.setText(self.tr("Quarterly review of %1").replace("%1", name))
        self.period_caption.setText(self.tr("Quarter"))
        self.box.setTitle(self.tr("Indicators"))
        heads = (self.tr("Indicator"), self.tr("Weight"), self.tr("Value"), "", self.tr("Score"))
        for head, text in zip(self.head_labels, heads, strict=True):
            head.setText(text)
        for code, (name_label, unit, weight, _score) in self._row_labels.items():
            tag = self.tr(" (computed)") if code in COMPUTED else ""
            name_label.setText(label("review_indicators", code) + tag)
            unit.setText(label("review_units", code))
            weight.setText(formatting.number(form.weights.get(code, 0), 2) if form else "")
        if form is not None:
            self.computed_note.setText(
                self.tr(
                    "Computed from invoices and payments (shaded): sales %1 against a quarter"
                    " target of %2; same quarter a year earlier %3. Change them if you know"
                    " better; leave an indicator blank to skip it."
                )
                .replace("%1", formatting.money(form.sales))
                .replace("%2", formatting.money(form.quarter_target) or "–")
                .replace("%3", formatting.money(form.sales_year_before))
            )
        self.date_caption.setText(self.tr("Reviewed on"))
        self.notes_caption.setText(self.tr("Notes"))
        self.history_title.setText(self.tr("Earlier reviews (trend)"))
        self.history.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Quarter"), self.tr("Score"), self.tr("Action")]
        )
        self._show_result()
