"""Labels in the styles the windows share."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel


def bold(label: QLabel, scale: float = 1.0) -> QLabel:
    """``label`` in bold (and ``scale`` times larger: headings); returns it."""
    font = QFont(label.font())
    font.setBold(True)
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label
