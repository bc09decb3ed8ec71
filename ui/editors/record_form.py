"""A form for the fields of any table, built from ``domain.records`` and laid out in sections.

The account tab, the contact dialog and the activity dialog are all a :class:`RecordForm`
with their own :class:`Section` list. The form knows what it was loaded with, so it can say
whether the rep changed anything (:meth:`RecordForm.is_dirty`) and which fields
(:meth:`RecordForm.changes`); it checks entries with ``domain.validation`` and shows each
problem in red under its own field (:meth:`RecordForm.show_errors`), in the current language
and again in the new one after a language switch.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from domain.records import spec
from domain.validation import FieldError, coerce, validate
from services.account_detail import Choice
from ui.editors.field_base import FieldWidget
from ui.editors.field_widgets import TextAreaField, make_field
from ui.editors.texts import error_text, field_label, section_title

ERROR_STYLE = "color: #c62828;"


@dataclass(frozen=True)
class Section:
    """A titled group of fields; ``column`` and ``row`` place it in the form's grid."""

    key: str
    fields: tuple[str, ...]
    column: int = 0
    row: int = 0
    column_span: int = 1


class _Bad:
    """An entry ``coerce`` could not read: never equal to a loaded value."""

    def __init__(self, raw: object) -> None:
        self.raw = raw

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Bad) and other.raw == self.raw

    __hash__ = None  # type: ignore[assignment]


