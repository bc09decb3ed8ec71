"""Start-up builds only the page on screen; the others are built when first shown."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack

from tests.ui.conftest import DEMO_TODAY, LOAD_TIMEOUT_MS, drain
from ui import i18n
from ui.main_window import MainWindow, page_title

pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def window(qtbot, db, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    w = MainWindow(db, settings=settings)
    qtbot.addWidget(w)
    w.show()
    yield w
    drain(w.runner)


def test_only_the_page_on_screen_is_built_at_start_up(window):
    assert window.pages.built() == [window.current_page()]
    assert window.current_page() is window.pages["today"]


def test_a_page_is_built_when_first_shown_and_kept(qtbot, window):
    funnel = window.show_page("funnel")
    assert funnel.title() == "Funnel"
    assert funnel.isVisible()
    qtbot.waitUntil(funnel.is_loaded, timeout=LOAD_TIMEOUT_MS)
    window.show_page("today")
    assert window.show_page("funnel") is funnel
    assert window.pages.built() == [window.pages["today"], funnel]


def test_the_navigation_names_every_page_before_it_is_built_in_both_languages(qtbot, window):
    names = {}
    for lang in ("en", "zh_CN"):
        i18n.apply_language(lang)
        qtbot.waitUntil(lambda: window.nav.item(0).text() == page_title("today"))
        names[lang] = [window.nav.item(i).text() for i in range(window.nav.count())]
        assert names[lang] == [page_title(key) for key in window.page_keys()]
    # The titles the navigation gives unbuilt pages are the pages' own, in both languages.
    for lang in ("zh_CN", "en"):
        i18n.apply_language(lang)
        assert names[lang] == [window.pages[key].title() for key in window.page_keys()]
    assert names["en"][1] == "Dashboard" and names["zh_CN"][1] != "Dashboard"


def test_todays_lists_are_on_screen_before_the_reminders_load(qtbot, runner):
    from ui.pages.today_page import TodayPage

    page = TodayPage(runner, QUndoStack(), today=lambda: DEMO_TODAY)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.did_load, timeout=LOAD_TIMEOUT_MS):
        page.ensure_loaded()
    assert page.follow_ups.rowCount() > 0
    assert not page.reminders_loaded()
    assert page.reminder_section.empty.text() == "Loading…"
    qtbot.waitUntil(page.reminders_loaded, timeout=LOAD_TIMEOUT_MS)
    assert page.reminder_rows.rowCount() > 0
