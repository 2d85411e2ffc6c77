"""Settings › Clerks (issue 15): the owner adds a clerk by keyboard; mistakes get a
sentence; sign-in cannot be switched on without an owner clerk; an owner signed in opens
Settings without the manager PIN a second time."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app import settings_schema as schema
from app.pin import hash_pin
from app.till.roles import Role
from app.ui.app import configure
from app.ui.clerks_tab import ClerksTab
from app.ui.settings_dialog import SettingsDialog

from .clerk import WAIT
from .test_clerk_gate import Counter15, _sign_in, make_counter


@pytest.fixture
def owner_counter(qtbot: QtBot, qapp: QApplication, tmp_path: Path) -> Iterator[Counter15]:
    configure(qapp)
    made, setup = make_counter(qtbot, tmp_path, sign_in=False)
    yield made
    if made.window.settings_flow is not None and made.window.settings_flow.dialog is not None:
        made.window.settings_flow.dialog.close()
    made.window.close()
    made.journal.close()
    setup.close()  # type: ignore[attr-defined]


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _key(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(_focused(), key, modifier)


def _tab_to(target: QWidget) -> None:
    for _ in range(60):
        if _focused() is target or target.isAncestorOf(_focused()):
            return
        _key(Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.accessibleName()}")


def _open_clerks(qtbot: QtBot, counter: Counter15) -> tuple[SettingsDialog, ClerksTab]:
    window = counter.window
    window.open_settings()
    qtbot.waitUntil(
        lambda: window.settings_flow is not None and window.settings_flow.dialog is not None,
        timeout=WAIT,
    )
    dialog = window.settings_flow.dialog  # type: ignore[union-attr]
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.isAncestorOf(_focused()))
    tab = dialog.clerks
    for _ in range(dialog.tabs.count()):  # Ctrl+Tab through the tabs, as the owner would
        if tab.isVisible():
            break
        _key(Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(tab.isVisible)
    qtbot.waitUntil(lambda: tab.list.count() == 3, timeout=WAIT)
    return dialog, tab


def _fill(tab: ClerksTab, name: str, role_letter: str, pin: str, again: str) -> None:
    _tab_to(tab.name)
    QTest.keyClick(_focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(_focused(), name)
    _key(Qt.Key.Key_Tab)
    assert _focused() is tab.role
    QTest.keyClicks(_focused(), role_letter)  # the combo's first-letter search
    _key(Qt.Key.Key_Tab)
    QTest.keyClicks(_focused(), pin)
    _key(Qt.Key.Key_Tab)
    QTest.keyClicks(_focused(), again)


def _press(button: QWidget) -> None:
    _tab_to(button)
    _key(Qt.Key.Key_Space)


def test_the_owner_adds_a_clerk_by_keyboard(qtbot: QtBot, owner_counter: Counter15) -> None:
    _dialog, tab = _open_clerks(qtbot, owner_counter)
    _fill(tab, "Omar", "S", "1234", "1243")
    _press(tab.add_button)
    assert tab.message.text() == "The two PINs are not the same."
    _fill(tab, "ana", "C", "1234", "1234")
    _press(tab.add_button)
    assert tab.message.text() == "There is already a clerk called Ana."
    _fill(tab, "Omar", "S", "12", "12")
    _press(tab.add_button)
    assert "4 to 12 digits" in tab.message.text()
    _fill(tab, "Omar", "S", "1234", "1234")
    _press(tab.add_button)
    qtbot.waitUntil(lambda: tab.list.count() == 4, timeout=WAIT)
    assert tab.message.text() == "Omar can now sign in."
    omar = owner_counter.journal.clerk("Omar")
    assert omar is not None and omar.role is Role.SUPERVISOR and omar.active
    assert tab.selected() is not None and tab.selected().name == "Omar"  # type: ignore[union-attr]
    _press(tab.active_button)  # deactivate
    qtbot.waitUntil(lambda: "deactivated" in tab.list.currentItem().text(), timeout=WAIT)
    assert not owner_counter.journal.clerk("Omar").active  # type: ignore[union-attr]


def test_sign_in_needs_an_owner_clerk(qtbot: QtBot, owner_counter: Counter15) -> None:
    dialog, tab = _open_clerks(qtbot, owner_counter)
    tab.require.setChecked(True)
    dialog.save()
    assert "Add an owner clerk" in dialog.message.text()
    assert owner_counter.window._settings.value(schema.REQUIRE_SIGN_IN.key, False) not in (
        True,
        "true",
    )


def test_an_owner_signed_in_opens_settings_without_the_pin_again(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    configure(qapp)
    made, setup = make_counter(qtbot, tmp_path, sign_in=True)
    try:
        window = made.window
        window._settings.setValue(schema.PIN_HASH.key, hash_pin("4711"))
        made.journal.add_clerk("Olga", Role.OWNER, hash_pin("8642"))
        _sign_in(qtbot, window, "Olga", "8642")
        qtbot.waitUntil(lambda: window.clerk_gate.name == "Olga", timeout=WAIT)
        qtbot.waitUntil(lambda: window.clerk_gate.prompt is None)
        window.open_settings()  # no manager PIN prompt: Olga is the owner
        qtbot.waitUntil(
            lambda: window.settings_flow is not None and window.settings_flow.dialog is not None,
            timeout=WAIT,
        )
        window.settings_flow.dialog.close()  # type: ignore[union-attr]
    finally:
        made.window.close()
        made.journal.close()
        setup.close()  # type: ignore[attr-defined]


def test_a_clerk_asking_for_settings_gets_them_after_an_owner_approves(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    """Ctrl+, by Ana (a clerk): the approval prompt lists only the owner; Olga's PIN opens
    Settings without the manager PIN as well, and the override names both."""
    from datetime import UTC, datetime, timedelta

    from app.till.roles import Action

    from .clerk import driver

    configure(qapp)
    made, setup = make_counter(qtbot, tmp_path, sign_in=True)
    try:
        window = made.window
        window._settings.setValue(schema.PIN_HASH.key, hash_pin("4711"))
        made.journal.add_clerk("Olga", Role.OWNER, hash_pin("8642"))
        _sign_in(qtbot, window, "Ana", "1357")
        qtbot.waitUntil(lambda: window.clerk_gate.name == "Ana", timeout=WAIT)
        qtbot.waitUntil(lambda: window.clerk_gate.prompt is None)
        keys = driver(qtbot, window)
        keys.activate()
        keys.press(Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: window.clerk_gate.prompt is not None, timeout=WAIT)
        prompt = window.clerk_gate.prompt
        assert prompt is not None and prompt.objectName() == "approvalDialog"
        assert [prompt.name.itemText(i) for i in range(prompt.name.count())] == ["Olga"]
        _sign_in(qtbot, window, "Olga", "8642")
        qtbot.waitUntil(
            lambda: window.settings_flow is not None and window.settings_flow.dialog is not None,
            timeout=WAIT,
        )
        now = datetime.now(UTC)
        (row,) = made.journal.overrides(now - timedelta(hours=1), now + timedelta(hours=1))
        assert (row.action, row.clerk, row.approver) == (Action.SETTINGS, "Ana", "Olga")
        window.settings_flow.dialog.close()  # type: ignore[union-attr]
    finally:
        made.window.close()
        made.journal.close()
        setup.close()  # type: ignore[attr-defined]
