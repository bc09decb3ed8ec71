"""The proposal check: before a visit, pick the buyers who will be in the room (from one
account's contacts) and tick what the proposal contains (the walk-around checklist); the
dialog says at once which quadrants of the people present the proposal does not serve,
whose they are and what would serve them (:func:`services.profiling.proposal_check`).
"""

from __future__ import annotations

import html
from collections.abc import Sequence

import shiboken6
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from services import profiling
from services.profiling import ContactProfileRow, ProposalCheckView
from ui.i18n import current_language
from ui.labels import bold
from ui.ops import OpRunner
from ui.profiling.pick_dialog import wrapping_label
from ui.profiling.profile_card import bullets
from ui.profiling.quadrants import colour

ContactRole = Qt.ItemDataRole.UserRole + 1


class ProposalCheckDialog(QDialog):
    """Who is in the room and what the proposal holds → the quadrants left unserved."""

    #: Emitted when a check's result is on screen.
    checked = Signal()

    def __init__(
        self,
        runner: OpRunner,
        contacts: Sequence[ContactProfileRow],
        *,
        account_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("proposal_dialog")
        self.runner = runner
        self.lang = current_language()
        self.view: ProposalCheckView | None = None
        self._generation = 0
        self.by_account: dict[str, list[ContactProfileRow]] = {}
        names: dict[str, str] = {}
        for row in contacts:
            self.by_account.setdefault(row.account_id, []).append(row)
            names[row.account_id] = row.account_name

        self.account = QComboBox()
        self.account.setObjectName("account")
        for aid in sorted(self.by_account, key=lambda a: names[a]):
            self.account.addItem(names[aid], aid)
        if account_id is not None and self.account.findData(account_id) >= 0:
            self.account.setCurrentIndex(self.account.findData(account_id))
        self.account.currentIndexChanged.connect(lambda _i: self._fill_people())
        self.people = QListWidget()
        self.people.setObjectName("people")
        self.people.itemChanged.connect(lambda _item: self.run_check())
        self.account_label = QLabel()
        self.people_label = bold(QLabel())
        left = QVBoxLayout()
        left.addWidget(self.account_label)
        left.addWidget(self.account)
        left.addWidget(self.people_label)
        left.addWidget(self.people, 1)

        self.items: dict[str, QCheckBox] = {}
        self.item_groups: dict[str, QGroupBox] = {}
        self.checklist_label = bold(QLabel())
        items_widget = QWidget()
        items_layout = QVBoxLayout(items_widget)
        items_layout.setContentsMargins(0, 0, 6, 0)
        for group in profiling.checklist(self.lang):
            box = QGroupBox(group.title)
            box.setStyleSheet(
                f"QGroupBox {{ color: {colour(group.quadrant).darker(130).name()}; }}"
            )
            column = QVBoxLayout(box)
            for item in group.items:
                check = QCheckBox(item.text)
                check.setObjectName(f"item_{item.id}")
                check.setStyleSheet("color: palette(text);")
                check.toggled.connect(lambda _on: self.run_check())
                self.items[item.id] = check
                column.addWidget(check)
            self.item_groups[group.quadrant] = box
            items_layout.addWidget(box)
        items_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(items_widget)
        middle = QVBoxLayout()
        middle.addWidget(self.checklist_label)
        middle.addWidget(scroll, 1)

        self.result_label = bold(QLabel())
        self.result = wrapping_label()
        self.result.setObjectName("proposal_result")
        self.result.setTextFormat(Qt.TextFormat.RichText)
        self.result.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        result_scroll = QScrollArea()
        result_scroll.setWidgetResizable(True)
        result_scroll.setWidget(self.result)
        right = QVBoxLayout()
        right.addWidget(self.result_label)
        right.addWidget(result_scroll, 1)

        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addLayout(middle, 4)
        body.addLayout(right, 4)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self.resize(1180, 720)
        self._fill_people()
        self.retranslate()

    # --- choosing ------------------------------------------------------------------------------

    def _fill_people(self) -> None:
        self.people.blockSignals(True)
        self.people.clear()
        for row in self.by_account.get(str(self.account.currentData()), []):
            item = QListWidgetItem(self._person_text(row))
            item.setData(ContactRole, row.contact_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.people.addItem(item)
        self.people.blockSignals(False)
        self.run_check()

    def _person_text(self, row: ContactProfileRow) -> str:
        parts = [row.name]
        if row.title:
            parts.append(row.title)
        parts.append(row.badge or self.tr("no profile"))
        return " · ".join(parts)

    def set_present(self, contact_ids: Sequence[str]) -> None:
        """Tick exactly ``contact_ids`` as the people in the room."""
        wanted = set(contact_ids)
        self.people.blockSignals(True)
        for i in range(self.people.count()):
            item = self.people.item(i)
            state = item.data(ContactRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if state else Qt.CheckState.Unchecked)
        self.people.blockSignals(False)
        self.run_check()

    def present(self) -> list[str]:
        """The contact ids ticked as being in the room."""
        return [
            self.people.item(i).data(ContactRole)
            for i in range(self.people.count())
            if self.people.item(i).checkState() == Qt.CheckState.Checked
        ]

    def ticked(self) -> list[str]:
        """The checklist items ticked as being in the proposal."""
        return [item_id for item_id, box in self.items.items() if box.isChecked()]

    # --- checking ------------------------------------------------------------------------------

    def run_check(self) -> None:
        """Check the proposal against the people ticked (in the background)."""
        self._generation += 1
        generation, people, items, lang = (
            self._generation,
            self.present(),
            self.ticked(),
            self.lang,
        )
        if not people:
            self.view = None
            self._show_result()
            return
        self.runner.read(
            lambda uow: profiling.proposal_check(uow, people, items, lang),
            on_success=lambda view: self._checked(generation, view),
        )

    def _checked(self, generation: int, view: ProposalCheckView) -> None:
        if generation != self._generation or not shiboken6.isValid(self):
            return
        self.view = view
        self._show_result()
        self.checked.emit()

    def _show_result(self) -> None:
        view = self.view
        if view is None:
            self.result.setText(html.escape(self.tr("Tick the people who will be in the room.")))
            return
        parts: list[str] = []
        if view.unserved:
            parts.append(f"<p><b>{html.escape(self.tr('Not served by the proposal:'))}</b></p>")
        for q in view.unserved:
            hex_colour = colour(q.quadrant).darker(130).name()
            who = self.tr("%1 lead(s) in it").replace("%1", "、".join(q.present_for))
            parts.append(
                f"<p><span style='color:{hex_colour}; font-weight:bold'>"
                f"✗ {html.escape(q.name)}</span> — {html.escape(who)}<br>"
                f"{html.escape(self.tr('Add one of:'))}</p>" + bullets(i.text for i in q.missing)
            )
        served = [q for q in view.quadrants if q.present_for and q.served]
        for q in served:
            hex_colour = colour(q.quadrant).darker(130).name()
            who = "、".join(q.present_for)
            parts.append(
                f"<p><span style='color:{hex_colour}'>✓ {html.escape(q.name)}</span> — "
                f"{html.escape(self.tr('served for %1').replace('%1', who))}</p>"
            )
        if not view.unserved and any(q.present_for for q in view.quadrants):
            parts.insert(
                0,
                f"<p><b>{html.escape(self.tr('Every quadrant of the people in the room is served.'))}"
                "</b></p>",
            )
        if view.unprofiled:
            parts.append(
                "<p style='color:gray'>"
                + html.escape(
                    self.tr("No profile yet, so not checked: %1").replace(
                        "%1", "、".join(view.unprofiled)
                    )
                )
                + "</p>"
            )
        self.result.setText("".join(parts))

    def unserved_quadrants(self) -> list[str]:
        """The letters of the quadrants present but not served (for tests)."""
        return [q.quadrant for q in self.view.unserved] if self.view else []

    # --- language ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Every text in the current language."""
        self.setWindowTitle(self.tr("Proposal check"))
        self.account_label.setText(self.tr("Account"))
        self.people_label.setText(self.tr("Who will be in the room"))
        self.checklist_label.setText(self.tr("What the proposal contains"))
        self.result_label.setText(self.tr("Result"))
        for group in profiling.checklist(self.lang):
            self.item_groups[group.quadrant].setTitle(group.title)
            for item in group.items:
                self.items[item.id].setText(item.text)
        rows = {r.contact_id: r for rs in self.by_account.values() for r in rs}
        for i in range(self.people.count()):
            item = self.people.item(i)
            self.people.blockSignals(True)
            item.setText(self._person_text(rows[item.data(ContactRole)]))
            self.people.blockSignals(False)
        self._show_result()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.lang = current_language()
            self.retranslate()
            if self.isVisible():
                self.run_check()
        super().changeEvent(event)
