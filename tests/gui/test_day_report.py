"""Sales › Day report, as the shop owner opens it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.core import countries
from app.core.money import Money
from app.core.plans import ProviderId
from app.sandbox import DEFAULTS

from .conftest import Shop
from .test_payment_records import reveal


def test_day_report_sums_the_days_sales(qtbot: QtBot, shop: Shop) -> None:
    germany = countries.country("DE")
    assert germany is not None
    plans = [p for p in shop.counter.plans(germany) if p.provider is ProviderId.ESIMFLY]
    cheapest = min(plans, key=lambda p: p.price.amount)
    shop.counter.sell(cheapest, quantity=2)
    shop.counter.sell(cheapest)
    window = shop.window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.day_report is not None)
    dialog = window.day_report
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    reveal(qtbot, dialog)  # what the providers charged is the owner's; no PIN set
    row = [dialog.model.item(0, c).text() for c in range(dialog.model.columnCount())]
    spent = Money(DEFAULTS.balance - shop.sandbox.balance("esimfly"), "USD")
    assert row[:4] == ["eSIMfly", "2", "3", spent.format()]
    assert "training sales" in dialog.note.text()  # the shop fixture runs training mode
    qtbot.waitUntil(lambda: dialog.balances.text().startswith("Balances now"))
    assert Money(shop.sandbox.balance("esimfly"), "USD").format() in dialog.balances.text()
