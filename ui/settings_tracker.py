"""Settings → 1+2+1 tracker: the thresholds of the 1+2+1 rules (``tracker.*`` settings).

:class:`RulesTab` is what this tab and the Channel tab (``ui/settings_channel.py``) share: a
widget per setting key, the values loaded (given by the dialog, which reads them through the
op runner: tabs never touch the database), what the rep changed, "Restore defaults" and a
problem shown in words naming the field. The keys, defaults and ranges come from the
services (:mod:`services.tracker_settings`), which take them from
:class:`~domain.tracker.TrackerRules`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from domain.validation import FieldError
from domain.vocabulary import OrgLevel, label
from services import tracker_settings
from ui.i18n import current_language

ERROR_STYLE = "color: #b00020;"
HINT_STYLE = "color: palette(mid);"

Editor = QSpinBox | QDoubleSpinBox | QComboBox


class RulesTab(QWidget):
    """A settings tab editing settings by key; subclasses build :attr:`editors` and name
    them in :meth:`field_name`. Disabled until :meth:`set_values` gives the loaded ones."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editors: dict[str, Editor] = {}
        self.loaded: dict[str, Any] = {}
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("restore_defaults")
        self.restore_button.clicked.connect(self.restore_defaults)
        self.error = QLabel()
        self.error.setObjectName("rules_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.setEnabled(False)

    def footer(self) -> QVBoxLayout:
        """The error line and the Restore defaults button, for the bottom of the tab."""
        box = QVBoxLayout()
        box.addWidget(self.error)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.restore_button)
        box.addLayout(row)
        return box

    # --- values -------------------------------------------------------------------------

    def defaults(self) -> Mapping[str, Any]:
        """Every key of the tab with its default value."""
        raise NotImplementedError

    def set_values(self, values: Mapping[str, Any]) -> None:
        """Show the values in force (setting key → value) and remember them as loaded."""
        self.loaded = {k: self.normalized(k, values[k]) for k in self.keys() if k in values}
        self._show(self.loaded)
        self.setEnabled(True)

    def keys(self) -> list[str]:
        """The setting keys the tab edits."""
        return list(self.editors)

    def normalized(self, key: str, value: Any) -> Any:
        """``value`` of ``key`` as :meth:`values` gives it back when left alone."""
        editor = self.editors.get(key)
        if isinstance(editor, QDoubleSpinBox) and isinstance(value, int | float):
            return round(float(value), editor.decimals())
        return value

    def _show(self, values: Mapping[str, Any]) -> None:
        for key, value in values.items():
            editor = self.editors.get(key)
            if isinstance(editor, QComboBox):
                editor.setCurrentIndex(max(0, editor.findData(value)))
            elif editor is not None:
                editor.setValue(value)
        self.clear_problem()

    def values(self) -> dict[str, Any]:
        """Every key of the tab with the value its widget shows (JSON-ready)."""
        return {key: _value(editor) for key, editor in self.editors.items()}

    def changes(self) -> dict[str, Any]:
        """The keys whose value differs from the loaded one (nothing before loading)."""
        if not self.loaded:
            return {}
        return {k: v for k, v in self.values().items() if k in self.loaded and v != self.loaded[k]}

    def restore_defaults(self) -> None:
        """Show every default (stored when the dialog's OK is pressed)."""
        self._show(self.defaults())

    # --- problems -----------------------------------------------------------------------

    def owns(self, error: FieldError) -> bool:
        """Whether ``error`` is about one of this tab's settings."""
        return any(error.field == k or error.field.startswith(k + ".") for k in self.editors)

    def show_problem(self, error: FieldError) -> None:
        """Show ``error`` in words naming the field and put the cursor on that field."""
        self.error.setText(self.problem_text(error))
        self.error.show()
        editor = self.editor_of(error.field)
        if editor is not None:
            editor.setFocus()

    def clear_problem(self) -> None:
        """Hide the problem line."""
        self.error.clear()
        self.error.hide()

    def editor_of(self, field: str) -> QWidget | None:
        """The widget of a setting key (or of one entry, ``key.entry``)."""
        return self.editors.get(field)

    def field_name(self, field: str) -> str:
        """The name the rep reads for a setting key (or ``key.entry``)."""
        return field

    def shown(self, field: str, number: object) -> str:
        """``number`` as the field's widget writes it (locale, decimals, no suffix)."""
        editor = self.editor_of(field)
        if isinstance(editor, QSpinBox) and isinstance(number, int | float):
            return editor.textFromValue(int(number))
        if isinstance(editor, QDoubleSpinBox) and isinstance(number, int | float):
            return editor.textFromValue(float(number))
        return str(number)

    def problem_text(self, error: FieldError) -> str:
        """A sentence naming the field (and the other one of a pair out of order)."""
        name = self.field_name(error.field)
        p = error.params
        if "other" in p:
            return (
                self.tr("%1 (%2) must not be above %3 (%4).")
                .replace("%1", name)
                .replace("%2", self.shown(error.field, p.get("value")))
                .replace("%3", self.field_name(str(p["other"])))
                .replace("%4", self.shown(str(p["other"]), p.get("max")))
            )
        if error.code == "too_small":
            return (
                self.tr("%1: must be at least %2.")
                .replace("%1", name)
                .replace("%2", self.shown(error.field, p.get("min")))
            )
        if error.code == "too_big":
            return (
                self.tr("%1: must be at most %2.")
                .replace("%1", name)
                .replace("%2", self.shown(error.field, p.get("max")))
            )
        if error.code == "must_be_positive":
            return self.tr("%1: at least one weight must be more than 0.").replace("%1", name)
        if error.code == "negative":
            return self.tr("%1: cannot be negative.").replace("%1", name)
        text = error.text(current_language())
        return name + text[len(error.field) :] if text.startswith(error.field) else text

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set the tab's texts in the current language."""
        self.restore_button.setText(self.tr("Restore defaults"))


