"""The small whole-brain kite chart of a printed profile (reportlab.graphics).

Quadrants sit where Herrmann's model puts them: A upper left, D upper right, C lower right,
B lower left. Each score (0–133) is a point on its diagonal; the kite joins the four. Rings
mark the preference-code thresholds (34 and 67) and the edge of the grid (133).
"""

from __future__ import annotations

import math

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors

from reports.buying_map import drawing
from reports.fonts import chinese_font

GRID_MAX = 133
RINGS = (34, 67, 133)
# Herrmann's customary colours: A blue, B green, C red, D yellow.
QUADRANT_COLOURS = {"A": "#1f6fb2", "B": "#2e8b57", "C": "#c0392b", "D": "#d4a017"}
_ANGLES = {"A": 135.0, "D": 45.0, "C": -45.0, "B": -135.0}


def kite_drawing(scores: tuple[int, int, int, int] | None, size: float = 90) -> Drawing:
    """A ``size``-point square kite of scores (A, B, C, D); an empty grid when ``None``."""
    d = drawing(size, size)
    cx = cy = size / 2
    radius = size / 2 - 9
    d.add(Rect(0, 0, size, size, fillColor=colors.HexColor("#fafafa"), strokeColor=None))
    grey = colors.HexColor("#c8ccd0")
    for ring in RINGS:
        d.add(
            Circle(
                cx,
                cy,
                radius * ring / GRID_MAX,
                fillColor=None,
                strokeColor=grey,
                strokeWidth=0.4 if ring != 67 else 0.7,
            )
        )
    d.add(Line(cx - radius, cy, cx + radius, cy, strokeColor=grey, strokeWidth=0.4))
    d.add(Line(cx, cy - radius, cx, cy + radius, strokeColor=grey, strokeWidth=0.4))
    font = chinese_font().name
    for letter, angle in _ANGLES.items():
        rad = math.radians(angle)
        x = cx + math.cos(rad) * (radius + 3)
        y = cy + math.sin(rad) * (radius + 3) - 3
        d.add(
            String(
                x,
                y,
                letter,
                fontName=font,
                fontSize=8,
                fillColor=colors.HexColor(QUADRANT_COLOURS[letter]),
                textAnchor="middle",
            )
        )
    if scores is None:
        return d
    by_letter = dict(zip("ABCD", scores, strict=True))
    points: list[float] = []
    for letter in ("A", "D", "C", "B"):
        rad = math.radians(_ANGLES[letter])
        r = radius * max(0, min(GRID_MAX, by_letter[letter])) / GRID_MAX
        points += [cx + math.cos(rad) * r, cy + math.sin(rad) * r]
    d.add(
        Polygon(
            points,
            fillColor=colors.Color(0.2, 0.4, 0.7, alpha=0.25),
            strokeColor=colors.HexColor("#2c5d8f"),
            strokeWidth=1,
        )
    )
    for i in range(0, len(points), 2):
        d.add(
            Circle(
                points[i],
                points[i + 1],
                1.4,
                fillColor=colors.HexColor("#2c5d8f"),
                strokeColor=None,
            )
        )
    return d
