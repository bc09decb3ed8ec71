"""Pull and verification: reading what is in a rep's scope.

Both run on one snapshot (:func:`server.db.reading`). A pull page is written straight into
the response as JSON text: the stored ``fields`` JSON is spliced in, never parsed.
Verification digests are cached per process and reused while nothing of their table in the
rep's scope has changed since they were computed (checked with one query on the version
index); a digest found still valid is kept as of the snapshot's seq, so the next check
scans only what changed after it.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import Connection

from server.db import Asked, by_version, execute
from sync.protocol import digest_lines

IN_SCOPE = "scope IN (SELECT account_id FROM account_access WHERE rep_id = ?)"


class CheckpointTooOld(Exception):
    """The client's checkpoint predates what the server still remembers: 410."""


@dataclass(frozen=True)
class ServerState:
    """The counter, epoch and purge horizon, as one snapshot sees them."""

    seq: int
    epoch: str
    horizon: int


SERVER_STATE = (
    "SELECT c.value, m.epoch, m.purge_horizon FROM sync_counter c, server_meta m"
    " WHERE c.id = 1 AND m.id = 1"
)


def _state(row: Any) -> ServerState:
    """From a row of :data:`SERVER_STATE`."""
    return ServerState(int(row[0]), str(row[1]), int(row[2]))


def _tables_clause(tables: list[str] | None) -> tuple[str, tuple[str, ...]]:
    """`` AND table_name IN (?, …)`` and its parameters (nothing without ``tables``)."""
    if not tables:
        return "", ()
    return f" AND table_name IN ({','.join('?' * len(tables))})", tuple(tables)


def pull(conn: Connection, rep_id: str, since: int, limit: int, tables: list[str] | None) -> str:
    """One page of the rep's records changed after ``since``, as the response's JSON text
    (``conn``: in a :func:`server.db.reading` transaction).

    Two trips to the database: the server's state with the page, then the page's conflicts
    and revocations (each pair sent together, :class:`server.db.Asked`).
    """
    where, params = _tables_clause(tables)
    page = (
        f"SELECT table_name, id, version, deleted, fields FROM records{by_version(conn)}"
        f" WHERE version > ? AND {IN_SCOPE}{where} ORDER BY version LIMIT ?"
    )
    [state_row], rows = Asked(
        conn, [(SERVER_STATE, None, ()), (page, None, (since, rep_id, *params, limit + 1))]
    ).rows()
    state = _state(state_row)
    if 0 < since < state.horizon:
        raise CheckpointTooOld(
            f"checkpoint_too_old: checkpoint {since} predates the purge horizon "
            f"{state.horizon}; pull again from 0"
        )
    if since > state.seq:
        raise CheckpointTooOld(
            f"checkpoint_too_old: checkpoint {since} is ahead of this server's seq "
            f"{state.seq}; pull again from 0"
        )
    more = len(rows) > limit
    rows = rows[:limit]
    # The last page: everything up to the counter (and past it, in the page) has been seen.
    checkpoint = max(state.seq, int(rows[-1][2]) if rows else since)
    if more:
        checkpoint = int(rows[-1][2])
    conflict_rows, revoked_rows = Asked(
        conn,
        [
            (_CONFLICTS, None, (since, checkpoint, rep_id)),
            (_REVOKED, None, (rep_id, False, since, checkpoint, rep_id)),
        ],
    ).rows()
    conflicts = [_conflict(r) for r in conflict_rows]
    revoked = sorted(r[0] for r in revoked_rows)
    records = ",".join(
        f'{{"table":"{t}","id":"{i}","version":{v},"deleted":{"true" if d else "false"},'
        f'"fields":{f}}}'
        for t, i, v, d, f in rows
    )
    return (
        f'{{"epoch":{json.dumps(state.epoch)},"records":[{records}],'
        f'"conflicts":{json.dumps(conflicts, ensure_ascii=False)},'
        f'"revoked":{json.dumps(revoked)},"checkpoint":{checkpoint},'
        f'"more":{"true" if more else "false"}}}'
    )


_CONFLICTS = (
    "SELECT id, seq, table_name, row_id, field, kept, lost, kept_by, lost_by, kept_at,"
    f" lost_at FROM conflicts WHERE seq > ? AND seq <= ? AND {IN_SCOPE} ORDER BY seq"
)
_REVOKED = (
    "SELECT DISTINCT account_id FROM access_log WHERE rep_id = ? AND granted = ?"
    " AND seq > ? AND seq <= ? AND account_id NOT IN"
    " (SELECT account_id FROM account_access WHERE rep_id = ?)"
)


