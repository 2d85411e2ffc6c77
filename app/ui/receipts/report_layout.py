"""X and Z reports and refund receipts on the receipt pipeline: one more layout beside the
receipt's, painted with the same :class:`Canvas` and sent the same ways (thermal raster,
roll-sized PDF page, system printer).

A :class:`PrintDoc` is plain data: a title, a number, and rows already worded in the
document's language (the builders in ``app/ui/till_docs.py`` make them). The layout knows
nothing of shifts or refunds, so X, Z and refund receipts share it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QSettings
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QWidget

from app.core.errors import PrinterSetupError
from app.ui.receipts import pdf, thermal
from app.ui.receipts.canvas import Canvas, Edge, Painted
from app.ui.receipts.data import ShopDetails
from app.ui.receipts.layout import BIG, BODY, SMALL, TITLE
from app.ui.receipts.render import THERMAL_DPI, render
from app.ui.runner import DEFAULT, Runner

Done = Callable[[Path | None], None]
Failed = Callable[[BaseException], None]


class Style(Enum):
    ROW = "row"  # label at the leading edge, value (an amount) at the trailing edge
    TOTAL = "total"  # a row in big bold type
    HEADING = "heading"  # a bold paragraph after a rule
    TEXT = "text"  # a plain paragraph
    SMALL = "small"  # a small paragraph (a reason, a note)
    RULE = "rule"


@dataclass(frozen=True, slots=True)
class DocLine:
    label: str = ""
    value: str = ""
    style: Style = Style.ROW
    role: str | None = None  # found again by the tests in what the printer received


@dataclass(frozen=True, slots=True)
class PrintDoc:
    """One printed till document (X report, Z report, refund receipt)."""

    title: str  # "X REPORT", "Z REPORT", "REFUND"
    number: str  # "Z 000001", "R-000003"; "" for an X report
    shop: ShopDetails
    lines: tuple[DocLine, ...]
    file_name: str  # for the PDF: x-report-shift-3-20261201-1405.pdf
    language: str = "en"
    training_banner: str = ""  # the TRAINING words in the document's language, or ""


def paint_doc(painter: QPainter, doc: PrintDoc, width: int, dpi: int) -> Painted:
    canvas = Canvas(painter, width, dpi, doc.language)
    if doc.training_banner:
        canvas.banner([(doc.training_banner, BODY, True)], role="training")
        canvas.gap(2)
    shop = doc.shop
    if shop.name:
        canvas.text(shop.name, BIG, Edge.CENTRE, bold=True, role="shop")
    if shop.counter_name:
        canvas.text(shop.counter_name, BODY, Edge.CENTRE)
    canvas.rule(heavy=True)
    canvas.text(doc.title, TITLE, Edge.CENTRE, bold=True, role="title")
    if doc.number:
        canvas.text(doc.number, BIG, Edge.CENTRE, bold=True, role="number")
    canvas.rule(heavy=True)
    for line in doc.lines:
        if line.style is Style.RULE:
            canvas.rule()
        elif line.style is Style.HEADING:
            canvas.gap(1)
            canvas.text(line.label, BODY, bold=True, role=line.role)
        elif line.style is Style.TEXT:
            canvas.text(line.label, BODY, role=line.role)
        elif line.style is Style.SMALL:
            canvas.text(line.label, SMALL, role=line.role)
        else:
            big = line.style is Style.TOTAL
            canvas.row(line.label, line.value, BIG if big else BODY, bold=big, role=line.role)
    return canvas.finish()


def doc_image(doc: PrintDoc, width: int, dpi: int = THERMAL_DPI) -> tuple[QImage, Painted]:
    return render(paint_doc, doc, width, dpi)  # type: ignore[type-var]  # any data paints


def doc_pdf(doc: PrintDoc) -> bytes:
    return pdf._pdf(paint_doc, doc, doc.title)  # type: ignore[type-var]  # the same page


def print_doc(
    doc: PrintDoc,
    settings: QSettings,
    runner: Runner,
    *,
    parent: QWidget | None = None,
    on_done: Done | None = None,
    on_error: Failed | None = None,
) -> str:
    """Print ``doc`` where the settings send receipts (as ``print_receipt`` does);
    returns the target, "none" printing nothing. Work and waits on the Runner."""
    from app.ui.receipts.printing import pdf_folder, target, thermal_printer

    done: Done = on_done or (lambda _path: None)
    failed: Failed = on_error or (lambda _error: None)
    where = target(settings)
    if where == "thermal":
        printer = thermal_printer(settings)

        def bitmaps() -> list[Image.Image]:
            return [thermal.to_bitmap(doc_image(doc, printer.dots)[0])]

        runner.run(
            lambda: thermal.send(printer, bitmaps()),
            lambda _none: done(None),
            failed,
            owner=parent,
            priority=DEFAULT,
        )
    elif where == "pdf":
        folder = pdf_folder(settings)
        runner.run(
            lambda: pdf.write(folder, doc.file_name, doc_pdf(doc)),
            done,
            failed,
            owner=parent,
            priority=DEFAULT,
        )
    elif where == "system":
        from app.ui.receipts import system_printer

        page: system_printer.Page = lambda p, w, dpi: paint_doc(p, doc, w, dpi)  # noqa: E731
        system_printer.print_pages([page], settings, parent, lambda: done(None), failed)
    elif where != "none":
        failed(PrinterSetupError(f"unknown receipt target {where!r}"))
    return where


def save_pdf(
    doc: PrintDoc,
    path: Path,
    runner: Runner,
    *,
    parent: QWidget | None = None,
    on_done: Done | None = None,
    on_error: Failed | None = None,
) -> None:
    """Save ``doc`` as a PDF at ``path`` (chosen by the clerk), whole or not at all."""
    runner.run(
        lambda: pdf.write(path.parent, path.name, doc_pdf(doc)),
        on_done or (lambda _path: None),
        on_error or (lambda _error: None),
        owner=parent,
        priority=DEFAULT,
    )
