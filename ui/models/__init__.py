"""Qt item models of the workstation, one table model per module, and what they share.

Models get rows pushed into them (``set_rows``); they never query. Every model answers two
custom roles besides the display ones: :data:`SortRole` (a typed key: a number, an ISO date,
the pinyin of a Chinese name) and :data:`ObjectRole` (the row dataclass itself). Views and
pages read both through the proxy, never from display strings. Texts follow the interface
language (:func:`ui.i18n.current_language`) and the locale's formats (:mod:`ui.formatting`).
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from PySide6.QtCore import Qt

from domain.vocabulary import label
from ui.i18n import current_language

SortRole = Qt.ItemDataRole.UserRole + 1
ObjectRole = Qt.ItemDataRole.UserRole + 2


def role_set(*roles: Qt.ItemDataRole) -> frozenset[int]:
    """``roles`` as the plain ints Qt passes to ``data()``."""
    return frozenset(int(role.value) for role in roles)


RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def code_label(enum: type[StrEnum], code: str | None) -> str:
    """The label of ``code`` of ``enum`` in the interface language; unknown codes as they are."""
    if not code:
        return ""
    try:
        member = enum(code)
    except ValueError:
        return code
    return label(member, current_language())


def local_date(moment: dt.datetime) -> dt.date:
    """The local calendar date of a naive UTC time, as stored in the database."""
    return moment.replace(tzinfo=dt.UTC).astimezone().date()
