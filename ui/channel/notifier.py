"""Once a day, while the app runs, a desktop notification of what the Today page reminds.

Shown with :meth:`QSystemTrayIcon.showMessage` when the desktop has a system tray; without
one it is skipped quietly. The last day shown is kept in QSettings (``reminders/notified``)
so restarting the app the same day does not notify again.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle, QSystemTrayIcon

if TYPE_CHECKING:
    from services.channel import RemindersView

SETTING = "reminders/notified"


class DailyNotifier(QObject):
    """Notifies at most once a calendar day."""

    def __init__(self, parent: QObject | None = None, settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._tray: QSystemTrayIcon | None = None
        #: The last message shown (title, text), for tests and the log.
        self.last_message: tuple[str, str] | None = None

    def message(self, view: RemindersView) -> str:
        """The notification's text: how many of each kind, e.g. "3 reviews due · …"."""
        c = view.counts
        parts = {
            "follow_up": self.tr("%n follow-up(s) due", "", c.get("follow_up", 0)),
            "contract": self.tr("%n contract(s) ending", "", c.get("contract", 0)),
            "review": self.tr("%n review(s) due", "", c.get("review", 0)),
            "overdue_invoice": self.tr(
                "%n invoice(s) newly overdue", "", c.get("overdue_invoice", 0)
            ),
        }
        return " · ".join(text for kind, text in parts.items() if c.get(kind))

    def maybe_notify(self, view: RemindersView, *, available: bool | None = None) -> bool:
        """Show the day's reminders unless already shown today or nothing is due; returns
        whether a notification went out. ``available`` overrides the tray check (tests)."""
        if available is None:
            available = QSystemTrayIcon.isSystemTrayAvailable()
        if not available or not any(view.counts.values()):
            return False
        settings = self._settings or QSettings()
        day = view.today.isoformat()
        if settings.value(SETTING) == day:
            return False
        title = self.tr("RepDesk — today's reminders")
        text = self.message(view)
        if QSystemTrayIcon.isSystemTrayAvailable():
            if self._tray is None:
                app = QApplication.instance()
                icon = app.windowIcon() if isinstance(app, QApplication) else QIcon()
                if icon.isNull() and isinstance(app, QApplication):
                    icon = app.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
                self._tray = QSystemTrayIcon(icon, self)
                self._tray.show()
            self._tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information)
        settings.setValue(SETTING, day)
        self.last_message = (title, text)
        return True


def today_changed(last: dt.date | None, now: dt.date) -> bool:
    """Whether the calendar day moved on since ``last`` (the app ran past midnight)."""
    return last is not None and now != last
