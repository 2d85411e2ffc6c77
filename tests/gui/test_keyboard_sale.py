"""A whole sale by keyboard alone, in English, German and Arabic, driven through whatever
widget has the focus (the way a clerk types), for the codes clerks type most."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QDeadlineTimer, QEventLoop, QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.core.orders import OrderStatus
from app.counter import Counter
from app.journal import Journal
from app.training import training_setup
from app.ui import i18n
from app.ui.app import configure
from app.ui.confirm_dialog import ConfirmSaleDialog
from app.ui.main_window import MainWindow

from .conftest import FAST_CONFIG

WAIT = 10000

# What the clerk types, and the country (alpha-2) that must be sold.
CODES = [
    ("de", "DE"),
    ("gb", "GB"),
    ("uk", "GB"),
    ("usa", "US"),
    ("tr", "TR"),
    ("tur", "TR"),
    ("jp", "JP"),
    ("jpn", "JP"),
    ("ae", "AE"),
    ("uae", "AE"),
]

# Return on the main keys, Enter on the keypad (which comes with the keypad modifier):
# each for half the codes, so both are tried in every language without selling twice.
RETURN = (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
KEYPAD_ENTER = (Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
CASES = [
    pytest.param(typed, expected, key, id=f"{typed}-{name}")
    for number, (typed, expected) in enumerate(CODES)
    for name, key in [("Return", RETURN) if number % 2 else ("keypad-Enter", KEYPAD_ENTER)]
]


@dataclass
class Shop:
    window: MainWindow
    journal: Journal


@pytest.fixture(scope="module", params=["en", "de", "ar"])
def counter_in(
    request: pytest.FixtureRequest, qapp: QApplication, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Shop]:
    """One window per language for all the codes: building it is the slow part."""
    language = str(request.param)
    configure(qapp)
    translators = i18n.install(qapp, language)
    folder: Path = tmp_path_factory.mktemp(f"keyboard-{language}")
    setup = training_setup(FAST_CONFIG)
    journal = Journal(folder / "journal.sqlite3")
    counter = Counter(setup.providers, journal, training=True, clerk="test")
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(
        lambda *_: counter,
        settings,
        training=True,
        locale=QLocale().name(),
        language=language,
        full_screen_display=False,
        poll_delays=(0.05,),
        display_timeout=0,
    )
    window.show()
    assert _wait(qapp, lambda: window.counter is not None), "the counter did not open"
    yield Shop(window, journal)
    window.close()
    if window.flow.display is not None:
        window.flow.display.close()
    window.deleteLater()
    journal.close()
    setup.close()
    i18n.uninstall(qapp, translators)


def _wait(qapp: QApplication, condition: Callable[[], bool], timeout_ms: int = WAIT) -> bool:
    """qtbot.waitUntil for a module-scoped fixture (qtbot is per test): sleeps in the event
    loop until events come, never spins."""
    deadline = QDeadlineTimer(timeout_ms)
    while not condition():
        if deadline.hasExpired():
            return False
        qapp.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    return True


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    qtbot.keyClick(focused(), key, modifier)


@pytest.mark.parametrize(("typed", "expected", "enter"), CASES)
def test_a_whole_sale_by_keyboard(
    qtbot: QtBot,
    counter_in: Shop,
    typed: str,
    expected: str,
    enter: tuple[Qt.Key, Qt.KeyboardModifier],
) -> None:
    window = counter_in.window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    sold_before = len(counter_in.journal.search())

    press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert focused() is window.picker.search
    qtbot.keyClicks(focused(), typed)
    # While typing, the destination the code names leads the list.
    current = window.picker.list.currentIndex()
    assert current.row() == 0
    assert window.picker.proxy.data(current, Qt.ItemDataRole.ToolTipRole).startswith(expected)
    press(qtbot, *enter)
    qtbot.waitUntil(lambda: window.plans.proxy.rowCount() > 0, timeout=WAIT)
    assert focused() is window.plans.view
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, *enter)
    plan = window.sell_panel.plan
    assert plan is not None and plan.destination.code == expected
    assert focused() is window.sell_panel.sell_button
    press(qtbot, *enter)
    qtbot.waitUntil(lambda: window.flow.confirm_dialog is not None, timeout=WAIT)
    dialog = window.flow.confirm_dialog
    assert isinstance(dialog, ConfirmSaleDialog)
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()), timeout=WAIT)
    press(qtbot, *enter)
    qtbot.waitUntil(lambda: window.flow.display is not None, timeout=WAIT)
    orders = counter_in.journal.search()
    assert len(orders) == sold_before + 1
    sold = [o for o in orders if o.plan.id == plan.id and o.status is OrderStatus.DELIVERED]
    assert sold and sold[0].plan.destination.code == expected
    display = window.flow.display
    assert display is not None
    qtbot.waitUntil(lambda: display.isActiveWindow() or window.isActiveWindow())
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.flow.display is None)
