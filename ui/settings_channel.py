"""Settings → Channel: the weights and thresholds of channel management (``channel.*``).

Qualification weights and the recruit / trial thresholds, review weights and the reward /
phase-out thresholds, the attack/defence segmentation thresholds, and the net margin and
borrowing rate the late-payment calculators start from. Ranges come from the services
(:func:`services.channel.setting_range`), which take them from
:class:`~domain.channel_settings.ChannelSettings`; weights are relative (the weighted total
divides by their sum), so they need not add up to 1, but one must be more than 0.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from domain.channel_settings import QUALIFICATION_WEIGHTS, REVIEW_WEIGHTS, ChannelSettings
from services.channel import WEIGHT_MAX, setting_range
from ui.channel.texts import label
from ui.settings_tracker import HINT_STYLE, Editor, RulesTab, int_box

WEIGHTS = {
    "channel.qualification_weights": ("qualification_criteria", tuple(QUALIFICATION_WEIGHTS)),
    "channel.review_weights": ("review_indicators", tuple(REVIEW_WEIGHTS)),
}
# The thresholds shown, by group; (key, decimals, single step).
THRESHOLDS: dict[str, tuple[tuple[str, int, float], ...]] = {
    "qualification": (
        ("channel.qualification_recruit_at", 2, 0.1),
        ("channel.qualification_trial_at", 2, 0.1),
    ),
    "review": (
        ("channel.review_reward_at", 2, 0.1),
        ("channel.review_phase_out_below", 2, 0.1),
    ),
    "segmentation": (
        ("channel.segment_min_potential", 0, 100_000),
        ("channel.segment_high_potential", 0, 100_000),
        ("channel.segment_high_share", 1, 1),
    ),
    "calculators": (
        ("channel.net_margin", 2, 0.5),
        ("channel.borrowing_rate", 2, 0.5),
    ),
}
_SEP = "."


def _number_box(key: str, decimals: int, step: float) -> Editor:
    low, high, whole = setting_range(key)
    if whole:
        return int_box(key.removeprefix("channel."), (low, high))
    box = QDoubleSpinBox()
    box.setObjectName(key.removeprefix("channel."))
    box.setDecimals(decimals)
    box.setRange(low, high)
    box.setSingleStep(step)
    box.setGroupSeparatorShown(True)
    return box


class ChannelSettingsTab(RulesTab):
    """Channel management's weights and thresholds; weight maps are edited entry by entry."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("channel_tab")
        # one spin box per weight: "channel.qualification_weights.compliance" -> box
        self.weights: dict[str, QDoubleSpinBox] = {}
        self.weight_labels: dict[str, QLabel] = {}
        self.sums: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        self.groups: dict[str, QGroupBox] = {}
        for map_key, (_section, entries) in WEIGHTS.items():
            for entry in entries:
                box = QDoubleSpinBox()
                box.setObjectName(f"{map_key.removeprefix('channel.')}.{entry}")
                box.setDecimals(2)
                box.setRange(0, WEIGHT_MAX)
                box.setSingleStep(0.01)
                box.valueChanged.connect(lambda _v, k=map_key: self._show_sum(k))
                self.weights[map_key + _SEP + entry] = box
                self.weight_labels[map_key + _SEP + entry] = QLabel()
            sum_label = QLabel()
            sum_label.setWordWrap(True)
            sum_label.setStyleSheet(HINT_STYLE)
            self.sums[map_key] = sum_label
        for rows in THRESHOLDS.values():
            for key, decimals, step in rows:
                self.editors[key] = _number_box(key, decimals, step)
                self.labels[key] = QLabel()
                self.labels[key].setBuddy(self.editors[key])

        body = QWidget()
        body.setObjectName("channel_body")
        column = QVBoxLayout(body)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        column.addWidget(self.intro)
        for group, rows in THRESHOLDS.items():
            box = self.groups[group] = QGroupBox()
            inner = QVBoxLayout(box)
            weights_key = f"channel.{group}_weights"
            if weights_key in WEIGHTS:
                inner.addLayout(self._weight_grid(weights_key))
                inner.addWidget(self.sums[weights_key])
            form = QFormLayout()
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
            for key, _decimals, _step in rows:
                form.addRow(self.labels[key], self.editors[key])
            inner.addLayout(form)
            column.addWidget(box)
        column.addStretch(1)
        scroll = self.scroll = QScrollArea()
        scroll.setObjectName("channel_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        footer = self.footer()
        footer.setContentsMargins(9, 0, 9, 9)
        layout.addLayout(footer)
        self.retranslate()

    def _weight_grid(self, map_key: str) -> QGridLayout:
        """The weights of one map in two columns of label + spin box."""
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        entries = WEIGHTS[map_key][1]
        half = (len(entries) + 1) // 2
        for i, entry in enumerate(entries):
            row, col = i % half, (i // half) * 2
            key = map_key + _SEP + entry
            self.weight_labels[key].setBuddy(self.weights[key])
            grid.addWidget(self.weight_labels[key], row, col)
            grid.addWidget(self.weights[key], row, col + 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(2, 1)
        return grid

    # --- values -------------------------------------------------------------------------

    def defaults(self) -> Mapping[str, Any]:
        keys = ChannelSettings.setting_keys()
        return {k: keys[k] for k in self.keys()}

    def keys(self) -> list[str]:
        return [*self.editors, *WEIGHTS]

    def normalized(self, key: str, value: Any) -> Any:
        if key in WEIGHTS and isinstance(value, Mapping):
            return {k: round(float(v), 2) for k, v in value.items()}
        return super().normalized(key, value)

    def _show(self, values: Mapping[str, Any]) -> None:
        super()._show({k: v for k, v in values.items() if k not in WEIGHTS})
        for map_key in WEIGHTS:
            for entry, weight in (values.get(map_key) or {}).items():
                box = self.weights.get(map_key + _SEP + entry)
                if box is not None:
                    box.setValue(weight)
            self._show_sum(map_key)

    def values(self) -> dict[str, Any]:
        out = super().values()
        for map_key, (_section, entries) in WEIGHTS.items():
            out[map_key] = {e: round(self.weights[map_key + _SEP + e].value(), 2) for e in entries}
        return out

    def _show_sum(self, map_key: str) -> None:
        total = sum(
            box.value() for key, box in self.weights.items() if key.startswith(map_key + _SEP)
        )
        self.sums[map_key].setText(
            self.tr(
                "Sum: %1. Weights are relative: they need not add up to 1, but one must be"
                " more than 0."
            ).replace("%1", self.sums_box(map_key).textFromValue(total))
        )

    def sums_box(self, map_key: str) -> QDoubleSpinBox:
        """The first weight box of ``map_key`` (it formats the sum like the weights)."""
        return self.weights[map_key + _SEP + WEIGHTS[map_key][1][0]]

    # --- problems -----------------------------------------------------------------------

    def owns(self, error: Any) -> bool:
        return super().owns(error) or any(
            error.field == k or error.field.startswith(k + _SEP) for k in WEIGHTS
        )

    def show_problem(self, error: Any) -> None:
        super().show_problem(error)
        editor = self.editor_of(error.field)
        if editor is not None:
            self.scroll.ensureWidgetVisible(editor)

    def editor_of(self, field: str) -> QWidget | None:
        if field in WEIGHTS:
            return self.sums_box(field)
        return self.weights.get(field) or super().editor_of(field)

    def field_name(self, field: str) -> str:
        if field in self.weight_labels:
            return self._plain(self.weight_labels[field].text())
        if field in WEIGHTS:
            group = field.removeprefix("channel.").removesuffix("_weights")
            return self.tr("%1 weights").replace("%1", self.groups[group].title())
        label_ = self.labels.get(field)
        return self._plain(label_.text()) if label_ is not None else field

    @staticmethod
    def _plain(text: str) -> str:
        return text.replace("&", "").rstrip(":：")

    def retranslate(self) -> None:
        super().retranslate()
        self.intro.setText(
            self.tr(
                "The weights and thresholds of channel management. Changes apply to new"
                " qualifications and reviews, the segmentation and the calculators."
            )
        )
        titles = {
            "qualification": self.tr("Partner qualification"),
            "review": self.tr("Quarterly review"),
            "segmentation": self.tr("Attack and defence"),
            "calculators": self.tr("Late-payment calculators"),
        }
        for group, title in titles.items():
            self.groups[group].setTitle(title)
        for key, text in self._threshold_texts().items():
            self.labels[key].setText(text)
        for map_key, (section, entries) in WEIGHTS.items():
            for entry in entries:
                self.weight_labels[map_key + _SEP + entry].setText(
                    self.tr("%1:").replace("%1", label(section, entry))
                )
            self._show_sum(map_key)
        yuan = self.tr(" yuan a year")
        for key in ("channel.segment_min_potential", "channel.segment_high_potential"):
            self.editors[key].setSuffix(yuan)
        for key in ("channel.segment_high_share", "channel.net_margin"):
            self.editors[key].setSuffix(" %")
        self.editors["channel.borrowing_rate"].setSuffix(self.tr(" % a year"))

    def _threshold_texts(self) -> dict[str, str]:
        return {
            "channel.qualification_recruit_at": self.tr("Recruit from:"),
            "channel.qualification_trial_at": self.tr("Trial from:"),
            "channel.review_reward_at": self.tr("Reward from:"),
            "channel.review_phase_out_below": self.tr("Phase out below:"),
            "channel.segment_min_potential": self.tr("Low potential below:"),
            "channel.segment_high_potential": self.tr("High potential from:"),
            "channel.segment_high_share": self.tr("High share of customer from:"),
            "channel.net_margin": self.tr("Net profit margin:"),
            "channel.borrowing_rate": self.tr("Borrowing rate:"),
        }
