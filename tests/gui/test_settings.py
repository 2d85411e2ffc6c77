"""The settings dialog: accounts and their secrets in the keyring (store, replace, remove),
Test connection good and bad, the keyring refusals, the manager PIN, and a counter with
both providers configured selling each plan through its own provider."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from keyring.backends import fail
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from app.core.plans import ProviderId
from app.core.secret import Secret
from app.journal import Journal
from app.sandbox import DEFAULTS, Sandbox, SandboxConfig, ServerHandle, serve
from app.secrets import SERVICE, SecretName, SecretStore
from app.startup import open_counter
from app.ui.app import configure
from app.ui.main_window import MainWindow
from app.ui.settings_dialog import SettingsDialog
from tests.secrets.conftest import TEST_ALLOWED, MemoryKeyring, PlaintextKeyring

from .clerk import find_by_keyboard, pick_plan_by_keyboard, row_of, sell_by_keyboard, wait_outcome


@pytest.fixture
def sandbox() -> Iterator[tuple[Sandbox, ServerHandle]]:
    made = Sandbox(SandboxConfig(clock_scale=0.001))
    with serve(made) as handle:
        yield made, handle


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
    qtbot.waitUntil(lambda: made.counter is not None, timeout=15000)
    yield made
    made.close()
    journal.close()


def _dialog(qtbot: QtBot, window: MainWindow) -> SettingsDialog:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: window.settings_flow is not None and window.settings_flow.dialog is not None
    )
    dialog = window.settings_flow.dialog  # type: ignore[union-attr]
    assert dialog is not None
    qtbot.waitUntil(lambda: not dialog.keyring_state.text().startswith("Checking"))
    return dialog


def _save(
    qtbot: QtBot, window: MainWindow, dialog: SettingsDialog, *, anyway: bool = False
) -> None:
    """Press Save; with ``anyway`` the connection test fails and the owner confirms."""
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    if not anyway:
        with qtbot.waitSignal(dialog.saved, timeout=10000):
            qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        return
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.confirm is not None, timeout=10000)
    confirm = dialog.confirm
    assert confirm is not None
    with qtbot.waitSignal(dialog.saved, timeout=10000):
        qtbot.mouseClick(confirm.button(QMessageBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def _configure_esimfly(dialog: SettingsDialog, url: str, secret: str) -> None:
    box = dialog.esimfly
    box.enabled.setChecked(True)
    box.base_url.setText(url)
    box.fields[SecretName.ESIMFLY_ACCESS_CODE].edit.setText(DEFAULTS.esimfly_access_code)
    box.fields[SecretName.ESIMFLY_SECRET_KEY].edit.setText(secret)


def _configure_octopus(dialog: SettingsDialog, url: str) -> None:
    box = dialog.octopus
    box.enabled.setChecked(True)
    box.base_url.setText(url)
    box.fields[SecretName.OCTOPUS_API_KEY].edit.setText(DEFAULTS.octopus_api_key)
    box.fields[SecretName.OCTOPUS_API_SECRET].edit.setText(DEFAULTS.octopus_api_secret)


def test_store_replace_remove(
    qtbot: QtBot, window: MainWindow, keyring_memory: MemoryKeyring, sandbox, tmp_path: Path
) -> None:
    _, server = sandbox
    dialog = _dialog(qtbot, window)
    _configure_esimfly(dialog, server.url, "sk_marker_first")
    _save(qtbot, window, dialog, anyway=True)
    assert keyring_memory.entries[(SERVICE, "esimfly.secret_key")] == "sk_marker_first"
    settings_file = (tmp_path / "settings.ini").read_text(encoding="utf-8")
    assert "sk_marker_first" not in settings_file and "esf_sandbox_access" not in settings_file
    assert server.url in settings_file

    dialog = _dialog(qtbot, window)
    field = dialog.esimfly.fields[SecretName.ESIMFLY_SECRET_KEY]
    qtbot.waitUntil(lambda: field.state.text() == "stored ✓")
    assert field.edit.text() == ""  # never pre-filled with the stored value
    field.edit.setText("sk_marker_second")
    assert field.state.text() == "will be replaced"
    _save(qtbot, window, dialog, anyway=True)
    assert keyring_memory.entries[(SERVICE, "esimfly.secret_key")] == "sk_marker_second"

    dialog = _dialog(qtbot, window)
    field = dialog.esimfly.fields[SecretName.ESIMFLY_ACCESS_CODE]
    qtbot.waitUntil(lambda: field.remove.isVisible())
    qtbot.mouseClick(field.remove, Qt.MouseButton.LeftButton)
    dialog.esimfly.enabled.setChecked(False)
    _save(qtbot, window, dialog)
    assert (SERVICE, "esimfly.access_code") not in keyring_memory.entries


def test_test_connection_good_and_bad(qtbot: QtBot, window: MainWindow, sandbox) -> None:
    _, server = sandbox
    dialog = _dialog(qtbot, window)
    _configure_esimfly(dialog, server.url, DEFAULTS.esimfly_secret_key)
    box = dialog.esimfly
    qtbot.mouseClick(box.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.result.text().startswith("Connected"), timeout=10000)
    assert "USD\u00a01,000.00" in box.result.text()

    box.fields[SecretName.ESIMFLY_SECRET_KEY].edit.setText("sk_wrong")
    qtbot.mouseClick(box.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Testing" not in box.result.text(), timeout=10000)
    assert "secret key is wrong" in box.result.text()
    assert "sk_wrong" not in box.result.text()

    box.base_url.setText("http://example.com")
    qtbot.mouseClick(box.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "https://" in box.result.text(), timeout=10000)

    box.base_url.setText("http://127.0.0.1:9")  # nothing listens on the discard port
    qtbot.mouseClick(box.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Cannot reach" in box.result.text(), timeout=20000)


@pytest.mark.parametrize(
    ("backend", "says"),
    [
        (fail.Keyring(), "No safe keyring is available"),
        (PlaintextKeyring(), "keeps secrets in a file"),
    ],
    ids=["no-keyring", "plaintext-file"],
)
def test_no_safe_keyring_refuses_and_training_keeps_working(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, backend: object, says: str
) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    runner_window = MainWindow(
        lambda *_: open_counter({}, journal_path=tmp_path / "j.sqlite3"),
        settings,
        training=True,
        full_screen_display=False,
        store=SecretStore(backend, allowed=TEST_ALLOWED),  # type: ignore[arg-type]
    )
    qtbot.addWidget(runner_window)
    runner_window.show()
    qtbot.waitUntil(lambda: runner_window.counter is not None, timeout=15000)
    assert runner_window.counter.training  # type: ignore[union-attr]
    assert not runner_window.banner.isHidden()
    dialog = _dialog(qtbot, runner_window)
    qtbot.waitUntil(lambda: says in dialog.keyring_state.text())
    assert dialog.keyring_state.property("bad") is True
    dialog.esimfly.enabled.setChecked(True)
    field = dialog.esimfly.fields[SecretName.ESIMFLY_SECRET_KEY]
    assert not field.isEnabled()
    runner_window.counter.journal.close()  # type: ignore[union-attr]
    runner_window.close()


def test_manager_pin(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, window)
    dialog.pin.setText("4711")
    dialog.pin_again.setText("4711")
    dialog.require_pin.setChecked(True)
    _save(qtbot, window, dialog)
    stored = str(window._settings.value("security/pin_hash"))
    assert stored.startswith("scrypt$") and "4711" not in stored
    assert "4711" not in (tmp_path / "settings.ini").read_text(encoding="utf-8")

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(str(a[2])))
    answers = iter(["1111", "2222", "3333", "4711"])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (next(answers), True))
    flow = window.settings_flow
    assert flow is not None
    flow.dialog = None
    for attempt in range(1, 4):
        flow.open()
        qtbot.waitUntil(lambda attempt=attempt: len(warnings) == attempt)
    assert flow.dialog is None
    assert "Try again in" in warnings[-1] or "wait" in warnings[-1].lower()
    flow.open()  # still locked: not even asked
    assert len(warnings) == 4 and flow.dialog is None
    flow.guard._open_at = 0.0  # the wait has passed
    flow.open()
    qtbot.waitUntil(lambda: flow.dialog is not None)


def test_both_providers_each_sale_goes_to_its_own(
    qtbot: QtBot, window: MainWindow, sandbox
) -> None:
    box_sandbox, server = sandbox
    dialog = _dialog(qtbot, window)
    _configure_esimfly(dialog, server.url, DEFAULTS.esimfly_secret_key)
    _configure_octopus(dialog, server.url)
    _save(qtbot, window, dialog)
    qtbot.waitUntil(
        lambda: window.counter is not None and not window.counter.training, timeout=15000
    )
    assert window.banner.isHidden()
    counter = window.counter
    assert set(counter.providers) == set(ProviderId)
    qtbot.waitUntil(
        lambda: "eSIMfly" in window.balance.text() and "Octopus" in window.balance.text()
    )
    for provider, other in ((ProviderId.OCTOPUS, "esimfly"), (ProviderId.ESIMFLY, "octopus")):
        before = len(box_sandbox.orders(other))
        find_by_keyboard(qtbot, window, "germ")
        pick_plan_by_keyboard(qtbot, window, row_of(window, provider))
        sell_by_keyboard(qtbot, window)
        assert wait_outcome(qtbot, window) == "success"
        assert len(box_sandbox.orders(provider.value)) == 1
        assert len(box_sandbox.orders(other)) == before
        window.flow.display.close()  # type: ignore[union-attr]
    assert box_sandbox.balance("octopus") < Decimal("1000")
    assert all(not o.training for o in counter.journal.search())
    assert Secret(DEFAULTS.esimfly_secret_key) == Secret(DEFAULTS.esimfly_secret_key)


def test_wrong_credentials_save_anyway_then_real_not_connected_then_training_again(
    qtbot: QtBot, window: MainWindow, sandbox
) -> None:
    _, server = sandbox
    training = window.counter
    assert training is not None and training.training
    esimfly_before = training.providers[ProviderId.ESIMFLY]
    dialog = _dialog(qtbot, window)
    _configure_esimfly(dialog, server.url, "sk_wrong")
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: dialog.confirm is not None, timeout=10000)
    confirm = dialog.confirm
    assert confirm is not None
    text = confirm.text()
    assert "The connection test failed" in text and "REAL — NOT CONNECTED" in text
    assert "secret key is wrong" in text and "sk_wrong" not in text
    assert "shop owner" not in text and ".)." not in text  # said to the owner, cleanly
    # Go back first (the default button, Enter), then save anyway.
    qtbot.keyClick(confirm, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.confirm is None and dialog.buttons.isEnabled())
    assert "Not saved" in dialog.message.text()
    _save(qtbot, window, dialog, anyway=True)

    banner = window.banner
    qtbot.waitUntil(lambda: banner.text().startswith("REAL — not connected"), timeout=15000)
    assert not banner.isHidden() and "TRAINING" not in banner.text()
    assert "secret key is wrong" in banner.text()
    assert window.counter is None
    assert window.picker.proxy.rowCount() == 0 and window.plans.proxy.rowCount() == 0
    assert window.balance.text() == ""
    assert not window.sell_panel.sell_button.isEnabled()
    assert "not connected" in window.sell_panel.sell_button.toolTip().lower()
    assert "not connected" in window.statusBar().currentMessage()
    # The sales are still there to look up.
    assert window.history_action.isEnabled()
    window.history_action.trigger()
    qtbot.waitUntil(lambda: window.history is not None and window.history.isVisible())
    window.history.close()  # type: ignore[union-attr]

    # Switched off again: training, with the same training wallet as before.
    dialog = _dialog(qtbot, window)
    dialog.esimfly.enabled.setChecked(False)
    _save(qtbot, window, dialog)
    qtbot.waitUntil(lambda: window.counter is not None, timeout=15000)
    assert window.counter.training  # type: ignore[union-attr]
    assert window.banner.text().startswith("TRAINING")
    assert window.counter.providers[ProviderId.ESIMFLY] is esimfly_before  # type: ignore[union-attr]
    assert window.picker.proxy.rowCount() > 0