class RecordForm(QWidget):
    """Inputs for some fields of ``table``, grouped in ``sections``; ``changed`` on any edit."""

    changed = Signal()

    def __init__(
        self, table: str, sections: Sequence[Section], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.table = table
        self.sections = tuple(sections)
        self.specs = spec(table)
        self.fields: dict[str, FieldWidget] = {}
        self._labels: dict[str, QLabel] = {}
        self._row_labels: list[QLabel] = []
        self._error_labels: dict[str, QLabel] = {}
        self._rows: dict[str, tuple[QFormLayout, QWidget]] = {}
        self._boxes: dict[str, QGroupBox] = {}
        self._errors: list[FieldError] = []
        self._hidden: set[str] = set()
        self._baseline: dict[str, Any] = {}

        self.general_error = self._error_label()
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(12)
        for section in self.sections:
            box = self._build_section(section)
            grid.addWidget(box, section.row, section.column, 1, section.column_span)
        for column in range(max(s.column + s.column_span for s in self.sections)):
            grid.setColumnStretch(column, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.general_error)
        outer.addLayout(grid)
        outer.addStretch(1)
        self.retranslate()

    def _error_label(self) -> QLabel:
        label = QLabel()
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.hide()
        return label

    def _build_section(self, section: Section) -> QGroupBox:
        box = QGroupBox()
        self._boxes[section.key] = box
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setVerticalSpacing(6)
        for name in section.fields:
            widget = make_field(self.specs[name])
            widget.setObjectName(f"field_{name}")
            widget.changed.connect(self.changed)
            error = self._error_label()
            error.setObjectName(f"error_{name}")
            cell = QWidget()
            cell.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(widget)
            column.addWidget(error)
            label = QLabel()
            label.setBuddy(widget)
            label.setAlignment(form.labelAlignment())
            if len(section.fields) == 1 and isinstance(widget, TextAreaField):
                form.addRow(cell)  # the section's title names it; the box gets the width
            else:
                form.addRow(label, cell)
                self._row_labels.append(label)
            self.fields[name] = widget
            self._labels[name] = label
            self._error_labels[name] = error
            self._rows[name] = (form, cell)
        return box

    # --- values -----------------------------------------------------------------------------

    def set_values(self, values: Mapping[str, Any]) -> None:
        """Show ``values`` (missing fields empty) and take them as the unchanged state."""
        for name, widget in self.fields.items():
            widget.set_value(values.get(name))
        self.clear_errors()
        self.mark_clean()

    def set_choices(self, name: str, choices: Iterable[Choice]) -> None:
        """Offer ``choices`` in reference field ``name``."""
        self.fields[name].set_choices(list(choices))

    def mark_clean(self, saved: Mapping[str, Any] | None = None) -> None:
        """Take what the form shows now as the unchanged state, or only the ``saved`` values.

        After a save, pass the values written: edits typed while the save ran stay unsaved.
        """
        if saved is None:
            self._baseline = self._current()
        else:
            self._baseline.update(saved)
        self.changed.emit()

    def _current(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, widget in self.fields.items():
            raw = None if name in self._hidden else widget.raw()
            try:
                out[name] = coerce(self.specs[name], raw)
            except FieldError:
                out[name] = _Bad(raw)
        return out

    def is_dirty(self) -> bool:
        """Whether what the form shows differs from what it was loaded with."""
        return self._current() != self._baseline

    def changes(self) -> dict[str, Any]:
        """The typed values of the fields that differ from what was loaded."""
        return {
            name: value
            for name, value in self._current().items()
            if value != self._baseline.get(name) and not isinstance(value, _Bad)
        }

    def check(
        self, fixed: Mapping[str, Any] | None = None
    ) -> tuple[dict[str, Any], list[FieldError]]:
        """Every field's typed value and every problem with the record the form describes.

        ``fixed`` holds fields of the record the form has no input for (a contact's
        ``account_id``); they take part in validation. Entries ``coerce`` cannot read are
        reported like any other problem, and their fields are left out of the values.
        """
        values: dict[str, Any] = {}
        errors: list[FieldError] = []
        for name, widget in self.fields.items():
            raw = None if name in self._hidden else widget.raw()
            try:
                values[name] = coerce(self.specs[name], raw)
            except FieldError as exc:
                errors.append(exc)
        unreadable = {e.field for e in errors}
        record = {**values, **(fixed or {})}
        for problem in validate(self.table, record, partial=bool(unreadable)):
            if problem.field not in unreadable:
                errors.append(problem)
        if errors:
            # Rules across fields run only on otherwise valid values: check the fields
            # that are fine once more, so every problem shows at the first Save.
            at_fault = {e.field for e in errors}
            rest = {k: v for k, v in record.items() if k not in at_fault}
            errors += [
                e
                for e in validate(self.table, rest, partial=True)
                if e.field not in at_fault and e.field in self.fields
            ]
        return values, errors

    # --- problems ---------------------------------------------------------------------------

    def show_errors(self, errors: Iterable[FieldError]) -> None:
        """Show each problem under its field (others above the form); focus the first field."""
        self._errors = list(errors)
        self._render_errors()
        first = next((e.field for e in self._errors if e.field in self.fields), None)
        if first is not None:
            self.fields[first].focus()

    def clear_errors(self) -> None:
        """Hide every problem shown."""
        self.show_errors([])

    def error_text(self, name: str) -> str:
        """The problem shown under field ``name`` ("" when none)."""
        label = self._error_labels[name]
        return label.text() if label.isVisibleTo(self) else ""

    def _render_errors(self) -> None:
        by_field: dict[str, list[str]] = {}
        general: list[str] = []
        for e in self._errors:
            if e.field in self.fields:
                by_field.setdefault(e.field, []).append(error_text(e))
            else:
                general.append(f"{field_label(self.table, e.field)}: {error_text(e)}")
        for name, label in self._error_labels.items():
            label.setText("\n".join(by_field.get(name, [])))
            label.setVisible(name in by_field)
        self.general_error.setText("\n".join(general))
        self.general_error.setVisible(bool(general))

    # --- layout -----------------------------------------------------------------------------

    def set_field_visible(self, name: str, visible: bool) -> None:
        """Show or hide field ``name`` with its label; a hidden field's value is None."""
        form, cell = self._rows[name]
        form.setRowVisible(cell, visible)
        if visible:
            self._hidden.discard(name)
        else:
            self._hidden.add(name)

    def retranslate(self) -> None:
        """Set labels, titles, choices and problems again in the current language."""
        for section in self.sections:
            self._boxes[section.key].setTitle(section_title(section.key))
        for name, label in self._labels.items():
            text = field_label(self.table, name)
            label.setText(text + (" *" if self.specs[name].required else ""))
        for widget in self.fields.values():
            widget.retranslate()
        self._render_errors()
        self._align_labels()

    def _align_labels(self) -> None:
        # One label width for every section, so the inputs of stacked sections line up.
        for label in self._row_labels:
            label.setMinimumWidth(0)
        width = max((label.sizeHint().width() for label in self._row_labels), default=0)
        for label in self._row_labels:
            label.setMinimumWidth(width)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
