"""The two late-payment calculators of seed 003, beside an account's receivables.

1. **Extra sales to make up a bad debt** = loss ÷ net margin.
2. **Months of delay that eat the net profit** = net margin ÷ annual borrowing rate × 12,
   and, for the account's overdue amount and its average days late, what the delay has
   cost so far and the profit left.

Both are pre-filled from the account's figures (:class:`services.receivables.Calculators`)
and recompute as the rep edits any input (the rules: :mod:`domain.late_payment`).
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from domain.late_payment import (
    cost_of_delay,
    extra_sales_for_bad_debt,
    months_until_profit_is_gone,
    profit_left,
)
from domain.validation import FieldError
from services.receivables import Calculators
from ui import formatting
from ui.channel.figures import ALERT_STYLE

MAX_AMOUNT = 1e12


def _money_box(name: str) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setObjectName(name)
    box.setRange(0, MAX_AMOUNT)
    box.setDecimals(2)
    box.setGroupSeparatorShown(True)
    box.setPrefix("¥")
    box.setMinimumWidth(170)
    return box


def _percent_box(name: str) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setObjectName(name)
    box.setRange(0, 100)
    box.setDecimals(1)
    box.setSingleStep(0.5)
    box.setSuffix(" %")
    return box


def _dec(box: QDoubleSpinBox) -> Decimal:
    return Decimal(str(round(box.value(), box.decimals())))


def _result_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.15)
    label.setFont(font)
    label.setWordWrap(True)
    return label


class CalculatorsPanel(QWidget):
    """Both calculators; :meth:`prefill` sets the account's figures, every edit recomputes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._prefill: Calculators | None = None
        #: What the calculators show now (None while an input makes no sense).
        self.extra_sales: Decimal | None = None
        self.months: Decimal | None = None
        self.cost_so_far: Decimal | None = None
        self.profit_left: Decimal | None = None

        self.bad_debt_box = QGroupBox()
        self.loss = _money_box("calc_loss")
        self.margin = _percent_box("calc_margin")
        self.margin.setMinimum(0)
        self.extra_label = _result_label("calc_extra_sales")
        self.bad_debt_note = QLabel()
        self.bad_debt_note.setWordWrap(True)
        form = QFormLayout(self.bad_debt_box)
        self.loss_caption, self.margin_caption = QLabel(), QLabel()
        form.addRow(self.loss_caption, self.loss)
        form.addRow(self.margin_caption, self.margin)
        self.extra_caption = QLabel()
        form.addRow(self.extra_caption, self.extra_label)
        form.addRow(self.bad_debt_note)

        self.delay_box = QGroupBox()
        self.delay_margin = _percent_box("calc_delay_margin")
        self.rate = _percent_box("calc_rate")
        self.overdue = _money_box("calc_overdue")
        self.days_late = QSpinBox()
        self.days_late.setObjectName("calc_days")
        self.days_late.setRange(0, 3650)
        self.months_label = _result_label("calc_months")
        self.cost_label = _result_label("calc_cost")
        self.left_label = _result_label("calc_profit_left")
        self.delay_note = QLabel()
        self.delay_note.setWordWrap(True)
        form = QFormLayout(self.delay_box)
        self.delay_captions = [QLabel() for _ in range(7)]
        for caption, widget in zip(
            self.delay_captions,
            (
                self.delay_margin,
                self.rate,
                self.months_label,
                self.overdue,
                self.days_late,
                self.cost_label,
                self.left_label,
            ),
            strict=True,
        ):
            form.addRow(caption, widget)
        form.addRow(self.delay_note)

        self.reset_button = QPushButton()
        self.reset_button.setObjectName("calc_reset")
        self.reset_button.clicked.connect(self.reset)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bad_debt_box)
        layout.addWidget(self.delay_box)
        layout.addWidget(self.reset_button)
        layout.addStretch(1)
        for box in (self.loss, self.margin, self.delay_margin, self.rate, self.overdue):
            box.valueChanged.connect(self.recompute)
        self.days_late.valueChanged.connect(self.recompute)
        self.retranslate()

    def prefill(self, figures: Calculators) -> None:
        """Fill the inputs from the account's figures (and recompute)."""
        self._prefill = figures
        self.reset()

    def reset(self) -> None:
        """Put the account's figures back after the rep played with the inputs."""
        f = self._prefill
        if f is None:
            return
        for box, value in (
            (self.loss, f.bad_debt_loss),
            (self.margin, f.net_margin),
            (self.delay_margin, f.net_margin),
            (self.rate, f.borrowing_rate),
            (self.overdue, f.overdue),
        ):
            box.blockSignals(True)
            box.setValue(float(value))
            box.blockSignals(False)
        self.days_late.blockSignals(True)
        self.days_late.setValue(f.average_days_overdue)
        self.days_late.blockSignals(False)
        self.recompute()

    def recompute(self) -> None:
        """Work both calculators out again from what the inputs hold."""
        try:
            self.extra_sales = extra_sales_for_bad_debt(_dec(self.loss), _dec(self.margin))
        except FieldError:
            self.extra_sales = None
        margin, rate, overdue = _dec(self.delay_margin), _dec(self.rate), _dec(self.overdue)
        days = self.days_late.value()
        try:
            self.months = months_until_profit_is_gone(margin, rate)
            self.cost_so_far = cost_of_delay(overdue, rate, days)
            self.profit_left = profit_left(overdue, margin, rate, days)
        except FieldError:
            self.months = self.cost_so_far = self.profit_left = None
        self._show()

    def _show(self) -> None:
        need_positive = self.tr("Enter a margin and a rate above 0.")
        self.extra_label.setText(
            formatting.money(self.extra_sales) if self.extra_sales is not None else need_positive
        )
        if self.months is None:
            for label in (self.months_label, self.cost_label, self.left_label):
                label.setText(need_positive)
            self.left_label.setStyleSheet("")
            return
        self.months_label.setText(
            self.tr("%1 months").replace("%1", formatting.number(float(self.months), 1))
        )
        self.cost_label.setText(formatting.money(self.cost_so_far))
        self.left_label.setText(formatting.money(self.profit_left))
        lost = self.profit_left is not None and self.profit_left < 0
        self.left_label.setStyleSheet(ALERT_STYLE if lost else "")

    def retranslate(self) -> None:
        """Every text in the current language."""
        self.bad_debt_box.setTitle(self.tr("Extra sales to make up a bad debt"))
        self.loss_caption.setText(self.tr("Bad debt"))
        self.margin_caption.setText(self.tr("Net margin"))
        self.extra_caption.setText(self.tr("Extra sales needed"))
        self.bad_debt_note.setText(
            self.tr(
                "Pre-filled with what is open more than 90 days past its due date. Extra sales"
                " = loss ÷ net margin: every yuan lost must be earned again at the margin."
            )
        )
        self.delay_box.setTitle(self.tr("Months of delay that eat the net profit"))
        for caption, text in zip(
            self.delay_captions,
            (
                self.tr("Net margin"),
                self.tr("Borrowing rate (a year)"),
                self.tr("Profit gone after"),
                self.tr("Overdue amount"),
                self.tr("Average days late"),
                self.tr("Cost of the delay so far"),
                self.tr("Net profit left on it"),
            ),
            strict=True,
        ):
            caption.setText(text)
        self.delay_note.setText(
            self.tr(
                "Months = net margin ÷ borrowing rate × 12. Money owed costs the borrowing"
                " rate; once the delay is longer, the sale has made a loss."
            )
        )
        self.reset_button.setText(self.tr("Reset to the account's figures"))
        self._show()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
