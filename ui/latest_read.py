"""Background reads of which only the newest load's answers count.

A page or tab reloads on F5 and after every change to its tables; when loads overlap, an
older answer must not overwrite a newer one. :class:`LatestRead` numbers the loads and lets
through only the answers of the load in progress (and only while the widget still exists).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from storage.uow import UnitOfWork
from ui.ops import OpRunner


class LatestRead:
    """Runs reads for the load in progress; answers to earlier loads are dropped."""

    def __init__(
        self,
        runner: OpRunner,
        *,
        alive: Callable[[], bool] = lambda: True,
        report_failures: bool = True,
    ) -> None:
        """``alive`` says whether the widget the answers go to still exists (an editor may
        close while a read runs); with ``report_failures`` every failure also reaches the
        window's one error handler (:attr:`OpRunner.op_failed`), stale or not."""
        self.runner = runner
        self._alive = alive
        self._report = report_failures
        self.generation = 0

    def start(self) -> None:
        """Begin a new load: answers still on their way for earlier loads are dropped."""
        self.generation += 1

    def is_current(self, generation: int) -> bool:
        """Whether ``generation`` is the load in progress and the widget still exists."""
        return generation == self.generation and self._alive()

    def read(
        self,
        fn: Callable[[UnitOfWork], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run ``fn(uow)`` on a reader thread for the load in progress.

        ``on_success(result)`` and ``on_failure(exc)`` run only if no newer load began
        meanwhile. Without ``on_failure`` a failure goes to the window's error handler.
        """
        generation = self.generation

        def succeeded(result: Any) -> None:
            if self.is_current(generation):
                on_success(result)

        def failed(exc: BaseException) -> None:
            if on_failure is not None and self.is_current(generation):
                on_failure(exc)
            if self._report or on_failure is None:
                self.runner.op_failed.emit(exc)

        self.runner.read(fn, on_success=succeeded, on_failure=failed)
