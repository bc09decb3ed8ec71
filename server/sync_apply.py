"""Applying a pushed batch (docs/sync-protocol.md, "How the server applies a change").

One push is one transaction that holds the seq counter lock from before its first seq to its
commit. The batch is read in a few queries (results already stored, the records and parents
it names with the rep's access to their scopes), applied in memory change by change with
``domain.merge``, then written back with a handful of statements. On SQLite the write lock
comes first; on PostgreSQL the reads go out before it (while the values are checked), and
under the lock one query tells whether they must be done again (:meth:`PushBatch.changed_since`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, Engine

from domain.ids import new_id
from domain.merge import Edit, FieldState, merge
from domain.records import CASCADE
from server.auth import Rep
from server.db import (
    COUNTER_STATE,
    SMALL_INSERT,
    Asked,
    CounterState,
    any_of,
    counter_state,
    epoch,
    execute,
    insert_many,
    is_sqlite,
    iso,
    lock_counter,
    pipelined,
    select_in,
    set_counter,
    write_transaction,
)
from server.records import Rec, WorkingSet, dumps, meta_text, plain, quoted
from server.scope import (
    ACCOUNTS,
    PUBLIC,
    REROOT,
    ROOT_REF,
    ROOT_TABLE,
    private_scope,
)
from server.sync_changes import NOT_FOUND, Prepared, is_uuid, new_record, prepare
from sync.protocol import Change


class EpochMismatch(Exception):
    """The client pushed against another database (restored or replaced): 409."""


def push(
    engine: Engine,
    authorize: Callable[[Connection], Rep],
    changes: list[Change],
    client_epoch: str | None,
    received: dt.datetime,
) -> str:
    """Apply ``changes`` for the rep ``authorize`` finds (it raises when there is none, and
    reads on the push's own connection); returns the answer's JSON text (one result per
    change)."""
    with engine.connect() as conn:
        if is_sqlite(conn):
            # A short read first: the write lock is taken only for a rep, after the values
            # are read and checked (no database needed).
            with conn.begin():
                rep = authorize(conn)
            prepared = _prepare(changes, received)
            with write_transaction(conn):
                batch = PushBatch(conn, rep, received)
                batch.start(lock_counter(conn))
                batch.load(changes, prepared)
                return _apply(batch, changes, prepared, client_epoch, epoch(conn))
        with conn.begin():
            rep = authorize(conn)
            # PostgreSQL: read what the batch names before queueing for the counter lock,
            # which serialises every push; the lock is then held for less. The reads go out
            # first and the database runs them while the values are checked. Under the lock,
            # one query tells whether anything read may have changed meanwhile (then it is
            # read again; READ COMMITTED: each statement sees the latest).
            batch = PushBatch(conn, rep, received)
            with batch.ask(changes) as asked:
                prepared = _prepare(changes, received)
                seen = batch.receive(asked, prepared)
            now = counter_state(conn, lock=True)
            if now.version != seen.version and batch.changed_since(seen):
                batch = PushBatch(conn, rep, received)
                batch.load(changes, prepared)
            batch.start(now.seq)
            return _apply(batch, changes, prepared, client_epoch, now.epoch)


def _prepare(changes: list[Change], received: dt.datetime) -> list[Prepared | str | None]:
    """Each change read and checked (:func:`prepare`; None for an unusable change id): no
    database needed, so done before any lock is taken."""
    clamped: dict[str, str] = {}
    prepared = [prepare(c, received, clamped) if plain(c.change_id) else None for c in changes]
    for p in prepared:
        if isinstance(p, Prepared):
            p.problems(new=p.change.base_version == 0)
    return prepared


def _apply(
    batch: PushBatch,
    changes: list[Change],
    prepared: list[Prepared | str | None],
    client_epoch: str | None,
    current_epoch: str,
) -> str:
    """Apply and write a loaded batch holding the counter lock; the answer's JSON text."""
    if client_epoch is not None and client_epoch != current_epoch:
        raise EpochMismatch(current_epoch)
    results = batch.run(changes, prepared)
    batch.save()
    return f'{{"epoch":{dumps(current_epoch)},"results":[{",".join(results)}]}}'


_STORED = "SELECT change_id, rep_id, result FROM applied_changes WHERE change_id IN (%s)"


def _change_ids(changes: list[Change]) -> set[str]:
    """The batch's change ids that can be stored."""
    return {c.change_id for c in changes if plain(c.change_id)}


def _names(prepared: list[Prepared]) -> tuple[set[str], set[str]]:
    """The record ids ``prepared`` change, and the parents they name."""
    ids = {p.row_id for p in prepared}
    parents = set()
    for p in prepared:
        ref = ROOT_REF.get(p.table)
        if ref and p.values.get(ref):
            parents.add(p.values[ref])
    return ids, parents


def _result(change_id: str, status: str, version: int | None = None, **kw: Any) -> str:
    if status == "applied":  # the common case, written without building a dict
        return (
            f'{{"change_id":{quoted(change_id)},"status":"applied","version":{version},'
            '"reason":null,"conflicts":[]}'
        )
    return dumps(
        {
            "change_id": change_id,
            "status": status,
            "version": version,
            "reason": kw.get("reason"),
            "conflicts": kw.get("conflicts", []),
        }
    )


def _rejected(change_id: str, reason: str) -> str:
    return _result(change_id, "rejected", reason=reason)


class PushBatch:
    """One push being applied inside its transaction."""

    def __init__(self, conn: Connection, rep: Rep, received: dt.datetime) -> None:
        self.conn = conn
        self.rep = rep
        self.received = received
        self.received_iso = iso(received)
        self.login_json = quoted(rep.login)
        self.work = WorkingSet(conn)
        self.access: set[str] = set()
        self.stored: dict[str, tuple[str, str]] = {}
        self.unstored: set[str] = set()  # the batch's change ids without a stored result
        self.looked_up: set[str] = set()  # the record ids the batch names, parents included
        self._asked: set[str] = set()  # the change ids :meth:`ask` asked about
        self.last_seq = self.first_seq = 0
        self.conflicts: list[tuple[Any, ...]] = []
        self.applied: list[tuple[str, str, str, str]] = []
        self.granted: list[str] = []

    def start(self, last_seq: int) -> None:
        """Number from ``last_seq`` (read while taking the counter lock)."""
        self.last_seq = last_seq
        self.first_seq = last_seq + 1

    # --- reading ---------------------------------------------------------------------

    def load(self, changes: list[Change], prepared: list[Prepared | str | None]) -> None:
        """Read the stored results of the batch's change ids, and the records (and parents)
        the others name, with the rep's access to their scopes."""
        cids = _change_ids(changes)
        rows = select_in(self.conn, _STORED, cids)
        self.stored = {r[0]: (r[1], r[2]) for r in rows}
        self.unstored = cids - self.stored.keys()
        ids, parents = _names(self._fresh(prepared))
        self.looked_up = ids | parents
        self.access = self.work.load(ids, parents - ids, self.rep.id)

    def ask(self, changes: list[Change]) -> Asked:
        """PostgreSQL: send :meth:`load`'s reads ahead, and the counter's state first, by the
        ids as pushed (before their values are checked: the database reads while the values
        are); :meth:`receive` takes the answers."""
        cids = _change_ids(changes)
        ids = {c.row_id for c in changes if is_uuid(c.row_id)}  # others are refused
        parents = set()
        for c in changes:
            ref = ROOT_REF.get(c.table)
            value = c.fields.get(ref) if ref else None
            if type(value) is str and is_uuid(value):  # else read once checked, if valid
                parents.add(value)
        self.looked_up = ids | parents
        self._asked = cids
        reads: list[tuple[str, list[str] | None, tuple[str, ...]]] = [
            (COUNTER_STATE, None, ()),
            (_STORED, list(cids), ()),
            *self.work.reads(ids, parents - ids, self.rep.id),
        ]
        return Asked(self.conn, reads)

    def receive(self, asked: Asked, prepared: list[Prepared | str | None]) -> CounterState:
        """Take the answers of :meth:`ask` (and read what the checked values name in another
        form than pushed); returns the counter's state as it was before the reads."""
        [counter], stored, full, light = asked.rows()
        self.stored = {r[0]: (r[1], r[2]) for r in stored}
        self.unstored = self._asked - self.stored.keys()
        self.access = self.work.take(full, light)
        ids, parents = _names(self._fresh(prepared))
        ids, parents = ids - self.looked_up, parents - self.looked_up - ids
        if ids or parents:
            self.looked_up |= ids | parents
            self.access |= self.work.load(ids, parents, self.rep.id)
        return CounterState.of(counter)

    def _fresh(self, prepared: list[Prepared | str | None]) -> list[Prepared]:
        """The checked changes without a stored result."""
        unstored = self.unstored
        return [p for p in prepared if isinstance(p, Prepared) and p.change.change_id in unstored]

    def changed_since(self, seen: CounterState) -> bool:
        """PostgreSQL, holding the counter lock: whether anything :meth:`load` read may have
        changed since ``seen`` (the counter when the reads began). Every writer of records,
        access or stored results holds that lock and numbers what it writes above the counter
        it found: a record named (or looked for) with a newer version, a change id now
        stored, an access change of the rep (``access_log``; an account a concurrent push
        created is a newer record), or a purge (a new horizon; it deletes tombstones)."""
        named, ids = any_of(list(self.looked_up))
        unstored, cids = any_of(list(self.unstored))
        row = execute(
            self.conn,
            f"SELECT EXISTS (SELECT 1 FROM records WHERE id {named} AND version > ?)"
            f" OR EXISTS (SELECT 1 FROM applied_changes WHERE change_id {unstored})"
            " OR EXISTS (SELECT 1 FROM access_log WHERE rep_id = ? AND seq > ?)"
            " OR (SELECT purge_horizon FROM server_meta WHERE id = 1) <> ?",
            ids,
            seen.seq,
            cids,
            self.rep.id,
            seen.seq,
            seen.horizon,
        ).one()
        return bool(row[0])

    def run(self, changes: list[Change], prepared: list[Prepared | str | None]) -> list[str]:
        """Apply every change in order (``prepared``: each one read by :func:`prepare`, None
        for an unusable change id), after :meth:`load` and :meth:`start`; returns their
        results as JSON texts."""
        stored = self.stored
        results: list[str] = []
        done: dict[str, str] = {}
        for change, p in zip(changes, prepared, strict=True):
            cid = change.change_id
            if p is None:  # cannot be stored (or quoted) safely: refused, not recorded
                results.append(_rejected(cid, f"change_id: {cid[:40]!r} is not a valid id"))
                continue
            if cid not in done:
                if cid in stored:
                    done[cid] = self._replayed(cid, stored[cid])
                else:
                    done[cid] = result = _rejected(cid, p) if isinstance(p, str) else self._apply(p)
                    self.applied.append((cid, self.rep.id, result, self.received_iso))
            results.append(done[cid])
        return results

    def _replayed(self, change_id: str, stored: tuple[str, str]) -> str:
        rep_id, result = stored
        if rep_id != self.rep.id:  # another rep's change id: say nothing about it
            return _rejected(change_id, NOT_FOUND)
        return result

    def writable(self, scope: str) -> bool:
        """Whether the rep may change records of ``scope``."""
        return scope != PUBLIC and scope in self.access

    # --- applying --------------------------------------------------------------------

    def next_seq(self) -> int:
        """The next seq of this batch."""
        self.last_seq += 1
        return self.last_seq

    def _apply(self, p: Prepared) -> str:
        rec = self.work.get(p.row_id)
        if rec is not None and rec.table == p.table and self.writable(rec.scope):
            return self._update(rec, p)
        # A record the rep cannot see is treated exactly like one that does not exist: an
        # edit of it is not_found, a create with its id is refused once the values are valid.
        if p.change.base_version > 0:
            return _rejected(p.change.change_id, NOT_FOUND)
        return self._create(p, taken=rec is not None)

    def _parent_scope(self, p: Prepared, parent_id: Any) -> tuple[str | None, Rec | None]:
        """The scope a record of ``p.table`` under ``parent_id`` gets (None: not allowed)."""
        if parent_id is None:
            private = p.table == "profile_assessments"
            return (private_scope(self.rep.id) if private else None), None
        parent = self.work.get(parent_id)
        if parent is None or parent.table != ROOT_TABLE[p.table] or not self.writable(parent.scope):
            return None, None
        return parent.scope, parent

    def _create(self, p: Prepared, *, taken: bool) -> str:
        cid = p.change.change_id
        problem = p.problems(new=True)
        if problem:
            return _rejected(cid, problem)
        scope: str | None
        if p.table == ACCOUNTS:
            scope, parent = p.row_id, None
        else:
            scope, parent = self._parent_scope(p, p.values.get(ROOT_REF[p.table]))
        if scope is None or taken:
            return _rejected(cid, NOT_FOUND)
        seq = self.next_seq()
        rec = Rec(p.row_id, p.table, scope, seq, bool(p.deleted), new=True)
        # Fields left out (or sent empty) take their default: a client's column may be NOT
        # NULL with that default, and every client must be able to store what it pulls.
        rec.fields_text = dumps({**new_record(p.table), **p.given()})
        rec.meta_text = self._meta_text(p, seq)
        self.work.add(rec)
        if p.table == ACCOUNTS:
            self.access.add(p.row_id)
            self.granted.append(p.row_id)
        if parent is not None and parent.deleted and not rec.deleted:
            # Made offline under a record deleted meanwhile: stored deleted, values kept.
            rec.deleted = True
            lost = self._conflict(rec, seq, "deleted", deletion_edit(parent), p, p.edited())
            return _result(cid, "conflict", seq, conflicts=[lost])
        return _result(cid, "applied", seq)

    def _meta_text(self, p: Prepared, seq: int) -> str:
        """The field history of a new record: every field it sets, set by ``p``."""
        login, cid = self.rep.login, p.change.change_id
        if p.times:  # some fields have their own edit times
            return meta_text({n: [seq, p.time_of(n), login, cid] for n in p.edited()})
        names = '","'.join(p.values)  # field names: plain identifiers
        if p.deleted is not None:
            names = f'{names}","deleted' if names else "deleted"
        return f'[[{seq},"{p.changed_at}",{self.login_json},"{cid}",["{names}"]]]'

    def _update(self, rec: Rec, p: Prepared) -> str:
        cid = p.change.change_id
        problem = p.problems(new=False)
        if problem:
            return _rejected(cid, problem)
        new_scope: str | None = None
        ref = ROOT_REF.get(p.table)
        if ref and ref in p.values and p.values[ref] != rec.fields.get(ref):
            new_scope, _parent = self._parent_scope(p, p.values[ref])
            if new_scope is None:
                return _rejected(cid, NOT_FOUND)
        author = self.rep.login
        incoming = {n: Edit(v, p.time_of(n), author, cid) for n, v in p.edited().items()}
        outcome = merge(self._states(rec), incoming, p.change.base_version, deleted=rec.deleted)
        seq = self.next_seq()
        self._touch(rec, seq)
        if outcome.refused_deleted:
            lost = self._conflict(rec, seq, "deleted", deletion_edit(rec), p, p.edited())
            return _result(cid, "conflict", seq, conflicts=[lost])
        was_deleted = rec.deleted
        for name, edit in outcome.take.items():
            if name == "deleted":
                rec.deleted = bool(edit.value)
            else:
                rec.fields[name] = edit.value
            rec.meta[name] = [seq, edit.time, edit.author, edit.change_id]
        conflicts = [
            self._conflict_of(rec, seq, lost.field, lost.kept, lost.lost) for lost in outcome.lost
        ]
        if new_scope is not None and ref in outcome.take:
            self._reroot(rec, new_scope)
        if rec.deleted and not was_deleted:
            self._cascade(rec, p)
        return _result(cid, outcome.status, seq, conflicts=conflicts)

    def _states(self, rec: Rec) -> dict[str, FieldState]:
        """What the server knows of each field of ``rec``, for ``domain.merge``."""
        states = {}
        for name, (version, at, author, change_id) in rec.meta.items():
            value = rec.deleted if name == "deleted" else rec.fields.get(name)
            states[name] = FieldState(Edit(value, at, author, change_id), int(version))
        return states

    def _touch(self, rec: Rec, seq: int) -> None:
        rec.version = seq
        rec.dirty = True
        rec.meta  # noqa: B018 - parse now: the record is being rewritten
        rec.fields  # noqa: B018

    def _cascade(self, root: Rec, p: Prepared) -> None:
        """Tombstone what cannot exist without ``root``, as the client does."""
        stack = [root]
        while stack:
            parent = stack.pop()
            for child in self._children(parent, CASCADE.get(parent.table, [])):
                if child.deleted:
                    continue
                seq = self.next_seq()
                self._touch(child, seq)
                child.deleted = True
                child.meta["deleted"] = [
                    seq,
                    p.time_of("deleted"),
                    self.rep.login,
                    p.change.change_id,
                ]
                stack.append(child)

    def _reroot(self, rec: Rec, scope: str) -> None:
        """Move ``rec`` and the records whose scope comes from it to ``scope``."""
        stack = [rec]
        while stack:
            parent = stack.pop()
            children = self._children(parent, REROOT.get(parent.table, []))
            self.work.move(parent, scope)
            for child in children:
                self._touch(child, self.next_seq())
                stack.append(child)

    def _children(self, parent: Rec, edges: list[tuple[str, str]]) -> list[Rec]:
        if not edges:
            return []
        return [
            rec
            for rec in self.work.in_scope(parent.scope)
            for table, field in edges
            if rec.table == table and rec.fields.get(field) == parent.id
        ]

    # --- conflicts -------------------------------------------------------------------

    def _conflict(
        self, rec: Rec, seq: int, field: str, kept: Edit, p: Prepared, lost_value: Any
    ) -> dict[str, Any]:
        lost = Edit(lost_value, p.changed_at, self.rep.login, p.change.change_id)
        return self._conflict_of(rec, seq, field, kept, lost)

    def _conflict_of(
        self, rec: Rec, seq: int, field: str, kept: Edit, lost: Edit
    ) -> dict[str, Any]:
        info = {
            "id": new_id(),
            "table": rec.table,
            "row_id": rec.id,
            "field": field,
            "kept": kept.value,
            "lost": lost.value,
            "kept_by": kept.author,
            "lost_by": lost.author,
            "kept_at": kept.time,
            "lost_at": lost.time,
            "seq": seq,
        }
        self.conflicts.append(
            (
                info["id"],
                seq,
                rec.scope,
                rec.table,
                rec.id,
                field,
                dumps(kept.value),
                dumps(lost.value),
                kept.author,
                lost.author,
                kept.time,
                lost.time,
            )
        )
        return info

    # --- writing ---------------------------------------------------------------------

    def save(self) -> None:
        """Write everything the batch did and advance the counter.

        On PostgreSQL a small batch's statements go out together (one round trip while
        holding the counter lock); a large batch's rows go through ``COPY``.
        """
        conn = self.conn
        rows = (len(self.work.by_id), len(self.applied), len(self.conflicts))
        with pipelined(conn, enabled=max(rows) <= SMALL_INSERT):
            self._write()

    def _write(self) -> None:
        conn, at = self.conn, self.received_iso
        self.work.save(at)
        insert_many(
            conn,
            "conflicts",
            "id, seq, scope, table_name, row_id, field, kept, lost, kept_by, lost_by, kept_at,"
            " lost_at",
            self.conflicts,
        )
        insert_many(
            conn,
            "account_access",
            "account_id, rep_id, owner, granted_at",
            [(a, self.rep.id, True, at) for a in self.granted],
        )
        insert_many(conn, "applied_changes", "change_id, rep_id, result, applied_at", self.applied)
        if self.last_seq >= self.first_seq or not is_sqlite(conn):
            set_counter(conn, self.last_seq)  # PostgreSQL: always (see push)


def deletion_edit(rec: Rec) -> Edit:
    """The edit that deleted ``rec`` (for a conflict naming who deleted it and when)."""
    _version, at, author, change_id = rec.meta.get("deleted") or [0, "", None, ""]
    return Edit(True, at, author, change_id)
