"""The interface language: choosing it, loading translations, switching while running.

zh_CN is the default when the system locale is Chinese, English otherwise; the rep's choice
(Settings) is remembered in QSettings under ``ui/language``. Switching installs the new
translators and sets the application locale; Qt then sends every widget a LanguageChange
event and each re-sets its texts (``retranslate``), so no open form loses what was typed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

LANGUAGES = ("zh_CN", "en")
I18N_DIR = Path(__file__).resolve().parent.parent / "resources" / "i18n"
SETTING = "ui/language"

_installed: list[QTranslator] = []


def system_language() -> str:
    """zh_CN when the system locale is Chinese, otherwise en."""
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def preferred_language(settings: QSettings | None = None) -> str:
    """The language chosen in Settings, else the system's."""
    value = (settings or QSettings()).value(SETTING)
    return value if value in LANGUAGES else system_language()


def current_language() -> str:
    """The language the interface shows now (for domain labels and messages)."""
    return "zh_CN" if QLocale().language() == QLocale.Language.Chinese else "en"


def apply_language(lang: str, app: QApplication | None = None) -> bool:
    """Show the interface in ``lang`` from now on; returns whether our translation loaded.

    Safe to call while windows are open: they re-translate on the LanguageChange event.
    """
    app = app or QApplication.instance()  # type: ignore[assignment]
    assert app is not None
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    locale = (
        QLocale(QLocale.Language.Chinese, QLocale.Country.China)
        if lang == "zh_CN"
        else (QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    )
    QLocale.setDefault(locale)
    ours = QTranslator(app)
    loaded = ours.load(str(I18N_DIR / f"repdesk_{lang}.qm"))
    if loaded:
        app.installTranslator(ours)
        _installed.append(ours)
    if lang != "en":
        qt = QTranslator(app)
        if qt.load(
            locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            app.installTranslator(qt)
            _installed.append(qt)
    if not loaded and lang != "en":
        # Install nothing but still notify, so texts follow the locale's formats.
        app.installTranslator(ours)
        _installed.append(ours)
    return loaded


def save_language(lang: str, settings: QSettings | None = None) -> None:
    """Remember ``lang`` as the rep's choice."""
    (settings or QSettings()).setValue(SETTING, lang)
