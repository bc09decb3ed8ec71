"""What every input of a record form is: typed values in, raw entries out, a change signal."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from services.account_detail import Choice


class FieldWidget(QWidget):
    """An input for one field: typed values in, raw entries out, ``changed`` on edits."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)

    def raw(self) -> Any:
        """What the rep entered, in a form ``coerce`` reads."""
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        """Show the typed ``value`` (None: empty)."""
        raise NotImplementedError

    def set_choices(self, choices: Sequence[Choice]) -> None:
        """Offer ``choices`` (reference fields only; others ignore it)."""

    def retranslate(self) -> None:
        """Re-set texts that depend on the language (choice labels, hints)."""

    def focus(self) -> None:
        """Put the keyboard focus on the input."""
        self.setFocus()
