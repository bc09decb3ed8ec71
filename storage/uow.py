"""The unit of work: one session, one transaction, rolled back unless committed.

Services take a ``UnitOfWork`` and call :meth:`UnitOfWork.commit` when the user action is
complete. Change tracking for sync is attached to every session made here, so the pending
changes are written in the same transaction as the edit.
"""

from __future__ import annotations

import weakref
from types import TracebackType
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from storage import changes
from storage.database import Database
from storage.models import Synced

T = TypeVar("T", bound=Synced)

# The session factories change tracking is attached to, held weakly: a factory leaves the
# set when it is freed. (A set of their id()s took a new database's factory, made where a
# closed one's had been, for tracked: its edits left no pending change and never synced.
# SQLAlchemy's ``event.contains`` has the same blind spot.)
_installed: weakref.WeakSet[sessionmaker[Session]] = weakref.WeakSet()


class NotFound(LookupError):
    """No live (non-deleted) row of that table has that id."""


class UnitOfWork:
    """A transaction over the rep database.

    ``with UnitOfWork(db) as uow: …; uow.commit()``. Leaving the block without committing
    rolls everything back. ``track_changes=False`` is for the sync engine applying what the
    server sent (those edits are not the rep's own and must not be pushed back).
    """

    session: Session

    def __init__(self, db: Database, *, track_changes: bool = True, write: bool = True) -> None:
        self.db = db
        self.track_changes = track_changes
        self.write = write
        if db.sessions not in _installed:
            changes.install(db.sessions)
            _installed.add(db.sessions)

    def __enter__(self) -> UnitOfWork:
        self.session = self.db.sessions()
        self.session.info["track_changes"] = self.track_changes
        if self.write:
            # Take SQLite's write lock at BEGIN (see storage.database._on_begin).
            self.session.connection(execution_options={"repdesk_write": True})
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.rollback()
        self.session.close()

    def commit(self) -> None:
        """Make everything done in this unit of work permanent."""
        self.session.commit()

    def rollback(self) -> None:
        """Throw away everything not yet committed."""
        self.session.rollback()

    # --- repository-style helpers ------------------------------------------------------

    def get(self, model: type[T], row_id: str) -> T:
        """The live row of ``model`` with ``row_id``; raises :class:`NotFound`."""
        obj = self.session.get(model, row_id)
        if obj is None or obj.deleted:
            raise NotFound(f"{model.__tablename__} {row_id}")
        return obj

    def add(self, obj: Any) -> None:
        """Add a new row to the session (written at the next flush or commit)."""
        self.session.add(obj)

    def live(self, model: type[T]) -> list[T]:
        """Every live row of ``model`` (small tables only; lists page through storage)."""
        return list(self.session.scalars(select(model).where(model.deleted.is_(False))))
