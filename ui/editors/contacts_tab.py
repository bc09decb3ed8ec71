"""The Contacts tab of the account editor and the dialog that adds or edits a contact."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import QPushButton, QWidget

from services.account_detail import AccountDetail, Row
from ui.editors.record_dialog import RecordDialog
from ui.editors.record_form import Section
from ui.editors.record_list import RecordListTab

CONTACT_SECTIONS = (
    Section("person", ("name", "title", "department", "org_level")),
    Section("reach", ("phone", "wechat", "email"), row=1),
    Section("profile", ("ally_kind", "political_style", "notes"), row=2),
)


class ContactDialog(RecordDialog):
    """Add or edit one of the account's contacts."""

    table = "contacts"
    sections = CONTACT_SECTIONS

    def heading(self) -> str:
        """ "New contact", or "Contact 张三"."""
        if self.row is None:
            return self.tr("New contact")
        return self.tr("Contact %1").replace("%1", str(self.row.get("name")))

    def record_name(self, values: Mapping[str, Any]) -> str:
        """The contact's name."""
        return str(values.get("name") or "")


class ContactsTab(RecordListTab):
    """The account's contacts: who they are, how to reach them, where they stand."""

    table = "contacts"
    columns = (
        "name",
        "title",
        "org_level",
        "phone",
        "wechat",
        "email",
        "ally_kind",
        "political_style",
    )
    dialog_class = ContactDialog

    def rows_of(self, detail: AccountDetail) -> tuple[Row, ...]:
        """The account's live contacts."""
        return detail.contacts

    def more_buttons(self) -> list[QPushButton]:
        """The "Profile…" button: the selected contact's whole-brain profile card."""
        self.profile_button = QPushButton()
        self.profile_button.setObjectName("contact_profile_button")
        self.profile_button.clicked.connect(self.open_profile)
        return [self.profile_button]

    def open_profile(self) -> QWidget | None:
        """Open the selected contact's profile card window (to profile him from there)."""
        from ui.profiling.profile_panel import open_contact_profile

        row = self.selected_row()
        if row is None:
            return None
        return open_contact_profile(self, self.runner, self.undo_stack, row.id)

    def _update_buttons(self) -> None:
        super()._update_buttons()
        self.profile_button.setEnabled(self.selected_row() is not None)

    def retranslate(self) -> None:
        """Button texts in the current language."""
        self.add_button.setText(self.tr("Add contact…"))
        self.profile_button.setText(self.tr("Profile…"))
        super().retranslate()
