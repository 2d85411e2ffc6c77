"""Taking payment in training, by keyboard through the real confirmation (issue 14): cash
with tendered and change, card, a split; the journal holds method, tendered, change,
retail, cost and tax; a paid sale that fails tells the clerk to hand the money back."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app import settings_schema as schema
from app.core.money import Money
from app.core.orders import Handback, Order, OrderStatus
from app.core.payment import Method
from app.core.plans import Plan, ProviderId
from app.core.pricing import Markup, PriceList, PriceRule, Scope, ScopeKind
from app.core.rounding import Rounding
from app.pin import hash_pin
from app.sandbox import Fault
from app.ui.confirm_dialog import ConfirmSaleDialog

from .clerk import driver, row_of, wait_outcome
from .conftest import Shop

# 50 % over cost, up to x.99, 15 % VAT included: what a shop sets.
VAT = PriceList(
    rules=(PriceRule(Scope(ScopeKind.DEFAULT), Markup(percent=Decimal(50)), Rounding.X99),),
    tax_rate=Decimal("15"),
)


def _pick(qtbot: QtBot, shop: Shop, where: str, provider: ProviderId) -> Plan:
    drive = driver(qtbot, shop.window)
    drive.find(where)
    return drive.pick(row_of(shop.window, provider))


def _only_sale(shop: Shop) -> Order:
    (order,) = shop.journal.search()
    return order


def test_cash_with_tendered_and_change_by_keyboard(qtbot: QtBot, shop: Shop) -> None:
    shop.window.flow.price_list = lambda: VAT
    plan = _pick(qtbot, shop, "germ", ProviderId.OCTOPUS)
    drive = driver(qtbot, shop.window)
    dialog = drive.take_payment(Method.CASH, "20")
    total = dialog.quote.gross
    assert total.amount % 1 == Decimal("0.99") and total.amount < 20
    assert dialog.price.text() == total.format()
    change = Money.of(Decimal(20) - total.amount, total.currency)
    assert dialog.cash.change.text() == f"Change: {change.format()}"
    assert dialog.sell_button.isEnabled()
    drive.confirm()
    assert wait_outcome(qtbot, shop.window) == "success"
    order = _only_sale(shop)
    assert order.payment is not None and order.quote is not None
    assert [t.method for t in order.payment.tenders] == [Method.CASH]
    assert order.payment.cash_tendered == Money.of("20", total.currency)
    assert order.payment.change == change
    assert order.quote.gross == total
    assert order.quote.cost == plan.cost_price
    assert order.quote.tax_rate == Decimal("15")
    assert order.quote.tax.amount == (total.amount * 15 / 115).quantize(Decimal("0.01"))
    assert order.quote.net + order.quote.tax == total


def test_card_by_keyboard(qtbot: QtBot, shop: Shop) -> None:
    plan = _pick(qtbot, shop, "turk", ProviderId.ESIMFLY)
    drive = driver(qtbot, shop.window)
    dialog = drive.take_payment(Method.CARD)
    assert not dialog.cash.isVisible()  # no cash, no tendered or change
    drive.confirm()
    assert wait_outcome(qtbot, shop.window) == "success"
    order = _only_sale(shop)
    assert order.payment is not None
    assert [(t.method, t.amount) for t in order.payment.tenders] == [(Method.CARD, plan.price)]
    assert order.payment.cash_tendered is None
    assert order.payment.change == Money.of("0", plan.price.currency)


def test_split_card_then_cash_with_change_by_keyboard(qtbot: QtBot, shop: Shop) -> None:
    plan = _pick(qtbot, shop, "germ", ProviderId.OCTOPUS)
    drive = driver(qtbot, shop.window)
    dialog = drive.take_payment(Method.CARD, "5", split=("1", Method.CASH))
    rest = Money(plan.price.amount - 1, plan.price.currency)
    assert dialog.rest.text() == rest.format()
    drive.confirm()
    assert wait_outcome(qtbot, shop.window) == "success"
    order = _only_sale(shop)
    assert order.payment is not None
    assert [(t.method, t.amount) for t in order.payment.tenders] == [
        (Method.CARD, Money.of("1", plan.price.currency)),
        (Method.CASH, rest),
    ]
    assert order.payment.cash_tendered == Money.of("5", plan.price.currency)
    assert order.payment.change == Money(5 - rest.amount, rest.currency)


def test_sell_now_waits_until_the_cash_covers_the_total(qtbot: QtBot, shop: Shop) -> None:
    plan = _pick(qtbot, shop, "germ", ProviderId.OCTOPUS)
    drive = driver(qtbot, shop.window)
    dialog = drive.take_payment(Method.CASH, "1")
    assert not dialog.sell_button.isEnabled()
    short = Money(plan.price.amount - 1, plan.price.currency)
    assert dialog.cash.change.text() == f"Not enough: {short.format()} still to pay"
    drive.confirm()  # Enter does not sell an unpaid sale
    assert shop.window.flow.confirm_dialog is dialog and dialog.isVisible()
    assert shop.journal.search() == []
    drive.press(Qt.Key.Key_Backspace)
    drive.type("abc")
    assert "Type the amount" in dialog.cash.change.text()
    assert not dialog.sell_button.isEnabled()
    # A quick key for a note: Ctrl+1 is the smallest note that covers the total.
    assert dialog.cash.note_buttons[0].shortcut().toString() == "Ctrl+1"
    drive.quick_key(dialog, 1)
    first = dialog.cash.note_buttons[0].text()
    assert Decimal(first.replace(",", "")) >= plan.price.amount
    assert dialog.sell_button.isEnabled()
    # Alt+E: the exact amount, no change.
    drive.quick_key(dialog, None)
    assert dialog.cash.change.text() == f"Change: {Money(Decimal(0), 'USD').format()}"
    drive.confirm()
    assert wait_outcome(qtbot, shop.window) == "success"
    order = _only_sale(shop)
    assert order.payment is not None and order.payment.cash_tendered == plan.price


def _failing(shop: Shop, plan: Plan) -> None:
    """eSIMfly refuses the order for lack of balance: FAILED once payment was taken."""
    shop.sandbox.set_balance(str(plan.provider), Decimal("0.30"))


def test_a_failed_paid_sale_says_to_hand_back_and_journals_it(qtbot: QtBot, shop: Shop) -> None:
    plan = _pick(qtbot, shop, "ital", ProviderId.ESIMFLY)
    _failing(shop, plan)
    drive = driver(qtbot, shop.window)
    drive.take_payment(Method.CARD, "10", split=("1", Method.CASH))
    drive.confirm()
    dialog = drive.wait_handback()
    assert wait_outcome(qtbot, shop.window) == "failed"
    rest = Money(plan.price.amount - 1, plan.price.currency)
    assert dialog.text() == (
        f"Refund {Money.of('1', 'USD').format()} to the card\nGive back {rest.format()} in cash"
    )
    assert _only_sale(shop).handback is Handback.OWED  # journalled with FAILED
    assert QApplication.focusWidget() is dialog.returned_button
    drive.hand_back(returned=True)
    qtbot.waitUntil(lambda: _only_sale(shop).handback is Handback.RETURNED)
    order = _only_sale(shop)
    assert order.status is OrderStatus.FAILED and order.handback_at is not None
    qtbot.waitUntil(lambda: shop.window.pending.list.count() == 0)
    assert "money was given back" in shop.window.statusBar().currentMessage()


def test_later_keeps_the_money_owed_in_the_list(qtbot: QtBot, shop: Shop) -> None:
    plan = _pick(qtbot, shop, "ital", ProviderId.ESIMFLY)
    _failing(shop, plan)
    drive = driver(qtbot, shop.window)
    drive.take_payment(Method.CASH, "20")
    drive.confirm()
    dialog = drive.wait_handback()
    assert dialog.text() == f"Give back {plan.price.format()} in cash"
    drive.hand_back(returned=False)
    pending = shop.window.pending
    qtbot.waitUntil(lambda: pending.list.count() == 1)
    line = pending.list.item(0).text()
    assert f"Money owed to the customer: give back {plan.price.format()} (cash)" in line
    assert _only_sale(shop).handback is Handback.OWED
    # Enter on the line brings the message back; this time it was given back.
    pending.list.setFocus()
    pending.list.setCurrentRow(0)
    assert pending.action.text() == "Hand back…"
    drive.press(Qt.Key.Key_Return)
    drive.hand_back(returned=True)
    qtbot.waitUntil(lambda: pending.list.count() == 0)
    assert _only_sale(shop).handback is Handback.RETURNED


def test_money_owed_is_listed_again_at_start_up(qtbot: QtBot, shop: Shop) -> None:
    plan = _pick(qtbot, shop, "ital", ProviderId.ESIMFLY)
    _failing(shop, plan)
    drive = driver(qtbot, shop.window)
    drive.take_payment(Method.CASH)
    drive.confirm()
    drive.hand_back(returned=False)
    pending = shop.window.pending
    pending.remove(_only_sale(shop).reference)  # as if the program had been restarted
    shop.window.flow.follow_up_all([])  # what start-up runs after reconciling
    qtbot.waitUntil(lambda: pending.list.count() == 1)
    assert "Money owed to the customer" in pending.list.item(0).text()


def test_an_unknown_paid_sale_says_the_customer_is_owed(qtbot: QtBot, shop: Shop) -> None:
    _pick(qtbot, shop, "spai", ProviderId.OCTOPUS)
    shop.sandbox.inject(Fault(kind="http_500", provider="octopus", method="POST", when="after"))
    drive = driver(qtbot, shop.window)
    dialog: ConfirmSaleDialog = drive.take_payment(Method.CARD)
    total = dialog.quote.gross
    drive.confirm()
    assert wait_outcome(qtbot, shop.window) == "unknown"
    line = shop.window.pending.list.item(0).text()
    assert f"the customer is owed an eSIM or their money, {total.format()} (card)" in line
    assert shop.window.flow.handback_dialog is None


def test_an_unknown_paid_sale_that_never_arrived_becomes_the_hand_back(
    qtbot: QtBot, shop: Shop
) -> None:
    plan = _pick(qtbot, shop, "ital", ProviderId.ESIMFLY)
    shop.sandbox.inject(Fault(kind="reset", provider="esimfly", method="POST"))
    drive = driver(qtbot, shop.window)
    drive.take_payment(Method.CASH, "20")
    drive.confirm()
    assert wait_outcome(qtbot, shop.window) == "unknown"
    pending = shop.window.pending
    assert "owed an eSIM or their money" in pending.list.item(0).text()
    shop.sandbox.clear_faults()
    # The clerk checks it: the provider never received it, so the money goes back.
    pending.list.setFocus()
    pending.list.setCurrentRow(0)
    assert pending.action.text() == "Check now"
    drive.press(Qt.Key.Key_Return)
    dialog = drive.wait_handback()
    assert dialog.text() == f"Give back {plan.price.format()} in cash"
    assert _only_sale(shop).handback is Handback.OWED
    drive.hand_back(returned=True)
    qtbot.waitUntil(lambda: pending.list.count() == 0)
    assert _only_sale(shop).handback is Handback.RETURNED


def test_a_sale_below_cost_asks_the_manager_pin_before_taking_payment(
    qtbot: QtBot, shop: Shop, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = shop.window
    window.pricing.save(
        PriceList(rules=(PriceRule(Scope(ScopeKind.DEFAULT), Markup(Decimal(-10))),))
    )
    window.pricing.settings.setValue(schema.PIN_HASH.key, hash_pin("4711"))
    warnings: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: warnings.append(box))
    _pick(qtbot, shop, "germ", ProviderId.OCTOPUS)
    drive = driver(qtbot, window)

    def pin(typed: str) -> None:
        drive.press(Qt.Key.Key_Return)  # Sell
        qtbot.waitUntil(lambda: window.manager.prompt is not None)
        prompt = window.manager.prompt
        assert prompt is not None and "below the shop's cost" in prompt.labelText()
        qtbot.waitUntil(lambda: prompt.isAncestorOf(QApplication.focusWidget()))
        drive.type(typed)
        drive.press(Qt.Key.Key_Return)

    pin("1234")
    qtbot.waitUntil(lambda: len(warnings) == 1)
    assert "not right" in warnings[0].text()
    assert window.flow.confirm_dialog is None and shop.journal.search() == []
    qtbot.waitUntil(window.sell_panel.sell_button.isEnabled)
    window.sell_panel.sell_button.setFocus()
    pin("4711")
    qtbot.waitUntil(lambda: window.flow.confirm_dialog is not None)
    dialog = window.flow.confirm_dialog
    assert dialog is not None and dialog.quote.below_cost
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
    drive.confirm()
    assert wait_outcome(qtbot, window) == "success"
    order = _only_sale(shop)
    assert order.quote == dialog.quote and order.quote is not None and order.quote.below_cost
