"""Receipts in the sale, as a clerk meets them (issue 14): printed after a delivered
training sale (to a PDF folder, to a fake ESC/POS printer), or only on Ctrl+P; the install
slip on Ctrl+Shift+P; reprinted from History as a COPY with the same number; numbered
1, 2, 3 with a failed sale in between; a printer problem told, the sale kept."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app import settings_schema as schema
from app.core.orders import Order, OrderStatus
from app.core.plans import EsimflyKey, ProviderId
from app.core.pricing import Markup, PriceList, PriceRule, Scope, ScopeKind
from app.core.rounding import Rounding
from app.ui.driver import CONTROL
from app.ui.receipts.builder import receipt_for_order
from app.ui.receipts.printing import shop_details
from app.ui.receipts.render import THERMAL_DPI, receipt_image
from app.ui.receipts.thermal import to_bitmap
from app.ui.settings_store import write
from tests.gui.escpos_fake import FakePrinter, decode_raster
from tests.gui.receipt_images import differing

from .clerk import driver
from .conftest import Shop

SHIFT = Qt.KeyboardModifier.ShiftModifier
# 50 % over cost, up to x.99, 15 % VAT included (as in test_payment).
VAT = PriceList(
    rules=(PriceRule(Scope(ScopeKind.DEFAULT), Markup(percent=Decimal(50)), Rounding.X99),),
    tax_rate=Decimal("15"),
)
PENDING_SECONDS = 30  # FAST_CONFIG's pending_after_seconds
REPRINT_AT = datetime(2026, 12, 1, 9, 30, tzinfo=UTC)


@pytest.fixture
def printer() -> Iterator[FakePrinter]:
    fake = FakePrinter()
    yield fake
    fake.close()


def plain(text: str) -> str:
    """PDF text has plain spaces where Qt drew no-break spaces."""
    return text.replace("\xa0", " ")


def pdf_text(path: Path) -> str:
    document = pdfium.PdfDocument(str(path))
    try:
        return "".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()


def to_pdf(shop: Shop, folder: Path, *, auto: bool = True, slip: bool = False) -> None:
    settings = shop.window.receipts.settings
    write(settings, schema.SHOP_NAME, "Corner Travel")
    write(settings, schema.SHOP_ADDRESS, "1 Harbour Street")
    write(settings, schema.SHOP_TAX_NUMBER, "TX-998877")
    write(settings, schema.COUNTER_NAME, "Front desk")
    write(settings, schema.RECEIPT_TARGET, "pdf")
    write(settings, schema.RECEIPT_PDF_FOLDER, str(folder))
    write(settings, schema.RECEIPT_AUTO_PRINT, auto)
    write(settings, schema.OFFER_INSTALL_SLIP, slip)


def sell(qtbot: QtBot, shop: Shop, search: str = "germ") -> Order:
    """A delivered sale by keyboard; the customer display closed with Esc. Returns the
    journal's order."""
    clerk = driver(qtbot, shop.window)
    before = {o.reference for o in shop.journal.search()}
    clerk.find(search)
    clerk.pick(clerk.row_of(ProviderId.OCTOPUS))
    clerk.sell()
    clerk.wait_display()
    clerk.close_display()
    (order,) = [o for o in shop.journal.search() if o.reference not in before]
    assert order.status is OrderStatus.DELIVERED
    return order


def receipts_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.glob("receipt-*.pdf")) if folder.exists() else []


def wait_file(qtbot: QtBot, path: Path) -> str:
    qtbot.waitUntil(path.exists, timeout=10000)
    return pdf_text(path)


def test_a_delivered_sale_prints_its_receipt_to_pdf(
    qtbot: QtBot, shop: Shop, tmp_path: Path
) -> None:
    folder = tmp_path / "receipts"
    to_pdf(shop, folder)
    shop.window.flow.price_list = lambda: VAT
    order = sell(qtbot, shop)
    text = wait_file(qtbot, folder / "receipt-000001.pdf")
    assert shop.journal.receipt_number(order.reference) == 1  # the journal's number
    quote = order.quote
    assert quote is not None and order.payment is not None
    assert "Receipt no. 000001" in text
    # The retail total, net and tax of the price list, not what the sale cost the shop.
    assert quote.gross != quote.cost
    for amount in (quote.gross, quote.net, quote.tax):
        assert plain(amount.format("en_US")) in text
    assert plain(quote.cost.format("en_US")) not in text
    for header in ("Corner Travel", "1 Harbour Street", "TX-998877", "Front desk", "test"):
        assert header in text
    assert order.esims[0].iccid in text
    activation = order.esims[0].activation
    assert activation is not None and activation.matching_id not in text


