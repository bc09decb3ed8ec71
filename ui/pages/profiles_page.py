"""Profiles: every contact with his whole-brain badge, code and date; the selected one's
profile card beside the list; the rep's own profile and the proposal check.

The list loads in a reader thread (:func:`services.profiling.contact_profiles`) with a
search haystack per contact (name, title, account, their pinyin), so typing "zs" finds 张三.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from domain.search import has_chinese, haystack, matches, pinyin_keys, query_terms
from services import profiling
from services.account_detail import Choice, rep_choices
from services.profiling import Assessment, ContactProfileRow
from services.queries import cached_pinyin
from storage.uow import UnitOfWork
from ui import formatting
from ui.i18n import current_language
from ui.ops import OpRunner
from ui.pages.base import Page
from ui.profiling.chart import BadgeDelegate
from ui.profiling.profile_list_model import COL_BADGE, COL_DATE, COL_NAME, ProfileListModel
from ui.profiling.profile_panel import ProfilePanel
from ui.profiling.proposal_dialog import ProposalCheckDialog
from ui.profiling.self_dialog import SelfAssessmentDialog

Pinyin = Mapping[str, tuple[str, str]]


@dataclass(frozen=True)
class ProfilesData:
    """What the page loads at once: the rows, their haystacks, the rep's own profile."""

    rows: list[ContactProfileRow]
    haystacks: dict[str, str]
    pinyin: Pinyin
    mine: Assessment | None
    reps: tuple[Choice, ...]
    me: str | None = None  # the current rep's id, the questionnaire's default


def load_profiles(uow: UnitOfWork, lang: str, known: Pinyin) -> ProfilesData:
    """Every contact's row and haystack, and the rep's profile (runs in a worker thread)."""
    rows = profiling.contact_profiles(uow)
    pinyin = dict(known) or cached_pinyin(uow)
    hays: dict[str, str] = {}
    for row in rows:
        texts = (row.name, row.title, row.account_name)
        for text in texts:
            if text and text not in pinyin and has_chinese(text):
                pinyin[text] = pinyin_keys(text)
        hays[row.contact_id] = haystack(texts, pinyin)
    return ProfilesData(
        rows,
        hays,
        pinyin,
        profiling.rep_profile(uow, None, lang),
        rep_choices(uow),
        profiling.current_rep_id(uow),
    )


