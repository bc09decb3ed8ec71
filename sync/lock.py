"""One sync round at a time per database: an exclusive lock file beside it.

``<db>.sync.lock`` is locked with ``fcntl.flock`` (non-blocking). The lock belongs to the open
file, so it goes away with the process, even when the process is killed; the file itself
stays and is reused.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path
from types import TracebackType

from sync.client import SyncError


class SyncRunning(SyncError):
    """Another sync round holds the lock of this database."""


def lock_path(db_path: str | Path) -> Path:
    """The lock file of the database at ``db_path``."""
    path = Path(db_path)
    return path.with_name(path.name + ".sync.lock")


class SyncLock:
    """``with SyncLock(db_path): …`` runs the block holding the database's sync lock.

    Raises :class:`SyncRunning` at once (no waiting) when another round holds it.
    """

    def __init__(self, db_path: str | Path) -> None:
        self.path = lock_path(db_path)
        self._fd: int | None = None

    def acquire(self) -> None:
        """Take the lock or raise :class:`SyncRunning`."""
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise SyncRunning("a sync is already running for this database") from None
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        self._fd = fd

    def release(self) -> None:
        """Give the lock back (closing the file releases it)."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    @property
    def held(self) -> bool:
        """Whether this object holds the lock."""
        return self._fd is not None

    def __enter__(self) -> SyncLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()