def test_the_thermal_receipt_arrives_after_the_sale(
    qtbot: QtBot, shop: Shop, printer: FakePrinter
) -> None:
    settings = shop.window.receipts.settings
    write(settings, schema.RECEIPT_TARGET, "thermal")
    write(settings, schema.THERMAL_CONNECTION, "network")
    write(settings, schema.THERMAL_ADDRESS, printer.address)
    write(settings, schema.THERMAL_PAPER_MM, 80)
    assert printer.received() == 0
    order = sell(qtbot, shop)
    qtbot.waitUntil(lambda: printer.received() == 1, timeout=10000)
    (page,) = decode_raster(printer.jobs[0])
    assert order.quote is not None
    expected = receipt_for_order(
        order,
        shop=shop_details(settings),
        number=1,
        quote=order.quote,
        payment=order.payment,
    )
    reference = to_bitmap(receipt_image(expected, 576, THERMAL_DPI)[0])
    assert page.size == reference.size
    assert differing(page.convert("L"), reference.convert("L")) <= 0.01


def test_a_pending_sale_prints_when_it_delivers(qtbot: QtBot, shop: Shop, tmp_path: Path) -> None:
    folder = tmp_path / "receipts"
    to_pdf(shop, folder)
    window = shop.window
    clerk = driver(qtbot, window)
    clerk.find("fra")
    row = clerk.row_of(ProviderId.ESIMFLY)
    key = clerk.plan_at(row).key
    assert isinstance(key, EsimflyKey)
    shop.sandbox.force_outcome("esimfly", key.package_code, "pending")
    clerk.pick(row)
    clerk.sell()
    assert clerk.wait_outcome() == "pending"
    qtbot.waitUntil(lambda: window.runner.outstanding() == 0, timeout=10000)
    assert receipts_in(folder) == []  # paid, not delivered: no receipt yet
    shop.sandbox.clock.advance(PENDING_SECONDS + 1)
    text = wait_file(qtbot, folder / "receipt-000001.pdf")
    (order,) = shop.journal.search()
    assert order.status is OrderStatus.DELIVERED and order.esims[0].iccid in text
    # The quiet automatic print leaves the sale's own news in the status bar.
    assert "eSIM is ready" in window.statusBar().currentMessage()


def test_not_automatic_prints_nothing_until_ctrl_p(
    qtbot: QtBot, shop: Shop, tmp_path: Path
) -> None:
    folder = tmp_path / "receipts"
    to_pdf(shop, folder, auto=False)
    window = shop.window
    assert not window.slip_action.isEnabled()  # the slip is not offered in this shop
    sell(qtbot, shop)
    qtbot.waitUntil(lambda: window.runner.outstanding() == 0, timeout=10000)
    assert receipts_in(folder) == []
    clerk = driver(qtbot, window)
    clerk.activate()
    clerk.press(Qt.Key.Key_P, CONTROL)
    assert "000001" in wait_file(qtbot, folder / "receipt-000001.pdf")
    qtbot.waitUntil(lambda: "Receipt 1 printed." in window.statusBar().currentMessage())
    # Pressed again: the same receipt, now marked COPY, in a file of its own.
    clerk.press(Qt.Key.Key_P, CONTROL)
    qtbot.waitUntil(lambda: len(receipts_in(folder)) == 2, timeout=10000)
    (copy,) = [name for name in receipts_in(folder) if "-copy-" in name]
    assert "COPY" in pdf_text(folder / copy)


