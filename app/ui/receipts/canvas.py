"""A column of text, rules and a QR painted top to bottom on any QPainter: the few
primitives the receipt and the install slip are made of.

Everything is in device pixels: the caller gives the paper's printable width and its
resolution (203 dpi on a thermal roll, 300 on a PDF page), and sizes are set in points
so a receipt reads the same on every target. Text is laid out by Qt (word wrap, Arabic
shaping, bidi), so every script prints as the screen shows it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QPainter

from app.ui.receipts.words import right_to_left, shown

BLACK = QColor("black")
WHITE = QColor("white")


class Edge(Enum):
    LEADING = "leading"
    CENTRE = "centre"
    TRAILING = "trailing"


@dataclass
class Painted:
    """What a layout drew: its height (to crop a roll), every text it wrote (tests check
    that an activation code never reaches a receipt) and the rectangles of named items."""

    height: int = 0
    texts: list[str] = field(default_factory=list)
    regions: dict[str, QRect] = field(default_factory=dict)


class Canvas:
    def __init__(self, painter: QPainter, width: int, dpi: int, language: str) -> None:
        self.painter = painter
        self.width = width
        self.dpi = dpi
        self.language = language
        self.rtl = right_to_left(language)
        # Thermal paper is already inset by the printer; a PDF page gets its margin from
        # the page layout. A little air keeps ink off the very edge.
        self.margin = self.px(1.5)
        self.inner = width - 2 * self.margin
        self.y = self.margin
        self.painted = Painted()
        painter.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if self.rtl else Qt.LayoutDirection.LeftToRight
        )
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)

    # -- units --------------------------------------------------------------------------

    def px(self, mm: float) -> int:
        """Millimetres to device pixels."""
        return round(mm * self.dpi / 25.4)

    def font(self, points: float, *, bold: bool = False, mono: bool = False) -> QFont:
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont) if mono else QFont()
        font.setPixelSize(max(1, round(points * self.dpi / 72)))
        font.setBold(bold)
        return font

    def _align(self, edge: Edge) -> Qt.AlignmentFlag:
        if edge is Edge.CENTRE:
            return Qt.AlignmentFlag.AlignHCenter
        left = (edge is Edge.LEADING) != self.rtl
        side = Qt.AlignmentFlag.AlignLeft if left else Qt.AlignmentFlag.AlignRight
        return Qt.AlignmentFlag.AlignAbsolute | side

    # -- primitives ---------------------------------------------------------------------

    def gap(self, mm: float) -> None:
        self.y += self.px(mm)

    def text(
        self,
        text: str,
        points: float,
        edge: Edge = Edge.LEADING,
        *,
        bold: bool = False,
        mono: bool = False,
        anywhere: bool = False,
        role: str | None = None,
        colour: QColor = BLACK,
    ) -> QRect:
        """A paragraph, wrapped to the width; returns the rectangle its ink occupies."""
        text = shown(text, self.language)
        self.painter.setFont(self.font(points, bold=bold, mono=mono))
        self.painter.setPen(colour)
        wrap = Qt.TextFlag.TextWrapAnywhere if anywhere else Qt.TextFlag.TextWordWrap
        flags = int(self._align(edge)) | int(Qt.AlignmentFlag.AlignTop) | int(wrap)
        area = QRect(self.margin, self.y, self.inner, 100_000)
        used = self.painter.boundingRect(area, flags, text)
        self.painter.drawText(QRect(self.margin, self.y, self.inner, used.height()), flags, text)
        self._record(text, used, role)
        self.y += used.height()
        return used

    def row(
        self,
        label: str,
        value: str,
        points: float,
        *,
        bold: bool = False,
        mono_value: bool = False,
        role: str | None = None,
    ) -> None:
        """A label at the leading edge and its value (an amount) at the trailing edge; the
        value goes on a line of its own when both do not fit side by side."""
        label, value = shown(label, self.language), shown(value, self.language)
        painter = self.painter
        label_font = self.font(points, bold=bold)
        value_font = self.font(points, bold=bold, mono=mono_value)
        painter.setPen(BLACK)
        top = Qt.AlignmentFlag.AlignTop
        painter.setFont(value_font)
        value_rect = painter.boundingRect(
            QRect(self.margin, self.y, self.inner, 100_000),
            int(self._align(Edge.TRAILING)) | int(top),
            value,
        )
        if value_rect.width() > self.inner:  # a long name: both as paragraphs of their own
            self.text(label, points, Edge.LEADING, bold=bold)
            self.text(value, points, Edge.TRAILING, bold=bold, mono=mono_value, role=role)
            return
        space = self.inner - value_rect.width() - self.px(2)
        label_flags = int(self._align(Edge.LEADING)) | int(top) | int(Qt.TextFlag.TextWordWrap)
        # Side by side unless that leaves the label a sliver: then the value goes below.
        painter.setFont(label_font)
        metrics = painter.fontMetrics()
        natural = metrics.horizontalAdvance(label)
        # A word cannot wrap: one wider than the room beside the value would run over it.
        longest = max((metrics.horizontalAdvance(word) for word in label.split()), default=0)
        beside = natural <= space or (space > self.inner // 3 and longest <= space)
        label_width = space if beside else self.inner
        label_left = self.margin if not self.rtl else self.margin + self.inner - label_width
        label_area = QRect(label_left, self.y, label_width, 100_000)
        label_rect = painter.boundingRect(label_area, label_flags, label)
        painter.drawText(label_area, label_flags, label)
        self._record(label, label_rect, f"{role}-label" if role else None)
        value_top = self.y if label_width != self.inner else self.y + label_rect.height()
        painter.setFont(value_font)
        value_area = QRect(self.margin, value_top, self.inner, value_rect.height())
        value_flags = int(self._align(Edge.TRAILING)) | int(top)
        used = painter.boundingRect(value_area, value_flags, value)
        # Drawn from the whole pixel where it starts: right-aligned text would otherwise
        # start at a fraction of a pixel, and amounts print with ragged edges.
        start = Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignLeft | top
        painter.drawText(used, int(start), value)
        self._record(value, used, role)
        self.y = max(label_rect.bottom(), used.bottom()) + 1

    def rule(self, *, heavy: bool = False) -> None:
        self.gap(1)
        thickness = max(1, self.px(0.5 if heavy else 0.25))
        self.painter.fillRect(QRect(self.margin, self.y, self.inner, thickness), BLACK)
        self.y += thickness
        self.gap(1)

    def banner(self, lines: list[tuple[str, float, bool]], role: str | None = None) -> None:
        """White text on a black band: COPY, TRAINING, the privacy mark. Thermal paper
        prints solid black well, and nobody misses it."""
        pad = self.px(1.2)
        start = self.y
        painter = self.painter
        heights = []
        for line, points, bold in lines:
            painter.setFont(self.font(points, bold=bold))
            flags = int(Qt.AlignmentFlag.AlignHCenter) | int(Qt.TextFlag.TextWordWrap)
            area = QRect(self.margin + pad, 0, self.inner - 2 * pad, 100_000)
            heights.append(painter.boundingRect(area, flags, shown(line, self.language)).height())
        band = QRect(self.margin, start, self.inner, sum(heights) + 2 * pad)
        painter.fillRect(band, BLACK)
        self.y = start + pad
        for (line, points, bold), height in zip(lines, heights, strict=True):
            self._band_line(line, points, bold, height)
        if role is not None:
            self.painted.regions[role] = band
        self.y = band.bottom() + 1

    def _band_line(self, line: str, points: float, bold: bool, height: int) -> None:
        pad = self.px(1.2)
        self.painter.setFont(self.font(points, bold=bold))
        self.painter.setPen(WHITE)
        flags = int(Qt.AlignmentFlag.AlignHCenter) | int(Qt.TextFlag.TextWordWrap)
        text = shown(line, self.language)
        self.painter.drawText(
            QRect(self.margin + pad, self.y, self.inner - 2 * pad, height), flags, text
        )
        self.painted.texts.append(text)
        self.y += height

    def qr(self, matrix: list[list[bool]], side_mm: float, role: str = "qr") -> QRect:
        """The QR matrix (quiet zone included) centred, each module a whole number of
        device pixels so its edges are sharp on paper and in a PDF."""
        count = len(matrix)
        module = max(1, min(self.px(side_mm), self.inner) // count)
        side = module * count
        left = self.margin + (self.inner - side) // 2
        top = self.y
        self.painter.fillRect(QRect(left, top, side, side), WHITE)
        for row, cells in enumerate(matrix):
            for col, dark in enumerate(cells):
                if dark:
                    self.painter.fillRect(
                        QRectF(left + col * module, top + row * module, module, module), BLACK
                    )
        rect = QRect(left, top, side, side)
        self.painted.regions[role] = rect
        self.y = top + side
        return rect

    def finish(self) -> Painted:
        self.painted.height = self.y + self.margin
        return self.painted

    def _record(self, text: str, rect: QRect, role: str | None) -> None:
        self.painted.texts.append(text)
        if role is not None:
            self.painted.regions[role] = QRect(rect)
