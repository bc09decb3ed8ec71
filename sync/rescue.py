"""Sending again what a server restored from an older backup lost.

A restore takes the server back to its last seq *S* at the time of the backup (the new
epoch's base, ``GET /health``'s ``epoch_base``). Seqs up to *S* mean the same in both epochs;
a local record whose version is above *S* was changed on the server after the backup — by
this rep or by another, since pulled — and the restored server no longer has that change.
Before its full re-pull the client turns each such record into a waiting change of all its
fields (its deletion included) made against *S*, with the record's creation time as edit
time: fields nobody changed since the restore take the client's values; a field changed
since the restore keeps that newer value and the client's goes into a conflict record (the
old time never wins over a real edit). Records the server does not send back in the re-pull
are sent as creates (``outbox.recreate_unsent``). Nothing the client knew is lost: what the
server refuses stays as a rejected change the rep can export.

A laptop that merely held a copy of a field edited since the restore sees a conflict for it
(its copy lost): the rep keeps the other value. Per-field versions, which the client does
not keep, would be needed to tell a copy from a lost edit.
"""

from __future__ import annotations

import json
from collections import defaultdict

from sqlalchemy import Connection, select

from domain.records import TABLE_ORDER
from storage.changes import Change, record_changes, tracked_fields
from storage.models import SYNCED_MODELS
from sync.local import LIVE

__all__ = ["send_again_after_restore"]


def send_again_after_restore(conn: Connection, base: int) -> int:
    """Queue every local record with a version above ``base`` as a change of all its fields
    made against ``base`` when the record was created, parents before children; fields that
    already wait in a change keep that change's value and time. Returns how many records.

    Runs inside the caller's transaction, before the full re-pull overwrites anything."""
    waiting: dict[tuple[str, str], set[str]] = defaultdict(set)
    for table, row_id, fields in conn.exec_driver_sql(
        f"SELECT table_name, row_id, fields FROM pending_changes WHERE {LIVE}"
    ):
        waiting[(table, row_id)].update(json.loads(fields))
    changes: list[Change] = []
    for table in TABLE_ORDER:  # the server creates parents before their children
        names = tracked_fields(table)
        t = SYNCED_MODELS[table].__table__
        for row in conn.execute(select(t).where(t.c.version > base).order_by(t.c.version)):
            already = waiting.get((table, row.id), set())
            fields = {n: getattr(row, n) for n in names if n not in already}
            if fields:
                changes.append(Change(table, row.id, fields, base, row.created_at))
    record_changes(conn, changes)
    return len(changes)