def test_reprint_from_history_is_a_copy_with_the_same_number(
    qtbot: QtBot, shop: Shop, tmp_path: Path
) -> None:
    folder = tmp_path / "receipts"
    to_pdf(shop, folder)
    shop.window.receipts.now = lambda: REPRINT_AT
    sell(qtbot, shop)
    assert "COPY" not in wait_file(qtbot, folder / "receipt-000001.pdf")
    clerk = driver(qtbot, shop.window)
    history = clerk.open_history()
    # The clerk clicks the sale in the table, then presses Ctrl+P.
    table = history.table
    row = table.visualRect(history.model.index(0, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=row)
    qtbot.waitUntil(history.reprint_button.isEnabled)
    qtbot.keyClick(table, Qt.Key.Key_P, CONTROL)
    name = "receipt-000001-copy-" + REPRINT_AT.strftime("%Y%m%d-%H%M%S") + ".pdf"
    text = wait_file(qtbot, folder / name)
    assert "000001" in text and "COPY" in text
    assert REPRINT_AT.astimezone().strftime("%Y-%m-%d %H:%M") in text
    qtbot.waitUntil(lambda: "printed again" in history.message.text())
    assert set(receipts_in(folder)) == {"receipt-000001.pdf", name}


def test_numbers_run_without_gaps_over_a_failed_sale(
    qtbot: QtBot, shop: Shop, tmp_path: Path
) -> None:
    folder = tmp_path / "receipts"
    to_pdf(shop, folder)
    first = sell(qtbot, shop)
    wait_file(qtbot, folder / "receipt-000001.pdf")
    # A sale that fails (the provider's balance is too low) gets no receipt.
    clerk = driver(qtbot, shop.window)
    shop.sandbox.set_balance("esimfly", Decimal("0.30"))
    clerk.find("ital")
    clerk.pick(clerk.row_of(ProviderId.ESIMFLY))
    clerk.sell()
    assert clerk.wait_outcome() == "failed"
    clerk.hand_back()
    second = sell(qtbot, shop, "fran")
    wait_file(qtbot, folder / "receipt-000002.pdf")
    third = sell(qtbot, shop, "spai")
    wait_file(qtbot, folder / "receipt-000003.pdf")
    numbers = [shop.journal.receipt_number(o.reference) for o in (first, second, third)]
    assert numbers == [1, 2, 3]
    assert receipts_in(folder) == [f"receipt-00000{n}.pdf" for n in (1, 2, 3)]


def test_the_install_slip_is_offered_on_a_key(qtbot: QtBot, shop: Shop, tmp_path: Path) -> None:
    folder = tmp_path / "receipts"
    to_pdf(shop, folder, slip=True)
    order = sell(qtbot, shop)
    receipt = wait_file(qtbot, folder / "receipt-000001.pdf")
    assert shop.window.slip_action.isEnabled()
    clerk = driver(qtbot, shop.window)
    clerk.activate()
    clerk.press(Qt.Key.Key_P, CONTROL | SHIFT)
    slip = wait_file(qtbot, folder / "install-slip-000001.pdf")
    activation = order.esims[0].activation
    assert activation is not None
    assert activation.matching_id in slip and activation.smdp_address in slip
    assert activation.matching_id not in receipt  # never on the customer receipt


def test_a_printer_problem_is_told_and_the_sale_kept(
    qtbot: QtBot, shop: Shop, tmp_path: Path
) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the receipts folder should be")
    to_pdf(shop, blocked)
    window = shop.window
    order = sell(qtbot, shop)
    qtbot.waitUntil(lambda: "could not be saved" in window.statusBar().currentMessage())
    assert shop.journal.get(order.reference).status is OrderStatus.DELIVERED  # type: ignore[union-attr]
    # The owner fixes the folder; Ctrl+P prints the original, with the number it got.
    folder = tmp_path / "receipts"
    write(window.receipts.settings, schema.RECEIPT_PDF_FOLDER, str(folder))
    clerk = driver(qtbot, window)
    clerk.activate()
    clerk.press(Qt.Key.Key_P, CONTROL)
    text = wait_file(qtbot, folder / "receipt-000001.pdf")
    assert "000001" in text and "COPY" not in text


def test_a_sale_from_before_retail_prices_says_why_it_has_no_receipt(
    qtbot: QtBot, shop: Shop, tmp_path: Path
) -> None:
    to_pdf(shop, tmp_path / "receipts", auto=False)
    order = sell(qtbot, shop)
    told: list[str] = []
    shop.window.receipts.failed.connect(lambda _ref, sentence: told.append(sentence))
    shop.window.receipts.reprint(replace(order, quote=None, payment=None))
    assert told and "before the counter kept retail prices" in told[0]
    assert receipts_in(tmp_path / "receipts") == []


def test_receipts_switched_off_say_where_to_switch_them_on(qtbot: QtBot, shop: Shop) -> None:
    sell(qtbot, shop)  # the default: no receipts
    clerk = driver(qtbot, shop.window)
    clerk.activate()
    clerk.press(Qt.Key.Key_P, CONTROL)
    qtbot.waitUntil(lambda: "Settings → Receipts" in shop.window.statusBar().currentMessage())


def test_a_thermal_printer_that_is_off_is_told_and_ctrl_p_retries(
    qtbot: QtBot, shop: Shop, printer: FakePrinter
) -> None:
    off = FakePrinter()
    address = off.address
    off.close()  # nothing listens there now: connection refused
    settings = shop.window.receipts.settings
    write(settings, schema.RECEIPT_TARGET, "thermal")
    write(settings, schema.THERMAL_CONNECTION, "network")
    write(settings, schema.THERMAL_ADDRESS, address)
    window = shop.window
    order = sell(qtbot, shop)
    qtbot.waitUntil(lambda: "cannot be reached" in window.statusBar().currentMessage())
    assert shop.journal.get(order.reference).status is OrderStatus.DELIVERED  # type: ignore[union-attr]
    write(settings, schema.THERMAL_ADDRESS, printer.address)  # switched on, at last
    clerk = driver(qtbot, window)
    clerk.activate()
    clerk.press(Qt.Key.Key_P, CONTROL)
    qtbot.waitUntil(lambda: printer.received() == 1, timeout=10000)
    assert len(decode_raster(printer.jobs[0])) == 1
    qtbot.waitUntil(lambda: "Receipt 1 printed." in window.statusBar().currentMessage())
