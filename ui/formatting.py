"""Dates, numbers and money shown the way the current locale writes them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, QTimeZone


def money(value: Decimal | float | None) -> str:
    """An amount in yuan: ``¥1,234.50``, ``-¥71,906.64`` (empty for None)."""
    if value is None:
        return ""
    amount = float(value)
    text = "¥" + QLocale().toString(abs(amount), "f", 2)
    # The sign goes before the yuan sign; an amount that rounds to 0.00 has none.
    return "-" + text if amount < 0 and round(amount, 2) != 0 else text


def number(value: float | int | None, decimals: int = 0) -> str:
    """A number with the locale's group separator (empty for None)."""
    if value is None:
        return ""
    return QLocale().toString(float(value), "f", decimals)


def date(value: dt.date | None) -> str:
    """A date in the locale's short format (empty for None)."""
    if value is None:
        return ""
    return QLocale().toString(
        QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat
    )


def datetime(value: dt.datetime | None) -> str:
    """A date and time in the locale's short format, shown in local time (stored in UTC)."""
    if value is None:
        return ""
    utc = QDateTime(
        QDate(value.year, value.month, value.day),
        QTime(value.hour, value.minute, value.second),
        QTimeZone.utc(),
    )
    return QLocale().toString(utc.toLocalTime(), QLocale.FormatType.ShortFormat)
