"""Clerks at the counter (issue 15): sign in by keyboard, wrong PINs slowed down, the idle
sign-out, switching clerk by Ctrl+L, and a refund above a clerk's role approved by the
manager PIN or a supervisor and journalled with both names. Real widgets, real keys."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app import settings_schema as schema
from app.counter import Counter
from app.journal import Journal
from app.pin import hash_pin
from app.secrets import SecretStore
from app.till.clerks import ClerkBook
from app.till.roles import Action, Role
from app.till.session import Session
from app.training import training_setup
from app.ui.app import configure
from app.ui.clerk_session import MANAGER
from app.ui.main_window import MainWindow
from app.ui.sign_in_dialog import SignInDialog
from tests.secrets.conftest import TEST_ALLOWED, MemoryKeyring

from .clerk import (
    WAIT,
    driver,
    find_by_keyboard,
    pick_plan_by_keyboard,
    sell_by_keyboard,
    wait_outcome,
)
from .conftest import FAST_CONFIG


class Clock:
    """Monotonic seconds the test moves on: no real waiting for the idle time."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@dataclass
class Counter15:
    window: MainWindow
    journal: Journal
    clock: Clock


def make_counter(
    qtbot: QtBot, folder: Path, *, sign_in: bool, clerks: bool = True
) -> tuple[Counter15, object]:
    setup = training_setup(FAST_CONFIG)
    journal = Journal(folder / "journal.sqlite3")
    if clerks:
        book = ClerkBook(journal)
        book.add("Ana", "1357", Role.CLERK)
        book.add("Ben", "2468", Role.CLERK)
        book.add("Sara", "9753", Role.SUPERVISOR)
    counter = Counter(setup.providers, journal, training=True, clerk="shop")
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(schema.REQUIRE_SIGN_IN.key, sign_in)
    settings.setValue(schema.IDLE_MINUTES.key, 5)
    settings.setValue(schema.CLERK.key, "shop")
    window = MainWindow(
        lambda *_: counter,
        settings,
        training=True,
        full_screen_display=False,
        poll_delays=(0.05,),
        display_timeout=0,
        store=SecretStore(MemoryKeyring(), allowed=TEST_ALLOWED),
    )
    clock = Clock()
    gate = window.clerk_gate
    gate.session = Session(gate.book, gate.session.policy, clock=clock)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.counter is not None, timeout=WAIT)
    return Counter15(window, journal, clock), setup


@pytest.fixture
def signing(qtbot: QtBot, qapp: QApplication, tmp_path: Path) -> Iterator[Counter15]:
    configure(qapp)
    made, setup = make_counter(qtbot, tmp_path, sign_in=True)
    yield made
    made.window.close()
    made.journal.close()
    setup.close()  # type: ignore[attr-defined]


