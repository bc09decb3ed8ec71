"""Undoable channel writes: invoices and payments through their services (so the payment
checks run), and evaluations (qualifications and reviews) saved by ``services.channel``.

They reuse :mod:`ui.commands`: a create made by a service is a
:class:`~ui.commands.CreateRecordCommand` whose first run calls the service (with the id
chosen up front) instead of the generic create; undo tombstones it and redo restores it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from services import records
from services.channel import evaluation_history
from storage.uow import UnitOfWork
from ui.commands import CreateRecordCommand, ServiceCommand
from ui.ops import OpRunner

EVALUATION_FIELDS = ("scores", "total", "recommendation", "evaluated_on", "notes")


class ServiceCreateCommand(CreateRecordCommand):
    """Create a record of ``table`` through ``create(uow, values)`` (a service that checks
    more than the field rules, e.g. :func:`services.receivables.record_payment`)."""

    def __init__(
        self,
        runner: OpRunner,
        table: str,
        values: Mapping[str, Any],
        create: Callable[[UnitOfWork, Mapping[str, Any]], str],
        **kw: Any,
    ) -> None:
        super().__init__(runner, table, values, **kw)
        self._create = create

    def _do(self, uow: UnitOfWork, first: bool) -> str:
        if first:
            return self._create(uow, {**self.values, "id": self.row_id})
        return super()._do(uow, first)


def evaluation_command(
    runner: OpRunner,
    account_id: str,
    kind: str,
    period: str | None,
    save: Callable[[UnitOfWork], tuple[str, Any]],
    *,
    text: str,
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[Any], None] | None = None,
) -> ServiceCommand:
    """A command that runs ``save(uow)`` (a qualification or review save returning
    ``(id, result)``); undo removes what it created, or puts back the review of the same
    period it replaced."""

    def do(uow: UnitOfWork) -> tuple[str, Any, dict[str, Any] | None]:
        before = None
        if period is not None:
            found = [h for h in evaluation_history(uow, account_id, kind) if h.period == period]
            if found:
                h = found[0]
                before = {
                    "scores": h.scores,
                    "total": h.total,
                    "recommendation": h.recommendation,
                    "evaluated_on": h.evaluated_on,
                    "notes": h.notes,
                }
        row_id, result = save(uow)
        return row_id, result, before

    def undo(uow: UnitOfWork, done: tuple[str, Any, dict[str, Any] | None]) -> None:
        row_id, _result, before = done
        if before is None:
            records.delete(uow, "evaluations", row_id)
        else:
            records.update(uow, "evaluations", row_id, before)

    return ServiceCommand(
        runner,
        "evaluations",
        account_id,
        do,
        undo,
        tables=frozenset({"evaluations"}),
        account_id=account_id,
        text=text,
        on_success=on_success,
        on_failure=on_failure,
    )
