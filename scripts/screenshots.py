"""Regenerate the screenshots in ``docs/screenshots`` (``make screenshots``).

``python -m scripts.screenshots [--out DIR] [--lang zh_CN --lang en]`` creates the small
demo database in a temporary folder, opens the app offscreen in each language and saves,
per language:

- ``accounts_<lang>.png`` and ``today_<lang>.png``: the main window at 1280×800;
- ``editor_account_<lang>.png``, ``editor_contacts_<lang>.png``,
  ``editor_activities_<lang>.png``: the account editor on the demo's featured account,
  on each of its three tabs;
- ``tracker_<lang>.png`` and ``funnel_<lang>.png``: the 1+2+1 tracker sheet and the funnel;
  ``board_roles|calls|factors|steps_<lang>.png``: the first showcase project's board;
- ``profiles_<lang>.png``, ``profile_card_<lang>.png``, ``profile_form_<lang>.png``,
  ``contact_dialog_<lang>.png``: the Profiles page, a profile card window, the buyer
  profiling form (a 9th cue refused) and a profiled contact's dialog with "Profile…";
- ``receivables|segmentation|dashboard_<lang>.png``: the channel pages (issue #8);
  ``editor_credit_<lang>.png`` and ``review_<lang>.png``: the featured account's credit
  tab and its quarterly review;
- ``sync_<lang>.png``: the Sync page with two sample conflicts on the featured account
  (stored locally as sync would store them; no server is needed).

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
BOARD_SIZE = (1180, 760)
CARD_SIZE = (980, 1000)
PROFILED_CONTACT = "钱伟振"  # at the featured account, profiled C·D in the demo
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

    dated = {
        "today": today_page,
        **dated_tracker_pages(DEMO_TODAY),
        **dated_channel_pages(DEMO_TODAY),
    }
    pages: list[tuple[str, PageFactory]] = [
        (key, dated.get(key, factory)) for key, factory in default_pages()
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
        written += shoot_account_channel(window, editor, lang, out)
        editor.close()

        written += shoot_tracker(window, lang, out)
        written += shoot_channel_pages(window, lang, out)

        written += shoot_profiles(window, lang, out)
        written += shoot_plan(window, account_id, lang, out)

        sync = window.show_page("sync")
        wait_until(lambda: sync.is_loaded() and not window.runner.busy, "the Sync page")
        written.append(save(window, out / f"sync_{lang}.png"))
        window.close()
        wait_until(lambda: not window.runner.busy, "the last background reads")
    finally:
        window.deleteLater()
        settle()
        db.close()
    return written


def add_sample_conflicts(db_path: Path) -> None:
    """Store a server, a last round and two conflicts on the featured account (for the Sync page)."""
    from storage.database import open_database
    from sync import local
    from sync.protocol import ConflictInfo

    db = open_database(db_path)
    try:
        with local.writing(db) as conn:
            account_id = conn.exec_driver_sql(
                "SELECT id FROM accounts WHERE name = ?", (FEATURED_ACCOUNT,)
            ).scalar_one()
            local.write_state(
                conn,
                {
                    "server_url": "https://sync.example.com",
                    "login": "wang.fang",
                    "last_round": {
                        "pushed": 3,
                        "pulled": 12,
                        "conflicts": 2,
                        "rejected": 0,
                        "at": "2026-11-23T01:30:00",
                    },
                    "last_sync": "2026-11-23T01:30:00",
                },
            )
            common = {"table": "accounts", "row_id": account_id, "kept_by": "li.na"}
            local.store_conflicts(
                conn,
                [
                    ConflictInfo(
                        id="00000000-0000-4000-8000-000000000001",
                        field="phone",
                        kept="0571-8888 6666",
                        lost="0571-8765 4321",
                        lost_by="wang.fang",
                        kept_at="2026-11-22T08:15:00",
                        lost_at="2026-11-22T06:40:00",
                        **common,
                    ),
                    ConflictInfo(
                        id="00000000-0000-4000-8000-000000000002",
                        field="level",
                        kept="provincial",
                        lost="national",
                        lost_by="wang.fang",
                        kept_at="2026-11-21T09:00:00",
                        lost_at="2026-11-21T03:05:00",
                        **common,
                    ),
                ],
            )
    finally:
        db.close()


def dated_tracker_pages(today: object) -> dict[str, object]:
    """Tracker and funnel page factories that take ``today`` as the day (the demo's)."""
    from ui.pages.funnel_page import FunnelPage
    from ui.pages.tracker_page import TrackerPage

    return {
        "tracker": lambda runner, undo: TrackerPage(runner, undo, today=lambda: today),
        "funnel": lambda runner, undo: FunnelPage(runner, undo, today=lambda: today),
    }


def dated_channel_pages(today: object) -> dict[str, object]:
    """Receivables, attack/defence and dashboard factories on ``today``; the account
    editor's channel tabs take it too."""
    from ui.channel import credit_tab, evaluations_tab
    from ui.pages.dashboard_page import DashboardPage
    from ui.pages.receivables_page import ReceivablesPage
    from ui.pages.segmentation_page import SegmentationPage

    credit_tab.today = evaluations_tab.today = lambda: today  # type: ignore[assignment,return-value]

    def on_day(page: type) -> object:
        return lambda runner, undo: page(runner, undo, today=lambda: today)

    return {
        "receivables": on_day(ReceivablesPage),
        "segmentation": on_day(SegmentationPage),
        "dashboard": on_day(DashboardPage),
    }


def shoot_account_channel(window: object, editor: object, lang: str, out: Path) -> list[Path]:
    """The credit tab of the demo's problem debtor (the account with the most overdue, so
    the calculators show real figures), and on the featured account the partner
    qualification form and the quarterly review dialog, in ``lang``."""
    from services.receivables import receivables_view
    from storage.uow import UnitOfWork
    from ui.channel.credit_tab import today as credit_day
    from ui.pages.account_opener import open_account

    busy = lambda: window.runner.busy  # type: ignore[attr-defined]  # noqa: E731
    with UnitOfWork(window.runner.db, write=False) as uow:  # type: ignore[attr-defined]
        rows = receivables_view(uow, as_of=credit_day()).rows
    debtor = max(rows, key=lambda r: (r.overdue, r.balance)).account_id
    page = window.current_page()  # type: ignore[attr-defined]
    owing = open_account(page, debtor, "credit")
    assert owing is not None
    owing.resize(editor.size())  # type: ignore[attr-defined]
    credit = owing.credit_tab  # type: ignore[attr-defined]
    wait_until(lambda: credit.is_loaded() and not busy(), "the credit tab")
    owing.show_tab("credit")  # type: ignore[attr-defined]
    written = [save(owing, out / f"editor_credit_{lang}.png")]
    if owing is not editor:  # the debtor may be the featured account itself
        owing.close()
    evaluations = editor.evaluations_tab  # type: ignore[attr-defined]
    qualification = evaluations.qualify()
    wait_until(lambda: qualification.is_loaded() and not busy(), "the qualification form")
    qualification.set_scores(
        dict(zip(qualification.spins, (5, 4, 4, 3, 4, 5, 3, 4, 2), strict=False))
    )
    qualification.adjustSize()
    written.append(save(qualification, out / f"qualification_{lang}.png"))
    qualification.reject()
    review = evaluations.review()
    wait_until(lambda: review.is_loaded() and not busy(), "the review dialog")
    for code, value in (("gross_margin", "12"), ("satisfaction", "4"), ("complaints", "1")):
        review.set_value(code, value)
    review.adjustSize()
    written.append(save(review, out / f"review_{lang}.png"))
    review.reject()
    return written


def shoot_channel_pages(window: object, lang: str, out: Path) -> list[Path]:
    """The Receivables, attack/defence and dashboard pages, in ``lang``."""
    written: list[Path] = []
    for key in ("receivables", "segmentation", "dashboard"):
        page = window.show_page(key)  # type: ignore[attr-defined]
        wait_until(lambda p=page: p.is_loaded() and not window.runner.busy, f"the {key} page")  # type: ignore[attr-defined]
        written.append(save(window, out / f"{key}_{lang}.png"))
    return written


def shoot_tracker(window: object, lang: str, out: Path) -> list[Path]:
    """The tracker sheet, the first showcase project's board and the funnel, in ``lang``."""
    from services.demo_data import build_rows

    written: list[Path] = []
    busy = lambda: window.runner.busy  # type: ignore[attr-defined]  # noqa: E731
    tracker = window.show_page("tracker")  # type: ignore[attr-defined]
    wait_until(lambda: tracker.is_loaded() and tracker.search_is_ready(), "the tracker sheet")
    wait_until(lambda: not busy(), "the tracker sheet")
    first = str(build_rows(size="small")["projects"][0]["id"])
    tracker.select_project(first)
    written.append(save(window, out / f"tracker_{lang}.png"))
    board = tracker.open_project(first)
    board.resize(*BOARD_SIZE)
    wait_until(lambda: board.board is not None and not busy(), "the project board")
    for index, name in enumerate(("roles", "calls", "factors", "steps", "project")):
        board.tabs.setCurrentIndex(index)
        written.append(save(board, out / f"board_{name}_{lang}.png"))
    board.tabs.setCurrentIndex(0)
    board.close()
    funnel = window.show_page("funnel")  # type: ignore[attr-defined]
    wait_until(lambda: funnel.is_loaded() and not busy(), "the funnel")
    written.append(save(window, out / f"funnel_{lang}.png"))
    return written


def shoot_profiles(window: object, lang: str, out: Path) -> list[Path]:
    """The Profiles page, a profile card window, the buyer profiling form, and the contact
    dialog with its "Profile…" button, in ``lang``."""
    from domain.profiling_content import content
    from domain.vocabulary import Quadrant
    from ui.pages.account_opener import open_account
    from ui.profiling.profile_panel import open_contact_profile

    written: list[Path] = []
    busy = lambda: window.runner.busy  # type: ignore[attr-defined]  # noqa: E731
    page = window.show_page("profiles")  # type: ignore[attr-defined]
    wait_until(lambda: page.is_loaded() and not busy(), "the Profiles page")
    # The demo profiles someone at the featured account (its editor shows his badge).
    row = next(r for r in page.data.rows if r.badge and r.account_name == FEATURED_ACCOUNT)
    page.select_contact(row.contact_id)
    wait_until(lambda: page.panel.card is not None and not busy(), "the profile card")
    written.append(save(window, out / f"profiles_{lang}.png"))
    card = open_contact_profile(page, page.runner, page.undo_stack, row.contact_id)
    card.resize(*CARD_SIZE)
    wait_until(lambda: card.panel.card is not None and not busy(), "the profile card window")
    written.append(save(card, out / f"profile_card_{lang}.png"))
    form = card.panel.open_form()
    cues = content().quadrants
    for q, n in ((Quadrant.C, 3), (Quadrant.D, 4), (Quadrant.A, 1)):
        for cue in cues[q].all_cues()[:n]:
            form.toggle(cue.id)
    form.toggle(cues[Quadrant.B].all_cues()[0].id)  # a 9th: refused, with its message
    written.append(save(form, out / f"profile_form_{lang}.png"))
    form.reject()
    card.close()

    editor = open_account(page, row.account_id)
    assert editor is not None
    editor.resize(*EDITOR_SIZE)
    tab = editor.contacts_tab  # type: ignore[attr-defined]
    editor.tabs.setCurrentWidget(tab)  # type: ignore[attr-defined]
    wait_until(lambda: tab.row_count() > 0 and not busy(), "the contacts and their badges")
    tab.select(row.contact_id)
    dialog = tab.edit_selected()
    assert dialog is not None
    written.append(save(dialog, out / f"contact_dialog_{lang}.png"))
    dialog.reject()
    editor.close()
    return written


def shoot_plan(window: object, account_id: str, lang: str, out: Path) -> list[Path]:
    """The account plan preview of the featured account and the batch export, in ``lang``."""
    from services.demo_data import DEMO_TODAY
    from ui.plan_export import PlanExportDialog
    from ui.plan_preview import PlanPreview

    preview = PlanPreview(window.runner, account_id, window, lang=lang, today=lambda: DEMO_TODAY)  # type: ignore[attr-defined]
    preview.resize(*WINDOW_SIZE)
    preview.show()
    wait_until(lambda: preview.is_ready, "the account plan preview")
    # QPdfView renders its pages on a thread of its own: give it a moment.
    deadline = time.monotonic() + 1.5
    while time.monotonic() < deadline:
        settle()
        time.sleep(0.05)
    written = [save(preview, out / f"plan_preview_{lang}.png")]
    preview.close()
    dialog = PlanExportDialog(
        window.runner, window, selected=[account_id], today=lambda: DEMO_TODAY
    )  # type: ignore[attr-defined]
    dialog.show()
    wait_until(lambda: dialog.list.count() > 0, "the plan export dialog")
    written.append(save(dialog, out / f"plan_export_{lang}.png"))
    dialog.close()
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
        add_sample_conflicts(db_path)
        try:
            for lang in args.lang or LANGUAGES:
                shoot_language(lang, db_path, scratch, out)
        except ScreenshotError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
