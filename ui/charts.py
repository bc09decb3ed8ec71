"""The set-up every chart of the pages shares: no animation, antialiased, cleared in full."""

from __future__ import annotations

from PySide6.QtCharts import QChart, QChartView
from PySide6.QtCore import QMargins
from PySide6.QtGui import QPainter


def new_chart(name: str, margin: int = 2) -> tuple[QChart, QChartView]:
    """A chart without animation (figures show at once) in an antialiased view ``name``."""
    chart = QChart()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(margin, margin, margin, margin))
    view = QChartView(chart)
    view.setObjectName(name)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    return chart, view


def clear_chart(chart: QChart) -> None:
    """Remove every series and axis of ``chart`` (before drawing it again)."""
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)
