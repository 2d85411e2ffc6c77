"""Decode the QR codes painted on a widget, the way a phone camera would see them."""

from __future__ import annotations

import io

import zxingcpp
from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtWidgets import QWidget


def decode_qr(widget: QWidget) -> list[str]:
    """Every QR code readable in a screenshot of ``widget``, top-left first."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    widget.grab().save(buffer, "PNG")
    image = Image.open(io.BytesIO(bytes(buffer.data()))).convert("L")
    found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    ordered = sorted(found, key=lambda b: (b.position.top_left.x, b.position.top_left.y))
    return [b.text for b in ordered]
