"""The account plan preview: the PDF's pages in a window, with the plan's language (中文 /
English, built again when it changes), Save… and Print….

The plan is built in the background (``OpRunner.job``: the data in a read unit of work, then
the PDF) and shown with QtPdf (``QPdfDocument`` + ``QPdfView``). Printing renders each page
as an image at the printer's resolution onto white (QtPdf renders a transparent background)
and paints it scaled to the printable area, so the printout matches the PDF on any printer.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QColor, QImage, QKeySequence, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from storage.uow import UnitOfWork
from ui.i18n import current_language
from ui.ops import Job, OpRunner


@dataclass(frozen=True)
class BuiltPlan:
    """A plan made in the background: the account's name, the PDF and its page count."""

    account_name: str
    file_name: str
    pdf: bytes
    pages: int


def build_plan(
    runner: OpRunner, account_id: str, lang: str, today: dt.date
) -> Callable[[Job], BuiltPlan]:
    """The job that builds the plan of ``account_id`` (for :meth:`OpRunner.job`)."""

    def run(job: Job) -> BuiltPlan:
        from reports.account_plan import render_plan
        from services.account_plan import plan_data, plan_file_name

        job.progress(0, 2)
        with UnitOfWork(runner.db, write=False) as uow:
            data = plan_data(uow, account_id, today=today, lang=lang)
        job.progress(1, 2)
        buffer = io.BytesIO()
        pages = render_plan(data, buffer)
        job.progress(2, 2)
        return BuiltPlan(
            data.account_name, plan_file_name(data.account_name, lang), buffer.getvalue(), pages
        )

    return run


