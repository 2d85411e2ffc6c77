"""The X/Z report and the refund receipt as rows (:class:`DocLine`), worded in one language:
the same rows fill the report dialog and the printed page, so screen and paper agree.

Signs follow the report: money out of the drawer or the shop (refunds, pay-outs, cash
handed back, cash missing) is negative.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.core.money import Money
from app.core.refunds import Refund
from app.till.report_model import Entry, ReportKind, ShiftReport, Why
from app.ui.receipts.data import ShopDetails
from app.ui.receipts.layout import METHODS, when
from app.ui.receipts.report_layout import DocLine, PrintDoc, Style
from app.ui.receipts.words import in_language

CONTEXT = "TillReport"
WORDS = {
    "x": QT_TRANSLATE_NOOP("TillReport", "X REPORT"),
    "z": QT_TRANSLATE_NOOP("TillReport", "Z REPORT"),
    "z_number": QT_TRANSLATE_NOOP("TillReport", "Z %1"),
    "corrects": QT_TRANSLATE_NOOP("TillReport", "Corrects Z %1: %2"),
    "shift": QT_TRANSLATE_NOOP("TillReport", "Shift %1"),
    "opened": QT_TRANSLATE_NOOP("TillReport", "Opened %1 by %2"),
    "made": QT_TRANSLATE_NOOP("TillReport", "Made %1 by %2"),
    "sales": QT_TRANSLATE_NOOP("TillReport", "Sales"),
    "count": QT_TRANSLATE_NOOP("TillReport", "Number of sales"),
    "gross": QT_TRANSLATE_NOOP("TillReport", "Gross"),
    "net": QT_TRANSLATE_NOOP("TillReport", "Net"),
    "tax": QT_TRANSLATE_NOOP("TillReport", "Tax"),
    "refunds": QT_TRANSLATE_NOOP("TillReport", "Refunds"),
    "takings": QT_TRANSLATE_NOOP("TillReport", "Takings (sales less refunds)"),
    "no_price": QT_TRANSLATE_NOOP("TillReport", "Delivered sales without a price: %1"),
    "methods": QT_TRANSLATE_NOOP("TillReport", "By payment method"),
    "refunded_by": QT_TRANSLATE_NOOP("TillReport", "%1 refunded"),
    "clerks": QT_TRANSLATE_NOOP("TillReport", "By clerk"),
    "anonymous": QT_TRANSLATE_NOOP("TillReport", "(no clerk)"),
    "clerk_sales": QT_TRANSLATE_NOOP("TillReport", "%1: %2 sale(s)"),
    "clerk_refunds": QT_TRANSLATE_NOOP("TillReport", "%1: %2 refund(s)"),
    "refund_line": QT_TRANSLATE_NOOP("TillReport", "Refund of %1 (%2)"),
    "moves": QT_TRANSLATE_NOOP("TillReport", "Pay-ins and pay-outs"),
    "pay_in": QT_TRANSLATE_NOOP("TillReport", "Pay-in: %1"),
    "pay_out": QT_TRANSLATE_NOOP("TillReport", "Pay-out: %1"),
    "drawer": QT_TRANSLATE_NOOP("TillReport", "Cash drawer"),
    "float": QT_TRANSLATE_NOOP("TillReport", "Opening float"),
    "cash_sales": QT_TRANSLATE_NOOP("TillReport", "Cash taken"),
    "cash_refunds": QT_TRANSLATE_NOOP("TillReport", "Cash refunded"),
    "handbacks": QT_TRANSLATE_NOOP("TillReport", "Cash handed back"),
    "pay_ins": QT_TRANSLATE_NOOP("TillReport", "Pay-ins"),
    "pay_outs": QT_TRANSLATE_NOOP("TillReport", "Pay-outs"),
    "expected": QT_TRANSLATE_NOOP("TillReport", "Expected in the drawer"),
    "counted": QT_TRANSLATE_NOOP("TillReport", "Counted"),
    "difference": QT_TRANSLATE_NOOP("TillReport", "Difference"),
    "owed": QT_TRANSLATE_NOOP("TillReport", "Still owed to customers (in the drawer)"),
    "not_delivered": QT_TRANSLATE_NOOP("TillReport", "Paid, not delivered yet (in the drawer)"),
    "providers": QT_TRANSLATE_NOOP("TillReport", "Provider balances"),
    "opening": QT_TRANSLATE_NOOP("TillReport", "%1 at opening"),
    "closing": QT_TRANSLATE_NOOP("TillReport", "%1 now"),
    "unavailable": QT_TRANSLATE_NOOP("TillReport", "not read"),
    "movement": QT_TRANSLATE_NOOP("TillReport", "%1 balance used"),
    "journal": QT_TRANSLATE_NOOP("TillReport", "%1 charged less refunded"),
    "provider_difference": QT_TRANSLATE_NOOP("TillReport", "%1 difference"),
    "explains": QT_TRANSLATE_NOOP("TillReport", "May explain it: %1 — %2"),
    "apart": QT_TRANSLATE_NOOP("TillReport", "Other currencies (not added up)"),
    "training": QT_TRANSLATE_NOOP("TillReport", "TRAINING — NOT REAL MONEY"),
    "refund_title": QT_TRANSLATE_NOOP("TillReport", "REFUND"),
    "date": QT_TRANSLATE_NOOP("TillReport", "Date"),
    "clerk": QT_TRANSLATE_NOOP("TillReport", "Clerk"),
    "sale": QT_TRANSLATE_NOOP("TillReport", "Sale"),
    "esim": QT_TRANSLATE_NOOP("TillReport", "eSIM %1"),
    "back_by": QT_TRANSLATE_NOOP("TillReport", "Paid back by %1"),
    "total_back": QT_TRANSLATE_NOOP("TillReport", "Total paid back"),
    "reason": QT_TRANSLATE_NOOP("TillReport", "Reason: %1"),
}
WHY = {
    Why.OUTCOME_UNKNOWN: QT_TRANSLATE_NOOP("TillReport", "outcome not known yet"),
    Why.SUBMITTING: QT_TRANSLATE_NOOP("TillReport", "sent, no answer yet"),
    Why.PENDING: QT_TRANSLATE_NOOP("TillReport", "pending at the provider"),
    Why.CHARGE_NOT_KNOWN: QT_TRANSLATE_NOOP("TillReport", "charge not known"),
    Why.REFUND_PENDING: QT_TRANSLATE_NOOP("TillReport", "refund not yet back on the balance"),
    Why.OTHER_CURRENCY: QT_TRANSLATE_NOOP("TillReport", "another currency"),
    Why.OWED: QT_TRANSLATE_NOOP("TillReport", "owed"),
    Why.NOT_DELIVERED: QT_TRANSLATE_NOOP("TillReport", "not delivered"),
}


class _Words:
    def __init__(self, language: str, locale: str) -> None:
        self.language, self.locale = language, locale

    def __call__(self, key: str, *args: object) -> str:
        text = in_language(self.language, CONTEXT, str(WORDS[key]))
        for number, arg in enumerate(args, 1):
            text = text.replace(f"%{number}", str(arg))
        return text

    def money(self, amount: Money | None) -> str:
        return "—" if amount is None else amount.format(self.locale)

    def method(self, method: object) -> str:
        return in_language(self.language, "Receipt", str(METHODS[method]))  # type: ignore[index]

    def why(self, why: Why) -> str:
        return in_language(self.language, CONTEXT, str(WHY[why]))


def _short(reference: str) -> str:
    return reference[:8]


def _entries(w: _Words, title: str, entries: Sequence[Entry]) -> list[DocLine]:
    if not entries:
        return []
    lines = [DocLine(title, style=Style.HEADING)]
    for e in entries:
        lines.append(DocLine(f"{_short(e.reference)} — {w.why(e.why)}", w.money(e.amount)))
    return lines


def report_lines(report: ShiftReport, language: str, locale: str) -> list[DocLine]:
    """Every row of an X or Z report, in ``language``."""
    w = _Words(language, locale)
    lines = [
        DocLine(w("shift", report.shift), style=Style.TEXT),
        DocLine(w("opened", when(report.opened_at), report.opened_by or "—"), style=Style.SMALL),
        DocLine(w("made", when(report.made_at), report.made_by or "—"), style=Style.SMALL),
    ]
    if report.corrects is not None:
        lines.append(DocLine(w("corrects", report.corrects, report.note), style=Style.TEXT))
    lines += [
        DocLine(w("sales"), style=Style.HEADING),
        DocLine(w("count"), str(report.sales), role="sales"),
        DocLine(w("net"), w.money(report.net)),
        DocLine(w("tax"), w.money(report.tax)),
        DocLine(w("gross"), w.money(report.gross), role="gross"),
        DocLine(w("refunds"), w.money(report.refunds), role="refunds"),
        DocLine(w("takings"), w.money(report.takings), Style.TOTAL, role="takings"),
    ]
    if report.without_price:
        lines.append(DocLine(w("no_price", report.without_price), style=Style.SMALL))
    if report.methods:
        lines.append(DocLine(w("methods"), style=Style.HEADING))
        for m in report.methods:
            lines.append(DocLine(w.method(m.method), w.money(m.sales)))
            if m.refunds.amount:
                lines.append(DocLine(w("refunded_by", w.method(m.method)), w.money(m.refunds)))
    if report.clerks:
        lines.append(DocLine(w("clerks"), style=Style.HEADING))
        for c in report.clerks:
            name = c.clerk or w("anonymous")
            lines.append(DocLine(w("clerk_sales", name, c.sales), w.money(c.gross)))
            if c.refund_count:
                lines.append(DocLine(w("clerk_refunds", name, c.refund_count), w.money(c.refunds)))
    if report.refund_lines:
        lines.append(DocLine(w("refunds"), style=Style.HEADING))
        for r in report.refund_lines:
            label = w("refund_line", _short(r.sale_reference), w.method(r.method))
            lines.append(DocLine(label, w.money(r.amount), role="refund_line"))
    if report.moves:
        lines.append(DocLine(w("moves"), style=Style.HEADING))
        for move in report.moves:
            key = "pay_in" if move.kind == "pay_in" else "pay_out"
            lines.append(DocLine(w(key, move.reason), w.money(move.amount)))
    d = report.drawer
    lines += [
        DocLine(style=Style.RULE),
        DocLine(w("drawer"), style=Style.HEADING),
        DocLine(w("float"), w.money(d.opening_float)),
        DocLine(w("cash_sales"), w.money(d.cash_sales)),
        DocLine(w("cash_refunds"), w.money(d.cash_refunds)),
        DocLine(w("handbacks"), w.money(d.handbacks)),
        DocLine(w("pay_ins"), w.money(d.pay_ins)),
        DocLine(w("pay_outs"), w.money(d.pay_outs)),
        DocLine(w("expected"), w.money(d.expected), Style.TOTAL, role="expected"),
    ]
    if d.counted is not None:
        lines.append(DocLine(w("counted"), w.money(d.counted), role="counted"))
        lines.append(DocLine(w("difference"), w.money(d.difference), Style.TOTAL, "difference"))
    lines += _entries(w, w("owed"), report.owed)
    lines += _entries(w, w("not_delivered"), report.not_delivered)
    if report.providers:
        lines += [DocLine(style=Style.RULE), DocLine(w("providers"), style=Style.HEADING)]
    for p in report.providers:
        name = str(p.provider.value) if hasattr(p.provider, "value") else str(p.provider)
        name = {"esimfly": "eSIMfly", "octopus": "Octopus"}.get(name, name)
        unread = w("unavailable")
        lines += [
            DocLine(w("opening", name), w.money(p.opening) if p.opening else unread),
            DocLine(w("closing", name), w.money(p.closing) if p.closing else unread),
            DocLine(w("movement", name), w.money(p.movement)),
            DocLine(w("journal", name), w.money(p.journal_net)),
            DocLine(w("provider_difference", name), w.money(p.difference), role="provider"),
        ]
        for e in p.explaining:
            text = w("explains", _short(e.reference), w.why(e.why))
            lines.append(DocLine(text, w.money(e.amount), Style.ROW))
    lines += _entries(w, w("apart"), report.apart)
    return lines


def report_doc(report: ShiftReport, shop: ShopDetails, language: str, locale: str) -> PrintDoc:
    w = _Words(language, locale)
    is_z = report.kind is ReportKind.Z
    stamp = report.made_at.strftime("%Y%m%d-%H%M%S")
    mode = "training-" if report.training else ""
    if is_z:
        number = w("z_number", f"{report.z_number or 0:06d}")
        name = f"{mode}z-report-{report.z_number or 0:06d}.pdf"
    else:
        number, name = "", f"{mode}x-report-shift-{report.shift}-{stamp}.pdf"
    return PrintDoc(
        title=w("z" if is_z else "x"),
        number=number,
        shop=shop,
        lines=tuple(report_lines(report, language, locale)),
        file_name=name,
        language=language,
        training_banner=w("training") if report.training else "",
    )


def refund_doc(
    refunds: Sequence[Refund],
    number: int,
    shop: ShopDetails,
    language: str,
    locale: str,
    *,
    printed_at: datetime,
) -> PrintDoc:
    """The customer's refund receipt (a credit note numbered apart: R-000001) for the
    eSIMs of one refund batch."""
    w = _Words(language, locale)
    first = refunds[0]
    lines = [
        DocLine(w("date"), when(printed_at)),
        DocLine(w("clerk"), first.clerk or "—"),
        DocLine(w("sale"), _short(first.sale_reference)),
        DocLine(style=Style.RULE),
    ]
    total = Money(Decimal(0), first.customer.currency)
    for refund in refunds:
        label = w("esim", refund.iccid or refund.position + 1)
        lines.append(DocLine(label, w.money(refund.customer), role="esim"))
        total += refund.customer
        for tender in refund.tenders:
            lines.append(DocLine(w("back_by", w.method(tender.method)), w.money(tender.amount)))
    lines += [
        DocLine(style=Style.RULE),
        DocLine(w("total_back"), w.money(total), Style.TOTAL, role="total"),
        DocLine(w("reason", first.reason), style=Style.SMALL),
    ]
    return PrintDoc(
        title=w("refund_title"),
        number=f"R-{number:06d}",
        shop=shop,
        lines=tuple(lines),
        file_name=f"{'training-' if first.training else ''}refund-R-{number:06d}.pdf",
        language=language,
        training_banner=w("training") if first.training else "",
    )
