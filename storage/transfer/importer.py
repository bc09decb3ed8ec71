"""Import: check every row of a file and, only when all are right, upsert them by id.

The importer takes the :class:`~storage.transfer.sources.Source` tables in reference order
(``domain.records.TABLE_ORDER``) inside one write transaction. Each row is decoded with
``domain.validation.coerce``, validated (``partial`` when it updates an existing row), its
references checked against the database and the file, and written with
``storage.bulk.write_rows`` (change tracking on) while no problem has turned up. Any problem
makes the whole transaction roll back.

Payments also get the checks of ``services.receivables.record_payment``
(``domain.validation.check_payment`` and ``domain.receivables.check_amount``): no amount of
0, and a payment against an invoice must fit what the invoice still owes (counting the
payments of the database and those accepted from the file so far), be dated on or after
the invoice, be booked on the invoice's account and not be made against a credit note.
The invoice may come from the database or from the same file.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, func, select
from sqlalchemy.exc import IntegrityError

from domain.codec import META_FIELDS
from domain.ids import new_id
from domain.receivables import check_amount
from domain.records import SYNC_COLUMNS, TABLE_ORDER, TABLES, FieldSpec, spec
from domain.validation import FieldError, check_payment, coerce, coerce_id, validate
from storage.bulk import write_rows
from storage.database import Database
from storage.models import SYNCED_MODELS
from storage.transfer.common import (
    KEPT_PROBLEMS,
    ImportFailed,
    ImportResult,
    TableCount,
    TransferError,
    columns,
)
from storage.transfer.sources import Row, Source, blank, open_sources

_WRITE_CHUNK = 5000


@cache
def _unique_columns(table: str) -> tuple[str, ...]:
    t = SYNCED_MODELS[table].__table__
    return tuple(c.name for c in t.columns if c.unique and c.name != "id")


@dataclass
class _Table:
    """What the importer knows about the table it is reading."""

    source: Source
    fields: dict[str, FieldSpec]
    skip: set[str]  # header columns that are not columns of the table (reported once)
    missing: set[str]  # required columns the header lacks (reported once, for new rows)
    seen: dict[str, str] = field(default_factory=dict)  # id → where, in this file
    missing_reported: bool = False
    count: TableCount = field(default_factory=TableCount)

    @property
    def name(self) -> str:
        """The table's name."""
        return self.source.table


