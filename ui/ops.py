"""Running database and slow work off the GUI thread.

One :class:`OpRunner` per window. Writes run one at a time on a single writer thread (SQLite
has one writer anyway, and edits then apply in the order the rep made them); reads and long
jobs (import, PDF batches, sync) run on a small pool. Each op opens its own
:class:`~storage.uow.UnitOfWork` inside the worker, so no session or ORM object crosses
threads; results come back to the GUI thread by signal. After a write the runner emits
``operation_did_execute(tables, initiator)`` once, and views refresh only when a table they
show is among ``tables``.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from storage.database import Database
from storage.uow import UnitOfWork

Callback = Callable[[Any], None] | None


class _Relay(QObject):
    """Lives in the GUI thread; worker threads emit on it (queued to the GUI thread)."""

    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)


class Cancelled(Exception):
    """Raised inside a long op when the rep pressed Cancel."""


class Job:
    """Handle of a running op: ask it to stop with :meth:`cancel`; long ops poll it."""

    def __init__(self, relay: _Relay) -> None:
        self._relay = relay
        self._cancelled = False

    def cancel(self) -> None:
        """Ask the op to stop at its next progress report."""
        self._cancelled = True

    @property
    def cancelled(self) -> bool:
        """Whether :meth:`cancel` was called."""
        return self._cancelled

    def progress(self, done: int, total: int) -> None:
        """Report progress from inside the op; raises :class:`Cancelled` once cancelled."""
        if self._cancelled:
            raise Cancelled()
        self._relay.progressed.emit(done, total)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # reported to the GUI thread, never lost
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self.relay.failed.emit(exc)
        else:
            self.relay.succeeded.emit(result)


class OpRunner(QObject):
    """Runs ops in the background and tells views what changed."""

    operation_did_execute = Signal(object, object)  # (frozenset of table names, initiator)
    op_failed = Signal(object)  # an exception no on_failure callback handled
    busy_changed = Signal(bool)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._writer = QThreadPool(self)
        self._writer.setMaxThreadCount(1)
        self._readers = QThreadPool(self)
        self._readers.setMaxThreadCount(2)
        self._relays: set[_Relay] = set()
        self._running = 0
        self._closed = False

    # --- public API -------------------------------------------------------------------

    def write(
        self,
        fn: Callable[[UnitOfWork], Any],
        *,
        tables: set[str] | frozenset[str],
        initiator: object = None,
        on_success: Callback = None,
        on_failure: Callback = None,
    ) -> None:
        """Run ``fn(uow)`` on the writer thread (it commits through the services).

        On success ``on_success(result)`` runs in the GUI thread, then
        ``operation_did_execute(tables, initiator)`` is emitted.
        """

        def call() -> Any:
            with UnitOfWork(self.db) as uow:
                return fn(uow)

        def done(result: Any) -> None:
            if on_success:
                on_success(result)
            self.operation_did_execute.emit(frozenset(tables), initiator)

        self._start(self._writer, call, done, on_failure)

    def read(
        self,
        fn: Callable[[UnitOfWork], Any],
        *,
        on_success: Callback = None,
        on_failure: Callback = None,
    ) -> None:
        """Run ``fn(uow)`` on a reader thread; ``on_success(result)`` gets the result."""

        def call() -> Any:
            with UnitOfWork(self.db, write=False) as uow:
                return fn(uow)

        self._start(self._readers, call, on_success, on_failure)

    def job(
        self,
        fn: Callable[[Job], Any],
        *,
        on_progress: Callable[[int, int], None] | None = None,
        on_success: Callback = None,
        on_failure: Callback = None,
        tables: set[str] | frozenset[str] = frozenset(),
    ) -> Job:
        """Run a long ``fn(job)`` on the pool with progress and cancel; returns the handle.

        ``fn`` calls ``job.progress(done, total)`` now and then; after :meth:`Job.cancel` that
        call raises :class:`Cancelled`, which reaches ``on_failure``. ``tables`` it changed
        are announced through ``operation_did_execute`` on success.
        """
        relay = _Relay()
        handle = Job(relay)
        if on_progress:
            relay.progressed.connect(on_progress)

        def done(result: Any) -> None:
            if on_success:
                on_success(result)
            if tables:
                self.operation_did_execute.emit(frozenset(tables), handle)

        self._start(self._readers, lambda: fn(handle), done, on_failure, relay)
        return handle

    def close(self, msecs: int = 30_000) -> bool:
        """Wait for running ops, then drop any result still on its way (window closing).

        Results that arrive after this are not delivered: their widgets may be gone.
        """
        done = self.wait(msecs)
        self._closed = True
        return done

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until every op has finished (for shutdown and tests)."""
        return self._writer.waitForDone(msecs) and self._readers.waitForDone(msecs)

    @property
    def busy(self) -> bool:
        """Whether an op is running."""
        return self._running > 0

    # --- internals ----------------------------------------------------------------------

    def _start(
        self,
        pool: QThreadPool,
        call: Callable[[], Any],
        on_success: Callback,
        on_failure: Callback,
        relay: _Relay | None = None,
    ) -> None:
        relay = relay or _Relay()
        self._relays.add(relay)  # keep it alive until the result arrives

        @Slot(object)
        def succeeded(result: Any) -> None:
            self._finish(relay)
            if self._closed:
                return
            if on_success:
                on_success(result)

        @Slot(object)
        def failed(exc: BaseException) -> None:
            self._finish(relay)
            if self._closed:
                return
            if on_failure:
                on_failure(exc)
            else:
                self.op_failed.emit(exc)

        relay.succeeded.connect(succeeded)
        relay.failed.connect(failed)
        self._running += 1
        if self._running == 1:
            self.busy_changed.emit(True)
        pool.start(_Task(call, relay))

    def _finish(self, relay: _Relay) -> None:
        self._relays.discard(relay)
        self._running -= 1
        if self._running == 0:
            self.busy_changed.emit(False)
