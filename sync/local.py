"""The sync engine's side of the rep database: transactions, sync state, conflicts, digests.

Everything in ``sync.local``, ``sync.outbox`` and ``sync.inbox`` runs on a Core connection
inside a transaction the caller opens with :func:`writing` (``BEGIN IMMEDIATE``; foreign-key
enforcement off, see there). Nothing there records pending changes: what the server sent is
not the rep's own edit. Values travel in their JSON form (``domain/codec.py``).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Table, insert

from domain.codec import decode_field
from domain.validation import FieldError
from storage.database import Database
from storage.models import Conflict, utcnow
from sync.protocol import ConflictInfo

_CHUNK = 500
LIVE = "state IN ('pending', 'sending')"
"""SQL: the pending-change rows still waiting for the server."""
UNSTORED = "unstored"
"""Sync-state key: pulled records that could not be stored, ``{"<table> <id>": {version,
reason}}`` (see ``sync.inbox``)."""


@contextmanager
def writing(db: Database) -> Iterator[Connection]:
    """A write transaction (``BEGIN IMMEDIATE``) with foreign-key enforcement off.

    Pull pages come in version order, not reference order: a child may arrive a page before
    its parent's latest version, and a reference may point into an account outside the
    rep's scope. The server is the authority on references; the local copy takes what it
    sends. Enforcement is switched back on before the connection returns to the pool.
    """
    with db.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.execution_options(repdesk_write=True).begin():
                yield conn
        finally:
            raw.execute("PRAGMA foreign_keys=ON")


def marks(n: int) -> str:
    """``?,?,…``: ``n`` SQL parameter marks."""
    return ",".join("?" * n)


def chunks(items: Sequence[Any], size: int = _CHUNK) -> Iterator[Sequence[Any]]:
    """``items`` in slices of at most ``size`` (SQLite's parameter limits)."""
    for i in range(0, len(items), size):
        yield items[i : i + size]


# --- sync state ----------------------------------------------------------------------------


def read_state(conn: Connection) -> dict[str, Any]:
    """Every sync-state value by key."""
    rows = conn.exec_driver_sql("SELECT key, value FROM sync_state").fetchall()
    # The JSON column has NUMERIC affinity: SQLite keeps a bare number as a number.
    return {key: json.loads(value) if isinstance(value, str) else value for key, value in rows}


def write_state(conn: Connection, values: dict[str, Any]) -> None:
    """Set sync-state keys (a value of None removes the key)."""
    for key, value in values.items():
        if value is None:
            conn.exec_driver_sql("DELETE FROM sync_state WHERE key = ?", (key,))
        else:
            conn.exec_driver_sql(
                "INSERT INTO sync_state (key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(value, ensure_ascii=False)),
            )


def store_conflicts(conn: Connection, conflicts: Sequence[ConflictInfo]) -> int:
    """Add conflicts the server reported (each once, by id); returns how many were new."""
    if not conflicts:
        return 0
    now = utcnow()
    rows = [
        {
            "id": c.id,
            "table_name": c.table,
            "row_id": c.row_id,
            "field": c.field,
            "kept_value": c.kept,
            "lost_value": c.lost,
            "kept_by": c.kept_by,
            "lost_by": c.lost_by,
            "kept_at": _when(c.kept_at),
            "lost_at": _when(c.lost_at),
            "detected_at": now,
            "resolved": False,
        }
        for c in conflicts
    ]
    table = Conflict.__table__
    assert isinstance(table, Table)
    before = _count(conn, "conflicts")
    conn.execute(insert(table).prefix_with("OR IGNORE"), rows)
    return _count(conn, "conflicts") - before


def _count(conn: Connection, table: str) -> int:
    return int(conn.exec_driver_sql(f"SELECT COUNT(*) FROM {table}").scalar_one())


def _when(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        when: dt.datetime = decode_field("accounts", "updated_at", value)
        return when
    except FieldError:
        return None


def local_digest_pairs(conn: Connection, table: str) -> list[tuple[str, int]]:
    """``(id, version)`` of the rows of ``table`` the server knows (version > 0).

    Records the server sent that could not be stored (sync state ``unstored``) count at the
    version sent: they were reported, and re-pulling the table would only fail again.
    """
    pairs = [
        (r[0], r[1])
        for r in conn.exec_driver_sql(f"SELECT id, version FROM {table} WHERE version > 0")
    ]
    listed = read_state(conn).get(UNSTORED) or {}
    prefix = table + " "
    extra = {k[len(prefix) :]: v["version"] for k, v in listed.items() if k.startswith(prefix)}
    if extra:
        pairs = [(i, v) for i, v in pairs if i not in extra] + list(extra.items())
    return pairs
