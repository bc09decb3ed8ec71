"""Sync inside the app, against the real server process on loopback.

Settings → Sync, Sync now (Ctrl+S) in the background with progress and cancel, the status
bar (online/offline, changes waiting, open conflicts), the Sync page's conflict list with
Restore. Tokens go to an in-memory keyring, never the user's.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from services import records
from storage.database import Database
from storage.models import Account
from storage.uow import UnitOfWork
from sync.credentials import SERVICE, entry_key
from sync.lock import SyncLock
from tests.integration.sync.helpers import (
    PASSWORD,
    Laptop,
    MemoryKeyring,
    Server,
    memory_keyring_installed,
    running_server,
    start_server,
)
from tests.ui.conftest import drain
from ui import i18n
from ui.main_window import MainWindow
from ui.settings_dialog import SettingsDialog

ROUND_MS = 60_000


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """An empty in-memory keyring for each test (the previous backend is put back)."""
    with memory_keyring_installed() as backend:
        yield backend


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """One sync server for this module's tests (each makes its own reps)."""
    with running_server(tmp_path_factory.mktemp("server")) as srv:
        yield srv


@pytest.fixture
def window(qtbot, db: Database, tmp_path: Path) -> Iterator[MainWindow]:
    """The main window in English on an empty database, settings in a scratch file."""
    i18n.apply_language("en")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    w = MainWindow(db, settings=settings)
    w.sync.client_options = {"backoff": 0.01, "max_tries": 2}
    qtbot.addWidget(w)
    w.show()
    yield w
    drain(w.runner)


def add_account(db: Database, name: str = "杭州电子设备有限公司") -> str:
    with UnitOfWork(db) as uow:
        return records.create(uow, "accounts", {"name": name, "channel_type": "dealer"})


def edit(db: Database, account_id: str, **changes: object) -> None:
    with UnitOfWork(db) as uow:
        records.update(uow, "accounts", account_id, changes)


def open_sync_settings(qtbot, window: MainWindow) -> SettingsDialog:
    """Ctrl+S without a server: Settings opens on its Sync tab."""
    window.act_sync.trigger()
    qtbot.waitUntil(lambda: getattr(window, "settings_dialog", None) is not None)
    dialog = window.settings_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.tabs.currentWidget().objectName() == "sync_tab"
    return dialog


def set_server(qtbot, window: MainWindow, url: str, login: str) -> object:
    """Fill Settings → Sync and press OK; returns the outcome of the round it starts."""
    dialog = open_sync_settings(qtbot, window)
    dialog.server_url.setText(url)
    dialog.login.setText(login)
    dialog.password.setText(PASSWORD)
    with qtbot.waitSignal(window.sync.round_finished, timeout=ROUND_MS) as round_done:
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    return round_done.args[0]


def sync_now(qtbot, window: MainWindow) -> object:
    """Ctrl+S and wait for the round's end; returns its outcome."""
    with qtbot.waitSignal(window.sync.round_finished, timeout=ROUND_MS) as round_done:
        window.act_sync.trigger()
    return round_done.args[0]


def pending_shown(window: MainWindow, n: int) -> bool:
    return window.pending_label.text().startswith(f"{n} change")


class Gate:
    """Holds a round at its first report of ``phase`` until the test opens the gate."""

    def __init__(self, window: MainWindow, phase: str) -> None:
        self.reached = threading.Event()
        self.open = threading.Event()
        self.phase = phase

        def hold(phase: str, _done: int, _total: int) -> None:  # runs on the sync worker
            if phase == self.phase and not self.open.is_set():
                self.reached.set()
                self.open.wait(30)

        window.sync.progressed.connect(hold, Qt.ConnectionType.DirectConnection)


def test_ctrl_s_without_a_server_opens_settings_on_the_sync_tab(qtbot, window):
    assert window.act_sync.shortcut().toString() == "Ctrl+S"
    dialog = open_sync_settings(qtbot, window)
    assert dialog.server_url.text() == "" and not dialog.allow_insecure.isChecked()
    dialog.server_url.setText("ftp://sync.example.com")
    dialog.login.setText("wang")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.isVisible()  # refused, with the field named
    assert dialog.sync_error.text().startswith("Server address:")
    dialog.server_url.setText("http://sync.example.com")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert "unencrypted" in dialog.sync_error.text() and dialog.isVisible()
    dialog.reject()
    assert not window.sync.has_server()


def test_settings_then_sync_now_pushes_the_local_edit_and_keeps_the_token_in_the_keyring(
    qtbot, window, db, server, memory_keyring
):
    login = server.add_rep()
    add_account(db)
    window.refresh_status()
    qtbot.waitUntil(lambda: pending_shown(window, 1))
    outcome = set_server(qtbot, window, server.url + "/", login)
    assert outcome.error is None and outcome.result.pushed == 1
    qtbot.waitUntil(lambda: pending_shown(window, 0))
    assert window.connection_label.text() == "Online"
    assert window.last_sync_label.text().startswith("Last sync:")
    assert memory_keyring.items[(SERVICE, entry_key(server.url, login))]
    # The database now syncs with this server and login only; Settings says so.
    window._settings()
    dialog = window.settings_dialog
    assert dialog.server_url.isReadOnly() and dialog.login.isReadOnly()
    assert "cannot switch" in dialog.locked_note.text()
    dialog.reject()
    # The next round uses the stored token: no password asked.
    window.sync.password_prompt = lambda *a: pytest.fail("password asked again")
    edit(db, add_account(db, "宁波贸易"), phone="0574-1234 5678")
    window.refresh_status()
    assert sync_now(qtbot, window).result.pushed == 1
    qtbot.waitUntil(lambda: pending_shown(window, 0))


