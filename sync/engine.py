"""One sync round on the rep database: push, then pull, then verify (docs/sync-protocol.md).

:class:`SyncEngine` works on a :class:`~storage.database.Database` and a
:class:`~sync.client.SyncClient`; no Qt, no threads of its own (the app runs it on a worker,
the CLI in the foreground). Every local step is one short transaction, so a round killed at
any moment leaves the database consistent: ``sending`` rows are re-sent with the same change
ids (the server applies each once), and a pull resumes from the last stored checkpoint.
:func:`sync_once` is the way in: it holds the database's sync lock for the round.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from domain.records import TABLE_ORDER
from storage.database import Database
from sync import inbox, local, outbox
from sync.client import (
    Cancelled,
    CheckpointTooOld,
    EpochChanged,
    SyncClient,
    SyncError,
    TooLarge,
)
from sync.lock import SyncLock
from sync.protocol import (
    MAX_BATCH_BYTES,
    MAX_BATCH_CHANGES,
    MAX_PULL_LIMIT,
    PullRequest,
    PushResponse,
    VerifyRequest,
    digest_lines,
)
from sync.rescue import send_again_after_restore

Progress = Callable[[str, int, int], None]
"""``progress(phase, done, total)``: phase is push, pull, verify or repair; total 0 = unknown."""

MAX_CHANGES_PER_ROUND = 100_000
PULL_PAGE_SIZE = "pull_page_size"
"""Sync-state key: records asked for per pull page (default :data:`PULL_LIMIT`).

Larger pages mean fewer round trips and fewer local commits (each rewrites the index pages
a page of random ids touched); smaller ones less work lost when a pull is interrupted
(resume is per page) and less memory. The server caps it (``REPDESK_SERVER_PULL_PAGE_MAX``).
"""
PULL_LIMIT = 5_000
TOO_LARGE_REASON = "too_large: this change alone is larger than the server accepts"
VERIFIED_AT = "verified_at"
"""Sync-state key: when the last full verification (every table) ended, UTC ISO."""
SENT_AGAIN_FOR = "sent_again_for_epoch"
"""Sync-state key: the epoch whose restore's losses this client has queued again."""
VERIFY_EVERY_HOURS = "verify_every_hours"
"""Sync-state key: hours between full verifications (default :data:`DEFAULT_VERIFY_HOURS`)."""
DEFAULT_VERIFY_HOURS = 24.0


@dataclass
class RoundResult:
    """What a round did (also filled as far as it got when it stopped early)."""

    pushed: int = 0
    rejected: int = 0
    pulled: int = 0
    conflicts: int = 0
    removed: int = 0
    repaired: list[str] = field(default_factory=list)
    verified: list[str] = field(default_factory=list)  # tables compared with the server
    unstored: list[str] = field(default_factory=list)  # "<table> <id>" not stored locally
    full_pull: bool = False
    sent_again: int = 0  # records queued again after the server was restored from a backup
    cancelled: bool = False
    elapsed: float = 0.0

    def summary(self) -> str:
        """One line: pushed, pulled, conflicts, rejected, elapsed, and anything unusual."""
        text = (
            f"pushed {self.pushed}, pulled {self.pulled}, conflicts {self.conflicts}, "
            f"rejected {self.rejected}, {self.elapsed:.1f} s"
        )
        notes = []
        if self.removed:
            notes.append(f"{self.removed} records removed (no longer yours)")
        if self.full_pull:
            notes.append("full download")
        if self.sent_again:
            notes.append(f"{self.sent_again} records sent again (the server was restored)")
        if self.repaired:
            notes.append("repaired " + ", ".join(self.repaired))
        if self.unstored:
            notes.append(f"{len(self.unstored)} records from the server not stored")
        if self.cancelled:
            notes.append("cancelled")
        return text + (f" ({'; '.join(notes)})" if notes else "")


class RecordsNotStored(SyncError):
    """Records the server sent could not be stored locally (the rest of the round was done).

    Raised at the end of the round that first met them; ``result`` is that round's result.
    They are kept in sync state (``unstored``) and stored as soon as the server sends a
    version the database accepts.
    """

    def __init__(self, result: RoundResult, details: list[str]) -> None:
        n = len(details)
        shown = "; ".join(details[:3]) + ("; …" if n > 3 else "")
        super().__init__(
            f"{n} record{'s' if n != 1 else ''} from the server could not be stored: {shown}"
        )
        self.result = result


class _Cancelled(Exception):
    pass


class _NewEpoch(Exception):
    pass