@pytest.fixture
def one_person(qtbot: QtBot, qapp: QApplication, tmp_path: Path) -> Iterator[Counter15]:
    configure(qapp)
    made, setup = make_counter(qtbot, tmp_path, sign_in=False, clerks=False)
    yield made
    made.window.close()
    made.journal.close()
    setup.close()  # type: ignore[attr-defined]


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _key(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(_focused(), key, modifier)


def _prompt(qtbot: QtBot, window: MainWindow) -> SignInDialog:
    qtbot.waitUntil(lambda: window.clerk_gate.prompt is not None, timeout=WAIT)
    prompt = window.clerk_gate.prompt
    assert prompt is not None
    qtbot.waitUntil(lambda: prompt.isVisible() and prompt.isAncestorOf(_focused()))
    return prompt


def _sign_in(qtbot: QtBot, window: MainWindow, name: str, pin: str) -> SignInDialog:
    """The name typed into the focused name box, Tab, the PIN, Enter."""
    prompt = _prompt(qtbot, window)
    if not prompt.name.isAncestorOf(_focused()) and _focused() is not prompt.name:
        _key(Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClick(_focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(_focused(), name)
    _key(Qt.Key.Key_Tab)
    assert _focused() is prompt.pin
    QTest.keyClicks(_focused(), pin)
    _key(Qt.Key.Key_Return)
    return prompt


def _overrides(journal: Journal) -> list:
    now = datetime.now(UTC)
    return journal.overrides(now - timedelta(hours=1), now + timedelta(hours=1))


def test_sign_in_by_keyboard_and_the_name_shows(qtbot: QtBot, signing: Counter15) -> None:
    window = signing.window
    assert window.clerk_gate.name == ""
    assert window.clerk_gate.label.text() == "Signed out"
    prompt = _prompt(qtbot, window)
    assert prompt.windowTitle() == "Sign in"
    _key(Qt.Key.Key_Escape)  # nobody signed in: Esc does not reveal the counter
    assert prompt.isVisible()
    _sign_in(qtbot, window, "ana", "1357")  # the name in any case
    qtbot.waitUntil(lambda: window.clerk_gate.name == "Ana", timeout=WAIT)
    qtbot.waitUntil(lambda: window.clerk_gate.prompt is None)
    assert window.clerk_gate.label.text() == "Clerk: Ana"
    assert window.counter is not None and window.counter.clerk == "Ana"


def test_wrong_pins_then_the_wait_is_said(qtbot: QtBot, signing: Counter15) -> None:
    window = signing.window
    for _ in range(3):
        prompt = _sign_in(qtbot, window, "Ana", "0000")
        qtbot.waitUntil(lambda p=prompt: "do not match" in p.message.text(), timeout=WAIT)
        assert _focused() is prompt.pin and prompt.pin.text() == ""
    prompt = _sign_in(qtbot, window, "Ana", "1357")  # even the right PIN waits now
    qtbot.waitUntil(lambda: "Too many wrong PINs" in prompt.message.text(), timeout=WAIT)
    assert "Try again in 30 second" in prompt.message.text()  # how long, in words
    assert window.clerk_gate.name == ""
    # Another clerk is not locked out by Ana's guesses.
    _sign_in(qtbot, window, "Ben", "2468")
    qtbot.waitUntil(lambda: window.clerk_gate.name == "Ben", timeout=WAIT)


def test_idle_sign_out_with_a_moved_clock(qtbot: QtBot, signing: Counter15) -> None:
    window = signing.window
    _sign_in(qtbot, window, "Ana", "1357")
    qtbot.waitUntil(lambda: window.clerk_gate.name == "Ana", timeout=WAIT)
    qtbot.waitUntil(lambda: window.clerk_gate.prompt is None)
    assert window.clerk_gate.idle_timer.isActive()
    signing.clock.now += 4 * 60
    QTest.keyClick(window, Qt.Key.Key_Shift)  # activity: the idle time starts again
    signing.clock.now += 4 * 60
    window.clerk_gate.idle_timer.timeout.emit()
    assert window.clerk_gate.name == "Ana"
    signing.clock.now += 5 * 60
    window.clerk_gate.idle_timer.timeout.emit()
    assert window.clerk_gate.name == ""
    assert window.counter is not None and window.counter.clerk == ""
    prompt = _prompt(qtbot, window)
    assert prompt.name.currentText() == "Ana"  # offered first: who was at the counter
    assert _focused() is prompt.pin


def test_switching_clerk_by_ctrl_l_and_the_next_sale_carries_the_name(
    qtbot: QtBot, signing: Counter15
) -> None:
    window = signing.window
    _sign_in(qtbot, window, "Ana", "1357")
    qtbot.waitUntil(lambda: window.clerk_gate.name == "Ana", timeout=WAIT)
    qtbot.waitUntil(lambda: window.clerk_gate.prompt is None)
    keys = driver(qtbot, window)
    keys.activate()
    keys.press(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # the two keystrokes
    prompt = _prompt(qtbot, window)
    assert prompt.windowTitle() == "Switch clerk"
    _sign_in(qtbot, window, "Ben", "2468")
    qtbot.waitUntil(lambda: window.clerk_gate.name == "Ben", timeout=WAIT)
    qtbot.waitUntil(lambda: window.clerk_gate.prompt is None)
    find_by_keyboard(qtbot, window, "Japan")
    pick_plan_by_keyboard(qtbot, window, 0)
    sell_by_keyboard(qtbot, window)
    wait_outcome(qtbot, window)
    order = window.flow.last_order
    assert order is not None
    stored = signing.journal.get(order.reference)
    assert stored is not None and stored.clerk == "Ben"


def _type_manager_pin(qtbot: QtBot, window: MainWindow, pin: str) -> None:
    qtbot.waitUntil(lambda: window.manager.prompt is not None, timeout=WAIT)
    prompt = window.manager.prompt
    assert prompt is not None
    qtbot.waitUntil(lambda: isinstance(_focused(), QLineEdit) and prompt.isAncestorOf(_focused()))
    QTest.keyClicks(_focused(), pin)
    _key(Qt.Key.Key_Return)


def test_a_refund_needs_the_manager_pin_and_is_journalled_with_both_names(
    qtbot: QtBot, one_person: Counter15, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The one-person counter (its clerk has the clerk role): a refund only after the
    manager PIN, and the override names the clerk and the approver."""
    window = one_person.window
    window._settings.setValue(schema.PIN_HASH.key, hash_pin("4711"))
    warnings: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: warnings.append(box))
    refunded: list[str] = []
    refused: list[str] = []
    gate = window.clerk_gate
    gate.may(
        Action.REFUND, lambda: refunded.append("x"), lambda: refused.append("x"), reference="S-1"
    )
    _type_manager_pin(qtbot, window, "1111")
    qtbot.waitUntil(lambda: len(warnings) == 1, timeout=WAIT)
    assert refunded == [] and refused == ["x"]
    assert _overrides(one_person.journal) == []
    gate.may(Action.REFUND, lambda: refunded.append("x"), reference="S-1")
    _type_manager_pin(qtbot, window, "4711")
    qtbot.waitUntil(lambda: refunded == ["x"], timeout=WAIT)
    (row,) = _overrides(one_person.journal)
    assert (row.action, row.clerk, row.approver, row.reference) == (
        Action.REFUND,
        "shop",
        MANAGER,
        "S-1",
    )
    assert row.training


def test_a_clerk_refund_approved_by_a_supervisor(qtbot: QtBot, signing: Counter15) -> None:
    window = signing.window
    _sign_in(qtbot, window, "Ana", "1357")
    qtbot.waitUntil(lambda: window.clerk_gate.name == "Ana", timeout=WAIT)
    qtbot.waitUntil(lambda: window.clerk_gate.prompt is None)
    refunded: list[str] = []
    window.clerk_gate.may(Action.REFUND, lambda: refunded.append("x"), reference="S-2")
    prompt = _prompt(qtbot, window)
    assert prompt.objectName() == "approvalDialog"
    assert [prompt.name.itemText(i) for i in range(prompt.name.count())] == ["Sara"]
    _sign_in(qtbot, window, "Ben", "2468")  # a clerk cannot approve
    qtbot.waitUntil(lambda: "may not allow" in prompt.message.text(), timeout=WAIT)
    _sign_in(qtbot, window, "Sara", "9753")
    qtbot.waitUntil(lambda: refunded == ["x"], timeout=WAIT)
    (row,) = _overrides(signing.journal)
    assert (row.clerk, row.approver, row.reference) == ("Ana", "Sara", "S-2")
    assert window.clerk_gate.name == "Ana"  # approving does not sign Sara in


def test_the_one_person_counter_asks_nothing_new(qtbot: QtBot, one_person: Counter15) -> None:
    """The default: no sign-in prompt, the shop's clerk name on sales, and what a clerk
    may do runs at once."""
    window = one_person.window
    assert window.clerk_gate.prompt is None
    assert window.clerk_gate.name == "shop"
    ran: list[str] = []
    window.clerk_gate.may(Action.HISTORY, lambda: ran.append("history"))
    assert ran == ["history"]
    assert window.clerk_gate.switch_action is not None
    assert not window.clerk_gate.switch_action.isEnabled()
