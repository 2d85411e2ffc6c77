"""Receipts and slips as images: the thermal printer's raster, and the reference the
tests compare what a printer received against.

A layout's height is only known once laid out, so it is painted twice: onto an image one
pixel high (Qt lays the text out and clips every pixel away: cheap), then onto an image of
exactly that height. A thermal roll feeds no blank paper, and no 40 MB scratch image is
filled on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtGui import QColor, QImage, QPainter

from app.ui.receipts.canvas import Painted
from app.ui.receipts.data import InstallSlipData, ReceiptData
from app.ui.receipts.layout import paint_receipt
from app.ui.receipts.slip import paint_slip

THERMAL_DPI = 203  # every common 58 and 80 mm ESC/POS printer: 8 dots per mm
# Printable dots across the roll (48 mm of 58, 72 mm of 80).
ROLL_DOTS = {58: 384, 80: 576}
MAX_HEIGHT = 20_000  # 2.5 m of paper at 203 dpi: no receipt comes near it

D = TypeVar("D", ReceiptData, InstallSlipData)


def render(
    paint: Callable[[QPainter, D, int, int], Painted], data: D, width: int, dpi: int
) -> tuple[QImage, Painted]:
    height = measure(paint, data, width, dpi)
    image = QImage(width, height, QImage.Format.Format_RGB32)
    painted = _paint_on(image, paint, data, dpi)
    return image, painted


def measure(
    paint: Callable[[QPainter, D, int, int], Painted], data: D, width: int, dpi: int
) -> int:
    """The height in device pixels ``paint`` uses for ``data`` at ``width`` and ``dpi``."""
    painted = _paint_on(QImage(width, 1, QImage.Format.Format_RGB32), paint, data, dpi)
    return min(MAX_HEIGHT, max(1, painted.height))


def _paint_on(
    image: QImage, paint: Callable[[QPainter, D, int, int], Painted], data: D, dpi: int
) -> Painted:
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        return paint(painter, data, image.width(), dpi)
    finally:
        painter.end()


def receipt_image(data: ReceiptData, width: int, dpi: int = THERMAL_DPI) -> tuple[QImage, Painted]:
    return render(paint_receipt, data, width, dpi)


def slip_image(data: InstallSlipData, width: int, dpi: int = THERMAL_DPI) -> tuple[QImage, Painted]:
    return render(paint_slip, data, width, dpi)
