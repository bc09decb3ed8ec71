"""Settings → 1+2+1 tracker and Channel: the values in force shown, changes stored through
the services on OK, refused values named and nothing stored, Restore defaults."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialogButtonBox

from domain.channel_settings import ChannelSettings
from domain.tracker import TrackerRules
from services import channel, tracker_settings
from services.receivables import channel_settings
from storage.uow import UnitOfWork
from tests.ui.conftest import LOAD_TIMEOUT_MS, drain
from ui.settings_dialog import SettingsDialog

pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def open_dialog(qtbot, runner, tmp_path):
    """Opens Settings over the demo and waits until the rules tabs show their values."""

    def make() -> SettingsDialog:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        dialog = SettingsDialog(settings, runner=runner)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.channel_tab.isEnabled(), timeout=LOAD_TIMEOUT_MS)
        assert dialog.tracker_tab.isEnabled()
        return dialog

    return make


def _ok(dialog: SettingsDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def _tracker(db) -> dict[str, object]:
    with UnitOfWork(db, write=False) as uow:
        return tracker_settings.rules_values(uow)


def _channel(db) -> ChannelSettings:
    with UnitOfWork(db, write=False) as uow:
        return channel_settings(uow)


def _weight(dialog: SettingsDialog, entry: str):
    return dialog.channel_tab.weights[f"channel.qualification_weights.{entry}"]


def test_the_tabs_show_the_settings_in_force(open_dialog, demo_db):
    with UnitOfWork(demo_db) as uow:
        tracker_settings.save_rules(uow, {"tracker.stall_days": 45, "tracker.top_level": "middle"})
    with UnitOfWork(demo_db) as uow:
        channel.save_settings(uow, {"channel.net_margin": 7.5})
    dialog = open_dialog()
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert titles == ["General", "1+2+1 tracker", "Channel"]
    tab = dialog.tracker_tab
    assert tab.stall_days.value() == 45
    assert tab.top_level.currentData() == "middle" and tab.top_level.currentText() == "Middle"
    assert tab.min_roles_won.value() == 2 and tab.min_roles_won.maximum() == 4
    assert _weight(dialog, "compliance").value() == pytest.approx(0.10)
    assert dialog.channel_tab.editors["channel.net_margin"].value() == 7.5
    assert dialog.channel_tab.editors["channel.qualification_recruit_at"].value() == 3.6
    assert "Sum: 1.00." in dialog.channel_tab.sums["channel.qualification_weights"].text()
    assert dialog.channel_tab.changes() == {} and tab.changes() == {}


def test_a_changed_threshold_and_weight_are_stored_on_ok(qtbot, open_dialog, runner, demo_db):
    dialog = open_dialog()
    dialog.tracker_tab.stall_days.setValue(45)
    _weight(dialog, "compliance").setValue(0.3)
    announced = []
    runner.operation_did_execute.connect(lambda tables, _who: announced.append(tables))
    with qtbot.waitSignal(dialog.accepted, timeout=LOAD_TIMEOUT_MS):
        _ok(dialog)
    assert announced == [frozenset({"settings"})]
    assert _tracker(demo_db)["tracker.stall_days"] == 45
    stored = _channel(demo_db)
    assert stored.qualification_weights["compliance"] == pytest.approx(0.3)
    assert stored.qualification_weights["capital"] == pytest.approx(0.10)
    assert stored.net_margin == ChannelSettings().net_margin


def test_ok_without_changes_stores_nothing(qtbot, open_dialog, runner):
    dialog = open_dialog()
    announced = []
    runner.operation_did_execute.connect(lambda tables, _who: announced.append(tables))
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        _ok(dialog)
    drain(runner)
    assert announced == []


def test_thresholds_out_of_order_are_refused_naming_the_fields(qtbot, open_dialog, demo_db):
    dialog = open_dialog()
    dialog.tracker_tab.stall_days.setValue(50)  # fine, but nothing is stored with a refusal
    dialog.channel_tab.editors["channel.qualification_trial_at"].setValue(4.0)
    _ok(dialog)
    assert dialog.isVisible() and not dialog.saving
    assert dialog.tabs.currentWidget() is dialog.channel_tab
    error = dialog.channel_tab.error
    assert error.isVisible()
    assert error.text() == "Trial from (4.00) must not be above Recruit from (3.60)."
    assert dialog.tracker_tab.error.isHidden()
    drain(dialog.runner)
    assert _tracker(demo_db) == TrackerRules.setting_keys()
    assert _channel(demo_db) == ChannelSettings()
    # put right, it goes through
    dialog.channel_tab.editors["channel.qualification_trial_at"].setValue(3.0)
    with qtbot.waitSignal(dialog.accepted, timeout=LOAD_TIMEOUT_MS):
        _ok(dialog)
    assert _tracker(demo_db)["tracker.stall_days"] == 50
    assert _channel(demo_db).qualification_trial_at == 3.0


def test_weights_that_carry_nothing_are_refused(open_dialog, demo_db):
    dialog = open_dialog()
    for key, box in dialog.channel_tab.weights.items():
        if key.startswith("channel.qualification_weights."):
            box.setValue(0)
    assert "0.00" in dialog.channel_tab.sums["channel.qualification_weights"].text()
    _ok(dialog)
    assert dialog.isVisible()
    assert dialog.channel_tab.error.text() == (
        "Partner qualification weights: at least one weight must be more than 0."
    )
    drain(dialog.runner)
    assert _channel(demo_db) == ChannelSettings()


def test_a_refusal_by_the_service_is_shown_the_same_way(qtbot, open_dialog, demo_db):
    dialog = open_dialog()
    dialog.channel_tab.editors["channel.review_phase_out_below"].setValue(3.0)
    # meanwhile the reward threshold in force moves below it (another window, say)
    with UnitOfWork(demo_db) as uow:
        channel.save_settings(uow, {"channel.review_reward_at": 2.8})
    # the dialog's own check sees its 3.80 and nothing wrong; only the change is sent
    _ok(dialog)
    qtbot.waitUntil(lambda: dialog.channel_tab.error.isVisible(), timeout=LOAD_TIMEOUT_MS)
    assert not dialog.saving and dialog.isVisible() and dialog.buttons.isEnabled()
    assert dialog.channel_tab.error.text().startswith("Phase out below (3.00) must not be above")
    assert _channel(demo_db).review_phase_out_below == 2.5


def test_restore_defaults_shows_and_then_stores_the_defaults(qtbot, open_dialog, demo_db):
    with UnitOfWork(demo_db) as uow:
        tracker_settings.save_rules(uow, {"tracker.stall_days": 60, "tracker.min_roles_won": 3})
    with UnitOfWork(demo_db) as uow:
        weights = dict(ChannelSettings().review_weights, growth=0.5)
        channel.save_settings(
            uow, {"channel.borrowing_rate": 9.0, "channel.review_weights": weights}
        )
    dialog = open_dialog()
    assert dialog.tracker_tab.stall_days.value() == 60
    dialog.tracker_tab.restore_button.click()
    dialog.channel_tab.restore_button.click()
    assert dialog.tracker_tab.stall_days.value() == 30
    assert dialog.tracker_tab.min_roles_won.value() == 2
    assert dialog.channel_tab.editors["channel.borrowing_rate"].value() == 6.0
    assert dialog.channel_tab.weights["channel.review_weights.growth"].value() == 0.1
    assert set(dialog.tracker_tab.changes()) == {"tracker.stall_days", "tracker.min_roles_won"}
    assert set(dialog.channel_tab.changes()) == {"channel.borrowing_rate", "channel.review_weights"}
    with qtbot.waitSignal(dialog.accepted, timeout=LOAD_TIMEOUT_MS):
        _ok(dialog)
    assert _tracker(demo_db) == TrackerRules.setting_keys()
    assert _channel(demo_db) == ChannelSettings()


def test_ctrl_comma_opens_settings_with_the_rules_tabs(qtbot, main_window):
    main_window.act_settings.trigger()
    qtbot.waitUntil(lambda: getattr(main_window, "settings_dialog", None) is not None)
    dialog = main_window.settings_dialog
    assert dialog.runner is main_window.runner
    names = [dialog.tabs.widget(i).objectName() for i in range(dialog.tabs.count())]
    assert names[-2:] == ["tracker_tab", "channel_tab"]
    qtbot.waitUntil(lambda: dialog.tracker_tab.isEnabled(), timeout=LOAD_TIMEOUT_MS)
    dialog.reject()
