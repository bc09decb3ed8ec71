"""Printing account plans in the app: Ctrl+P on an account opens the preview (save, print),
and the batch export writes the plans in the background with progress and Cancel."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QSettings
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from services.account_plan import find_accounts, key_accounts
from storage.uow import UnitOfWork
from tests.ui.conftest import DEMO_TODAY, FEATURED_ACCOUNT, LOAD_TIMEOUT_MS, drain

PLAN_TIMEOUT_MS = 60_000


def _featured_id(db) -> str:
    with UnitOfWork(db, write=False) as uow:
        return find_accounts(uow, FEATURED_ACCOUNT)[0].id


def _preview(qtbot, runner, account_id):
    from ui.plan_preview import PlanPreview

    window = PlanPreview(runner, account_id, lang="zh_CN", today=lambda: DEMO_TODAY)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.is_ready, timeout=PLAN_TIMEOUT_MS)
    return window


def test_the_preview_shows_the_plan_and_saves_and_prints_it(qtbot, runner, demo_db, tmp_path):
    window = _preview(qtbot, runner, _featured_id(demo_db))
    pages = window.document.pageCount()
    assert pages >= 3
    assert FEATURED_ACCOUNT in window.windowTitle()
    assert window.save_button.isEnabled() and window.print_button.isEnabled()

    saved = window.save(str(tmp_path / "plan.pdf"))
    assert saved is not None
    assert FEATURED_ACCOUNT in PdfReader(saved).pages[0].extract_text()

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert window.print_to(printer) == pages
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == pages


def test_ctrl_p_follows_the_selected_account(qtbot, main_window):
    window = main_window
    assert not window.act_print.isEnabled()  # nothing selected on the first page
    page = window.show_page("accounts")
    page.ensure_loaded()
    qtbot.waitUntil(page.search_is_complete, timeout=LOAD_TIMEOUT_MS)
    assert not window.act_print.isEnabled()
    assert page.select_account(_featured_id(window.db))
    assert window.act_print.isEnabled()
    preview = window.print_plan()
    assert preview is not None
    qtbot.waitUntil(lambda: preview.is_ready, timeout=PLAN_TIMEOUT_MS)
    preview.close()
    window.show_page("today")
    assert not window.act_print.isEnabled()


def test_the_account_editor_prints_its_account(qtbot, runner, demo_db):
    from PySide6.QtGui import QUndoStack

    from ui.editors.account_editor import AccountEditor

    editor = AccountEditor(runner, QUndoStack(), _featured_id(demo_db))
    qtbot.addWidget(editor)
    assert editor.print_action.isEnabled()
    assert editor.print_action.shortcut().toString() == "Ctrl+P"
    preview = editor.print_plan()
    assert preview is not None
    qtbot.waitUntil(lambda: preview.is_ready, timeout=PLAN_TIMEOUT_MS)
    new = AccountEditor(runner, QUndoStack(), None)
    qtbot.addWidget(new)
    assert not new.print_action.isEnabled() and new.print_plan() is None
    drain(runner)


def _export_dialog(qtbot, runner, tmp_path, selected=()):
    from ui.plan_export import PlanExportDialog

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    dialog = PlanExportDialog(
        runner, selected=selected, settings=settings, today=lambda: DEMO_TODAY
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.list.count() > 0, timeout=LOAD_TIMEOUT_MS)
    dialog.folder.setText(str(tmp_path / "plans"))
    return dialog


def test_batch_export_writes_every_key_account_with_progress(qtbot, runner, demo_db, tmp_path):
    with UnitOfWork(demo_db, write=False) as uow:
        count = len(key_accounts(uow))
    dialog = _export_dialog(qtbot, runner, tmp_path)
    assert not dialog.isModal()
    assert dialog.all_key.isChecked() and len(dialog.chosen_ids()) == count
    values: list[int] = []
    dialog.progress.valueChanged.connect(values.append)
    dialog.start()
    assert dialog.running and not dialog.start_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.running, timeout=PLAN_TIMEOUT_MS * 3)
    files = list((tmp_path / "plans").glob("*.pdf"))
    assert len(files) == count
    assert dialog.progress.value() == dialog.progress.maximum() == count
    assert len(values) >= 2  # the bar moved while plans were written
    assert str(count) in dialog.status.text()


def test_batch_export_of_ticked_accounts_can_be_cancelled(qtbot, runner, demo_db, tmp_path):
    with UnitOfWork(demo_db, write=False) as uow:
        ids = [a.id for a in key_accounts(uow)]
    dialog = _export_dialog(qtbot, runner, tmp_path, selected=ids)
    assert dialog.picked.isChecked() and sorted(dialog.chosen_ids()) == sorted(ids)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.progress.value() >= 1, timeout=PLAN_TIMEOUT_MS)
    dialog.cancel()
    qtbot.waitUntil(lambda: not dialog.running, timeout=PLAN_TIMEOUT_MS)
    QApplication.processEvents()
    assert dialog.cancelled
    written = list((tmp_path / "plans").glob("*.pdf"))
    assert 1 <= len(written) < len(ids)
    assert dialog.start_button.isEnabled()  # it can be run again


def test_the_preview_reads_in_english_too(qtbot, runner, demo_db, tmp_path):
    from ui.plan_preview import PlanPreview

    window = PlanPreview(runner, _featured_id(demo_db), lang="en", today=lambda: DEMO_TODAY)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.is_ready, timeout=PLAN_TIMEOUT_MS)
    path = window.save(str(Path(tmp_path) / "en.pdf"))
    assert path is not None and "Account plan" in PdfReader(path).pages[0].extract_text()


def test_the_preview_language_combo_builds_the_plan_again(qtbot, runner, demo_db, tmp_path):
    window = _preview(qtbot, runner, _featured_id(demo_db))  # zh_CN
    assert window.language.currentData() == "zh_CN"
    assert "客户计划" in window.plan.file_name

    window.language.setCurrentIndex(window.language.findData("en"))  # as the rep picks it
    assert window.lang == "en" and not window.is_ready  # building again
    qtbot.waitUntil(lambda: window.is_ready, timeout=PLAN_TIMEOUT_MS)
    assert "Account plan" in window.plan.file_name
    path = window.save(str(Path(tmp_path) / "en.pdf"))
    assert path is not None and "Account plan" in PdfReader(path).pages[0].extract_text()

    window.set_language("zh_CN")  # and back; a build still running is dropped
    window.set_language("en")
    window.set_language("zh_CN")
    qtbot.waitUntil(lambda: window.is_ready, timeout=PLAN_TIMEOUT_MS)
    drain(runner)
    assert window.lang == "zh_CN" and "客户计划" in window.plan.file_name
