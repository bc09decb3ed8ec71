"""Validation of records: every problem is a :class:`FieldError` naming the field.

Two steps, both pure:

- :func:`coerce` turns a raw value (a JSON value, or the text of a CSV/Excel cell) into the
  field's Python type, or raises :class:`FieldError`;
- :func:`validate` checks a record's typed values (required fields, ranges, lengths,
  formats, enum codes, rules across fields) and returns every problem at once.

Messages come from ``resources/messages.json`` in zh_CN and en (:meth:`FieldError.text`).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field as dc_field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import cache
from pathlib import Path
from typing import Any

from domain.records import FieldSpec, spec
from domain.vocabulary import DEFAULT_LANGUAGE

MESSAGES = Path(__file__).resolve().parent.parent / "resources" / "messages.json"

_PHONE = re.compile(r"^\+?[0-9() \-]+(?:\s*(?:ext\.?|x|转|分机)\s*[0-9]{1,6})?$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_CENT = Decimal("0.01")
MONEY_MAX = Decimal("999999999999.99")
_TRUE = {"1", "true", "yes", "y", "t", "是", "x", "✓"}
_FALSE = {"0", "false", "no", "n", "f", "否", ""}


@cache
def _messages() -> dict[str, dict[str, str]]:
    with MESSAGES.open(encoding="utf-8") as fh:
        data: dict[str, dict[str, str]] = json.load(fh)
    return data


@dataclass
class FieldError(Exception):
    """A problem with one field's value; ``code`` picks the message template."""

    field: str
    code: str
    params: dict[str, Any] = dc_field(default_factory=dict)

    def text(self, lang: str = "en") -> str:
        """The message in ``lang``, naming the field, e.g. ``channel_type: 'x' is not …``."""
        templates = _messages()[self.code]
        template = templates.get(lang) or templates[DEFAULT_LANGUAGE]
        return f"{self.field}: " + template.format(**self.params)

    def __str__(self) -> str:
        return self.text("en")


def _is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and value.strip() == "")


def coerce(f: FieldSpec, raw: object) -> Any:
    """Convert ``raw`` (JSON value or cell text) to the Python value of field ``f``.

    Blank text becomes ``None``. Raises :class:`FieldError` when ``raw`` cannot be read as
    the field's kind; range and format checks are :func:`validate`'s job.
    """
    if _is_blank(raw):
        return [] if f.kind in ("tags", "id_list") else None
    try:
        return _COERCE[f.kind](raw)
    except (ValueError, TypeError, InvalidOperation, json.JSONDecodeError):
        return _raise(f, raw)


def _raise(f: FieldSpec, raw: object) -> Any:
    raise FieldError(f.name, "bad_" + f.kind, {"value": _show(raw)})


def _show(raw: object) -> str:
    text = str(raw)
    return text if len(text) <= 40 else text[:37] + "..."


def _to_text(raw: object) -> str:
    if isinstance(raw, (dict, list)):
        raise TypeError("not text")
    if isinstance(raw, float) and raw.is_integer():  # Excel gives 13800138000.0 for a phone
        raw = int(raw)
    return str(raw).strip()


def _to_int(raw: object) -> int:
    if isinstance(raw, bool):
        raise TypeError("bool is not an int")
    if isinstance(raw, float):
        if not raw.is_integer():
            raise ValueError("not whole")
        return int(raw)
    if isinstance(raw, int):
        return raw
    return int(str(raw).strip())


def _to_float(raw: object) -> float:
    if isinstance(raw, bool):
        raise TypeError("bool is not a number")
    text = str(raw).strip().rstrip("%")
    value = float(text)
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError("not finite")
    return value


def to_money(raw: object) -> Decimal:
    """Read an amount of money (yuan) as a ``Decimal`` rounded to the cent.

    Accepts numbers and text with thousands separators or a ¥ sign. Raises ``ValueError``.
    """
    if isinstance(raw, bool):
        raise TypeError("bool is not money")
    if isinstance(raw, float):
        raw = repr(raw)
    text = str(raw).strip().replace(",", "").replace("¥", "").replace("￥", "")
    value = Decimal(text)
    if not value.is_finite():
        raise ValueError("not finite")
    return value.quantize(_CENT, rounding=ROUND_HALF_UP)


