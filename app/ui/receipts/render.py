"""Receipts and slips as images: the thermal printer's raster, and the reference the
tests compare what a printer received against.

A layout's height is only known once painted, so it is painted on a tall white image and
cropped to what it used: a thermal roll feeds no blank paper.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QRect
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
    image = QImage(width, MAX_HEIGHT, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painted = paint(painter, data, width, dpi)
    finally:
        painter.end()
    height = min(MAX_HEIGHT, max(1, painted.height))
    return image.copy(QRect(0, 0, width, height)), painted


def receipt_image(data: ReceiptData, width: int, dpi: int = THERMAL_DPI) -> tuple[QImage, Painted]:
    return render(paint_receipt, data, width, dpi)


def slip_image(data: InstallSlipData, width: int, dpi: int = THERMAL_DPI) -> tuple[QImage, Painted]:
    return render(paint_slip, data, width, dpi)
