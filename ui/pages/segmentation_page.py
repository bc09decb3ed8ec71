"""Attack/defence (客户细分的攻守模型): every account placed by purchase potential and share
of customer, and where the rep's time goes against where the model says it should.

The chart (QtCharts) draws the five zones — acquire, retain, harass, maintain, abandon —
from the settings' thresholds, labelled, with one scatter series per strategy; hovering a
point names the account and why it sits there, clicking it opens the account. Beside it
the resource-allocation summary per posture (attack / defend / maintain / no investment):
accounts, visits, pipeline, and the share of visits the model asks for against the share
made, off-plan postures in red. One read: :func:`services.channel.segmentation_view`.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable

from PySide6.QtCharts import (
    QAreaSeries,
    QLineSeries,
    QLogValueAxis,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QCursor, QFont, QPen, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGraphicsSimpleTextItem,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from domain.segmentation import UNPLACED
from domain.vocabulary import Posture, Strategy
from services.channel import SegmentationView, SegmentPoint, segmentation_view
from ui import formatting
from ui.channel.colours import STRATEGY_COLOURS, tint
from ui.channel.texts import reason_text
from ui.charts import clear_chart, new_chart
from ui.labels import bold
from ui.models import RIGHT, code_label
from ui.ops import OpRunner
from ui.pages.account_opener import open_account
from ui.pages.base import Page

MILLION = 1_000_000.0
ZONE_ALPHA = 38
POINT_SIZE = 11.0


class SegmentationPage(Page):
    """The attack/defence scatter with its zones, and the resource-allocation summary."""

    watched_tables = frozenset({"accounts", "invoices", "activities", "projects", "settings"})
    #: An account's point was clicked (its id), after the editor was asked to open.
    account_clicked = Signal(str)

    def __init__(
        self,
        runner: OpRunner,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(runner, undo_stack, parent)
        self._today = today
        self.data: SegmentationView | None = None
        #: Scatter series per strategy and the accounts behind their points, in order.
        self.series: dict[str, QScatterSeries] = {}
        self._points: dict[str, list[SegmentPoint]] = {}
        self._zone_labels: list[tuple[QGraphicsSimpleTextItem, float, float]] = []
        self._zone_lines: list[QLineSeries] = []  # an area series does not own its lines

        self.heading = bold(QLabel(), 1.3)
        self.chart, self.chart_view = new_chart("segmentation_chart", margin=4)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart.plotAreaChanged.connect(lambda _r: self._place_zone_labels())
        self.chart_view.setMinimumSize(240, 220)
        self.unplaced = QLabel()
        self.unplaced.setWordWrap(True)

        self.allocation_title = bold(QLabel())
        self.allocation = QTableWidget(0, 6)
        self.allocation.setObjectName("allocation_table")
        self.allocation.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.allocation.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.allocation.verticalHeader().hide()
        self.allocation.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for column in (0, 3):  # posture names and pipeline amounts are never cut
            self.allocation.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        self.allocation.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.verdict = QLabel()
        self.verdict.setObjectName("allocation_verdict")
        self.verdict.setWordWrap(True)
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.allocation_title)
        side_layout.addWidget(self.allocation)
        side_layout.addWidget(self.verdict)
        side_layout.addWidget(self.counts)
        side_layout.addWidget(self.explain)
        side_layout.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.chart_view, 1)
        left_layout.addWidget(self.unplaced)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([600, 440])
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        # Scrolls rather than holding the window wider or taller than the screen allows.
        scroll = QScrollArea()
        scroll.setWidget(splitter)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout.addWidget(scroll, 1)
        self.retranslate()

    def title(self) -> str:
        """The page's name in the navigation."""
        return self.tr("Attack / defence")

    def refresh(self) -> None:
        """Reload the placement and the allocation in the background."""
        self.latest.start()
        as_of = self._today()
        self.latest.read(lambda uow: segmentation_view(uow, as_of=as_of), self._show)

    def open_account(self, account_id: str | None) -> QWidget | None:
        """Open the editor of ``account_id``; returns it if shown."""
        return open_account(self, account_id)

    def click_point(self, strategy: str, point: QPointF) -> str | None:
        """Act as a click on ``point`` of ``strategy``'s series: open the nearest account."""
        found = self._nearest(strategy, point)
        if found is None:
            return None
        self.open_account(found.account_id)
        self.account_clicked.emit(found.account_id)
        return found.account_id

    def point_of(self, account_id: str) -> tuple[str, QPointF] | None:
        """The series (strategy) and chart position of an account's point."""
        for strategy, points in self._points.items():
            for p in points:
                if p.account_id == account_id:
                    return strategy, self._position(p)
        return None

    # --- drawing ----------------------------------------------------------------------------

    def _show(self, data: SegmentationView) -> None:
        self.data = data
        self._draw()
        self.retranslate()
        self.loaded()

    def _position(self, p: SegmentPoint) -> QPointF:
        x_min = self._x_range()[0] if self.data else 0.01
        return QPointF(max(float(p.potential or 0) / MILLION, x_min), float(p.share or 0))

    def _x_range(self) -> tuple[float, float]:
        """The potential axis (log scale, ¥ million): a decade below the minimum potential
        up to past the largest account."""
        data = self.data
        assert data is not None
        placed = [float(p.potential) / MILLION for p in data.points if p.strategy and p.potential]
        low = min([data.min_potential / MILLION / 4, *placed])
        high = max([data.high_potential / MILLION * 3, *placed]) * 1.3
        return max(low * 0.8, 0.01), high

    def _x_max(self) -> float:
        return self._x_range()[1]

    def _draw(self) -> None:
        clear_chart(self.chart)
        for item, _x, _y in self._zone_labels:
            self.chart.scene().removeItem(item)
        self._zone_labels = []
        self.series, self._points = {}, {}
        self._zone_lines = []
        data = self.data
        if data is None:
            return
        x_min, x_max = self._x_range()
        low, high = data.min_potential / MILLION, data.high_potential / MILLION
        share = data.high_share
        axis_x, axis_y = QLogValueAxis(), QValueAxis()
        axis_x.setBase(10)
        axis_x.setRange(x_min, x_max)
        axis_x.setLabelFormat("%g")
        axis_x.setMinorTickCount(8)
        axis_y.setRange(0, 100)
        axis_y.setLabelFormat("%.0f%%")
        axis_y.setTickCount(6)
        self.chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        zones = {
            "abandon": (x_min, low, 0.0, 100.0),
            "harass": (low, high, 0.0, share),
            "maintain": (low, high, share, 100.0),
            "acquire": (high, x_max, 0.0, share),
            "retain": (high, x_max, share, 100.0),
        }
        for strategy, (x0, x1, y0, y1) in zones.items():
            upper, lower = QLineSeries(), QLineSeries()
            upper.append([QPointF(x0, y1), QPointF(x1, y1)])
            lower.append([QPointF(x0, y0), QPointF(x1, y0)])
            self._zone_lines += [upper, lower]
            area = QAreaSeries(upper, lower)
            area.setBrush(QBrush(tint(STRATEGY_COLOURS[strategy], ZONE_ALPHA)))
            area.setPen(QPen(tint(STRATEGY_COLOURS[strategy], 90), 1))
            self.chart.addSeries(area)
            area.attachAxis(axis_x)
            area.attachAxis(axis_y)
            self.chart.legend().markers(area)[0].setVisible(False)
            text = QGraphicsSimpleTextItem(self.chart)
            font = QFont(text.font())
            font.setBold(True)
            text.setFont(font)
            text.setBrush(STRATEGY_COLOURS[strategy].darker(140))
            text.setData(0, strategy)
            self._zone_labels.append((text, (x0 * x1) ** 0.5, y1 - 2))  # the middle on a log axis
        for strategy in Strategy:
            points = [p for p in data.points if p.strategy == strategy.value]
            series = QScatterSeries()
            series.setObjectName(f"points_{strategy.value}")
            series.setMarkerSize(POINT_SIZE)
            colour = STRATEGY_COLOURS[strategy.value]
            series.setColor(colour)
            series.setBorderColor(colour.darker(150))
            series.append([self._position(p) for p in points])
            series.clicked.connect(lambda point, s=strategy.value: self.click_point(s, point))
            series.hovered.connect(
                lambda point, state, s=strategy.value: self._hovered(s, point, state)
            )
            self.chart.addSeries(series)
            series.attachAxis(axis_x)
            series.attachAxis(axis_y)
            self.series[strategy.value] = series
            self._points[strategy.value] = points
        self._place_zone_labels()

    def _place_zone_labels(self) -> None:
        for item, x, y in self._zone_labels:
            strategy = str(item.data(0))
            item.setText(code_label(Strategy, strategy))
            at = self.chart.mapToPosition(QPointF(x, y))
            rect = item.boundingRect()
            item.setPos(at.x() - rect.width() / 2, at.y())

    def _nearest(self, strategy: str, point: QPointF) -> SegmentPoint | None:
        points = self._points.get(strategy) or []
        if not points:
            return None

        def distance(p: SegmentPoint) -> float:
            at = self._position(p)
            ratio = math.log10(at.x() / point.x()) if point.x() > 0 else 9.0
            return ratio**2 + ((at.y() - point.y()) / 100) ** 2

        return min(points, key=distance)

    def _hovered(self, strategy: str, point: QPointF, state: bool) -> None:
        if not state:
            QToolTip.hideText()
            return
        found = self._nearest(strategy, point)
        if found is not None:
            QToolTip.showText(QCursor.pos(), f"{found.name}\n{reason_text(found.reason)}")

    # --- the allocation ---------------------------------------------------------------------

    def _fill_allocation(self) -> None:
        data = self.data
        rows = data.allocation if data else ()
        self.allocation.setRowCount(len(rows))
        for r, row in enumerate(rows):
            cells = (
                code_label(Posture, row.posture),
                formatting.number(row.accounts),
                formatting.number(row.visits),
                "¥" + formatting.number(row.pipeline),
                formatting.number(row.planned_share, 1) + "%",
                formatting.number(row.actual_share, 1) + "%",
            )
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(RIGHT)
                if row.off_plan and c == 5:
                    item.setForeground(QColor("#b3261e"))
                    item.setToolTip(
                        self.tr("Off plan by %1 points").replace("%1", f"{row.gap:+.1f}")
                    )
                self.allocation.setItem(r, c, item)
        self.allocation.resizeRowsToContents()
        header = self.allocation.horizontalHeader().height()
        height = self.allocation.verticalHeader().length() + header
        self.allocation.setFixedHeight(height + 2 * self.allocation.frameWidth() + 2)
        off = [row for row in rows if row.off_plan]
        if data is None:
            self.verdict.setText("")
        elif not any(row.visits for row in rows):
            self.verdict.setText(self.tr("No visits, meetings or calls logged in the window yet."))
        elif not off:
            self.verdict.setText(self.tr("Your time follows the strategy: no posture is off plan."))
            self.verdict.setStyleSheet("color: #2e7d32;")
        else:
            parts = [
                self.tr("%1: %2% of your visits against %3% planned")
                .replace("%1", code_label(Posture, row.posture))
                .replace("%2", formatting.number(row.actual_share, 1))
                .replace("%3", formatting.number(row.planned_share, 1))
                for row in off
            ]
            self.verdict.setText(self.tr("Off plan — ") + "; ".join(parts))
            self.verdict.setStyleSheet("color: #b3261e;")

    # --- language ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Every text in the current language."""
        data = self.data
        self.heading.setText(self.tr("Attack / defence: where each account sits"))
        self.chart.setTitle(self.tr("Click an account to open it; hover to see why it sits there"))
        axes = self.chart.axes()
        if len(axes) == 2:
            axes[0].setTitleText(self.tr("Purchase potential (¥ million a year)"))
            axes[1].setTitleText(self.tr("Our share of customer"))
        for strategy, series in self.series.items():
            count = len(self._points.get(strategy, []))
            series.setName(f"{code_label(Strategy, strategy)} ({count})")
        self._place_zone_labels()
        self.allocation_title.setText(self.tr("Where your time goes"))
        self.allocation.setHorizontalHeaderLabels(
            [
                self.tr("Posture"),
                self.tr("Accounts"),
                self.tr("Visits"),
                self.tr("Pipeline"),
                self.tr("Planned"),
                self.tr("Actual"),
            ]
        )
        self._fill_allocation()
        if data is not None:
            unplaced = data.counts.get(UNPLACED, 0)
            self.unplaced.setText(
                self.tr(
                    "%n account(s) cannot be placed: enter their purchase potential and share.",
                    "",
                    unplaced,
                )
                if unplaced
                else ""
            )
            self.counts.setText(
                " · ".join(
                    f"{code_label(Strategy, s.value)} {data.counts.get(s.value, 0)}"
                    for s in Strategy
                )
            )
            self.explain.setText(
                self.tr(
                    "Potential below ¥%1 million: abandon. From ¥%2 million: acquire, or retain"
                    " at a share of %3% or more; in between: harass, or maintain. Planned ="
                    " the effort each strategy asks for; actual = your visits, meetings and calls."
                )
                .replace("%1", formatting.number(data.min_potential / MILLION, 1))
                .replace("%2", formatting.number(data.high_potential / MILLION, 1))
                .replace("%3", formatting.number(data.high_share))
            )
