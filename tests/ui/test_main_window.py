"""The main window: pages, status bar, remembered state, language switch."""

import pytest
from PySide6.QtCore import QSettings

from services import records
from storage.uow import UnitOfWork
from ui import i18n
from ui.main_window import MainWindow


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, db, settings):
    i18n.apply_language("en")
    w = MainWindow(db, settings=settings)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.runner.wait()


def test_the_navigation_offers_every_page_of_the_workstation(window):
    assert window.page_keys() == [
        "today",
        "dashboard",
        "accounts",
        "tracker",
        "funnel",
        "receivables",
        "segmentation",
        "profiles",
        "sync",
    ]


def test_the_status_bar_counts_changes_waiting_to_sync(qtbot, window, db):
    qtbot.waitUntil(lambda: "0 change" in window.pending_label.text())
    assert window.connection_label.text() == "Offline"
    with UnitOfWork(db) as uow:
        records.create(uow, "accounts", {"name": "杭州电子设备有限公司", "channel_type": "dealer"})
    window.refresh_status()
    qtbot.waitUntil(lambda: window.pending_label.text().startswith("1 change"))


def test_the_last_page_and_geometry_are_remembered(qtbot, db, settings, window):
    window.show_page("receivables")
    window.resize(640, 480)
    window.close()
    again = MainWindow(db, settings=settings)
    qtbot.addWidget(again)
    assert again.current_page() is again.pages["receivables"]
    assert again.size().width() == 640


def test_switching_language_retranslates_the_open_window(qtbot, window):
    assert window.menu_file.title() == "&File"
    i18n.apply_language("zh_CN")
    try:
        qtbot.waitUntil(lambda: window.menu_file.title() != "&File")
        assert i18n.current_language() == "zh_CN"
    finally:
        i18n.apply_language("en")
    qtbot.waitUntil(lambda: window.menu_file.title() == "&File")


def test_closing_the_window_asks_an_open_editor_with_unsaved_work(qtbot, window):
    from PySide6.QtWidgets import QWidget

    class Editor(QWidget):
        def __init__(self, parent):
            super().__init__(parent)
            self.asked = 0

        def can_close(self):
            self.asked += 1
            return False  # the rep pressed Cancel in the save prompt

    editor = Editor(window)
    editor.setWindowFlag(editor.windowFlags().Window)
    editor.show()
    assert not window.close()
    assert editor.asked == 1 and window.isVisible()
    editor.can_close = lambda: True
    assert window.close()
