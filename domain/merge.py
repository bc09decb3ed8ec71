"""Field-level merge of a pushed change into a record (docs/sync-protocol.md, "Push").

Pure rules, no storage: the server feeds in what it knows of each field (value, the seq of
the change that set it, its edit time, author, change id) and the incoming change, and gets
back which fields to take and which values lost. Edit times are ISO 8601 UTC strings without
offset; they must already be clamped with :func:`clamp` to when the server received them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Edit:
    """One side's edit of one field."""

    value: Any
    time: str
    author: str | None
    change_id: str


@dataclass(frozen=True)
class FieldState:
    """The server's current value of a field and the edit that set it."""

    edit: Edit
    version: int


@dataclass(frozen=True)
class LostValue:
    """A value that lost a same-field conflict, with the value that won."""

    field: str
    kept: Edit
    lost: Edit


@dataclass
class Outcome:
    """The result of merging one change: fields to write, values that lost."""

    take: dict[str, Edit] = field(default_factory=dict)
    lost: list[LostValue] = field(default_factory=list)
    stale_elsewhere: bool = False
    refused_deleted: bool = False

    @property
    def status(self) -> str:
        """``conflict``, ``merged`` or ``applied`` (see the protocol)."""
        if self.lost or self.refused_deleted:
            return "conflict"
        return "merged" if self.stale_elsewhere else "applied"


def clamp(edit_time: str | None, received: dt.datetime) -> str:
    """The edit time to use: the client's, but never later than when the server received it.

    A missing or unreadable time counts as the receipt time.
    """
    ceiling = received.replace(tzinfo=None)
    try:
        parsed = dt.datetime.fromisoformat(edit_time) if edit_time else ceiling
    except ValueError:
        parsed = ceiling
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(dt.UTC).replace(tzinfo=None)
    return min(parsed, ceiling).isoformat(timespec="microseconds")


def wins(a: Edit, b: Edit) -> bool:
    """Whether edit ``a`` beats edit ``b``: the later time, ties to the larger change id."""
    return (a.time, a.change_id) > (b.time, b.change_id)


def merge(
    current: dict[str, FieldState] | None,
    incoming: dict[str, Edit],
    base_version: int,
    *,
    deleted: bool = False,
) -> Outcome:
    """Merge the fields of an incoming change made against ``base_version``.

    ``current`` is None for a record the server does not have (everything is taken).
    ``deleted`` says the server's record is a tombstone: then a change that does not delete
    (or explicitly undelete) it is refused, so a stale edit never resurrects a record.
    """
    out = Outcome()
    if current is None:
        out.take = dict(incoming)
        return out
    if deleted and "deleted" not in incoming:
        out.refused_deleted = True
        return out
    for name, mine in incoming.items():
        theirs = current.get(name)
        if theirs is None or theirs.version <= base_version or theirs.edit.value == mine.value:
            out.take[name] = mine
        elif wins(mine, theirs.edit):
            out.take[name] = mine
            out.lost.append(LostValue(name, kept=mine, lost=theirs.edit))
        else:
            out.lost.append(LostValue(name, kept=theirs.edit, lost=mine))
    out.stale_elsewhere = any(
        state.version > base_version for name, state in current.items() if name not in incoming
    )
    return out
