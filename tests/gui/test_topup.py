"""A top-up sold from History by keys only (issue 17): the offers with the shop's retail
price, the sale's own payment step, the thermal receipt with the topped-up eSIM's line, the
journal; and the refusals a clerk meets (not installed yet), in plain words."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from app import settings_schema as schema
from app.core.orders import Order, OrderStatus
from app.core.plans import ProviderId, TopupKey
from app.core.pricing import Markup, PriceList, PriceRule, Scope, ScopeKind
from app.core.rounding import Rounding
from app.sandbox import Fault
from app.ui.confirm_dialog import ConfirmSaleDialog
from app.ui.driver import CounterDriver
from app.ui.history import HistoryDialog
from app.ui.receipts.builder import receipt_for_order
from app.ui.receipts.printing import shop_details
from app.ui.receipts.render import THERMAL_DPI, receipt_image
from app.ui.receipts.thermal import to_bitmap
from app.ui.settings_store import write
from app.ui.topup_dialog import TopupDialog
from app.ui.topup_flow import TopupFlow
from tests.gui.escpos_fake import FakePrinter, decode_raster
from tests.gui.receipt_images import differing

from .clerk import driver
from .conftest import Shop

VAT = PriceList(
    rules=(PriceRule(Scope(ScopeKind.DEFAULT), Markup(percent=Decimal(50)), Rounding.X99),),
    tax_rate=Decimal("15"),
)


@pytest.fixture
def printer() -> Iterator[FakePrinter]:
    fake = FakePrinter()
    yield fake
    fake.close()


def sold_esim(qtbot: QtBot, shop: Shop, *, installed: bool = True) -> Order:
    """A delivered eSIMfly sale (Turkey, not unlimited) by keyboard, display closed."""
    clerk = driver(qtbot, shop.window)
    clerk.find("turk")
    row = clerk.row_where(
        lambda p: p.provider is ProviderId.ESIMFLY and not p.unlimited, "eSIMfly plan"
    )
    clerk.pick(row)
    clerk.sell()
    clerk.wait_display()
    clerk.close_display()
    (order,) = shop.journal.search()
    assert order.status is OrderStatus.DELIVERED and order.esims[0].iccid
    if installed:
        shop.sandbox.mark_installed(order.esims[0].iccid)
    return order


def open_topup(qtbot: QtBot, clerk: CounterDriver) -> tuple[HistoryDialog, TopupDialog]:
    """Ctrl+H, the newest sale chosen with the arrow keys, then Alt+T (Top up…)."""
    history = clerk.open_history()
    history.activateWindow()
    history.table.setFocus()
    qtbot.waitUntil(lambda: clerk.focused() is history.table)
    clerk.press(Qt.Key.Key_Space)  # the newest sale, first row and current: selected
    qtbot.waitUntil(history.topup_button.isEnabled)
    clerk.press_sequence(history.topup_button.shortcut())

    def shown() -> TopupDialog | None:
        flow = clerk.window.findChild(TopupFlow)
        return None if flow is None else flow.dialog

    qtbot.waitUntil(lambda: shown() is not None, timeout=5000)
    flow = clerk.window.findChild(TopupFlow)
    assert flow is not None and flow.dialog is not None
    dialog = flow.dialog
    qtbot.waitUntil(dialog.isVisible)
    return history, dialog


def test_a_topup_is_sold_from_history_by_keys_and_printed(
    qtbot: QtBot, shop: Shop, printer: FakePrinter
) -> None:
    window = shop.window
    settings = window.receipts.settings
    write(settings, schema.RECEIPT_TARGET, "thermal")
    write(settings, schema.THERMAL_CONNECTION, "network")
    write(settings, schema.THERMAL_ADDRESS, printer.address)
    write(settings, schema.THERMAL_PAPER_MM, 80)
    window.flow.price_list = lambda: VAT
    sale = sold_esim(qtbot, shop)
    iccid = sale.esims[0].iccid
    assert iccid is not None
    qtbot.waitUntil(lambda: printer.received() == 1, timeout=10000)  # the eSIM's receipt
    clerk = driver(qtbot, window)
    _, dialog = open_topup(qtbot, clerk)
    # The offers arrive from the Runner; the list takes the keyboard.
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 1, timeout=10000)
    qtbot.waitUntil(lambda: clerk.focused() is dialog.table)
    assert "Sold as" in dialog.sold_as.text()
    clerk.press(Qt.Key.Key_Down)  # the second offer
    chosen = dialog.selection()
    assert chosen is not None and chosen[1] is not None
    package, quote = chosen
    assert quote.rule == "default" and quote.unit_gross.amount > package.cost.amount  # retail
    assert quote.unit_gross.format("en_US") in dialog.table.item(1, 3).text()
    # Tab to the quantity, Up once: two of them.
    clerk.press(Qt.Key.Key_Tab)
    assert clerk.focused() is dialog.quantity
    clerk.press(Qt.Key.Key_Up)
    assert dialog.quantity.value() == 2
    before = shop.sandbox.balance("esimfly")
    clerk.press(Qt.Key.Key_Return)  # Take payment…
    flow = window.findChild(TopupFlow)
    assert flow is not None
    qtbot.waitUntil(lambda: isinstance(flow.confirm_dialog, ConfirmSaleDialog))
    confirm = flow.confirm_dialog
    assert isinstance(confirm, ConfirmSaleDialog)
    qtbot.waitUntil(lambda: clerk.focused() is confirm.cash.tendered)
    question = confirm.findChild(QLabel, "confirmQuestion")
    assert question is not None and iccid in question.text()
    clerk.type("50")
    clerk.press(Qt.Key.Key_Return)  # Top up now
    qtbot.waitUntil(
        lambda: flow.result_box is not None and flow.result_box.isVisible(), timeout=10000
    )
    box = flow.result_box
    assert box is not None and "Topped up" in box.text() and iccid in box.text()
    assert f"2 × {package.name}" in box.text()
    qtbot.waitUntil(lambda: clerk.focused() is box.button(QMessageBox.StandardButton.Ok))
    clerk.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not box.isVisible())

    # The journal: a sale of its own, paid, with the eSIM it topped up.
    (topup,) = [o for o in shop.journal.search() if o.reference != sale.reference]
    assert topup.status is OrderStatus.DELIVERED and isinstance(topup.plan.key, TopupKey)
    assert topup.plan.key.iccid == iccid and topup.quantity == 2 and topup.esims == ()
    assert topup.payment is not None and topup.payment.cash_tendered is not None
    assert topup.quote is not None and topup.quote.gross == topup.payment.total
    assert shop.sandbox.balance("esimfly") == before - package.cost.amount * 2
    # Its receipt, as the printer got it: the top-up line names the eSIM.
    qtbot.waitUntil(lambda: printer.received() == 2, timeout=10000)
    (page,) = decode_raster(printer.jobs[1])
    expected = receipt_for_order(
        topup, shop=shop_details(settings), number=2, quote=topup.quote, payment=topup.payment
    )
    assert expected.topup_of == iccid
    image, painted = receipt_image(expected, 576, THERMAL_DPI)
    assert "topup" in painted.regions and iccid in painted.texts
    reference = to_bitmap(image)
    assert page.size == reference.size
    assert differing(page.convert("L"), reference.convert("L")) <= 0.01


def test_an_esim_not_installed_yet_is_told_in_plain_words(qtbot: QtBot, shop: Shop) -> None:
    sold_esim(qtbot, shop, installed=False)
    clerk = driver(qtbot, shop.window)
    _, dialog = open_topup(qtbot, clerk)
    qtbot.waitUntil(lambda: "not installed yet" in dialog.status.text(), timeout=10000)
    assert dialog.table.rowCount() == 0 and not dialog.pay_button.isEnabled()
    clerk.press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_a_lost_topup_answer_goes_to_the_pending_list(qtbot: QtBot, shop: Shop) -> None:
    sale = sold_esim(qtbot, shop)
    clerk = driver(qtbot, shop.window)
    _, dialog = open_topup(qtbot, clerk)
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 0, timeout=10000)
    qtbot.waitUntil(lambda: clerk.focused() is dialog.table)
    before = shop.sandbox.balance("esimfly")
    shop.sandbox.inject(Fault("reset", "esimfly", "POST", "/api/v1/business/topup/order", "after"))
    clerk.press(Qt.Key.Key_Return)
    flow = shop.window.findChild(TopupFlow)
    assert flow is not None
    qtbot.waitUntil(lambda: isinstance(flow.confirm_dialog, ConfirmSaleDialog))
    confirm = flow.confirm_dialog
    assert isinstance(confirm, ConfirmSaleDialog)
    qtbot.waitUntil(lambda: clerk.focused() is confirm.cash.tendered)
    clerk.press(Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: flow.result_box is not None and flow.result_box.isVisible(), timeout=10000
    )
    assert flow.result_box is not None and "Outcome unknown" in flow.result_box.text()
    (topup,) = [o for o in shop.journal.search() if o.reference != sale.reference]
    assert topup.reference in shop.window.flow.pending  # followed like any sale
    assert shop.sandbox.balance("esimfly") < before
    # Check (as the pending list's Check now does): found, delivered, bought once.
    shop.window.flow.check(shop.window.flow.pending[topup.reference])
    qtbot.waitUntil(
        lambda: shop.journal.get(topup.reference).status is OrderStatus.DELIVERED,  # type: ignore[union-attr]
        timeout=10000,
    )
    offers = [o for o in shop.sandbox.orders("esimfly") if o["packageCode"].startswith("TOPUP_")]
    assert len(offers) == 1
    # Nothing to show the traveller: off the pending list, the status bar says so.
    qtbot.waitUntil(lambda: topup.reference not in shop.window.flow.pending)
    assert "A top-up went through" in shop.window.statusBar().currentMessage()
