"""Starting the desktop app: QApplication, the database, the main window."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from platformdirs import user_data_dir

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from ui.main_window import MainWindow

APP_NAME = "RepDesk"
ORG_NAME = "RepDesk"
SMOKE_TIMEOUT_MS = 30_000


def default_db_path() -> Path:
    """Where the rep's database lives when no ``--db`` is given (the user data folder)."""
    folder = Path(user_data_dir(APP_NAME, ORG_NAME))
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "repdesk.db"


def run_app(*, db_path: str | None, smoke: bool = False, lang: str | None = None) -> int:
    """Open the main window on the database at ``db_path``; returns the exit status.

    With ``smoke`` the window opens offscreen (unless a platform is set), the first screen
    loads, the elapsed time is printed and the app exits.
    """
    started = time.perf_counter()
    if smoke:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
    from PySide6.QtWidgets import QApplication, QMessageBox

    from domain.profiling_content import ContentError, content, content_dir
    from storage.database import DatabaseError, open_database
    from ui import i18n
    from ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    i18n.apply_language(lang or i18n.preferred_language())
    try:  # the profiling content a trainer may have edited: checked before any window
        content()
    except ContentError as exc:
        message = content_error_text(exc, content_dir())
        if smoke:
            print(f"error: {message}", file=sys.stderr)
        else:
            QMessageBox.critical(None, APP_NAME, message)
        return 1
    path = Path(db_path) if db_path else default_db_path()
    try:
        db = open_database(path)
    except DatabaseError as exc:
        if smoke:
            print(f"error: {exc}", file=sys.stderr)
        else:
            QMessageBox.critical(None, APP_NAME, str(exc))
        return 1
    window = MainWindow(db)
    if smoke:
        return _smoke(app, window, started)
    window.show()
    status = app.exec()
    db.close()
    return status


def content_error_text(exc: Exception, folder: Path) -> str:
    """What the start-up says about a broken profiling content file: the folder, then the
    file, the entry and the problem (:class:`~domain.profiling_content.ContentError`)."""
    from PySide6.QtCore import QCoreApplication

    return (
        QCoreApplication.translate(
            "App", "The profiling content in %1 has an error, so RepDesk cannot start:\n\n%2"
        )
        .replace("%1", str(folder))
        .replace("%2", str(exc))
    )


def _smoke(app: QApplication, window: MainWindow, started: float) -> int:
    """Show the window, wait until the first page's data is on screen, report, quit."""
    import resource

    from PySide6.QtCore import QTimer, qInstallMessageHandler

    def quiet(_mode: object, _context: object, message: str) -> None:
        if "propagateSizeHints" not in message:  # the offscreen plugin's harmless notice
            print(message, file=sys.stderr)

    qInstallMessageHandler(quiet)
    page = window.current_page()
    page.did_load.connect(app.quit)
    QTimer.singleShot(SMOKE_TIMEOUT_MS, app.quit)
    window.show()
    if not page.is_loaded():
        app.exec()
    elapsed = time.perf_counter() - started
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    if not page.is_loaded():
        print(f"error: the first screen did not load within {SMOKE_TIMEOUT_MS / 1000:.0f} s")
        return 1
    print(
        f"smoke: first screen shown in {elapsed:.3f} s, peak RSS {rss_mb:.0f} MB ({window.db.path})"
    )
    window.close()
    window.db.close()
    return 0
