"""Imported payments get the checks of a payment entered in the app (all or nothing)."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from decimal import Decimal as D
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from services import records
from services.receivables import record_invoice
from storage.models import Payment
from storage.transfer.common import ImportFailed
from storage.transfer.importer import import_file
from storage.uow import UnitOfWork


def uid(n: int) -> str:
    return str(uuid.UUID(int=n))


@pytest.fixture
def book(db):
    """An account with an invoice of 10,000 (issued 1 October) and a credit note."""
    with UnitOfWork(db) as uow:
        account = records.create(uow, "accounts", {"name": "杭州电子", "channel_type": "dealer"})
        invoice = record_invoice(
            uow,
            {
                "account_id": account,
                "number": "INV-1",
                "issued_on": dt.date(2026, 10, 1),
                "amount": D("10000"),
            },
        )
        credit = record_invoice(
            uow,
            {
                "account_id": account,
                "number": "CN-1",
                "kind": "credit_note",
                "issued_on": dt.date(2026, 10, 5),
                "amount": D("500"),
            },
        )
        records.create(
            uow,
            "payments",
            {
                "account_id": account,
                "invoice_id": invoice,
                "paid_on": dt.date(2026, 10, 10),
                "amount": D("4000"),
            },
        )
    return {"account": account, "invoice": invoice, "credit": credit}


def _payments(db) -> int:
    with UnitOfWork(db, write=False) as uow:
        return uow.session.scalar(select(func.count()).select_from(Payment)) or 0


def _xlsx(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "payments"
    ws.append(["account_id", "invoice_id", "paid_on", "amount"])
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_bad_payments_in_an_xlsx_are_refused_by_row_and_column_and_nothing_is_imported(
    db, book, tmp_path
):
    a, inv, cn = book["account"], book["invoice"], book["credit"]
    path = _xlsx(
        tmp_path / "payments.xlsx",
        [
            [a, inv, dt.date(2026, 10, 20), 3000],  # fine: 6,000 still open
            [a, inv, dt.date(2026, 10, 21), 3000.01],  # 3,000 open after the row above
            [a, inv, dt.date(2026, 9, 30), 100],  # before the invoice
            [a, cn, dt.date(2026, 10, 21), 100],  # on a credit note
            [a, None, dt.date(2026, 10, 21), 0],  # an advance of 0
        ],
    )
    with pytest.raises(ImportFailed) as failed:
        import_file(db, path)
    where = "payments.xlsx sheet payments"
    assert failed.value.problems == [
        f"{where} row 3, column amount: 3000.01 is more than the 3000.00 still open on the invoice",
        f"{where} row 4, column paid_on: cannot be before the invoice was issued (2026-10-01)",
        f"{where} row 5, column invoice_id: a payment cannot be made against a credit note",
        f"{where} row 6, column amount: must be more than 0 (got 0.00)",
    ]
    assert _payments(db) == 1  # the first row was not kept either


def test_good_payments_in_an_xlsx_are_imported(db, book, tmp_path):
    a, inv = book["account"], book["invoice"]
    path = _xlsx(
        tmp_path / "payments.xlsx",
        [[a, inv, dt.date(2026, 10, 20), 3000], [a, inv, dt.date(2026, 10, 21), 3000]],
    )
    import_file(db, path)
    assert _payments(db) == 3


def test_a_json_file_checks_payments_against_invoices_of_the_same_file(db, book, tmp_path):
    a = book["account"]
    invoice = {
        "id": uid(80),
        "account_id": a,
        "number": "INV-2",
        "issued_on": "2026-11-01",
        "due_on": "2026-12-01",
        "amount": "2000.00",
    }
    payments = [
        {"id": uid(90), "account_id": a, "invoice_id": uid(80), "paid_on": "2026-11-02",
         "amount": "1500.00"},
        {"id": uid(91), "account_id": a, "invoice_id": uid(80), "paid_on": "2026-11-03",
         "amount": "600.00"},
    ]  # fmt: skip
    path = tmp_path / "data.json"
    path.write_text(json.dumps({"tables": {"invoices": [invoice], "payments": payments}}))
    with pytest.raises(ImportFailed) as failed:
        import_file(db, path)
    assert failed.value.problems == [
        "data.json tables.payments[1], field amount: 600.00 is more than the 500.00 still open on the"
        " invoice"
    ]
    # Setting the same payment again (an update of an imported row) counts it once.
    payments[1]["amount"] = "500.00"
    path.write_text(json.dumps({"tables": {"invoices": [invoice], "payments": payments}}))
    import_file(db, path)
    payments[0]["amount"] = "1400.00"
    path.write_text(json.dumps({"tables": {"payments": payments[:1]}}))
    import_file(db, path)
    assert _payments(db) == 3
