"""The Receipts tab of the settings: typed in by keyboard, saved with the dialog, and a
test receipt printed with what the form says before anything is saved."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app import settings_schema as schema
from app.secrets import SecretStore
from app.ui.receipts.settings_tab import ReceiptsTab
from app.ui.runner import Runner
from app.ui.settings_dialog import SettingsDialog
from app.ui.settings_store import read
from tests.secrets.conftest import TEST_ALLOWED, MemoryKeyring


@pytest.fixture
def runner(qapp: QApplication) -> Iterator[Runner]:
    runner = Runner()
    yield runner
    runner.shutdown()


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)
    focused = QApplication.focusWidget()
    QTest.keyClick(focused, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(focused, text)


def choose(qtbot: QtBot, combo: QWidget, steps: int) -> None:
    """Down arrow ``steps`` times in a closed combo box, as a keyboard user picks."""
    combo.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is combo)
    for _ in range(steps):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)


def test_a_test_receipt_prints_with_the_unsaved_form(
    qtbot: QtBot, runner: Runner, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    tab = ReceiptsTab(settings, runner)
    qtbot.addWidget(tab)
    tab.show()
    assert not tab.test_print.isEnabled()  # receipts are off until a target is chosen
    choose(qtbot, tab.target, 2)  # none → system → PDF
    assert tab.target.currentData() == "pdf"
    assert tab.folder.isEnabled() and not tab.printer_address.isEnabled()
    folder = tmp_path / "pdfs"
    type_into(qtbot, tab.folder, str(folder))
    type_into(qtbot, tab.address, "12 Harbour Street")
    tab.test_print.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tab.test_print)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "saved as" in tab.status.text(), timeout=15000)
    assert (folder / "receipt-000001.pdf").exists()
    assert read(settings, schema.RECEIPT_TARGET) == "none"  # nothing saved by a test


def test_a_thermal_printer_that_is_not_there_is_told_in_the_tab(
    qtbot: QtBot, runner: Runner, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    tab = ReceiptsTab(settings, runner)
    qtbot.addWidget(tab)
    tab.show()
    choose(qtbot, tab.target, 3)
    assert tab.target.currentData() == "thermal"
    type_into(qtbot, tab.printer_address, "")
    tab.print_test()
    qtbot.waitUntil(lambda: "Settings → Receipts" in tab.status.text(), timeout=15000)


def test_the_receipts_tab_is_saved_with_the_settings(
    qtbot: QtBot, runner: Runner, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    store = SecretStore(MemoryKeyring(), allowed=TEST_ALLOWED)
    dialog = SettingsDialog(settings, runner, store)
    qtbot.addWidget(dialog)
    dialog.show()
    names = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    dialog.tabs.setCurrentIndex(names.index("Receipts"))
    tab = dialog.receipts
    qtbot.waitUntil(tab.isVisible)
    type_into(qtbot, tab.tax_number, "GB 123 4567 89")
    type_into(qtbot, tab.counter_name, "Front desk")
    choose(qtbot, tab.target, 3)
    choose(qtbot, tab.connection, 0)
    type_into(qtbot, tab.printer_address, "192.168.1.50:9100")
    choose(qtbot, tab.paper, 1)
    choose(qtbot, tab.when, 1)
    tab.offer_slip.setFocus()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    with qtbot.waitSignal(dialog.saved, timeout=10000):
        dialog.save()
    assert read(settings, schema.SHOP_TAX_NUMBER) == "GB 123 4567 89"
    assert read(settings, schema.COUNTER_NAME) == "Front desk"
    assert read(settings, schema.RECEIPT_TARGET) == "thermal"
    assert read(settings, schema.THERMAL_ADDRESS) == "192.168.1.50:9100"
    assert read(settings, schema.THERMAL_PAPER_MM) == 58
    assert read(settings, schema.RECEIPT_AUTO_PRINT) is False
    assert read(settings, schema.OFFER_INSTALL_SLIP) is True


def test_paper_is_58_or_80_mm() -> None:
    assert schema.THERMAL_PAPER_MM.read({schema.THERMAL_PAPER_MM.key: "58"}) == 58
    with pytest.raises(schema.SettingError):
        schema.THERMAL_PAPER_MM.check("70")
    assert schema.RECEIPT_TARGET.read({schema.RECEIPT_TARGET.key: "fax"}) == "none"


def test_what_the_sale_flow_reads_from_the_settings(tmp_path: Path) -> None:
    from app.ui.receipts import printing
    from app.ui.settings_store import write

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert not printing.prints_automatically(settings)  # receipts off by default
    assert not printing.offers_install_slip(settings)
    write(settings, schema.RECEIPT_TARGET, "pdf")
    assert printing.prints_automatically(settings)
    write(settings, schema.RECEIPT_AUTO_PRINT, False)
    assert not printing.prints_automatically(settings)  # only on the print key
    write(settings, schema.SHOP_NAME, "Globetrotter Phones")
    write(settings, schema.COUNTER_NAME, "Front desk")
    shop = printing.shop_details(settings)
    assert (shop.name, shop.counter_name, shop.address) == ("Globetrotter Phones", "Front desk", "")
    assert printing.pdf_folder(settings).name == "eSIM Counter receipts"
