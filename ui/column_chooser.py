"""The columns of a list table as the user chose them: which show, in what order, how wide.

Right-click on the header lists every column with a tick (untick to hide, tick to show;
the kept column — the name — and the last column shown cannot be hidden) and "Reset
columns". Columns are dragged to reorder and resized by hand. The choice is kept in
QSettings under ``columns/<table name>`` as JSON — the columns left to right, the hidden
ones and the widths set by hand — and read back when the page is given its settings; a
choice saved for another number of columns, or unreadable, gives way to the defaults.
Widths not set by hand stay the page's to fit (:meth:`ColumnChooser.fit`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QHeaderView, QMenu, QTableView, QWidget

SETTINGS_GROUP = "columns"
MAX_WIDTH = 4000  # a saved width beyond this is not one a person set


@dataclass(frozen=True)
class ColumnLayout:
    """Columns left to right (logical indexes), the hidden ones, and widths set by hand."""

    order: tuple[int, ...]
    hidden: frozenset[int] = frozenset()
    widths: dict[int, int] = field(default_factory=dict)

    def to_json(self) -> str:
        """The layout as the JSON text kept in the settings."""
        return json.dumps(
            {
                "columns": len(self.order),
                "order": list(self.order),
                "hidden": sorted(self.hidden),
                "widths": {str(c): w for c, w in sorted(self.widths.items())},
            }
        )

    @classmethod
    def from_json(cls, text: object, count: int, kept: int | None) -> ColumnLayout | None:
        """The layout saved in ``text`` for a table of ``count`` columns; None when it is
        not one (another column count, a column missing or repeated, nothing left shown)."""
        try:
            data = json.loads(str(text))
            order = tuple(int(c) for c in data["order"])
            hidden = frozenset(int(c) for c in data["hidden"])
            widths = {int(c): int(w) for c, w in dict(data["widths"]).items()}
        except (TypeError, ValueError, KeyError, AttributeError):
            return None
        columns = set(range(count))
        if data.get("columns") != count or sorted(order) != sorted(columns):
            return None
        if not hidden < columns or kept in hidden:
            return None
        if not set(widths) <= columns or not all(0 < w <= MAX_WIDTH for w in widths.values()):
            return None
        return cls(order, hidden, widths)


class ColumnChooser(QObject):
    """Shows, hides, orders and sizes the columns of ``view`` and remembers the user's
    choice once :meth:`attach` gave it settings.

    ``kept`` is the column that is always shown (None: any, as long as one stays);
    ``hidden`` the columns hidden by default.
    """

    #: Which columns show changed (a tick, or a reset): the page fits the other widths again.
    columns_did_change = Signal()

    def __init__(
        self,
        view: QTableView,
        *,
        kept: int | None = 0,
        hidden: Iterable[int] = (),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.view = view
        self.kept = kept
        self.default_hidden = frozenset(hidden)
        self._settings: QSettings | None = None
        self._hand_widths: dict[int, int] = {}
        self._adjusting = 0
        header = self.header
        header.setSectionsMovable(True)
        header.sectionMoved.connect(self._moved)
        header.sectionResized.connect(self._resized)
        self._apply(self.default_layout())

    @property
    def header(self) -> QHeaderView:
        """The table's horizontal header."""
        return self.view.horizontalHeader()

    def count(self) -> int:
        """How many columns the table has."""
        return self.header.count()

    def settings_key(self) -> str:
        """Where the choice is kept: ``columns/<table name>``."""
        return f"{SETTINGS_GROUP}/{self.view.objectName()}"

    # --- state ------------------------------------------------------------------------------

    def default_layout(self) -> ColumnLayout:
        """Every column in the model's order, the default hidden ones hidden, none sized."""
        count = self.count()
        return ColumnLayout(
            tuple(range(count)), frozenset(c for c in self.default_hidden if c < count)
        )

    def layout(self) -> ColumnLayout:
        """The columns as they are now."""
        header = self.header
        return ColumnLayout(
            tuple(header.logicalIndex(v) for v in range(self.count())),
            frozenset(c for c in range(self.count()) if header.isSectionHidden(c)),
            dict(self._hand_widths),
        )

    def shown(self) -> list[int]:
        """The columns shown (logical indexes, in the model's order)."""
        return [c for c in range(self.count()) if not self.header.isSectionHidden(c)]

    def hand_widths(self) -> dict[int, int]:
        """The columns whose width the user set, with those widths."""
        return dict(self._hand_widths)

    def can_hide(self, column: int) -> bool:
        """Whether ``column`` may be hidden: not the kept one, nor the last one shown."""
        return column != self.kept and self.shown() != [column]

    # --- changes ------------------------------------------------------------------------------

    def attach(self, settings: QSettings) -> None:
        """Read the choice saved in ``settings`` (defaults when there is none that fits)
        and keep every later change there."""
        self._settings = settings
        saved = settings.value(self.settings_key())
        layout = ColumnLayout.from_json(saved, self.count(), self.kept) if saved else None
        self._apply(layout or self.default_layout())
        self.columns_did_change.emit()

    def set_shown(self, column: int, shown: bool) -> bool:
        """Show or hide ``column``; False (and nothing changes) when it must stay shown."""
        if not shown and not self.can_hide(column):
            return False
        if self.header.isSectionHidden(column) == (not shown):
            return True
        with self._adjustment():
            self.header.setSectionHidden(column, not shown)
        self._save()
        self.columns_did_change.emit()
        return True

    def reset(self) -> None:
        """Back to the defaults: the model's order, default columns hidden, widths fitted."""
        self._apply(self.default_layout())
        if self._settings is not None:
            self._settings.remove(self.settings_key())
        self.columns_did_change.emit()

    def fit(self, widths: dict[int, int]) -> None:
        """Size the columns the page fits (``column → width``); widths set by hand stay."""
        with self._adjustment():
            for column, width in widths.items():
                if column not in self._hand_widths:
                    self.header.resizeSection(column, width)

    def menu(self, titles: list[str], parent: QWidget) -> QMenu:
        """The header's right-click menu: a tick per column, left to right, then "Reset
        columns". Each column's action holds its logical index as data."""
        menu = QMenu(parent)
        header = self.header
        for visual in range(self.count()):
            column = header.logicalIndex(visual)
            action = menu.addAction(titles[column] if column < len(titles) else str(column))
            action.setData(column)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.setEnabled(header.isSectionHidden(column) or self.can_hide(column))
            action.toggled.connect(lambda shown, c=column: self.set_shown(c, shown))
        menu.addSeparator()
        reset = menu.addAction(self.tr("Reset columns"))
        reset.setObjectName("reset_columns")
        reset.triggered.connect(self.reset)
        return menu

    # --- internals ----------------------------------------------------------------------------

    @contextmanager
    def _adjustment(self) -> Iterator[None]:
        """Changes made here are the program's, not the user's (not saved as a choice)."""
        self._adjusting += 1
        try:
            yield
        finally:
            self._adjusting -= 1

    def _apply(self, layout: ColumnLayout) -> None:
        header = self.header
        default_width = header.defaultSectionSize()
        with self._adjustment():
            for visual, column in enumerate(layout.order):
                header.moveSection(header.visualIndex(column), visual)
            for column in range(self.count()):
                header.setSectionHidden(column, column in layout.hidden)
            for column in set(self._hand_widths) - set(layout.widths):
                header.resizeSection(column, default_width)  # fitted again by the page
            for column, width in layout.widths.items():
                header.resizeSection(column, width)
        self._hand_widths = dict(layout.widths)

    def _moved(self, _logical: int, _old: int, _new: int) -> None:
        if not self._adjusting:
            self._save()

    def _resized(self, column: int, _old: int, new: int) -> None:
        if self._adjusting or new <= 0 or self.header.isSectionHidden(column):
            return
        self._hand_widths[column] = new
        self._save()

    def _save(self) -> None:
        if self._settings is not None:
            self._settings.setValue(self.settings_key(), self.layout().to_json())
