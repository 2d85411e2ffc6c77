"""PDF receipts: a page as wide as an 80 mm roll and as long as the receipt.

A roll-sized page looks like the paper receipt, prints one-to-one on a receipt printer
through the system's dialog, and stays readable when opened on a phone; an A4 page would
be mostly white (docs/decisions.md). Painted into memory on the GUI thread (the paint is
all that happens there); :func:`write` puts the bytes on disk in the Runner.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

from app.core.errors import ReceiptFileError
from app.ui.receipts.canvas import Painted
from app.ui.receipts.data import InstallSlipData, ReceiptData
from app.ui.receipts.layout import paint_receipt, receipt_number
from app.ui.receipts.render import measure
from app.ui.receipts.slip import paint_slip

DPI = 300
PAGE_MM = 80.0
COLUMN_MM = 72.0  # the printable width of an 80 mm roll; 4 mm of margin each side
MARGIN_MM = (PAGE_MM - COLUMN_MM) / 2

D = TypeVar("D", ReceiptData, InstallSlipData)


def _pdf(paint: Callable[[QPainter, D, int, int], Painted], data: D, title: str) -> bytes:
    width = round(COLUMN_MM * DPI / 25.4)
    height_mm = measure(paint, data, width, DPI) * 25.4 / DPI + 2 * MARGIN_MM
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(DPI)
    writer.setTitle(title)
    writer.setCreator("eSIM Counter")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QSizeF(PAGE_MM, height_mm), QPageSize.Unit.Millimeter, title),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    painter = QPainter(writer)
    try:
        paint(painter, data, width, DPI)
    finally:
        painter.end()
    return bytes(QByteArray(buffer.data()).data())


def receipt_pdf(data: ReceiptData) -> bytes:
    return _pdf(paint_receipt, data, f"Receipt {receipt_number(data.number)}")


def slip_pdf(data: InstallSlipData) -> bytes:
    return _pdf(paint_slip, data, "eSIM install slip")


def receipt_file_name(data: ReceiptData) -> str:
    """receipt-000042.pdf; a reprint gets its own file and never overwrites the first."""
    name = f"receipt-{receipt_number(data.number)}"
    if data.copy_printed_at is not None:
        name += "-copy-" + data.copy_printed_at.strftime("%Y%m%d-%H%M%S")
    return name + ".pdf"


def write(folder: Path, name: str, content: bytes) -> Path:
    """Write ``content`` to ``folder/name`` whole or not at all. Blocking: Runner only."""
    target = folder / name
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=".receipt-", suffix=".part")
        try:
            with os.fdopen(handle, "wb") as file:
                file.write(content)
                file.flush()
                os.fsync(file.fileno())
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise ReceiptFileError(str(exc), where=str(folder)) from exc
    return target
