"""Sync in the app: rounds in the background, the password on the GUI thread, automatic sync.

One :class:`SyncController` per main window. It knows the database's sync status (read
through the op runner), runs a round of :class:`sync.session.SyncSession` as an
:meth:`~ui.ops.OpRunner.job` with progress and cancel, asks for the password in a dialog on
the GUI thread when the server wants a login (the worker waits for the answer), and starts a
round every N minutes when a server is set and no round runs. After a round every synced
table is announced through ``operation_did_execute`` so pages refresh.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSettings, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QWidget

from domain.records import TABLE_ORDER
from services import queries
from ui.ops import Job, OpRunner

# The sync client (httpx, pydantic, keyring) is imported when a round starts or ends, not
# with the main window: start-up does not pay for it.
if TYPE_CHECKING:
    from sync.engine import RoundResult
    from sync.session import SyncSession

SYNCED_TABLES = frozenset(TABLE_ORDER) | {"conflicts", "pending_changes", "sync_state"}
AUTO_MINUTES_KEY = "sync/auto_minutes"
DEFAULT_AUTO_MINUTES = 15
PasswordPrompt = Callable[[str, str, bool], str | None]


class Connection(Enum):
    """Whether the last round reached the server."""

    UNKNOWN = "unknown"
    ONLINE = "online"
    OFFLINE = "offline"


@dataclass(frozen=True)
class SyncSettings:
    """What Settings → Sync edits."""

    server: str | None
    login: str | None
    allow_insecure: bool
    auto_minutes: int  # 0 = no automatic sync
    locked: bool  # the database already syncs with this server and login: no switching


@dataclass(frozen=True)
class RoundOutcome:
    """How a round ended: its result, or the error that stopped it."""

    result: RoundResult | None
    error: BaseException | None
    automatic: bool


class _PasswordBridge(QObject):
    """Carries a password request from the worker to the GUI thread and the answer back."""

    asked = Signal(str, str, bool)

    def __init__(self, prompt: Callable[[], PasswordPrompt], parent: QObject) -> None:
        super().__init__(parent)
        self._prompt = prompt
        self._answer: str | None = None
        self._done = threading.Event()
        self.closing = False
        self.asked.connect(self._ask, Qt.ConnectionType.QueuedConnection)

    def request(self, url: str, login: str, refused: bool) -> str | None:
        """Called on the worker: ask on the GUI thread and wait for the answer."""
        self._done.clear()
        self._answer = None
        if self.closing:
            return None
        self.asked.emit(url, login, refused)
        self._done.wait()
        return self._answer

    def close(self) -> None:
        """The window is closing: answer "no password" to a worker waiting or asking."""
        self.closing = True
        self._done.set()

    @Slot(str, str, bool)
    def _ask(self, url: str, login: str, refused: bool) -> None:
        if self.closing:
            return
        try:
            self._answer = self._prompt()(url, login, refused)
        finally:
            self._done.set()


class SyncController(QObject):
    """Runs the app's sync rounds and keeps what the status bar and Sync page show."""

    status_changed = Signal()  # new figures, connection state, or a round started/ended
    progressed = Signal(str, int, int)  # phase (push, pull, verify, repair), done, total
    round_finished = Signal(object)  # RoundOutcome
    notice = Signal(str)  # a one-time message (no keyring on this machine)

    def __init__(self, runner: OpRunner, settings: QSettings, parent: QWidget) -> None:
        super().__init__(parent)
        self.runner = runner
        self.settings = settings
        self.window = parent
        self.status = queries.SyncStatus(pending=0, last_sync=None, server=None)
        self.connection = Connection.UNKNOWN
        self.job: Job | None = None
        self._cancel_event: threading.Event | None = None  # the running round's
        self.automatic = False
        self.session: SyncSession | None = None
        self.client_options: dict[str, Any] = {}  # SyncClient options (tests: quick retries)
        self._given_password: str | None = None
        self._relogin = False
        self.password_prompt: PasswordPrompt = self._ask_password
        self._bridge = _PasswordBridge(lambda: self.password_prompt, self)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.sync_automatically)
        self._update_timer()

    # --- state ---------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        """Whether a round runs now."""
        return self.job is not None

    def has_server(self) -> bool:
        """Whether this database has a sync server set."""
        return bool(self.status.server and self.status.login)

    def auto_minutes(self) -> int:
        """Minutes between automatic rounds (0 = off)."""
        value = self.settings.value(AUTO_MINUTES_KEY, DEFAULT_AUTO_MINUTES)
        try:
            return max(0, int(value))  # type: ignore[call-overload]
        except (TypeError, ValueError):
            return DEFAULT_AUTO_MINUTES

    def sync_settings(self) -> SyncSettings:
        """The current sync settings (for the Settings dialog)."""
        return SyncSettings(
            server=self.status.server,
            login=self.status.login,
            allow_insecure=self.status.allow_insecure,
            auto_minutes=self.auto_minutes(),
            locked=self.has_server(),
        )

    def refresh(self) -> None:
        """Reload the sync figures in the background."""
        self.runner.read(queries.sync_status, on_success=self._set_status)

    def _set_status(self, status: queries.SyncStatus) -> None:
        self.status = status
        self._update_timer()
        self.status_changed.emit()

    def _update_timer(self) -> None:
        minutes = self.auto_minutes()
        if minutes and self.has_server():
            if not self.timer.isActive() or self.timer.interval() != minutes * 60_000:
                self.timer.start(minutes * 60_000)
        else:
            self.timer.stop()

    # --- settings ------------------------------------------------------------------------

    def apply_settings(
        self,
        *,
        server: str | None,
        login: str | None,
        password: str,
        allow_insecure: bool,
        auto_minutes: int,
    ) -> None:
        """Keep the settings; a new server (or a password given) starts a round at once."""
        self.settings.setValue(AUTO_MINUTES_KEY, auto_minutes)
        self._update_timer()
        if not server or not login:
            return
        changed = (server, login, allow_insecure) != (
            self.status.server,
            self.status.login,
            self.status.allow_insecure,
        )
        if not changed and not password:
            return
        self._given_password = password or None
        if changed:
            self.session = None

            def store(_job: Job) -> None:
                from sync.session import choose_server, remember_choice

                choice = choose_server(self.runner.db, server, login)
                remember_choice(self.runner.db, choice, allow_insecure=allow_insecure)

            self.runner.job(
                store,
                on_success=lambda _r: self._after_store(),
                on_failure=lambda exc: self._finish(None, exc),
                tables={"sync_state"},
            )
        else:
            self._relogin = True  # log in with the password just given
            self.sync_now()

    def _after_store(self) -> None:
        self.runner.read(queries.sync_status, on_success=self._stored)

    def _stored(self, status: queries.SyncStatus) -> None:
        self._set_status(status)
        self.sync_now()

    # --- rounds --------------------------------------------------------------------------

    def sync_now(self) -> bool:
        """Start a round (False when no server is set or a round already runs)."""
        return self._start(automatic=False)

    def sync_automatically(self) -> None:
        """The timer's round: skipped while one runs or without a server; quiet when offline."""
        if not self.running:
            self._start(automatic=True)

    def cancel(self) -> None:
        """Stop the running round promptly (what it did so far stays; pending edits too).

        The round's client waits for retries on this event and leaves a request in flight,
        so the round ends within about a tenth of a second, not after a Retry-After.
        """
        if self.job is not None:
            self.job.cancel()
        if self._cancel_event is not None:
            self._cancel_event.set()

    def _start(self, *, automatic: bool) -> bool:
        if self.running or not self.has_server():
            return False
        session = self._session()
        self.automatic = automatic
        relogin, self._relogin = self._relogin, False
        event = self._cancel_event = threading.Event()
        session.client_options = {**session.client_options, "cancel": event}

        def work(job: Job) -> RoundResult:
            from sync.client import Cancelled
            from sync.engine import RoundResult

            if relogin:
                session.forget()
            try:
                return session.run(
                    progress=lambda phase, done, total: self.progressed.emit(phase, done, total),
                    should_cancel=lambda: job.cancelled or event.is_set(),
                )
            except Cancelled:  # while logging in, before the round began
                return RoundResult(cancelled=True)

        self.job = self.runner.job(
            work,
            on_success=lambda result: self._finish(result, None),
            on_failure=lambda exc: self._finish(None, exc),
        )
        self.status_changed.emit()
        return True

    def _session(self) -> SyncSession:
        from sync.session import ServerChoice, SyncSession

        assert self.status.server and self.status.login
        choice = ServerChoice(self.status.server, self.status.login, False)
        if self.session is None or self.session.choice != choice:
            self.session = SyncSession(
                self.runner.db,
                choice,
                password=self._password,
                allow_insecure=self.status.allow_insecure,
                notice=self.notice.emit,
                client_options=self.client_options,
            )
        self.session.allow_insecure = self.status.allow_insecure
        return self.session

    def _password(self, url: str, login: str, refused: bool) -> str | None:
        """On the worker: the password given in Settings first, else ask on the GUI thread."""
        given, self._given_password = self._given_password, None
        if given and not refused:
            return given
        return self._bridge.request(url, login, refused)

    def _ask_password(self, url: str, login: str, refused: bool) -> str | None:
        from ui.sync_dialogs import PasswordDialog

        return PasswordDialog.ask(self.window, url, login, refused=refused)

    def _finish(self, result: RoundResult | None, error: BaseException | None) -> None:
        from sync.client import AuthFailed, Cancelled, InsecureURL, Offline, SyncError
        from sync.lock import SyncRunning
        from sync.session import LoginRefused, NoPassword, ServerMismatch

        automatic = self.automatic
        self.job = None
        self._cancel_event = None
        self.automatic = False
        if result is not None:
            if not result.cancelled:  # a cancelled round may not have reached the server
                self.connection = Connection.ONLINE
        elif isinstance(error, Offline):
            self.connection = Connection.OFFLINE
        elif isinstance(error, SyncError) and not isinstance(
            error, (SyncRunning, NoPassword, ServerMismatch, InsecureURL, Cancelled)
        ):
            self.connection = Connection.ONLINE  # the server answered, with a refusal
        if isinstance(error, (AuthFailed, LoginRefused)) and self.session is not None:
            self.session.forget()

        def announce(status: queries.SyncStatus | None = None) -> None:
            if status is not None:
                self.status = status
                self._update_timer()
            self.round_finished.emit(RoundOutcome(result, error, automatic))
            self.status_changed.emit()
            # Pulled rows, settled changes, conflicts: every page over synced data refreshes.
            self.runner.operation_did_execute.emit(SYNCED_TABLES, self)

        # The figures first, so what the rep reads about the round is current.
        self.runner.read(
            queries.sync_status, on_success=announce, on_failure=lambda _exc: announce()
        )

    def close(self) -> None:
        """Stop the timer and ask a running round to stop (the window is closing)."""
        self.timer.stop()
        self.cancel()
        self._bridge.close()


def error_kind(error: BaseException) -> str:
    """A short code for how a round failed (the UI picks its message by it)."""
    from sync.client import (
        AuthFailed,
        EpochChanged,
        Forbidden,
        InsecureURL,
        Offline,
        SyncError,
        UpgradeRequired,
    )
    from sync.lock import SyncRunning
    from sync.session import LoginRefused, NoPassword, ServerMismatch

    kinds: list[tuple[type[BaseException], str]] = [
        (SyncRunning, "running"),
        (Offline, "offline"),
        (LoginRefused, "login_refused"),
        (NoPassword, "no_password"),
        (AuthFailed, "auth"),
        (Forbidden, "forbidden"),
        (EpochChanged, "epoch"),
        (UpgradeRequired, "upgrade"),
        (InsecureURL, "insecure"),
        (ServerMismatch, "mismatch"),
        (SyncError, "error"),
    ]
    for cls, kind in kinds:
        if isinstance(error, cls):
            return kind
    return "bug"
