"""The tracker sheet's filter bar: status, step, owner and close month, and clear.

Like the account list's bar (:mod:`ui.pages.account_filter_bar`) it knows nothing of the
rows: the page hands it the owners and close months seen (:meth:`TrackerFilterBar.set_seen`)
and listens to ``filter_changed``.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from domain.vocabulary import SalesStep, TrafficLight, choices
from ui.i18n import current_language
from ui.models.tracker_table_model import TrackerFilter
from ui.pages.filter_widgets import FilterBar, refill_combo

FILTER_NAMES = ("status", "step", "owner_id", "close_month")


class TrackerFilterBar(FilterBar):
    """Combo boxes for status, step, owner and expected close month."""

    filter_type = TrackerFilter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build(FILTER_NAMES)
        self._seen = ([], [])
        self.retranslate()

    def set_seen(self, owners: list[tuple[str, str]], months: list[str]) -> None:
        """Offer the owners (id, name) and close months ("YYYY-MM") the projects carry."""
        self._update_seen((owners, months))

    def retranslate(self) -> None:
        """Set every text again in the current language."""
        lang = current_language()
        refill_combo(self.combos["status"], self.tr("All statuses"), choices(TrafficLight, lang))
        refill_combo(self.combos["step"], self.tr("All steps"), choices(SalesStep, lang))
        tips = {
            "status": self.tr("Status"),
            "step": self.tr("Step"),
            "owner_id": self.tr("Owner"),
            "close_month": self.tr("Expected close month"),
        }
        self._set_texts(tips, self.tr("Clear filters"))

    def _fill_seen(self) -> None:
        owners, months = self._seen
        refill_combo(self.combos["owner_id"], self.tr("All owners"), owners)
        labels = [(m, self.tr("Closing %1").replace("%1", m)) for m in months]
        refill_combo(self.combos["close_month"], self.tr("Any close month"), labels)
