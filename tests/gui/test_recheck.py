"""A sale the provider may still be processing is checked again on its own: the clerk's
"Check now" finds nothing yet, the sale stays "needs checking", and when the order lands
at Octopus a moment later the counter's own re-check finds it, without another click."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

import app.counter
from app.core.orders import OrderStatus
from app.core.plans import ProviderId
from app.sandbox import Fault

from .clerk import (
    find_by_keyboard,
    pick_plan_by_keyboard,
    plan_at,
    row_of,
    sell_by_keyboard,
    wait_outcome,
)
from .conftest import Shop


def test_an_unknown_sale_inside_its_window_is_checked_again_until_found(
    qtbot: QtBot, shop: Shop, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(app.counter, "RECHECK_EVERY", timedelta(milliseconds=200))
    window = shop.window
    find_by_keyboard(qtbot, window, "germ")
    row = row_of(window, ProviderId.OCTOPUS)
    plan = plan_at(window, row)
    # The request is lost on its way: Octopus has nothing (yet).
    shop.sandbox.inject(Fault(kind="reset", provider="octopus", method="POST"))
    pick_plan_by_keyboard(qtbot, window, row)
    sell_by_keyboard(qtbot, window)
    assert wait_outcome(qtbot, window) == "unknown"
    assert shop.sandbox.orders("octopus") == []

    window.pending.list.setCurrentRow(0)
    qtbot.mouseClick(window.pending.action, Qt.MouseButton.LeftButton)
    (order,) = shop.journal.search()

    def not_seen_yet() -> bool:
        stored = shop.journal.get(order.reference)
        return stored is not None and stored.failure_reason == app.counter.NOT_YET_SEEN

    qtbot.waitUntil(not_seen_yet, timeout=5000)
    assert "Needs checking" in window.pending.list.item(0).text()

    # The delayed request lands now; nobody clicks anything.
    shop.counter.providers[ProviderId.OCTOPUS].place_order(plan, order.reference)
    qtbot.waitUntil(lambda: "Ready" in window.pending.list.item(0).text(), timeout=10000)
    stored = shop.journal.get(order.reference)
    assert stored is not None and stored.status is OrderStatus.DELIVERED
    assert len(shop.sandbox.orders("octopus")) == 1
