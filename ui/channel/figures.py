"""A strip of labelled figures in a row (caption over a bold value), as the Receivables page
and the account's credit tab show their totals."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

ALERT_STYLE = "color: #b3261e;"


class FigureStrip(QFrame):
    """Figures keyed by name (``per_row`` to a row, else all in one): :meth:`set_captions`
    once per language, :meth:`set_value` per load."""

    def __init__(
        self, keys: Iterable[str], parent: QWidget | None = None, *, per_row: int = 0
    ) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.keys = tuple(keys)
        self.captions: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(2)
        per_row = per_row or len(self.keys)
        for index, key in enumerate(self.keys):
            row, column = 2 * (index // per_row), index % per_row
            caption, value = QLabel(), QLabel("–")
            caption.setStyleSheet("color: palette(placeholder-text);")
            font = value.font()
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.15)
            value.setFont(font)
            value.setObjectName(f"figure_{key}")
            grid.addWidget(caption, row, column)
            grid.addWidget(value, row + 1, column)
            self.captions[key], self.values[key] = caption, value
        grid.setColumnStretch(per_row, 1)

    def set_captions(self, captions: Mapping[str, str]) -> None:
        """The caption of each figure, in the current language."""
        for key, text in captions.items():
            self.captions[key].setText(text)

    def set_value(self, key: str, text: str, alert: bool = False) -> None:
        """Show ``text`` for figure ``key`` (red when ``alert``)."""
        self.values[key].setText(text)
        self.values[key].setStyleSheet(ALERT_STYLE if alert else "")

    def value(self, key: str) -> str:
        """The text figure ``key`` shows."""
        return self.values[key].text()