def test_an_edit_made_while_a_round_runs_is_pending_afterwards(qtbot, window, db, server):
    login = server.add_rep()
    account = add_account(db)
    set_server(qtbot, window, server.url, login)
    edit(db, account, city="杭州")
    window.refresh_status()
    gate = Gate(window, "pull")
    window.act_sync.trigger()
    qtbot.waitUntil(gate.reached.is_set, timeout=ROUND_MS)
    assert window.sync_progress.isVisible() and window.sync_cancel.isVisible()
    assert window.sync_phase.text() == "Receiving changes…"
    # The window stays usable: an edit through the runner while the round waits.
    with qtbot.waitSignal(window.runner.operation_did_execute, timeout=ROUND_MS):
        window.runner.write(
            lambda uow: records.update(uow, "accounts", account, {"phone": "0571-8888 6666"}),
            tables={"accounts"},
        )
    with qtbot.waitSignal(window.sync.round_finished, timeout=ROUND_MS) as done:
        gate.open.set()
    assert done.args[0].result.pushed == 1  # the city; the phone waits for the next round
    qtbot.waitUntil(lambda: pending_shown(window, 1))
    assert not window.sync_progress.isVisible()
    assert sync_now(qtbot, window).result.pushed == 1
    qtbot.waitUntil(lambda: pending_shown(window, 0))


def test_cancel_stops_the_round_and_keeps_what_waits(qtbot, window, db, server):
    login = server.add_rep()
    account = add_account(db)
    set_server(qtbot, window, server.url, login)
    edit(db, account, city="杭州")
    gate = Gate(window, "push")
    window.act_sync.trigger()
    qtbot.waitUntil(gate.reached.is_set, timeout=ROUND_MS)
    window.sync_cancel.click()
    with qtbot.waitSignal(window.sync.round_finished, timeout=ROUND_MS) as done:
        gate.open.set()
    result = done.args[0].result
    assert result.cancelled and result.pulled == 0  # stopped after the batch on its way
    assert "cancelled" in window.statusBar().currentMessage()
    assert window.act_sync.isEnabled() and not window.sync_cancel.isVisible()


def test_a_conflict_shows_on_the_sync_page_and_restore_brings_the_value_back(
    qtbot, window, db, server, tmp_path
):
    login_a, login_b = server.add_rep(), server.add_rep()
    account = add_account(db)
    set_server(qtbot, window, server.url, login_a)
    server.assign(account, login_b)
    other = Laptop.open(server.url, login_b, tmp_path / "b.db")
    try:
        other.sync()
        edit(db, account, phone="0571-1111 1111")  # A's edit, offline, made first
        other.edit("accounts", account, phone="0571-2222 2222")  # B's later edit wins
        other.sync()
    finally:
        other.close()
    outcome = sync_now(qtbot, window)
    assert outcome.result.conflicts == 1
    qtbot.waitUntil(lambda: window.conflicts_button.isVisible())
    assert window.conflicts_button.text().startswith("1 open conflict")
    window.conflicts_button.click()
    page = window.current_page()
    assert page is window.pages["sync"]
    qtbot.waitUntil(lambda: page.conflict_model.rowCount() == 1)
    model = page.conflict_model
    texts = [model.index(0, c).data() for c in range(model.columnCount())]
    assert texts[:4] == [
        "Account · 杭州电子设备有限公司",
        "Phone",
        "0571-2222 2222",
        "0571-1111 1111",
    ]
    assert texts[4] == login_a
    page.conflict_view.selectRow(0)
    assert page.restore_button.isEnabled()
    page.restore_button.click()
    qtbot.waitUntil(lambda: page.conflict_model.rowCount() == 0)
    # the status bar's figures are re-read in the background after the write
    qtbot.waitUntil(lambda: not window.conflicts_button.isVisible())
    qtbot.waitUntil(lambda: pending_shown(window, 1))  # the restored value waits to sync
    assert page.pending_value.text().startswith("1 change")
    with UnitOfWork(db, write=False) as uow:
        assert uow.session.get(Account, account).phone == "0571-1111 1111"

    # Ctrl+Z: the kept value back, the conflict on the list again; Ctrl+Shift+Z: restored
    assert window.undo_stack.undoText() == "Restore my value: 杭州电子设备有限公司"
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: page.conflict_model.rowCount() == 1)
    qtbot.waitUntil(lambda: window.conflicts_button.isVisible())
    with UnitOfWork(db, write=False) as uow:
        assert uow.session.get(Account, account).phone == "0571-2222 2222"
    window.undo_stack.redo()
    qtbot.waitUntil(lambda: page.conflict_model.rowCount() == 0)
    with UnitOfWork(db, write=False) as uow:
        assert uow.session.get(Account, account).phone == "0571-1111 1111"

    # "Keep the other value" is undoable too
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: page.conflict_model.rowCount() == 1)
    page.conflict_view.selectRow(0)
    page.dismiss_button.click()
    qtbot.waitUntil(lambda: page.conflict_model.rowCount() == 0)
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: page.conflict_model.rowCount() == 1)


