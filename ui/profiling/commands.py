"""Undoable profiling edits: saving an assessment, setting a contact's political style.

- :class:`SaveAssessmentCommand` runs a ``services.profiling.save_*`` function on the writer
  thread; undo tombstones the new assessment (the earlier ones stay as history); a later redo
  restores that same row.
- :func:`political_style_command` sets the style through
  ``services.profiling.set_political_style`` and undo writes back the previous value it
  returned.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from services import profiling, records
from storage.uow import UnitOfWork
from ui.commands import RecordCommand, ServiceCommand, short_name
from ui.ops import OpRunner

TABLES = frozenset({profiling.TABLE})


class SaveAssessmentCommand(RecordCommand):
    """Save an assessment with ``save(uow) -> new id``; undo removes it, redo brings it back."""

    verb = "add"

    def __init__(
        self,
        runner: OpRunner,
        save: Callable[[UnitOfWork], str],
        *,
        text: str,
        contact_id: str | None = None,
        **kw: Any,
    ) -> None:
        super().__init__(runner, profiling.TABLE, contact_id or "", text=text, **kw)
        self.contact_id = contact_id
        self._save = save
        self.assessment_id: str | None = None
        self._deleted: list[tuple[str, str]] = []

    def _do(self, uow: UnitOfWork, first: bool) -> str | None:
        if first or self.assessment_id is None:
            self.assessment_id = self._save(uow)
        else:
            records.restore(uow, self._deleted)
        return self.assessment_id

    def _undo(self, uow: UnitOfWork) -> None:
        if self.assessment_id is not None:
            self._deleted = records.delete(uow, profiling.TABLE, self.assessment_id)

    def _tables(self) -> frozenset[str]:
        return TABLES


def estimate_text(name: str) -> str:
    """The Undo menu's text for a buyer estimate: "Profile 张三"."""
    return QCoreApplication.translate("ProfilingCommand", "Profile %1").replace(
        "%1", short_name(name)
    )


def self_text() -> str:
    """The Undo menu's text for the rep's own questionnaire."""
    return QCoreApplication.translate("ProfilingCommand", "Save my thinking-style profile")


def political_style_command(
    runner: OpRunner,
    contact_id: str,
    name: str,
    reading: str,
    carrying: str,
    *,
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[Any], None] | None = None,
) -> ServiceCommand:
    """An undoable command setting ``contact_id``'s political style from the two answers."""

    def do(uow: UnitOfWork) -> dict[str, Any]:
        return profiling.set_political_style(uow, contact_id, reading, carrying)

    def undo(uow: UnitOfWork, previous: dict[str, Any]) -> None:
        if previous:
            records.update(uow, "contacts", contact_id, previous)

    text = QCoreApplication.translate("ProfilingCommand", "Set political style of %1").replace(
        "%1", short_name(name)
    )
    return ServiceCommand(
        runner,
        "contacts",
        contact_id,
        do,
        undo,
        tables=frozenset({"contacts"}),
        text=text,
        on_success=on_success,
        on_failure=on_failure,
    )
