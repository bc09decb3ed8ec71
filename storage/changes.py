"""Change tracking for sync: every local edit becomes a pending-change row.

The rows are written in the same transaction as the edit (an edit that rolls back leaves
none). Edits of one record coalesce into its waiting row until a push picks that row up;
per field the latest value and its edit time are kept, and ``base_version`` stays the
version the first of those edits was made against.

Two ways in, one mechanism: ORM edits made through a :class:`~storage.uow.UnitOfWork` are
collected by :func:`install` (session flush hooks), bulk writers (import, demo) call
:func:`record_changes` themselves.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, event, inspect, text
from sqlalchemy.orm import Session

from domain.codec import encode
from domain.ids import new_id
from domain.records import spec
from storage.models import Synced, utcnow

# Fields that travel in a change besides the business fields.
TRACKED_META = ("deleted",)
_CHUNK = 500


@dataclass(frozen=True)
class Change:
    """One edit of one record: the fields it set (typed values) and when."""

    table: str
    row_id: str
    fields: dict[str, Any]
    base_version: int
    at: dt.datetime


def tracked_fields(table: str) -> tuple[str, ...]:
    """The names a change of ``table`` may carry: its business fields and ``deleted``."""
    return (*spec(table), *TRACKED_META)


def record_changes(conn: Connection, changes: Sequence[Change], *, fresh: bool = False) -> None:
    """Write ``changes`` as pending-change rows on ``conn`` (inside the caller's transaction).

    A record that already has a waiting (``pending``) row has the new fields merged into it;
    otherwise a new row with a fresh change id is inserted. Several changes of one record in
    ``changes`` are merged in order first. ``fresh=True`` promises that none of the records
    has a waiting row (they were all inserted in this transaction), which skips the lookup.
    """
    merged: dict[tuple[str, str], _Waiting] = {}
    for c in changes:
        at = c.at.isoformat(sep=" ", timespec="microseconds")
        key = (c.table, c.row_id)
        waiting = merged.get(key)
        if waiting is None:
            fields = {k: encode(v) for k, v in c.fields.items()}
            if c.base_version == 0:
                # A record the server has never seen: empty fields go without saying.
                fields = {k: v for k, v in fields.items() if v is not None and v != []}
            merged[key] = _Waiting(None, fields, {}, at, c.base_version)
        else:
            waiting.merge({k: encode(v) for k, v in c.fields.items()}, at)
    if not merged:
        return
    existing = {} if fresh else _load_waiting(conn, list(merged))
    inserts: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    for key, new in merged.items():
        old = existing.get(key)
        if old is None:
            inserts.append(
                {
                    "change_id": new_id(),
                    "table_name": key[0],
                    "row_id": key[1],
                    "base_version": new.base_version,
                    **new.params(),
                }
            )
        else:
            old.merge_from(new)
            updates.append({"seq": old.seq, **old.params()})
    if inserts:
        conn.exec_driver_sql(
            "INSERT INTO pending_changes (change_id, table_name, row_id, fields, field_times,"
            " base_version, changed_at, state) VALUES (?, ?, ?, ?, ?, ?, ?, 'pending')",
            [
                (
                    r["change_id"],
                    r["table_name"],
                    r["row_id"],
                    r["fields"],
                    r["field_times"],
                    r["base_version"],
                    r["changed_at"],
                )
                for r in inserts
            ],
        )
    if updates:
        conn.execute(
            text(
                "UPDATE pending_changes SET fields = :fields, field_times = :field_times,"
                " changed_at = :changed_at WHERE seq = :seq"
            ),
            updates,
        )


@dataclass
class _Waiting:
    """A pending change being built or merged: JSON field values and their edit times."""

    seq: int | None
    fields: dict[str, Any]
    times: dict[str, str]
    changed_at: str
    base_version: int

    def merge(self, fields: dict[str, Any], at: str) -> None:
        self.merge_from(_Waiting(None, fields, {}, at, self.base_version))

    def merge_from(self, other: _Waiting) -> None:
        # ``times`` lists only the fields whose edit time differs from ``changed_at``:
        # pin the older fields' times before ``changed_at`` moves on.
        for name in self.fields:
            self.times.setdefault(name, self.changed_at)
        for name in other.fields:
            self.times[name] = other.times.get(name, other.changed_at)
        self.fields.update(other.fields)
        self.changed_at = max(self.changed_at, other.changed_at)
        self.times = {k: v for k, v in self.times.items() if v != self.changed_at}

    def field_time(self, name: str) -> str:
        """When field ``name`` was last edited."""
        return self.times.get(name, self.changed_at)

    def params(self) -> dict[str, Any]:
        return {
            "fields": json.dumps(self.fields, ensure_ascii=False),
            "field_times": json.dumps(self.times),
            "changed_at": self.changed_at,
        }


def _load_waiting(conn: Connection, keys: list[tuple[str, str]]) -> dict[tuple[str, str], _Waiting]:
    by_table: dict[str, list[str]] = {}
    for table, row_id in keys:
        by_table.setdefault(table, []).append(row_id)
    found: dict[tuple[str, str], _Waiting] = {}
    for table, ids in by_table.items():
        for i in range(0, len(ids), _CHUNK):
            chunk = ids[i : i + _CHUNK]
            marks = ",".join("?" * len(chunk))
            rows = conn.exec_driver_sql(
                "SELECT seq, row_id, fields, field_times, changed_at, base_version"
                " FROM pending_changes WHERE state = 'pending' AND table_name = ?"
                f" AND row_id IN ({marks})",
                (table, *chunk),
            ).fetchall()
            for seq, row_id, fields, times, changed_at, base in rows:
                found[(table, row_id)] = _Waiting(
                    seq, json.loads(fields), json.loads(times), changed_at, base
                )
    return found


def pending_count(conn: Connection) -> int:
    """How many records have changes waiting to be pushed."""
    return int(
        conn.exec_driver_sql(
            "SELECT COUNT(*) FROM pending_changes WHERE state IN ('pending', 'sending')"
        ).scalar_one()
    )


# --- ORM hooks ---------------------------------------------------------------------------


def _orm_changes(session: Session) -> list[Change]:
    now = utcnow()
    changes: list[Change] = []
    for obj in session.deleted:
        if isinstance(obj, Synced):
            raise ValueError(
                f"{obj.__tablename__} {obj.id}: synced rows are never deleted outright; "
                "set deleted=True (a tombstone) so the deletion can sync"
            )
    for obj in session.new:
        if not isinstance(obj, Synced):
            continue
        table = obj.__tablename__
        _fill_defaults(obj, table)
        obj.updated_at = now
        obj.created_at = obj.created_at or now
        fields = {name: getattr(obj, name) for name in tracked_fields(table)}
        changes.append(Change(table, obj.id, fields, obj.version or 0, now))
    for obj in session.dirty:
        if not isinstance(obj, Synced) or not session.is_modified(obj, include_collections=False):
            continue
        table = obj.__tablename__
        state = inspect(obj)
        fields = {
            name: getattr(obj, name)
            for name in tracked_fields(table)
            if state.attrs[name].history.has_changes()
        }
        if not fields:
            continue
        obj.updated_at = now
        changes.append(Change(table, obj.id, fields, obj.version, now))
    return changes


def _fill_defaults(obj: Synced, table: str) -> None:
    if obj.id is None:
        obj.id = new_id()
    if obj.version is None:
        obj.version = 0
    if obj.deleted is None:
        obj.deleted = False
    for f in spec(table).values():
        if f.default is not None and getattr(obj, f.name) is None:
            default = f.default
            setattr(obj, f.name, list(default) if isinstance(default, list) else default)


def _before_flush(session: Session, _ctx: Any, _instances: Any) -> None:
    if not session.info.get("track_changes", True):
        return
    session.info.setdefault("pending_changes", []).extend(_orm_changes(session))


def _after_flush(session: Session, _ctx: Any) -> None:
    changes = session.info.pop("pending_changes", None)
    if changes:
        record_changes(session.connection(), changes)


def install(session_class: Any) -> None:
    """Attach change tracking to ``session_class`` (a Session class or sessionmaker)."""
    event.listen(session_class, "before_flush", _before_flush)
    event.listen(session_class, "after_flush", _after_flush)
