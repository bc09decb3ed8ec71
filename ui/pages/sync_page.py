"""Sync: the server and login, Sync now, the last round, and what sync left for the rep.

The page shows the database's sync status (:func:`services.queries.sync_status`), the open
conflicts (:func:`services.conflicts.conflict_rows`) with **Restore** (the lost value back as
a normal edit, so it becomes a pending change and wins at the next sync) and **Dismiss**
(keep the value that won), and the changes the server refused, which can be exported as
JSON. Rounds run through the window's :class:`~ui.sync_controller.SyncController`
(attached by the main window).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from domain.records import TABLE_ORDER
from services import conflicts, queries
from storage.uow import UnitOfWork
from ui import formatting
from ui.commands import ServiceCommand, push, short_name
from ui.labels import bold
from ui.models import ObjectRole
from ui.ops import OpRunner
from ui.pages.base import Page
from ui.sync_controller import Connection, SyncController
from ui.sync_models import ConflictTableModel, RejectedTableModel

PageData = tuple[queries.SyncStatus, list[conflicts.ConflictRow], list[conflicts.RejectedChange]]


def _page_data(uow: UnitOfWork) -> PageData:
    return (queries.sync_status(uow), conflicts.conflict_rows(uow), conflicts.rejected_changes(uow))


def _table_view(model: Any) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(True)
    return view


class SyncPage(Page):
    """Where the rep sees how sync stands and settles what it could not."""

    watched_tables = frozenset(TABLE_ORDER) | {"conflicts", "pending_changes", "sync_state"}

    def __init__(self, runner: OpRunner, undo_stack: QUndoStack, parent: QWidget | None = None):
        super().__init__(runner, undo_stack, parent)
        self.controller: SyncController | None = None
        self.status: queries.SyncStatus | None = None
        self.rejected: list[conflicts.RejectedChange] = []

        self.heading = bold(QLabel(), 1.4)
        self.server_caption, self.server_value = QLabel(), QLabel()
        self.server_value.setObjectName("sync_server")
        self.pending_caption, self.pending_value = QLabel(), QLabel()
        self.pending_value.setObjectName("sync_pending")
        self.last_caption, self.last_value = QLabel(), QLabel()
        self.last_value.setObjectName("sync_last_round")
        self.last_value.setWordWrap(True)
        self.sync_button = QPushButton()
        self.sync_button.setObjectName("sync_now")
        self.sync_button.clicked.connect(self.sync_now)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("sync_page_cancel")
        self.cancel_button.hide()
        self.settings_button = QPushButton()
        self.settings_button.clicked.connect(self._open_settings)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        for row, (caption, value) in enumerate(
            (
                (self.server_caption, self.server_value),
                (self.pending_caption, self.pending_value),
                (self.last_caption, self.last_value),
            )
        ):
            grid.addWidget(caption, row, 0)
            grid.addWidget(value, row, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sync_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.settings_button)
        buttons.addStretch(1)

        self.conflict_model = ConflictTableModel(self)
        self.conflict_view = _table_view(self.conflict_model)
        self.conflict_view.setObjectName("conflict_list")
        self.conflict_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.conflict_title = bold(QLabel())
        self.conflict_hint = QLabel()
        self.conflict_hint.setWordWrap(True)
        self.conflict_empty = QLabel()
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("restore")
        self.restore_button.clicked.connect(self.restore_selected)
        self.dismiss_button = QPushButton()
        self.dismiss_button.setObjectName("dismiss")
        self.dismiss_button.clicked.connect(self.dismiss_selected)
        conflict_buttons = QHBoxLayout()
        conflict_buttons.addWidget(self.restore_button)
        conflict_buttons.addWidget(self.dismiss_button)
        conflict_buttons.addStretch(1)
        conflict_box = QWidget()
        box = QVBoxLayout(conflict_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.conflict_title)
        box.addWidget(self.conflict_hint)
        box.addWidget(self.conflict_view, 1)
        box.addWidget(self.conflict_empty)
        box.addLayout(conflict_buttons)

        self.rejected_model = RejectedTableModel(self)
        self.rejected_view = _table_view(self.rejected_model)
        self.rejected_view.setObjectName("rejected_list")
        self.rejected_title = bold(QLabel())
        self.export_button = QPushButton()
        self.export_button.setObjectName("export_rejected")
        self.export_button.clicked.connect(self.export_rejected)
        self.rejected_box = QWidget()
        rbox = QVBoxLayout(self.rejected_box)
        rbox.setContentsMargins(0, 0, 0, 0)
        rtitle = QHBoxLayout()
        rtitle.addWidget(self.rejected_title, 1)
        rtitle.addWidget(self.export_button)
        rbox.addLayout(rtitle)
        rbox.addWidget(self.rejected_view, 1)
        self.rejected_box.hide()

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(conflict_box)
        splitter.addWidget(self.rejected_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(grid)
        layout.addLayout(buttons)
        layout.addWidget(line)
        layout.addWidget(splitter, 1)
        self.retranslate()

    # --- wiring -----------------------------------------------------------------------------

    def title(self) -> str:
        """The page's name in the navigation."""
        return self.tr("Sync")

    def attach_sync(self, controller: SyncController) -> None:
        """Use the window's sync controller for Sync now, Cancel and the connection state."""
        self.controller = controller
        controller.status_changed.connect(self._show_status)
        self.cancel_button.clicked.connect(controller.cancel)
        self._show_status()

    def refresh(self) -> None:
        """Reload the status, the conflicts and the refused changes in the background."""
        self.latest.start()
        self.latest.read(_page_data, self._show)

    def _show(self, data: PageData) -> None:
        self.status, rows, self.rejected = data
        selected = self.selected_conflict()
        self.conflict_model.set_rows(rows)
        self.conflict_view.resizeColumnsToContents()
        if selected is not None:
            for i, row in enumerate(rows):
                if row.conflict.id == selected.conflict.id:
                    self.conflict_view.selectRow(i)
        self.rejected_model.set_rows(self.rejected)
        self.rejected_view.resizeColumnsToContents()
        self.rejected_box.setVisible(bool(self.rejected))
        self.retranslate()
        self.loaded()

    def focus_conflicts(self) -> None:
        """Put the keyboard on the conflict list (the status bar's conflict count)."""
        self.conflict_view.setFocus()
        if (
            self.conflict_model.rowCount()
            and not self.conflict_view.selectionModel().hasSelection()
        ):
            self.conflict_view.selectRow(0)

    # --- actions ---------------------------------------------------------------------------

    def sync_now(self) -> None:
        """Start a round (or open Settings → Sync when no server is set)."""
        window = self.window()
        start = getattr(window, "sync_now", None)
        if start:
            start()
        elif self.controller is not None:
            self.controller.sync_now()

    def _open_settings(self) -> None:
        opener = getattr(self.window(), "_settings", None)
        if opener:
            opener(sync_tab=True)

    def selected_conflict(self) -> conflicts.ConflictRow | None:
        """The conflict selected in the list, if any."""
        rows = self.conflict_view.selectionModel().selectedRows()
        return rows[0].data(ObjectRole) if rows else None

    def restore_selected(self) -> None:
        """Put the selected conflict's lost value back (it becomes a change to sync);
        undoable (Ctrl+Z puts the kept value back and the conflict on the list again)."""
        row = self.selected_conflict()
        if row is None:
            return
        c = row.conflict
        self._push(
            row,
            self.tr("Restore my value: %1"),
            lambda uow: conflicts.restore(uow, c.id),
            conflicts.undo_restore,
            {c.table, "conflicts", "pending_changes"},
        )

    def dismiss_selected(self) -> None:
        """Keep the value that won and take the conflict off the list; undoable."""
        row = self.selected_conflict()
        if row is None:
            return
        c = row.conflict
        self._push(
            row,
            self.tr("Keep the other value: %1"),
            lambda uow: conflicts.dismiss(uow, c.id),
            conflicts.reopen,
            {"conflicts"},
        )

    def _push(
        self,
        row: conflicts.ConflictRow,
        text: str,
        do: Callable[[UnitOfWork], Any],
        undo: Callable[[UnitOfWork, Any], None],
        tables: set[str],
    ) -> None:
        c = row.conflict
        push(
            self.undo_stack,
            ServiceCommand(
                self.runner,
                c.table,
                c.row_id,
                do,
                undo,
                tables=frozenset(tables),
                text=text.replace("%1", short_name(row.record)),
                on_failure=self._action_failed,
            ),
        )

    def export_rejected(self, path: str | None = None) -> Path | None:
        """Write the refused changes to a JSON file (asks where when ``path`` is None)."""
        if path is None:
            stamp = dt.date.today().isoformat()
            path, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Export refused changes"),
                f"repdesk-refused-changes-{stamp}.json",
                self.tr("JSON files (*.json)"),
            )
            if not path:
                return None
        target = Path(path)
        data = [change.as_json() for change in self.rejected]
        target.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        return target

    def _action_failed(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Sync"), str(exc))
        self.refresh()

    # --- texts ------------------------------------------------------------------------------

    def _update_buttons(self, *_args: object) -> None:
        chosen = self.selected_conflict() is not None
        self.restore_button.setEnabled(chosen)
        self.dismiss_button.setEnabled(chosen)

    def _show_status(self) -> None:
        controller = self.controller
        running = controller is not None and controller.running
        self.sync_button.setEnabled(not running)
        self.cancel_button.setVisible(running)
        if controller is not None and self.status is not controller.status:
            self.status = controller.status
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text again in the current language."""
        self.heading.setText(self.tr("Sync"))
        self.server_caption.setText(self.tr("Server:"))
        self.pending_caption.setText(self.tr("Waiting to sync:"))
        self.last_caption.setText(self.tr("Last sync:"))
        self.sync_button.setText(self.tr("Sync now"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.settings_button.setText(self.tr("Sync settings…"))
        self.restore_button.setText(self.tr("Restore my value"))
        self.dismiss_button.setText(self.tr("Keep the other value"))
        self.export_button.setText(self.tr("Export to JSON…"))
        self.conflict_hint.setText(
            self.tr(
                "When you and someone else changed the same field, the later edit was kept."
                " Restore puts your value back; it is sent with the next sync."
            )
        )
        status = self.status
        if status is None or not status.server:
            self.server_value.setText(self.tr("No sync server set."))
        else:
            text = (
                self.tr("%1 as %2").replace("%1", status.server).replace("%2", status.login or "")
            )
            if self.controller is not None:
                state = self.controller.connection
                if state is Connection.ONLINE:
                    text += " — " + self.tr("online")
                elif state is Connection.OFFLINE:
                    text += " — " + self.tr("offline")
            self.server_value.setText(text)
        pending = status.pending if status else 0
        self.pending_value.setText(self.tr("%Ln change(s)", "", pending))
        self.last_value.setText(self._last_round_text(status))
        count = self.conflict_model.rowCount()
        self.conflict_title.setText(self.tr("Conflicts (%1)").replace("%1", str(count)))
        self.conflict_empty.setText(self.tr("No open conflicts."))
        self.conflict_empty.setVisible(count == 0)
        self.conflict_view.setVisible(count > 0)
        self.rejected_title.setText(
            self.tr("Changes the server refused (%1) — kept here, not sent again").replace(
                "%1", str(len(self.rejected))
            )
        )
        self.conflict_model.retranslate()
        self.rejected_model.retranslate()
        self._update_buttons()

    def _last_round_text(self, status: queries.SyncStatus | None) -> str:
        if status is None or not status.last_round:
            return self.tr("Never synced.")
        r = status.last_round
        when = formatting.datetime(dt.datetime.fromisoformat(str(r.get("at"))))
        text = (
            self.tr("%1: %2 sent, %3 received, %4 conflict(s), %5 refused")
            .replace("%1", when)
            .replace("%2", str(r.get("pushed", 0)))
            .replace("%3", str(r.get("pulled", 0)))
            .replace("%4", str(r.get("conflicts", 0)))
            .replace("%5", str(r.get("rejected", 0)))
        )
        if r.get("cancelled"):
            text += " " + self.tr("(cancelled)")
        return text
