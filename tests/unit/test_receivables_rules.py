"""Aging, DSO, credit use and warnings on crafted invoices."""

import datetime as dt
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from domain.channel_settings import ChannelSettings
from domain.receivables import (
    InvoiceFact,
    age,
    bucket_of,
    collection_slowing,
    credit_use,
    dso,
    order_check,
    warnings,
)

AS_OF = dt.date(2026, 11, 23)
D = Decimal


def inv(days_ago, amount, paid="0", terms=30, number=""):
    issued = AS_OF - dt.timedelta(days=days_ago)
    number = number or f"I{days_ago}"
    return InvoiceFact(
        number, issued, issued + dt.timedelta(days=terms), D(amount), D(paid), number
    )


def test_bucket_boundaries_are_30_60_and_90_days():
    assert [bucket_of(d) for d in (0, 30, 31, 60, 61, 90, 91, 400)] == [
        "0_30", "0_30", "31_60", "31_60", "61_90", "61_90", "over_90", "over_90",
    ]  # fmt: skip


def test_open_amounts_fall_in_buckets_by_age_and_overdue_by_due_date():
    aging = age([inv(10, "1000"), inv(45, "2000"), inv(75, "3000"), inv(120, "4000")], D(0), AS_OF)
    assert aging.buckets == {
        "0_30": D(1000),
        "31_60": D(2000),
        "61_90": D(3000),
        "over_90": D(4000),
    }
    assert aging.overdue == D(9000)  # everything older than its 30 days of terms
    assert aging.balance == D(10000)
    assert [i.days_overdue for i in aging.items] == [90, 45, 15, 0]


def test_a_partial_payment_leaves_the_rest_open_in_the_same_bucket():
    aging = age([inv(45, "1000", paid="400")], D(0), AS_OF)
    (item,) = aging.items
    assert (item.open, item.paid, item.bucket) == (D(600), D(400), "31_60")
    assert aging.buckets["31_60"] == D(600)


def test_an_invoice_paid_early_is_not_open_and_not_overdue():
    aging = age([inv(50, "1000", paid="1000", terms=60)], D(0), AS_OF)
    assert aging.items == () and aging.overdue == 0 and aging.balance == 0


def test_credit_notes_and_advances_clear_the_oldest_invoices_first():
    aging = age([inv(100, "1000"), inv(20, "1000")], D(1500), AS_OF)
    assert [(i.number, i.open, i.credited) for i in aging.items] == [("I20", D(500), D(500))]
    assert aging.buckets["over_90"] == 0 and aging.buckets["0_30"] == D(500)
    assert aging.overdue == 0


def test_credit_beyond_what_is_owed_leaves_the_account_in_credit():
    aging = age([inv(10, "1000", paid="1200")], D(300), AS_OF)
    assert aging.items == ()
    assert aging.unapplied_credit == D(500)  # 300 of credit notes + 200 overpaid
    assert aging.balance == D(-500)


invoices = st.lists(
    st.tuples(
        st.integers(0, 400),
        st.integers(1, 10_000_00),
        st.integers(0, 12_000_00),
    ),
    max_size=12,
)


@given(invoices, st.integers(0, 50_000_00))
def test_open_items_add_up_to_the_balance_of_invoices_less_credits_and_payments(rows, credit):
    facts = [
        inv(d, D(a) / 100, paid=D(p) / 100, number=f"N{n}") for n, (d, a, p) in enumerate(rows)
    ]
    aging = age(facts, D(credit) / 100, AS_OF)
    owed = sum((f.amount - f.paid for f in facts), D(0)) - D(credit) / 100
    assert aging.balance == owed
    assert aging.open_total == sum(aging.buckets.values())
    assert aging.overdue <= aging.open_total
    assert all(i.open > 0 for i in aging.items)


def test_dso_is_balance_over_window_sales_times_window_days():
    assert dso(D(30_000), D(90_000), 90) == 30.0
    assert dso(D(0), D(90_000), 90) == 0.0
    assert dso(D(-100), D(0), 90) == 0.0
    assert dso(D(500), D(0), 90) is None


def test_collection_slows_when_dso_is_well_above_its_own_average():
    settings = ChannelSettings()  # ratio 1.5, at least 15 days more
    assert collection_slowing(70.0, [40.0, 40.0], settings, overdue=True) is not None
    assert collection_slowing(59.0, [40.0, 40.0], settings, overdue=True) is None  # below 1.5 × 40
    assert collection_slowing(15.0, [8.0, 8.0], settings, overdue=True) is None  # only 7 days more
    assert collection_slowing(70.0, [40.0], settings, overdue=True) is None  # too little history
    assert collection_slowing(None, [40.0, 40.0], settings, overdue=True) is None
    reason = collection_slowing(90.0, [40.0, None, 50.0], settings, overdue=True)
    assert reason is not None and reason.params == {"dso": 90.0, "mean": 45.0, "quarters": 2}
    assert "45" in reason.text("en") and "回款变慢" in reason.text("zh_CN")
    # nothing overdue: the account pays on its terms, whatever its DSO
    assert collection_slowing(90.0, [40.0, 40.0], settings, overdue=False) is None


def test_credit_use_and_an_order_that_would_exceed_the_limit():
    assert credit_use(D(100_000), D(25_000)) == 25.0
    assert credit_use(None, D(25_000)) is None
    assert order_check(D(100_000), D(80_000), D(20_000)) is None  # exactly at the limit
    warning = order_check(D(100_000), D(80_000), D(30_000))
    assert warning is not None and warning.params["over"] == D(10_000)
    assert warning.params["headroom"] == D(20_000)
    assert "¥110,000.00" in warning.text("en") and "¥20,000.00 left" in warning.text("en")


def test_account_warnings_name_the_limit_breach_and_the_overdue_invoices():
    aging = age([inv(120, "60000"), inv(10, "50000")], D(0), AS_OF)
    found = warnings(aging, D(100_000), 50.0, [45.0, 48.0])
    assert [w.code for w in found] == ["over_limit", "overdue_items"]
    assert found[1].params == {"count": 1, "amount": D(60000), "days": 90}
