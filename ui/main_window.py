"""The main window: navigation, pages, menus, status bar. It composes and does nothing else."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping
from functools import partial

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QWidget,
)

from storage.database import Database
from ui.ops import OpRunner
from ui.pages.base import LazyPage, Page
from ui.sync_controller import Connection, RoundOutcome, SyncController

PageFactory = Callable[[OpRunner, QUndoStack], Page]
STATUS_TABLES_REFRESH_MS = 60_000
FIRST_STATUS_LATEST_MS = 2_000  # the status bar's first figures, if the first page is slow
NAV_MIN_WIDTH, NAV_MAX_WIDTH = 140, 220

#: The workstation's pages in navigation order: key, module, class, and the title the page's
#: ``title()`` gives (``self.tr`` in the class's context), so the navigation can name a page
#: before it is built. The dashboard follows Today: the morning overview before the lists.
PAGES: tuple[tuple[str, str, str, str], ...] = (
    ("today", "ui.pages.today_page", "TodayPage", "Today"),
    ("dashboard", "ui.pages.dashboard_page", "DashboardPage", "Dashboard"),
    ("accounts", "ui.pages.accounts_page", "AccountsPage", "Accounts"),
    ("tracker", "ui.pages.tracker_page", "TrackerPage", "Key-account tracker"),
    ("funnel", "ui.pages.funnel_page", "FunnelPage", "Funnel"),
    ("receivables", "ui.pages.receivables_page", "ReceivablesPage", "Receivables"),
    ("segmentation", "ui.pages.segmentation_page", "SegmentationPage", "Attack / defence"),
    ("profiles", "ui.pages.profiles_page", "ProfilesPage", "Profiles"),
    ("sync", "ui.pages.sync_page", "SyncPage", "Sync"),
)


class PageMap(Mapping[str, Page]):
    """``MainWindow.pages``: the pages by key; looking one up builds it if not built yet."""

    def __init__(self, slots: dict[str, LazyPage]) -> None:
        self._slots = slots

    def __getitem__(self, key: str) -> Page:
        return self._slots[key].page()

    def __iter__(self) -> Iterator[str]:
        return iter(self._slots)

    def __len__(self) -> int:
        return len(self._slots)

    def __contains__(self, key: object) -> bool:
        return key in self._slots

    def built(self) -> list[Page]:
        """The pages built so far (shown at least once or asked for), in navigation order."""
        return [slot.page() for slot in self._slots.values() if slot.is_built()]


class MainWindow(QMainWindow):
    """Top-level window: a navigation list on the left, the current page on the right."""

    def __init__(
        self,
        db: Database,
        *,
        pages: list[tuple[str, PageFactory]] | None = None,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__()
        self.db = db
        self.settings = settings or QSettings()
        self.runner = OpRunner(db, self)
        self.undo_stack = QUndoStack(self)
        self.runner.op_failed.connect(self._show_error)
        self.runner.operation_did_execute.connect(lambda *_: self.refresh_status())
        self.sync = SyncController(self.runner, self.settings, self)
        self.sync.status_changed.connect(self._show_status)
        self.sync.progressed.connect(self._show_sync_progress)
        self.sync.round_finished.connect(self._round_finished)
        self.sync.notice.connect(self._sync_notice)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setMaximumWidth(NAV_MAX_WIDTH)
        self.nav.setStyleSheet(
            "QListWidget#navigation { outline: 0; }"
            "QListWidget#navigation::item { padding: 5px 8px; }"
        )
        self.stack = QStackedWidget()
        # Pages are built when first shown (or looked up in self.pages): start-up imports and
        # builds only the page on screen, not the charts, PDF and profiling of the others.
        self._slots: dict[str, LazyPage] = {}
        self.pages = PageMap(self._slots)
        for key, factory in pages or default_pages():
            slot = LazyPage(partial(self._build_page, key, factory), partial(page_title, key))
            slot.setObjectName(f"slot_{key}")
            self._slots[key] = slot
            self.stack.addWidget(slot)
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
            if key not in _TITLES:
                slot.page()  # no title without the page: build it now
            item.setText(slot.title())
        self.nav.currentRowChanged.connect(self._show_page)

        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setCollapsible(0, False)
        # Start the navigation as wide as its longest title: a list's default size hint is
        # wider than its maximum, which left an empty strip beside it.
        splitter.setSizes([self._nav_width(), 1])
        self.setCentralWidget(splitter)

        self._build_status_bar()
        self._build_menus()
        self._status_timer = QTimer(self)
        self._status_timer.timeout.connect(self.refresh_status)
        self._status_timer.start(STATUS_TABLES_REFRESH_MS)
        self.retranslate()
        self._restore_state()
        self._status_started = False
        self._start_status_after_first_page()

    # --- pages ----------------------------------------------------------------------------

    def _nav_width(self) -> int:
        wanted = self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + 24
        return max(NAV_MIN_WIDTH, min(NAV_MAX_WIDTH, wanted))

    def page_keys(self) -> list[str]:
        """The pages in navigation order."""
        return list(self.pages)

    def _build_page(self, key: str, factory: PageFactory) -> Page:
        """Build page ``key`` and wire it to the window (sync, settings, funnel → tracker,
        Ctrl+P)."""
        page = factory(self.runner, self.undo_stack)
        page.setObjectName(f"page_{key}")
        attach_sync = getattr(page, "attach_sync", None)
        if attach_sync:
            attach_sync(self.sync)
        attach_settings = getattr(page, "attach_settings", None)
        if attach_settings:
            attach_settings(self.settings)  # the list pages remember their columns
        step_clicked = getattr(page, "step_clicked", None)
        if key == "funnel" and step_clicked is not None and "tracker" in self.pages:
            step_clicked.connect(self.show_step)
        account_changed = getattr(page, "current_account_changed", None)
        if key == "accounts" and account_changed is not None:
            account_changed.connect(lambda _id: self._update_print())
        return page

    def show_page(self, key: str) -> Page:
        """Switch to page ``key`` and return it."""
        self.nav.setCurrentRow(self.page_keys().index(key))
        return self.pages[key]

    def show_step(self, step: str) -> Page:
        """Show the tracker sheet filtered to the projects at sales step ``step``."""
        page = self.show_page("tracker")
        filter_step = getattr(page, "filter_step", None)
        if filter_step is not None:
            filter_step(step)
        return page

    def current_page(self) -> Page:
        """The page on show."""
        slot = self.stack.currentWidget()
        assert isinstance(slot, LazyPage)
        return slot.page()

    def _show_page(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        page = self.current_page()
        page.ensure_loaded()
        self.settings.setValue("window/page", self.page_keys()[row])
        if hasattr(self, "act_print"):
            self._update_print()

    # --- status bar ---------------------------------------------------------------------

    def _build_status_bar(self) -> None:
        self.connection_label = QLabel()
        self.pending_label = QLabel()
        self.last_sync_label = QLabel()
        self.sync_phase = QLabel()
        self.sync_progress = QProgressBar()
        self.sync_progress.setMaximumWidth(160)
        self.sync_progress.setTextVisible(False)
        self.sync_cancel = QToolButton()
        self.sync_cancel.setObjectName("sync_cancel")
        self.sync_cancel.clicked.connect(self.sync.cancel)
        self.conflicts_button = QToolButton()  # a link to the Sync page's conflict list
        self.conflicts_button.setObjectName("conflicts_button")
        self.conflicts_button.setAutoRaise(True)
        self.conflicts_button.clicked.connect(self._show_conflicts)
        for widget in (self.sync_phase, self.sync_progress, self.sync_cancel):
            widget.hide()
            self.statusBar().addPermanentWidget(widget)
        labels = (self.connection_label, self.pending_label, self.conflicts_button)
        for label in (*labels, self.last_sync_label):
            label.setContentsMargins(8, 0, 8, 0)
            self.statusBar().addPermanentWidget(label)

    def refresh_status(self) -> None:
        """Reload the sync figures the status bar shows (in the background)."""
        self._status_started = True
        self.sync.refresh()

    def _start_status_after_first_page(self) -> None:
        # The first figures wait until the first page's data has been painted (or a moment
        # has passed): on a large database the two reads at once slow the first screen down.
        page = self.current_page()
        if page.is_loaded():
            self.refresh_status()
            return

        def start() -> None:
            if not self._status_started:
                self.refresh_status()

        page.did_load.connect(
            lambda: QTimer.singleShot(0, self, start), Qt.ConnectionType.SingleShotConnection
        )
        QTimer.singleShot(FIRST_STATUS_LATEST_MS, self, start)

    def _show_status(self) -> None:
        status = self.sync.status
        self.connection_label.setText(
            self.tr("Online") if self.sync.connection is Connection.ONLINE else self.tr("Offline")
        )
        self.pending_label.setText(self.tr("%Ln change(s) waiting to sync", "", status.pending))
        self.conflicts_button.setText(self.tr("%Ln open conflict(s)", "", status.conflicts))
        self.conflicts_button.setVisible(status.conflicts > 0)
        running = self.sync.running
        for widget in (self.sync_phase, self.sync_progress, self.sync_cancel):
            widget.setVisible(running)
        self.act_sync.setEnabled(not running)
        if status.last_sync is None:
            self.last_sync_label.setText(self.tr("Never synced"))
        else:
            when = status.last_sync.strftime("%Y-%m-%d %H:%M")
            self.last_sync_label.setText(self.tr("Last sync: %1").replace("%1", when))

    # --- menus ----------------------------------------------------------------------------

    def _action(self, shortcut: QKeySequence | str | None, slot: Callable[[], object]) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        self.act_new = self._action(QKeySequence.StandardKey.New, self._new_record)
        self.act_quit = self._action(QKeySequence.StandardKey.Quit, self.close)
        self.act_undo = self.undo_stack.createUndoAction(self)
        self.act_undo.setShortcut(QKeySequence("Ctrl+Z"))
        self.act_redo = self.undo_stack.createRedoAction(self)
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.act_find = self._action(QKeySequence("Ctrl+F"), self._find)
        self.act_refresh = self._action(QKeySequence("F5"), self._refresh)
        self.act_sync = self._action(QKeySequence("Ctrl+S"), self.sync_now)
        self.act_print = self._action(QKeySequence("Ctrl+P"), self.print_plan)
        self.act_print.setEnabled(False)
        self.act_export_plans = self._action(None, self.export_plans)
        self.act_about = self._action(None, self._about)
        self.act_settings = self._action(QKeySequence.StandardKey.Preferences, self._settings)
        if self.act_settings.shortcut().isEmpty():
            self.act_settings.setShortcut(QKeySequence("Ctrl+,"))
        self.page_actions = []
        for i, key in enumerate(self.page_keys()):
            action = self._action(f"Ctrl+{i + 1}", lambda k=key: self.show_page(k))
            self.page_actions.append(action)

        bar = self.menuBar()
        self.menu_file = bar.addMenu("")
        self.menu_file.addActions([self.act_new, self.act_print, self.act_export_plans])
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_settings)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_quit)
        self.menu_edit = bar.addMenu("")
        self.menu_edit.addActions([self.act_undo, self.act_redo])
        self.menu_edit.addSeparator()
        self.menu_edit.addAction(self.act_find)
        self.menu_view = bar.addMenu("")
        self.menu_view.addAction(self.act_refresh)
        self.menu_view.addSeparator()
        self.menu_view.addActions(self.page_actions)
        self.menu_sync = bar.addMenu("")
        self.menu_sync.addAction(self.act_sync)
        self.menu_help = bar.addMenu("")
        self.menu_help.addAction(self.act_about)

    def print_account_id(self) -> str | None:
        """The account "Print account plan" prints: the one selected on the page on show."""
        current = getattr(self.current_page(), "current_account_id", None)
        return current() if current is not None else None

    def _update_print(self) -> None:
        if hasattr(self, "act_print"):
            self.act_print.setEnabled(self.print_account_id() is not None)

    def print_plan(self) -> QWidget | None:
        """Open the plan preview of the selected account (Ctrl+P); returns the window."""
        from ui.plan_preview import open_plan_preview

        account_id = self.print_account_id()
        return open_plan_preview(self.runner, account_id, self) if account_id else None

    def export_plans(self) -> QWidget:
        """Open the batch export of account plans (File menu); returns the dialog."""
        from ui.plan_export import PlanExportDialog

        selected = [self.print_account_id()] if self.print_account_id() else []
        dialog = PlanExportDialog(self.runner, self, selected=selected, settings=self.settings)
        dialog.show()
        return dialog

    def _new_record(self) -> None:
        handler = getattr(self.current_page(), "new_record", None)
        if handler is None and "accounts" in self.pages:
            handler = self.show_page("accounts").new_record  # type: ignore[attr-defined]
        if handler:
            handler()

    def _find(self) -> None:
        page = self.current_page()
        if not hasattr(page, "focus_search") and "accounts" in self.pages:
            page = self.show_page("accounts")
        focus = getattr(page, "focus_search", None)
        if focus:
            focus()

    def _refresh(self) -> None:
        self.current_page().refresh()
        self.refresh_status()

    def _settings(self, *, sync_tab: bool = False) -> None:
        from ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self, sync=self.sync.sync_settings())
        if sync_tab:
            dialog.show_sync_tab()
        dialog.accepted.connect(lambda: self._apply_sync_settings(dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.settings_dialog = dialog
        dialog.open()

    def _apply_sync_settings(self, dialog: object) -> None:
        choice = dialog.sync_choice()  # type: ignore[attr-defined]
        if choice is not None:
            self.sync.apply_settings(**choice.__dict__)

    # --- sync -----------------------------------------------------------------------------

    def sync_now(self) -> None:
        """Ctrl+S: a round in the background; without a server, Settings → Sync opens."""
        if self.sync.running:
            return
        if not self.sync.has_server():
            self._settings(sync_tab=True)
            return
        if self.sync.sync_now():
            self._show_sync_progress("connect", 0, 0)

    def _show_sync_progress(self, phase: str, done: int, total: int) -> None:
        texts = {
            "connect": self.tr("Connecting…"),
            "push": self.tr("Sending changes…"),
            "pull": self.tr("Receiving changes…"),
            "verify": self.tr("Checking…"),
            "repair": self.tr("Repairing…"),
        }
        self.sync_phase.setText(texts.get(phase, phase))
        self.sync_progress.setRange(0, total if total > 0 else 0)
        if total > 0:
            self.sync_progress.setValue(min(done, total))

    def _round_finished(self, outcome: RoundOutcome) -> None:
        from ui.sync_dialogs import error_text

        if outcome.result is not None:
            r = outcome.result
            text = self.tr("Synced: %1 sent, %2 received, %3 conflict(s), %4 refused")
            for i, n in enumerate((r.pushed, r.pulled, r.conflicts, r.rejected), 1):
                text = text.replace(f"%{i}", str(n))
            if r.cancelled:
                text = self.tr("Sync cancelled; what was done is kept.")
            self.statusBar().showMessage(text, 10_000)
            return
        assert outcome.error is not None
        message = error_text(outcome.error, self.sync.status.pending)
        self.statusBar().showMessage(message, 30_000)
        if not outcome.automatic and self.sync.connection is not Connection.OFFLINE:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Sync"), message, parent=self)
            box.setObjectName("sync_error_box")
            box.finished.connect(box.deleteLater)
            box.open()

    def _sync_notice(self, message: str) -> None:
        from ui.sync_dialogs import notice_text

        box = QMessageBox(
            QMessageBox.Icon.Information, self.tr("Sync"), notice_text(message), parent=self
        )
        box.setObjectName("sync_notice_box")
        box.finished.connect(box.deleteLater)
        box.open()

    def _show_conflicts(self) -> None:
        page = self.show_page("sync") if "sync" in self.pages else None
        focus = getattr(page, "focus_conflicts", None)
        if focus:
            focus()

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About RepDesk"),
            self.tr("RepDesk — a workstation for channel and key-account sales reps."),
        )

    def _show_error(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Something went wrong"), str(exc))

    # --- language -------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Set every text the window itself shows in the current language."""
        self.setWindowTitle(self.tr("RepDesk — Channel sales workstation"))
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_edit.setTitle(self.tr("&Edit"))
        self.menu_view.setTitle(self.tr("&View"))
        self.menu_sync.setTitle(self.tr("&Sync"))
        self.menu_help.setTitle(self.tr("&Help"))
        self.act_new.setText(self.tr("&New…"))
        self.act_print.setText(self.tr("&Print account plan…"))
        self.act_export_plans.setText(self.tr("&Export account plans…"))
        self.act_quit.setText(self.tr("&Quit"))
        self.act_undo.setText(self.tr("&Undo"))
        self.act_redo.setText(self.tr("&Redo"))
        self.act_find.setText(self.tr("&Find…"))
        self.act_refresh.setText(self.tr("&Refresh"))
        self.act_sync.setText(self.tr("Sync &now"))
        self.sync_cancel.setText(self.tr("Cancel"))
        self.act_about.setText(self.tr("&About RepDesk"))
        self.act_settings.setText(self.tr("&Settings…"))
        for i, slot in enumerate(self._slots.values()):
            self.nav.item(i).setText(slot.title())
            self.page_actions[i].setText(slot.title())
        self._show_status()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- window state ---------------------------------------------------------------------

    def _restore_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        key = self.settings.value("window/page")
        keys = self.page_keys()
        self.nav.setCurrentRow(keys.index(key) if key in keys else 0)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        # Pages and open editor windows with unsaved work may ask to save first.
        editors = [w for w in self.findChildren(QWidget) if w.isWindow() and w.isVisible()]
        for part in [*self.pages.built(), *editors]:
            can_close = getattr(part, "can_close", None)
            if can_close and not can_close():
                event.ignore()
                return
        self.settings.setValue("window/geometry", self.saveGeometry())
        self._status_timer.stop()
        self.sync.close()
        self.runner.close()
        super().closeEvent(event)


_TITLES = {key: (cls, title) for key, _module, cls, title in PAGES}


def page_title(key: str) -> str:
    """The navigation title of page ``key`` in the current language, without building it."""
    context, title = _TITLES[key]
    return QCoreApplication.translate(context, title)


def default_pages() -> list[tuple[str, PageFactory]]:
    """The workstation's pages in navigation order; each factory imports its page's module
    only when called (the main window calls it when the page is first shown)."""
    return [(key, _page_factory(module, cls)) for key, module, cls, _title in PAGES]


def _page_factory(module: str, cls: str) -> PageFactory:
    def build(runner: OpRunner, undo_stack: QUndoStack) -> Page:
        page_class: type[Page] = getattr(importlib.import_module(module), cls)
        return page_class(runner, undo_stack)

    return build


__all__ = ["PAGES", "MainWindow", "PageMap", "default_pages", "page_title"]
