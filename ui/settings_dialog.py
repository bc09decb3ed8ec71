"""Settings: the interface language; the sync server, login and automatic sync; the 1+2+1
tracker's thresholds and channel management's weights and thresholds.

The Sync tab edits a :class:`~ui.sync_controller.SyncSettings` it is given (the dialog reads
no database): the server address and login (remembered in the database's sync state; once
set they cannot change, as in ``main.py sync``), the password (used once to log in, the
token goes to the system's password store, never to a file), plain HTTP to another machine
(off by default) and automatic sync every N minutes. Problems are shown inline, naming the
field, and keep the dialog open.

The 1+2+1 tracker and Channel tabs (``ui/settings_tracker.py``, ``ui/settings_channel.py``)
show the settings in force, read through the op runner when the dialog opens. OK checks them
(the services' own checks, no database), then stores what changed in one write op on the
runner (which announces the ``settings`` table) and closes only once it is stored; a problem
is shown on its tab naming the field, and nothing is stored.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from domain.channel_settings import ChannelSettings
from domain.validation import FieldError
from services import channel, tracker_settings
from services.errors import ValidationFailed
from services.receivables import channel_settings
from storage.uow import UnitOfWork
from sync.client import SyncError, is_loopback, normalize_url
from ui import i18n
from ui.ops import OpRunner
from ui.settings_channel import ChannelSettingsTab
from ui.settings_tracker import RulesTab, TrackerSettingsTab
from ui.sync_controller import DEFAULT_AUTO_MINUTES, SyncSettings

LANGUAGE_NAMES = {"zh_CN": "简体中文", "en": "English"}
AUTO_MINUTES_RANGE = (1, 24 * 60)


@dataclass(frozen=True)
class SyncChoice:
    """What the rep chose on the Sync tab (server and login None when none is set)."""

    server: str | None
    login: str | None
    password: str
    allow_insecure: bool
    auto_minutes: int


@dataclass(frozen=True)
class RuleSettings:
    """The tracker and channel settings in force, as the rules tabs show them."""

    tracker: dict[str, object]
    channel: dict[str, object]
    channel_settings: ChannelSettings


def load_rule_settings(uow: UnitOfWork) -> RuleSettings:
    """Read the tracker's and channel management's settings in force (runs in an op)."""
    current = channel_settings(uow)
    values = {
        key: getattr(current, key.removeprefix("channel."))
        for key in ChannelSettings.setting_keys()
    }
    return RuleSettings(tracker_settings.rules_values(uow), values, current)


def save_rule_settings(
    uow: UnitOfWork, tracker: Mapping[str, object], channel_values: Mapping[str, object]
) -> dict[str, Any]:
    """Store changed tracker and channel settings (runs in a write op). Both sets are
    checked before either is stored, so a refused value stores nothing; returns what undoes
    the tracker's part (:func:`services.tracker_settings.save_rules`)."""
    errors = tracker_settings.check_rules(tracker) + channel.check_settings(
        channel_values, channel_settings(uow)
    )
    if errors:
        raise ValidationFailed("settings", errors)
    undo = tracker_settings.save_rules(uow, tracker) if tracker else {}
    if channel_values:
        channel.save_settings(uow, channel_values)
    return undo


