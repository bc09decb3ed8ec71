"""The accounts page's filter bar: one combo box per field, key accounts only, clear.

It knows nothing of the rows: the page hands it the tags and owners seen
(:meth:`AccountFilterBar.set_seen`) and listens to ``filter_changed``.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QPoint, QRect, QSize, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLayout,
    QLayoutItem,
    QPushButton,
    QWidget,
    QWidgetItem,
)

from domain.vocabulary import (
    AccountLevel,
    ChannelType,
    CooperationMode,
    LifecycleStage,
    Region,
    StandardTag,
    choices,
)
from ui.i18n import current_language
from ui.models.account_filter_proxy import AccountFilter
from ui.models.account_table_model import tag_text

# AccountFilter field -> the enum its combo box offers.
ENUM_FILTERS: dict[str, type[StrEnum]] = {
    "channel_type": ChannelType,
    "cooperation_mode": CooperationMode,
    "level": AccountLevel,
    "region": Region,
    "lifecycle_stage": LifecycleStage,
}


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


def _refill(combo: QComboBox, any_text: str, items: list[tuple[str, str]]) -> None:
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


class AccountFilterBar(QWidget):
    """Combo boxes for channel type, cooperation, level, region, stage, tag and owner."""

    filter_changed = Signal(object)  # AccountFilter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combos: dict[str, QComboBox] = {}
        layout = FlowLayout(self)
        for name in (*ENUM_FILTERS, "tag", "owner_rep_id"):
            combo = QComboBox()
            combo.setObjectName(f"filter_{name}")
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self._emit)
            self.combos[name] = combo
            layout.add(combo)
        self.key_only = QCheckBox()
        self.key_only.setObjectName("filter_key_only")
        self.key_only.toggled.connect(self._emit)
        layout.add(self.key_only)
        self.clear_button = QPushButton()
        self.clear_button.setObjectName("filter_clear")
        self.clear_button.clicked.connect(self.clear)
        layout.add(self.clear_button)
        self._free_tags: list[str] = []
        self._owners: list[tuple[str, str]] = []
        self.retranslate()

    def set_seen(self, free_tags: list[str], owners: list[tuple[str, str]]) -> None:
        """Offer the free tags and the owners (id, name) that the accounts carry."""
        if free_tags == self._free_tags and owners == self._owners:
            return
        before = self.current()
        self._free_tags = free_tags
        self._owners = owners
        self._fill_seen()
        if self.current() != before:  # the chosen tag or owner is gone
            self._emit()

    def current(self) -> AccountFilter:
        """The filter the bar shows."""
        values = {name: combo.currentData() for name, combo in self.combos.items()}
        return AccountFilter(**values, key_only=self.key_only.isChecked())

    def set_current(self, account_filter: AccountFilter) -> None:
        """Show ``account_filter`` (choices the bar does not offer are left at "any")."""
        self.blockSignals(True)
        for name, combo in self.combos.items():
            combo.setCurrentIndex(max(combo.findData(getattr(account_filter, name)), 0))
        self.key_only.setChecked(account_filter.key_only)
        self.blockSignals(False)
        self._emit()

    def clear(self) -> None:
        """Filter nothing."""
        self.set_current(AccountFilter())

    def _emit(self) -> None:
        current = self.current()
        self.clear_button.setEnabled(not current.is_empty())
        self.filter_changed.emit(current)

    def retranslate(self) -> None:
        """Set every text again in the current language."""
        lang = current_language()
        any_texts = {
            "channel_type": self.tr("All channel types"),
            "cooperation_mode": self.tr("All cooperation modes"),
            "level": self.tr("All levels"),
            "region": self.tr("All regions"),
            "lifecycle_stage": self.tr("All stages"),
        }
        for name, enum in ENUM_FILTERS.items():
            _refill(self.combos[name], any_texts[name], choices(enum, lang))
        tips = {
            "channel_type": self.tr("Channel type"),
            "cooperation_mode": self.tr("Cooperation mode"),
            "level": self.tr("Level"),
            "region": self.tr("Region"),
            "lifecycle_stage": self.tr("Lifecycle stage"),
            "tag": self.tr("Tag"),
            "owner_rep_id": self.tr("Owner"),
        }
        for name, tip in tips.items():
            self.combos[name].setToolTip(tip)
            self.combos[name].setAccessibleName(tip)
        self._fill_seen()
        self.key_only.setText(self.tr("Key accounts only"))
        self.clear_button.setText(self.tr("Clear filters"))
        self.clear_button.setEnabled(not self.current().is_empty())

    def _fill_seen(self) -> None:
        tags = [(t.value, tag_text(t.value)) for t in StandardTag]
        tags += [(t, t) for t in self._free_tags]
        _refill(self.combos["tag"], self.tr("All tags"), tags)
        _refill(self.combos["owner_rep_id"], self.tr("All owners"), self._owners)