def utc_now_iso() -> str:
    """Now in UTC, ISO 8601 without offset (how sync state keeps times)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None).isoformat(timespec="seconds")


def read_sync_state(db: Database) -> dict[str, Any]:
    """The stored sync state: server_url, login, epoch, checkpoint, last_sync, …"""
    with db.engine.connect() as conn:
        return local.read_state(conn)


def page_size(state: dict[str, Any]) -> int:
    """The pull page size from sync state (:data:`PULL_PAGE_SIZE`), within the protocol's range."""
    try:
        size = int(state.get(PULL_PAGE_SIZE) or PULL_LIMIT)
    except (TypeError, ValueError):
        return PULL_LIMIT
    return min(max(size, 1), MAX_PULL_LIMIT)


def remember_server(db: Database, server_url: str, login: str) -> None:
    """Store which server and login this database syncs with."""
    with local.writing(db) as conn:
        local.write_state(conn, {"server_url": server_url, "login": login})


class SyncEngine:
    """Runs sync rounds of ``db`` against ``client`` (which must hold a token)."""

    def __init__(
        self,
        db: Database,
        client: SyncClient,
        *,
        progress: Progress | None = None,
        should_cancel: Callable[[], bool] | None = None,
        batch_changes: int = MAX_BATCH_CHANGES,
        batch_bytes: int = MAX_BATCH_BYTES,
        pull_limit: int | None = None,
        max_changes: int = MAX_CHANGES_PER_ROUND,
    ) -> None:
        self.db = db
        self.client = client
        self.progress = progress or (lambda phase, done, total: None)
        self.should_cancel = should_cancel or (lambda: False)
        self.batch_changes = min(batch_changes, MAX_BATCH_CHANGES)
        self.batch_bytes = min(batch_bytes, MAX_BATCH_BYTES)
        self.pull_limit = pull_limit  # None: the sync-state setting, else PULL_LIMIT
        self._page_size = pull_limit or PULL_LIMIT
        self.max_changes = max_changes
        self.result = RoundResult()
        self._epoch: str | None = None
        self._epoch_moved = False
        self._touched: set[str] = set()  # tables this round changed, locally or remotely
        self._unstored: list[str] = []

    def run(self) -> RoundResult:
        """One round: push, pull, verify.

        Raises :class:`SyncError` (``self.result`` holds what was done until then); a
        cancelled round returns with ``cancelled`` set. Records the server sent that could
        not be stored are reported by :class:`RecordsNotStored` once the round is done.
        """
        started = time.perf_counter()
        self.result = RoundResult()
        self._epoch_moved = False
        self._touched = set()
        self._unstored = []
        if self.pull_limit is None:
            self._page_size = page_size(read_sync_state(self.db))
        try:
            try:
                self.push()
            except EpochChanged:
                self._full_pull(epoch_changed=True)
                self.push()
            self.pull()
            if self.result.sent_again:  # queued after this round's push: send them now
                self.push()
                self.pull()
            self.verify()
            with local.writing(self.db) as conn:
                local.write_state(conn, {"last_sync": utc_now_iso()})
        except (_Cancelled, Cancelled):
            self.result.cancelled = True
        finally:
            self.result.elapsed = time.perf_counter() - started
        if self._unstored:
            raise RecordsNotStored(self.result, self._unstored)
        return self.result

    # --- push --------------------------------------------------------------------------------

    def push(self) -> None:
        """Re-send rows left ``sending`` by an interrupted round, then every row waiting when
        the round began, frozen ``max_changes`` at a time (edits made meanwhile wait for the
        next round), so a first sync of a large database is one round, not several."""
        self._epoch = read_sync_state(self.db).get("epoch")
        with local.writing(self.db) as conn:
            newest = outbox.max_pending_seq(conn)
        self._send_all()
        while True:
            with local.writing(self.db) as conn:
                frozen = outbox.freeze(conn, newest, self.max_changes)
            if not frozen:
                return
            self._send_all()

    def _send_all(self) -> None:
        """Send the ``sending`` rows oldest first, in batches within the protocol's limits.

        Pipelined: while the server works on one batch, this thread stores the answer to
        the one before and reads and encodes the next (the database stays on this thread;
        only the request runs on a helper thread). Batches still go one at a time, in seq
        order, each only after the previous one was answered. A round stopped meanwhile
        leaves unsettled batches ``sending``: re-sent next round under the same change ids.
        """
        with self.db.engine.connect() as conn:
            total = outbox.count_sending(conn)
        done = 0
        self._check_cancel()
        batch = self._next_batch(0)
        if not batch:
            return
        with ThreadPoolExecutor(1, thread_name_prefix="sync-push") as pool:
            flight = pool.submit(self.client.push_raw, self._body(batch))
            while batch:
                upcoming = self._next_batch(batch[-1].seq)
                try:
                    answer: PushResponse | None = flight.result()
                except TooLarge:
                    answer = None
                try:
                    self._check_cancel()
                    stop = False
                except _Cancelled:
                    stop = True
                if answer is None:  # 413: its halves go before the next batch
                    self._split(batch)
                if upcoming and not stop:
                    flight = pool.submit(self.client.push_raw, self._body(upcoming))
                if answer is not None:
                    self._settle(batch, answer)  # while the server works on the next
                done += len(batch)
                self.progress("push", done, total)
                if stop:
                    raise _Cancelled
                batch = upcoming

    def _next_batch(self, after: int) -> list[outbox.Outgoing]:
        """The next batch of ``sending`` rows after seq ``after`` (empty: none left)."""
        with self.db.engine.connect() as conn:
            rows = outbox.next_sending(conn, after, self.batch_changes)
        batch = self._fit(rows) if rows else []
        self._touched.update(row.table for row in batch)
        return batch

    def _fit(self, rows: list[outbox.Outgoing]) -> list[outbox.Outgoing]:
        """The longest head of ``rows`` whose push body stays within the byte limit."""
        size = len(self._body([]))
        for i, row in enumerate(rows):
            size += len(row.body) + 1
            if size > self.batch_bytes and i > 0:
                return rows[:i]
        return rows

    def _body(self, batch: Sequence[outbox.Outgoing]) -> bytes:
        epoch = json.dumps(self._epoch).encode()
        return b'{"epoch":' + epoch + b',"changes":[' + b",".join(r.body for r in batch) + b"]}"

    def _send(self, batch: Sequence[outbox.Outgoing]) -> None:
        try:
            answer = self.client.push_raw(self._body(batch))
        except TooLarge:
            self._split(batch)
            return
        self._settle(batch, answer)

    def _split(self, batch: Sequence[outbox.Outgoing]) -> None:
        """After a 413: send the batch in halves; a single change is kept as rejected."""
        if len(batch) == 1:
            with local.writing(self.db) as conn:
                outbox.reject(conn, [batch[0].seq], TOO_LARGE_REASON)
            self.result.rejected += 1
            return
        half = len(batch) // 2
        self._send(batch[:half])
        self._check_cancel()
        self._send(batch[half:])

    def _settle(self, batch: Sequence[outbox.Outgoing], answer: PushResponse) -> None:
        """Store the server's answer to ``batch`` (one transaction)."""
        if self._epoch is not None and answer.epoch != self._epoch:
            self._epoch_moved = True
        with local.writing(self.db) as conn:
            outcome = outbox.record_results(conn, batch, answer.results)
        self.result.pushed += outcome.accepted
        self.result.rejected += outcome.rejected
        self.result.conflicts += outcome.conflicts

    # --- pull --------------------------------------------------------------------------------

    def pull(self) -> None:
        """Pull everything since the checkpoint (or all of it after an epoch change or 410)."""
        state = read_sync_state(self.db)
        self._epoch = state.get("epoch")
        marker = state.get("full_pull")
        if marker or self._epoch_moved:
            self._full_pull(epoch_changed=self._epoch_moved or marker == "epoch")
            return
        try:
            self._pages(int(state.get("checkpoint") or 0))
        except CheckpointTooOld:
            self._full_pull(epoch_changed=False)
        except _NewEpoch:
            self._full_pull(epoch_changed=True)

    def _full_pull(self, *, epoch_changed: bool) -> None:
        """Pull from 0, then remove synced rows the server did not send (unless edited).

        Interrupted, it starts over next round (the marker stays in sync state).
        """
        for _ in range(3):
            restored = self._restored_epoch() if epoch_changed else None
            with local.writing(self.db) as conn:
                reason = "epoch" if epoch_changed else "retention"
                local.write_state(conn, {"checkpoint": 0, "epoch": None, "full_pull": reason})
                if restored is not None:
                    epoch, base = restored
                    outbox.rebase_all(conn, base)
                    self.result.sent_again += send_again_after_restore(conn, base)
                    local.write_state(conn, {SENT_AGAIN_FOR: epoch})
                elif epoch_changed:
                    outbox.rebase_all(conn)
            self._epoch = None
            self._epoch_moved = False
            self.result.full_pull = True
            try:
                self._pages(0, seen=set(), recreate=epoch_changed)
                return
            except _NewEpoch:
                epoch_changed = True
        raise SyncError("the server's database keeps changing; try again later")

    def _restored_epoch(self) -> tuple[str, int] | None:
        """The server's epoch and its base when this client has not yet sent again what
        that epoch's restore lost (see :mod:`sync.rescue`); None otherwise, or when the
        server does not say (an older server: nothing is sent again)."""
        health = self.client.health()
        epoch, base = health.get("epoch"), health.get("epoch_base")
        if not isinstance(epoch, str) or not isinstance(base, int) or isinstance(base, bool):
            return None
        if read_sync_state(self.db).get(SENT_AGAIN_FOR) == epoch:
            return None  # an interrupted full re-pull of this epoch: already done
        return epoch, base

    def _pages(
        self,
        since: int,
        *,
        tables: list[str] | None = None,
        seen: set[tuple[str, str]] | None = None,
        recreate: bool = False,
    ) -> None:
        """Pull pages from ``since``; each page and its checkpoint in one transaction.

        With ``tables`` (a repair) the main checkpoint is left alone and revocations are
        not applied (they come with the main pull). With ``seen`` the last page also sweeps
        the rows the server did not send; with ``recreate`` too (a new epoch), the waiting
        changes of those become creates.
        """
        main = tables is None
        phase = "pull" if main else "repair"
        done = 0
        while True:
            self._check_cancel()
            request = PullRequest(
                epoch=self._epoch, since=since, limit=self._page_size, tables=tables
            )
            try:
                page = self.client.pull(request)
            except EpochChanged:
                raise _NewEpoch from None
            if self._epoch is not None and page.epoch != self._epoch:
                raise _NewEpoch
            with local.writing(self.db) as conn:
                out = inbox.apply_page(conn, page, seen=seen, revocations=main)
                if main:
                    local.write_state(conn, {"checkpoint": page.checkpoint, "epoch": page.epoch})
                if seen is not None and not page.more:
                    swept = tables or list(TABLE_ORDER)
                    if recreate:
                        outbox.recreate_unsent(conn, seen)
                    out.removed += inbox.remove_unsent(conn, seen, swept)
                    out.touched.update(swept)
                    if main:
                        local.write_state(conn, {"full_pull": None})
            self._epoch = page.epoch
            self._touched |= out.touched
            for item in out.unstored:
                self.result.unstored.append(item.key)
                self._unstored.append(f"{item.key}: {item.reason}")
            self.result.pulled += out.records
            self.result.conflicts += out.conflicts
            self.result.removed += out.removed
            done += out.records
            self.progress(phase, done, 0)
            if not page.more:
                return
            if page.checkpoint <= since:
                raise SyncError("the server's pull pages do not advance (a server bug)")
            since = page.checkpoint

    # --- verify ------------------------------------------------------------------------------

    def verify(self) -> None:
        """Compare per-table digests with the server's; catch up, then repair what differs.

        Only the tables this round changed (pushed, pulled or removed rows) are compared —
        the divergence a round can cause is in those — except for a full verification of
        every table after a full re-pull and when the last one is older than the setting
        ``verify_every_hours`` (sync state; default 24): that one catches damage done
        outside sync. A round that changed nothing compares nothing.
        """
        state = read_sync_state(self.db)
        full = self.result.full_pull or self._full_due(state)
        tables = [t for t in TABLE_ORDER if full or t in self._touched]
        if not tables:
            return
        try:
            bad = self._mismatched(tables)
            if bad:
                self.pull()  # others may have pushed since our pull: catch up first
                bad = self._mismatched(bad)
            if bad:
                self._pages(0, tables=bad, seen=set())
                self.result.repaired = bad
        except _NewEpoch:
            self._full_pull(epoch_changed=True)
            return
        self.result.verified = tables
        if full:
            with local.writing(self.db) as conn:
                local.write_state(conn, {VERIFIED_AT: utc_now_iso()})

    @staticmethod
    def _full_due(state: dict[str, Any]) -> bool:
        """Whether the last full verification is older than the setting (or never ran)."""
        last = state.get(VERIFIED_AT)
        if not last:
            return True
        try:
            hours = float(state.get(VERIFY_EVERY_HOURS, DEFAULT_VERIFY_HOURS))
            age = dt.datetime.now(dt.UTC).replace(tzinfo=None) - dt.datetime.fromisoformat(last)
        except (TypeError, ValueError):
            return True
        return age >= dt.timedelta(hours=hours)

    def _mismatched(self, tables: list[str]) -> list[str]:
        self.progress("verify", 0, len(tables))
        answer = self.client.verify(VerifyRequest(tables=tables))
        if self._epoch is not None and answer.epoch != self._epoch:
            raise _NewEpoch
        bad = []
        with self.db.engine.connect() as conn:
            for table in tables:
                theirs = answer.tables.get(table)
                if theirs is None:
                    continue
                pairs = local.local_digest_pairs(conn, table)
                if len(pairs) != theirs.count or digest_lines(pairs) != theirs.hash:
                    bad.append(table)
        self.progress("verify", len(tables), len(tables))
        return bad

    def _check_cancel(self) -> None:
        event = getattr(self.client, "cancel", None)
        if self.should_cancel() or (event is not None and event.is_set()):
            raise _Cancelled


def sync_once(db: Database, client: SyncClient, **options: Any) -> RoundResult:
    """One round holding the database's sync lock (:class:`~sync.lock.SyncRunning` if taken)."""
    with SyncLock(db.path):
        return SyncEngine(db, client, **options).run()
