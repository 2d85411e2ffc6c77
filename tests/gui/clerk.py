"""What a clerk does, as reusable steps for the tests: thin wrappers over the one driver of
the window (app/ui/driver.py) with pytest-qt's waiting, plus the mouse steps only tests use."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from app.core.plans import Plan, ProviderId
from app.ui.customer_display import CustomerDisplay
from app.ui.driver import CounterDriver
from app.ui.main_window import MainWindow
from app.ui.plans_model import PlansModel

WAIT = 10000


def driver(qtbot: QtBot, window: MainWindow, timeout: int = WAIT) -> CounterDriver:
    """The window's driver, waiting with qtbot.waitUntil."""
    return CounterDriver(
        window, lambda condition, _what: qtbot.waitUntil(condition, timeout=timeout)
    )


def find_by_keyboard(qtbot: QtBot, window: MainWindow, text: str) -> None:
    """Ctrl+F, type, Enter; then wait for the plans."""
    driver(qtbot, window).find(text)


def find_by_mouse(qtbot: QtBot, window: MainWindow, text: str, row: int = 0) -> None:
    window.picker.search.setText(text)
    view = window.picker.list
    rect = view.visualRect(window.picker.proxy.index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.plans.proxy.rowCount() > 0, timeout=WAIT)


def row_of(window: MainWindow, provider: ProviderId) -> int:
    """The first table row (as sorted on screen) of a provider's plan."""
    return CounterDriver(window, _no_wait).row_of(provider)


def plan_at(window: MainWindow, row: int) -> Plan:
    return CounterDriver(window, _no_wait).plan_at(row)


def pick_plan_by_keyboard(qtbot: QtBot, window: MainWindow, row: int) -> Plan:
    return driver(qtbot, window).pick(row)


def pick_plan_by_mouse(qtbot: QtBot, window: MainWindow, row: int) -> Plan:
    view = window.plans.view
    rect = view.visualRect(window.plans.proxy.index(row, PlansModel.NAME))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    plan = plan_at(window, row)
    assert window.sell_panel.plan == plan
    return plan


def sell_by_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    """Enter on Sell, Enter on the confirmation ("Sell now" is its default button)."""
    driver(qtbot, window).sell()


def sell_by_mouse(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.mouseClick(window.sell_panel.sell_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.flow.confirm_dialog is not None, timeout=WAIT)
    dialog = window.flow.confirm_dialog
    assert dialog is not None
    qtbot.mouseClick(dialog.sell_button, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))


def wait_display(qtbot: QtBot, window: MainWindow) -> CustomerDisplay:
    return driver(qtbot, window).wait_display()


def wait_outcome(qtbot: QtBot, window: MainWindow) -> str:
    return driver(qtbot, window).wait_outcome()


def _no_wait(condition: object, what: str) -> None:
    raise AssertionError(f"row_of and plan_at do not wait (for {what})")
