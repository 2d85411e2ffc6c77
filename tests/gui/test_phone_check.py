"""The phone check before paying (issue 17), by keys on the focused widget: the search
has the keyboard, arrows pick, Return answers "Checked — OK" and the answer is journalled
with the sale; "Not compatible" stops the sale with nothing journalled or sent; the owner
updates the phone list from a file in Settings, and a damaged file is refused."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app import settings_schema as schema
from app.core import phones
from app.core.phones import Answer, PhoneCheck
from app.core.plans import ProviderId
from app.journal import Journal
from app.secrets import SecretStore
from app.startup import open_counter
from app.ui.app import configure
from app.ui.main_window import MainWindow
from app.ui.phone_check import PhoneCheckDialog
from app.ui.settings_dialog import SettingsDialog
from tests.secrets.conftest import TEST_ALLOWED, MemoryKeyring

from .clerk import driver, wait_outcome
from .conftest import Shop

WAIT = 10000


def _switch_on(shop: Shop) -> None:
    settings = shop.window.flow.phone_step.settings
    assert settings is not None
    settings.setValue(schema.ASK_PHONE_CHECK.key, True)


def _press_sell(qtbot: QtBot, shop: Shop) -> PhoneCheckDialog:
    """Choose a Turkish eSIMfly plan, press Enter on Sell; the phone check opens first."""
    drive = driver(qtbot, shop.window)
    drive.find("tur")
    drive.pick(drive.row_of(ProviderId.ESIMFLY))
    drive.press(Qt.Key.Key_Return)
    step = shop.window.flow.phone_step
    qtbot.waitUntil(lambda: step.dialog is not None and step.dialog.isVisible(), timeout=WAIT)
    dialog = step.dialog
    assert dialog is not None
    assert shop.window.flow.confirm_dialog is None  # payment comes after the check
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.search, timeout=WAIT)
    return dialog


def test_an_ok_check_with_a_model_is_journalled_with_the_sale(qtbot: QtBot, shop: Shop) -> None:
    _switch_on(shop)
    dialog = _press_sell(qtbot, shop)
    drive = driver(qtbot, shop.window)
    drive.type("pixel 8")
    names = [dialog.list.item(row).text() for row in range(dialog.list.count())]
    assert names[:3] == [
        "Google Pixel 8 — eSIM from Android 14",
        "Google Pixel 8 Pro — eSIM from Android 14",
        "Google Pixel 8a — eSIM from Android 14",
    ]
    drive.press(Qt.Key.Key_Down)  # the search keeps the keyboard; the list moves
    assert QApplication.focusWidget() is dialog.search
    assert dialog.chosen() is not None and dialog.chosen().name == "Google Pixel 8 Pro"  # type: ignore[union-attr]
    drive.press(Qt.Key.Key_Return)
    flow = shop.window.flow
    qtbot.waitUntil(lambda: flow.confirm_dialog is not None, timeout=WAIT)
    drive.press(Qt.Key.Key_Return)  # the payment step: exact amount, Sell now
    assert wait_outcome(qtbot, shop.window) == "success"
    (order,) = shop.journal.search()
    assert shop.journal.phone_check(order.reference) == PhoneCheck(Answer.OK, "Google Pixel 8 Pro")


def test_not_compatible_stops_the_sale_before_anything_is_journalled(
    qtbot: QtBot, shop: Shop
) -> None:
    _switch_on(shop)
    dialog = _press_sell(qtbot, shop)
    drive = driver(qtbot, shop.window)
    drive.type("iphone 6")
    assert dialog.list.count() == 0
    assert dialog.chosen_label.text() == "No phone of that name in the list."
    drive.press_sequence(QKeySequence.mnemonic(dialog.incompatible_button.text()))
    step = shop.window.flow.phone_step
    qtbot.waitUntil(lambda: step.dialog is None, timeout=WAIT)
    panel = shop.window.sell_panel
    qtbot.waitUntil(panel.sell_button.isEnabled, timeout=WAIT)
    assert shop.window.flow.confirm_dialog is None
    assert "cannot use an eSIM" in shop.window.statusBar().currentMessage()
    assert shop.journal.search() == []
    assert shop.sandbox.orders("esimfly") == [] and shop.sandbox.orders("octopus") == []


def test_a_skipped_check_is_journalled_as_skipped(qtbot: QtBot, shop: Shop) -> None:
    _switch_on(shop)
    dialog = _press_sell(qtbot, shop)
    driver(qtbot, shop.window).press_sequence(QKeySequence.mnemonic(dialog.skip_button.text()))
    flow = shop.window.flow
    qtbot.waitUntil(lambda: flow.confirm_dialog is not None, timeout=WAIT)
    driver(qtbot, shop.window).press(Qt.Key.Key_Return)
    assert wait_outcome(qtbot, shop.window) == "success"
    (order,) = shop.journal.search()
    assert shop.journal.phone_check(order.reference) == PhoneCheck(Answer.SKIPPED)


def test_switched_off_no_check_is_asked_and_none_journalled(qtbot: QtBot, shop: Shop) -> None:
    drive = driver(qtbot, shop.window)
    drive.find("tur")
    drive.pick(drive.row_of(ProviderId.ESIMFLY))
    drive.open_confirmation()  # straight to payment
    assert shop.window.flow.phone_step.dialog is None
    drive.confirm()
    assert wait_outcome(qtbot, shop.window) == "success"
    (order,) = shop.journal.search()
    assert shop.journal.phone_check(order.reference) is None


def test_esc_goes_back_to_the_plan_without_selling(qtbot: QtBot, shop: Shop) -> None:
    _switch_on(shop)
    _press_sell(qtbot, shop)
    driver(qtbot, shop.window).press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: shop.window.flow.phone_step.dialog is None, timeout=WAIT)
    qtbot.waitUntil(shop.window.sell_panel.sell_button.isEnabled, timeout=WAIT)
    assert shop.journal.search() == []


# -- the owner's phone list -------------------------------------------------------------------


@pytest.fixture
def owner_window(qtbot: QtBot, qapp: QApplication, tmp_path: Path) -> Iterator[MainWindow]:
    """A window whose settings open (a keyring in memory), its journal in tmp_path."""
    configure(qapp)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    store = SecretStore(MemoryKeyring(), allowed=TEST_ALLOWED)
    journal = Journal(tmp_path / "data" / "journal.sqlite3")

    def factory(values: dict[str, object], _journal: object) -> object:
        return open_counter(values, journal=journal, store=store)

    made = MainWindow(
        factory, settings, training=True, full_screen_display=False, display_timeout=0, store=store
    )
    qtbot.addWidget(made)
    made.show()
    qtbot.waitUntil(lambda: made.counter is not None, timeout=15000)
    yield made
    made.close()
    journal.close()


def _settings(qtbot: QtBot, window: MainWindow) -> SettingsDialog:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: window.settings_flow is not None and window.settings_flow.dialog is not None
    )
    dialog = window.settings_flow.dialog  # type: ignore[union-attr]
    assert dialog is not None
    return dialog


def _update_from(qtbot: QtBot, dialog: SettingsDialog, path: Path) -> str:
    """Alt+U on the update button, the file picked; wait for the verdict."""
    row = dialog.phone_list
    row.pick_file = lambda: str(path)
    dialog.tabs.setCurrentIndex(1)  # Shop, where the button is
    qtbot.waitUntil(lambda: row.button.isVisible() and dialog.isActiveWindow())
    before = row.status.text()
    driver(qtbot, dialog.parent()).press_sequence(QKeySequence.mnemonic(row.button.text()))  # type: ignore[arg-type]
    # A mnemonic clicks the button a moment later (animateClick); then the Runner reads.
    qtbot.waitUntil(
        lambda: row.button.isEnabled() and row.status.text() not in (before, "Reading the file…"),
        timeout=WAIT,
    )
    return row.status.text()


def test_the_owner_updates_the_phone_list_and_a_damaged_file_is_refused(
    qtbot: QtBot, owner_window: MainWindow, tmp_path: Path
) -> None:
    folder = tmp_path / "data"
    assert owner_window.flow.phone_step.folder() == folder
    dialog = _settings(qtbot, owner_window)
    assert dialog.ask_phone_check.accessibleName() == "Ask the phone check before each sale"
    good = tmp_path / "new-phones.json"
    good.write_text(
        json.dumps(
            {
                "version": 1,
                "updated": "2027-01-10",
                "models": [
                    {"brand": "Apple", "model": "iPhone 18", "os": "iOS", "min_os": "27.0"},
                    {"brand": "Google", "model": "Pixel 11", "os": "Android"},
                ],
            }
        ),
        encoding="utf-8",
    )
    said = _update_from(qtbot, dialog, good)
    assert said.startswith("Phone list updated: 2 phone")
    assert phones.load(folder).from_owner
    step = owner_window.flow.phone_step
    assert step.phone_list is not None
    assert [m.name for m in step.phone_list.search("iphone")] == ["Apple iPhone 18"]

    damaged = tmp_path / "damaged.json"
    damaged.write_text('{"version": 1, "models": [{"brand": "Apple"}]}', encoding="utf-8")
    said = _update_from(qtbot, dialog, damaged)
    assert said == (
        "This file was refused: entry 1: the model is missing or not text. The phone list "
        "in use was kept; ask for a corrected file."
    )
    # The good list stays in use and on disk.
    assert [m.name for m in phones.load(folder).models] == ["Apple iPhone 18", "Google Pixel 11"]
    dialog.reject()
