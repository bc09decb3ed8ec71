"""The account editor's "Credit and collection" tab: who owes what and since when.

Loads :func:`services.receivables.account_receivables` in a reader thread: balance against
the credit limit, the aging buckets, overdue, DSO (now and at earlier quarter ends), the
warnings in words, every invoice and payment, and the two late-payment calculators
pre-filled from these figures. "Add invoice…" and "Record payment…" write through the
services with an undoable command; the tab reloads after any write on invoices or payments
of its account (an undo too).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from domain.receivables import BUCKETS
from domain.vocabulary import InvoiceKind
from services.receivables import AccountReceivables, account_receivables
from ui import formatting
from ui.channel.calculators import CalculatorsPanel
from ui.channel.figures import ALERT_STYLE, FigureStrip
from ui.channel.ledger_dialogs import InvoiceDialog, PaymentDialog
from ui.channel.texts import bucket_labels, reasons_text
from ui.commands import RecordCommand
from ui.labels import bold
from ui.latest_read import LatestRead
from ui.models import RIGHT, code_label
from ui.models.receivables_table_model import days, percent
from ui.ops import OpRunner
from ui.tables import read_only_table

#: The day figures are worked out for (tests set the demo's day).
today: Callable[[], dt.date] = dt.date.today
FIGURE_KEYS = ("balance", "limit", "used", "overdue", "dso", *BUCKETS)
WATCHED = frozenset({"invoices", "payments", "accounts", "settings"})


def _table(name: str, columns: int) -> QTableWidget:
    table = read_only_table(name, columns)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


def _fill(table: QTableWidget, rows: Sequence[Sequence[str]], numeric: set[int]) -> None:
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if c in numeric:
                item.setTextAlignment(RIGHT)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()


class CreditTab(QWidget):
    """Credit and collection of one account, with the calculators beside it."""

    def __init__(
        self, runner: OpRunner, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.undo_stack = undo_stack
        self.account_id: str | None = None
        self.data: AccountReceivables | None = None
        self.latest = LatestRead(runner, alive=lambda: isValid(self), report_failures=False)
        self.dialog: InvoiceDialog | PaymentDialog | None = None

        self.figures = FigureStrip(FIGURE_KEYS, per_row=5)
        self.figures.setObjectName("credit_figures")
        self.warnings = QLabel()
        self.warnings.setObjectName("credit_warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(ALERT_STYLE)
        self.dso_history = QLabel()
        self.dso_history.setObjectName("credit_dso_history")
        self.dso_history.setWordWrap(True)

        self.invoices_title, self.payments_title = bold(QLabel()), bold(QLabel())
        self.invoices = _table("credit_invoices", 8)
        self.payments = _table("credit_payments", 5)
        self.add_invoice_button = QPushButton()
        self.add_invoice_button.setObjectName("add_invoice_button")
        self.add_invoice_button.clicked.connect(self.add_invoice)
        self.payment_button = QPushButton()
        self.payment_button.setObjectName("record_payment_button")
        self.payment_button.clicked.connect(self.record_payment)
        invoice_head = QHBoxLayout()
        invoice_head.addWidget(self.invoices_title, 1)
        invoice_head.addWidget(self.add_invoice_button)
        payment_head = QHBoxLayout()
        payment_head.addWidget(self.payments_title, 1)
        payment_head.addWidget(self.payment_button)

        lists = QWidget()
        left = QVBoxLayout(lists)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.figures)
        left.addWidget(self.warnings)
        left.addWidget(self.dso_history)
        left.addLayout(invoice_head)
        left.addWidget(self.invoices, 3)
        left.addLayout(payment_head)
        left.addWidget(self.payments, 2)

        self.calculators = CalculatorsPanel()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.calculators)
        scroll.setMinimumWidth(340)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(lists)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([640, 340])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        runner.operation_did_execute.connect(self._on_changed)
        self.retranslate()

    # --- loading ----------------------------------------------------------------------------

    def set_account(self, account_id: str) -> None:
        """Show ``account_id``'s receivables (loads the first time and on each change)."""
        if account_id != self.account_id:
            self.account_id = account_id
            self.refresh()

    def refresh(self) -> None:
        """Reload the figures, lists and calculators in the background."""
        account_id = self.account_id
        if account_id is None:
            return
        self.latest.start()
        as_of = today()
        self.latest.read(
            lambda uow: account_receivables(uow, account_id, as_of=as_of),
            self._show,
            self._failed,
        )

    def is_loaded(self) -> bool:
        """Whether the account's figures are on screen."""
        return self.data is not None

    def _on_changed(self, tables: frozenset[str], initiator: object) -> None:
        if not isValid(self) or self.account_id is None or not tables & WATCHED:
            return
        if isinstance(initiator, RecordCommand) and initiator.account_id not in (
            None,
            self.account_id,
        ):
            return
        self.refresh()

    def _show(self, data: AccountReceivables) -> None:
        self.data = data
        self.calculators.prefill(data.calculators)
        self.retranslate()

    def _failed(self, exc: BaseException) -> None:
        self.warnings.setText(self.tr("Could not load: %1").replace("%1", str(exc)))

    # --- writing ----------------------------------------------------------------------------

    def add_invoice(self) -> InvoiceDialog | None:
        """Open the dialog that adds an invoice or credit note; returns it."""
        if self.account_id is None:
            return None
        day = today()
        terms = (self.data.row.payment_terms_days if self.data else None) or 30
        self.dialog = InvoiceDialog(
            self.runner,
            self.undo_stack,
            self.account_id,
            today=day,
            initial={"issued_on": day, "due_on": day + dt.timedelta(days=terms)},
            parent=self,
        )
        self.dialog.open()
        return self.dialog

    def record_payment(self) -> PaymentDialog | None:
        """Open the dialog that records a payment (against an open invoice); returns it."""
        if self.account_id is None:
            return None
        items = self.data.items if self.data else ()
        open_invoices = [(i.id, i.number, i.open) for i in items if i.open > 0]
        self.dialog = PaymentDialog(
            self.runner,
            self.undo_stack,
            self.account_id,
            open_invoices,
            today=today(),
            parent=self,
        )
        self.dialog.open()
        return self.dialog

    # --- language ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Every text in the current language."""
        captions = dict(zip(BUCKETS, bucket_labels(), strict=True))
        captions.update(
            balance=self.tr("Balance"),
            limit=self.tr("Credit limit"),
            used=self.tr("Limit used"),
            overdue=self.tr("Overdue"),
            dso=self.tr("DSO (days)"),
        )
        self.figures.set_captions(captions)
        self.invoices_title.setText(self.tr("Invoices and credit notes"))
        self.payments_title.setText(self.tr("Payments received"))
        self.add_invoice_button.setText(self.tr("Add invoice…"))
        self.payment_button.setText(self.tr("Record payment…"))
        self.invoices.setHorizontalHeaderLabels(
            [
                self.tr("Number"),
                self.tr("Kind"),
                self.tr("Issued"),
                self.tr("Due"),
                self.tr("Amount"),
                self.tr("Paid"),
                self.tr("Open"),
                self.tr("Days overdue"),
            ]
        )
        self.payments.setHorizontalHeaderLabels(
            [self.tr("Paid on"), self.tr("Amount"), self.tr("Invoice"), self.tr("Method"), ""]
        )
        self.payments.horizontalHeaderItem(4).setText(self.tr("Notes"))
        self._fill()

    def _fill(self) -> None:
        data = self.data
        if data is None:
            self.warnings.setText(self.tr("Loading…"))
            return
        row = data.row
        self.figures.set_value("balance", formatting.money(row.balance))
        self.figures.set_value(
            "limit", formatting.money(row.credit_limit) if row.credit_limit is not None else "–"
        )
        self.figures.set_value("used", percent(row.credit_used), row.over_limit)
        for bucket in BUCKETS:
            value = row.buckets[bucket]
            self.figures.set_value(
                bucket, formatting.money(value), bucket == "over_90" and value > 0
            )
        self.figures.set_value("overdue", formatting.money(row.overdue), row.overdue > 0)
        self.figures.set_value("dso", days(row.dso), row.collection_slowing)
        self.warnings.setText(reasons_text(row.warnings))
        self.warnings.setVisible(bool(row.warnings))
        history = " · ".join(f"{q} {days(v)}" for q, v in data.dso_history)
        self.dso_history.setText(
            self.tr("DSO at earlier quarter ends: %1").replace("%1", history) if history else ""
        )
        _fill(
            self.invoices,
            [
                (
                    line.number,
                    code_label(InvoiceKind, line.kind),
                    formatting.date(line.issued_on),
                    formatting.date(line.due_on),
                    formatting.money(line.amount),
                    formatting.money(line.paid) if line.paid else "",
                    formatting.money(line.open) if line.open else "",
                    formatting.number(line.days_overdue) if line.days_overdue else "",
                )
                for line in data.invoices
            ],
            {4, 5, 6, 7},
        )
        for r, line in enumerate(data.invoices):
            if line.days_overdue:
                for c in (6, 7):
                    self.invoices.item(r, c).setForeground(Qt.GlobalColor.red)
        _fill(
            self.payments,
            [
                (
                    formatting.date(p.paid_on),
                    formatting.money(p.amount),
                    p.invoice_number or self.tr("advance"),
                    p.method or "",
                    p.notes or "",
                )
                for p in data.payments
            ],
            {1},
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