class ProfilesPage(Page):
    """Buyer profiles: the list, the card, the rep's own profile and the proposal check."""

    watched_tables = frozenset({profiling.TABLE, "contacts", "accounts", "reps"})

    def __init__(self, runner: OpRunner, undo_stack: QUndoStack, parent: QWidget | None = None):
        super().__init__(runner, undo_stack, parent)
        self.data: ProfilesData | None = None
        self._pinyin: Pinyin = {}
        self.dialog: QWidget | None = None

        self.search = QLineEdit()
        self.search.setObjectName("profiles_search")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self.apply_filter())
        self.only_profiled = QCheckBox()
        self.only_profiled.setObjectName("only_profiled")
        self.only_profiled.toggled.connect(lambda _on: self.apply_filter())
        self.my_profile_button = QPushButton()
        self.my_profile_button.setObjectName("my_profile_button")
        self.my_profile_button.clicked.connect(self.open_self_assessment)
        self.my_profile_label = QLabel()
        self.my_profile_label.setObjectName("my_profile_label")
        # May shrink (cut off) so a narrow window still fits the page.
        self.my_profile_label.setSizePolicy(
            QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred
        )
        self.my_profile_label.setAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        self.proposal_button = QPushButton()
        self.proposal_button.setObjectName("proposal_button")
        self.proposal_button.clicked.connect(self.open_proposal_check)
        top = QHBoxLayout()
        top.addWidget(self.search, 3)
        top.addWidget(self.only_profiled)
        top.addWidget(self.my_profile_label, 2)
        top.addWidget(self.my_profile_button)
        top.addWidget(self.proposal_button)

        self.model = ProfileListModel(self)
        self.table = QTableView()
        self.table.setObjectName("profiles_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.setItemDelegateForColumn(COL_BADGE, BadgeDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setResizeContentsPrecision(40)
        self.table.setSortingEnabled(True)
        header.setSortIndicator(COL_DATE, Qt.SortOrder.DescendingOrder)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.count_label = QLabel()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count_label)

        self.panel = ProfilePanel(runner, undo_stack)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([440, 660])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.retranslate()

    def title(self) -> str:
        """The page's name in the navigation."""
        return self.tr("Profiles")

    # --- loading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the list (and the rep's profile) in the background."""
        self.latest.start()
        lang, known = current_language(), self._pinyin
        self.latest.read(lambda uow: load_profiles(uow, lang, known), self._show)
        if self.panel.contact_id is not None:
            self.panel.refresh()

    def _show(self, data: ProfilesData) -> None:
        first = self.data is None
        self.data = data
        self._pinyin = data.pinyin
        self.model.pinyin = data.pinyin
        self.apply_filter()
        if first:
            self.table.resizeColumnsToContents()
            if self.model.rowCount() and self.panel.contact_id is None:
                self.table.selectRow(0)
        self.retranslate()
        self.loaded()

    def apply_filter(self) -> None:
        """Show the contacts matching the search (and, if ticked, only the profiled ones)."""
        if self.data is None:
            return
        terms = query_terms(self.search.text())
        only = self.only_profiled.isChecked()
        rows = [
            r
            for r in self.data.rows
            if (not only or r.badge) and matches(terms, self.data.haystacks[r.contact_id])
        ]
        selected = self.panel.contact_id
        self.model.set_rows(rows)
        if selected is not None:
            self.select_contact(selected, load=False)
        self._show_count()

    def select_contact(self, contact_id: str, *, load: bool = True) -> bool:
        """Select ``contact_id`` in the list (and show his card); False if not listed."""
        row = self.model.row_of(contact_id)
        if row is None:
            if load:
                self.panel.set_contact(contact_id)
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, COL_NAME))
        if load:
            self.panel.set_contact(contact_id)
        return True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.panel.set_contact(self.model.row_at(current.row()).contact_id)

    # --- the rep's own profile and the proposal check ------------------------------------------

    def open_self_assessment(self) -> SelfAssessmentDialog:
        """Open the rep's three-grid questionnaire."""
        mine = self.data.mine if self.data else None
        reps = self.data.reps if self.data else ()
        me = mine.rep_id if mine else (self.data.me if self.data else None)
        dialog = SelfAssessmentDialog(self.runner, self.undo_stack, reps, rep_id=me, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_proposal_check(self) -> ProposalCheckDialog:
        """Open the proposal check on the selected contact's account."""
        rows = self.data.rows if self.data else []
        selected = self.panel.contact_id
        account = next((r.account_id for r in rows if r.contact_id == selected), None)
        dialog = ProposalCheckDialog(self.runner, rows, account_id=account, parent=self)
        if selected is not None:
            dialog.set_present([selected])
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    # --- language ------------------------------------------------------------------------------

    def _show_count(self) -> None:
        if self.data is None:
            self.count_label.setText(self.tr("Loading…"))
            return
        profiled = sum(1 for r in self.data.rows if r.badge)
        self.count_label.setText(
            self.tr("%1 of %2 contacts shown · %3 profiled")
            .replace("%1", formatting.number(self.model.rowCount()))
            .replace("%2", formatting.number(len(self.data.rows)))
            .replace("%3", formatting.number(profiled))
        )

    def retranslate(self) -> None:
        """Every text in the current language."""
        self.search.setPlaceholderText(self.tr("Search name, title, account or pinyin…"))
        self.only_profiled.setText(self.tr("Only profiled"))
        self.my_profile_button.setText(self.tr("My profile…"))
        self.proposal_button.setText(self.tr("Proposal check…"))
        mine = self.data.mine if self.data else None
        if mine is None:
            self.my_profile_label.setText(self.tr("You have not profiled yourself yet."))
        else:
            self.my_profile_label.setText(
                self.tr("My profile: %1 (%2)")
                .replace("%1", f"{mine.profile.badge} · {mine.profile.code_text}")
                .replace("%2", formatting.date(mine.assessed_on))
            )
        self.model.retranslate()
        self._show_count()