def _conflict(r: Any) -> dict[str, Any]:
    return {
        "id": r[0],
        "seq": int(r[1]),
        "table": r[2],
        "row_id": r[3],
        "field": r[4],
        "kept": json.loads(r[5]),
        "lost": json.loads(r[6]),
        "kept_by": r[7],
        "lost_by": r[8],
        "kept_at": r[9],
        "lost_at": r[10],
    }


@dataclass(frozen=True)
class _Digest:
    epoch: str
    as_of: int
    horizon: int
    count: int
    hash: str


class DigestCache:
    """Per process: the last digest of each (rep, table), with the seq it was computed at."""

    def __init__(self, max_entries: int = 10_000) -> None:
        self._lock = threading.Lock()
        self._entries: dict[tuple[str, str], _Digest] = {}
        self._max = max_entries

    def get(self, key: tuple[str, str]) -> _Digest | None:
        """The cached digest of ``key`` (not yet checked for staleness)."""
        with self._lock:
            return self._entries.get(key)

    def put(self, key: tuple[str, str], digest: _Digest) -> None:
        """Remember ``digest``."""
        with self._lock:
            if len(self._entries) >= self._max:
                self._entries.clear()
            self._entries[key] = digest


def verify(
    conn: Connection, cache: DigestCache, rep_id: str, tables: list[str]
) -> tuple[str, dict[str, dict[str, Any]]]:
    """(epoch, {table: {"count", "hash"}}) over the ``id:version`` of the rep's records
    (``conn``: in a :func:`server.db.reading` transaction).

    The server's state and whether anything changed since the cached digests were made go
    to the database together; fresh digests (of what changed) in a second trip.
    """
    cached = {t: d for t in tables if (d := cache.get((rep_id, t))) is not None}
    reads: list[tuple[str, None, tuple[Any, ...]]] = [(SERVER_STATE, None, ())]
    since = min((d.as_of for d in cached.values()), default=0)
    if cached:
        latest = (
            f"SELECT table_name, MAX(version) FROM records{by_version(conn)}"
            f" WHERE version > ? AND {IN_SCOPE} GROUP BY table_name"
        )
        reads += [(_ACCESS_CHANGED, None, (rep_id, since)), (latest, None, (since, rep_id))]
    [state_row], *changed = Asked(conn, reads).rows()
    state = _state(state_row)
    usable = {
        t: d for t, d in cached.items() if (d.epoch, d.horizon) == (state.epoch, state.horizon)
    }
    if usable:
        access_changed, newest = changed
        stale = set(usable) if access_changed else _stale(newest, usable)
        # Still valid: nothing of theirs changed up to this snapshot's seq. Noted as of
        # that seq, so the next check scans only what changed after it.
        usable = {t: replace(d, as_of=state.seq) for t, d in usable.items() if t not in stale}
    missing = [t for t in tables if t not in usable]
    if missing:
        usable.update(_digests(conn, rep_id, missing, state))
    for table in tables:
        cache.put((rep_id, table), usable[table])
    return state.epoch, {t: {"count": usable[t].count, "hash": usable[t].hash} for t in tables}


_ACCESS_CHANGED = "SELECT 1 FROM access_log WHERE rep_id = ? AND seq > ? LIMIT 1"


def _stale(latest: list[Any], cached: dict[str, _Digest]) -> set[str]:
    """Tables whose cached digest is out of date: a record of theirs in scope has a version
    above the digest's (``latest``: each table's newest version above the oldest digest's)."""
    return {t for t, v in latest if t in cached and int(v) > cached[t].as_of}


def _digests(
    conn: Connection, rep_id: str, tables: list[str], state: ServerState
) -> dict[str, _Digest]:
    """Fresh digests of ``tables``: one pass over the rep's scopes (scope index only)."""
    where, params = _tables_clause(tables)
    rows = execute(
        conn,
        f"SELECT table_name, id, version FROM records WHERE {IN_SCOPE}{where}",
        rep_id,
        *params,
    ).all()
    pairs: dict[str, list[tuple[str, int]]] = {t: [] for t in tables}
    for table, row_id, version in rows:
        pairs[table].append((row_id, int(version)))
    return {
        t: _Digest(state.epoch, state.seq, state.horizon, len(p), digest_lines(p))
        for t, p in pairs.items()
    }
