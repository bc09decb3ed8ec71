"""One input widget per field kind of ``domain.records``: what a form is built from.

Every widget is a :class:`FieldWidget`: :meth:`~FieldWidget.set_value` takes the field's
typed value, :meth:`~FieldWidget.raw` returns what the rep entered in a form
``domain.validation.coerce`` reads (text for typed-in values, so "abc" in an amount is
reported by ``coerce`` like any bad cell of an import), and ``changed`` fires on every edit.
:func:`make_field` picks the widget for a :class:`~domain.records.FieldSpec`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from domain.records import FieldSpec
from domain.vocabulary import StandardTag, label
from services.account_detail import Choice
from ui.editors.date_fields import DateField, DateTimeField
from ui.editors.field_base import FieldWidget
from ui.editors.texts import placeholder
from ui.i18n import current_language

MULTILINE_FROM = 1000  # text fields longer than this get a multi-line box
_INPUT_PATTERNS = {
    "money": r"[¥￥]?[0-9,]*(\.[0-9]{0,2})?",
    "int": r"[0-9]*",
    "float": r"[0-9]*(\.[0-9]*)?%?",
}
_TAG_SPLIT = re.compile(r"[;,，；、]")


class LineField(FieldWidget):
    """One line of text; numbers and amounts accept only what they can hold."""

    def __init__(self, f: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = f.kind
        self.edit = QLineEdit()
        if f.max_len:
            self.edit.setMaxLength(f.max_len)
        pattern = _INPUT_PATTERNS.get(f.kind)
        if pattern:
            regex = QRegularExpression(pattern)
            self.edit.setValidator(QRegularExpressionValidator(regex, self.edit))
            self.edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            self.edit.setMaximumWidth(180)
        self.edit.textChanged.connect(self.changed)
        self.setFocusProxy(self.edit)
        self._layout.addWidget(self.edit)
        if pattern:
            self._layout.addStretch(1)
        self.retranslate()

    def raw(self) -> str:
        """The text as typed."""
        return self.edit.text()

    def set_value(self, value: Any) -> None:
        """Show ``value``: amounts with two decimals and thousands separators."""
        if value is None:
            text = ""
        elif isinstance(value, Decimal):
            text = f"{value:,.2f}"
        elif isinstance(value, float):
            text = f"{value:g}"
        else:
            text = str(value)
        self.edit.setText(text)

    def retranslate(self) -> None:
        """The hint of an empty field."""
        self.edit.setPlaceholderText(placeholder(self.kind))


class TextAreaField(FieldWidget):
    """Several lines of text (notes)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QPlainTextEdit()
        self.edit.setTabChangesFocus(True)
        self.edit.setMinimumHeight(72)
        self.edit.textChanged.connect(self.changed)
        self.setFocusProxy(self.edit)
        self._layout.addWidget(self.edit)

    def raw(self) -> str:
        """The text as typed."""
        return self.edit.toPlainText()

    def set_value(self, value: Any) -> None:
        """Show ``value`` (None: empty)."""
        self.edit.setPlainText("" if value is None else str(value))


