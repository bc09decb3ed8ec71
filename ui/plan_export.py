"""Batch export of account plans: every key account, or the accounts the rep picks, one PDF
each into a folder. Runs as an ``OpRunner.job`` with a progress bar and Cancel; the dialog is
not modal, so the rest of the app stays usable while plans are written."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from services.account_plan import (
    AccountMatch,
    BatchResult,
    all_accounts,
    key_accounts,
    write_plans,
)
from ui.i18n import current_language
from ui.ops import Cancelled, Job, OpRunner

FOLDER_SETTING = "plans/export_folder"


class PlanExportDialog(QDialog):
    """Pick the accounts, the language and the folder; write the plans in the background."""

    def __init__(
        self,
        runner: OpRunner,
        parent: QWidget | None = None,
        *,
        selected: Iterable[str] = (),
        settings: QSettings | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setModal(False)
        self.runner = runner
        self.settings = settings or QSettings()
        self._today = today
        self._preselected = set(selected)
        self._accounts: list[AccountMatch] = []
        self._key_ids: set[str] = set()
        self._job: Job | None = None
        self._done = 0
        self._state: Callable[[], str] = lambda: ""
        self.result_: BatchResult | None = None
        self.cancelled = False

        self.all_key = QRadioButton()
        self.all_key.setObjectName("export_all_key")
        self.picked = QRadioButton()
        self.picked.setObjectName("export_picked")
        group = QButtonGroup(self)
        group.addButton(self.all_key)
        group.addButton(self.picked)
        self.all_key.setChecked(not self._preselected)
        self.picked.setChecked(bool(self._preselected))
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        self.list = QListWidget()
        self.list.setObjectName("export_accounts")
        self.list.itemChanged.connect(lambda _item: self._update_state())
        self.all_key.toggled.connect(lambda _on: self._update_state())
        self.language = QComboBox()
        self.language.addItem("中文", "zh_CN")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if current_language() == "zh_CN" else 1)
        self.folder = QLineEdit(str(self.settings.value(FOLDER_SETTING, _documents())))
        self.folder.setObjectName("export_folder")
        self.folder.textChanged.connect(lambda _t: self._update_state())
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse)
        self.progress = QProgressBar()
        self.progress.setObjectName("export_progress")
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setObjectName("export_status")
        self.status.setWordWrap(True)
        self.start_button = QPushButton()
        self.start_button.setObjectName("export_start")
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("export_cancel")
        self.cancel_button.clicked.connect(self.cancel)
        self.open_button = QPushButton()
        self.open_button.setVisible(False)
        self.open_button.clicked.connect(self._open_folder)

        self.form = QFormLayout()
        self.language_label = QLabel()
        self.folder_label = QLabel()
        self.form.addRow(self.language_label, self.language)
        self.form.addRow(self.folder_label, folder_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.all_key)
        layout.addWidget(self.picked)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addLayout(self.form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(560, 560)
        self.retranslate()
        self.runner.read(
            lambda uow: (all_accounts(uow), {a.id for a in key_accounts(uow)}),
            on_success=self._loaded,
        )

    # --- accounts ---------------------------------------------------------------------------

    def _loaded(self, found: tuple[list[AccountMatch], set[str]]) -> None:
        accounts, self._key_ids = found
        self._accounts = accounts
        self.list.blockSignals(True)
        self.list.clear()
        for a in accounts:
            text = a.name + (f" · {a.city}" if a.city else "")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, a.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if a.id in self._preselected else Qt.CheckState.Unchecked
            )
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._apply_filter(self.filter.text())
        ticked = [
            self.list.item(i)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]
        if ticked:
            self.list.scrollToItem(ticked[0])
        self.retranslate()

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().lower()
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(bool(needle) and needle not in item.text().lower())

    def chosen_ids(self) -> list[str]:
        """The accounts the export will write: every key account, or the ticked ones."""
        if self.all_key.isChecked():
            return [a.id for a in self._accounts if a.id in self._key_ids]
        return [
            self.list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]

    # --- running ------------------------------------------------------------------------------

    def start(self) -> None:
        """Write the chosen plans in the background."""
        ids = self.chosen_ids()
        folder = Path(self.folder.text().strip())
        if not ids or not str(folder) or self._job is not None:
            return
        lang = str(self.language.currentData())
        self.settings.setValue(FOLDER_SETTING, str(folder))
        self._done = 0
        self.result_ = None
        self.cancelled = False
        self.progress.setRange(0, len(ids))
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.open_button.setVisible(False)
        db = self.runner.db
        today = self._today()
        self._job = self.runner.job(
            lambda job: write_plans(db, ids, folder, lang, job.progress, today=today),
            on_progress=self._progressed,
            on_success=self._finished,
            on_failure=self._failed,
        )
        self._state = lambda: self.tr("Writing plans…")
        self._update_state()

    def cancel(self) -> None:
        """Stop the batch after the plan being written (or close when nothing runs)."""
        if self._job is None:
            self.close()
            return
        self._job.cancel()
        self._state = lambda: self.tr("Stopping…")
        self._update_state()

    @property
    def running(self) -> bool:
        """Whether a batch is being written."""
        return self._job is not None

    def _progressed(self, done: int, total: int) -> None:
        self._done = done
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)
        self.status.setText(
            self.tr("Writing plans… %1 of %2").replace("%1", str(done)).replace("%2", str(total))
        )

    def _finished(self, result: BatchResult) -> None:
        self._job = None
        self.result_ = result
        count, folder = len(result.written), self.folder.text()
        self._state = lambda: self.tr("Wrote %n plan(s) to %1.", "", count).replace("%1", folder)
        self.open_button.setVisible(True)
        self._update_state()

    def _failed(self, exc: BaseException) -> None:
        self._job = None
        if isinstance(exc, Cancelled):
            self.cancelled = True
            done = self._done
            self._state = lambda: self.tr("Cancelled: %n plan(s) were written.", "", done)
            self.open_button.setVisible(done > 0)
        else:
            message = str(exc) or type(exc).__name__
            self._state = lambda: self.tr("Could not write the plans: %1").replace("%1", message)
        self._update_state()

    # --- window ---------------------------------------------------------------------------------

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the plans"), self.folder.text()
        )
        if folder:
            self.folder.setText(folder)

    def _open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(self.folder.text()))

    def _update_state(self) -> None:
        running = self._job is not None
        for widget in (
            self.all_key,
            self.picked,
            self.filter,
            self.language,
            self.folder,
            self.browse,
        ):
            widget.setEnabled(not running)
        self.list.setEnabled(not running and self.picked.isChecked())
        self.filter.setEnabled(not running and self.picked.isChecked())
        count = len(self.chosen_ids())
        self.start_button.setEnabled(not running and count > 0 and bool(self.folder.text().strip()))
        self.start_button.setText(self.tr("Export %n plan(s)", "", count))
        self.cancel_button.setText(self.tr("Cancel") if running else self.tr("Close"))
        if not (running and self._done):  # while running, the progress text stays
            self.status.setText(self._state())

    def retranslate(self) -> None:
        """Every text the dialog sets itself, in the current language."""
        self.setWindowTitle(self.tr("Export account plans"))
        keys = len(self._key_ids)
        self.all_key.setText(self.tr("All key accounts (%1)").replace("%1", str(keys)))
        self.picked.setText(self.tr("The accounts ticked below"))
        self.filter.setPlaceholderText(self.tr("Filter by name"))
        self.language_label.setText(self.tr("Language"))
        self.folder_label.setText(self.tr("Folder"))
        self.browse.setText(self.tr("Browse…"))
        self.open_button.setText(self.tr("Open folder"))
        self._update_state()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: object) -> None:  # noqa: N802 - Qt's name
        if self._job is not None:
            self._job.cancel()
        super().closeEvent(event)  # type: ignore[arg-type]


def _documents() -> str:
    return QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation
    ) or str(Path.home())