class SettingsDialog(QDialog):
    """Preferences of this installation. Changing the language applies at once."""

    def __init__(
        self,
        settings: QSettings,
        parent: QWidget | None = None,
        *,
        sync: SyncSettings | None = None,
        runner: OpRunner | None = None,
    ) -> None:
        """Without ``runner`` the parent window's (its ``runner`` attribute) is used; with
        none at all there are no tracker and channel tabs."""
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.settings = settings
        self.sync = sync
        if runner is None and isinstance(getattr(parent, "runner", None), OpRunner):
            runner = parent.runner  # type: ignore[union-attr]
        self.runner = runner
        self.saving = False
        self._done = False
        self.rule_settings: RuleSettings | None = None
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code in i18n.LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(i18n.LANGUAGES.index(i18n.current_language()))
        self.language_label = QLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        general = QWidget()
        form = QFormLayout(general)
        form.addRow(self.language_label, self.language)
        self.tabs = QTabWidget()
        self.tabs.addTab(general, "")
        if sync is not None:
            self.tabs.addTab(self._build_sync_tab(sync), "")
        self.tracker_tab: TrackerSettingsTab | None = None
        self.channel_tab: ChannelSettingsTab | None = None
        if runner is not None:
            self.tracker_tab = TrackerSettingsTab()
            self.channel_tab = ChannelSettingsTab()
            self.tabs.addTab(self.tracker_tab, "")
            self.tabs.addTab(self.channel_tab, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        if runner is not None:
            self.resize(720, 640)
            runner.read(
                load_rule_settings, on_success=self._rules_loaded, on_failure=self._load_failed
            )
        self.retranslate()

    # --- the Sync tab ------------------------------------------------------------------------

    def _build_sync_tab(self, sync: SyncSettings) -> QWidget:
        tab = QWidget()
        tab.setObjectName("sync_tab")
        self.server_url = QLineEdit(sync.server or "")
        self.server_url.setObjectName("server_url")
        self.server_url.setPlaceholderText("https://sync.example.com")
        self.login = QLineEdit(sync.login or "")
        self.login.setObjectName("login")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.allow_insecure = QCheckBox()
        self.allow_insecure.setObjectName("allow_insecure")
        self.allow_insecure.setChecked(sync.allow_insecure)
        self.auto_sync = QCheckBox()
        self.auto_sync.setObjectName("auto_sync")
        self.auto_sync.setChecked(sync.auto_minutes > 0)
        self.auto_minutes = QSpinBox()
        self.auto_minutes.setObjectName("auto_minutes")
        self.auto_minutes.setRange(*AUTO_MINUTES_RANGE)
        self.auto_minutes.setValue(sync.auto_minutes or DEFAULT_AUTO_MINUTES)
        self.auto_sync.toggled.connect(self.auto_minutes.setEnabled)
        self.auto_minutes.setEnabled(self.auto_sync.isChecked())
        self.minutes_label = QLabel()
        auto_row = QHBoxLayout()
        auto_row.addWidget(self.auto_sync)
        auto_row.addWidget(self.auto_minutes)
        auto_row.addWidget(self.minutes_label)
        auto_row.addStretch(1)
        self.locked_note = QLabel()
        self.locked_note.setObjectName("locked_note")
        self.locked_note.setWordWrap(True)
        self.locked_note.setVisible(sync.locked)
        if sync.locked:
            self.server_url.setReadOnly(True)
            self.login.setReadOnly(True)
            self.allow_insecure.setEnabled(False)
        self.password_hint = QLabel()
        self.password_hint.setWordWrap(True)
        self.password_hint.setStyleSheet("color: palette(mid);")
        self.sync_error = QLabel()
        self.sync_error.setObjectName("sync_error")
        self.sync_error.setWordWrap(True)
        self.sync_error.setStyleSheet("color: #b00020;")
        self.sync_error.hide()
        self.server_label, self.login_label, self.password_label = QLabel(), QLabel(), QLabel()
        self.auto_label = QLabel()
        form = QFormLayout(tab)
        form.addRow(self.locked_note)
        form.addRow(self.server_label, self.server_url)
        form.addRow(self.login_label, self.login)
        form.addRow(self.password_label, self.password)
        form.addRow("", self.password_hint)
        form.addRow("", self.allow_insecure)
        form.addRow(self.auto_label, auto_row)
        form.addRow(self.sync_error)
        return tab

    def show_sync_tab(self) -> None:
        """Open on the Sync tab (Ctrl+S without a server)."""
        if self.sync is not None:
            self.tabs.setCurrentWidget(self.server_url.parentWidget())
            (self.password if self.sync.locked else self.server_url).setFocus()

    def sync_choice(self) -> SyncChoice | None:
        """The Sync tab's values (None without a Sync tab); call after :meth:`validate`."""
        if self.sync is None:
            return None
        url = self.server_url.text().strip()
        login = self.login.text().strip()
        return SyncChoice(
            server=normalize_url(url) if url else None,
            login=login or None,
            password=self.password.text(),
            allow_insecure=self.allow_insecure.isChecked(),
            auto_minutes=self.auto_minutes.value() if self.auto_sync.isChecked() else 0,
        )

    def validate(self) -> str | None:
        """The first problem on the Sync tab as a sentence naming the field, or None."""
        if self.sync is None:
            return None
        url = self.server_url.text().strip()
        login = self.login.text().strip()
        if not url and not login:
            return None
        if not url:
            return self.tr("Server address: enter the address of your sync server.")
        try:
            url = normalize_url(url)
        except SyncError:
            return self.tr(
                "Server address: “%1” is not a server address; write it like"
                " https://sync.example.com"
            ).replace("%1", url)
        parts = urlsplit(url)
        host = parts.hostname or ""
        if parts.scheme == "http" and not is_loopback(host) and not self.allow_insecure.isChecked():
            return self.tr(
                "Server address: plain http:// would send your password unencrypted to %1;"
                " use https://, or tick “Allow plain HTTP”."
            ).replace("%1", host)
        if not login:
            return self.tr("Login: enter your login on the sync server.")
        if not self.sync.locked and not self.password.text():
            return self.tr("Password: enter your password to log in the first time.")
        return None

    # --- the 1+2+1 tracker and Channel tabs --------------------------------------------------

    def rules_tabs(self) -> list[RulesTab]:
        """The tabs editing tracker and channel settings (none without a runner)."""
        return [t for t in (self.tracker_tab, self.channel_tab) if t is not None]

    def _rules_loaded(self, loaded: RuleSettings) -> None:
        if self._done:
            return
        self.rule_settings = loaded
        if self.tracker_tab is not None and self.channel_tab is not None:
            self.tracker_tab.set_values(loaded.tracker)
            self.channel_tab.set_values(loaded.channel)

    def _load_failed(self, exc: BaseException) -> None:
        if self._done:
            return
        for tab in self.rules_tabs():
            tab.error.setText(str(exc))
            tab.error.show()

    def rules_problems(self) -> list[FieldError]:
        """The problems of the values the rules tabs show (the services' checks)."""
        if self.tracker_tab is None or self.channel_tab is None or self.rule_settings is None:
            return []
        current = self.rule_settings.channel_settings
        return tracker_settings.check_rules(self.tracker_tab.values()) + channel.check_settings(
            self.channel_tab.values(), current
        )

    def show_rules_problems(self, errors: list[FieldError]) -> None:
        """Show the first problem of each tab on it and open the first tab at fault."""
        first = None
        for tab in self.rules_tabs():
            mine = [e for e in errors if tab.owns(e)]
            if not mine:
                tab.clear_problem()
                continue
            if first is None:
                first = tab
                self.tabs.setCurrentWidget(tab)
            tab.show_problem(mine[0])

    def _save_rules(self) -> bool:
        """Start storing the changed settings; False when there is nothing to store."""
        assert self.tracker_tab is not None and self.channel_tab is not None
        assert self.runner is not None
        tracker, channel_values = self.tracker_tab.changes(), self.channel_tab.changes()
        if not tracker and not channel_values:
            return False
        self._set_saving(True)
        self.runner.write(
            lambda uow: save_rule_settings(uow, tracker, channel_values),
            tables={"settings"},
            initiator=self,
            on_success=lambda _undo: self._saved(),
            on_failure=self._save_failed,
        )
        return True

    def _set_saving(self, saving: bool) -> None:
        self.saving = saving
        self.buttons.setEnabled(not saving)

    def _saved(self) -> None:
        self._set_saving(False)
        self._finish()

    def _save_failed(self, exc: BaseException) -> None:
        self._set_saving(False)
        if isinstance(exc, ValidationFailed):
            self.show_rules_problems(exc.errors)
        else:
            tab = self.tabs.currentWidget()
            target = tab if isinstance(tab, RulesTab) else self.rules_tabs()[0]
            target.error.setText(
                self.tr("The settings could not be saved: %1").replace("%1", str(exc))
            )
            target.error.show()

    # --- the dialog ------------------------------------------------------------------------

    def selected_language(self) -> str:
        """The language code chosen in the combo box."""
        return str(self.language.currentData())

    def accept(self) -> None:
        """Check the Sync and rules tabs, store changed settings, then apply the choices
        (once they are stored)."""
        if self.saving:
            return
        problem = self.validate()
        if problem is not None:
            self.sync_error.setText(problem)
            self.sync_error.show()
            self.show_sync_tab()
            return
        if self.sync is not None:
            self.sync_error.hide()
        errors = self.rules_problems()
        if errors:
            self.show_rules_problems(errors)
            return
        for tab in self.rules_tabs():
            tab.clear_problem()
        if self.rules_tabs() and self._save_rules():
            return  # finished when stored (_saved)
        self._finish()

    def _finish(self) -> None:
        lang = self.selected_language()
        if lang != i18n.current_language():
            i18n.save_language(lang, self.settings)
            i18n.apply_language(lang)
        super().accept()

    def reject(self) -> None:
        """Cancel, except while the settings are being stored."""
        if not self.saving:
            super().reject()

    def done(self, result: int) -> None:
        """Close; answers of reads still on their way are dropped."""
        self._done = True
        super().done(result)

    def retranslate(self) -> None:
        """Set the dialog's texts in the current language."""
        self.setWindowTitle(self.tr("Settings"))
        self.language_label.setText(self.tr("Language:"))
        self.tabs.setTabText(0, self.tr("General"))
        if self.tracker_tab is not None and self.channel_tab is not None:
            self.tabs.setTabText(self.tabs.indexOf(self.tracker_tab), self.tr("1+2+1 tracker"))
            self.tabs.setTabText(self.tabs.indexOf(self.channel_tab), self.tr("Channel"))
        if self.sync is None:
            return
        self.tabs.setTabText(self.tabs.indexOf(self.server_url.parentWidget()), self.tr("Sync"))
        self.server_label.setText(self.tr("Server address:"))
        self.login_label.setText(self.tr("Login:"))
        self.password_label.setText(self.tr("Password:"))
        self.auto_label.setText(self.tr("Automatic sync:"))
        self.auto_sync.setText(self.tr("every"))
        self.minutes_label.setText(self.tr("minutes"))
        self.allow_insecure.setText(
            self.tr("Allow plain HTTP to a server on another machine (unencrypted)")
        )
        self.password_hint.setText(
            self.tr(
                "Used once to log in. RepDesk keeps only a sign-in token, in the system's"
                " password store; where there is none it asks again next time."
            )
            if not self.sync.locked
            else self.tr("Leave empty, or enter it to log in again.")
        )
        self.locked_note.setText(
            self.tr(
                "This database syncs with %1 as %2. It cannot switch to another server or"
                " login: open a new database file for that."
            )
            .replace("%1", self.sync.server or "")
            .replace("%2", self.sync.login or "")
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