def _to_bool(raw: object) -> bool:
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, (int, float)) and raw in (0, 1):
        return bool(raw)
    text = str(raw).strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise ValueError("not a yes/no value")


def _to_date(raw: object) -> dt.date:
    if isinstance(raw, dt.datetime):
        return raw.date()
    if isinstance(raw, dt.date):
        return raw
    text = str(raw).strip().replace("/", "-")
    if len(text) > 10 and text[10] in "T ":
        text = text[:10]
    return dt.date.fromisoformat(text)


def _to_datetime(raw: object) -> dt.datetime:
    if isinstance(raw, dt.datetime):
        value = raw
    elif isinstance(raw, dt.date):
        value = dt.datetime(raw.year, raw.month, raw.day)
    else:
        text = str(raw).strip().replace("/", "-").replace("Z", "+00:00")
        value = dt.datetime.fromisoformat(text)
    if value.tzinfo is not None:
        value = value.astimezone(dt.UTC).replace(tzinfo=None)
    return value


def _to_list(raw: object) -> list[str]:
    if isinstance(raw, list):
        items = raw
    else:
        text = str(raw).strip()
        if text.startswith("["):
            items = json.loads(text)
            if not isinstance(items, list):
                raise TypeError("not a list")
        else:
            items = re.split(r"[;,，；、]", text)
    if not all(isinstance(i, str) for i in items):
        raise TypeError("list items must be text")
    return [i.strip() for i in items if i.strip()]


def _to_json(raw: object) -> object:
    if isinstance(raw, str):
        return json.loads(raw)
    return raw


def _to_id(raw: object) -> str:
    text = _to_text(raw)
    return str(uuid.UUID(text))


_COERCE = {
    "text": _to_text,
    "phone": _to_text,
    "email": _to_text,
    "enum": _to_text,
    "int": _to_int,
    "float": _to_float,
    "money": to_money,
    "bool": _to_bool,
    "date": _to_date,
    "datetime": _to_datetime,
    "tags": _to_list,
    "id_list": lambda raw: [_to_id(i) for i in _to_list(raw)],
    "ref": _to_id,
    "json": _to_json,
}


def coerce_id(raw: object) -> str:
    """A row id in canonical UUID text form; raises :class:`FieldError` on ``id``."""
    try:
        return _to_id(raw)
    except (ValueError, TypeError, AttributeError):
        raise FieldError("id", "bad_ref", {"value": _show(raw)}) from None


def validate(
    table: str, values: Mapping[str, Any], *, partial: bool = False, checked: bool = False
) -> list[FieldError]:
    """Every problem with a record of ``table`` whose typed field values are ``values``.

    With ``partial=True`` only the fields present are checked (an edit of some fields);
    otherwise missing required fields are reported too. Unknown field names are errors.
    With ``checked=True`` each value has already passed :func:`check_value`: only missing
    fields and the rules across fields are checked. Returns an empty list when valid.
    """
    fields = spec(table)
    errors: list[FieldError] = []
    for name in values:
        if name not in fields:
            errors.append(FieldError(name, "unknown_field", {"table": table}))
    for name, f in fields.items():
        if name not in values:
            if f.required and not partial and f.default is None:
                errors.append(FieldError(name, "required"))
            continue
        error = None if checked else _check(f, values[name])
        if error:
            errors.append(error)
    if not errors:
        errors.extend(_cross_field(table, values))
    return errors


def check_value(f: FieldSpec, value: Any) -> FieldError | None:
    """The problem with one typed value of field ``f`` (required, kind, range, length,
    format, enum code), or None; :func:`validate` runs it on every value it is given."""
    return _check(f, value)


