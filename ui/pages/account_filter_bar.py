"""The accounts page's filter bar: one combo box per field, key accounts only, clear.

It knows nothing of the rows: the page hands it the tags and owners seen
(:meth:`AccountFilterBar.set_seen`) and listens to ``filter_changed``.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtWidgets import QCheckBox, QWidget

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
from ui.pages.filter_widgets import FilterBar, refill_combo

# AccountFilter field -> the enum its combo box offers.
ENUM_FILTERS: dict[str, type[StrEnum]] = {
    "channel_type": ChannelType,
    "cooperation_mode": CooperationMode,
    "level": AccountLevel,
    "region": Region,
    "lifecycle_stage": LifecycleStage,
}


class AccountFilterBar(FilterBar):
    """Combo boxes for channel type, cooperation, level, region, stage, tag and owner."""

    filter_type = AccountFilter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key_only = QCheckBox()
        self.key_only.setObjectName("filter_key_only")
        self.key_only.toggled.connect(self._emit)
        self._build((*ENUM_FILTERS, "tag", "owner_rep_id"), (self.key_only,))
        self._seen = ([], [])
        self.retranslate()

    def set_seen(self, free_tags: list[str], owners: list[tuple[str, str]]) -> None:
        """Offer the free tags and the owners (id, name) that the accounts carry."""
        self._update_seen((free_tags, owners))

    def current(self) -> AccountFilter:
        """The filter the bar shows."""
        values = {name: combo.currentData() for name, combo in self.combos.items()}
        return AccountFilter(**values, key_only=self.key_only.isChecked())

    def _show(self, value: AccountFilter) -> None:
        super()._show(value)
        self.key_only.setChecked(value.key_only)

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
            refill_combo(self.combos[name], any_texts[name], choices(enum, lang))
        tips = {
            "channel_type": self.tr("Channel type"),
            "cooperation_mode": self.tr("Cooperation mode"),
            "level": self.tr("Level"),
            "region": self.tr("Region"),
            "lifecycle_stage": self.tr("Lifecycle stage"),
            "tag": self.tr("Tag"),
            "owner_rep_id": self.tr("Owner"),
        }
        self.key_only.setText(self.tr("Key accounts only"))
        self._set_texts(tips, self.tr("Clear filters"))

    def _fill_seen(self) -> None:
        free_tags, owners = self._seen
        tags = [(t.value, tag_text(t.value)) for t in StandardTag]
        tags += [(t, t) for t in free_tags]
        refill_combo(self.combos["tag"], self.tr("All tags"), tags)
        refill_combo(self.combos["owner_rep_id"], self.tr("All owners"), owners)
