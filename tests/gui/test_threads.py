"""The GUI thread never stalls, and quitting with work in flight ends cleanly."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.core.orders import OrderStatus
from app.core.plans import ProviderId
from app.sandbox import Fault

from .clerk import find_by_keyboard, pick_plan_by_keyboard, row_of, sell_by_keyboard, wait_outcome
from .conftest import Shop

PROVIDER_DELAY = 3.0  # real seconds the sandbox holds the order request


def test_event_loop_keeps_ticking_while_an_order_waits(qtbot: QtBot, shop: Shop) -> None:
    window = shop.window
    find_by_keyboard(qtbot, window, "germ")
    pick_plan_by_keyboard(qtbot, window, row_of(window, ProviderId.OCTOPUS))
    shop.sandbox.inject(
        Fault(kind="delay", provider="octopus", method="POST", seconds=PROVIDER_DELAY)
    )
    clock = QElapsedTimer()
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(clock.elapsed()))
    clock.start()
    timer.start()
    sell_by_keyboard(qtbot, window)
    qtbot.waitUntil(lambda: window.sell_panel.elapsed.text().startswith("Selling… 2"), timeout=5000)
    assert window.sell_panel.progress.isVisible()
    assert wait_outcome(qtbot, window) == "success"
    timer.stop()
    waited = clock.elapsed()
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert waited >= PROVIDER_DELAY * 1000
    assert len(ticks) > waited / 50  # the timer really ran throughout
    # A call made on the GUI thread would freeze it for the whole 3 s wait; a loaded CI
    # machine may delay a 10 ms timer by a few hundred, so only a real stall fails here.
    assert max(gaps) < 1000, f"the GUI thread stalled for {max(gaps)} ms"


def test_quitting_during_a_sale_waits_for_it_cleanly(
    qtbot: QtBot, shop: Shop, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = shop.window
    find_by_keyboard(qtbot, window, "germ")
    pick_plan_by_keyboard(qtbot, window, row_of(window, ProviderId.OCTOPUS))
    shop.sandbox.inject(Fault(kind="delay", provider="octopus", method="POST", seconds=1.0))
    asked: list[str] = []

    def answer(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[1]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    sell_by_keyboard(qtbot, window)
    qtbot.waitUntil(lambda: window.flow.busy)
    qtbot.waitUntil(lambda: len(shop.journal.search()) == 1)  # the request is on its way
    window.close()
    assert asked == ["A sale is in progress"]
    assert not window.isVisible()
    assert window.runner.shutdown(0), "a worker thread outlived the window"
    (order,) = shop.journal.search()
    # Closing waited for the sale: its outcome reached the journal before the window went.
    assert order.status is OrderStatus.DELIVERED
