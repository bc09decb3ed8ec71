"""Receivables on a real database: balances, aging, DSO, warnings, payments refused."""

import datetime as dt
from decimal import Decimal as D

import pytest

from services import records
from services.errors import ValidationFailed
from services.receivables import (
    account_receivables,
    order_warning,
    receivables_view,
    record_invoice,
    record_payment,
)
from storage.uow import UnitOfWork

TODAY = dt.date(2026, 11, 23)


def days_ago(n):
    return TODAY - dt.timedelta(days=n)


def _account(db, name, limit="100000", terms=30):
    with UnitOfWork(db) as uow:
        return records.create(
            uow,
            "accounts",
            {
                "name": name,
                "channel_type": "dealer",
                "credit_limit": D(limit),
                "payment_terms_days": terms,
            },
        )


def _invoice(db, account, number, issued, amount, kind="invoice"):
    with UnitOfWork(db) as uow:
        return record_invoice(
            uow,
            {
                "account_id": account,
                "number": number,
                "kind": kind,
                "issued_on": issued,
                "amount": D(amount),
            },
        )


def _pay(db, account, invoice, paid_on, amount):
    with UnitOfWork(db) as uow:
        return record_payment(
            uow,
            {"account_id": account, "invoice_id": invoice, "paid_on": paid_on, "amount": D(amount)},
        )


@pytest.fixture
def book(db):
    """Two accounts: 杭州 with a mixed history, 宁波 fully paid early."""
    hz = _account(db, "杭州电子设备有限公司")
    old = _invoice(db, hz, "INV-1", days_ago(120), "40000")  # > 90 days, overdue
    mid = _invoice(db, hz, "INV-2", days_ago(45), "30000")  # 31–60, overdue by 15 days
    _invoice(db, hz, "INV-3", days_ago(10), "50000")  # 0–30, not yet due
    _invoice(db, hz, "CN-1", days_ago(5), "5000", kind="credit_note")
    _pay(db, hz, old, days_ago(100), "25000")  # partial
    _pay(db, hz, mid, days_ago(40), "30000")  # settled in full
    nb = _account(db, "宁波商贸有限公司")
    early = _invoice(db, nb, "INV-4", days_ago(20), "8000")
    _pay(db, nb, early, days_ago(19), "8000")  # paid early
    return {"hz": hz, "nb": nb, "old": old}


def test_the_receivables_page_lists_who_owes_what_by_age(db, book):
    with UnitOfWork(db, write=False) as uow:
        view = receivables_view(uow, as_of=TODAY)
    (row,) = view.rows  # 宁波 owes nothing and is not listed
    assert row.name == "杭州电子设备有限公司"
    # 40,000 + 30,000 + 50,000 − 5,000 credit − 55,000 paid
    assert row.balance == D("60000.00")
    # the credit note clears the oldest open item first: 15,000 → 10,000
    assert row.buckets == {
        "0_30": D("50000.00"), "31_60": D("0.00"), "61_90": D("0.00"), "over_90": D("10000.00"),
    }  # fmt: skip
    assert (row.overdue, row.oldest_overdue_days, row.open_invoices) == (D("10000.00"), 90, 2)
    assert row.credit_used == 60.0
    # DSO: 60,000 owed ÷ 75,000 net sales in the last 90 days (30,000 + 50,000 − 5,000) × 90
    assert row.dso == 72.0
    assert view.totals.balance == D("60000.00") and view.totals.accounts == 1


def test_settled_accounts_appear_when_asked(db, book):
    with UnitOfWork(db, write=False) as uow:
        view = receivables_view(uow, as_of=TODAY, include_settled=True)
    assert {r.name for r in view.rows} == {"杭州电子设备有限公司", "宁波商贸有限公司"}
    nb = next(r for r in view.rows if r.name == "宁波商贸有限公司")
    assert (nb.balance, nb.overdue, nb.dso) == (D("0.00"), D("0.00"), 0.0)


def test_the_account_view_lists_invoices_payments_and_fills_the_calculators(db, book):
    with UnitOfWork(db, write=False) as uow:
        detail = account_receivables(uow, book["hz"], as_of=TODAY)
    assert [i.number for i in detail.invoices] == ["CN-1", "INV-3", "INV-2", "INV-1"]
    inv1 = detail.invoices[-1]
    assert (inv1.paid, inv1.open, inv1.days_overdue) == (D("25000.00"), D("10000.00"), 90)
    assert [p.invoice_number for p in detail.payments] == ["INV-2", "INV-1"]
    calc = detail.calculators
    # INV-1 is 90 days past due, not more: no bad debt yet (though in the > 90 days bucket)
    assert calc.bad_debt_loss == D("0.00")
    assert calc.months_until_profit_gone == D("10.0")  # 5 % margin, 6 % borrowing
    assert calc.average_days_overdue == 90
    assert [w.code for w in detail.row.warnings][:1] == ["overdue_items"]


