"""Windows that hold unsaved edits ask before they close, and close once the save is done.

The account editor and the project board ask Save / Discard / Cancel when the rep closes
them over unsaved changes. Save starts the save and keeps the window open: it closes itself
once the save succeeded (:meth:`CloseGuard._finish_close`) and stays open, showing the
problems, when it did not.
"""

from __future__ import annotations

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMessageBox, QWidget


class CloseGuard(QWidget):
    """A window that asks Save / Discard / Cancel when closed over unsaved changes."""

    _may_close = False  # the save asked for on closing succeeded: close without asking
    _close_when_saved = False  # Save was chosen: close once the save succeeded
    _closed = False  # closed: late results of background ops are dropped

    # --- what subclasses provide ------------------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        """Whether closing now would lose edits."""
        raise NotImplementedError

    def close_question(self) -> tuple[str, str]:
        """The question's title and text, in the current language."""
        raise NotImplementedError

    def save_before_close(self) -> None:
        """Start saving; the window closes once :meth:`_finish_close` is called."""
        raise NotImplementedError

    # --- closing ------------------------------------------------------------------------------

    def can_close(self) -> bool:
        """Whether the window may close now; asks Save / Discard / Cancel over unsaved edits.

        Save starts saving and returns False: the window closes itself once the save
        succeeded (and stays open, showing the problems, when it did not).
        """
        if self._may_close or not self.has_unsaved_changes():
            return True
        title, text = self.close_question()
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Discard:
            return True
        if answer == QMessageBox.StandardButton.Save:
            self._close_when_saved = True
            self.save_before_close()
        return False

    def _finish_close(self) -> None:
        """A save succeeded: close now if Save was chosen on closing."""
        if self._close_when_saved:
            self._may_close = True
            self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if not self.can_close():
            event.ignore()
            return
        self._closed = True
        event.accept()
        super().closeEvent(event)