def test_offline_says_so_in_the_status_bar_and_keeps_the_changes(qtbot, window, db, tmp_path):
    srv = start_server(tmp_path / "server")
    try:
        login = srv.add_rep()
        account = add_account(db)
        set_server(qtbot, window, srv.url, login)
        edit(db, account, city="杭州")
    finally:
        srv.stop()
    window.sync.sync_automatically()  # the timer's round: quiet, no box
    with qtbot.waitSignal(window.sync.round_finished, timeout=ROUND_MS) as done:
        pass
    assert done.args[0].automatic
    qtbot.waitUntil(lambda: window.connection_label.text() == "Offline")
    assert window.statusBar().currentMessage().startswith("Offline")
    assert "1 change" in window.statusBar().currentMessage()
    assert not window.findChildren(QMessageBox)
    qtbot.waitUntil(lambda: pending_shown(window, 1))


def test_a_second_sync_of_the_database_is_refused_while_one_runs(qtbot, window, db, server):
    login = server.add_rep()
    add_account(db)
    set_server(qtbot, window, server.url, login)
    with SyncLock(db.path):  # the command-line sync holds the database
        outcome = sync_now(qtbot, window)
    assert outcome.error is not None
    box = window.findChild(QMessageBox, "sync_error_box")
    assert box is not None and "already running" in box.text()
    box.close()


def test_a_refused_token_asks_for_the_password_again(qtbot, window, db, server, memory_keyring):
    login = server.add_rep()
    add_account(db)
    set_server(qtbot, window, server.url, login)
    memory_keyring.items[(SERVICE, entry_key(server.url, login))] = "revoked-token"
    window.sync.session = None  # as after a restart: the token comes from the keyring
    asked: list[tuple[str, bool]] = []

    def prompt(url: str, who: str, refused: bool) -> str:
        asked.append((who, refused))
        return PASSWORD if asked[-1][1] or len(asked) > 1 else "wrong password"

    window.sync.password_prompt = prompt
    outcome = sync_now(qtbot, window)
    assert outcome.error is None
    assert asked == [(login, False), (login, True)]  # the wrong one was refused, asked again
    assert memory_keyring.items[(SERVICE, entry_key(server.url, login))] != "revoked-token"


def test_without_a_keyring_the_app_says_so_once_and_keeps_the_login_until_it_closes(
    qtbot, window, db, server
):
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    login = server.add_rep()
    add_account(db)
    assert set_server(qtbot, window, server.url, login).error is None
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "sync_notice_box") is not None)
    notice = window.findChild(QMessageBox, "sync_notice_box")
    assert "no secure password store" in notice.text()
    notice.close()
    window.sync.password_prompt = lambda *a: pytest.fail("password asked again")
    assert sync_now(qtbot, window).error is None  # the token stayed in memory
    qtbot.wait(50)
    assert window.findChild(QMessageBox, "sync_notice_box") is None  # said only once


def test_automatic_sync_runs_only_once_a_server_is_set(qtbot, window, db, server):
    assert not window.sync.timer.isActive()
    window.sync.sync_automatically()
    assert not window.sync.running  # no server: nothing to do
    login = server.add_rep()
    set_server(qtbot, window, server.url, login)
    assert window.sync.timer.isActive() and window.sync.timer.interval() == 15 * 60_000
    edit(db, add_account(db, "宁波贸易"), city="宁波")
    with qtbot.waitSignal(window.sync.round_finished, timeout=ROUND_MS) as done:
        window.sync.timer.timeout.emit()
    assert done.args[0].automatic and done.args[0].result.pushed == 1


def test_refused_changes_are_listed_and_exported_as_json(qtbot, window, db, tmp_path):
    account = add_account(db, "宁波贸易")
    with db.engine.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE pending_changes SET state = 'rejected', reject_reason = 'forbidden: not yours'"
        )
    page = window.show_page("sync")
    qtbot.waitUntil(lambda: page.rejected_model.rowCount() == 1)
    assert page.rejected_box.isVisible()
    model = page.rejected_model
    assert model.index(0, 0).data() == "Account · 宁波贸易"
    assert model.index(0, 2).data() == "forbidden: not yours"
    target = page.export_rejected(str(tmp_path / "refused.json"))
    exported = json.loads(target.read_text(encoding="utf-8"))
    assert exported[0]["row_id"] == account and exported[0]["fields"]["name"] == "宁波贸易"
    assert page.server_value.text() == "No sync server set."
