"""The one driver of the window (app/ui/driver.py) sells by keyboard in training mode, opens
the other windows by their shortcuts, and says where it got stuck."""

from __future__ import annotations

import re
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.core.orders import OrderStatus
from app.core.plans import ProviderId
from app.ui.driver import CounterDriver, DriverError, event_loop_wait

from .clerk import driver
from .conftest import Shop


def test_the_driver_sells_three_esims_by_keyboard(qtbot: QtBot, shop: Shop) -> None:
    window = shop.window
    clerk = driver(qtbot, window)
    clerk.find("tur")
    plan = clerk.pick(clerk.row_of(ProviderId.ESIMFLY))
    assert QApplication.focusWidget() is window.sell_panel.sell_button
    clerk.set_quantity(3)
    assert window.sell_panel.quantity.value() == 3
    dialog = clerk.open_confirmation()
    assert dialog.isAncestorOf(QApplication.focusWidget())
    clerk.confirm()
    display = clerk.wait_display()
    assert clerk.wait_outcome() == "success"
    (order,) = shop.journal.search()
    assert order.plan.id == plan.id and order.status is OrderStatus.DELIVERED
    assert len(order.esims) == 3 and display.esim_count == 3
    activations = [esim.activation for esim in order.esims]
    assert all(activations)
    assert display.qr.text() == activations[0].text  # type: ignore[union-attr]
    # The arrow keys step through the order's eSIMs on the display, Esc closes it.
    display.activateWindow()
    qtbot.waitUntil(display.isActiveWindow)
    clerk.press(Qt.Key.Key_Right)
    assert display.qr.text() == activations[1].text  # type: ignore[union-attr]
    clerk.close_display()
    assert window.flow.display is None


def test_the_driver_opens_history_and_day_report_by_their_shortcuts(
    qtbot: QtBot, shop: Shop
) -> None:
    window = shop.window
    clerk = driver(qtbot, window)
    clerk.find("jpn")
    clerk.pick(clerk.row_of(ProviderId.OCTOPUS))
    clerk.sell()
    clerk.wait_display()
    clerk.close_display()
    history = clerk.open_history()
    assert history is window.history and history.model.rowCount() == 1
    history.close()
    report = clerk.open_day_report()
    assert report is window.day_report and report.isVisible()
    report.close()


def test_typed_text_reaches_the_focused_widget(qtbot: QtBot, shop: Shop) -> None:
    clerk = driver(qtbot, shop.window)
    clerk.activate()
    clerk.press(Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    clerk.type("Türk i")
    assert shop.window.picker.search.text() == "Türk i"


def test_selling_without_the_keyboard_on_sell_is_refused_in_words(qtbot: QtBot, shop: Shop) -> None:
    clerk = driver(qtbot, shop.window)
    clerk.find("de")
    clerk.pick(0)
    shop.window.picker.search.setFocus()
    with pytest.raises(DriverError, match="the Sell button does not have the keyboard"):
        clerk.open_confirmation()
    assert shop.window.flow.confirm_dialog is None


def test_the_event_loop_wait_gives_up_in_time_and_says_on_what(qapp: QApplication) -> None:
    wait = event_loop_wait(0.2)
    started = time.monotonic()
    with pytest.raises(DriverError, match=re.escape("timed out after 0.2 s waiting for the moon")):
        wait(lambda: False, "the moon")
    assert time.monotonic() - started < 2


def test_the_driver_waits_with_what_it_is_given(qtbot: QtBot, shop: Shop) -> None:
    waited: list[str] = []

    def wait(condition: object, what: str) -> None:
        waited.append(what)
        qtbot.waitUntil(condition, timeout=10000)  # type: ignore[arg-type]

    CounterDriver(shop.window, wait).find("jpn")
    assert waited[-1] == "the plans to load"