def _value(editor: Editor) -> Any:
    if isinstance(editor, QComboBox):
        return editor.currentData()
    if isinstance(editor, QSpinBox):
        return editor.value()
    return round(editor.value(), editor.decimals())


def int_box(name: str, limits: tuple[float, float]) -> QSpinBox:
    """A spin box for a whole-number setting within ``limits``."""
    box = QSpinBox()
    box.setObjectName(name)
    box.setRange(int(limits[0]), int(limits[1]))
    box.setGroupSeparatorShown(True)
    return box


class TrackerSettingsTab(RulesTab):
    """The 1+2+1 tracker's thresholds: roles won, stalled days, continuations, top level."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tracker_tab")
        limits = tracker_settings.LIMITS
        self.min_roles_won = int_box("min_roles_won", limits["tracker.min_roles_won"])
        self.stall_days = int_box("stall_days", limits["tracker.stall_days"])
        self.continuation_run = int_box("continuation_run", limits["tracker.continuation_run"])
        self.top_level = QComboBox()
        self.top_level.setObjectName("top_level")
        for code in tracker_settings.TOP_LEVELS:
            self.top_level.addItem(code, code)
        self.editors = {
            "tracker.min_roles_won": self.min_roles_won,
            "tracker.stall_days": self.stall_days,
            "tracker.continuation_run": self.continuation_run,
            "tracker.top_level": self.top_level,
        }
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.labels = {key: QLabel() for key in self.editors}
        self.units = {key: QLabel() for key in self.editors}
        form = QFormLayout()
        for key, editor in self.editors.items():
            self.labels[key].setBuddy(editor)
            self.units[key].setWordWrap(True)
            row = QHBoxLayout()
            row.addWidget(editor)
            row.addWidget(self.units[key], 1)
            form.addRow(self.labels[key], row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addLayout(self.footer())
        self.retranslate()

    def defaults(self) -> Mapping[str, Any]:
        return tracker_settings.defaults()

    def field_name(self, field: str) -> str:
        label_ = self.labels.get(field)
        return label_.text().replace("&", "").rstrip(":：") if label_ is not None else field

    def retranslate(self) -> None:
        super().retranslate()
        lang = current_language()
        for i in range(self.top_level.count()):
            code = self.top_level.itemData(i)
            self.top_level.setItemText(i, label(OrgLevel(code), lang))
        self.intro.setText(
            self.tr(
                "The thresholds of the 1+2+1 rules. They decide every project's traffic light"
                " and risk flags on the tracking sheet, the project board and the account plans."
            )
        )
        texts = {
            "tracker.min_roles_won": (
                self.tr("Roles won (the “2”):"),
                self.tr("of the 4 buying roles must be held by a supporter"),
            ),
            "tracker.stall_days": (
                self.tr("Stalled after:"),
                self.tr("days without an advance"),
            ),
            "tracker.continuation_run": (
                self.tr("Talks stalled after:"),
                self.tr("judged calls in a row ending in continuation"),
            ),
            "tracker.top_level": (
                self.tr("Top contact at:"),
                self.tr("the org level someone in contact must hold"),
            ),
        }
        for key, (name, unit) in texts.items():
            self.labels[key].setText(name)
            self.units[key].setText(unit)
