"""Create, edit and delete records of any synced table: the generic use cases.

Every function takes a :class:`~storage.uow.UnitOfWork`, validates with ``domain``,
commits once, and so writes the pending changes for sync in the same transaction.
Deletion is a tombstone (``deleted = True``) that cascades to the records that cannot
exist without the deleted one (an account's contacts, projects, activities, …).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select

from domain.ids import new_id
from domain.records import CASCADE, spec
from domain.validation import FieldError, validate
from services.errors import ValidationFailed
from storage.models import SYNCED_MODELS, Synced
from storage.uow import UnitOfWork


def _check_refs(uow: UnitOfWork, table: str, values: Mapping[str, Any]) -> list[FieldError]:
    errors: list[FieldError] = []
    fields = spec(table)
    for name, value in values.items():
        f = fields.get(name)
        if f is None or f.ref is None or value in (None, []):
            continue
        targets = value if f.kind == "id_list" else [value]
        model = SYNCED_MODELS[f.ref]
        for target in targets:
            row = uow.session.get(model, target)
            if row is None or row.deleted:
                errors.append(FieldError(name, "missing_ref", {"table": f.ref, "value": target}))
    return errors


def _checked(uow: UnitOfWork, table: str, values: Mapping[str, Any], *, partial: bool) -> None:
    errors = validate(table, values, partial=partial) or _check_refs(uow, table, values)
    if errors:
        raise ValidationFailed(table, errors)


def create(uow: UnitOfWork, table: str, values: Mapping[str, Any]) -> str:
    """Create a record of ``table`` from typed ``values``; returns its new id.

    Raises :class:`ValidationFailed` (nothing written) when a value is invalid or a
    reference points to a record that does not exist.
    """
    values = dict(values)
    row_id = values.pop("id", None) or new_id()
    _checked(uow, table, values, partial=False)
    obj = SYNCED_MODELS[table](id=row_id, **values)
    uow.add(obj)
    uow.commit()
    return row_id


def update(uow: UnitOfWork, table: str, row_id: str, changes: Mapping[str, Any]) -> dict[str, Any]:
    """Set ``changes`` on record ``row_id``; returns the previous values of the fields changed.

    Passing the returned dict back to :func:`update` undoes the edit. Raises
    :class:`ValidationFailed` or :class:`~storage.uow.NotFound`; nothing is written then.
    """
    _checked(uow, table, changes, partial=True)
    obj = uow.get(SYNCED_MODELS[table], row_id)
    previous = {k: getattr(obj, k) for k in changes if getattr(obj, k) != changes[k]}
    for name in previous:
        setattr(obj, name, changes[name])
    uow.commit()
    return previous


def delete(uow: UnitOfWork, table: str, row_id: str) -> list[tuple[str, str]]:
    """Tombstone record ``row_id`` and every record that depends on it.

    Returns the ``(table, id)`` pairs deleted, which :func:`restore` takes to undo it.
    """
    root = uow.get(SYNCED_MODELS[table], row_id)
    deleted: list[tuple[str, str]] = []
    stack: list[tuple[str, Synced]] = [(table, root)]
    while stack:
        t, obj = stack.pop()
        obj.deleted = True
        deleted.append((t, obj.id))
        for child_table, ref in CASCADE.get(t, []):
            model = SYNCED_MODELS[child_table]
            column = getattr(model, ref)
            children = uow.session.scalars(
                select(model).where(column == obj.id, model.deleted.is_(False))
            )
            stack.extend((child_table, c) for c in children)
    uow.commit()
    return deleted


def restore(uow: UnitOfWork, deleted: list[tuple[str, str]]) -> None:
    """Bring back the records a :func:`delete` tombstoned (undo of a delete)."""
    for table, row_id in deleted:
        obj = uow.session.get(SYNCED_MODELS[table], row_id)
        if obj is not None:
            obj.deleted = False
    uow.commit()
