"""Flag badges for destinations.

Flag emoji do not render on Windows and many Linux fonts, so each country gets a small
painted badge with its alpha-2 code in a colour derived from the code: it looks the same
everywhere and is readable at a glance. Regions and Global get a globe badge.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QIcon, QPixmap

from app.core.countries import Destination, DestinationKind
from app.ui.lazy_qt import Qt  # badges are drawn once the catalogue is in

SIZE = 32


def _colour(code: str) -> QColor:
    import hashlib  # here, not at start-up: it loads OpenSSL

    digest = hashlib.sha1(code.encode()).digest()
    return QColor.fromHsv(digest[0] * 360 // 256, 150, 170)


@cache
def _badge(label: str, colour_key: str) -> QIcon:
    from PySide6.QtGui import QPainter  # (its enums are made when first named: not at start-up)

    pixmap = QPixmap(SIZE * 2, SIZE * 2)  # drawn at 2x for high-DPI screens
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(_colour(colour_key))
    painter.drawRoundedRect(QRectF(1, 5, SIZE - 2, SIZE - 10), 4, 4)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(12)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(QRectF(0, 0, SIZE, SIZE), Qt.AlignmentFlag.AlignCenter, label)
    painter.end()
    return QIcon(pixmap)


def flag_icon(destination: Destination) -> QIcon:
    if destination.kind is DestinationKind.COUNTRY:
        return _badge(destination.code, destination.code)
    label = "ALL" if destination.kind is DestinationKind.GLOBAL else destination.name[:3].upper()
    return _badge(label, "region:" + destination.code)
