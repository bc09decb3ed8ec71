"""``python main.py sync --db PATH [--server URL --user LOGIN] [--insecure]``: one sync round.

A thin shell over :mod:`sync.engine`: it takes the database's sync lock, finds the server
and login (given the first time, then remembered in sync state), gets a token (the keyring,
else a login with the password from ``REPDESK_PASSWORD`` or a prompt on a terminal), runs a
round and prints one summary line. Exit status: 0 done, 1 error, 3 another sync is running,
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
from sync import credentials
from sync.client import AuthFailed, Offline, SyncClient, SyncError, normalize_url
from sync.engine import RoundResult, SyncEngine, read_sync_state, remember_server
from sync.lock import SyncLock, SyncRunning

PASSWORD_ENV = "REPDESK_PASSWORD"
EXIT_RUNNING = 3
EXIT_OFFLINE = 4


def run(args: argparse.Namespace) -> int:
    """Run one sync round of ``args.db``; prints the summary, returns the exit status."""
    db = open_db(args.db)
    try:
        with SyncLock(db.path):
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


def _server(db: Database, args: argparse.Namespace) -> tuple[str, str, bool]:
    """(server url, login, first time) from the arguments and the stored sync state."""
    state = read_sync_state(db)
    stored_url, stored_login = state.get("server_url"), state.get("login")
    url = normalize_url(args.server) if args.server else stored_url
    login = args.user or stored_login
    if not url or not login:
        raise CliError("no sync server set for this database: give --server URL --user LOGIN")
    if stored_url and (url, login) != (stored_url, stored_login):
        raise CliError(
            f"this database syncs with {stored_url} as {stored_login}; it cannot switch to "
            f"{url} as {login} (use a new database file for another server or login)"
        )
    return url, login, not stored_url


class _Login:
    """Gets and keeps the token of one login, telling the rep once if it cannot be stored."""

    def __init__(self, client: SyncClient, url: str, login: str) -> None:
        self.client, self.url, self.login = client, url, login
        self.stored = False
        self.told = False

    def from_keyring(self) -> bool:
        token = credentials.load_token(self.url, self.login)
        self.client.token = token
        self.stored = token is not None
        return self.stored

    def with_password(self) -> None:
        password = os.environ.get(PASSWORD_ENV)
        if not password:
            if not sys.stdin.isatty():
                raise CliError(f"no password: set {PASSWORD_ENV} or run sync in a terminal")
            password = getpass.getpass(f"password for {self.login} on {self.url}: ")
        try:
            answer = self.client.login(self.login, password)
        except AuthFailed:
            raise CliError(f"login refused for {self.login} on {self.url}") from None
        self.stored = credentials.save_token(self.url, self.login, answer.token)
        if not self.stored and not self.told:
            print(credentials.NO_STORE_MESSAGE, file=sys.stderr)
            self.told = True

    def forget(self) -> None:
        credentials.forget_token(self.url, self.login)
        self.stored = False


def _round(db: Database, args: argparse.Namespace) -> RoundResult:
    url, login, first = _server(db, args)
    with SyncClient(url, allow_insecure=args.insecure) as client, _cancel_on_ctrl_c() as cancel:
        session = _Login(client, url, login)
        if not session.from_keyring():
            session.with_password()
        if first:
            remember_server(db, url, login)
        engine = SyncEngine(db, client, should_cancel=lambda: cancel[0])
        try:
            result = engine.run()
        except AuthFailed:
            if not session.stored:
                raise
            session.forget()  # an expired or revoked token: log in again, once
            session.with_password()
            result = engine.run()
        if not session.stored:
            client.logout()  # the token is not kept anywhere: do not leave it valid
        return result


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
