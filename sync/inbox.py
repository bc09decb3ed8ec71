"""Applying pulled pages to the rep database: records, revocations, the full re-pull sweep.

Records are decoded per field with the record specs (``domain.validation.coerce``, with
exact shortcuts for well-formed text and ids) and upserted with one ``executemany`` per
table and page. Fields with a local change still waiting keep the local value.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Table
from sqlalchemy.exc import DBAPIError

from domain.records import TABLE_ORDER, FieldSpec, spec
from domain.validation import FieldError, coerce
from storage.models import SYNCED_MODELS, utcnow
from sync.local import LIVE, UNSTORED, chunks, marks, read_state, store_conflicts, write_state
from sync.protocol import PullResponse, RecordState

# Where each table hangs under its scope root (docs/sync-protocol.md, "Scope").
SCOPE_PARENT: dict[str, tuple[str, str]] = {
    "contacts": ("account_id", "accounts"),
    "projects": ("account_id", "accounts"),
    "activities": ("account_id", "accounts"),
    "evaluations": ("account_id", "accounts"),
    "invoices": ("account_id", "accounts"),
    "payments": ("account_id", "accounts"),
    "project_roles": ("project_id", "projects"),
    "project_steps": ("project_id", "projects"),
    "profile_assessments": ("contact_id", "contacts"),
}
REVOKED_REASON = "not_found: the account is no longer shared with you"

_MISSING = object()
_TEXT_KINDS = ("text", "phone", "email", "enum")
_CANONICAL_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _decoder(f: FieldSpec) -> Callable[[Any], Any]:
    """``coerce`` for field ``f``, with exact shortcuts for the common well-formed values.

    Text that is already text is only stripped (what coerce does); an id already in
    canonical form is kept. Everything else goes through :func:`domain.validation.coerce`.
    """
    if f.kind in _TEXT_KINDS:

        def text(raw: Any) -> Any:
            if type(raw) is str:
                return raw.strip() or None
            return coerce(f, raw)

        return text
    if f.kind == "ref":
        return lambda raw: raw if _is_canonical(raw) else coerce(f, raw)
    if f.kind == "id_list":

        def ids(raw: Any) -> Any:
            if type(raw) is list and all(_is_canonical(i) for i in raw):
                return list(raw)
            return coerce(f, raw)

        return ids
    return lambda raw: coerce(f, raw)


def _is_canonical(raw: Any) -> bool:
    return type(raw) is str and _CANONICAL_ID.fullmatch(raw) is not None


class _Unreadable(Exception):
    """A pulled value the field's kind cannot hold (the record is skipped)."""


@dataclass(frozen=True)
class Unstored:
    """A pulled record the local database could not store, and why."""

    table: str
    id: str
    version: int
    reason: str

    @property
    def key(self) -> str:
        """``"<table> <id>"``: how sync state and reports name it."""
        return f"{self.table} {self.id}"


