"""The system printer (QPrinter): the print dialog the first time, then the printer the
owner chose, by name, with no dialog.

Painting happens on the GUI thread: Qt's printer devices live there, and the spooler takes
the job from the paint; nothing else waits. A remembered printer that has gone (renamed,
removed) brings the dialog back.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QWidget

from app import settings_schema as schema
from app.core.errors import PrinterError
from app.ui.receipts.canvas import Painted
from app.ui.settings_store import read, write

COLUMN_MM = 72.0  # a receipt is a receipt-wide column, also on an A4 sheet

Page = Callable[[QPainter, int, int], Painted]  # painter, width, dpi


def paint_pages(printer: QPrinter, pages: list[Page]) -> None:
    """Each page (receipt, install slip) on a sheet of its own, top left."""
    painter = QPainter()
    if not painter.begin(printer):
        raise PrinterError("the printer did not start the job", where=printer.printerName())
    try:
        dpi = printer.resolution()
        area = printer.pageLayout().paintRectPixels(dpi)
        width = min(area.width(), round(COLUMN_MM * dpi / 25.4))
        for index, page in enumerate(pages):
            if index:
                printer.newPage()
            page(painter, width, dpi)
    finally:
        painter.end()


def remembered_printer(settings: QSettings) -> QPrinter | None:
    """The printer chosen before, if it still exists."""
    name = read(settings, schema.RECEIPT_SYSTEM_PRINTER)
    if not name or name not in QPrinterInfo.availablePrinterNames():
        return None
    return QPrinter(QPrinterInfo.printerInfo(name), QPrinter.PrinterMode.HighResolution)


def print_pages(
    pages: list[Page],
    settings: QSettings,
    parent: QWidget | None,
    on_done: Callable[[], None],
    on_error: Callable[[BaseException], None],
) -> QPrintDialog | None:
    """Print at once on the remembered printer, or open the print dialog (window-modal,
    never ``exec``) and remember the printer chosen there. Returns the dialog if shown."""
    printer = remembered_printer(settings)
    if printer is not None:
        _paint(printer, pages, on_done, on_error)
        return None
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    # lupdate files dialog.tr() under "dialog", but at run time Qt would look it up under
    # QPrintDialog: name the context outright.
    dialog.setWindowTitle(QCoreApplication.translate("dialog", "Print receipt"))

    def finished(result: int) -> None:
        dialog.deleteLater()
        if result != QDialog.DialogCode.Accepted:
            return
        if printer.outputFormat() == QPrinter.OutputFormat.NativeFormat and printer.printerName():
            write(settings, schema.RECEIPT_SYSTEM_PRINTER, printer.printerName())
        _paint(printer, pages, on_done, on_error)

    dialog.finished.connect(finished)
    QDialog.open(dialog)  # QPrintDialog.open() wants a receiver in PySide6
    return dialog


def _paint(
    printer: QPrinter,
    pages: list[Page],
    on_done: Callable[[], None],
    on_error: Callable[[BaseException], None],
) -> None:
    try:
        paint_pages(printer, pages)
    except PrinterError as exc:
        on_error(exc)
    else:
        on_done()