class PlanPreview(QWidget):
    """A window showing one account's plan, with Save… and Print…."""

    def __init__(
        self,
        runner: OpRunner,
        account_id: str,
        parent: QWidget | None = None,
        *,
        lang: str | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.runner = runner
        self.account_id = account_id
        self.lang = lang or current_language()
        self._today = today
        self.plan: BuiltPlan | None = None
        self._job: Job | None = None
        self._closed = False
        self._error = ""
        self._generation = 0  # the latest build; results of older ones are dropped

        self.document = QPdfDocument(self)
        self._buffer = QBuffer(self)
        self.view = QPdfView(self)
        self.view.setObjectName("plan_view")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setStyleSheet("background: #6b7280;")

        self.status = QLabel()
        self.status.setObjectName("plan_status")
        # The plan's language, as in the batch export (names stay as they are).
        self.language_label = QLabel()
        self.language = QComboBox()
        self.language.setObjectName("plan_language")
        self.language.addItem("中文", "zh_CN")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(self.lang)))
        self.language_label.setBuddy(self.language)
        self.language.currentIndexChanged.connect(self._language_changed)
        self.save_button = QPushButton()
        self.save_button.setObjectName("plan_save")
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.clicked.connect(self.save)
        self.print_button = QPushButton()
        self.print_button.setObjectName("plan_print")
        self.print_button.setShortcut(QKeySequence("Ctrl+P"))
        self.print_button.clicked.connect(self.print_plan)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close)
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.language_label)
        top.addWidget(self.language)
        top.addWidget(self.save_button)
        top.addWidget(self.print_button)
        top.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self.resize(900, 1000)
        self.retranslate()
        self.generate()

    # --- building --------------------------------------------------------------------------

    def generate(self) -> None:
        """Build the plan again in the background (dropping a build still running)."""
        if self._job is not None:
            self._job.cancel()
        self._generation += 1
        generation = self._generation
        self.plan = None
        self._error = ""
        self._update_state()
        self._job = self.runner.job(
            build_plan(self.runner, self.account_id, self.lang, self._today()),
            on_success=lambda plan: self._built(plan, generation),
            on_failure=lambda exc: self._failed(exc, generation),
        )

    def set_language(self, lang: str) -> None:
        """Show the plan in ``lang`` (``zh_CN`` or ``en``), building it again if it changes."""
        index = self.language.findData(lang)
        if index >= 0:
            self.language.setCurrentIndex(index)  # builds through _language_changed

    def _language_changed(self) -> None:
        lang = str(self.language.currentData())
        if lang != self.lang:
            self.lang = lang
            self.generate()

    def _built(self, plan: BuiltPlan, generation: int) -> None:
        if self._closed or generation != self._generation:
            return
        self._job = None
        self.plan = plan
        self.document.close()
        self._buffer.close()
        self._buffer.setData(QByteArray(plan.pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self.retranslate()

    def _failed(self, exc: BaseException, generation: int) -> None:
        if self._closed or generation != self._generation:
            return
        self._job = None
        self._error = str(exc) or type(exc).__name__
        self._update_state()

    @property
    def is_ready(self) -> bool:
        """Whether the plan is built and shown."""
        return self.plan is not None and self.document.pageCount() > 0

    # --- save and print ---------------------------------------------------------------------

    def save(self, path: str | None = None) -> Path | None:
        """Save the PDF (asking where when ``path`` is None); returns where it went."""
        if self.plan is None:
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save account plan"), self.plan.file_name, self.tr("PDF (*.pdf)")
            )
            if not path:
                return None
        target = Path(path)
        try:
            target.write_bytes(self.plan.pdf)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Account plan"),
                self.tr("Could not save %1: %2")
                .replace("%1", str(target))
                .replace("%2", exc.strerror or str(exc)),
            )
            return None
        self.status.setText(self.tr("Saved to %1").replace("%1", str(target)))
        return target

    def print_plan(self) -> None:
        """Ask for a printer and print every page."""
        if not self.is_ready:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.plan.file_name if self.plan else "")
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print account plan"))
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Print the pages (or the dialog's page range) on ``printer``; returns pages printed."""
        count = self.document.pageCount()
        first, last = printer.fromPage(), printer.toPage()
        pages = range(first - 1, last) if first > 0 and last >= first else range(count)
        pages = range(max(0, pages.start), min(count, pages.stop))
        painter = QPainter()
        if not painter.begin(printer):
            return 0
        printed = 0
        try:
            dpi = printer.resolution()
            area = printer.pageLayout().paintRectPixels(dpi)
            for i, index in enumerate(pages):
                if i:
                    printer.newPage()
                points = self.document.pagePointSize(index)
                size = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
                image = page_image(self.document, index, size)
                # The painter's origin is the printable area's corner; fit the page inside it.
                target = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRect(0, 0, target.width(), target.height()), image)
                printed += 1
        finally:
            painter.end()
        return printed

    # --- window ---------------------------------------------------------------------------------

    def _update_state(self) -> None:
        ready = self.is_ready
        self.save_button.setEnabled(ready)
        self.print_button.setEnabled(ready)
        if self._error:
            self.status.setText(self.tr("Could not make the plan: %1").replace("%1", self._error))
        elif not ready:
            self.status.setText(self.tr("Making the account plan…"))
        else:
            self.status.setText(
                self.tr("%1 · %n page(s)", "", self.document.pageCount()).replace(
                    "%1", self.plan.account_name if self.plan else ""
                )
            )

    def retranslate(self) -> None:
        """Every text the window sets itself, in the current language."""
        name = self.plan.account_name if self.plan else ""
        self.setWindowTitle(
            self.tr("Account plan — %1").replace("%1", name) if name else self.tr("Account plan")
        )
        self.language_label.setText(self.tr("Language"))
        self.save_button.setText(self.tr("Save…"))
        self.print_button.setText(self.tr("Print…"))
        self.close_button.setText(self.tr("Close"))
        self._update_state()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: object) -> None:  # noqa: N802 - Qt's name
        self._closed = True
        if self._job is not None:
            self._job.cancel()
        self.document.close()
        super().closeEvent(event)  # type: ignore[arg-type]


def page_image(document: QPdfDocument, index: int, size: QSize) -> QImage:
    """Page ``index`` of ``document`` rendered at ``size`` on a white background."""
    rendered = document.render(index, size)
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.drawImage(0, 0, rendered)
    painter.end()
    return image


def open_plan_preview(
    runner: OpRunner, account_id: str, parent: QWidget | None = None
) -> PlanPreview:
    """Open the preview of ``account_id``'s plan in its own window and return it."""
    window = PlanPreview(runner, account_id, parent)
    window.show()
    window.raise_()
    return window
