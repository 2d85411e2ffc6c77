"""The whole sale as a clerk does it, in training mode: delivered, pending then delivered,
failed for lack of balance, and a lost answer that must not be sold again."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.core.orders import OrderStatus
from app.core.plans import EsimflyKey, OctopusKey, ProviderId
from app.sandbox import Fault

from .clerk import (
    find_by_keyboard,
    find_by_mouse,
    pick_plan_by_keyboard,
    pick_plan_by_mouse,
    plan_at,
    row_of,
    sell_by_keyboard,
    sell_by_mouse,
    wait_display,
    wait_outcome,
)
from .conftest import Shop


def test_delivered_by_keyboard(qtbot: QtBot, shop: Shop) -> None:
    window = shop.window
    find_by_keyboard(qtbot, window, "germ")
    plan = pick_plan_by_keyboard(qtbot, window, row_of(window, ProviderId.OCTOPUS))
    sell_by_keyboard(qtbot, window)
    display = wait_display(qtbot, window)
    assert wait_outcome(qtbot, window) == "success"
    (order,) = [o for o in shop.journal.search() if o.plan.id == plan.id]
    assert order.status is OrderStatus.DELIVERED
    esim = order.esims[0]
    assert esim.activation is not None
    assert display.qr.text() == esim.activation.text
    assert len(shop.sandbox.orders("octopus")) == 1
    qtbot.keyClick(display, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.flow.display is None)


def test_delivered_by_mouse(qtbot: QtBot, shop: Shop) -> None:
    window = shop.window
    find_by_mouse(qtbot, window, "turk")
    plan = pick_plan_by_mouse(qtbot, window, row_of(window, ProviderId.ESIMFLY))
    assert window.sell_panel.sell_button.isEnabled()
    sell_by_mouse(qtbot, window)
    assert not window.sell_panel.sell_button.isEnabled()  # disabled until the outcome
    display = wait_display(qtbot, window)
    assert display.plan_label.text().endswith(plan.name)
    assert len(shop.sandbox.orders("esimfly")) == 1
    qtbot.mouseClick(display.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.flow.display is None)
    # "Show QR again" reopens the display for the sale just made.
    qtbot.mouseClick(window.sell_panel.show_again, Qt.MouseButton.LeftButton)
    assert wait_display(qtbot, window).qr.text() == display.qr.text()


def test_pending_then_delivered(qtbot: QtBot, shop: Shop) -> None:
    window = shop.window
    find_by_keyboard(qtbot, window, "fra")
    row = row_of(window, ProviderId.ESIMFLY)
    key = plan_at(window, row).key
    assert isinstance(key, EsimflyKey)
    shop.sandbox.force_outcome("esimfly", key.package_code, "pending")
    pick_plan_by_keyboard(qtbot, window, row)
    sell_by_keyboard(qtbot, window)
    assert wait_outcome(qtbot, window) == "pending"
    assert window.flow.display is None
    pending = window.pending
    assert pending.list.count() == 1
    assert "Waiting" in pending.list.item(0).text()
    shop.sandbox.clock.advance(FAST_PENDING + 1)
    qtbot.waitUntil(lambda: "Ready" in pending.list.item(0).text(), timeout=10000)
    assert "eSIM is ready" in window.statusBar().currentMessage()
    # One click opens the display.
    item = pending.list.item(0)
    rect = pending.list.visualItemRect(item)
    qtbot.mouseClick(pending.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    display = wait_display(qtbot, window)
    assert display.qr.text().startswith("LPA:1$")
    assert pending.list.count() == 0


FAST_PENDING = 30


def test_failed_for_lack_of_balance(qtbot: QtBot, shop: Shop) -> None:
    window = shop.window
    find_by_keyboard(qtbot, window, "ital")
    row = row_of(window, ProviderId.ESIMFLY)
    plan = plan_at(window, row)
    shop.sandbox.set_balance("esimfly", Decimal("0.30"))
    pick_plan_by_keyboard(qtbot, window, row)
    sell_by_keyboard(qtbot, window)
    assert wait_outcome(qtbot, window) == "failed"
    missing = plan.price.amount - Decimal("0.30")
    text = window.sell_panel.outcome.text()
    assert f"Balance too low: USD\u00a0{missing} more needed." in text
    assert window.flow.display is None
    assert shop.sandbox.orders("esimfly") == []
    (order,) = shop.journal.search()
    assert order.status is OrderStatus.FAILED
    assert window.sell_panel.sell_button.isEnabled()  # the clerk may pick another plan


def test_lost_answer_is_unknown_and_never_silently_retried(qtbot: QtBot, shop: Shop) -> None:
    window = shop.window
    find_by_keyboard(qtbot, window, "spai")
    row = row_of(window, ProviderId.OCTOPUS)
    plan = plan_at(window, row)
    assert isinstance(plan.key, OctopusKey)
    shop.sandbox.inject(Fault(kind="http_500", provider="octopus", method="POST", when="after"))
    pick_plan_by_keyboard(qtbot, window, row)
    sell_by_keyboard(qtbot, window)
    assert wait_outcome(qtbot, window) == "unknown"
    assert "outcome is unknown" in window.sell_panel.outcome.text()
    assert "Do not sell again" in window.sell_panel.outcome.text()
    assert len(shop.sandbox.orders("octopus")) == 1  # taken once, not resent
    assert "Needs checking" in window.pending.list.item(0).text()
    (order,) = shop.journal.search()
    assert order.status is OrderStatus.UNKNOWN

    # Selling the same plan again asks the clerk explicitly.
    window.sell_panel.sell_button.setFocus()
    qtbot.keyClick(window.sell_panel.sell_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.flow.confirm_dialog is not None)
    dialog = window.flow.confirm_dialog
    assert dialog is not None
    assert dialog.findChild(type(window.sell_panel.outcome), "confirmWarning") is not None
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert len(shop.sandbox.orders("octopus")) == 1

    # Checking it finds the order the provider took, with its code.
    window.pending.list.setCurrentRow(0)
    qtbot.mouseClick(window.pending.action, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Ready" in window.pending.list.item(0).text(), timeout=10000)
    stored = shop.journal.get(order.reference)
    assert stored is not None and stored.status is OrderStatus.DELIVERED
    assert stored.esims[0].activation is not None


def test_several_esims_in_one_sale_are_journalled_and_stepped_through(
    qtbot: QtBot, shop: Shop
) -> None:
    window = shop.window
    find_by_keyboard(qtbot, window, "germ")
    pick_plan_by_keyboard(qtbot, window, row_of(window, ProviderId.ESIMFLY))
    window.sell_panel.quantity.setValue(3)
    window.sell_panel.sell_button.setFocus()
    sell_by_keyboard(qtbot, window)
    display = wait_display(qtbot, window)
    assert display.esim_count == 3
    (order,) = shop.journal.search()
    assert order.quantity == 3 and len(order.esims) == 3
    assert len({e.iccid for e in order.esims}) == 3
    shown = []
    for _ in range(3):
        shown.append(display.qr.text())
        qtbot.keyClick(display, Qt.Key.Key_Right)
    assert shown == [e.activation.text for e in order.esims if e.activation]
    (taken,) = shop.sandbox.orders("esimfly")  # one order, three eSIMs
    assert len(taken["iccids"]) == 3