def test_the_bad_debt_is_what_is_open_more_than_90_days_past_its_due_date(db):
    account = _account(db, "温州五金有限公司", limit="500000")
    _invoice(db, account, "INV-A", days_ago(130), "20000")  # due 100 days ago
    _invoice(db, account, "INV-B", days_ago(100), "7000")  # > 90 days old, 70 days late
    _invoice(db, account, "INV-C", days_ago(121), "3000")  # due 91 days ago
    with UnitOfWork(db, write=False) as uow:
        detail = account_receivables(uow, account, as_of=TODAY)
    assert detail.row.buckets["over_90"] == D("30000.00")  # aged from the issue date
    calc = detail.calculators
    assert calc.bad_debt_loss == D("23000.00")
    assert calc.extra_sales_needed == D("460000.00")  # at the default 5 % net margin


def test_an_order_that_would_break_the_credit_limit_is_warned_about(db, book):
    with UnitOfWork(db, write=False) as uow:
        assert order_warning(uow, book["hz"], D("40000"), as_of=TODAY) is None
        warning = order_warning(uow, book["hz"], D("40000.01"), as_of=TODAY)
    assert warning is not None and warning.params["headroom"] == D("40000.00")
    assert "超出信用额度" in warning.text("zh_CN")


def test_a_payment_larger_than_the_invoice_still_owes_is_refused(db, book):
    with pytest.raises(ValidationFailed) as err:
        _pay(db, book["hz"], book["old"], TODAY, "15000.01")
    assert err.value.by_field("en") == {
        "amount": "amount: 15000.01 is more than the 15000.00 still open on the invoice"
    }
    _pay(db, book["hz"], book["old"], TODAY, "15000")  # exactly what is open is fine


def test_payments_and_invoices_with_bad_values_are_refused_naming_the_field(db, book):
    with pytest.raises(ValidationFailed) as err:
        _pay(db, book["hz"], book["old"], days_ago(200), "10")
    assert set(err.value.by_field()) == {"paid_on"}
    with pytest.raises(ValidationFailed) as err:
        _pay(db, book["hz"], None, TODAY, "-5")
    assert err.value.by_field("en")["amount"] == "amount: must be at least 0 (got -5)"
    with UnitOfWork(db) as uow, pytest.raises(ValidationFailed) as err:
        record_invoice(
            uow,
            {
                "account_id": book["hz"],
                "number": "INV-9",
                "issued_on": TODAY,
                "due_on": days_ago(1),
                "amount": D("10"),
            },
        )
    assert err.value.by_field("en") == {"due_on": "due_on: cannot be before issued_on"}


def test_the_due_date_follows_the_accounts_payment_terms(db):
    account = _account(db, "温州五金", terms=60)
    invoice = _invoice(db, account, "INV-5", days_ago(0), "100")
    with UnitOfWork(db, write=False) as uow:
        (line,) = account_receivables(uow, account, as_of=TODAY).invoices
    assert line.id == invoice and line.due_on == TODAY + dt.timedelta(days=60)


def test_collection_slowing_is_flagged_when_dso_rises_well_above_its_average(db):
    account = _account(db, "台州机电", limit="10000000")
    # Earlier quarters: invoiced and paid within a few days → DSO near 0 … then nothing paid.
    for k, issued in enumerate((dt.date(2026, 1, 10), dt.date(2026, 4, 10), dt.date(2026, 7, 10))):
        inv = _invoice(db, account, f"INV-{k}", issued, "10000")
        _pay(db, account, inv, issued + dt.timedelta(days=60), "10000")
    for k in range(3):
        _invoice(db, account, f"INV-L{k}", days_ago(80 - 30 * k), "10000")
    with UnitOfWork(db, write=False) as uow:
        (row,) = receivables_view(uow, as_of=TODAY).rows
        detail = account_receivables(uow, account, as_of=TODAY)
    assert row.collection_slowing
    assert row.dso == 90.0
    assert [q for q, _ in detail.dso_history] == ["2025Q4", "2026Q1", "2026Q2", "2026Q3"]


def test_a_large_invoice_not_yet_due_raises_dso_but_is_no_slowing(db):
    account = _account(db, "丽水电器", limit="10000000")
    for k, issued in enumerate((dt.date(2026, 1, 10), dt.date(2026, 4, 10), dt.date(2026, 7, 10))):
        inv = _invoice(db, account, f"INV-{k}", issued, "10000")
        _pay(db, account, inv, issued + dt.timedelta(days=5), "10000")
    _invoice(db, account, "INV-BIG", days_ago(10), "90000")  # due in 60 days
    with UnitOfWork(db, write=False) as uow:
        (row,) = receivables_view(uow, as_of=TODAY).rows
    assert row.dso is not None and row.dso > 60 and row.overdue == 0
    assert not row.collection_slowing


def test_a_deleted_account_and_its_invoices_leave_the_page(db, book):
    with UnitOfWork(db) as uow:
        records.delete(uow, "accounts", book["hz"])
    with UnitOfWork(db, write=False) as uow:
        view = receivables_view(uow, as_of=TODAY, include_settled=True)
    assert [r.name for r in view.rows] == ["宁波商贸有限公司"]
    assert view.totals.balance == 0
