"""``python main.py sync --db PATH [--server URL --user LOGIN] [--insecure]``: one sync round.

A thin shell over :class:`sync.session.SyncSession` (shared with the app): it finds the
server and login (given the first time, then remembered in sync state), gets a token (the
keyring, else a login with the password from ``REPDESK_PASSWORD`` or a prompt on a
terminal), runs a round under the database's sync lock and prints one summary line. Exit status: 0 done, 1 error, 3 another sync is running,
4 offline (the server could not be reached; every pending change is kept).
"""

from __future__ import annotations

import argparse
import getpass
import os
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from cli.common import open_db
from cli.errors import CliError
from storage.changes import pending_count
from storage.database import Database
from sync.client import Offline, SyncError
from sync.engine import RoundResult, read_sync_state
from sync.lock import SyncRunning
from sync.session import ALLOW_INSECURE, SyncSession, choose_server

PASSWORD_ENV = "REPDESK_PASSWORD"
EXIT_RUNNING = 3
EXIT_OFFLINE = 4


def run(args: argparse.Namespace) -> int:
    """Run one sync round of ``args.db``; prints the summary, returns the exit status."""
    db = open_db(args.db)
    try:
        result = _round(db, args)
    except SyncRunning as exc:
        raise CliError(str(exc), EXIT_RUNNING) from None
    except Offline as exc:
        waiting = _waiting(db)
        raise CliError(
            f"offline: {exc}; {waiting} pending changes kept for the next sync", EXIT_OFFLINE
        ) from None
    except SyncError as exc:
        raise CliError(str(exc)) from None
    finally:
        db.close()
    print(result.summary())
    return 130 if result.cancelled else 0


def _waiting(db: Database) -> int:
    with db.engine.connect() as conn:
        return pending_count(conn)


def _password(url: str, login: str, refused: bool) -> str | None:
    """The password from ``REPDESK_PASSWORD`` or a terminal prompt; None after a refusal."""
    if refused:
        return None
    password = os.environ.get(PASSWORD_ENV)
    if password:
        return password
    if not sys.stdin.isatty():
        raise CliError(f"no password: set {PASSWORD_ENV} or run sync in a terminal")
    return getpass.getpass(f"password for {login} on {url}: ")


def _notice(message: str) -> None:
    print(message, file=sys.stderr)


def _round(db: Database, args: argparse.Namespace) -> RoundResult:
    choice = choose_server(db, args.server, args.user)
    stored_insecure = bool(read_sync_state(db).get(ALLOW_INSECURE))
    session = SyncSession(
        db,
        choice,
        password=_password,
        allow_insecure=args.insecure or stored_insecure,
        notice=_notice,
        keep_token=False,
    )
    with _cancel_on_ctrl_c() as cancel:
        return session.run(should_cancel=lambda: cancel[0])


@contextmanager
def _cancel_on_ctrl_c() -> Iterator[list[bool]]:
    """The first Ctrl-C asks the round to stop cleanly at the next step; the second aborts."""
    flag = [False]

    def handler(_sig: int, _frame: FrameType | None) -> None:
        if flag[0]:
            raise KeyboardInterrupt
        flag[0] = True
        print("stopping after the current step (Ctrl-C again to abort)", file=sys.stderr)

    try:
        previous = signal.signal(signal.SIGINT, handler)
    except ValueError:  # not the main thread (tests calling main() from a worker)
        yield flag
        return
    try:
        yield flag
    finally:
        signal.signal(signal.SIGINT, previous)
