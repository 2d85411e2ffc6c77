"""The report as stored in a Z row: canonical JSON that reads back to an equal report,
refusing what it cannot read."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from app.core.money import Money
from app.core.orders import OrderStatus
from app.core.payment import Method
from app.core.plans import ProviderId
from app.till import report_codec
from app.till.model import BalanceReading, CashMove, MoveKind, Shift
from app.till.refunds import RefundLine, RefundState
from app.till.report_codec import ReportCodecError
from app.till.report_model import ReportKind, ShiftReport
from app.till.shift_report import build_report
from tests.journal.factories import cash, delivered, octopus_plan, order, quote, split

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


def usd(text: str) -> Money:
    return Money.of(text, "USD")


def _full() -> ShiftReport:
    """A report with something in every list: other currency, unknown, owed, refunds."""
    shift = Shift(
        1,
        7,
        False,
        T0,
        "ana",
        usd("100.000"),
        None,
        (BalanceReading(ProviderId.ESIMFLY, usd("10.5")),),
    )
    sold = order(quote=quote("5.99"), payment=split("4.00", "1.99", "5.00"), clerk="ana")
    sales = [
        delivered(sold, charged="2.720"),
        order(quote=quote("9.00", currency="EUR", rate=Decimal("0.9")), clerk="ben"),
        order(octopus_plan(), quote=quote("4.50"), payment=cash("4.50", "5")),
        order(quote=quote("5.99"), payment=cash("5.99", "6")),
    ]
    sales[0].quote, sales[0].payment = sold.quote, sold.payment
    sales[2].status = OrderStatus.UNKNOWN
    sales[3].status = OrderStatus.FAILED
    refund = RefundLine(
        "R-1", sold.reference, T0, "ben", usd("1.99"), Method.CASH, ProviderId.OCTOPUS,
        RefundState.PENDING_PROVIDER, usd("4.50"),
    )  # fmt: skip
    move = CashMove(1, MoveKind.PAY_IN, usd("20"), "Change from the bank", "ana", T0)
    return build_report(
        kind=ReportKind.Z,
        shift=shift,
        sales=sales,
        refunds=[refund],
        moves=[move],
        made_at=T0 + timedelta(hours=8),
        made_by="ben",
        closing_balances=(BalanceReading(ProviderId.ESIMFLY, None, "timed out"),),
        counted=usd("150.00"),
        z_number=3,
    )


def test_a_full_report_reads_back_equal_and_exact() -> None:
    report = _full()
    assert report.apart and report.owed and report.not_delivered and report.refund_lines
    text = report_codec.dumps(report)
    back = report_codec.loads(text)
    assert back == report
    assert report_codec.dumps(back) == text  # canonical: the same text again
    assert '"100.000"' in text  # amounts keep their exact digits
    assert text.isascii() and " " not in text.replace("Change from the bank", "")


def test_the_text_is_canonical_whatever_the_time_zone() -> None:
    report = _full()
    shifted = replace(report, made_at=report.made_at.astimezone(ZoneInfo("Asia/Tokyo")))
    assert report_codec.dumps(shifted) == report_codec.dumps(report)


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d.update(version=2),
        lambda d: d["report"].pop("gross"),
        lambda d: d["report"].update(extra=1),
        lambda d: d["report"]["gross"].update(amount=1.5),
        lambda d: d["report"].update(sales="10"),
        lambda d: d["report"].update(kind="Q"),
        lambda d: d["report"]["drawer"].update(counted={"amount": "1", "currency": "XYZ1"}),
        lambda d: d["report"].update(made_at="2026-03-02T08:00:00"),
    ],
)
def test_text_that_is_not_a_report_is_refused(change: object) -> None:
    data = json.loads(report_codec.dumps(_full()))
    change(data)  # type: ignore[operator]
    with pytest.raises(ReportCodecError):
        report_codec.loads(json.dumps(data))


def test_junk_is_refused() -> None:
    for junk in ("", "[]", "{", '{"version": 1}', "x" * 6_000_000):
        with pytest.raises(ReportCodecError):
            report_codec.loads(junk)
