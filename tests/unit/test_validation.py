"""Validation names the field at fault and reads values the way reps type them."""

import datetime as dt
from decimal import Decimal

import pytest

from domain.records import spec
from domain.validation import FieldError, coerce, validate


def fields_at_fault(errors):
    return {e.field: e.code for e in errors}


def test_a_valid_account_has_no_errors():
    assert validate("accounts", {"name": "杭州电子设备有限公司", "channel_type": "dealer"}) == []


def test_a_new_account_without_name_or_channel_type_names_both_fields():
    assert fields_at_fault(validate("accounts", {})) == {
        "name": "required",
        "channel_type": "required",
    }


def test_a_blank_name_is_missing_even_in_a_partial_edit():
    assert fields_at_fault(validate("accounts", {"name": "  "}, partial=True)) == {
        "name": "required"
    }


def test_a_partial_edit_does_not_ask_for_fields_it_leaves_alone():
    assert validate("accounts", {"city": "杭州"}, partial=True) == []


@pytest.mark.parametrize(
    "phone", ["13800138000", "0571-88886666", "+86 138 0013 8000", "(010) 6552-1234 转 808"]
)
def test_phone_numbers_reps_write_are_accepted(phone):
    assert validate("contacts", {"phone": phone}, partial=True) == []


@pytest.mark.parametrize("phone", ["abc", "12", "138-00x"])
def test_a_bad_phone_number_is_refused(phone):
    assert fields_at_fault(validate("contacts", {"phone": phone}, partial=True)) == {
        "phone": "bad_phone"
    }


def test_a_bad_email_is_refused_and_the_message_names_field_and_value():
    [error] = validate("contacts", {"email": "zhang@"}, partial=True)
    assert error.text("en") == "email: 'zhang@' is not an e-mail address"
    assert error.text("zh_CN").startswith("email: 'zhang@'")


def test_an_unknown_enum_code_lists_the_allowed_codes():
    [error] = validate("accounts", {"channel_type": "wholesale"}, partial=True)
    assert error.code == "bad_enum"
    assert "dealer" in error.text() and "wholesale" in error.text()


def test_a_negative_amount_is_refused():
    errors = validate("invoices", {"amount": Decimal("-0.01")}, partial=True)
    assert fields_at_fault(errors) == {"amount": "too_small"}


def test_zero_is_a_valid_amount():
    assert validate("accounts", {"credit_limit": Decimal("0")}, partial=True) == []


def test_ratings_outside_one_to_five_are_refused():
    assert fields_at_fault(validate("projects", {"factor_price": 6}, partial=True)) == {
        "factor_price": "too_big"
    }
    assert validate("projects", {"factor_price": 5}, partial=True) == []


def test_an_invoice_due_before_it_was_issued_is_refused():
    errors = validate(
        "invoices",
        {"issued_on": dt.date(2026, 5, 2), "due_on": dt.date(2026, 5, 1)},
        partial=True,
    )
    assert fields_at_fault(errors) == {"due_on": "before"}


def test_an_advance_needs_the_customer_action_and_only_an_advance_has_one():
    assert fields_at_fault(validate("activities", {"outcome": "advance"}, partial=True)) == {
        "advance_kind": "advance_needs_kind",
        "advance_on": "advance_needs_date",
    }
    errors = validate(
        "activities", {"outcome": "continuation", "advance_kind": "demo"}, partial=True
    )
    assert fields_at_fault(errors) == {"advance_kind": "kind_needs_advance"}
    assert (
        validate(
            "activities",
            {"outcome": "advance", "advance_kind": "trial", "advance_on": dt.date(2026, 11, 30)},
            partial=True,
        )
        == []
    )


def test_an_advance_needs_the_date_of_the_customer_action_and_only_an_advance_has_one():
    errors = validate("activities", {"outcome": "advance", "advance_kind": "demo"}, partial=True)
    assert fields_at_fault(errors) == {"advance_on": "advance_needs_date"}
    errors = validate(
        "activities", {"outcome": "order", "advance_on": dt.date(2026, 11, 30)}, partial=True
    )
    assert fields_at_fault(errors) == {"advance_on": "date_needs_advance"}


def test_an_unknown_field_is_reported():
    assert fields_at_fault(validate("accounts", {"colour": "red"}, partial=True)) == {
        "colour": "unknown_field"
    }


def test_too_long_text_is_refused():
    errors = validate("accounts", {"short_name": "长" * 51}, partial=True)
    assert fields_at_fault(errors) == {"short_name": "too_long"}


def test_money_is_read_as_reps_write_it_and_rounded_to_the_cent():
    f = spec("accounts")["credit_limit"]
    assert coerce(f, "¥1,234.5") == Decimal("1234.50")
    assert coerce(f, 0.1 + 0.2) == Decimal("0.30")
    assert coerce(f, "") is None
    with pytest.raises(FieldError) as info:
        coerce(f, "一千")
    assert info.value.field == "credit_limit"


def test_excel_numbers_and_yes_no_words_are_read():
    assert coerce(spec("contacts")["phone"], 13800138000.0) == "13800138000"
    assert coerce(spec("accounts")["is_key_account"], "是") is True
    assert coerce(spec("accounts")["is_key_account"], "no") is False
    assert coerce(spec("accounts")["payment_terms_days"], 30.0) == 30


def test_dates_and_lists_are_read_from_text():
    assert coerce(spec("invoices")["due_on"], "2026/3/05".replace("/3/", "/03/")) == dt.date(
        2026, 3, 5
    )
    assert coerce(spec("accounts")["tags"], "vip; 独家区域代理，prospect") == [
        "vip",
        "独家区域代理",
        "prospect",
    ]
    with pytest.raises(FieldError):
        coerce(spec("invoices")["due_on"], "2026-02-30")


def test_a_datetime_with_an_offset_is_stored_in_utc():
    value = coerce(spec("activities")["occurred_at"], "2026-11-23T09:30:00+08:00")
    assert value == dt.datetime(2026, 11, 23, 1, 30)


# --- payments against an invoice (channel management) -----------------------------------


def test_a_payment_larger_than_what_the_invoice_still_owes_is_refused():
    import datetime as dt
    from decimal import Decimal

    from domain.validation import check_payment

    values = {"account_id": "a", "paid_on": dt.date(2026, 1, 10), "amount": Decimal("600.00")}
    facts = {"invoice_account_id": "a", "invoice_kind": "invoice", "issued_on": dt.date(2026, 1, 1)}
    (error,) = check_payment(values, open_amount=Decimal("500.00"), **facts)
    assert error.field == "amount"
    assert error.text("en") == "amount: 600.00 is more than the 500.00 still open on the invoice"
    assert check_payment(values, open_amount=Decimal("600.00"), **facts) == []
    early = dict(values, paid_on=dt.date(2025, 12, 31))
    errors = check_payment(
        early, open_amount=Decimal("600.00"), **dict(facts, invoice_kind="credit_note")
    )
    assert {e.field for e in errors} == {"invoice_id", "paid_on"}
    assert "2026-01-01" in next(e for e in errors if e.field == "paid_on").text("zh_CN")