class _Importer:
    """Checks sources table by table, writing accepted rows until a problem turns up.

    Runs inside the caller's transaction; the caller rolls back when :attr:`total` > 0.
    """

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.problems: list[str] = []
        self.total = 0
        self.result = ImportResult()
        self._known: dict[str, set[str]] = {}  # ids in the database or accepted from the file
        self._unique: dict[tuple[str, str], dict[Any, str]] = {}  # value → id
        # For the payment checks: invoices accepted from the file (their values), and per
        # invoice the payments accepted from the file (id → amount).
        self._file_invoices: dict[str, dict[str, Any]] = {}
        self._file_payments: dict[str, dict[str, Decimal]] = defaultdict(dict)

    def problem(self, text: str) -> None:
        """Record one problem line."""
        self.total += 1
        if len(self.problems) < KEPT_PROBLEMS:
            self.problems.append(text)

    def run(self, sources: Iterable[Source]) -> None:
        """Check (and while all is well, write) every source, in table order."""
        by_table: dict[str, Source] = {}
        for source in sources:
            if source.table in TABLES:
                by_table[source.table] = source
            else:
                self.problem(
                    f"{source.label}: '{source.table}' is not a RepDesk table"
                    f" (tables: {', '.join(TABLE_ORDER)})"
                )
        for table in TABLE_ORDER:
            if table in by_table:
                self._table(by_table[table])

    def _ids(self, table: str) -> set[str]:
        if table not in self._known:
            t = SYNCED_MODELS[table].__table__
            self._known[table] = set(self.conn.execute(select(t.c.id)).scalars())
        return self._known[table]

    def _table(self, source: Source) -> None:
        self._ids(source.table)  # the database's ids, before this table's rows are written
        state = self._header(source)
        self.result.tables[source.table] = state.count
        batch: list[dict[str, Any]] = []
        try:
            for row in source.rows:
                record = self._row(state, row)
                if record is not None and not self.total:
                    batch.append(record)
                    if len(batch) >= _WRITE_CHUNK:
                        self._write(state, batch)
                        batch = []
        except TransferError as exc:  # the rest of the file cannot be read
            self.problem(str(exc))
        if batch and not self.total:
            self._write(state, batch)

    def _header(self, source: Source) -> _Table:
        """The table's state, after reporting unknown and repeated header columns."""
        fields = spec(source.table)
        if source.header is None:
            return _Table(source, fields, set(), set())
        where = f"{source.label} row 1"
        header = source.header
        unknown = {c for c in header if c not in fields and c not in SYNC_COLUMNS}
        for name in sorted(unknown):
            self.problem(
                f"{where}, column {name or '(no name)'}: is not a column of {source.table}"
                f" (columns: {', '.join(columns(source.table))})"
            )
        for name in sorted({c for c in header if header.count(c) > 1}):
            self.problem(f"{where}, column {name}: appears more than once")
        missing = {f.name for f in fields.values() if f.required and f.default is None} - set(
            header
        )
        return _Table(source, fields, unknown, missing)

    def _row(self, state: _Table, row: Row) -> dict[str, Any] | None:
        """The typed record of ``row``, or None after reporting what is wrong with it."""
        if row.problem:
            self.problem(f"{row.where}: {row.problem}")
            return None
        values, meta, failed = self._decode(state, row)
        row_id = meta.pop("id", None) or new_id()
        errors = list(failed.values())
        exists = self._claim(state, row_id, row.where, errors)
        quiet = failed.keys() | state.missing  # reported already (or once, for the header)
        errors += [
            e.text("en")
            for e in validate(state.name, values, partial=exists)
            if e.field not in quiet
        ]
        errors += self._references(state, values) + self._uniques(state, row_id, values)
        if not errors and state.name == "invoices":
            self._file_invoices[row_id] = values
        elif not errors and state.name == "payments":
            errors += self._payment_rules(row_id, values, exists)
        for text in errors:
            self.problem(f"{row.where}, {state.source.word} {text}")
        if state.missing and not exists:
            self._report_missing(state)
            return None
        return None if errors else {**values, **meta, "id": row_id}

    def _decode(
        self, state: _Table, row: Row
    ) -> tuple[dict[str, Any], dict[str, Any], dict[str, str]]:
        """The row's typed business values and given bookkeeping values; what failed, why."""
        values: dict[str, Any] = {}
        meta: dict[str, Any] = {}
        failed: dict[str, str] = {}
        for name, raw in row.values.items():
            if name in state.skip:
                continue
            try:
                if name not in SYNC_COLUMNS:
                    values[name] = _decode_field(state, name, raw)
                elif not blank(raw):  # a blank bookkeeping cell: not given
                    meta[name] = coerce_id(raw) if name == "id" else coerce(_META[name], raw)
            except FieldError as err:
                hint = _json_hint(raw)
                failed[name] = err.text("en") + (f" ({hint})" if hint else "")
        return values, meta, failed

    def _report_missing(self, state: _Table) -> None:
        """Report the required columns the header lacks, once per table."""
        if not state.missing_reported:
            for name in sorted(state.missing):
                self.problem(
                    f"{state.source.label} row 1: column {name} is missing (new rows need it)"
                )
            state.missing_reported = True

    def _claim(self, state: _Table, row_id: str, where: str, errors: list[str]) -> bool:
        """Note ``row_id`` as in this file; returns whether the database already has it."""
        first = state.seen.setdefault(row_id, where)
        if first is not where:
            errors.append(f"id: '{row_id}' appears more than once in the file (first: {first})")
            return True
        known = self._known[state.name]
        exists = row_id in known
        known.add(row_id)
        return exists

    def _references(self, state: _Table, values: dict[str, Any]) -> list[str]:
        errors = []
        for f in _ref_fields(state.name):
            value = values.get(f.name)
            if not value:
                continue
            known = self._ids(f.ref or "")
            for target in value if f.kind == "id_list" else [value]:
                if target not in known:
                    params = {"table": f.ref, "value": target}
                    errors.append(FieldError(f.name, "missing_ref", params).text("en"))
        return errors

    def _uniques(self, state: _Table, row_id: str, values: dict[str, Any]) -> list[str]:
        errors = []
        for name in _unique_columns(state.name):
            value = values.get(name)
            if value is None:
                continue
            owner = self._unique_values(state.name, name).setdefault(value, row_id)
            if owner != row_id:
                errors.append(f"{name}: '{value}' is already used by {state.name} {owner}")
        return errors

    def _payment_rules(self, row_id: str, values: dict[str, Any], exists: bool) -> list[str]:
        """What ``record_payment`` would refuse in a payment row (see the module text)."""
        payment = dict(values)
        if exists:  # an update: the database's values for the columns the file leaves out
            t = SYNCED_MODELS["payments"].__table__
            found = self.conn.execute(
                select(t.c.account_id, t.c.invoice_id, t.c.paid_on, t.c.amount).where(
                    t.c.id == row_id
                )
            ).one_or_none()
            if found is not None:
                payment = {**found._asdict(), **values}
        errors = check_amount(payment)
        invoice_id = payment.get("invoice_id")
        invoice = self._invoice(invoice_id) if invoice_id else None
        if invoice is not None and invoice_id:
            from_file = self._file_payments[invoice_id]
            paid = self._paid_in_database(invoice_id, {row_id, *from_file}) + sum(
                (a for pid, a in from_file.items() if pid != row_id), Decimal(0)
            )
            amount = invoice.get("amount")
            errors += check_payment(
                payment,
                invoice_account_id=invoice.get("account_id") or "",
                invoice_kind=invoice.get("kind"),
                issued_on=invoice["issued_on"],
                open_amount=(amount if isinstance(amount, Decimal) else Decimal(0)) - paid,
            )
            if not errors and isinstance(payment.get("amount"), Decimal):
                from_file[row_id] = payment["amount"]
        return [e.text("en") for e in errors]

    def _invoice(self, invoice_id: str) -> dict[str, Any] | None:
        """The invoice a payment is made against: the file's values over the database's;
        None when it is unknown, deleted or has no issue date to check against."""
        t = SYNCED_MODELS["invoices"].__table__
        found = self.conn.execute(
            select(t.c.account_id, t.c.kind, t.c.issued_on, t.c.amount, t.c.deleted).where(
                t.c.id == invoice_id
            )
        ).one_or_none()
        invoice = {**(found._asdict() if found is not None else {})}
        invoice.update(self._file_invoices.get(invoice_id, {}))
        if invoice.get("deleted") or not invoice.get("issued_on"):
            return None
        return invoice

    def _paid_in_database(self, invoice_id: str, leave_out: set[str]) -> Decimal:
        """The live payments of the database against ``invoice_id``, but ``leave_out``
        (payments the file sets again)."""
        t = SYNCED_MODELS["payments"].__table__
        paid = self.conn.execute(
            select(func.coalesce(func.sum(t.c.amount), 0)).where(
                t.c.invoice_id == invoice_id, t.c.deleted.is_(False), t.c.id.not_in(leave_out)
            )
        ).scalar_one()
        return Decimal(paid or 0)

    def _unique_values(self, table: str, name: str) -> dict[Any, str]:
        key = (table, name)
        if key not in self._unique:
            t = SYNCED_MODELS[table].__table__
            rows = self.conn.execute(select(t.c[name], t.c.id).where(t.c[name].is_not(None)))
            self._unique[key] = {value: row_id for value, row_id in rows}
        return self._unique[key]

    def _write(self, state: _Table, rows: list[dict[str, Any]]) -> None:
        try:
            inserted, updated = write_rows(self.conn, state.name, rows, track=True)
        except IntegrityError as exc:
            self.problem(f"{state.source.label}: the database refused the rows ({exc.orig})")
            return
        state.count.inserted += inserted
        state.count.updated += updated
        state.count.unchanged += len(rows) - inserted - updated


