"""The five purchase factors of a project (value, need, price, trust, experience), rated 1–5
with a note each, and "need vs want" beside the need.

The panel only edits: :meth:`FactorsPanel.changes` gives the typed project fields that
differ from what was loaded, and the board saves them through the undo stack.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QWidget

from domain.vocabulary import PurchaseFactor, label
from ui.i18n import current_language

FACTORS = tuple(f.value for f in PurchaseFactor)
NOTE_LENGTH = 1000


def factor_field(factor: str) -> str:
    """The projects field holding ``factor``'s rating (``factor_need``)."""
    return f"factor_{factor}"


class FactorsPanel(QWidget):
    """A row per factor: its name, a 1–5 rating and a note; "need vs want" under need."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ratings: dict[str, QComboBox] = {}
        self.notes: dict[str, QLineEdit] = {}
        self._labels: dict[str, QLabel] = {}
        grid = QGridLayout(self)
        grid.setColumnStretch(2, 1)
        self._heads = [QLabel(), QLabel(), QLabel()]
        for column, head in enumerate(self._heads):
            font = head.font()
            font.setBold(True)
            head.setFont(font)
            grid.addWidget(head, 0, column)
        row = 1
        for factor in FACTORS:
            name = QLabel()
            rating = QComboBox()
            rating.setObjectName(f"rating_{factor}")
            rating.addItem("–", None)
            for value in range(1, 6):
                rating.addItem(str(value), value)
            rating.currentIndexChanged.connect(self.changed)
            note = QLineEdit()
            note.setObjectName(f"note_{factor}")
            note.setMaxLength(NOTE_LENGTH)
            note.textChanged.connect(self.changed)
            name.setBuddy(rating)
            grid.addWidget(name, row, 0)
            grid.addWidget(rating, row, 1)
            grid.addWidget(note, row, 2)
            self._labels[factor] = name
            self.ratings[factor] = rating
            self.notes[factor] = note
            row += 1
            if factor == PurchaseFactor.NEED:
                self.need_label = QLabel()
                self.need_vs_want = QLineEdit()
                self.need_vs_want.setObjectName("need_vs_want")
                self.need_vs_want.setMaxLength(NOTE_LENGTH)
                self.need_vs_want.textChanged.connect(self.changed)
                self.need_label.setBuddy(self.need_vs_want)
                grid.addWidget(self.need_label, row, 1)
                grid.addWidget(self.need_vs_want, row, 2)
                row += 1
        grid.setRowStretch(row, 1)
        self._baseline: dict[str, Any] = {}
        self.retranslate()

    def set_values(self, project: Mapping[str, Any]) -> None:
        """Show the project's ratings and notes and take them as the unchanged state."""
        for factor in FACTORS:
            rating = self.ratings[factor]
            rating.blockSignals(True)
            rating.setCurrentIndex(max(rating.findData(project.get(factor_field(factor))), 0))
            rating.blockSignals(False)
            self.notes[factor].setText(str(project.get(factor_field(factor) + "_note") or ""))
        self.need_vs_want.setText(str(project.get("need_vs_want") or ""))
        self._baseline = self.values()
        self.changed.emit()

    def values(self) -> dict[str, Any]:
        """The typed project fields the panel shows."""
        out: dict[str, Any] = {}
        for factor in FACTORS:
            out[factor_field(factor)] = self.ratings[factor].currentData()
            out[factor_field(factor) + "_note"] = self.notes[factor].text().strip() or None
        out["need_vs_want"] = self.need_vs_want.text().strip() or None
        return out

    def changes(self) -> dict[str, Any]:
        """The fields that differ from what was loaded."""
        return {k: v for k, v in self.values().items() if v != self._baseline.get(k)}

    def is_dirty(self) -> bool:
        """Whether the rep changed a rating or a note."""
        return bool(self.changes())

    def mark_clean(self) -> None:
        """Take what the panel shows as saved."""
        self._baseline = self.values()
        self.changed.emit()

    def retranslate(self) -> None:
        """Every text in the current language."""
        lang = current_language()
        self._heads[0].setText(self.tr("Factor"))
        self._heads[1].setText(self.tr("Rating (1–5)"))
        self._heads[2].setText(self.tr("Notes"))
        for factor in FACTORS:
            self._labels[factor].setText(label(PurchaseFactor(factor), lang))
            self.ratings[factor].setToolTip(self.tr("1 = weak for us, 5 = strong for us"))
            self.notes[factor].setPlaceholderText(self.tr("What the customer said or showed"))
        self.need_label.setText(self.tr("Need vs want"))
        self.need_vs_want.setPlaceholderText(
            self.tr("What the customer needs, and what it only wants")
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
