"""Regenerate the screenshots in ``docs/screenshots`` (``make screenshots``).

``python -m scripts.screenshots [--out DIR] [--lang zh_CN --lang en]`` creates the small
demo database in a temporary folder, opens the app offscreen in each language and saves,
per language:

- ``accounts_<lang>.png`` and ``today_<lang>.png``: the main window at 1280×800;
- ``editor_account_<lang>.png``, ``editor_contacts_<lang>.png``,
  ``editor_activities_<lang>.png``: the account editor on the demo's featured account,
  on each of its three tabs.

The pictures are deterministic: the demo's fixed seed and fixed "today", fixed window sizes,
and settings kept in a scratch file, so the rep's own settings are never read or touched.
Every wait is for the page's own "loaded" condition, with a timeout, never a fixed sleep.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "docs" / "screenshots"
LANGUAGES = ("zh_CN", "en")
FEATURED_ACCOUNT = "杭州电子设备有限公司"
WINDOW_SIZE = (1280, 800)
EDITOR_SIZE = (980, 760)
TIMEOUT_S = 30.0


class ScreenshotError(RuntimeError):
    """Something the screenshots wait for did not happen in time."""


def wait_until(condition: Callable[[], bool], what: str, timeout: float = TIMEOUT_S) -> None:
    """Process Qt events until ``condition()`` holds; raise after ``timeout`` seconds."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise ScreenshotError(f"timed out waiting for {what}")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.01)


def settle(rounds: int = 5) -> None:
    """Let pending layout, paint and deferred-delete events run."""
    from PySide6.QtCore import QCoreApplication, QEvent

    for _ in range(rounds):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        QCoreApplication.processEvents()


def save(widget: object, path: Path) -> Path:
    """Save what ``widget`` shows as a PNG at ``path``."""
    from PySide6.QtWidgets import QWidget

    assert isinstance(widget, QWidget)
    settle()
    if not widget.grab().save(str(path)):
        raise ScreenshotError(f"could not write {path}")
    print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    return path


def make_demo(folder: Path) -> Path:
    """Create the small demo database (fixed seed) in ``folder``; return its path."""
    import main

    path = folder / "demo.db"
    if main.main(["demo", "--db", str(path), "--size", "small"]) != 0:
        raise ScreenshotError("could not create the demo database")
    return path


def shoot_language(lang: str, db_path: Path, scratch: Path, out: Path) -> list[Path]:
    """Open the app in ``lang`` on the demo and save its five screenshots into ``out``."""
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QUndoStack

    from services.demo_data import DEMO_TODAY
    from storage.database import open_database
    from ui import i18n
    from ui.main_window import MainWindow, PageFactory, default_pages
    from ui.ops import OpRunner
    from ui.pages.accounts_page import AccountsPage
    from ui.pages.today_page import TodayPage

    i18n.apply_language(lang)
    settle()

    def today_page(runner: OpRunner, undo_stack: QUndoStack) -> TodayPage:
        return TodayPage(runner, undo_stack, today=lambda: DEMO_TODAY)

    pages: list[tuple[str, PageFactory]] = [
        (key, today_page if key == "today" else factory) for key, factory in default_pages()
    ]
    settings = QSettings(str(scratch / f"settings-{lang}.ini"), QSettings.Format.IniFormat)
    settings.setValue("window/page", "accounts")
    db = open_database(db_path)
    window = MainWindow(db, pages=pages, settings=settings)
    written: list[Path] = []
    try:
        window.resize(*WINDOW_SIZE)
        window.show()
        accounts = window.show_page("accounts")
        assert isinstance(accounts, AccountsPage)
        wait_until(lambda: accounts.is_loaded() and accounts.search_is_complete(), "accounts")
        wait_until(lambda: not window.runner.busy, "the status bar")
        account_id = _account_id(accounts, FEATURED_ACCOUNT)
        accounts.select_account(account_id)
        written.append(save(window, out / f"accounts_{lang}.png"))

        today = window.show_page("today")
        wait_until(today.is_loaded, "the Today page")
        written.append(save(window, out / f"today_{lang}.png"))

        window.show_page("accounts")
        editor = accounts.open_account(account_id)
        assert editor is not None
        editor.resize(*EDITOR_SIZE)
        wait_until(lambda: getattr(editor, "detail", None) is not None, "the account editor")
        wait_until(lambda: not window.runner.busy, "the account editor's lists")
        tabs = editor.tabs  # type: ignore[attr-defined]
        for index, name in enumerate(("account", "contacts", "activities")):
            tabs.setCurrentIndex(index)
            written.append(save(editor, out / f"editor_{name}_{lang}.png"))
        editor.close()
        window.close()
        wait_until(lambda: not window.runner.busy, "the last background reads")
    finally:
        window.deleteLater()
        settle()
        db.close()
    return written


def _account_id(page: object, name: str) -> str:
    """The id of the account called ``name`` in the accounts page's list."""
    from ui.models import ObjectRole

    model = page.model  # type: ignore[attr-defined]
    for row in range(model.rowCount()):
        account = model.index(row, 0).data(ObjectRole)
        if account is not None and account.name == name:
            return str(account.id)
    raise ScreenshotError(f"the demo has no account {name!r}")


def _quiet(_mode: object, _context: object, message: str) -> None:
    """Print Qt's messages except the offscreen plugin's harmless size-hint notice."""
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """The command line: the output folder and the languages."""
    parser = argparse.ArgumentParser(
        prog="python -m scripts.screenshots", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="folder for the PNGs")
    parser.add_argument(
        "--lang",
        action="append",
        choices=LANGUAGES,
        help="a language to shoot (repeatable; default: all)",
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Write every screenshot; returns the exit status."""
    args = parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QSettings, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from ui.app import APP_NAME, ORG_NAME

    qInstallMessageHandler(_quiet)

    out: Path = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="repdesk-shots-") as tmp:
        scratch = Path(tmp)
        # Anything that asks for the default QSettings gets a scratch file, not the rep's.
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(QSettings.Format.IniFormat, scope, str(scratch / "settings"))
        app = QApplication.instance() or QApplication([sys.argv[0]])
        app.setApplicationName(APP_NAME)
        app.setOrganizationName(ORG_NAME)
        db_path = make_demo(scratch)
        try:
            for lang in args.lang or LANGUAGES:
                shoot_language(lang, db_path, scratch, out)
        except ScreenshotError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