def _check(f: FieldSpec, value: Any) -> FieldError | None:
    if _is_blank(value) or (f.kind in ("tags", "id_list") and value == []):
        return FieldError(f.name, "required") if f.required else None
    if f.kind in ("text", "phone", "email", "enum") and not isinstance(value, str):
        return FieldError(f.name, "bad_" + f.kind, {"value": _show(value)})
    if f.kind == "text" and f.max_len and len(value) > f.max_len:
        return FieldError(f.name, "too_long", {"max": f.max_len, "length": len(value)})
    if f.kind == "phone" and not (
        _PHONE.match(value) and 5 <= sum(c.isdigit() for c in value) <= 24
    ):
        return FieldError(f.name, "bad_phone", {"value": _show(value)})
    if f.kind == "email" and not _EMAIL.match(value):
        return FieldError(f.name, "bad_email", {"value": _show(value)})
    if f.kind == "enum" and value not in f.code_set:
        allowed = ", ".join(f.allowed_codes())
        return FieldError(f.name, "bad_enum", {"value": _show(value), "allowed": allowed})
    if f.kind == "money":
        if not isinstance(value, Decimal):
            return FieldError(f.name, "bad_money", {"value": _show(value)})
        if value > MONEY_MAX:
            return FieldError(f.name, "too_large", {"max": MONEY_MAX})
    if f.kind in ("int", "float", "money"):
        if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
            return FieldError(f.name, "bad_" + f.kind, {"value": _show(value)})
        if f.min is not None and value < f.min:
            return FieldError(f.name, "too_small", {"min": _num(f.min), "value": value})
        if f.max is not None and value > f.max:
            return FieldError(f.name, "too_big", {"max": _num(f.max), "value": value})
    if f.kind == "bool" and not isinstance(value, bool):
        return FieldError(f.name, "bad_bool", {"value": _show(value)})
    if f.kind == "date" and (not isinstance(value, dt.date) or isinstance(value, dt.datetime)):
        return FieldError(f.name, "bad_date", {"value": _show(value)})
    if f.kind == "datetime" and not isinstance(value, dt.datetime):
        return FieldError(f.name, "bad_datetime", {"value": _show(value)})
    if f.kind in ("tags", "id_list") and not (
        isinstance(value, list) and all(isinstance(i, str) for i in value)
    ):
        return FieldError(f.name, "bad_tags", {"value": _show(value)})
    return None


def _num(x: float) -> int | float:
    return int(x) if float(x).is_integer() else x


def check_payment(
    values: Mapping[str, Any],
    *,
    invoice_account_id: str,
    invoice_kind: str | None,
    issued_on: dt.date,
    open_amount: Decimal,
) -> list[FieldError]:
    """Rules between a payment's typed ``values`` and the invoice it is made against.

    ``open_amount`` is what the invoice still owes without this payment. A payment cannot
    be larger than that, dated before the invoice, made against a credit note, or booked
    on another account than the invoice's.
    """
    errors: list[FieldError] = []
    if invoice_kind == "credit_note":
        errors.append(FieldError("invoice_id", "payment_on_credit_note"))
    if values.get("account_id") and values["account_id"] != invoice_account_id:
        errors.append(FieldError("invoice_id", "other_account"))
    paid_on = values.get("paid_on")
    if isinstance(paid_on, dt.date) and paid_on < issued_on:
        errors.append(
            FieldError("paid_on", "paid_before_issued", {"issued": issued_on.isoformat()})
        )
    amount = values.get("amount")
    if isinstance(amount, Decimal) and invoice_kind != "credit_note" and amount > open_amount:
        errors.append(FieldError("amount", "exceeds_open", {"value": amount, "open": open_amount}))
    return errors


def _cross_field(table: str, values: Mapping[str, Any]) -> list[FieldError]:
    errors: list[FieldError] = []
    if table == "invoices":
        issued, due = values.get("issued_on"), values.get("due_on")
        if issued and due and due < issued:
            errors.append(FieldError("due_on", "before", {"other": "issued_on"}))
    if table == "activities":
        outcome, kind = values.get("outcome"), values.get("advance_kind")
        if outcome == "advance" and not kind and "outcome" in values:
            errors.append(FieldError("advance_kind", "advance_needs_kind"))
        if outcome == "advance" and not values.get("advance_on") and "outcome" in values:
            errors.append(FieldError("advance_on", "advance_needs_date"))
        if values.get("advance_on") and outcome not in (None, "advance") and "outcome" in values:
            errors.append(FieldError("advance_on", "date_needs_advance"))
        if kind and outcome not in (None, "advance") and "outcome" in values:
            errors.append(FieldError("advance_kind", "kind_needs_advance"))
    return errors
