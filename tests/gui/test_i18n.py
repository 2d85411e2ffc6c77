"""The UI language setting: Qt's own strings translated, right-to-left for Arabic."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from app.ui import i18n


def _cancel_text() -> str:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    text = box.button(QDialogButtonBox.StandardButton.Cancel).text()
    box.deleteLater()
    return text.replace("&", "")


def test_german_translates_standard_buttons(qapp: QApplication) -> None:
    installed = i18n.install(qapp, "de")
    try:
        assert installed, "Qt's German translation was not found"
        assert _cancel_text() == "Abbrechen"
        assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    finally:
        i18n.uninstall(qapp, installed)
    assert _cancel_text() == "Cancel"


def test_arabic_lays_out_right_to_left(qapp: QApplication) -> None:
    installed = i18n.install(qapp, "ar")
    try:
        assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    finally:
        i18n.uninstall(qapp, installed)
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_unknown_languages_fall_back_to_english() -> None:
    assert i18n.resolve("xx") == "en"
    assert i18n.resolve("de_AT") == "de"
