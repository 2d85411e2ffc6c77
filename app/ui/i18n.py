"""The UI language: Qt's own translations (standard buttons, dialogs), the number and
date formats, and right-to-left layout for Arabic. Country names come translated from
pycountry; the counter's own strings go through tr() and fall back to English."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from app.ui.lazy_qt import set_enum

SHIPPED = ("en", "de", "fr", "es", "tr", "ar")
RIGHT_TO_LEFT = {"ar", "he", "fa", "ur"}
OWN_TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
# The number, date and time formats of a language, where Qt's default for it would write
# other digits than the counter's: QLocale("ar") is ar_EG, with Arabic-Indic digits, while
# codes, ICCIDs and prices are Latin. ar_AE writes Latin digits with the same Arabic month
# names, so spin boxes and date edits follow too (docs/decisions.md).
FORMATS = {"ar": "ar_AE"}


def resolve(language: str) -> str:
    """The language to use: the setting, else the system's, else English."""
    code = (language or QLocale.system().name()).split("_")[0].split("-")[0].lower()
    return code if code in SHIPPED else "en"


def install(app: QApplication, language: str) -> list[QTranslator]:
    """Load the translators for ``language``; returns them (they must stay alive)."""
    code = resolve(language)
    QLocale.setDefault(QLocale(FORMATS.get(code, code)))
    installed: list[QTranslator] = []
    sources = [
        (f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        (f"esim_counter_{code}", str(OWN_TRANSLATIONS)),
    ]
    for name, folder in sources:
        translator = QTranslator(app)
        if translator.load(name, folder):
            QCoreApplication.installTranslator(translator)
            installed.append(translator)
    # By name: this runs before the first paint, before the Qt namespace is made (lazy_qt).
    set_enum(app, "layoutDirection", "RightToLeft" if code in RIGHT_TO_LEFT else "LeftToRight")
    return installed


def uninstall(app: QApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English))
    set_enum(app, "layoutDirection", "LeftToRight")
