"""What a clerk does with the keyboard and the mouse, as reusable steps for the tests."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.core.plans import Plan, ProviderId
from app.ui.customer_display import CustomerDisplay
from app.ui.main_window import MainWindow
from app.ui.plans_model import PlansModel

WAIT = 10000


def find_by_keyboard(qtbot: QtBot, window: MainWindow, text: str) -> None:
    """Ctrl+F, type, Enter; then wait for the plans."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.picker.search
    qtbot.keyClicks(window.picker.search, text)
    qtbot.keyClick(window.picker.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.plans_proxy.rowCount() > 0, timeout=WAIT)


def find_by_mouse(qtbot: QtBot, window: MainWindow, text: str, row: int = 0) -> None:
    window.picker.search.setText(text)
    view = window.picker.list
    rect = view.visualRect(window.picker.proxy.index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.plans_proxy.rowCount() > 0, timeout=WAIT)


def row_of(window: MainWindow, provider: ProviderId) -> int:
    """The first table row (as sorted on screen) of a provider's plan."""
    for row in range(window.plans_proxy.rowCount()):
        plan = window.plans_proxy.plan_at(window.plans_proxy.index(row, 0))
        if plan is not None and plan.provider is provider:
            return row
    raise AssertionError(f"no {provider} plan on screen")


def plan_at(window: MainWindow, row: int) -> Plan:
    plan = window.plans_proxy.plan_at(window.plans_proxy.index(row, 0))
    assert plan is not None
    return plan


def pick_plan_by_keyboard(qtbot: QtBot, window: MainWindow, row: int) -> Plan:
    view = window.plans_view
    view.setFocus()
    view.setCurrentIndex(window.plans_proxy.index(0, 0))
    for _ in range(row):
        qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    plan = plan_at(window, row)
    assert window.sell_panel.plan == plan
    return plan


def pick_plan_by_mouse(qtbot: QtBot, window: MainWindow, row: int) -> Plan:
    view = window.plans_view
    rect = view.visualRect(window.plans_proxy.index(row, PlansModel.NAME))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    plan = plan_at(window, row)
    assert window.sell_panel.plan == plan
    return plan


def sell_by_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    button = window.sell_panel.sell_button
    assert QApplication.focusWidget() is button
    qtbot.keyClick(button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.flow.confirm_dialog is not None, timeout=WAIT)
    dialog = window.flow.confirm_dialog
    assert dialog is not None
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # "Sell now" is the default button


def sell_by_mouse(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.mouseClick(window.sell_panel.sell_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.flow.confirm_dialog is not None, timeout=WAIT)
    dialog = window.flow.confirm_dialog
    assert dialog is not None
    qtbot.mouseClick(dialog.sell_button, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))


def wait_display(qtbot: QtBot, window: MainWindow) -> CustomerDisplay:
    qtbot.waitUntil(lambda: window.flow.display is not None, timeout=WAIT)
    display = window.flow.display
    assert display is not None
    return display


def wait_outcome(qtbot: QtBot, window: MainWindow) -> str:
    qtbot.waitUntil(lambda: window.sell_panel.outcome.isVisible(), timeout=WAIT)
    return str(window.sell_panel.outcome.property("kind"))
