"""Undoable edits: one ``QUndoCommand`` per create, edit or delete of a record.

Each command runs the generic record services (``services.records``) through the window's
:class:`~ui.ops.OpRunner`, so the database work happens on the writer thread and views
refresh on ``operation_did_execute`` (the command itself is the ``initiator``):

- :class:`CreateRecordCommand` — redo creates the record with an id chosen up front; undo
  tombstones it; a later redo restores that same record (same id, nothing duplicated);
- :class:`UpdateRecordCommand` — redo sets the changed fields and keeps what
  ``records.update`` returns (the previous values); undo writes those back;
- :class:`DeleteRecordCommand` — redo tombstones the record and what depends on it; undo
  restores exactly those.

The writer thread runs ops one at a time in order, so an undo queued right behind its redo
sees the state the redo left: commands keep that state in attributes set *inside* the op.

The first run happens when the command is pushed. If it fails (a value the service refused)
the command marks itself obsolete and :func:`push` takes it off the stack again, so Ctrl+Z
never offers to undo an edit that did not happen; ``on_failure`` gets the exception (e.g.
:class:`~services.errors.ValidationFailed`, to show beside the fields).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from domain.ids import new_id
from domain.records import CASCADE
from services import records
from storage.uow import UnitOfWork
from ui.ops import OpRunner

Callback = Callable[[Any], None] | None
NAME_LENGTH = 16


def _tables_touched_by_delete(table: str) -> frozenset[str]:
    """``table`` and every table a delete of it cascades to."""
    found, todo = {table}, [table]
    while todo:
        for child, _ref in CASCADE.get(todo.pop(), []):
            if child not in found:
                found.add(child)
                todo.append(child)
    return frozenset(found)


def short_name(name: object) -> str:
    """A record's name cut to fit an Undo menu item: ``杭州电子设备有限…``."""
    text = str(name or "").strip()
    return text if len(text) <= NAME_LENGTH else text[: NAME_LENGTH - 1] + "…"


def command_text(verb: str, table: str, name: object = None) -> str:
    """The human-readable text of an edit, e.g. "Edit account 杭州电子…" (translated).

    ``verb`` is ``add``, ``edit`` or ``delete``. Every sentence is a literal so ``lupdate``
    finds it.
    """
    texts = {
        ("add", "accounts"): QCoreApplication.translate("RecordCommand", "Add account %1"),
        ("edit", "accounts"): QCoreApplication.translate("RecordCommand", "Edit account %1"),
        ("delete", "accounts"): QCoreApplication.translate("RecordCommand", "Delete account %1"),
        ("add", "contacts"): QCoreApplication.translate("RecordCommand", "Add contact %1"),
        ("edit", "contacts"): QCoreApplication.translate("RecordCommand", "Edit contact %1"),
        ("delete", "contacts"): QCoreApplication.translate("RecordCommand", "Delete contact %1"),
        ("add", "activities"): QCoreApplication.translate("RecordCommand", "Log activity %1"),
        ("edit", "activities"): QCoreApplication.translate("RecordCommand", "Edit activity %1"),
        ("delete", "activities"): QCoreApplication.translate("RecordCommand", "Delete activity %1"),
    }
    template = texts.get((verb, table))
    if template is None:  # a table without its own sentences: name it by its code
        template = {
            "add": QCoreApplication.translate("RecordCommand", "Add %1"),
            "edit": QCoreApplication.translate("RecordCommand", "Edit %1"),
            "delete": QCoreApplication.translate("RecordCommand", "Delete %1"),
        }[verb]
        name = f"{table} {short_name(name)}"
    else:
        name = short_name(name)
    return template.replace("%1", name).strip()


class RecordCommand(QUndoCommand):
    """What the three commands share: the runner, the record, and the first-run callbacks.

    ``account_id`` names the account the record belongs to (the account itself for an
    account), so an open account editor can tell whether a change concerns it.
    """

    verb = ""

    def __init__(
        self,
        runner: OpRunner,
        table: str,
        row_id: str,
        *,
        name: object = None,
        account_id: str | None = None,
        text: str | None = None,
        on_success: Callback = None,
        on_failure: Callback = None,
    ) -> None:
        super().__init__(text or command_text(self.verb, table, name))
        self.runner = runner
        self.table = table
        self.row_id = row_id
        self.account_id = row_id if table == "accounts" else account_id
        self._on_success = on_success
        self._on_failure = on_failure
        self._runs = 0
        self._stack: QUndoStack | None = None
        self.failed = False

    # --- what subclasses provide ---------------------------------------------------------

    def _do(self, uow: UnitOfWork, first: bool) -> Any:
        raise NotImplementedError

    def _undo(self, uow: UnitOfWork) -> Any:
        raise NotImplementedError

    def _tables(self) -> frozenset[str]:
        return frozenset({self.table})

    # --- QUndoCommand --------------------------------------------------------------------

    def redo(self) -> None:
        """Run the edit (first push) or run it again after an undo."""
        if self.failed:
            return
        first = self._runs == 0
        self._runs += 1
        if first:
            self.runner.write(
                lambda uow: self._do(uow, True),
                tables=self._tables(),
                initiator=self,
                on_success=self._on_success,
                on_failure=self._first_run_failed,
            )
        else:
            self.runner.write(
                lambda uow: self._do(uow, False), tables=self._tables(), initiator=self
            )

    def undo(self) -> None:
        """Put back what the edit changed."""
        if self.failed:
            return
        self.runner.write(self._undo, tables=self._tables(), initiator=self)

    def _first_run_failed(self, exc: BaseException) -> None:
        self.failed = True
        try:
            self.setObsolete(True)
            stack = self._stack
            if stack is not None and stack.index() > 0 and stack.command(stack.index() - 1) is self:
                stack.undo()  # an obsolete command is dropped without its undo() being run
        except RuntimeError:  # the stack already deleted the command (e.g. cleared)
            pass
        if self._on_failure:
            self._on_failure(exc)
        else:
            self.runner.op_failed.emit(exc)


