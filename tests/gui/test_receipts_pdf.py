"""PDF receipts and the system printer: the PDF is rasterised with pypdfium2 and checked
against the layout; its text layer has the number and the total but never the activation
code; the install slip's QR reads as the LPA string."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import fields
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp
from PIL import Image
from PySide6.QtCore import QSettings
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from pytestqt.qtbot import QtBot

from app import settings_schema as schema
from app.core.activation import ActivationCode
from app.core.countries import country
from app.core.errors import ReceiptFileError
from app.core.money import Money
from app.core.orders import Esim, Order, OrderStatus
from app.core.plans import EsimflyKey, Plan, ProviderId
from app.ui.messages import describe
from app.ui.receipts import pdf, sample, system_printer
from app.ui.receipts.builder import receipt_for_order, slips_for_order
from app.ui.receipts.data import ReceiptData
from app.ui.receipts.layout import paint_receipt
from app.ui.receipts.printing import print_receipt
from app.ui.receipts.render import receipt_image
from app.ui.receipts.slip import paint_slip
from app.ui.runner import Runner
from app.ui.settings_store import read, write
from tests.gui.receipt_images import differing, to_pil

MARGIN_PX = round(pdf.MARGIN_MM * pdf.DPI / 25.4)
COLUMN_PX = round(pdf.COLUMN_MM * pdf.DPI / 25.4)


@pytest.fixture
def runner(qapp: object) -> Iterator[Runner]:
    runner = Runner()
    yield runner
    runner.shutdown()


def rasterise(path: Path) -> list[Image.Image]:
    document = pdfium.PdfDocument(str(path))
    try:
        return [page.render(scale=pdf.DPI / 72).to_pil().convert("L") for page in document]
    finally:
        document.close()


def pdf_text(path: Path) -> str:
    document = pdfium.PdfDocument(str(path))
    try:
        return "".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()


def pdf_settings(tmp_path: Path) -> QSettings:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    write(settings, schema.RECEIPT_TARGET, "pdf")
    write(settings, schema.RECEIPT_PDF_FOLDER, str(tmp_path / "receipts"))
    return settings


def check_page(page: Image.Image, data: ReceiptData) -> None:
    reference = to_pil(receipt_image(data, COLUMN_PX, pdf.DPI)[0])
    column = page.crop((MARGIN_PX, MARGIN_PX, MARGIN_PX + COLUMN_PX, page.height - MARGIN_PX))
    # Two rasterisers (Qt for the reference, PDFium for the page) smooth edges their own
    # way; the ink is the same but for a thin seam around each letter.
    assert differing(column, reference) <= 0.02
    assert abs(page.width - round(pdf.PAGE_MM * pdf.DPI / 25.4)) <= 1


def test_a_pdf_receipt_is_written_and_reads_like_the_layout(
    qtbot: QtBot, runner: Runner, tmp_path: Path
) -> None:
    settings = pdf_settings(tmp_path)
    data = sample.receipt(number=42)
    written: list[Path] = []
    errors: list[BaseException] = []
    print_receipt(
        data, settings, runner, slip=sample.slip(), on_done=written.append, on_error=errors.append
    )
    qtbot.waitUntil(lambda: bool(written or errors), timeout=15000)
    assert not errors
    receipt = tmp_path / "receipts" / "receipt-000042.pdf"
    assert written == [receipt]
    pages = rasterise(receipt)
    assert len(pages) == 1
    check_page(pages[0], data)
    text = pdf_text(receipt)
    assert "000042" in text and "23.00" in text and sample.ICCID in text
    assert sample.MATCHING_ID not in text and sample.LPA not in text
    assert zxingcpp.read_barcodes(pages[0]) == []
    slip = tmp_path / "receipts" / "install-slip-000042.pdf"
    (slip_page,) = rasterise(slip)
    assert [b.text for b in zxingcpp.read_barcodes(slip_page)] == [sample.LPA]
    assert sample.MATCHING_ID in pdf_text(slip)


def test_an_arabic_pdf_receipt_reads_like_the_layout(
    qtbot: QtBot, runner: Runner, tmp_path: Path
) -> None:
    settings = pdf_settings(tmp_path)
    data = sample.receipt(number=7, language="ar")
    written: list[Path] = []
    print_receipt(data, settings, runner, on_done=written.append)
    qtbot.waitUntil(lambda: bool(written), timeout=15000)
    check_page(rasterise(written[0])[0], data)
    assert "متجر السفر" in pdf_text(written[0])


def test_a_reprint_gets_its_own_file(qtbot: QtBot, runner: Runner, tmp_path: Path) -> None:
    settings = pdf_settings(tmp_path)
    written: list[Path] = []
    copies = (sample.receipt(), sample.receipt(copy_at=datetime(2026, 12, 2, 9, 30)))
    for count, data in enumerate(copies, start=1):
        print_receipt(data, settings, runner, on_done=written.append)
        qtbot.waitUntil(lambda count=count: len(written) == count, timeout=15000)
    assert [p.name for p in written] == [
        "receipt-000042.pdf",
        "receipt-000042-copy-20261202-093000.pdf",
    ]
    assert "COPY" in pdf_text(written[1]) and "COPY" not in pdf_text(written[0])


def test_a_folder_that_cannot_be_written_is_told(
    qtbot: QtBot, runner: Runner, tmp_path: Path
) -> None:
    settings = pdf_settings(tmp_path)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    write(settings, schema.RECEIPT_PDF_FOLDER, str(blocker / "receipts"))
    errors: list[BaseException] = []
    print_receipt(sample.receipt(), settings, runner, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=15000)
    assert isinstance(errors[0], ReceiptFileError)
    assert str(blocker / "receipts") in describe(errors[0])


def test_no_target_prints_nothing(runner: Runner, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert print_receipt(sample.receipt(), settings, runner) == "none"
    assert runner.outstanding() == 0


def sold_order() -> Order:
    japan = country("JP")
    assert japan is not None
    plan = Plan(
        provider=ProviderId.ESIMFLY,
        key=EsimflyKey("JP-5GB-30D"),
        destination=japan,
        name="Japan 5GB 30 Days",
        data_gb=Decimal(5),
        validity_days=30,
        price=Money.of("12.40", "USD"),
    )
    code = ActivationCode.parse(sample.LPA)
    order = Order(plan, status=OrderStatus.DELIVERED, clerk="Sam")
    order.esims = (Esim(iccid=sample.ICCID, activation=code),)
    order.created_at = datetime(2026, 12, 1, 13, 5, tzinfo=UTC)
    return order


def test_a_customer_receipt_never_carries_the_activation_code() -> None:
    assert not {f.name for f in fields(ReceiptData)} & {"lpa", "activation", "activation_code"}
    order = sold_order()
    data = receipt_for_order(
        order,
        shop=sample.shop(),
        number=3,
        quote=sample.quote(),
        payment=None,
    )
    assert data.iccids == (sample.ICCID,)
    _image, painted = receipt_image(data, 576)
    printed = " ".join(painted.texts)
    assert sample.ICCID in printed
    assert sample.MATCHING_ID not in printed and "smdp.example.com" not in printed
    (slip,) = slips_for_order(order)
    assert slip.lpa == sample.LPA and slip.activation_code == sample.MATCHING_ID


def test_a_printer_that_is_gone_brings_the_dialog_back(
    qtbot: QtBot, tmp_path: Path, qapp: object
) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    write(settings, schema.RECEIPT_SYSTEM_PRINTER, "A printer that was removed")
    assert system_printer.remembered_printer(settings) is None
    done: list[bool] = []
    dialog = system_printer.print_pages([], settings, None, lambda: done.append(True), print)
    assert isinstance(dialog, QPrintDialog)
    qtbot.waitUntil(dialog.isVisible)
    dialog.reject()  # the clerk cancels: nothing printed, nothing forgotten
    assert not done
    assert read(settings, schema.RECEIPT_SYSTEM_PRINTER) == "A printer that was removed"


def test_a_qprinter_gets_the_receipt_and_the_slip_on_pages_of_their_own(
    tmp_path: Path, qapp: object
) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    data, slip = sample.receipt(), sample.slip()
    system_printer.paint_pages(
        printer,
        [
            lambda p, w, dpi: paint_receipt(p, data, w, dpi),
            lambda p, w, dpi: paint_slip(p, slip, w, dpi),
        ],
    )
    receipt_page, slip_page = rasterise(printed)
    assert [b.text for b in zxingcpp.read_barcodes(slip_page)] == [sample.LPA]
    assert zxingcpp.read_barcodes(receipt_page) == []
    text = pdf_text(printed)
    assert "000042" in text and "23.00" in text
