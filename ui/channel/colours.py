"""The colours channel-management charts give each strategy and aging bucket, so the same
zone looks the same on the attack/defence chart and on the dashboard."""

from __future__ import annotations

from PySide6.QtGui import QColor

STRATEGY_COLOURS: dict[str, QColor] = {
    "acquire": QColor("#1a73e8"),
    "retain": QColor("#2e7d32"),
    "harass": QColor("#ef8f00"),
    "maintain": QColor("#8e24aa"),
    "abandon": QColor("#9e9e9e"),
    "unplaced": QColor("#cfd8dc"),
}
BUCKET_COLOURS: dict[str, QColor] = {
    "0_30": QColor("#81c784"),
    "31_60": QColor("#ffd54f"),
    "61_90": QColor("#ffb74d"),
    "over_90": QColor("#e57373"),
}


def tint(colour: QColor, alpha: int) -> QColor:
    """``colour`` with ``alpha`` (0–255): the pale fill of a chart zone."""
    out = QColor(colour)
    out.setAlpha(alpha)
    return out
