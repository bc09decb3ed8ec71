"""The search box of the list pages: it searches once typing pauses, not on every key."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

SEARCH_DELAY_MS = 60  # coalesces fast typing; matching itself takes a few ms


class SearchBox(QLineEdit):
    """A line edit that asks for a search when typing pauses.

    Escape clears it; Enter and Down ask to move to the list (:attr:`entered`).
    """

    #: Typing paused: search for this text now.
    search_requested = Signal(str)
    #: Enter or Down: search now and move to the list.
    entered = Signal()

    def __init__(
        self, name: str, delay_ms: int = SEARCH_DELAY_MS, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setClearButtonEnabled(True)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(lambda: self.search_requested.emit(self.text()))
        self.textChanged.connect(lambda _text: self.timer.start())
        self.returnPressed.connect(self.entered)

    def focus_and_select(self) -> None:
        """Put the cursor in the box with its text selected (Ctrl+F)."""
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.selectAll()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        """Escape clears the box; Down moves to the list."""
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        if event.key() == Qt.Key.Key_Down:
            self.entered.emit()
            return
        super().keyPressEvent(event)
