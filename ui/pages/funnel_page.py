"""The sales funnel (销售漏斗): the six steps as a funnel chart with their figures.

Each step's bar is as wide as the number of projects that ever reached that step (open,
won or lost) and centred, so the bars narrow into a funnel (a horizontal stacked bar chart whose outer sets are transparent
padding). Beside it, a table gives per step the count, amount, conversion to the next step
and average days; above, the win rate. A click on a bar or a table row (or Enter) emits
:attr:`FunnelPage.step_clicked`; the main window then shows the tracker sheet filtered to
that step. Figures come from :func:`services.tracker.funnel_figures` in a reader thread.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QHorizontalStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from domain.funnel import STEPS, Funnel
from domain.vocabulary import SalesStep
from services.tracker import funnel_figures
from ui import formatting
from ui.charts import clear_chart, new_chart
from ui.labels import bold
from ui.models import RIGHT, code_label
from ui.ops import OpRunner
from ui.pages.base import Page

BAR_COLOUR = QColor("#1a73e8")
STEP_ROLE = Qt.ItemDataRole.UserRole + 1
COL_STEP, COL_COUNT, COL_AMOUNT, COL_CONVERSION, COL_DAYS = range(5)


def percent(value: float | None) -> str:
    """A share as a whole percentage ("65%"), "–" when unknown."""
    return "–" if value is None else formatting.number(value * 100) + "%"


class FunnelPage(Page):
    """The six steps as a funnel, with counts, amounts, conversions and days per step."""

    watched_tables = frozenset({"projects", "project_steps", "accounts"})
    #: A step was clicked (its code): show the tracker sheet filtered to it.
    step_clicked = Signal(str)

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
        self.funnel: Funnel | None = None
        self.heading = bold(QLabel(), 1.3)
        self.win_rate = QLabel()
        self.win_rate.setObjectName("win_rate")
        self.hint = QLabel()
        self.hint.setWordWrap(True)

        self.chart, self.chart_view = new_chart("funnel_chart", margin=4)
        self.chart.legend().hide()
        self.chart_view.setMinimumHeight(220)

        self.table = QTableWidget(0, 5)
        self.table.setObjectName("funnel_table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda index: self._row_chosen(index.row()))
        self.table.cellDoubleClicked.connect(lambda row, _column: self._row_chosen(row))

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.chart_view)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.win_rate)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.hint)
        self.retranslate()

    def title(self) -> str:
        """The page's name in the navigation."""
        return self.tr("Funnel")

    def refresh(self) -> None:
        """Reload the funnel figures in the background."""
        self.latest.start()
        today = self._today()
        self.latest.read(lambda uow: funnel_figures(uow, today=today), self._show)

    def click_step(self, step: str) -> None:
        """Act as if the rep clicked ``step``'s bar."""
        self.step_clicked.emit(step)

    def _show(self, figures: Funnel) -> None:
        self.funnel = figures
        self._draw()
        self.retranslate()
        self.loaded()

    def _draw(self) -> None:
        figures = self.funnel
        clear_chart(self.chart)
        if figures is None:
            return
        steps = list(reversed(figures.steps))  # the first step at the top
        widest = max((s.reached for s in figures.steps), default=0) or 1
        before, bars, after = QBarSet(""), QBarSet(""), QBarSet("")
        for s in steps:
            pad = (widest - s.reached) / 2
            before.append(pad)
            bars.append(s.reached)
            after.append(pad)
        for padding in (before, after):
            padding.setColor(QColor(Qt.GlobalColor.transparent))
            padding.setBorderColor(QColor(Qt.GlobalColor.transparent))
        bars.setColor(BAR_COLOUR)
        bars.setBorderColor(BAR_COLOUR.darker(120))
        bars.setLabelColor(QColor("white"))
        series = QHorizontalStackedBarSeries()
        series.setBarWidth(0.8)
        for bar_set in (before, bars, after):
            series.append(bar_set)
        series.setLabelsVisible(False)
        last = len(steps) - 1
        for bar_set in (before, bars, after):
            bar_set.clicked.connect(lambda index: self._bar_clicked(last - index))
        self.chart.addSeries(series)
        axis_y = QBarCategoryAxis()
        axis_y.append(
            [
                self.tr("%1: %2 reached, %3 open")
                .replace("%1", code_label(SalesStep, s.step))
                .replace("%2", formatting.number(s.reached))
                .replace("%3", formatting.number(s.count))
                for s in steps
            ]
        )
        axis_y.setGridLineVisible(False)
        self.chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_y)
        axis_x = QValueAxis()
        axis_x.setRange(0, widest)
        axis_x.setVisible(False)
        self.chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)

    def _bar_clicked(self, step_index: int) -> None:
        if 0 <= step_index < len(STEPS):
            self.step_clicked.emit(STEPS[step_index])

    def _row_chosen(self, row: int) -> None:
        item = self.table.item(row, COL_STEP)
        if item is not None:
            self.step_clicked.emit(item.data(STEP_ROLE))

    def _fill_table(self) -> None:
        figures = self.funnel
        if figures is None:
            self.table.setRowCount(0)
            return
        self.table.setRowCount(len(figures.steps))
        for r, s in enumerate(figures.steps):
            days = (
                self.tr("%1 days").replace("%1", formatting.number(s.avg_days, 1))
                if s.avg_days is not None
                else "–"
            )
            cells = (
                f"{r + 1}. {code_label(SalesStep, s.step)}",
                formatting.number(s.count),
                formatting.money(s.amount),
                percent(s.conversion),
                days,
            )
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(RIGHT)
                if c == COL_STEP:
                    item.setData(STEP_ROLE, s.step)
                    item.setToolTip(self.tr("Show the projects at this step"))
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()
        height = self.table.verticalHeader().length() + self.table.horizontalHeader().height()
        self.table.setMaximumHeight(height + 2 * self.table.frameWidth() + 2)

    def retranslate(self) -> None:
        """Every text in the current language."""
        self.heading.setText(self.tr("Sales funnel — the six steps"))
        figures = self.funnel
        if figures is None:
            self.win_rate.setText(self.tr("Loading…"))
        else:
            self.win_rate.setText(
                self.tr("Win rate %1 (won %2, lost %3)")
                .replace("%1", percent(figures.win_rate))
                .replace("%2", formatting.number(figures.won))
                .replace("%3", formatting.number(figures.lost))
            )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Step"),
                self.tr("Open projects"),
                self.tr("Amount"),
                self.tr("Conversion to next step"),
                self.tr("Average time in step"),
            ]
        )
        self._fill_table()
        if figures is not None:
            self._draw()  # step names on the axis
        self.hint.setText(
            self.tr(
                "Bar width: projects that reached the step. Click a step (or select it in"
                " the table and press Enter) to see its open projects in the tracker sheet."
            )
        )
