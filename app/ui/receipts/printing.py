"""``print_receipt(data, settings, runner)``: the one call the sale flow (auto-print or
the print key) and History (reprint) make. It reads where receipts go from the settings
and leaves the painting and every wait (network, USB, serial, disk) to the Runner: Qt 6
lets a QPainter draw text onto a QImage or a QPdfWriter in any thread. Only the system
printer paints on the GUI thread (its dialog and device live there).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget

from app import settings_schema as schema
from app.core.errors import PrinterSetupError
from app.ui.receipts import pdf, thermal
from app.ui.receipts.canvas import Painted
from app.ui.receipts.data import InstallSlipData, ReceiptData, ShopDetails
from app.ui.receipts.layout import paint_receipt, receipt_number
from app.ui.receipts.render import THERMAL_DPI, receipt_image, slip_image
from app.ui.receipts.slip import paint_slip
from app.ui.runner import DEFAULT, Runner
from app.ui.settings_store import read

Done = Callable[[Path | None], None]  # the PDF written, None for a printer
Failed = Callable[[BaseException], None]


def shop_details(settings: QSettings) -> ShopDetails:
    return ShopDetails(
        name=read(settings, schema.SHOP_NAME),
        address=read(settings, schema.SHOP_ADDRESS),
        tax_number=read(settings, schema.SHOP_TAX_NUMBER),
        counter_name=read(settings, schema.COUNTER_NAME),
    )


def target(settings: QSettings) -> str:
    """none, system, pdf or thermal."""
    return read(settings, schema.RECEIPT_TARGET)


def prints_automatically(settings: QSettings) -> bool:
    """After a delivered sale, or only when the clerk presses the print key."""
    return target(settings) != "none" and read(settings, schema.RECEIPT_AUTO_PRINT)


def offers_install_slip(settings: QSettings) -> bool:
    return read(settings, schema.OFFER_INSTALL_SLIP)


def thermal_printer(settings: QSettings) -> thermal.ThermalPrinter:
    return thermal.ThermalPrinter(
        read(settings, schema.THERMAL_CONNECTION),
        read(settings, schema.THERMAL_ADDRESS),
        read(settings, schema.THERMAL_PAPER_MM),
    )


def pdf_folder(settings: QSettings) -> Path:
    """The folder set in Settings, or Documents/eSIM Counter receipts."""
    chosen = read(settings, schema.RECEIPT_PDF_FOLDER)
    if chosen:
        return Path(chosen)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents or Path.home()) / "eSIM Counter receipts"


def print_receipt(
    data: ReceiptData,
    settings: QSettings,
    runner: Runner,
    *,
    slip: InstallSlipData | None = None,
    parent: QWidget | None = None,
    on_done: Done | None = None,
    on_error: Failed | None = None,
) -> str:
    """Print ``data`` (and the install ``slip``, if the traveller wants one) where the
    settings say. Returns the target used; "none" prints nothing. Failures reach
    ``on_error`` as :class:`~app.core.errors.PrinterError`, on the GUI thread; with
    ``parent`` the work is owned by it (closing it drops the callbacks)."""
    slips = [slip] if slip is not None else []
    name = f"install-slip-{receipt_number(data.number)}"
    return _print(data, slips, name, settings, runner, parent, on_done, on_error)


def print_slips(
    slips: Sequence[InstallSlipData],
    number: int,
    settings: QSettings,
    runner: Runner,
    *,
    parent: QWidget | None = None,
    on_done: Done | None = None,
    on_error: Failed | None = None,
) -> str:
    """Print only install slips (offered after the receipt), named after the sale's
    receipt ``number`` when they are PDF files."""
    name = f"install-slip-{receipt_number(number)}"
    return _print(None, list(slips), name, settings, runner, parent, on_done, on_error)


def _print(
    data: ReceiptData | None,
    slips: list[InstallSlipData],
    slip_name: str,
    settings: QSettings,
    runner: Runner,
    parent: QWidget | None,
    on_done: Done | None,
    on_error: Failed | None,
) -> str:
    done: Done = on_done or (lambda _path: None)
    failed: Failed = on_error or (lambda _error: None)
    where = target(settings)
    if where == "thermal":
        printer = thermal_printer(settings)

        def bitmaps() -> list[Image.Image]:
            pictures = [receipt_image(data, printer.dots, THERMAL_DPI)[0]] if data else []
            pictures += [slip_image(one, printer.dots, THERMAL_DPI)[0] for one in slips]
            return [thermal.to_bitmap(picture) for picture in pictures]

        runner.run(
            lambda: thermal.send(printer, bitmaps()),
            lambda _none: done(None),
            failed,
            owner=parent,
            priority=DEFAULT,
        )
    elif where == "pdf":
        folder = pdf_folder(settings)

        def files() -> list[tuple[str, bytes]]:
            made = [(pdf.receipt_file_name(data), pdf.receipt_pdf(data))] if data else []
            for index, one in enumerate(slips, 1):
                suffix = f"-{index}" if len(slips) > 1 else ""
                made.append((f"{slip_name}{suffix}.pdf", pdf.slip_pdf(one)))
            return made

        def write_all() -> Path:
            written = [pdf.write(folder, name, content) for name, content in files()]
            return written[0]

        runner.run(write_all, done, failed, owner=parent, priority=DEFAULT)
    elif where == "system":
        from app.ui.receipts import system_printer  # QtPrintSupport only when printing

        pages: list[system_printer.Page] = []
        if data is not None:
            receipt = data
            pages.append(lambda p, w, dpi: paint_receipt(p, receipt, w, dpi))
        pages += [_slip_page(one) for one in slips]
        system_printer.print_pages(pages, settings, parent, lambda: done(None), failed)
    elif where != "none":
        failed(PrinterSetupError(f"unknown receipt target {where!r}"))
    return where


def _slip_page(slip: InstallSlipData) -> Callable[[QPainter, int, int], Painted]:
    return lambda p, w, dpi: paint_slip(p, slip, w, dpi)
