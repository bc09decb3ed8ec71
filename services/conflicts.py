"""Sync conflicts the rep can see, restore or dismiss.

A conflict is a value that lost a same-field merge (or an edit of a record someone else
deleted), kept by sync in the local ``conflicts`` table. Restoring puts the lost value back
as a normal edit (through :func:`services.records.update`, so it becomes a pending change
and wins at the next sync) and marks the conflict resolved, in one unit of work.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from domain.codec import decode_field
from domain.records import spec
from domain.validation import FieldError
from services import records
from services.account_detail import Row
from storage.models import SYNCED_MODELS, Conflict, PendingChange
from storage.uow import NotFound, UnitOfWork

DELETED = "deleted"


@dataclass(frozen=True)
class ConflictView:
    """One conflict as the rep sees it; values in their JSON form."""

    id: str
    table: str
    row_id: str
    field: str
    kept: Any
    lost: Any
    kept_by: str | None
    lost_by: str | None
    kept_at: dt.datetime | None
    lost_at: dt.datetime | None
    detected_at: dt.datetime
    resolved: bool

    def as_json(self) -> dict[str, Any]:
        """A JSON-ready dict (times as ISO text)."""
        out = dict(self.__dict__)
        for name in ("kept_at", "lost_at", "detected_at"):
            value = out[name]
            out[name] = value.isoformat() if value is not None else None
        return out


def _view(c: Conflict) -> ConflictView:
    return ConflictView(
        id=c.id,
        table=c.table_name,
        row_id=c.row_id,
        field=c.field,
        kept=c.kept_value,
        lost=c.lost_value,
        kept_by=c.kept_by,
        lost_by=c.lost_by,
        kept_at=c.kept_at,
        lost_at=c.lost_at,
        detected_at=c.detected_at,
        resolved=c.resolved,
    )


def list_conflicts(uow: UnitOfWork, *, include_resolved: bool = False) -> list[ConflictView]:
    """Open conflicts (all with ``include_resolved``), newest first."""
    query = select(Conflict).order_by(Conflict.detected_at.desc(), Conflict.id)
    if not include_resolved:
        query = query.where(Conflict.resolved.is_(False))
    return [_view(c) for c in uow.session.scalars(query)]


def _open(uow: UnitOfWork, conflict_id: str) -> Conflict:
    conflict = uow.session.get(Conflict, conflict_id)
    if conflict is None:
        raise NotFound(f"conflicts {conflict_id}")
    return conflict


def lost_changes(view: ConflictView) -> dict[str, Any]:
    """The typed field values :func:`restore` would set back on the record.

    For a field conflict: that field's lost value. For an edit refused because the record
    was deleted (field ``deleted``): ``deleted=False`` plus the refused edit's fields.
    """
    if view.field != DELETED:
        return {view.field: decode_field(view.table, view.field, view.lost)}
    changes: dict[str, Any] = {DELETED: False}
    if isinstance(view.lost, dict):
        for name, raw in view.lost.items():
            if name != DELETED:
                changes[name] = decode_field(view.table, name, raw)
    return changes


@dataclass(frozen=True)
class Restored:
    """What :func:`restore` changed, for :func:`undo_restore`."""

    conflict_id: str
    table: str
    row_id: str
    values: dict[str, Any]  # the values set (typed)
    previous: dict[str, Any]  # the record's values before (typed)
    undeleted: bool  # the record was a tombstone and was brought back


def restore(uow: UnitOfWork, conflict_id: str) -> Restored:
    """Set the lost value back on its record and mark the conflict resolved (one commit).

    Raises :class:`~storage.uow.NotFound` when the conflict or the record is gone,
    :class:`~services.errors.ValidationFailed` when the value no longer fits; nothing is
    written then.
    """
    conflict = _open(uow, conflict_id)
    changes = lost_changes(_view(conflict))
    model = SYNCED_MODELS[conflict.table_name]
    undeleted = changes.pop(DELETED, None) is False
    if undeleted:
        row = uow.session.get(model, conflict.row_id)
        if row is None:
            raise NotFound(f"{conflict.table_name} {conflict.row_id}")
        row.deleted = False  # an explicit undelete, which the server applies
    conflict.resolved = True
    previous = records.update(uow, conflict.table_name, conflict.row_id, changes)  # commits
    return Restored(conflict_id, conflict.table_name, conflict.row_id, changes, previous, undeleted)


def undo_restore(uow: UnitOfWork, done: Restored) -> None:
    """Undo :func:`restore`: the record's previous values back (a tombstone again if it
    was one) and the conflict open again, in one commit."""
    _open(uow, done.conflict_id).resolved = False
    row = uow.session.get(SYNCED_MODELS[done.table], done.row_id)
    if row is None:
        raise NotFound(f"{done.table} {done.row_id}")
    for name, value in done.previous.items():  # values the record held: valid then
        setattr(row, name, value)
    if done.undeleted:
        row.deleted = True
    uow.commit()


def dismiss(uow: UnitOfWork, conflict_id: str) -> str:
    """Mark a conflict resolved, keeping the value that won; returns its id (for
    :func:`reopen`)."""
    _open(uow, conflict_id).resolved = True
    uow.commit()
    return conflict_id


def reopen(uow: UnitOfWork, conflict_id: str) -> None:
    """Put a dismissed conflict back on the list (undo of :func:`dismiss`)."""
    _open(uow, conflict_id).resolved = False
    uow.commit()


# --- what the Sync page shows --------------------------------------------------------------

LABEL_FIELDS = ("name", "subject", "number", "display_name", "login")


@dataclass(frozen=True)
class ConflictRow:
    """A conflict with what a person reads: the record's name and both values typed.

    ``kept`` and ``lost`` hold the field's typed value under ``conflict.field`` (for an edit
    of a deleted record: ``kept`` is ``{"deleted": True}`` and ``lost`` the refused edit's
    fields), with the names of the records a reference points at.
    """

    conflict: ConflictView
    record: str
    kept: Row
    lost: Row


@dataclass(frozen=True)
class RejectedChange:
    """A local change the server refused, kept (not resent) so the rep can see and export it."""

    seq: int
    change_id: str
    table: str
    row_id: str
    record: str
    fields: dict[str, Any]
    reason: str
    changed_at: dt.datetime

    def as_json(self) -> dict[str, Any]:
        """A JSON-ready dict (the fields in their JSON form, the time as ISO text)."""
        out = dict(self.__dict__)
        out["changed_at"] = self.changed_at.isoformat()
        return out


def record_label(uow: UnitOfWork, table: str, row_id: str) -> str:
    """The name people know a record by (its name, subject or number), else a short id."""
    row = uow.session.get(SYNCED_MODELS[table], row_id)
    for name in LABEL_FIELDS:
        value = getattr(row, name, None) if row is not None else None
        if value:
            return str(value)
    return row_id[:8]


def _typed(uow: UnitOfWork, table: str, raw: dict[str, Any]) -> Row:
    fields = spec(table)
    values: dict[str, Any] = {}
    names: dict[str, str] = {}
    for name, value in raw.items():
        try:
            values[name] = decode_field(table, name, value)
        except FieldError:
            values[name] = value
        field = fields.get(name)
        if field is None or field.ref is None or not value:
            continue
        ids = value if isinstance(value, list) else [value]
        names[name] = ", ".join(record_label(uow, field.ref, str(i)) for i in ids)
    return Row(id="", values=values, names=names)


def conflict_rows(uow: UnitOfWork) -> list[ConflictRow]:
    """The open conflicts, newest first, ready to show."""
    out = []
    for view in list_conflicts(uow):
        if view.field == DELETED:
            lost = view.lost if isinstance(view.lost, dict) else {}
            kept_row = Row(id="", values={DELETED: True})
            lost_row = _typed(uow, view.table, {k: v for k, v in lost.items() if k != DELETED})
        else:
            kept_row = _typed(uow, view.table, {view.field: view.kept})
            lost_row = _typed(uow, view.table, {view.field: view.lost})
        record = record_label(uow, view.table, view.row_id)
        out.append(ConflictRow(view, record, kept_row, lost_row))
    return out


def rejected_changes(uow: UnitOfWork) -> list[RejectedChange]:
    """The changes the server refused (kept locally, not resent), oldest first."""
    query = (
        select(PendingChange).where(PendingChange.state == "rejected").order_by(PendingChange.seq)
    )
    return [
        RejectedChange(
            seq=c.seq,
            change_id=c.change_id,
            table=c.table_name,
            row_id=c.row_id,
            record=record_label(uow, c.table_name, c.row_id),
            fields=dict(c.fields),
            reason=c.reject_reason or "",
            changed_at=c.changed_at,
        )
        for c in uow.session.scalars(query)
    ]
