"""Settings: the interface language, and the sync server, login and automatic sync.

The Sync tab edits a :class:`~ui.sync_controller.SyncSettings` it is given (the dialog reads
no database): the server address and login (remembered in the database's sync state; once
set they cannot change, as in ``main.py sync``), the password (used once to log in, the
token goes to the system's password store, never to a file), plain HTTP to another machine
(off by default) and automatic sync every N minutes. Problems are shown inline, naming the
field, and keep the dialog open.
"""

from __future__ import annotations

from dataclasses import dataclass
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

from sync.client import SyncError, is_loopback, normalize_url
from ui import i18n
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


class SettingsDialog(QDialog):
    """Preferences of this installation. Changing the language applies at once."""

    def __init__(
        self,
        settings: QSettings,
        parent: QWidget | None = None,
        *,
        sync: SyncSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.settings = settings
        self.sync = sync
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
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
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
            self.tabs.setCurrentIndex(1)
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

    # --- the dialog ------------------------------------------------------------------------

    def selected_language(self) -> str:
        """The language code chosen in the combo box."""
        return str(self.language.currentData())

    def accept(self) -> None:
        """Check the Sync tab, then save and apply the choices."""
        problem = self.validate()
        if problem is not None:
            self.sync_error.setText(problem)
            self.sync_error.show()
            self.show_sync_tab()
            return
        lang = self.selected_language()
        if lang != i18n.current_language():
            i18n.save_language(lang, self.settings)
            i18n.apply_language(lang)
        super().accept()

    def retranslate(self) -> None:
        """Set the dialog's texts in the current language."""
        self.setWindowTitle(self.tr("Settings"))
        self.language_label.setText(self.tr("Language:"))
        self.tabs.setTabText(0, self.tr("General"))
        if self.sync is None:
            return
        self.tabs.setTabText(1, self.tr("Sync"))
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
