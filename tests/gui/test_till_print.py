"""X and Z on the receipt pipeline (issue 15): a real ESC/POS byte stream to the fake
printer on 127.0.0.1, decoded back and compared with the report layout; Save as PDF read
back with pypdfium2. Refunds show in X as negative lines."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from app import settings_schema as schema
from app.core.money import Money
from app.core.plans import ProviderId
from app.core.refunds import RefundKind
from app.ui.receipts.printing import shop_details
from app.ui.receipts.render import ROLL_DOTS
from app.ui.receipts.report_layout import doc_image
from app.ui.receipts.thermal import to_bitmap
from app.ui.settings_store import write
from app.ui.till_docs import report_doc
from app.ui.z_close import ZCloseDialog
from tests.gui.escpos_fake import RASTER, FakePrinter, decode_raster
from tests.gui.receipt_images import differing

from .conftest import Shop
from .test_refund_flow import cash_sale


@pytest.fixture
def printer() -> Iterator[FakePrinter]:
    fake = FakePrinter()
    yield fake
    fake.close()


def pdf_text(path: Path) -> str:
    document = pdfium.PdfDocument(str(path))
    try:
        return "".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()


def test_x_and_z_print_on_the_thermal_printer_and_save_as_pdf(
    qtbot: QtBot,
    shop: Shop,
    printer: FakePrinter,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    settings = shop.window._settings
    write(settings, schema.RECEIPT_TARGET, "thermal")
    write(settings, schema.THERMAL_CONNECTION, "network")
    write(settings, schema.THERMAL_ADDRESS, printer.address)
    write(settings, schema.THERMAL_PAPER_MM, 80)
    write(settings, schema.SHOP_NAME, "Sunrise Mobile")
    shop.journal.open_shift(opened_by="test", opening_float=Money.of("50", "USD"), training=True)
    kept = cash_sale(shop, ProviderId.ESIMFLY, "10.00")
    refunded = cash_sale(shop, ProviderId.OCTOPUS, "8.00")
    shop.counter.refunds.refund(refunded.reference, reason="wrong", kind=RefundKind.SHOP_LOSS)
    assert kept.reference != refunded.reference

    till = shop.window.till
    till.x_action.trigger()
    qtbot.waitUntil(lambda: till.report is not None and till.report.isVisible())
    x = till.report
    assert x is not None and till.last_report is not None
    report = till.last_report
    assert report.refund_count == 1 and report.refunds == Money.of("-8.00", "USD")
    assert x.view.value_of("refund_line") == Money.of("-8.00", "USD").format("en_US")
    # 50 + 10 + 8 in cash, 8 back in cash
    assert x.view.value_of("expected") == Money.of("60.00", "USD").format("en_US")

    x.print_button.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is x.print_button)
    qtbot.keyClick(x.print_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: printer.received() == 1, timeout=15000)
    assert RASTER in printer.jobs[0]
    (page,) = decode_raster(printer.jobs[0])
    doc = report_doc(report, shop_details(settings), "en", "en_US")
    reference = to_bitmap(doc_image(doc, ROLL_DOTS[80])[0])
    assert page.width == ROLL_DOTS[80]
    assert differing(page, reference) <= 0.01

    target = tmp_path / "x.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(x.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(target.exists, timeout=10000)
    text = pdf_text(target).replace("\xa0", " ")
    assert "X REPORT" in text and "USD 60.00" in text
    assert "Refund of " in text and "-USD 8.00" in text
    x.close()

    till.z_action.trigger()
    qtbot.waitUntil(lambda: isinstance(till.dialog, ZCloseDialog) and till.dialog.isVisible())
    z = till.dialog
    assert isinstance(z, ZCloseDialog)
    z.cash.amount_edit.setText("60")
    z.ok.click()
    qtbot.waitUntil(lambda: till.last_z is not None)
    qtbot.waitUntil(lambda: printer.received() == 2, timeout=15000)  # a Z prints at once
    (z_page,) = decode_raster(printer.jobs[1])
    assert till.last_report is not None and till.last_report.z_number == 1
    z_doc = report_doc(till.last_report, shop_details(settings), "en", "en_US")
    assert differing(z_page, to_bitmap(doc_image(z_doc, ROLL_DOTS[80])[0])) <= 0.01

    z_target = tmp_path / "z.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(z_target), ""))
    assert till.report is not None
    qtbot.mouseClick(till.report.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(z_target.exists, timeout=10000)
    z_text = pdf_text(z_target).replace("\xa0", " ")
    assert "Z REPORT" in z_text and "Z 000001" in z_text
