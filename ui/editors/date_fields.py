"""Date inputs: a date that may be left empty, and a date and time in local time.

Both are :class:`~ui.editors.field_widgets.FieldWidget` s: typed values in, raw entries out.
Times are stored in UTC (naive) and shown and entered in the rep's local time.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QStyle, QToolButton, QWidget

from ui.editors.field_base import FieldWidget


class _DateEdit(QDateEdit):
    """A date edit whose lowest date means "no date"; touching an empty one starts at today."""

    EMPTY = QDate(1900, 1, 1)

    def __init__(self) -> None:
        super().__init__()
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(self.EMPTY)
        self.setSpecialValueText("—")
        self.setDate(self.EMPTY)

    def is_empty(self) -> bool:
        """Whether no date is set."""
        return self.date() == self.EMPTY

    def _wake(self) -> None:
        if self.is_empty():
            self.setDate(QDate.currentDate())

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        self._wake()
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key = Qt.Key(event.key())
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.is_empty():
            return
        if key == Qt.Key.Key_Delete:
            self.setDate(self.EMPTY)
            return
        if key not in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Escape):
            self._wake()
        super().keyPressEvent(event)


class DateField(FieldWidget):
    """A date, or none: a date edit with a button that empties it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = _DateEdit()
        self.clear_button = QToolButton()
        self.clear_button.setIcon(
            self.style().standardIcon(QStyle.StandardPixmap.SP_LineEditClearButton)
        )
        self.clear_button.setAutoRaise(True)
        self.clear_button.clicked.connect(lambda: self.set_value(None))
        self.clear_button.clicked.connect(self.changed)
        self.edit.dateChanged.connect(self.changed)
        self.setFocusProxy(self.edit)
        self._layout.addWidget(self.edit)
        self._layout.addWidget(self.clear_button)
        self._layout.addStretch(1)
        self.retranslate()

    def raw(self) -> dt.date | None:
        """The date set, or None."""
        if self.edit.is_empty():
            return None
        day = self.edit.date()
        return dt.date(day.year(), day.month(), day.day())

    def set_value(self, value: Any) -> None:
        """Show the date ``value`` (None: empty)."""
        if value is None:
            self.edit.setDate(_DateEdit.EMPTY)
        else:
            self.edit.setDate(QDate(value.year, value.month, value.day))

    def retranslate(self) -> None:
        """The clear button's tooltip."""
        self.clear_button.setToolTip(self.tr("No date"))


class DateTimeField(FieldWidget):
    """A date and time, entered in local time; the value is UTC like the database."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QDateTimeEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.edit.dateTimeChanged.connect(self.changed)
        self.setFocusProxy(self.edit)
        self._layout.addWidget(self.edit)
        self._layout.addStretch(1)

    def raw(self) -> dt.datetime:
        """The moment entered, as an aware local time (``coerce`` makes it naive UTC)."""
        moment = self.edit.dateTime()
        day, time = moment.date(), moment.time()
        local = dt.datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())
        return local.astimezone()

    def set_value(self, value: Any) -> None:
        """Show the naive-UTC ``value`` in local time (None: now)."""
        moment = (
            value.replace(tzinfo=dt.UTC).astimezone()
            if value is not None
            else dt.datetime.now().astimezone()
        )
        self.edit.setDateTime(
            QDateTime(
                QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
            )
        )
