"""Every string a third longer: nothing on the main window, the sale confirmation or the
settings is clipped at 1366×768 (see tests/gui/pseudo.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from app.secrets import SecretStore
from app.ui.runner import Runner
from app.ui.settings_dialog import SettingsDialog
from tests.secrets.conftest import TEST_ALLOWED, MemoryKeyring

from . import pseudo
from .clerk import find_by_keyboard, pick_plan_by_keyboard
from .conftest import Shop

SCREEN = (1366, 768)


@pytest.fixture(scope="module")
def pseudo_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return pseudo.build(tmp_path_factory.mktemp("pseudo"))


@pytest.fixture
def stretched(qapp: QApplication, pseudo_qm: Path) -> Iterator[QTranslator]:
    translator = pseudo.install(pseudo_qm)
    yield translator
    QApplication.removeTranslator(translator)


def test_the_pseudo_catalogue_stretches_every_string(stretched: QTranslator) -> None:
    assert QCoreApplication.translate("SellPanel", "Sell") == "[Sell~~]"
    assert pseudo.stretch("Take payment") == "[Take payment~~~~]"


def test_the_clipping_check_sees_a_clipped_label(qtbot: QtBot) -> None:
    label = QLabel("a text far too long for a label twenty pixels wide")
    label.setObjectName("tooNarrow")
    qtbot.addWidget(label)
    label.setFixedWidth(20)
    label.show()
    assert pseudo.clipped_labels(label) != []


def test_main_window_and_confirmation_fit_stretched_text(
    qtbot: QtBot, stretched: QTranslator, shop: Shop
) -> None:
    window = shop.window  # built after the stretching translator was installed
    assert window.sell_panel.sell_button.text().startswith("[")
    window.resize(*SCREEN)
    find_by_keyboard(qtbot, window, "japan")
    pick_plan_by_keyboard(qtbot, window, 0)
    qtbot.waitUntil(lambda: window.sell_panel.sell_button.isEnabled())
    assert pseudo.clipped_labels(window) == []

    window.sell_panel.sell_button.click()
    qtbot.waitUntil(lambda: window.flow.confirm_dialog is not None)
    dialog = window.flow.confirm_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert pseudo.clipped_labels(dialog) == []
    dialog.reject()


def test_settings_fit_stretched_text(qtbot: QtBot, stretched: QTranslator, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    runner = Runner()
    store = SecretStore(MemoryKeyring(), allowed=TEST_ALLOWED)
    dialog = SettingsDialog(settings, runner, store)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle().startswith("[")
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        qtbot.waitUntil(lambda: dialog.tabs.currentWidget().isVisible())
        assert pseudo.clipped_labels(dialog) == [], dialog.tabs.tabText(index)
    dialog.close()
    runner.shutdown()
