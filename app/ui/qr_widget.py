"""A QR code painted module by module from the qrcode matrix.

Modules are whole device pixels (integer scaling) so phone cameras see sharp edges, and a
four-module quiet zone is always kept. Error correction level M, as DESIGN asks.
"""

from __future__ import annotations

import qrcode
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget
from qrcode.constants import ERROR_CORRECT_M
from qrcode.exceptions import DataOverflowError

QUIET_ZONE = 4


def qr_matrix(text: str) -> list[list[bool]]:
    """The module matrix including the quiet zone; raises ValueError if text is too long."""
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=QUIET_ZONE)
    code.add_data(text)
    try:
        code.make(fit=True)
    except DataOverflowError as exc:
        raise ValueError("too much data for a QR code") from exc
    return code.get_matrix()


class QrWidget(QWidget):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._matrix: list[list[bool]] = []
        self._text = ""
        self._error = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(120, 120)
        self.setText(text)

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        self._text = text
        self._error = ""
        try:
            self._matrix = qr_matrix(text) if text else []
        except ValueError:
            self._matrix = []
            self._error = self.tr("This code is too long to show as a QR code.")
        self.setAccessibleName(self.tr("QR code"))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(360, 360)

    def module_size(self) -> int:
        """Device pixels per module: the largest whole number that fits."""
        if not self._matrix:
            return 0
        side = min(self.width(), self.height()) * self.devicePixelRatioF()
        return max(1, int(side // len(self._matrix)))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        if not self._matrix:
            if self._error:
                painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self._error)
            return
        ratio = self.devicePixelRatioF()
        count = len(self._matrix)
        module = self.module_size() / ratio
        side = module * count
        left = (self.width() - side) / 2
        top = (self.height() - side) / 2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("black"))
        # Snap the origin to a device pixel so every module edge lands on a pixel edge.
        left = round(left * ratio) / ratio
        top = round(top * ratio) / ratio
        for row, cells in enumerate(self._matrix):
            for col, dark in enumerate(cells):
                if dark:
                    x = left + col * module
                    y = top + row * module
                    painter.fillRect(QRectF(x, y, module, module), QColor("black"))
        painter.end()
