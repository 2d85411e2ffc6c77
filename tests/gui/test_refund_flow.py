"""The refund flow from History, driven by keys (issue 15): an uninstalled eSIMfly eSIM is
refunded (the sandbox balance comes back, History shows the negative line, the refund
receipt prints); an installed one gets one sentence and nothing is journalled; Octopus
records the shop's loss."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.core.money import Money
from app.core.orders import Order
from app.core.payment import Method, Payment
from app.core.plans import ProviderId
from app.core.refunds import RefundKind, RefundState
from app.ui.history import HistoryDialog
from app.ui.history_model import HistoryModel
from app.ui.receipts import sample
from app.ui.refund_dialog import RefundDialog

from .conftest import Shop
from .test_history import _open, _plan

CONTROL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def cash_sale(shop: Shop, provider: ProviderId, gross: str = "10.00") -> Order:
    quote = sample.quote("USD", gross, "1.00")
    payment = Payment.single(Method.CASH, quote.gross)
    outcome = shop.counter.sell(_plan(shop.counter, provider), quote=quote, payment=payment)
    assert outcome.error is None
    return outcome.order


def esimfly_balance(shop: Shop) -> Money:
    balance = shop.counter.balances()[ProviderId.ESIMFLY]
    assert isinstance(balance, Money)
    return balance


def ask_refund(qtbot: QtBot, shop: Shop, history: HistoryDialog) -> RefundDialog:
    """Select the first sale and press Ctrl+Shift+R on the table, as a clerk does."""
    history.table.setFocus()
    history.table.selectRow(0)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is history.table)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_R, CONTROL_SHIFT)
    flow = shop.window.till.refunds
    qtbot.waitUntil(lambda: flow.dialog is not None and flow.dialog.isVisible())
    assert flow.dialog is not None
    return flow.dialog


def test_an_uninstalled_esimfly_esim_is_refunded_and_history_shows_the_negative_line(
    qtbot: QtBot, shop: Shop
) -> None:
    before = esimfly_balance(shop)
    sale = cash_sale(shop, ProviderId.ESIMFLY)
    assert esimfly_balance(shop) < before
    history = _open(qtbot, shop, rows=1)
    dialog = ask_refund(qtbot, shop, history)
    qtbot.waitUntil(lambda: dialog.reason.isVisible())  # checked: not installed
    assert "eSIMfly" in dialog.sentence.text()
    assert dialog.esims.count() == 1
    assert "10.00" in dialog.amounts.text()
    assert not dialog.shop_loss.isVisible()  # eSIMfly cancels: no shop loss to choose

    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.reason)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # no reason yet
    assert "reason" in dialog.message.text()
    assert shop.journal.refunds.of_sale(sale.reference) == []
    qtbot.keyClicks(QApplication.focusWidget(), "trip cancelled")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    flow = shop.window.till.refunds
    qtbot.waitUntil(lambda: flow.last_outcome is not None, timeout=10000)
    (refund,) = shop.journal.refunds.of_sale(sale.reference)
    assert refund.state is RefundState.REFUNDED and refund.reason == "trip cancelled"
    assert "Refunded" in dialog.sentence.text() and "10.00" in dialog.sentence.text()
    assert esimfly_balance(shop) == before  # the sandbox credited the balance back

    # History: the sale says Refunded, and its refund is a negative line under it.
    model = history.model
    qtbot.waitUntil(lambda: model.rowCount() == 2 and not model.loading)
    assert model.refund(0) is None and model.refund(1) is not None
    assert model.cells(model.order(0))[HistoryModel.STATUS].startswith("Refunded")
    line = model.index(1, HistoryModel.RETAIL).data()
    assert line == Money.of("-10.00", "USD").format("en_US")
    # The refund receipt has its own number.
    qtbot.waitUntil(lambda: getattr(flow, "last_doc", None) is not None)
    assert flow.last_doc.number == "R-000001"


def test_an_installed_esim_gets_one_sentence_and_nothing_is_journalled(
    qtbot: QtBot, shop: Shop
) -> None:
    sale = cash_sale(shop, ProviderId.ESIMFLY)
    iccid = sale.esims[0].iccid
    assert iccid is not None
    shop.sandbox.mark_installed(iccid)
    history = _open(qtbot, shop, rows=1)
    dialog = ask_refund(qtbot, shop, history)
    qtbot.waitUntil(lambda: "installed" in dialog.sentence.text())
    assert "will not refund" in dialog.sentence.text()
    for widget in (dialog.reason, dialog.esims, dialog.amounts, dialog.ok):
        assert not widget.isVisible()
    assert shop.journal.refunds.of_sale(sale.reference) == []


def test_octopus_is_refunded_as_the_shops_loss(qtbot: QtBot, shop: Shop) -> None:
    sale = cash_sale(shop, ProviderId.OCTOPUS)
    history = _open(qtbot, shop, rows=1)
    dialog = ask_refund(qtbot, shop, history)
    qtbot.waitUntil(lambda: dialog.reason.isVisible())
    assert dialog.shop_loss.isVisible() and dialog.shop_loss.isChecked()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.reason)
    qtbot.keyClicks(QApplication.focusWidget(), "wrong country")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shop.journal.refunds.of_sale(sale.reference) != [])
    (refund,) = shop.journal.refunds.of_sale(sale.reference)
    assert refund.kind is RefundKind.SHOP_LOSS and refund.state is RefundState.REFUNDED
    qtbot.waitUntil(lambda: "loss" in dialog.sentence.text())


def test_the_day_report_names_the_days_refunds(qtbot: QtBot, shop: Shop) -> None:
    sale = cash_sale(shop, ProviderId.OCTOPUS, "8.00")
    shop.counter.refunds.refund(sale.reference, reason="wrong", kind=RefundKind.SHOP_LOSS)
    window = shop.window
    window.open_day_report()
    report = window.day_report
    assert report is not None
    qtbot.waitUntil(lambda: report.till_model.rowCount() == 1)
    assert "1 refund(s) in USD" in report.note.text()
    assert Money.of("-8.00", "USD").format("en_US") in report.note.text()


def test_a_refunded_sale_is_not_refunded_twice(qtbot: QtBot, shop: Shop) -> None:
    sale = cash_sale(shop, ProviderId.OCTOPUS)
    shop.counter.refunds.refund(sale.reference, reason="wrong", kind=RefundKind.SHOP_LOSS)
    history = _open(qtbot, shop, rows=2)  # the sale and its negative line
    dialog = ask_refund(qtbot, shop, history)
    qtbot.waitUntil(lambda: "already been refunded" in dialog.sentence.text())
    assert not dialog.reason.isVisible()
    assert len(shop.journal.refunds.of_sale(sale.reference)) == 1


class Stopped(Exception):
    """The counter stops where a crash would stop it."""


def _stop_at(point: str) -> Callable[[str], None]:
    def checkpoint(name: str) -> None:
        if name == point:
            raise Stopped(name)

    return checkpoint


def test_a_refund_a_crash_interrupted_is_finished_at_start_up_and_the_clerk_told(
    qtbot: QtBot, shop: Shop
) -> None:
    """The refund was journalled, then the counter stopped before it left. Start-up's
    check sends it; nobody saw the answer, so the window says to hand the money over and
    prints the refund receipt; the next start-up says nothing more."""
    before = esimfly_balance(shop)
    sale = cash_sale(shop, ProviderId.ESIMFLY)
    shop.counter._checkpoint = _stop_at("refund_journalled")  # type: ignore[method-assign]
    with pytest.raises(Stopped):
        shop.counter.refunds.refund(sale.reference, reason="wrong country", clerk="test")
    shop.counter._checkpoint = lambda _name: None  # type: ignore[method-assign]
    (owed,) = shop.journal.refunds.of_sale(sale.reference)
    assert owed.state is RefundState.REQUESTED

    shop.window.reconcile()  # what start-up does
    qtbot.waitUntil(
        lambda: (
            (box := shop.window.findChild(QMessageBox, "refundAtStart")) is not None
            and box.isVisible()
        ),
        timeout=10000,
    )
    box = shop.window.findChild(QMessageBox, "refundAtStart")
    assert box is not None
    assert "under way when the counter last stopped" in box.text()
    amount = Money.of("10.00", "USD").format("en_US")
    assert f"Give the customer {amount} back" in box.text()
    (done,) = shop.journal.refunds.of_sale(sale.reference)
    assert done.state is RefundState.REFUNDED
    assert esimfly_balance(shop) == before
    flow = shop.window.till.refunds
    qtbot.waitUntil(lambda: getattr(flow, "last_doc", None) is not None)
    assert flow.last_doc.number == "R-000001"
    qtbot.keyClick(box, Qt.Key.Key_Return)  # the clerk has read it
    qtbot.waitUntil(lambda: not box.isVisible())

    box.setObjectName("seen")
    shop.window.reconcile()  # a second start-up: nothing owed, nothing said
    qtbot.waitUntil(lambda: shop.window.runner.pending() == 0, timeout=10000)
    assert shop.window.findChild(QMessageBox, "refundAtStart") is None
