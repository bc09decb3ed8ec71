"""Reading one pushed change: known table and fields, values of the right kind.

Pure functions over ``domain``: :func:`prepare` turns a :class:`sync.protocol.Change` into a
:class:`Prepared` change (canonical JSON values, typed values for validation, clamped edit
times) or a rejection reason naming the field. Nothing here touches the database.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from domain.codec import decode_field, encode
from domain.merge import clamp
from domain.records import TABLES, FieldSpec, spec
from domain.validation import FieldError, check_value, coerce, validate
from server.records import storable
from server.scope import READ_ONLY_TABLES
from sync.protocol import Change

NOT_FOUND = "not_found"
_SPECS = {table: spec(table) for table in TABLES}
# What a field of a new record holds when its create leaves it out: the field's default
# (``FieldSpec.default``, which the client's columns also have; several are NOT NULL there),
# else empty (null, or ``[]`` for lists).
_NEW: dict[str, dict[str, Any]] = {
    table: {
        f.name: encode(f.default)
        if f.default is not None
        else ([] if f.kind in ("tags", "id_list") else None)
        for f in fields
    }
    for table, fields in TABLES.items()
}
_DEFAULTS: dict[str, dict[str, Any]] = {
    table: {f.name: f.default for f in fields if f.default is not None}
    for table, fields in TABLES.items()
}


@dataclass(slots=True)
class Prepared:
    """A pushed change whose values are known good, ready to be merged."""

    change: Change
    table: str
    row_id: str
    values: dict[str, Any]  # business fields, canonical JSON form
    typed: dict[str, Any]  # the same, as Python values (for validation)
    deleted: bool | None  # None when the change does not touch ``deleted``
    changed_at: str  # clamped edit time of fields without their own time
    times: dict[str, str]  # clamped edit times of fields that have their own
    _problems: dict[bool, str | None] = field(default_factory=dict, repr=False)

    def time_of(self, name: str) -> str:
        """The (clamped) edit time of field ``name``."""
        return self.times.get(name, self.changed_at)

    def problems(self, *, new: bool) -> str | None:
        """The first validation problem (a reason naming the field), or None.

        A new record must carry every required field (a field with a default takes it when
        the create leaves it out or empty, see :func:`new_record`); an edit only valid values.
        """
        if new not in self._problems:
            typed = self.typed
            if new:
                typed = {**_DEFAULTS[self.table], **self.given(typed)}
            errors = validate(self.table, typed, partial=not new, checked=True)
            self._problems[new] = errors[0].text("en") if errors else None
        return self._problems[new]

    def given(self, values: dict[str, Any] | None = None) -> dict[str, Any]:
        """The fields a create sets: ``values`` (default: the JSON ones) without empty ones
        (those take their defaults)."""
        values = self.values if values is None else values
        if None not in values.values():
            return values
        return {name: value for name, value in values.items() if value is not None}

    def edited(self) -> dict[str, Any]:
        """Every field the change sets, ``deleted`` included when it is set."""
        out = dict(self.values)
        if self.deleted is not None:
            out["deleted"] = self.deleted
        return out


def new_record(table: str) -> dict[str, Any]:
    """The fields of a new record of ``table`` before its create sets any: each field's
    default, else empty (do not modify)."""
    return _NEW[table]


def prepare(
    change: Change, received: dt.datetime, clamped: dict[str, str] | None = None
) -> Prepared | str:
    """The change checked against ``domain.records``, or the reason it is rejected.

    ``clamped`` remembers edit times already clamped to ``received`` (a batch's changes
    mostly share a few).
    """
    table = change.table
    if table not in TABLES:
        return f"table: '{_short(table)}' is not a synced table"
    if table in READ_ONLY_TABLES:
        return f"{table}: these records are managed on the server"
    if not is_uuid(change.row_id):
        return f"row_id: '{_short(change.row_id)}' is not a valid id"
    fields = _FIELDS[table]
    values: dict[str, Any] = {}
    typed: dict[str, Any] = {}
    deleted: bool | None = None
    try:
        for name, raw in change.fields.items():
            known = fields.get(name)
            if known is None:
                if name == "deleted":
                    deleted = raw if type(raw) is bool else bool(decode_field(table, name, raw))
                    continue
                raise FieldError(name, "unknown_field", {"table": table})
            # _read's caches, looked up here: this loop runs for every pushed field
            f, texts = known
            if type(raw) is str:
                hit = texts.get(raw)
                if hit is None:
                    hit = _read_text(table, f, raw)
            else:
                hit = _read(table, f, raw)
            if isinstance(hit, FieldError):
                raise hit
            typed[name], values[name] = hit
    except FieldError as exc:
        return exc.text("en")
    if clamped is None:
        clamped = {}
    changed_at = clamped.get(change.changed_at)
    if changed_at is None:
        changed_at = clamped[change.changed_at] = clamp(change.changed_at, received)
    times = {
        name: clamp(t, received)
        for name, t in change.field_times.items()
        if name in values or name == "deleted"
    }
    return Prepared(change, table, change.row_id, values, typed, deleted, changed_at, times)


_CACHE_LIMIT = 200_000
_cache: dict[tuple[str, str, type, Any], tuple[Any, Any] | FieldError] = {}
_CACHEABLE = frozenset((int, float, bool, type(None)))
# Text values by table and field (most pushed values are text: no key tuple to build).
_by_text: dict[str, dict[str, dict[str, tuple[Any, Any] | FieldError]]] = {
    table: {f.name: {} for f in fields} for table, fields in TABLES.items()
}
_text_count = 0
# Each field of each table with its cache of text values (one look-up a pushed field).
_FIELDS: dict[str, dict[str, tuple[FieldSpec, dict[str, tuple[Any, Any] | FieldError]]]] = {
    table: {name: (f, _by_text[table][name]) for name, f in _SPECS[table].items()}
    for table in TABLES
}


def _read_text(table: str, f: FieldSpec, raw: str) -> tuple[Any, Any] | FieldError:
    """:func:`_checked` of a text value, or its error, remembered."""
    global _text_count
    hit: tuple[Any, Any] | FieldError | None = _fast(f, raw)
    if hit is not None:
        if f.kind == "datetime":  # seldom the same twice: not worth a place
            return hit
    else:
        try:
            hit = _checked(f, raw)
        except FieldError as exc:
            hit = exc
    if _text_count >= _CACHE_LIMIT:
        for caches in _by_text.values():
            for cache in caches.values():
                cache.clear()
        _text_count = 0
    _by_text[table][f.name][raw] = hit
    _text_count += 1
    return hit


def _read(table: str, f: FieldSpec, raw: Any) -> tuple[Any, Any] | FieldError:
    """(typed value, canonical JSON value) of a non-text ``raw`` for field ``f``, or the
    FieldError saying why it is not one.

    Pure, so results for scalar inputs are cached: enum codes, dates, flags, amounts and
    parent ids repeat across a batch.
    """
    if type(raw) not in _CACHEABLE:
        try:
            return _fast(f, raw) or _checked(f, raw)
        except FieldError as exc:
            return exc
    key = (table, f.name, type(raw), raw)
    hit = _cache.get(key)
    if hit is None:
        try:
            hit = _checked(f, raw)
        except FieldError as exc:
            hit = exc
        if len(_cache) >= _CACHE_LIMIT:
            _cache.clear()
        _cache[key] = hit
    return hit


def _checked(f: FieldSpec, raw: Any) -> tuple[Any, Any]:
    """Read and check one value: the only per-field validation a pushed value gets
    (:meth:`Prepared.problems` then checks the record as a whole)."""
    if not storable(raw):
        raise FieldError(f.name, "bad_text", {"value": "?"})
    value = coerce(f, raw)
    problem = check_value(f, value)
    if problem is not None:
        raise problem
    return value, encode(value)


_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_UUID_MATCH = _UUID.fullmatch
_TEXT_KINDS = frozenset(("text", "phone", "email", "enum"))
# Amounts as :func:`domain.codec.encode` writes them (read back to the same text).
_MONEY = re.compile(r"-?(?:0|[1-9][0-9]{0,17})\.[0-9]{2}")
_DATETIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6}")


def _fast(f: FieldSpec, raw: Any) -> tuple[Any, Any] | None:
    """:func:`_checked` of the commonest well-formed values, read directly (None for any
    other value: it takes :func:`_checked`, which gives the same answer for these too;
    ``tests/server/test_push_values.py`` compares them).

    Ids and lists of ids in canonical form, non-blank text, datetimes in the stored form and
    amounts with two decimals: most of a real push's values that do not repeat (so are not
    cached); the general road (``uuid.UUID``, replacements, every kind's conversion) costs
    several times more for them. The checks are the domain's own (:func:`check_value`).
    """
    kind = f.kind
    if type(raw) is str:
        if kind == "ref":
            return (raw, raw) if _UUID_MATCH(raw) else None
        if kind in _TEXT_KINDS:
            text = raw.strip()
            if text and (text.isascii() or storable(text)) and check_value(f, text) is None:
                return text, text
            return None
        if kind == "datetime" and _DATETIME.fullmatch(raw):
            try:
                value: Any = dt.datetime.fromisoformat(raw)
            except ValueError:
                return None
            return (value, raw) if check_value(f, value) is None else None
        if kind == "money" and _MONEY.fullmatch(raw):
            value = Decimal(raw)
            return (value, raw) if check_value(f, value) is None else None
        return None
    if kind == "id_list" and type(raw) is list and raw:
        for item in raw:
            if type(item) is not str or not _UUID_MATCH(item):
                return None
        value = list(raw)
        return value, value
    return None


def is_uuid(text: str) -> bool:
    """Whether ``text`` is a UUID in canonical form (lower case, with dashes)."""
    return _UUID.fullmatch(text) is not None


def _short(text: str) -> str:
    return text if len(text) <= 40 else text[:37] + "..."
