"""Closing a window while its background work runs: Settings (keyring read, slow Test
connection, Save then Esc), History and the day report. No error, no Qt warning (the
suite fails on both), and a save still lands and is applied."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.core.secret import Secret
from app.counter import Counter
from app.journal import Journal
from app.sandbox import DEFAULTS, Fault, Sandbox, SandboxConfig, ServerHandle, serve
from app.secrets import SERVICE, SecretName, SecretStore, class_path
from app.startup import open_counter
from app.training import training_setup
from app.ui.app import configure
from app.ui.main_window import MainWindow
from app.ui.settings_dialog import SettingsDialog
from tests.secrets.conftest import TEST_ALLOWED, MemoryKeyring

from .conftest import FAST_CONFIG

WAIT = 15000


class Gate:
    """Open unless a test closes it; a closed gate holds every worker that reaches it."""

    def __init__(self) -> None:
        self.open = threading.Event()
        self.open.set()
        self.reached = threading.Event()

    def close(self) -> None:
        self.open.clear()
        self.reached.clear()

    def pass_(self) -> None:
        self.reached.set()
        assert self.open.wait(20), "a test left a gate closed"


class GatedKeyring(MemoryKeyring):
    def __init__(self, gate: Gate) -> None:
        super().__init__()
        self.gate = gate

    def get_password(self, service: str, username: str) -> str | None:
        self.gate.pass_()
        return super().get_password(service, username)

    def set_password(self, service: str, username: str, password: str) -> None:
        self.gate.pass_()
        super().set_password(service, username, password)


class GatedJournal:
    """The real journal, with its searches (history, day report) held at a gate."""

    def __init__(self, journal: Journal, gate: Gate) -> None:
        self._journal = journal
        self.gate = gate

    def search(self, **filters: Any) -> list[Any]:
        self.gate.pass_()
        return self._journal.search(**filters)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._journal, name)


@dataclass
class Counter_:
    window: MainWindow
    gate: Gate
    keyring: GatedKeyring
    settings: QSettings


@pytest.fixture
def sandbox() -> Iterator[tuple[Sandbox, ServerHandle]]:
    made = Sandbox(SandboxConfig(clock_scale=0.001))
    with serve(made) as handle:
        yield made, handle


@pytest.fixture
def shop(qtbot: QtBot, qapp: QApplication, tmp_path: Path) -> Iterator[Counter_]:
    configure(qapp)
    gate = Gate()
    keyring = GatedKeyring(gate)
    allowed = {**TEST_ALLOWED, class_path(keyring): "the gated test keyring"}
    store = SecretStore(keyring, allowed=allowed)
    journal = Journal(tmp_path / "journal.sqlite3")
    gated = GatedJournal(journal, gate)
    setup = training_setup(FAST_CONFIG)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)

    def factory(values: dict[str, object], _journal: object) -> object:
        if values.get("accounts/esimfly/enabled") not in ("true", True):
            return Counter(setup.providers, gated, training=True)  # type: ignore[arg-type]
        return open_counter(values, journal=journal, store=store)

    window = MainWindow(
        factory,  # type: ignore[arg-type]
        settings,
        training=True,
        full_screen_display=False,
        display_timeout=0,
        store=store,
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.counter is not None, timeout=WAIT)
    yield Counter_(window, gate, keyring, settings)
    gate.open.set()
    window.close()
    journal.close()
    setup.close()


def _open_settings(qtbot: QtBot, window: MainWindow) -> SettingsDialog:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    flow = window.settings_flow
    qtbot.waitUntil(lambda: flow is not None and flow.dialog is not None)
    dialog = flow.dialog  # type: ignore[union-attr]
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def _escape(qtbot: QtBot, dialog: QWidget) -> None:
    """Esc as the owner presses it: on whatever has the focus in the dialog."""
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    # The focus may be on nothing (Save, which had it, is disabled while saving): then
    # the key goes to the dialog itself, as Qt delivers it.
    focus = QApplication.focusWidget() or dialog
    assert focus is dialog or dialog.isAncestorOf(focus)
    qtbot.keyClick(focus, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible())


def _shortcut(qtbot: QtBot, window: MainWindow, key: Qt.Key) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)


def _settled(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.runner.outstanding() == 0, timeout=WAIT)


def test_esc_while_the_keyring_is_read(qtbot: QtBot, shop: Counter_) -> None:
    shop.gate.close()
    dialog = _open_settings(qtbot, shop.window)
    assert shop.gate.reached.wait(5)
    assert dialog.keyring_state.text().startswith("Checking")
    _escape(qtbot, dialog)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog))  # deleted, labels and all
    shop.gate.open.set()
    _settled(qtbot, shop.window)  # the answer came back to nobody, quietly


def test_esc_during_a_slow_test_connection(qtbot: QtBot, shop: Counter_, sandbox) -> None:
    box_sandbox, server = sandbox
    dialog = _open_settings(qtbot, shop.window)
    qtbot.waitUntil(lambda: not dialog.keyring_state.text().startswith("Checking"))
    box = dialog.esimfly
    box.enabled.setChecked(True)
    box.base_url.setText(server.url)
    box.fields[SecretName.ESIMFLY_ACCESS_CODE].edit.setText(DEFAULTS.esimfly_access_code)
    box.fields[SecretName.ESIMFLY_SECRET_KEY].edit.setText(DEFAULTS.esimfly_secret_key)
    box_sandbox.inject(Fault("delay", provider="esimfly", seconds=1.5, count=0))
    qtbot.mouseClick(box.test_button, Qt.MouseButton.LeftButton)
    assert box.result.text() == "Testing…"
    _escape(qtbot, dialog)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog))
    _settled(qtbot, shop.window)  # the balance arrived after the dialog had gone
    box_sandbox.clear_faults()


def test_save_then_esc_saves_and_applies(qtbot: QtBot, shop: Counter_, sandbox) -> None:
    _, server = sandbox
    window = shop.window
    dialog = _open_settings(qtbot, window)
    qtbot.waitUntil(lambda: not dialog.keyring_state.text().startswith("Checking"))
    box = dialog.esimfly
    box.enabled.setChecked(True)
    box.base_url.setText(server.url)
    box.fields[SecretName.ESIMFLY_ACCESS_CODE].edit.setText(DEFAULTS.esimfly_access_code)
    box.fields[SecretName.ESIMFLY_SECRET_KEY].edit.setText(DEFAULTS.esimfly_secret_key)
    qtbot.mouseClick(box.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.result.text().startswith("Connected"), timeout=WAIT)
    shop.gate.close()  # the keyring write will wait
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert shop.gate.reached.wait(5)
    assert dialog.message.text() == "Saving…"
    _escape(qtbot, dialog)
    shop.gate.open.set()
    # Saved: the secrets in the keyring, the account in the settings...
    qtbot.waitUntil(lambda: (SERVICE, "esimfly.secret_key") in shop.keyring.entries, timeout=WAIT)
    qtbot.waitUntil(lambda: shop.settings.value("accounts/esimfly/enabled") == "true")
    # ...and applied: the counter reopened for real, through eSIMfly only.
    qtbot.waitUntil(
        lambda: window.counter is not None and not window.counter.training, timeout=WAIT
    )
    assert window.banner.isHidden()
    assert Secret(shop.keyring.entries[(SERVICE, "esimfly.secret_key")]) == Secret(
        DEFAULTS.esimfly_secret_key
    )


def test_history_closed_while_loading(qtbot: QtBot, shop: Counter_) -> None:
    window = shop.window
    shop.gate.close()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    dialog = window.history
    assert dialog is not None
    assert shop.gate.reached.wait(5)
    assert dialog.model.loading
    _escape(qtbot, dialog)
    shop.gate.open.set()
    _settled(qtbot, window)
    assert dialog.model.rowCount() == 0  # the page that came back was dropped
    # Opened again, it loads afresh.
    _shortcut(qtbot, window, Qt.Key.Key_H)
    qtbot.waitUntil(lambda: dialog.isVisible() and not dialog.model.loading)


def test_history_date_fields_follow_from(qtbot: QtBot, shop: Counter_) -> None:
    window = shop.window
    window.open_history()
    dialog = window.history
    assert dialog is not None
    assert not dialog.since.isEnabled() and not dialog.until.isEnabled()
    dialog.use_dates.click()
    assert dialog.since.isEnabled() and dialog.until.isEnabled()


def test_day_report_closed_while_loading(qtbot: QtBot, shop: Counter_) -> None:
    window = shop.window
    shop.gate.close()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    dialog = window.day_report
    assert dialog is not None
    assert shop.gate.reached.wait(5)
    _escape(qtbot, dialog)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog))
    shop.gate.open.set()
    _settled(qtbot, window)
    _shortcut(qtbot, window, Qt.Key.Key_R)
    qtbot.waitUntil(lambda: window.day_report is not None and shiboken6.isValid(window.day_report))
    report = window.day_report
    qtbot.waitUntil(lambda: report.shown is not None, timeout=WAIT)  # type: ignore[union-attr]


def test_day_report_shows_only_the_newest_day(qtbot: QtBot, shop: Counter_) -> None:
    window = shop.window
    window.open_day_report()
    dialog = window.day_report
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.shown is not None, timeout=WAIT)
    shop.gate.close()
    today = QDate.currentDate()
    dialog.day.setDate(today.addDays(-3))  # held at the gate
    assert shop.gate.reached.wait(5)
    dialog.day.setDate(today.addDays(-1))
    shop.gate.open.set()
    _settled(qtbot, window)
    assert dialog.shown is not None
    assert dialog.shown.since.astimezone().date() == today.addDays(-1).toPython()
    # An answer for an older day arriving late is not shown over the newer one.
    stale = dialog.shown.__class__(since=dialog.shown.since, until=dialog.shown.until)
    dialog._show(stale, dialog._generation - 1)
    assert dialog.shown is not stale