# The bookkeeping fields as domain.codec.decode_field reads them (a blank one is "not given").
_META = {name: FieldSpec(name, kind) for name, kind in META_FIELDS.items()}  # type: ignore[arg-type]


@cache
def _ref_fields(table: str) -> tuple[FieldSpec, ...]:
    return tuple(f for f in TABLES[table] if f.ref is not None)


def _decode_field(state: _Table, name: str, raw: Any) -> Any:
    """The typed value of business field ``name``; FieldError naming it when unreadable."""
    f = state.fields.get(name)
    if f is None:
        raise FieldError(name, "unknown_field", {"table": state.name})
    return coerce(f, raw)


def _json_hint(raw: Any) -> str | None:
    """Where the JSON parser stopped in ``raw`` (cell text meant as JSON), if it did."""
    if not isinstance(raw, str) or raw.lstrip()[:1] not in ("[", "{", '"'):
        return None
    try:
        json.loads(raw)
    except json.JSONDecodeError as exc:
        return f"line {exc.lineno} column {exc.colno}: {exc.msg}"
    return None


def import_file(
    db: Database, path: str | Path, *, table: str | None = None, encoding: str = "utf-8"
) -> ImportResult:
    """Import a .json, .xlsx or .csv file into ``db``: upsert by id, all or nothing.

    Every row is decoded and validated; references must point to rows in the database or
    in the same file. Nothing is written unless every row is right: otherwise
    :class:`ImportFailed` lists the problems (:class:`TransferError` when the file cannot be
    read at all). ``table`` and ``encoding`` apply to CSV (default table: the file stem).
    """
    path = Path(path)
    with (
        open_sources(path, table, encoding) as sources,
        db.engine.execution_options(repdesk_write=True).begin() as conn,
    ):
        importer = _Importer(conn)
        importer.run(sources)
        if importer.total:
            raise ImportFailed(path.name, importer.problems, importer.total)
    return importer.result
