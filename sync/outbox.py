"""The outgoing queue: pending-change rows frozen as ``sending``, pushed, and settled.

A round marks the waiting rows it will send (``freeze``); those rows never change again, so
a resend after a crash carries exactly what the server may already have applied under the
same change id. :func:`record_results` settles a batch from the server's answer.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from json.encoder import encode_basestring_ascii

from sqlalchemy import Connection

from sync.client import SyncError
from sync.local import LIVE, chunks, marks, store_conflicts
from sync.protocol import Change, ChangeResult, ConflictInfo


def _iso(stored: str) -> str:
    """A stored ``YYYY-MM-DD HH:MM:SS.ffffff`` time in the protocol's ISO form."""
    return stored.replace(" ", "T", 1)


_str = encode_basestring_ascii  # json.dumps of a str, without its per-call set-up


@dataclass(frozen=True)
class Outgoing:
    """A pending-change row on its way to the server, with its encoded :class:`Change`."""

    seq: int
    change_id: str
    table: str
    row_id: str
    base_version: int
    body: bytes


def max_pending_seq(conn: Connection) -> int:
    """The highest pending-change seq now (the round sends nothing newer)."""
    return int(
        conn.exec_driver_sql("SELECT COALESCE(MAX(seq), 0) FROM pending_changes").scalar_one()
    )


def freeze(conn: Connection, max_seq: int, limit: int) -> int:
    """Mark up to ``limit`` waiting rows (seq ≤ ``max_seq``, oldest first) ``sending``."""
    return conn.exec_driver_sql(
        "UPDATE pending_changes SET state = 'sending' WHERE seq IN (SELECT seq FROM"
        " pending_changes WHERE state = 'pending' AND seq <= ? ORDER BY seq LIMIT ?)",
        (max_seq, limit),
    ).rowcount


def count_sending(conn: Connection) -> int:
    """How many rows are marked ``sending``."""
    return int(
        conn.exec_driver_sql(
            "SELECT COUNT(*) FROM pending_changes WHERE state = 'sending'"
        ).scalar_one()
    )


def next_sending(conn: Connection, after_seq: int, limit: int) -> list[Outgoing]:
    """The next ``sending`` rows after ``after_seq``, in seq order, encoded for a push."""
    rows = conn.exec_driver_sql(
        "SELECT seq, change_id, table_name, row_id, base_version, fields, field_times,"
        " changed_at FROM pending_changes WHERE state = 'sending' AND seq > ?"
        " ORDER BY seq LIMIT ?",
        (after_seq, limit),
    ).fetchall()
    return [
        Outgoing(
            seq,
            change_id,
            table,
            row_id,
            base,
            encode_change(change_id, table, row_id, base, *rest),
        )
        for seq, change_id, table, row_id, base, *rest in rows
    ]


def encode_change(
    change_id: str,
    table: str,
    row_id: str,
    base_version: int,
    fields: str,
    field_times: str,
    changed_at: object,
) -> bytes:
    """One stored change as the push body's JSON :class:`Change` (UTF-8).

    The stored ``fields`` text is the JSON object the app wrote (``storage.changes``): it
    goes into the body as it is, not decoded and encoded again (a push of a whole database
    spent most of its client time there). Text that is not plainly one JSON object, or that
    may hold a non-standard NaN/Infinity, takes the slow road through :class:`Change` (the same
    change, re-encoded).
    """
    times = field_times if field_times == "{}" else _times(field_times)
    at = _iso(str(changed_at))
    text = fields.strip()
    if (
        text[:1] != "{"
        or text[-1:] != "}"
        or "NaN" in text
        or "Infinity" in text
        or not isinstance(base_version, int)
    ):
        return (
            Change(
                change_id=change_id,
                table=table,
                row_id=row_id,
                base_version=base_version,
                fields=json.loads(fields),
                field_times=json.loads(times),
                changed_at=at,
            )
            .model_dump_json()
            .encode()
        )
    return (
        f'{{"change_id":{_str(change_id)},"table":{_str(table)},"row_id":{_str(row_id)},'
        f'"base_version":{base_version},"fields":{text},"field_times":{times},'
        f'"changed_at":{_str(at)}}}'
    ).encode()


def _times(stored: str) -> str:
    return json.dumps({k: _iso(v) for k, v in json.loads(stored).items()})


def reject(conn: Connection, seqs: Iterable[int], reason: str) -> None:
    """Keep these rows as ``rejected`` with ``reason`` (visible, exportable, not resent)."""
    params = [(reason, s) for s in seqs]
    if params:
        conn.exec_driver_sql(
            "UPDATE pending_changes SET state = 'rejected', reject_reason = ? WHERE seq = ?",
            params,
        )


