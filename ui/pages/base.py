"""What every page of the main window has in common."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.latest_read import LatestRead
from ui.ops import OpRunner


class Page(QWidget):
    """A page of the workstation.

    Pages load their data on first show (start-up stays fast), refresh when an op changed a
    table in :attr:`watched_tables`, and re-translate their texts on a language change.
    """

    watched_tables: frozenset[str] = frozenset()
    #: Emitted when data the page asked for is on screen (pages call :meth:`loaded`).
    did_load = Signal()

    def __init__(self, runner: OpRunner, undo_stack: QUndoStack, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.undo_stack = undo_stack
        self._loaded = False
        self._stale = False
        self._has_data = False
        #: Background reads of which only the newest load's answers reach the page.
        self.latest = LatestRead(runner)
        runner.operation_did_execute.connect(self._on_changed)

    def title(self) -> str:
        """The page's name in the navigation, in the current language."""
        raise NotImplementedError

    def refresh(self) -> None:
        """Reload the page's data in the background (F5, or after a relevant change).

        Pages that load data override this and call :meth:`loaded` once it is shown.
        """
        self.loaded()

    def loaded(self) -> None:
        """Tell listeners (start-up timing, tests) that the page's data is on screen."""
        self._has_data = True
        self.did_load.emit()

    def is_loaded(self) -> bool:
        """Whether the page's data has been on screen at least once."""
        return self._has_data

    def retranslate(self) -> None:
        """Set every visible text again in the current language."""

    def ensure_loaded(self) -> None:
        """Load the data the first time the page is shown, or when it went stale unseen."""
        if not self._loaded or self._stale:
            self._loaded = True
            self._stale = False
            self.refresh()

    def _on_changed(self, tables: frozenset[str], _initiator: object) -> None:
        if not tables & self.watched_tables:
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class PlaceholderPage(Page):
    """A page a later part of the product fills in; says so plainly."""

    def __init__(self, runner: OpRunner, undo_stack: QUndoStack, name: str, parent=None):
        super().__init__(runner, undo_stack, parent)
        self._name = name
        self._label = QLabel()
        self._label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self._label)
        self.retranslate()

    def title(self) -> str:
        return {
            "today": self.tr("Today"),
            "accounts": self.tr("Accounts"),
            "tracker": self.tr("Key-account tracker"),
            "funnel": self.tr("Funnel"),
            "receivables": self.tr("Receivables"),
            "profiles": self.tr("Profiles"),
            "sync": self.tr("Sync"),
        }.get(self._name, self._name)

    def retranslate(self) -> None:
        self._label.setText(self.tr("%1 — coming in a later version.").replace("%1", self.title()))


class LazyPage(QWidget):
    """Holds a page's place in the main window until the page is first needed.

    The page (and the modules it imports: charts, PDF, profiling content…) is built by
    :meth:`page` — when it is first shown or asked for — and fills this widget, so start-up
    builds only the page on screen. :meth:`title` answers before the page exists.
    """

    #: Emitted once with the page when it has been built.
    built = Signal(object)

    def __init__(
        self,
        build: Callable[[], Page],
        title: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._build = build
        self._title = title
        self._page: Page | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def page(self) -> Page:
        """The page, built on the first call."""
        if self._page is None:
            self._page = self._build()
            self._layout.addWidget(self._page)
            self._page.show()  # at once if this widget is on screen, else when it is shown
            self.built.emit(self._page)
        return self._page

    def is_built(self) -> bool:
        """Whether the page exists yet."""
        return self._page is not None

    def title(self) -> str:
        """The page's name in the navigation, in the current language."""
        return self._page.title() if self._page is not None else self._title()
