"""The dashboard (仪表盘): four charts a rep would rather look at than read, and the
warnings and forecast that explain themselves.

- **Pipeline by step**: open projects' amount per sales step (bars, counts in the labels).
- **Receivables aging**: the portfolio's open amount per bucket, balance, overdue and DSO.
- **Attack/defence**: accounts per strategy (a donut in the strategies' colours).
- **This quarter**: invoiced so far, the forecast, and the target, with the pace line
  (where sales should be by today at an even pace).

Below them, the churn warnings and the forecast per account, each with its reasons. Two
reads side by side: the charts' figures (:func:`services.channel.dashboard`, about a sixth
of the time) come up first; the lists (``churn_warnings`` and ``forecast_view``) and the
quarter chart's forecast bar follow.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QUndoStack
from PySide6.QtWidgets import (
    QGridLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from domain.receivables import BUCKETS
from domain.segmentation import UNPLACED
from domain.vocabulary import SalesStep, Strategy
from services.channel import (
    ChurnWarning,
    Dashboard,
    ForecastView,
    churn_warnings,
    dashboard,
    forecast_view,
)
from storage.uow import UnitOfWork
from ui import formatting
from ui.channel.colours import BUCKET_COLOURS, STRATEGY_COLOURS
from ui.channel.texts import bucket_labels, reason_text, reasons_text
from ui.charts import clear_chart, new_chart
from ui.labels import bold
from ui.models import RIGHT, code_label
from ui.ops import OpRunner
from ui.pages.account_opener import open_account
from ui.pages.base import Page
from ui.tables import read_only_table

STEP_COLOUR = QColor("#1a73e8")
TEN_THOUSAND = 10_000.0  # 万: amounts on the charts' axes
FORECAST_ROWS = 12
ACCOUNT_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class DashboardData:
    """Everything the dashboard shows."""

    figures: Dashboard
    churn: list[ChurnWarning] | None = None  # None: the lists' read has not answered yet
    forecast: ForecastView | None = None


Lists = tuple[list[ChurnWarning], ForecastView]


def load_lists(uow: UnitOfWork, as_of: dt.date) -> Lists:
    """The churn warnings and the forecast (runs in a reader thread)."""
    churn = churn_warnings(uow, as_of=as_of)
    return churn, forecast_view(uow, as_of=as_of, churned={w.account_id for w in churn})


def load_dashboard(uow: UnitOfWork, as_of: dt.date) -> DashboardData:
    """Everything the page shows in one read (the benchmark's "whole page")."""
    churn, forecast = load_lists(uow, as_of)
    return DashboardData(dashboard(uow, as_of=as_of), churn, forecast)


def _chart(name: str) -> tuple[QChart, QChartView]:
    chart, view = new_chart(name)
    chart.legend().hide()
    view.setMinimumSize(180, 160)
    return chart, view


def _wan(amount: Decimal | float) -> float:
    return float(amount) / TEN_THOUSAND


class DashboardPage(Page):
    """Pipeline, aging, segments and the quarter against target, with warnings and forecast."""

    watched_tables = frozenset(
        {"invoices", "payments", "accounts", "projects", "project_steps", "settings"}
    )

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
        self.data: DashboardData | None = None
        self._lists: Lists | None = None  # the lists, when they come before the figures
        self._waiting: set[str] = set()  # the reads of this load still to answer
        self.heading = bold(QLabel(), 1.3)
        self.pipeline_chart, self.pipeline_view = _chart("dashboard_pipeline")
        self.aging_chart, self.aging_view = _chart("dashboard_aging")
        self.segments_chart, self.segments_view = _chart("dashboard_segments")
        self.quarter_chart, self.quarter_view = _chart("dashboard_quarter")
        self.segments_chart.legend().show()
        self.segments_chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        charts = QWidget()
        grid = QGridLayout(charts)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.pipeline_view, 0, 0)
        grid.addWidget(self.aging_view, 0, 1)
        grid.addWidget(self.segments_view, 1, 0)
        grid.addWidget(self.quarter_view, 1, 1)

        self.churn_title, self.forecast_title = bold(QLabel()), bold(QLabel())
        self.churn = self._table("dashboard_churn", 2)
        self.forecast = self._table("dashboard_forecast", 4)
        self.forecast_reasons = QLabel()
        self.forecast_reasons.setObjectName("forecast_reasons")
        self.forecast_reasons.setWordWrap(True)
        lists = QWidget()
        lists_grid = QGridLayout(lists)
        lists_grid.setContentsMargins(0, 0, 0, 0)
        lists_grid.addWidget(self.churn_title, 0, 0)
        lists_grid.addWidget(self.churn, 1, 0, 2, 1)
        lists_grid.addWidget(self.forecast_title, 0, 1)
        lists_grid.addWidget(self.forecast_reasons, 1, 1)
        lists_grid.addWidget(self.forecast, 2, 1)
        lists_grid.setColumnStretch(0, 1)
        lists_grid.setColumnStretch(1, 1)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(charts)
        splitter.addWidget(lists)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        # Scrolls rather than holding the window wider or taller than the screen allows.
        scroll = QScrollArea()
        scroll.setWidget(splitter)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout.addWidget(scroll, 1)
        self.retranslate()

    def _table(self, name: str, columns: int) -> QTableWidget:
        table = read_only_table(name, columns)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.cellDoubleClicked.connect(lambda row, _c: self._open_row(table, row))
        return table

    def title(self) -> str:
        """The page's name in the navigation."""
        return self.tr("Dashboard")

    def refresh(self) -> None:
        """Reload every figure in the background."""
        self.latest.start()
        as_of = self._today()
        self._waiting = {"figures", "lists"}
        self.latest.read(lambda uow: dashboard(uow, as_of=as_of), self._show_figures)
        self.latest.read(lambda uow: load_lists(uow, as_of), self._show_lists)

    def open_account(self, account_id: str | None) -> QWidget | None:
        """Open the editor of ``account_id``; returns it if shown."""
        return open_account(self, account_id)

    def _open_row(self, table: QTableWidget, row: int) -> None:
        item = table.item(row, 0)
        if item is not None and item.data(ACCOUNT_ROLE):
            self.open_account(str(item.data(ACCOUNT_ROLE)))

    def _show_figures(self, figures: Dashboard) -> None:
        if self._lists is not None:  # the lists answered first
            churn, forecast = self._lists
            self.data = DashboardData(figures, churn, forecast)
        elif self.data is not None:  # a reload: the lists shown stay until new ones come
            self.data = DashboardData(figures, self.data.churn, self.data.forecast)
        else:
            self.data = DashboardData(figures)
        self._lists = None
        self._answered("figures")

    def _show_lists(self, lists: Lists) -> None:
        if self.data is None:
            self._lists = lists  # shown with the figures
        else:
            self.data = DashboardData(self.data.figures, *lists)
        self._answered("lists")

    def _answered(self, read: str) -> None:
        self._waiting.discard(read)
        self.retranslate()
        if not self._waiting:
            self.loaded()

    # --- charts -----------------------------------------------------------------------------

    def _bars(
        self,
        chart: QChart,
        categories: list[str],
        values: list[float],
        colour: QColor,
        *,
        highlight: tuple[list[int], QColor] | None = None,
    ) -> None:
        """Horizontal bars, one per category (the first at the top), values in 万 written
        at their ends; the bars at ``highlight``'s indexes in its colour."""
        clear_chart(chart)
        series = QHorizontalBarSeries()
        bar_set = QBarSet("")
        bar_set.append(list(reversed(values)))
        bar_set.setColor(colour)
        bar_set.setBorderColor(colour.darker(120))
        bar_set.setLabelColor(QColor("#202124"))
        if highlight is not None:
            indexes, selected = highlight
            bar_set.setSelectedColor(selected)
            for i in indexes:
                bar_set.setBarSelected(len(values) - 1 - i, True)
        series.append(bar_set)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value")
        series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setBarWidth(0.7)
        chart.addSeries(series)
        categories_axis = QBarCategoryAxis()
        categories_axis.append(list(reversed(categories)))
        categories_axis.setGridLineVisible(False)
        values_axis = QValueAxis()
        values_axis.setRange(0, max([*values, 1.0]) * 1.25)
        values_axis.setLabelFormat("%.0f")
        values_axis.setTickCount(5)
        values_axis.setTitleText(self.tr("¥10,000 (万)"))
        chart.addAxis(categories_axis, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(values_axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories_axis)
        series.attachAxis(values_axis)

    def _draw(self) -> None:
        data = self.data
        if data is None:
            return
        f = data.figures
        funnel = f.funnel
        if funnel is not None:
            steps = list(funnel.steps)
            self._bars(
                self.pipeline_chart,
                [f"{code_label(SalesStep, s.step)} ({formatting.number(s.count)})" for s in steps],
                [round(_wan(s.amount), 1) for s in steps],
                STEP_COLOUR,
            )
            self.pipeline_chart.setTitle(
                self.tr("Open pipeline by step: %1 projects, %2")
                .replace("%1", formatting.number(sum(s.count for s in steps)))
                .replace("%2", formatting.money(sum((s.amount for s in steps), Decimal(0))))
            )
        self._draw_aging(f)
        self._draw_segments(f)
        self._draw_quarter(data)

    def _draw_aging(self, f: Dashboard) -> None:
        self._bars(
            self.aging_chart,
            bucket_labels(),
            [round(_wan(f.aging[b]), 1) for b in BUCKETS],
            BUCKET_COLOURS["31_60"],
            highlight=([BUCKETS.index("over_90")], BUCKET_COLOURS["over_90"]),
        )
        dso = "–" if f.dso is None else formatting.number(f.dso)
        self.aging_chart.setTitle(
            self.tr("Receivables %1, overdue %2, DSO %3 days")
            .replace("%1", formatting.money(f.balance))
            .replace("%2", formatting.money(f.overdue))
            .replace("%3", dso)
        )

    def _draw_segments(self, f: Dashboard) -> None:
        chart = self.segments_chart
        clear_chart(chart)
        series = QPieSeries()
        series.setHoleSize(0.45)
        for code in [*(s.value for s in Strategy), UNPLACED]:
            count = f.segments.get(code, 0)
            if not count:
                continue
            name = code_label(Strategy, code) if code != UNPLACED else self.tr("Not placed")
            pie_slice = series.append(f"{name} {count}", count)
            pie_slice.setColor(STRATEGY_COLOURS[code])
            pie_slice.setLabelVisible(False)
        chart.addSeries(series)
        placed = sum(v for k, v in f.segments.items() if k != UNPLACED)
        chart.setTitle(
            self.tr("Attack/defence: %1 accounts placed").replace("%1", formatting.number(placed))
        )

    def _draw_quarter(self, data: DashboardData) -> None:
        f = data.figures
        pace = f.quarter_target * Decimal(str(round(f.quarter_elapsed, 4)))
        categories = [
            self.tr("Invoiced"),
            self.tr("Pace to date"),
            self.tr("Forecast"),
            self.tr("Target"),
        ]
        forecast = data.forecast.total.total if data.forecast else Decimal(0)  # until it comes
        values = [f.quarter_sales, pace, forecast, f.quarter_target]
        behind = f.quarter_sales < pace
        self._bars(
            self.quarter_chart,
            categories,
            [round(_wan(v), 1) for v in values],
            QColor("#90a4ae"),
            highlight=([0], QColor("#c62828") if behind else QColor("#2e7d32")),
        )
        share = float(f.quarter_sales / f.quarter_target * 100) if f.quarter_target else None
        title = self.tr("%1: %2 of target, %3% of the quarter gone").replace("%1", f.period)
        title = title.replace("%2", "–" if share is None else formatting.number(share, 1) + "%")
        title = title.replace("%3", formatting.number(f.quarter_elapsed * 100))
        self.quarter_chart.setTitle(title)

    # --- lists ------------------------------------------------------------------------------

    def _fill_lists(self) -> None:
        data = self.data
        churn = (data.churn if data else None) or []
        self.churn.setRowCount(len(churn))
        for r, warning in enumerate(churn):
            name = QTableWidgetItem(warning.account_name)
            name.setData(ACCOUNT_ROLE, warning.account_id)
            why = QTableWidgetItem(reasons_text(warning.reasons, "; "))
            why.setToolTip(reasons_text(warning.reasons))
            self.churn.setItem(r, 0, name)
            self.churn.setItem(r, 1, why)
        forecast = data.forecast if data else None
        rows = list(forecast.accounts[:FORECAST_ROWS]) if forecast else []
        self.forecast.setRowCount(len(rows))
        for r, row in enumerate(rows):
            cells = (
                row.account_name,
                formatting.money(row.invoiced_so_far),
                formatting.money(row.forecast.total),
                reasons_text(row.forecast.reasons, "; "),
            )
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c in (1, 2):
                    item.setTextAlignment(RIGHT)
                if c == 0:
                    item.setData(ACCOUNT_ROLE, row.account_id)
                if c == 3:
                    item.setToolTip(reasons_text(row.forecast.reasons))
                self.forecast.setItem(r, c, item)
        if forecast is not None:
            total = forecast.total
            self.forecast_reasons.setText(
                self.tr("Total %1 (invoiced so far %2): %3")
                .replace("%1", formatting.money(total.total))
                .replace("%2", formatting.money(forecast.invoiced_so_far))
                .replace("%3", "; ".join(reason_text(r) for r in total.reasons))
            )

    # --- language ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Every text in the current language."""
        data = self.data
        as_of = formatting.date(data.figures.as_of if data else self._today())
        self.heading.setText(self.tr("Dashboard — %1").replace("%1", as_of))
        count = len(data.churn) if data and data.churn is not None else 0
        self.churn_title.setText(
            self.tr("Churn warnings (%1) — double-click to open").replace("%1", str(count))
        )
        period = data.forecast.period if data and data.forecast else ""
        self.forecast_title.setText(
            self.tr("Forecast for %1: run-rate + weighted pipeline").replace("%1", period)
        )
        self.churn.setHorizontalHeaderLabels([self.tr("Account"), self.tr("Why")])
        self.forecast.setHorizontalHeaderLabels(
            [self.tr("Account"), self.tr("Invoiced so far"), self.tr("Forecast"), self.tr("How")]
        )
        self._draw()
        self._fill_lists()
