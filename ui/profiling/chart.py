"""The kite chart of a whole-brain profile, and the small badge the project board can show.

:class:`KiteChart` paints the four quadrants on Herrmann's 0–133 grid with QPainter: A upper
left, B lower left, C lower right, D upper right (as the model draws them), rings at 33, 67
(the primary threshold, drawn stronger) and 133, the profile as a filled kite and, when
given, a second profile (the rep's own) as a dashed outline to compare with.

:class:`BadgeLabel` and :func:`paint_badge` draw a badge such as ``A·D`` with each letter in
its quadrant's colour; the project board may use either (``services.profiling.badges``
gives the texts).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ui.profiling.quadrants import LETTERS, colour

GRID_MAX = 133
RINGS = (33, 67, 100, 133)
# Angle of each quadrant's axis, counter-clockwise from the right (screen y points down).
ANGLES = {"A": 135.0, "B": 225.0, "C": 315.0, "D": 45.0}


def _point(centre: QPointF, radius: float, quadrant: str, score: float) -> QPointF:
    angle = math.radians(ANGLES[quadrant])
    r = radius * min(score, GRID_MAX) / GRID_MAX
    return QPointF(centre.x() + r * math.cos(angle), centre.y() - r * math.sin(angle))


class KiteChart(QWidget):
    """Four scores on the 0–133 grid as a kite; empty grid while there is no profile."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scores: dict[str, int] | None = None
        self.overlay: dict[str, int] | None = None
        self.names: dict[str, str] = {q: q for q in LETTERS}
        self.overlay_label = ""
        self.setMinimumSize(260, 240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(340, 300)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return max(self.minimumHeight(), int(width * 0.85))

    def set_profile(
        self,
        scores: Mapping[str, int] | None,
        names: Mapping[str, str],
        *,
        overlay: Mapping[str, int] | None = None,
        overlay_label: str = "",
    ) -> None:
        """Show ``scores`` (letter → 0–133; None: the empty grid) with the quadrants' names,
        and ``overlay`` (e.g. the rep's own scores) as a dashed outline."""
        self.scores = dict(scores) if scores is not None else None
        self.overlay = dict(overlay) if overlay is not None else None
        self.names = dict(names)
        self.overlay_label = overlay_label
        self.update()

    # --- painting ----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = self.fontMetrics()
        line = fm.height()
        label_w = max(fm.horizontalAdvance(n) for n in self.names.values()) if self.names else 0
        legend = line + 4 if self.overlay and self.overlay_label else 0
        # The kite's square leaves two text lines above and below for the labels.
        top, bottom = 2 * line + 6, 2 * line + 6 + legend
        radius = min((self.width() - 8) / 2, (self.height() - top - bottom) / 2)
        radius = max(radius, 40.0)
        centre = QPointF(self.width() / 2, top + (self.height() - top - bottom) / 2)
        self._paint_grid(p, centre, radius)
        if self.overlay:
            self._paint_kite(p, centre, radius, self.overlay, dashed=True)
        if self.scores:
            self._paint_kite(p, centre, radius, self.scores, dashed=False)
        self._paint_labels(p, centre, radius, label_w)
        if legend:
            self._paint_legend(p, QRectF(0, self.height() - legend, self.width(), legend))
        p.end()

    def _paint_grid(self, p: QPainter, centre: QPointF, radius: float) -> None:
        # Each quadrant's sector tinted in its colour.
        for q in LETTERS:
            tint = QColor(colour(q))
            tint.setAlpha(28)
            path = QPainterPath(centre)
            square = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
            path.arcTo(square, ANGLES[q] - 45, 90)
            path.closeSubpath()
            p.fillPath(path, tint)
        grey = QColor(150, 150, 150)
        for ring in RINGS:
            r = radius * ring / GRID_MAX
            pen = QPen(grey, 1.6 if ring == 67 else 0.8)
            if ring not in (67, GRID_MAX):
                pen.setStyle(Qt.PenStyle.DotLine)
            p.setPen(pen)
            p.drawEllipse(centre, r, r)
        p.setPen(QPen(grey, 0.8))
        p.drawLine(
            QPointF(centre.x() - radius, centre.y()), QPointF(centre.x() + radius, centre.y())
        )
        p.drawLine(
            QPointF(centre.x(), centre.y() - radius), QPointF(centre.x(), centre.y() + radius)
        )
        # Ring values along the upper half of the vertical axis.
        small = QFont(self.font())
        small.setPointSizeF(max(6.0, small.pointSizeF() * 0.75))
        p.setFont(small)
        p.setPen(QColor(120, 120, 120))
        for ring in RINGS:
            y = centre.y() - radius * ring / GRID_MAX
            p.drawText(QPointF(centre.x() + 3, y + 10), str(ring))
        p.setFont(self.font())

    def _paint_kite(
        self, p: QPainter, centre: QPointF, radius: float, scores: Mapping[str, int], dashed: bool
    ) -> None:
        points = [_point(centre, radius, q, scores.get(q, 0)) for q in LETTERS]
        polygon = QPolygonF(points)
        if dashed:
            pen = QPen(QColor(90, 90, 90), 1.6, Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPolygon(polygon)
            return
        p.setPen(QPen(QColor(40, 60, 110), 2.2))
        p.setBrush(QColor(60, 90, 160, 70))
        p.drawPolygon(polygon)
        for q, point in zip(LETTERS, points, strict=True):
            p.setPen(QPen(QColor(255, 255, 255), 1.5))
            p.setBrush(colour(q))
            p.drawEllipse(point, 5, 5)
        # Score figures beside the points, pushed outwards so they do not sit on the line.
        bold = QFont(self.font())
        bold.setBold(True)
        p.setFont(bold)
        fm = p.fontMetrics()
        for q, point in zip(LETTERS, points, strict=True):
            text = str(scores.get(q, 0))
            angle = math.radians(ANGLES[q])
            dx, dy = math.cos(angle), -math.sin(angle)
            w, h = fm.horizontalAdvance(text), fm.height()
            x = point.x() + dx * 10 - (w if dx < 0 else 0)
            y = point.y() + dy * 10 + (0 if dy > 0 else -h)
            p.setPen(colour(q).darker(140))
            p.drawText(QRectF(x, y, w + 2, h), Qt.AlignmentFlag.AlignCenter, text)
        p.setFont(self.font())

    def _paint_labels(self, p: QPainter, centre: QPointF, radius: float, label_w: int) -> None:
        bold = QFont(self.font())
        bold.setBold(True)
        p.setFont(bold)
        fm = p.fontMetrics()
        half = self.width() / 2 - 8
        for q in LETTERS:
            text = self.names.get(q, q)
            left = q in ("A", "B")
            upper = q in ("A", "D")
            # Labels sit in the corners beside the round grid: above it for A and D, below
            # it for B and C; a long name wraps onto a second line within its half.
            flags = Qt.TextFlag.TextWordWrap | (
                Qt.AlignmentFlag.AlignLeft if left else Qt.AlignmentFlag.AlignRight
            )
            flags |= Qt.AlignmentFlag.AlignBottom if upper else Qt.AlignmentFlag.AlignTop
            box = QRectF(4 if left else self.width() / 2 + 4, 0, half, 2 * fm.height() + 2)
            if upper:
                box.moveBottom(centre.y() - radius - 2)
            else:
                box.moveTop(centre.y() + radius + 2)
            p.setPen(colour(q).darker(130))
            p.drawText(box, int(flags), text)
        p.setFont(self.font())

    def _paint_legend(self, p: QPainter, rect: QRectF) -> None:
        fm = p.fontMetrics()
        solid = self.tr("This buyer")
        sample = 22
        x = (
            rect.center().x()
            - (
                2 * sample
                + fm.horizontalAdvance(solid)
                + fm.horizontalAdvance(self.overlay_label)
                + 30
            )
            / 2
        )
        y = rect.center().y()
        p.setPen(QPen(QColor(40, 60, 110), 2.2))
        p.drawLine(QPointF(x, y), QPointF(x + sample, y))
        x += sample + 4
        p.setPen(self.palette().text().color())
        p.drawText(QPointF(x, y + fm.ascent() / 2 - 1), solid)
        x += fm.horizontalAdvance(solid) + 22
        p.setPen(QPen(QColor(90, 90, 90), 1.6, Qt.PenStyle.DashLine))
        p.drawLine(QPointF(x, y), QPointF(x + sample, y))
        x += sample + 4
        p.setPen(self.palette().text().color())
        p.drawText(QPointF(x, y + fm.ascent() / 2 - 1), self.overlay_label)


# --- the badge -----------------------------------------------------------------------------


def badge_size(badge: str, font: QFont) -> QSize:
    """The size :func:`paint_badge` needs for ``badge`` in ``font``."""
    from PySide6.QtGui import QFontMetrics

    bold = QFont(font)
    bold.setBold(True)
    fm = QFontMetrics(bold)
    return QSize(fm.horizontalAdvance(badge or "–") + 12, fm.height() + 4)


def paint_badge(p: QPainter, rect: QRect, badge: str, font: QFont) -> None:
    """Paint ``badge`` (e.g. ``A·D``) in a rounded frame in ``rect``: each letter in its
    quadrant's colour; an empty badge as a grey dash (no profile yet)."""
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    bold = QFont(font)
    bold.setBold(True)
    p.setFont(bold)
    fm = p.fontMetrics()
    size = badge_size(badge, font)
    box = QRectF(
        rect.x(), rect.y() + (rect.height() - size.height()) / 2, size.width(), size.height()
    )
    first = badge[:1] if badge else ""
    frame = colour(first) if first in LETTERS else QColor(160, 160, 160)
    fill = QColor(frame)
    fill.setAlpha(30)
    p.setPen(QPen(frame, 1.2))
    p.setBrush(fill)
    p.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
    x = box.x() + 6
    baseline = box.y() + (box.height() + fm.ascent() - fm.descent()) / 2
    for ch in badge or "–":
        p.setPen(colour(ch).darker(120) if ch in LETTERS else QColor(120, 120, 120))
        p.drawText(QPointF(x, baseline), ch)
        x += fm.horizontalAdvance(ch)
    p.restore()


class BadgeLabel(QWidget):
    """A whole-brain badge (``A·D``) as a small widget; empty text shows a grey dash."""

    def __init__(self, badge: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._badge = badge
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def badge(self) -> str:
        """The badge shown."""
        return self._badge

    def set_badge(self, badge: str | None) -> None:
        """Show ``badge`` (None or "": not profiled)."""
        self._badge = badge or ""
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return badge_size(self._badge, self.font())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        p = QPainter(self)
        paint_badge(p, self.rect(), self._badge, self.font())
        p.end()


class BadgeDelegate(QStyledItemDelegate):
    """Paints a table cell's display text (a badge such as ``A·D``) with :func:`paint_badge`;
    an empty cell stays empty. For any view whose column holds badges."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Any) -> None:
        """The cell's background as usual, then the badge."""
        text = index.data(Qt.ItemDataRole.DisplayRole)
        super().paint(painter, option, index)
        if text:
            rect = option.rect.adjusted(4, 0, -4, 0)  # type: ignore[attr-defined]
            paint_badge(painter, rect, str(text), option.font)  # type: ignore[attr-defined]

    def initStyleOption(self, option: QStyleOptionViewItem, index: Any) -> None:  # noqa: N802
        """Everything but the text (the badge is painted over the cleared cell)."""
        super().initStyleOption(option, index)
        option.text = ""  # type: ignore[attr-defined]

    def sizeHint(self, option: QStyleOptionViewItem, index: Any) -> QSize:  # noqa: N802
        """Wide enough for the badge."""
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        size = badge_size(text, option.font)  # type: ignore[attr-defined]
        return QSize(size.width() + 8, size.height() + 4)
