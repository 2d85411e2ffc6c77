"""The one receipt layout, painted onto any QPainter: a PDF page, a system printer's page
or the image a thermal printer prints.

``paint_receipt(painter, data, width, dpi)`` paints from the top of the device and returns
what it painted (its height, to crop a thermal roll; the rectangles of the receipt number
and the total, which the tests find again in what the printer received).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QPainter

from app.core.money import Money
from app.core.payment import Method
from app.ui.receipts.canvas import Canvas, Edge, Painted
from app.ui.receipts.data import ReceiptData
from app.ui.receipts.words import in_language

CONTEXT = "Receipt"
# Sizes in points: the same on a 58 mm roll, an 80 mm roll and an A4 page.
TITLE, BIG, BODY, SMALL = 15.0, 13.0, 9.0, 7.5

METHODS = {
    Method.CASH: QT_TRANSLATE_NOOP("Receipt", "Cash"),
    Method.CARD: QT_TRANSLATE_NOOP("Receipt", "Card"),
    Method.TRANSFER: QT_TRANSLATE_NOOP("Receipt", "Bank transfer"),
    Method.OTHER: QT_TRANSLATE_NOOP("Receipt", "Other"),
}
WORDS = {
    "tax_number": QT_TRANSLATE_NOOP("Receipt", "Tax no. %1"),
    "counter": QT_TRANSLATE_NOOP("Receipt", "Counter"),
    "number": QT_TRANSLATE_NOOP("Receipt", "Receipt no."),
    "date": QT_TRANSLATE_NOOP("Receipt", "Date"),
    "clerk": QT_TRANSLATE_NOOP("Receipt", "Clerk"),
    "each": QT_TRANSLATE_NOOP("Receipt", "%1 × %2"),
    "net": QT_TRANSLATE_NOOP("Receipt", "Net"),
    "tax": QT_TRANSLATE_NOOP("Receipt", "Tax %1%"),
    "total": QT_TRANSLATE_NOOP("Receipt", "Total"),
    "tendered": QT_TRANSLATE_NOOP("Receipt", "Cash given"),
    "change": QT_TRANSLATE_NOOP("Receipt", "Change"),
    "no_payment": QT_TRANSLATE_NOOP("Receipt", "Payment not recorded"),
    "iccid": QT_TRANSLATE_NOOP("Receipt", "eSIM (ICCID)"),
    "copy": QT_TRANSLATE_NOOP("Receipt", "COPY"),
    "reprinted": QT_TRANSLATE_NOOP("Receipt", "Reprinted %1"),
    "training": QT_TRANSLATE_NOOP("Receipt", "TRAINING — NOT A SALE"),
    "thanks": QT_TRANSLATE_NOOP("Receipt", "Thank you for your purchase."),
    "topup": QT_TRANSLATE_NOOP("Receipt", "Top-up for eSIM (ICCID)"),
}


def when(moment: datetime) -> str:
    """Date and time as receipts write them everywhere: 2026-12-01 14:05, local time."""
    local = moment.astimezone() if moment.tzinfo is not None else moment
    return local.strftime("%Y-%m-%d %H:%M")


def percent(rate: Decimal) -> str:
    """15 for 15.00, 7.5 for 7.50: a tax rate as people write it."""
    return format(rate.normalize(), "f")


def receipt_number(number: int) -> str:
    return f"{number:06d}"


def paint_receipt(painter: QPainter, data: ReceiptData, width: int, dpi: int) -> Painted:
    """Paint ``data`` in a column ``width`` device pixels wide at ``dpi``."""
    canvas = Canvas(painter, width, dpi, data.language)

    def word(key: str) -> str:
        return in_language(data.language, CONTEXT, str(WORDS[key]))

    def money(amount: Money) -> str:
        return amount.format(data.locale)

    if data.copy_printed_at is not None:
        canvas.banner(
            [
                (word("copy"), BIG, True),
                (word("reprinted").replace("%1", when(data.copy_printed_at)), SMALL, False),
            ],
            role="copy",
        )
        canvas.gap(2)
    if data.training:
        canvas.banner([(word("training"), BODY, True)], role="training")
        canvas.gap(2)
    shop = data.shop
    if shop.name:
        canvas.text(shop.name, TITLE, Edge.CENTRE, bold=True, role="shop")
    if shop.address:
        canvas.text(shop.address, BODY, Edge.CENTRE)
    if shop.tax_number:
        canvas.text(word("tax_number").replace("%1", shop.tax_number), BODY, Edge.CENTRE)
    canvas.rule(heavy=True)
    canvas.row(word("number"), receipt_number(data.number), BIG, bold=True, role="number")
    canvas.row(word("date"), when(data.issued_at), BODY, role="date")
    if shop.counter_name:
        canvas.row(word("counter"), shop.counter_name, BODY, role="counter")
    if data.clerk:
        canvas.row(word("clerk"), data.clerk, BODY, role="clerk")
    canvas.rule()
    for index, line in enumerate(data.lines):
        canvas.text(f"{line.destination} — {line.plan}", BODY, bold=True)
        each = word("each").replace("%1", str(line.quantity)).replace("%2", money(line.unit_price))
        canvas.row(each, money(line.total), BODY, role=f"line{index}")
    if data.topup_of:
        # Which eSIM got the data: the traveller's proof when they ask why it has not.
        canvas.text(word("topup"), SMALL)
        canvas.text(data.topup_of, BODY, mono=True, anywhere=True, role="topup")
    canvas.rule()
    canvas.row(word("net"), money(data.net), BODY, role="net")
    canvas.row(word("tax").replace("%1", percent(data.tax_rate)), money(data.tax), BODY)
    canvas.row(word("total"), money(data.gross), BIG, bold=True, role="total")
    canvas.rule()
    _payment(canvas, data, word, money)
    if data.iccids:
        canvas.rule()
        canvas.text(word("iccid"), SMALL)
        for iccid in data.iccids:
            canvas.text(iccid, BODY, mono=True, anywhere=True, role="iccid")
    canvas.rule()
    canvas.text(word("thanks"), SMALL, Edge.CENTRE)
    return canvas.finish()


def _payment(
    canvas: Canvas,
    data: ReceiptData,
    word: Callable[[str], str],
    money: Callable[[Money], str],
) -> None:
    payment = data.payment
    if payment is None:
        canvas.text(word("no_payment"), BODY)
        return
    for tender in payment.tenders:
        name = in_language(data.language, CONTEXT, str(METHODS[tender.method]))
        canvas.row(name, money(tender.amount), BODY, role=f"paid_{tender.method.value}")
    if payment.cash_tendered is not None:
        canvas.row(word("tendered"), money(payment.cash_tendered), BODY)
        canvas.row(word("change"), money(payment.change), BODY, role="change")
