"""Pictures of receipts for the tests: Qt images to PIL, how much two pictures differ,
and a piece of text rendered on its own to look for in a printed receipt."""

from __future__ import annotations

from PIL import Image, ImageChops
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from app.ui.receipts.canvas import Canvas
from app.ui.receipts.words import shown


def to_pil(image: QImage) -> Image.Image:
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    raw = bytes(gray.constBits())[: gray.bytesPerLine() * gray.height()]
    return Image.frombuffer(
        "L", (gray.width(), gray.height()), raw, "raw", "L", gray.bytesPerLine(), 1
    ).copy()


def ink(image: Image.Image) -> Image.Image:
    """Black and white at the printer's threshold."""
    return image.convert("L").point(lambda v: 0 if v < 128 else 255)


def differing(a: Image.Image, b: Image.Image) -> float:
    """The share of pixels that differ in ink; a difference in size counts in full."""
    width, height = max(a.width, b.width), max(a.height, b.height)
    canvas_a = Image.new("L", (width, height), 255)
    canvas_b = Image.new("L", (width, height), 255)
    canvas_a.paste(ink(a), (0, 0))
    canvas_b.paste(ink(b), (0, 0))
    diff = ImageChops.difference(canvas_a, canvas_b)
    raw = diff.tobytes()
    return (len(raw) - raw.count(0)) / (width * height)


def inked(image: Image.Image) -> float:
    """The share of pixels with ink."""
    raw = ink(image).tobytes()
    return raw.count(0) / max(1, len(raw))


def text_alone(
    text: str, points: float, dpi: int, *, bold: bool = False, language: str = "en"
) -> Image.Image:
    """``text`` as the receipt paints it, on a white image just its size."""
    probe = QImage(10, 10, QImage.Format.Format_RGB32)
    painter = QPainter(probe)
    canvas = Canvas(painter, 10_000, dpi, language)
    font = canvas.font(points, bold=bold)
    painter.setFont(font)
    flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    rect = painter.boundingRect(QRect(0, 0, 10_000, 10_000), flags, shown(text, language))
    painter.end()
    image = QImage(rect.width(), rect.height(), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    painter.drawText(QRect(0, 0, rect.width(), rect.height()), flags, shown(text, language))
    painter.end()
    return to_pil(image)


def found_at(page: Image.Image, rect: QRect, template: Image.Image, slack: int = 3) -> float:
    """The smallest difference between ``template`` and ``page`` around ``rect``'s top
    left (within ``slack`` pixels): 0.0 is a perfect match."""
    best = 1.0
    for dx in range(-slack, slack + 1):
        for dy in range(-slack, slack + 1):
            left, top = rect.left() + dx, rect.top() + dy
            crop = page.crop((left, top, left + template.width, top + template.height))
            best = min(best, differing(crop, template))
    return best