class _TableWriter:
    """Turns pulled records of one table into rows of storage values and upserts them."""

    def __init__(self, conn: Connection, table: str) -> None:
        model_table = SYNCED_MODELS[table].__table__
        assert isinstance(model_table, Table)
        self.table = table
        self.columns = [c.name for c in model_table.columns]
        dialect = conn.dialect
        binds = {
            c.name: c.type.dialect_impl(dialect).bind_processor(dialect)
            for c in model_table.columns
        }
        specs = spec(table)
        self.plan: list[tuple[str, FieldSpec | None, Any, Any]] = [
            (name, specs.get(name), binds[name], _decoder(specs[name]) if name in specs else None)
            for name in self.columns
        ]
        # Columns that cannot hold null but have a default: a null from the server (a create
        # an old server stored without the field) means that default.
        self.fill = {
            c.name: specs[c.name].default
            for c in model_table.columns
            if c.name in specs and not c.nullable and specs[c.name].default is not None
        }
        self._stamp = binds["updated_at"]
        cols = ", ".join(self.columns)
        updates = ", ".join(
            f"{c} = excluded.{c}" for c in self.columns if c not in ("id", "created_at")
        )
        self.upsert = (
            f"INSERT INTO {table} ({cols}) VALUES ({marks(len(self.columns))})"
            f" ON CONFLICT(id) DO UPDATE SET {updates}"
        )

    def row(self, rec: RecordState, stamp: Any) -> list[Any]:
        """The storage values of ``rec`` in column order (``stamp``: created/updated at)."""
        fields = rec.fields
        out: list[Any] = []
        for name, f, bind, decode in self.plan:
            if f is None:  # bookkeeping; the server sends no times (an update keeps created_at)
                if name == "id":
                    out.append(rec.id)
                elif name == "version":
                    out.append(rec.version)
                else:
                    out.append(int(rec.deleted) if name == "deleted" else stamp)
                continue
            raw = fields.get(name, _MISSING)
            if raw is _MISSING or (raw is None and name in self.fill):
                value = _copy(f.default)
            elif raw is None:
                value = [] if f.kind in ("tags", "id_list") else None
            else:
                try:
                    value = decode(raw)
                except FieldError as exc:
                    raise _Unreadable(str(exc)) from None
            out.append(bind(value) if bind is not None else value)
        return out

    def write(
        self, conn: Connection, records: Sequence[RecordState], now: dt.datetime
    ) -> list[Unstored]:
        """Upsert ``records``; fields with a local pending edit keep the local value.

        Returns the records that could not be stored (unreadable values, or rows the local
        schema refuses); the others are stored all the same.
        """
        stamp = self._stamp(now) if self._stamp is not None else now
        failed: list[Unstored] = []
        rows: list[list[Any]] = []
        kept: list[RecordState] = []
        for rec in records:
            try:
                rows.append(self.row(rec, stamp))
                kept.append(rec)
            except _Unreadable as exc:
                failed.append(Unstored(self.table, rec.id, rec.version, str(exc)))
        records = kept
        if self.table == "reps":
            _free_logins(conn, records)
        edited = pending_fields(conn, self.table, [r.id for r in records])
        if edited:
            local = self._local_rows(conn, list(edited))
            index = {name: i for i, name in enumerate(self.columns)}
            for row in rows:
                mine = local.get(row[index["id"]])
                if mine is None:
                    continue
                for name in edited.get(mine[index["id"]], ()):
                    if name in index:
                        row[index[name]] = mine[index[name]]
        try:
            with conn.begin_nested():
                conn.exec_driver_sql(self.upsert, [tuple(r) for r in rows])
        except DBAPIError:  # some row is refused: store the others one by one
            for rec, row in zip(records, rows, strict=True):
                try:
                    with conn.begin_nested():
                        conn.exec_driver_sql(self.upsert, tuple(row))
                except DBAPIError as exc:
                    reason = str(exc.orig).splitlines()[0][:200]
                    failed.append(Unstored(self.table, rec.id, rec.version, reason))
        return failed

    def _local_rows(self, conn: Connection, ids: list[str]) -> dict[str, tuple[Any, ...]]:
        found: dict[str, tuple[Any, ...]] = {}
        position = self.columns.index("id")
        for chunk in chunks(ids):
            for row in conn.exec_driver_sql(
                f"SELECT {', '.join(self.columns)} FROM {self.table}"
                f" WHERE id IN ({marks(len(chunk))})",
                tuple(chunk),
            ):
                found[row[position]] = tuple(row)
        return found


def _copy(value: Any) -> Any:
    return (
        list(value)
        if isinstance(value, list)
        else dict(value)
        if isinstance(value, dict)
        else value
    )


def _free_logins(conn: Connection, records: Sequence[RecordState]) -> None:
    """Rename local reps holding a login the server gives to another id (login is unique).

    Reps are managed on the server; a local row with the same login (a placeholder made
    before the first sync, refused by the server) keeps its id and references, and its
    login gets a ``#local`` suffix so the server's rep can take the login.
    """
    logins = {r.fields.get("login"): r.id for r in records if r.fields.get("login")}
    for chunk in chunks(list(logins)):
        for row_id, login in conn.exec_driver_sql(
            f"SELECT id, login FROM reps WHERE login IN ({marks(len(chunk))})", tuple(chunk)
        ).fetchall():
            if logins[login] != row_id:
                conn.exec_driver_sql(
                    "UPDATE reps SET login = ? WHERE id = ?",
                    (f"{login[:40]}#local-{row_id[:8]}", row_id),
                )


_WRITERS: dict[str, _TableWriter] = {}


def _writer(conn: Connection, table: str) -> _TableWriter:
    writer = _WRITERS.get(table)
    if writer is None:
        writer = _WRITERS[table] = _TableWriter(conn, table)
    return writer


def pending_fields(conn: Connection, table: str, ids: Sequence[str]) -> dict[str, set[str]]:
    """The fields with a local change waiting (pending or sending), by record id."""
    found: dict[str, set[str]] = {}
    for chunk in chunks(list(ids)):
        for row_id, fields in conn.exec_driver_sql(
            f"SELECT row_id, fields FROM pending_changes WHERE {LIVE} AND table_name = ?"
            f" AND row_id IN ({marks(len(chunk))})",
            (table, *chunk),
        ):
            found.setdefault(row_id, set()).update(json.loads(fields))
    return found


@dataclass
class PageOutcome:
    """What applying one pulled page did."""

    records: int = 0
    conflicts: int = 0
    removed: int = 0
    unstored: list[Unstored] = field(default_factory=list)  # newly failed (not known before)
    touched: set[str] = field(default_factory=set)  # tables whose local rows changed