@dataclass
class Outcome:
    """What a batch's results did locally."""

    accepted: int = 0
    rejected: int = 0
    conflicts: int = 0


def record_results(
    conn: Connection, rows: Sequence[Outgoing], results: Sequence[ChangeResult]
) -> Outcome:
    """Apply the server's answer to a pushed batch (inside the caller's transaction).

    Accepted changes (applied, merged, conflict) leave the queue and their conflicts are
    stored; the record takes the result version unless a newer change of it waits (an
    ``applied`` result then becomes that change's base: the server now holds exactly what
    the rep saw). Rejected changes stay, marked ``rejected`` with the reason.
    """
    if len(results) != len(rows) or any(
        r.change_id != o.change_id for r, o in zip(results, rows, strict=True)
    ):
        raise SyncError("the server's push answer does not match the changes sent")
    out = Outcome()
    newer = _newer_changes(conn, rows)
    done: list[tuple[int]] = []
    versions: dict[str, list[tuple[int, str]]] = {}
    rebase: list[tuple[int, int, int]] = []
    conflicts: list[ConflictInfo] = []
    for row, result in zip(rows, results, strict=True):
        if result.status == "rejected":
            reject(conn, [row.seq], result.reason or "rejected")
            out.rejected += 1
            continue
        out.accepted += 1
        done.append((row.seq,))
        conflicts.extend(result.conflicts)
        if result.version is None:
            continue
        others = newer.get((row.table, row.row_id))
        later = [n for n in others if n[0] > row.seq] if others else None
        if not later:
            versions.setdefault(row.table, []).append((result.version, row.row_id))
        elif result.status == "applied":
            rebase += [(result.version, seq, row.base_version) for seq, _state in later]
    if done:
        conn.exec_driver_sql("DELETE FROM pending_changes WHERE seq = ?", done)
    for table, pairs in versions.items():
        conn.exec_driver_sql(f"UPDATE {table} SET version = MAX(version, ?) WHERE id = ?", pairs)
    if rebase:
        conn.exec_driver_sql(
            "UPDATE pending_changes SET base_version = ? WHERE seq = ? AND base_version = ?"
            " AND state = 'pending'",
            rebase,
        )
    out.conflicts = store_conflicts(conn, conflicts)
    return out


def _newer_changes(
    conn: Connection, rows: Sequence[Outgoing]
) -> dict[tuple[str, str], list[tuple[int, str]]]:
    """The waiting changes of the batch's records that have more than one, by (table, row
    id), through the ``(table_name, row_id, state)`` index. (By row id alone it scanned the
    whole queue once per chunk: most of a large push's local time.)"""
    found: dict[tuple[str, str], list[tuple[int, str]]] = {}
    by_table: dict[str, set[str]] = {}
    for o in rows:
        by_table.setdefault(o.table, set()).add(o.row_id)
    for table, ids in by_table.items():
        for chunk in chunks(sorted(ids)):
            for row_id, seq, state in conn.exec_driver_sql(
                f"SELECT row_id, seq, state FROM pending_changes WHERE table_name = ?"
                f" AND {LIVE} AND row_id IN (SELECT row_id FROM pending_changes"
                f" WHERE table_name = ? AND row_id IN ({marks(len(chunk))}) AND {LIVE}"
                " GROUP BY row_id HAVING COUNT(*) > 1)",
                (table, table, *chunk),
            ).fetchall():
                found.setdefault((table, row_id), []).append((seq, state))
    return found


def rebase_all(conn: Connection, base: int = 0) -> None:
    """Make every waiting change count as made against at most ``base``.

    After the server's database was replaced (a new epoch) versions above the new epoch's
    base (its restored last seq; 0 when unknown) mean nothing: capping the waiting changes'
    bases there lets the server treat every field changed since the restore as concurrent,
    so a conflict keeps the losing value instead of an old, high base hiding it.
    """
    conn.exec_driver_sql(
        f"UPDATE pending_changes SET base_version = ? WHERE {LIVE} AND base_version > ?",
        (base, base),
    )


def recreate_unsent(conn: Connection, seen: set[tuple[str, str]]) -> int:
    """After a full re-pull of a new epoch: turn the waiting changes of records the server
    did not send into creates (base 0), since it no longer has them; returns how many.
    (A record outside the rep's scope stays refused: the server never creates over an id
    it holds.)"""
    rows = conn.exec_driver_sql(
        f"SELECT seq, table_name, row_id FROM pending_changes WHERE {LIVE} AND base_version > 0"
    ).fetchall()
    seqs = [seq for seq, table, row_id in rows if (table, row_id) not in seen]
    for part in chunks(seqs):
        conn.exec_driver_sql(
            f"UPDATE pending_changes SET base_version = 0 WHERE seq IN ({marks(len(part))})",
            tuple(part),
        )
    return len(seqs)