class CreateRecordCommand(RecordCommand):
    """Create a record of ``table`` from typed ``values``; undo tombstones it.

    The id is made here (or taken from ``values["id"]``), so every redo means the same record.
    """

    verb = "add"

    def __init__(self, runner: OpRunner, table: str, values: Mapping[str, Any], **kw: Any) -> None:
        values = dict(values)
        row_id = str(values.pop("id", None) or new_id())
        if table != "accounts":
            kw.setdefault("account_id", values.get("account_id"))
        kw.setdefault("name", values.get("name") or values.get("subject"))
        super().__init__(runner, table, row_id, **kw)
        self.values = values
        self._deleted: list[tuple[str, str]] = []

    def _do(self, uow: UnitOfWork, first: bool) -> str:
        if first:
            return records.create(uow, self.table, {**self.values, "id": self.row_id})
        records.restore(uow, self._deleted)
        return self.row_id

    def _undo(self, uow: UnitOfWork) -> None:
        self._deleted = records.delete(uow, self.table, self.row_id)

    def _tables(self) -> frozenset[str]:
        return _tables_touched_by_delete(self.table)


class UpdateRecordCommand(RecordCommand):
    """Set ``changes`` (typed values of the fields that changed) on a record."""

    verb = "edit"

    def __init__(
        self, runner: OpRunner, table: str, row_id: str, changes: Mapping[str, Any], **kw: Any
    ) -> None:
        super().__init__(runner, table, row_id, **kw)
        self.changes = dict(changes)
        self.previous: dict[str, Any] = {}

    def _do(self, uow: UnitOfWork, first: bool) -> dict[str, Any]:
        self.previous = records.update(uow, self.table, self.row_id, self.changes)
        return self.previous

    def _undo(self, uow: UnitOfWork) -> None:
        records.update(uow, self.table, self.row_id, self.previous)


class DeleteRecordCommand(RecordCommand):
    """Tombstone a record and what depends on it; undo restores exactly those."""

    verb = "delete"

    def __init__(self, runner: OpRunner, table: str, row_id: str, **kw: Any) -> None:
        super().__init__(runner, table, row_id, **kw)
        self.deleted: list[tuple[str, str]] = []

    def _do(self, uow: UnitOfWork, first: bool) -> list[tuple[str, str]]:
        self.deleted = records.delete(uow, self.table, self.row_id)
        return self.deleted

    def _undo(self, uow: UnitOfWork) -> None:
        records.restore(uow, self.deleted)

    def _tables(self) -> frozenset[str]:
        return _tables_touched_by_delete(self.table)


class ServiceCommand(RecordCommand):
    """A compound edit a service function makes in one transaction (e.g. moving a project
    to its next step writes the project and its step history).

    ``do(uow)`` runs the edit and returns what ``undo(uow, result)`` needs to put it back;
    a redo after an undo runs ``do`` again. ``tables`` are those the edit touches.
    """

    verb = "edit"

    def __init__(
        self,
        runner: OpRunner,
        table: str,
        row_id: str,
        do: Callable[[UnitOfWork], Any],
        undo: Callable[[UnitOfWork, Any], None],
        *,
        tables: frozenset[str],
        **kw: Any,
    ) -> None:
        super().__init__(runner, table, row_id, **kw)
        self._do_fn = do
        self._undo_fn = undo
        self._touched = tables
        self.result: Any = None

    def _do(self, uow: UnitOfWork, first: bool) -> Any:
        self.result = self._do_fn(uow)
        return self.result

    def _undo(self, uow: UnitOfWork) -> None:
        self._undo_fn(uow, self.result)

    def _tables(self) -> frozenset[str]:
        return self._touched | {self.table}


def push(stack: QUndoStack, command: RecordCommand) -> None:
    """Push ``command`` on ``stack`` (which runs it) and let it leave the stack if it fails.

    ``stack.push(command)`` works too; a command that failed then stays on the stack as an
    obsolete entry whose undo does nothing.
    """
    command._stack = stack
    stack.push(command)


__all__ = [
    "CreateRecordCommand",
    "DeleteRecordCommand",
    "RecordCommand",
    "ServiceCommand",
    "UpdateRecordCommand",
    "command_text",
    "push",
]
