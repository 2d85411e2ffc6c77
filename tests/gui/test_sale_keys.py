"""Several eSIMs in one sale, by keyboard: the total shown everywhere before the money is
taken, the customer display stepped with the arrow keys, and nothing of the sale left
behind for the next one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.core.money import Money
from app.core.plans import ProviderId

from .clerk import WAIT, find_by_keyboard, pick_plan_by_keyboard, row_of
from .conftest import Shop


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    qtbot.keyClick(focused(), key, modifier)


def test_three_esims_by_keyboard_total_display_and_leftovers(qtbot: QtBot, shop: Shop) -> None:
    window = shop.window
    panel = window.sell_panel
    find_by_keyboard(qtbot, window, "jpn")
    row = row_of(window, ProviderId.ESIMFLY)
    plan = pick_plan_by_keyboard(qtbot, window, row)
    assert focused() is panel.sell_button
    unit = plan.price.format("en_US")
    assert panel.price.text() == unit

    # Back to the quantity, three eSIMs, forward to Sell.
    press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is panel.quantity
    press(qtbot, Qt.Key.Key_Up)
    press(qtbot, Qt.Key.Key_Up)
    assert panel.quantity.value() == 3
    total = Money(plan.price.amount * 3, plan.price.currency).format("en_US")
    expected = f"3 × {unit} = {total}"
    assert panel.price.text() == expected
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is panel.sell_button
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.flow.confirm_dialog is not None, timeout=WAIT)
    dialog = window.flow.confirm_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()), timeout=WAIT)
    assert dialog.price.text() == expected
    question = dialog.findChild(type(panel.price), "confirmQuestion")
    assert question is not None and "3 eSIMs" in question.text()
    press(qtbot, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: window.flow.display is not None, timeout=WAIT)
    display = window.flow.display
    assert display is not None and display.esim_count == 3
    qtbot.waitUntil(
        lambda: (
            display.isAncestorOf(QApplication.focusWidget())
            or (QApplication.focusWidget() is display)
        ),
        timeout=WAIT,
    )
    (order,) = shop.journal.search()
    codes = [e.activation.text for e in order.esims if e.activation]
    assert display.qr.text() == codes[0]
    press(qtbot, Qt.Key.Key_Right)
    assert display.qr.text() == codes[1]
    press(qtbot, Qt.Key.Key_Right)
    assert display.qr.text() == codes[2]
    press(qtbot, Qt.Key.Key_Right)  # the last stays
    assert display.qr.text() == codes[2]
    press(qtbot, Qt.Key.Key_Left)
    assert display.qr.text() == codes[1]
    press(qtbot, Qt.Key.Key_Space)  # arrows then Space must not close it on the traveller
    assert window.flow.display is display and display.isVisible()
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.flow.display is None)
    # The keyboard is back at the destination search for the next customer, not on Sell
    # (where two more Enters would offer the same plan again). The window system gives the
    # counter window the keyboard back when the display closes; offscreen, the test does.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert focused() is window.picker.search

    # Nothing of that sale stays: one eSIM again, and its message goes with the next plan.
    assert panel.quantity.value() == 1
    assert panel.outcome.isVisible() and "Sold" in panel.outcome.text()
    window.plans.view.setFocus()
    other = 1 if row == 0 else 0
    pick_plan_by_keyboard(qtbot, window, other)
    assert not panel.outcome.isVisible()
    assert not panel.show_again.isVisible()
    assert panel.quantity.value() == 1
    assert panel.price.text() == window.sell_panel.plan.price.format("en_US")  # type: ignore[union-attr]


def test_escape_on_the_confirmation_gives_the_keyboard_back_to_sell(
    qtbot: QtBot, shop: Shop
) -> None:
    window = shop.window
    find_by_keyboard(qtbot, window, "fra")
    pick_plan_by_keyboard(qtbot, window, 0)
    assert focused() is window.sell_panel.sell_button
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.flow.confirm_dialog is not None, timeout=WAIT)
    dialog = window.flow.confirm_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()), timeout=WAIT)
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert focused() is window.sell_panel.sell_button
    assert window.sell_panel.sell_button.isEnabled()
    assert shop.journal.search() == []
