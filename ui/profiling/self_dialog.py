"""The rep's own thinking-style questionnaire: three grids of work elements, exactly 8 picks
in each. Each grid counts its picks; a 9th pick in a grid is refused with a message; Save
is enabled only when all three grids have 8. The profile card then compares every buyer
with this profile.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QGroupBox, QLabel, QWidget

from services import profiling
from services.account_detail import Choice
from services.errors import ValidationFailed
from services.profiling import Preview
from ui.commands import push
from ui.ops import OpRunner
from ui.profiling.commands import SaveAssessmentCommand, self_text
from ui.profiling.pick_dialog import PickDialog

COLUMNS = 2


class SelfAssessmentDialog(PickDialog):
    """The three-grid questionnaire a rep fills in about himself."""

    def __init__(
        self,
        runner: OpRunner,
        undo_stack: QUndoStack,
        reps: tuple[Choice, ...],
        *,
        rep_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self.setObjectName("self_dialog")
        self.undo_stack = undo_stack
        self.form = profiling.self_form(self.lang)
        self.picks: dict[str, tuple[str, ...]] = {g.id: () for g in self.form.grids}
        self.grid_of: dict[str, str] = {}
        self.grid_boxes: dict[str, QGroupBox] = {}
        self.grid_counters: dict[str, QLabel] = {}
        for grid in self.form.grids:
            box = QGroupBox()
            layout = QGridLayout(box)
            counter = QLabel()
            counter.setObjectName(f"counter_{grid.id}")
            layout.addWidget(counter, 0, 0, 1, COLUMNS)
            for i, item in enumerate(grid.items):
                check = QCheckBox(item.text)
                check.setObjectName(f"element_{item.id}")
                check.clicked.connect(lambda _c=False, e=item.id: self.toggle(e))
                self.boxes[item.id] = check
                self.grid_of[item.id] = grid.id
                layout.addWidget(check, 1 + i // COLUMNS, i % COLUMNS)
            self.grid_boxes[grid.id] = box
            self.grid_counters[grid.id] = counter
            self.picks_layout.addWidget(box)
        self.picks_layout.addStretch(1)

        self.rep = QComboBox()
        self.rep.setObjectName("rep")
        for choice in reps:
            self.rep.addItem(choice.text, choice.id)
        if rep_id is not None and self.rep.findData(rep_id) >= 0:
            self.rep.setCurrentIndex(self.rep.findData(rep_id))
        self.rep_label = QLabel()
        self.fields.addRow(self.rep_label, self.rep)
        self.resize(1060, 760)
        self.retranslate()

    # --- picking -----------------------------------------------------------------------------

    def toggle(self, element_id: str) -> bool:
        """Pick or unpick ``element_id`` in its grid; False when refused (a 9th pick)."""
        grid = self.grid_of[element_id]
        try:
            self.picks[grid] = profiling.toggle_element(self.picks[grid], element_id)
        except ValidationFailed as exc:
            self.boxes[element_id].setChecked(False)
            self.refuse(exc)
            return False
        self.boxes[element_id].setChecked(element_id in self.picks[grid])
        self.message.setText("")
        self.update_preview()
        return True

    def preview(self) -> Preview:
        """The scores of the picks so far (over all three grids)."""
        return profiling.preview_self(self.picks, self.lang)

    def counter_text(self, preview: Preview) -> str:
        """ "10 of 24 picked" over the three grids; each grid has its own counter too."""
        limit = self.form.picks_per_grid
        for grid in self.form.grids:
            count = len(self.picks[grid.id])
            self.grid_counters[grid.id].setText(
                self.tr("%1 of %2 picked").replace("%1", str(count)).replace("%2", str(limit))
            )
            done = count == limit
            self.grid_counters[grid.id].setStyleSheet(
                "color: #2e7d32; font-weight: bold;" if done else "font-weight: bold;"
            )
        total = limit * len(self.form.grids)
        return (
            self.tr("%1 of %2 picked in all")
            .replace("%1", str(preview.picked))
            .replace("%2", str(total))
        )

    def save_blocker(self, preview: Preview) -> str:
        """Which grids still need picks, or that there is no rep to save it for."""
        if self.rep.currentData() is None:
            return self.tr("There is no rep in this database to save the profile for.")
        limit = self.form.picks_per_grid
        short = [
            str(i) for i, grid in enumerate(self.form.grids, 1) if len(self.picks[grid.id]) != limit
        ]
        if short:
            return (
                self.tr("Pick exactly %1 in each grid (still short: grid %2).")
                .replace("%1", str(limit))
                .replace("%2", ", ".join(short))
            )
        return super().save_blocker(preview)

    # --- saving ------------------------------------------------------------------------------

    def save(self) -> None:
        """Save the questionnaire as the rep's newest self-assessment (undoable)."""
        if self.save_blocker(self.preview()) or self._saving:
            self.update_preview()
            return
        rep_id = str(self.rep.currentData())
        picks = {k: list(v) for k, v in self.picks.items()}
        self.saving_started()
        command = SaveAssessmentCommand(
            self.runner,
            lambda uow: profiling.save_self(uow, rep_id, picks),
            text=self_text(),
            on_success=self.save_done,
            on_failure=self.save_failed,
        )
        push(self.undo_stack, command)

    # --- language ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Every text, the grids included, in the current language."""
        self.form = profiling.self_form(self.lang)
        for i, grid in enumerate(self.form.grids, 1):
            self.grid_boxes[grid.id].setTitle(
                self.tr("Grid %1: %2").replace("%1", str(i)).replace("%2", grid.title)
            )
            for item in grid.items:
                self.boxes[item.id].setText(item.text)
        self.setWindowTitle(self.tr("My thinking-style profile — self-assessment"))
        self.intro.setText(
            self.tr(
                "Pick exactly %1 elements in each of the three grids. There are no right "
                "answers: the profile shows preferences, not abilities. RepDesk compares it "
                "with each buyer's profile and tells you where to adapt."
            ).replace("%1", str(self.form.picks_per_grid))
        )
        self.rep_label.setText(self.tr("Rep"))
        super().retranslate()
