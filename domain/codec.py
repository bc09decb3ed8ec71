"""Field values to and from their JSON form, shared by export, import and sync.

Money travels as a decimal string ("1234.50", exact), dates as ``YYYY-MM-DD``, datetimes as
ISO 8601 in UTC without offset; everything else as the JSON value itself.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from domain.records import FieldSpec, spec
from domain.validation import FieldError, coerce

_PLAIN = (str, int, float, bool, list, dict)
META_FIELDS = {
    "deleted": "bool",
    "version": "int",
    "created_at": "datetime",
    "updated_at": "datetime",
}


def encode(value: Any) -> Any:
    """The JSON form of one typed field value."""
    if value is None or type(value) in _PLAIN:
        return value
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None).isoformat(timespec="microseconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def encode_record(values: dict[str, Any]) -> dict[str, Any]:
    """``values`` with every field value in its JSON form."""
    return {k: encode(v) for k, v in values.items()}


def decode_field(table: str, name: str, raw: Any) -> Any:
    """The typed value of field ``name`` of ``table`` from its JSON (or cell text) form.

    Knows the bookkeeping fields too (deleted, version, created_at, updated_at).
    Raises :class:`FieldError` naming the field when ``raw`` cannot be read, or
    ``unknown_field`` when ``table`` has no such field.
    """
    if name in META_FIELDS:
        kind = META_FIELDS[name]
        value = coerce(FieldSpec(name, kind), raw)  # type: ignore[arg-type]
        if value is None:
            raise FieldError(name, "required")
        return value
    fields = spec(table)
    if name not in fields:
        raise FieldError(name, "unknown_field", {"table": table})
    return coerce(fields[name], raw)
