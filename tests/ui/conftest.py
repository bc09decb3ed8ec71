"""GUI test set-up: a small demo database per test, an op runner and the pages over it.

Qt runs offscreen (the top-level conftest sets ``QT_QPA_PLATFORM``). Pages load in the
background, so fixtures wait for their load signals, never for a fixed time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QUndoStack

import main
from services.demo_data import SCENARIOS, build_rows
from storage.database import Database, open_database
from ui import i18n
from ui.ops import OpRunner

# The demo's fixed "today" (services.demo_data.DEMO_TODAY): its follow-ups are due around it.
DEMO_TODAY = dt.date(2026, 11, 23)
FEATURED_ACCOUNT = "杭州电子设备有限公司"
FEATURED_CONTACT = "张三"
LOAD_TIMEOUT_MS = 15_000


@pytest.fixture
def demo_db(tmp_path: Path) -> Iterator[Database]:
    """A fresh small demo database (50 accounts, 200 contacts, 500 activities)."""
    path = tmp_path / "demo.db"
    assert main.main(["demo", "--db", str(path), "--size", "small"]) == 0
    database = open_database(path)
    try:
        yield database
    finally:
        database.close()


def drain(runner: OpRunner) -> None:
    """Let every op finish and deliver its result (results may start further ops)."""
    for _ in range(20):
        runner.wait()
        QCoreApplication.processEvents()
        if not runner.busy:
            return


def show_loaded(qtbot, page, width: int = 1100, height: int = 700):
    """Show ``page`` at ``width`` × ``height``, load it and wait until its data is on screen."""
    qtbot.addWidget(page)
    page.resize(width, height)
    page.show()
    with qtbot.waitSignal(page.did_load, timeout=LOAD_TIMEOUT_MS):
        page.ensure_loaded()
    return page


@pytest.fixture
def english(qapp) -> Iterator[None]:
    """The interface in English (and back in English after a test that switched it);
    test modules use it with ``pytestmark = pytest.mark.usefixtures("english")``."""
    i18n.apply_language("en")
    yield
    i18n.apply_language("en")


@pytest.fixture
def stack() -> QUndoStack:
    """The undo stack the windows of a test share."""
    return QUndoStack()


@pytest.fixture(scope="module")
def showcase() -> dict[str, dict]:
    """The demo's first projects, one per 1+2+1 situation (same seed: same ids)."""
    projects = build_rows(size="small")["projects"]
    return dict(zip(SCENARIOS, projects, strict=False))


def _runner(database: Database) -> Iterator[OpRunner]:
    runner = OpRunner(database)
    try:
        yield runner
    finally:
        drain(runner)


@pytest.fixture
def runner(qtbot, demo_db: Database) -> Iterator[OpRunner]:
    """An op runner over the demo database; waits for its ops before the file closes."""
    yield from _runner(demo_db)


@pytest.fixture
def empty_runner(qtbot, db: Database) -> Iterator[OpRunner]:
    """An op runner over a new, empty database."""
    yield from _runner(db)


@pytest.fixture
def accounts_page(qtbot, runner: OpRunner):
    """The accounts page on the demo, shown, with its rows and full search index loaded."""
    from ui.pages.accounts_page import AccountsPage

    page = AccountsPage(runner, QUndoStack())
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    page.ensure_loaded()
    qtbot.waitUntil(page.search_is_complete, timeout=LOAD_TIMEOUT_MS)
    return page


@pytest.fixture
def today_page(qtbot, runner: OpRunner):
    """The Today page on the demo, on the demo's "today", loaded."""
    from ui.pages.today_page import TodayPage

    return show_loaded(qtbot, TodayPage(runner, QUndoStack(), today=lambda: DEMO_TODAY))


@pytest.fixture
def main_window(qtbot, demo_db: Database, tmp_path: Path):
    """The main window on the demo database, with its settings in a scratch file."""
    from ui.main_window import MainWindow

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(demo_db, settings=settings)
    qtbot.addWidget(window)
    window.show()
    yield window
    drain(window.runner)
