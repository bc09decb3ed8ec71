"""Settings: the interface language (server and sync settings come with sync)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from ui import i18n

LANGUAGE_NAMES = {"zh_CN": "简体中文", "en": "English"}


class SettingsDialog(QDialog):
    """Preferences of this installation. Changing the language applies at once."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.settings = settings
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
        form = QFormLayout(self)
        form.addRow(self.language_label, self.language)
        form.addRow(self.buttons)
        self.retranslate()

    def selected_language(self) -> str:
        """The language code chosen in the combo box."""
        return str(self.language.currentData())

    def accept(self) -> None:
        """Save and apply the choices."""
        lang = self.selected_language()
        if lang != i18n.current_language():
            i18n.save_language(lang, self.settings)
            i18n.apply_language(lang)
        super().accept()

    def retranslate(self) -> None:
        """Set the dialog's texts in the current language."""
        self.setWindowTitle(self.tr("Settings"))
        self.language_label.setText(self.tr("Language:"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
