"""Settings › Chain (issue 16), driven by keys as the owner would: joining a chain with
the real PostgreSQL fixture, the password landing in the keyring and nowhere in the
settings file, Test connection saying what failed in plain words, leaving the chain."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app import settings_schema as schema
from app.chain.config import ChainConfig
from app.journal import Journal
from app.secrets import SERVICE, SecretName, SecretStore
from app.startup import open_counter
from app.ui.app import configure
from app.ui.chain_tab import ChainTab
from app.ui.main_window import MainWindow
from app.ui.settings_dialog import SettingsDialog
from tests.chain.fixtures import ChainDb
from tests.chain.pg_server import free_port
from tests.secrets.conftest import TEST_ALLOWED, MemoryKeyring

from .test_secret_scan import encodings

WAIT = 15000


@pytest.fixture
def keyring_memory() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def window(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, keyring_memory: MemoryKeyring
) -> Iterator[MainWindow]:
    configure(qapp)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    store = SecretStore(keyring_memory, allowed=TEST_ALLOWED)
    journal = Journal(tmp_path / "journal.sqlite3")

    def factory(values: dict[str, object], _journal: object) -> object:
        return open_counter(values, journal=journal, store=store)

    made = MainWindow(
        factory,
        settings,
        training=True,
        full_screen_display=False,
        poll_delays=(0.05,),
        display_timeout=0,
        store=store,
    )
    qtbot.addWidget(made)
    made.show()
    qtbot.waitUntil(lambda: made.counter is not None, timeout=WAIT)
    yield made
    if made.settings_flow is not None and made.settings_flow.dialog is not None:
        made.settings_flow.dialog.close()
    made.close()
    journal.close()


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _key(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(_focused(), key, modifier)


def _type_into(target: QWidget, text: str) -> None:
    """Tab to ``target`` (as the owner would), select what is there, type ``text``."""
    for _ in range(40):
        if _focused() is target:
            break
        _key(Qt.Key.Key_Tab)
    assert _focused() is target, f"Tab never reached {target.accessibleName()}"
    _key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    _key(Qt.Key.Key_Backspace)
    QTest.keyClicks(_focused(), text)


def _open_chain_tab(qtbot: QtBot, window: MainWindow) -> tuple[SettingsDialog, ChainTab]:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: window.settings_flow is not None and window.settings_flow.dialog is not None
    )
    dialog = window.settings_flow.dialog  # type: ignore[union-attr]
    assert dialog is not None
    qtbot.waitUntil(lambda: not dialog.keyring_state.text().startswith("Checking"))
    qtbot.waitUntil(lambda: dialog.isAncestorOf(_focused()))
    for _ in range(dialog.tabs.count()):  # Ctrl+Tab through the tabs
        if dialog.chain.isVisible():
            break
        _key(Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(dialog.chain.isVisible)
    return dialog, dialog.chain


def _fill(tab: ChainTab, config: ChainConfig, password: str) -> None:
    _type_into(tab.host, config.host)
    # The port: a spin box takes typed digits over the selection.
    _type_into(tab.port, str(config.port))
    _type_into(tab.dbname, config.dbname)
    _type_into(tab.user, config.user)
    _type_into(tab.password, password)
    _type_into(tab.shop, config.shop)
    _type_into(tab.counter, config.counter)
    _type_into(tab.security, "")
    # The test server on 127.0.0.1 has no certificate: the last choice, by keys.
    _key(Qt.Key.Key_End)
    assert tab.security.currentData() == "disable"


def _test(qtbot: QtBot, tab: ChainTab) -> str:
    tab.message.clear()
    tab.test_button.setFocus()
    _key(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: tab.message.text() not in ("", "Testing…"), timeout=WAIT)
    return tab.message.text()


def _save(qtbot: QtBot, dialog: SettingsDialog) -> None:
    with qtbot.waitSignal(dialog.saved, timeout=WAIT):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).setFocus()
        _key(Qt.Key.Key_Space)


def test_joining_by_keys_keeps_the_password_in_the_keyring_only(
    qtbot: QtBot,
    window: MainWindow,
    chain_db: ChainDb,
    keyring_memory: MemoryKeyring,
    tmp_path: Path,
) -> None:
    dialog, tab = _open_chain_tab(qtbot, window)
    assert not tab.leave_button.isEnabled()  # in no chain yet
    config = chain_db.for_counter("desk-2", shop="Airport")
    password = chain_db.password.reveal()
    _fill(tab, config, password)
    assert "Connected" in _test(qtbot, tab)
    _save(qtbot, dialog)

    assert keyring_memory.entries[(SERVICE, SecretName.CHAIN_PASSWORD.value)] == password
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.sync()
    loaded = ChainConfig.load({key: settings.value(key) for key in settings.allKeys()})
    assert loaded == config
    written = (tmp_path / "settings.ini").read_bytes()
    for encoded in encodings(password):
        assert encoded not in written
    # Joined: the window has its Chain menu, and saving started the sync.
    qtbot.waitUntil(window.chain.menu.menuAction().isVisible, timeout=WAIT)
    qtbot.waitUntil(lambda: window.chain.sync is not None, timeout=WAIT)
    assert window.chain.config == config
    qtbot.waitUntil(window.chain.indicator.isVisible, timeout=WAIT)


def test_test_connection_says_what_failed_in_plain_words(
    qtbot: QtBot, window: MainWindow, chain_db: ChainDb, empty_chain_db: ChainDb
) -> None:
    dialog, tab = _open_chain_tab(qtbot, window)
    _fill(tab, chain_db.config, "not-the-password")
    assert "refused the user or the password" in _test(qtbot, tab)

    _type_into(tab.password, chain_db.password.reveal())
    _type_into(tab.port, str(free_port()))  # nothing listens there
    assert "cannot be reached" in _test(qtbot, tab)

    _type_into(tab.port, str(empty_chain_db.config.port))
    _type_into(tab.dbname, empty_chain_db.dbname)
    said = _test(qtbot, tab)
    assert "not set up yet" in said and "esim-counter chain init" in said

    _type_into(tab.dbname, "no_such_database")
    assert "no such database" in _test(qtbot, tab)

    _type_into(tab.host, "")
    _type_into(tab.dbname, chain_db.dbname)
    assert "fill in the server" in _test(qtbot, tab)
    dialog.close()


def test_leaving_the_chain_removes_the_password_and_the_settings(
    qtbot: QtBot,
    window: MainWindow,
    chain_db: ChainDb,
    keyring_memory: MemoryKeyring,
    tmp_path: Path,
) -> None:
    dialog, tab = _open_chain_tab(qtbot, window)
    _fill(tab, chain_db.config, chain_db.password.reveal())
    _save(qtbot, dialog)
    assert (SERVICE, SecretName.CHAIN_PASSWORD.value) in keyring_memory.entries

    dialog, tab = _open_chain_tab(qtbot, window)
    assert tab.leave_button.isEnabled()
    qtbot.waitUntil(lambda: bool(tab.password.placeholderText()))  # "stored in the keyring"
    tab.leave_button.setFocus()
    _key(Qt.Key.Key_Space)
    assert tab.host.text() == ""
    _save(qtbot, dialog)

    assert (SERVICE, SecretName.CHAIN_PASSWORD.value) not in keyring_memory.entries
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    values = {key: settings.value(key) for key in settings.allKeys()}
    assert ChainConfig.load(values) is None
    assert not schema.CHAIN_ENABLED.read(values)
    qtbot.waitUntil(lambda: not window.chain.menu.menuAction().isVisible(), timeout=WAIT)
    assert window.chain.sync is None
