"""Pieces the pages' filter bars share: a wrapping row layout and a combo box refill.

The account list's and the tracker sheet's filter bars are each a row of combo boxes
("All …" plus the codes on offer) that wraps onto more rows when the page is narrow.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, QRect, QSize, Signal
from PySide6.QtWidgets import QComboBox, QLayout, QLayoutItem, QPushButton, QWidget, QWidgetItem


class FlowLayout(QLayout):
    """Lays widgets out in a row and wraps onto further rows when the row is too narrow.

    A single row of eight combo boxes would keep the main window from getting narrower
    than about 800 pixels; wrapping keeps every filter usable at any width.
    """

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt API
        self._items.append(item)

    def add(self, widget: QWidget) -> None:
        """Append ``widget`` (keeping Python's reference to its layout item)."""
        self.addChildWidget(widget)
        self.addItem(QWidgetItem(widget))

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt API
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt API
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt API
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        width = sum(i.sizeHint().width() for i in self._items) + self._gap * len(self._items)
        height = max((i.sizeHint().height() for i in self._items), default=0)
        return QSize(width, height)

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt API
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        x, y, line = rect.x(), rect.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            if x + hint.width() > rect.right() + 1 and line:
                x, y, line = rect.x(), y + line + self._gap, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._gap
            line = max(line, hint.height())
        return y + line - rect.y()


def refill_combo(combo: QComboBox, any_text: str, items: list[tuple[str, str]]) -> None:
    """Set ``combo``'s items to "any" plus ``items`` (code, text), keeping the current code."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(any_text, None)
    for code, text in items:
        combo.addItem(text, code)
    found = combo.findData(current) if current is not None else 0
    combo.setCurrentIndex(max(found, 0))
    combo.blockSignals(False)


class FilterBar(QWidget):
    """A wrapping row of "All …" combo boxes (and any other widgets), then "Clear filters".

    The bar knows nothing of the rows: the page hands it the values seen in them
    (:meth:`_update_seen`) and listens to :attr:`filter_changed`. Subclasses name the
    filter dataclass (:attr:`filter_type`, a field per combo box, with ``is_empty()``),
    fill the combo boxes and read extra widgets in :meth:`current`.
    """

    filter_changed = Signal(object)  # an instance of filter_type
    filter_type: Any = None

    def _build(self, names: tuple[str, ...], extras: tuple[QWidget, ...] = ()) -> None:
        """Create :attr:`combos` (``filter_<name>``), add ``extras``, then the clear button."""
        self.combos: dict[str, QComboBox] = {}
        layout = FlowLayout(self)
        for name in names:
            combo = QComboBox()
            combo.setObjectName(f"filter_{name}")
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self._emit)
            self.combos[name] = combo
            layout.add(combo)
        for widget in extras:
            layout.add(widget)
        self.clear_button = QPushButton()
        self.clear_button.setObjectName("filter_clear")
        self.clear_button.clicked.connect(self.clear)
        layout.add(self.clear_button)
        self._seen: tuple[Any, ...] | None = None

    def current(self) -> Any:
        """The filter the bar shows."""
        return self.filter_type(**{name: c.currentData() for name, c in self.combos.items()})

    def set_current(self, value: Any) -> None:
        """Show the filter ``value`` (choices the bar does not offer are left at "any")."""
        self.blockSignals(True)
        self._show(value)
        self.blockSignals(False)
        self._emit()

    def _show(self, value: Any) -> None:
        for name, combo in self.combos.items():
            combo.setCurrentIndex(max(combo.findData(getattr(value, name)), 0))

    def clear(self) -> None:
        """Filter nothing."""
        self.set_current(self.filter_type())

    def _update_seen(self, seen: tuple[Any, ...]) -> None:
        """Offer the values ``seen`` in the rows (:meth:`_fill_seen`); tell listeners when
        the chosen one is gone."""
        if seen == self._seen:
            return
        before = self.current()
        self._seen = seen
        self._fill_seen()
        if self.current() != before:
            self._emit()

    def _fill_seen(self) -> None:
        """Refill the combo boxes whose choices come from the rows."""

    def _emit(self) -> None:
        current = self.current()
        self.clear_button.setEnabled(not current.is_empty())
        self.filter_changed.emit(current)

    def _set_texts(self, tips: dict[str, str], clear_text: str) -> None:
        """Tooltips (and accessible names) of the combo boxes, and the clear button's text."""
        for name, tip in tips.items():
            self.combos[name].setToolTip(tip)
            self.combos[name].setAccessibleName(tip)
        self._fill_seen()
        self.clear_button.setText(clear_text)
        self.clear_button.setEnabled(not self.current().is_empty())


__all__ = ["FilterBar", "FlowLayout", "refill_combo"]
