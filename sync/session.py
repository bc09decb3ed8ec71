"""Logging in and running sync rounds for one database: shared by the CLI and the app (no Qt).

:func:`choose_server` settles which server and login a database syncs with (given the first
time, then remembered in sync state; a database never switches). :class:`SyncSession` gets a
token (the keyring, else a login with a password from the caller's ``password`` callback),
runs a round under the database's sync lock, logs in again once when a stored token was
refused, and stores a summary of the round in sync state (``last_round``).

Where the machine has no usable keyring the token stays in the session's memory for as long
as the caller keeps the session (the app: until it closes; the CLI: one round, then it logs
out), and ``notice`` is told once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from storage.database import Database
from sync import credentials, local
from sync.client import AuthFailed, SyncClient, SyncError, normalize_url
from sync.engine import (
    Progress,
    RecordsNotStored,
    RoundResult,
    SyncEngine,
    read_sync_state,
    remember_server,
    utc_now_iso,
)
from sync.lock import SyncLock

PasswordProvider = Callable[[str, str, bool], str | None]
"""``password(server_url, login, refused)``: the rep's password, or None when he gives none.

``refused`` is True when the previous password was not accepted.
"""

LAST_ROUND = "last_round"
ALLOW_INSECURE = "allow_insecure"


class NoServer(SyncError):
    """No server and login are set for this database (and none was given)."""


class ServerMismatch(SyncError):
    """The database syncs with another server or login; it never switches."""


class NoPassword(SyncError):
    """A login was needed and the rep gave no password."""


class LoginRefused(SyncError):
    """The server refused the login and password, and no other password was given."""


@dataclass(frozen=True)
class ServerChoice:
    """The server and login a round uses; ``first`` when the database has none stored yet."""

    url: str
    login: str
    first: bool


def choose_server(db: Database, url: str | None = None, login: str | None = None) -> ServerChoice:
    """The server and login for ``db``: the given ones, else those stored in sync state.

    Raises :class:`NoServer` when neither gives both, :class:`ServerMismatch` when the
    given ones differ from the stored ones, :class:`SyncError` for a malformed URL.
    """
    state = read_sync_state(db)
    stored_url, stored_login = state.get("server_url"), state.get("login")
    url = normalize_url(url) if url else stored_url
    login = (login or "").strip() or stored_login
    if not url or not login:
        raise NoServer("no sync server set for this database: give --server URL --user LOGIN")
    if stored_url and (url, login) != (stored_url, stored_login):
        raise ServerMismatch(
            f"this database syncs with {stored_url} as {stored_login}; it cannot switch to "
            f"{url} as {login} (use a new database file for another server or login)"
        )
    return ServerChoice(url, login, not stored_url)


def remember_choice(db: Database, choice: ServerChoice, *, allow_insecure: bool) -> None:
    """Store the server, login and the plain-HTTP permission in ``db``'s sync state."""
    remember_server(db, choice.url, choice.login)
    with local.writing(db) as conn:
        local.write_state(conn, {ALLOW_INSECURE: True if allow_insecure else None})


def last_round(result: RoundResult) -> dict[str, Any]:
    """A round's summary as sync state keeps it (``at`` in UTC ISO text)."""
    return {
        "pushed": result.pushed,
        "pulled": result.pulled,
        "conflicts": result.conflicts,
        "rejected": result.rejected,
        "removed": result.removed,
        "sent_again": result.sent_again,
        "cancelled": result.cancelled,
        "elapsed": round(result.elapsed, 3),
        "at": utc_now_iso(),
    }


class SyncSession:
    """One database's login on its server, and the rounds run with it."""

    def __init__(
        self,
        db: Database,
        choice: ServerChoice,
        *,
        password: PasswordProvider,
        allow_insecure: bool = False,
        notice: Callable[[str], None] | None = None,
        keep_token: bool = True,
        client_options: dict[str, Any] | None = None,
    ) -> None:
        self.db = db
        self.choice = choice
        self.password = password
        self.allow_insecure = allow_insecure
        self.notice = notice or (lambda message: None)
        self.keep_token = keep_token
        self.client_options = client_options or {}
        self.token: str | None = None  # only when the keyring could not keep it
        self.stored = False
        self.told = False

    @property
    def url(self) -> str:
        """The server's address."""
        return self.choice.url

    @property
    def login(self) -> str:
        """The rep's login on the server."""
        return self.choice.login

    def client(self) -> SyncClient:
        """A new client for this server (raises :class:`~sync.client.InsecureURL`)."""
        return SyncClient(self.url, allow_insecure=self.allow_insecure, **self.client_options)

    def run(
        self,
        *,
        progress: Progress | None = None,
        should_cancel: Callable[[], bool] | None = None,
    ) -> RoundResult:
        """One round under the sync lock (:class:`~sync.lock.SyncRunning` if another runs).

        Logs in first when no token is known, and again once when a known token is
        refused. A first round stores the server and login. Raises :class:`SyncError`
        subclasses (:class:`~sync.client.Offline` when the server cannot be reached).
        """
        with SyncLock(self.db.path), self.client() as client:
            fresh = self._token(client)
            if self.choice.first:
                remember_choice(self.db, self.choice, allow_insecure=self.allow_insecure)
                self.choice = ServerChoice(self.url, self.login, False)
            engine = SyncEngine(self.db, client, progress=progress, should_cancel=should_cancel)
            try:
                try:
                    result = engine.run()
                except AuthFailed:
                    if fresh:
                        raise
                    self.forget()  # an expired or revoked token: log in again, once
                    self._login(client)
                    result = engine.run()
            except RecordsNotStored as done:  # the round itself was done: say what it did
                self._remember(done.result)
                raise
            self._remember(result)
            if not self.stored and not self.keep_token:
                client.logout()  # the token is not kept anywhere: do not leave it valid
                self.token = None
            return result

    def _remember(self, result: RoundResult) -> None:
        with local.writing(self.db) as conn:
            local.write_state(conn, {LAST_ROUND: last_round(result)})

    def _token(self, client: SyncClient) -> bool:
        """Give ``client`` a token; True when it came from a login just now."""
        if self.token is None:
            self.token = credentials.load_token(self.url, self.login)
            self.stored = self.token is not None
        if self.token is not None:
            client.token = self.token
            return False
        self._login(client)
        return True

    def _login(self, client: SyncClient) -> None:
        refused = False
        while True:
            password = self.password(self.url, self.login, refused)
            if not password:
                if refused:
                    raise LoginRefused(f"login refused for {self.login} on {self.url}")
                raise NoPassword(f"no password given for {self.login} on {self.url}")
            try:
                answer = client.login(self.login, password)
            except AuthFailed:
                refused = True
                continue
            break
        self.token = client.token = answer.token
        self.stored = credentials.save_token(self.url, self.login, answer.token)
        if not self.stored and not self.told:
            self.notice(credentials.NO_STORE_MESSAGE)
            self.told = True

    def forget(self) -> None:
        """Drop the token (memory and keyring), so the next round logs in again."""
        credentials.forget_token(self.url, self.login)
        self.token = None
        self.stored = False
