"""The account's credit-and-collection tab: figures, invoices and payments, the calculators."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.ui.conftest import LOAD_TIMEOUT_MS, drain
from ui import formatting
from ui.channel.texts import reasons_text

pytest_plugins = ("tests.ui.channel_helpers",)  # editor_of, demo_day


def test_the_tab_shows_balance_aging_warnings_and_every_invoice(editor_of, demo_db):
    tab = editor_of(None, demo_db).credit_tab
    row = tab.data.row
    assert tab.figures.value("balance") == formatting.money(row.balance)
    assert tab.figures.value("over_90") == formatting.money(row.buckets["over_90"])
    assert row.warnings
    assert tab.warnings.text() == reasons_text(row.warnings)
    assert tab.invoices.rowCount() == len(tab.data.invoices) > 0
    assert tab.payments.rowCount() == len(tab.data.payments) > 0


def test_recording_a_payment_lowers_the_balance_and_the_aging_and_undo_puts_it_back(
    qtbot, editor_of, demo_db, runner, stack
):
    editor = editor_of(None, demo_db)
    tab = editor.credit_tab
    before = tab.data.row
    oldest = next(i for i in tab.data.items if i.open > 10000)  # the oldest open invoice
    dialog = tab.record_payment()
    dialog.form.fields["invoice_id"].set_value(oldest.id)
    assert dialog.form.fields["amount"].raw() == f"{oldest.open:,.2f}"  # filled in
    dialog.form.fields["amount"].edit.setText("10000")
    dialog.save()
    qtbot.waitUntil(lambda: tab.data.row.balance == before.balance - 10000, timeout=LOAD_TIMEOUT_MS)
    after = tab.data.row
    bucket = oldest.bucket
    assert after.buckets[bucket] == before.buckets[bucket] - Decimal(10000)
    assert tab.payments.rowCount() == len(tab.data.payments)
    assert tab.figures.value("balance") == formatting.money(after.balance)
    stack.undo()
    qtbot.waitUntil(lambda: tab.data.row.balance == before.balance, timeout=LOAD_TIMEOUT_MS)


def test_a_payment_larger_than_the_invoice_is_refused_under_the_amount(
    qtbot, editor_of, demo_db, runner
):
    tab = editor_of(None, demo_db).credit_tab
    item = tab.data.items[-1]
    dialog = tab.record_payment()
    dialog.form.fields["invoice_id"].set_value(item.id)
    dialog.form.fields["amount"].edit.setText(str(item.open + 1))
    balance = tab.data.row.balance
    dialog.save()
    qtbot.waitUntil(lambda: bool(dialog.form.error_text("amount")), timeout=LOAD_TIMEOUT_MS)
    assert "more than" in dialog.form.error_text("amount")
    assert dialog.isVisible()
    drain(runner)
    assert tab.data.row.balance == balance


def test_a_negative_payment_is_refused_before_anything_is_written(qtbot, editor_of, demo_db):
    tab = editor_of(None, demo_db).credit_tab
    dialog = tab.record_payment()
    dialog.form.fields["amount"].edit.setText("-5")
    dialog.save()
    assert dialog.form.error_text("amount")
    assert dialog.isVisible()


def test_adding_an_invoice_raises_the_balance_in_the_newest_bucket(qtbot, editor_of, demo_db):
    tab = editor_of(None, demo_db).credit_tab
    before = tab.data.row
    dialog = tab.add_invoice()
    dialog.confirm_over_limit = lambda warning: True  # the debtor may be over its limit
    dialog.form.fields["number"].set_value("INV-TEST-1")
    dialog.form.fields["amount"].edit.setText("5000")
    dialog.save()
    qtbot.waitUntil(lambda: tab.data.row.balance == before.balance + 5000, timeout=LOAD_TIMEOUT_MS)
    assert tab.data.row.buckets["0_30"] == before.buckets["0_30"] + 5000
    assert tab.invoices.item(0, 0).text() == "INV-TEST-1"


def test_the_calculators_are_prefilled_and_reproduce_the_seed_table(editor_of, demo_db):
    calc = editor_of(None, demo_db).credit_tab.calculators
    figures = calc._prefill
    assert Decimal(str(calc.loss.value())) == figures.bad_debt_loss
    assert calc.extra_sales == figures.extra_sales_needed
    assert calc.months == figures.months_until_profit_gone == Decimal("10.0")  # 5 % at 6 %
    assert Decimal(str(calc.overdue.value())) == figures.overdue
    # 坏账需要额外销售额弥补: 500 lost at a 2 % margin takes 25,000 of extra sales.
    calc.loss.setValue(500)
    calc.margin.setValue(2)
    assert calc.extra_sales == Decimal("25000.00")
    assert calc.extra_label.text() == formatting.money(Decimal(25000))
    # 货款拖延对利润的吞噬: a 10 % margin at an 8 % borrowing rate lasts 15.0 months.
    calc.delay_margin.setValue(10)
    calc.rate.setValue(8)
    assert calc.months == Decimal("15.0")
    assert calc.months_label.text() == "15.0 months"
    calc.rate.setValue(0)
    assert calc.months is None and "above 0" in calc.months_label.text()
    calc.reset()
    assert calc.extra_sales == figures.extra_sales_needed


def test_an_invoice_that_breaks_the_credit_limit_is_saved_only_when_the_rep_confirms(
    qtbot, editor_of, demo_db, runner
):
    tab = editor_of(None, demo_db).credit_tab
    row = tab.data.row
    assert row.credit_limit is not None
    order = max(row.credit_limit - row.balance, Decimal(0)) + Decimal("1234.50")
    asked = []
    dialog = tab.add_invoice()
    dialog.confirm_over_limit = lambda warning: asked.append(warning) is not None  # Cancel
    dialog.form.fields["number"].set_value("INV-OVER-1")
    dialog.form.fields["amount"].edit.setText(f"{order}")
    dialog.save()
    qtbot.waitUntil(lambda: bool(asked), timeout=LOAD_TIMEOUT_MS)
    drain(runner)
    assert dialog.isVisible() and dialog.buttons.isEnabled()
    assert tab.data.row.balance == row.balance  # nothing written
    text = dialog.over_limit_text(asked[0])
    used = row.balance
    for figure in (row.credit_limit, used, order, used + order - row.credit_limit):
        assert formatting.money(figure) in text
    # Confirmed: written.
    dialog.confirm_over_limit = lambda warning: True
    dialog.save()
    qtbot.waitUntil(lambda: tab.data.row.balance == row.balance + order, timeout=LOAD_TIMEOUT_MS)


def test_an_invoice_within_the_limit_and_a_credit_note_are_saved_without_asking(
    qtbot, editor_of, demo_db
):
    tab = editor_of(None, demo_db).credit_tab
    before = tab.data.row.balance
    dialog = tab.add_invoice()
    dialog.confirm_over_limit = lambda warning: pytest.fail("asked about a credit note")
    dialog.form.fields["number"].set_value("CN-TEST-1")
    dialog.form.fields["kind"].set_value("credit_note")
    dialog.form.fields["amount"].edit.setText("100")
    dialog.save()
    qtbot.waitUntil(lambda: tab.data.row.balance == before - 100, timeout=LOAD_TIMEOUT_MS)


@pytest.mark.parametrize("which", ["invoice", "payment"])
def test_an_amount_of_0_is_refused_with_a_clear_message(qtbot, editor_of, demo_db, which):
    tab = editor_of(None, demo_db).credit_tab
    dialog = tab.add_invoice() if which == "invoice" else tab.record_payment()
    if which == "invoice":
        dialog.form.fields["number"].set_value("INV-ZERO")
    dialog.form.fields["amount"].edit.setText("0")
    dialog.save()
    assert dialog.form.error_text("amount") == "must be more than 0 (got 0.00)"
    assert dialog.isVisible() and dialog.buttons.isEnabled()


def test_negative_money_puts_the_minus_before_the_yuan_sign(qapp):
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale("zh_CN"))
    try:
        assert formatting.money(Decimal("-71906.64")) == "-¥71,906.64"
        assert formatting.money(Decimal("71906.64")) == "¥71,906.64"
        assert formatting.money(Decimal("-0.001")) == "¥0.00"
        assert formatting.money(None) == ""
    finally:
        QLocale.setDefault(before)