def apply_page(
    conn: Connection,
    page: PullResponse,
    *,
    seen: set[tuple[str, str]] | None = None,
    revocations: bool = True,
) -> PageOutcome:
    """Write one pulled page (inside the caller's transaction, with the new checkpoint).

    Revocations first (an account granted again comes back with newer versions in this or
    a later page), then the records table by table, then the conflicts. ``seen`` collects
    ``(table, id)`` of every record sent, for a full re-pull's final sweep.
    """
    out = PageOutcome()
    if revocations and page.revoked:
        out.removed += remove_accounts(conn, page.revoked)
        out.touched.update(["accounts", *SCOPE_PARENT])
    by_table: dict[str, list[RecordState]] = {}
    for rec in page.records:
        if rec.table in SYNCED_MODELS:
            by_table.setdefault(rec.table, []).append(rec)
    now = utcnow()
    failed: list[Unstored] = []
    for table in TABLE_ORDER:
        records = by_table.get(table)
        if records:
            failed += _writer(conn, table).write(conn, records, now)
            out.records += len(records)
            out.touched.add(table)
            if seen is not None:
                seen.update((table, r.id) for r in records)
    out.unstored = _note_unstored(conn, page.records, failed)
    out.records -= len(failed)
    out.conflicts = store_conflicts(conn, page.conflicts)
    return out


def _note_unstored(
    conn: Connection, records: Sequence[RecordState], failed: list[Unstored]
) -> list[Unstored]:
    """Keep sync state's list of records that could not be stored up to date with a page.

    Records of the page that were stored leave it; failed ones enter it (with the version
    and reason). Returns those not already listed at that version: what to report.
    """
    known: dict[str, Any] = read_state(conn).get(UNSTORED) or {}
    if not known and not failed:
        return []
    listed = dict(known)
    for rec in records:
        listed.pop(f"{rec.table} {rec.id}", None)
    new = []
    for item in failed:
        before = known.get(item.key)
        if before is None or before.get("version") != item.version:
            new.append(item)
        listed[item.key] = {"version": item.version, "reason": item.reason}
    if listed != known:
        write_state(conn, {UNSTORED: listed or None})
    return new


def forget_unstored(conn: Connection, keep: Callable[[str, str], bool]) -> None:
    """Drop records from sync state's list of unstored ones unless ``keep(table, id)``."""
    known: dict[str, Any] = read_state(conn).get(UNSTORED) or {}
    listed = {key: item for key, item in known.items() if keep(*key.split(" ", 1))}
    if listed != known:
        write_state(conn, {UNSTORED: listed or None})


def _ids(conn: Connection, sql: str, params: Sequence[Any]) -> list[str]:
    return [r[0] for r in conn.exec_driver_sql(sql, tuple(params))]


def remove_accounts(conn: Connection, account_ids: Sequence[str]) -> int:
    """Delete accounts that left the rep's scope and everything under them (no tombstones).

    Waiting changes of those records become ``rejected`` (kept for the rep to see).
    """
    revoked = set(account_ids)
    forget_unstored(conn, lambda table, row_id: not (table == "accounts" and row_id in revoked))
    doomed: dict[str, list[str]] = {"accounts": []}
    for chunk in chunks(list(account_ids)):
        doomed["accounts"] += _ids(
            conn, f"SELECT id FROM accounts WHERE id IN ({marks(len(chunk))})", chunk
        )
    for table in TABLE_ORDER:
        if table not in SCOPE_PARENT:
            continue
        column, parent = SCOPE_PARENT[table]
        parents = doomed.get(parent, [])
        found: list[str] = []
        for chunk in chunks(parents):
            found += _ids(
                conn, f"SELECT id FROM {table} WHERE {column} IN ({marks(len(chunk))})", chunk
            )
        doomed[table] = found
    return _delete(conn, doomed, REVOKED_REASON)


def _delete(conn: Connection, doomed: dict[str, list[str]], reason: str) -> int:
    gone = {(table, row_id) for table, ids in doomed.items() for row_id in ids}
    forget_unstored(conn, lambda table, row_id: (table, row_id) not in gone)
    removed = 0
    for table, ids in doomed.items():
        for chunk in chunks(ids):
            slots = marks(len(chunk))
            conn.exec_driver_sql(f"DELETE FROM {table} WHERE id IN ({slots})", tuple(chunk))
            conn.exec_driver_sql(
                f"UPDATE pending_changes SET state = 'rejected', reject_reason = ?"
                f" WHERE {LIVE} AND table_name = ? AND row_id IN ({slots})",
                (reason, table, *chunk),
            )
        removed += len(ids)
    return removed


def remove_unsent(conn: Connection, seen: set[tuple[str, str]], tables: Sequence[str]) -> int:
    """After a full re-pull: delete synced rows the server did not send, unless edited.

    Rows never pushed (version 0) and rows with a waiting change stay (they are pushed).
    Records listed as not stored that the server no longer sends are forgotten too.
    """
    forget_unstored(conn, lambda table, row_id: table not in tables or (table, row_id) in seen)
    doomed: dict[str, list[str]] = {}
    for table in tables:
        waiting = {
            r[0]
            for r in conn.exec_driver_sql(
                f"SELECT row_id FROM pending_changes WHERE {LIVE} AND table_name = ?", (table,)
            )
        }
        doomed[table] = [
            row_id
            for (row_id,) in conn.exec_driver_sql(f"SELECT id FROM {table} WHERE version > 0")
            if (table, row_id) not in seen and row_id not in waiting
        ]
    return _delete(conn, doomed, "not_found: the server no longer has this record")
