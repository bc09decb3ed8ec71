"""Adding an invoice (or credit note) and recording a payment from the account's credit tab.

Both are :class:`~ui.editors.record_dialog.RecordDialog` forms over the record specs; Save
checks the fields (an amount of 0 is refused too), then pushes a
:class:`~ui.channel.commands.ServiceCreateCommand` that writes through
:func:`services.receivables.record_invoice` / ``record_payment`` — so a payment larger than
what its invoice still owes, dated before the invoice, or made against a credit note is
refused with the message under the field at fault, and Ctrl+Z undoes it.

Before a new invoice is written, :func:`services.receivables.order_warning` is read (in a
reader thread, through the op runner): when the invoice would take the account over its
credit limit, the rep is asked to confirm, with the limit, what is used, the invoice's
amount and how far over the limit it goes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget
from shiboken6 import isValid

from domain.channel_texts import Reason
from domain.receivables import check_amount
from services import receivables
from services.account_detail import Choice
from storage.uow import UnitOfWork
from ui import formatting
from ui.channel.commands import ServiceCreateCommand
from ui.editors.record_dialog import RecordDialog, entered
from ui.editors.record_form import Section
from ui.ops import OpRunner


def ledger_label(name: str) -> str:
    """The label of an invoice or payment field in the current language."""
    return {
        "number": QCoreApplication.translate("LedgerFields", "Invoice number"),
        "kind": QCoreApplication.translate("LedgerFields", "Kind"),
        "issued_on": QCoreApplication.translate("LedgerFields", "Issued on"),
        "due_on": QCoreApplication.translate("LedgerFields", "Due on"),
        "amount": QCoreApplication.translate("LedgerFields", "Amount (¥)"),
        "invoice_id": QCoreApplication.translate("LedgerFields", "Against invoice"),
        "paid_on": QCoreApplication.translate("LedgerFields", "Paid on"),
        "method": QCoreApplication.translate("LedgerFields", "Method"),
        "notes": QCoreApplication.translate("LedgerFields", "Notes"),
    }.get(name, name)


class _LedgerDialog(RecordDialog):
    """What both dialogs share: their own field labels and a save through a service."""

    create: Callable[[UnitOfWork, Mapping[str, Any]], str]

    def write_command(
        self, values: Mapping[str, Any], fixed: Mapping[str, Any], options: dict[str, Any]
    ) -> ServiceCreateCommand:
        """A new record, written through the service (which checks more), undoably."""
        return ServiceCreateCommand(
            self.runner, self.table, {**entered(values), **fixed}, type(self).create, **options
        )

    def save(self) -> None:
        """Check the entries (an amount of 0 is refused), then :meth:`before_write` decides
        whether the record is written."""
        values, errors = self.form.check(self.fixed_values())
        if not any(e.field == "amount" for e in errors):
            errors += check_amount(values)
        if errors:
            self.form.show_errors(errors)
            self._set_status(
                lambda: QCoreApplication.translate(
                    "RecordDialog", "Please correct the fields marked in red."
                )
            )
            return
        self.before_write(values, super().save)

    def before_write(self, values: Mapping[str, Any], write: Callable[[], None]) -> None:
        """Call ``write`` to write the checked ``values`` (subclasses may ask first)."""
        write()

    def retranslate(self) -> None:
        """Title, buttons and the field labels in the current language."""
        super().retranslate()
        self._relabel()
        QTimer.singleShot(0, self._relabel)  # after the form's own LanguageChange

    def _relabel(self) -> None:
        for label in self.form.findChildren(QLabel):
            for name, widget in self.form.fields.items():
                if label.buddy() is widget:
                    required = self.form.specs[name].required
                    label.setText(ledger_label(name) + (" *" if required else ""))


class InvoiceDialog(_LedgerDialog):
    """Add an invoice or a credit note to the account."""

    table = "invoices"
    sections = (Section("", ("number", "kind", "issued_on", "due_on", "amount", "notes")),)
    create = staticmethod(receivables.record_invoice)  # type: ignore[assignment]

    def __init__(
        self,
        runner: OpRunner,
        undo_stack: QUndoStack,
        account_id: str,
        *,
        today: dt.date | None = None,
        initial: Mapping[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, undo_stack, account_id, initial=initial, parent=parent)
        self.today = today or dt.date.today()
        self.limit_warning: Reason | None = None  # the last over-the-limit warning shown

    def before_write(self, values: Mapping[str, Any], write: Callable[[], None]) -> None:
        """For an invoice (not a credit note), read whether it would take the account over
        its credit limit; if so, write only when the rep confirms."""
        amount = values.get("amount")
        if values.get("kind") == "credit_note" or not isinstance(amount, Decimal):
            write()
            return
        account_id, day = self.account_id, self.today
        self.buttons.setEnabled(False)
        self._set_status(lambda: self.tr("Checking the credit limit…"))

        def checked(warning: Reason | None) -> None:
            if not isValid(self):
                return
            self.buttons.setEnabled(True)
            self._set_status(lambda: "")
            self.limit_warning = warning
            if warning is None or self.confirm_over_limit(warning):
                write()

        def failed(exc: BaseException) -> None:
            if isValid(self):
                self.buttons.setEnabled(True)
                text = QCoreApplication.translate("RecordDialog", "Could not save: %1")
                self._set_status(lambda: text.replace("%1", str(exc)))

        self.runner.read(
            lambda uow: receivables.order_warning(uow, account_id, amount, as_of=day),
            on_success=checked,
            on_failure=failed,
        )

    def over_limit_text(self, warning: Reason) -> str:
        """The question asked when the invoice would break the credit limit, with its figures."""
        p = warning.params
        return (
            self.tr(
                "This invoice takes the account over its credit limit.\n\n"
                "Credit limit: %1\nUsed: %2\nThis invoice: %3\nOver the limit by: %4\n\n"
                "Save it anyway?"
            )
            .replace("%1", formatting.money(p["limit"]))
            .replace("%2", formatting.money(p["after"] - p["order"]))
            .replace("%3", formatting.money(p["order"]))
            .replace("%4", formatting.money(p["over"]))
        )

    def confirm_over_limit(self, warning: Reason) -> bool:
        """Ask the rep whether to save an invoice that breaks the credit limit."""
        answer = QMessageBox.warning(
            self,
            self.tr("Over the credit limit"),
            self.over_limit_text(warning),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Save

    def heading(self) -> str:
        """The window title."""
        return self.tr("New invoice or credit note")

    def record_name(self, values: Mapping[str, Any]) -> str:
        """The invoice number (the Undo menu names it)."""
        return str(values.get("number") or "")


class PaymentDialog(_LedgerDialog):
    """Record a payment received, against one of the account's open invoices or as an
    advance; choosing an invoice fills in what it still owes."""

    table = "payments"
    sections = (Section("", ("invoice_id", "paid_on", "amount", "method", "notes")),)
    create = staticmethod(receivables.record_payment)  # type: ignore[assignment]

    def __init__(
        self,
        runner: OpRunner,
        undo_stack: QUndoStack,
        account_id: str,
        open_invoices: Sequence[tuple[str, str, Decimal]],
        *,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        self._open = {inv_id: amount for inv_id, _number, amount in open_invoices}
        choices = [
            Choice(inv_id, f"{number} · {formatting.money(amount)}")
            for inv_id, number, amount in open_invoices
        ]
        initial: dict[str, Any] = {"paid_on": today}
        if open_invoices:
            initial.update(invoice_id=open_invoices[0][0], amount=open_invoices[0][2])
        super().__init__(
            runner,
            undo_stack,
            account_id,
            choices={"invoice_id": choices},
            initial=initial,
            parent=parent,
        )
        self.form.fields["invoice_id"].changed.connect(self._invoice_chosen)

    def heading(self) -> str:
        """The window title."""
        return self.tr("Record a payment")

    def record_name(self, values: Mapping[str, Any]) -> str:
        """The amount (the Undo menu names it)."""
        return formatting.money(values.get("amount"))

    def _invoice_chosen(self) -> None:
        open_amount = self._open.get(self.form.fields["invoice_id"].raw() or "")
        if open_amount is not None:
            self.form.fields["amount"].set_value(open_amount)
