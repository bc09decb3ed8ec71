"""Writing many rows at once (import, demo data) with change tracking.

The ORM's unit of work is right for a user's edit but slow for a hundred thousand rows;
:func:`write_rows` uses Core ``executemany`` inside the caller's transaction and records
pending changes through the same :func:`storage.changes.record_changes` as the ORM path.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, Table, bindparam, select

from domain.ids import new_id
from domain.records import spec
from storage.changes import Change, record_changes, tracked_fields
from storage.models import SYNCED_MODELS, utcnow

_CHUNK = 500
_META_DEFAULTS = {"version": 0, "deleted": False}


def _table(name: str) -> Table:
    table = SYNCED_MODELS[name].__table__
    assert isinstance(table, Table)
    return table


def existing_rows(conn: Connection, table: str, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """The stored rows of ``table`` among ``ids`` (deleted ones too), by id, typed."""
    t = _table(table)
    found: dict[str, dict[str, Any]] = {}
    for i in range(0, len(ids), _CHUNK):
        for row in conn.execute(select(t).where(t.c.id.in_(ids[i : i + _CHUNK]))).mappings():
            found[row["id"]] = dict(row)
    return found


def write_rows(
    conn: Connection, table: str, rows: Iterable[dict[str, Any]], *, track: bool = True
) -> tuple[int, int]:
    """Insert or update ``rows`` of ``table`` by id; returns ``(inserted, updated)``.

    Each row is a dict of typed values (already validated) and may carry ``id`` (made here
    when missing) and the bookkeeping fields (version, created_at, updated_at, deleted),
    which are kept as given. A new row gets every field; an existing row is updated only in
    the fields given whose value differs. With ``track`` the changed fields become pending
    changes in the same transaction.
    """
    t = _table(table)
    fields = spec(table)
    now = utcnow()
    rows = list(rows)
    for row in rows:
        if "id" not in row:
            row["id"] = new_id()
    old = existing_rows(conn, table, [r["id"] for r in rows])
    inserts: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    changes: list[Change] = []
    tracked = tracked_fields(table)
    for row in rows:
        current = old.get(row["id"])
        if current is None:
            full: dict[str, Any] = {c.name: None for c in t.columns}
            for f in fields.values():
                if f.default is not None:
                    full[f.name] = list(f.default) if isinstance(f.default, list) else f.default
            full.update(_META_DEFAULTS)
            full.update({"created_at": now, "updated_at": now})
            full.update(row)
            inserts.append(full)
            if track:
                changed = {k: full[k] for k in tracked}
                changes.append(Change(table, row["id"], changed, full["version"], now))
        else:
            diff = {k: v for k, v in row.items() if k != "id" and current.get(k) != v}
            if not diff:
                continue
            diff.setdefault("updated_at", now)
            merged = {**current, **diff}
            updates.append(merged)
            if track:
                changed = {k: v for k, v in diff.items() if k in tracked}
                if changed:
                    changes.append(Change(table, row["id"], changed, current["version"], now))
    if inserts:
        _insert(conn, table, inserts)
    if updates:
        stmt = (
            t.update()
            .where(t.c.id == bindparam("_id"))
            .values({c.name: bindparam(c.name) for c in t.columns if c.name != "id"})
        )
        conn.execute(stmt, [{**u, "_id": u["id"]} for u in updates])
    if track:
        # Rows inserted just now cannot have a waiting change: skip looking for one.
        record_changes(conn, changes, fresh=len(inserts) == len(changes))
    return len(inserts), len(updates)


def _insert(conn: Connection, table: str, rows: list[dict[str, Any]]) -> None:
    # Convert with each column type's own bind processor, then hand tuples to the driver:
    # several times faster than Core's per-row parameter handling for wide tables.
    t = _table(table)
    dialect = conn.dialect
    columns = [(c.name, c.type.dialect_impl(dialect).bind_processor(dialect)) for c in t.columns]
    sql = f"INSERT INTO {table} ({', '.join(n for n, _ in columns)}) VALUES ({', '.join('?' * len(columns))})"
    params = [tuple(proc(row[n]) if proc else row[n] for n, proc in columns) for row in rows]
    conn.exec_driver_sql(sql, params)