class CheckField(FieldWidget):
    """Yes or no."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QCheckBox()
        self.box.toggled.connect(self.changed)
        self.setFocusProxy(self.box)
        self._layout.addWidget(self.box)
        self._layout.addStretch(1)

    def raw(self) -> bool:
        """Whether it is ticked."""
        return self.box.isChecked()

    def set_value(self, value: Any) -> None:
        """Tick it for a true ``value``."""
        self.box.setChecked(bool(value))


class ChoiceField(FieldWidget):
    """One of a list: the codes of enums (labels in the current language) or records.

    ``empty`` adds a blank first item for "none"; a required field without a default gets
    a "Choose…" item instead, so nothing is picked for the rep by accident.
    """

    def __init__(
        self, enums: Sequence[type[StrEnum]] = (), *, empty: bool, required: bool = False
    ) -> None:
        super().__init__()
        self.enums = tuple(enums)
        self.empty = empty
        self.required = required
        self.combo = QComboBox()
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.currentIndexChanged.connect(self.changed)
        self.setFocusProxy(self.combo)
        self._layout.addWidget(self.combo)
        self._layout.addStretch(1)
        self._choices: list[Choice] = []
        self._fill()

    def _fill(self) -> None:
        current = self.raw()
        self.combo.blockSignals(True)
        self.combo.clear()
        if self.empty:
            self.combo.addItem("", None)
        lang = current_language()
        for enum in self.enums:
            for member in enum:
                self.combo.addItem(label(member, lang), member.value)
        for choice in self._choices:
            self.combo.addItem(choice.text, choice.id)
        self.retranslate()
        self.set_value(current)
        self.combo.blockSignals(False)

    def raw(self) -> str | None:
        """The code (or id) picked; None for the blank item."""
        data = self.combo.currentData()
        return None if data is None else str(data)

    def set_value(self, value: Any) -> None:
        """Pick ``value``; a code not on the list is kept as an item of its own."""
        index = self.combo.findData(value) if value is not None else (0 if self.empty else -1)
        if index < 0 and value is not None:
            self.combo.addItem(str(value), value)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(index)

    def set_choices(self, choices: Sequence[Choice]) -> None:
        """Offer the records ``choices`` (a reference field), keeping the current pick."""
        self._choices = list(choices)
        self._fill()

    def retranslate(self) -> None:
        """Choice labels in the current language."""
        if self.empty:
            self.combo.setItemText(0, self.tr("Choose…") if self.required else "")
        lang = current_language()
        for enum in self.enums:
            for member in enum:
                index = self.combo.findData(member.value)
                if index >= 0:
                    self.combo.setItemText(index, label(member, lang))
        self._fit_width()

    def _fit_width(self) -> None:
        # As wide as the longest choice, so the box does not jump when the pick changes.
        metrics = self.combo.fontMetrics()
        texts = (self.combo.itemText(i) for i in range(self.combo.count()))
        widest = max((metrics.horizontalAdvance(t) for t in texts), default=0)
        self.combo.setMinimumWidth(widest + 3 * metrics.height())


class TagsField(FieldWidget):
    """The standard tags as check boxes, and free tags typed in, separated by commas."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout()
        outer.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.boxes: dict[str, QCheckBox] = {}
        for tag in StandardTag:
            box = QCheckBox()
            box.toggled.connect(self.changed)
            self.boxes[tag.value] = box
            row.addWidget(box)
        row.addStretch(1)
        self.free = QLineEdit()
        self.free.textChanged.connect(self.changed)
        outer.addLayout(row)
        outer.addWidget(self.free)
        self._layout.addLayout(outer)
        self.setFocusProxy(next(iter(self.boxes.values())))
        self.retranslate()

    def raw(self) -> list[str]:
        """The standard tag codes ticked, then the free tags, each once."""
        tags = [code for code, box in self.boxes.items() if box.isChecked()]
        tags += [t.strip() for t in _TAG_SPLIT.split(self.free.text()) if t.strip()]
        return list(dict.fromkeys(tags))

    def set_value(self, value: Any) -> None:
        """Tick the standard tags in ``value`` and list the others as free text."""
        tags = list(value or [])
        for code, box in self.boxes.items():
            box.setChecked(code in tags)
        self.free.setText(", ".join(t for t in tags if t not in self.boxes))

    def retranslate(self) -> None:
        """Tag labels and the hint in the current language."""
        lang = current_language()
        for code, box in self.boxes.items():
            box.setText(label(StandardTag(code), lang))
        self.free.setPlaceholderText(placeholder("tags"))


class CheckListField(FieldWidget):
    """Several records picked from a list (an activity's contacts)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setMaximumHeight(110)
        self.list.itemChanged.connect(lambda _item: self.changed.emit())
        self.setFocusProxy(self.list)
        self._layout.addWidget(self.list)

    def raw(self) -> list[str]:
        """The ids ticked, in list order."""
        items = (self.list.item(i) for i in range(self.list.count()))
        return [
            item.data(Qt.ItemDataRole.UserRole)
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        ]

    def set_value(self, value: Any) -> None:
        """Tick the ids in ``value`` (ids not on the list are dropped)."""
        ticked = set(value or [])
        self.list.blockSignals(True)
        for i in range(self.list.count()):
            item = self.list.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in ticked
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)

    def set_choices(self, choices: Sequence[Choice]) -> None:
        """List ``choices``, keeping what was ticked."""
        ticked = self.raw()
        self.list.blockSignals(True)
        self.list.clear()
        for choice in choices:
            item = QListWidgetItem(choice.text)
            item.setData(Qt.ItemDataRole.UserRole, choice.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.set_value(ticked)


def make_field(f: FieldSpec) -> FieldWidget:
    """The input widget for field ``f``, chosen by its kind."""
    if f.kind == "enum":
        return ChoiceField(f.enums, empty=not f.required or f.default is None, required=f.required)
    if f.kind == "ref":
        return ChoiceField(empty=True, required=f.required)
    if f.kind == "id_list":
        return CheckListField()
    if f.kind == "tags":
        return TagsField()
    if f.kind == "bool":
        return CheckField()
    if f.kind == "date":
        return DateField()
    if f.kind == "datetime":
        return DateTimeField()
    if f.kind == "text" and (f.max_len or 0) > MULTILINE_FROM:
        return TextAreaField()
    return LineField(f)
