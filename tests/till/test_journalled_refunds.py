"""The shift report reads refunds from the journal's refunds table (app.core.refunds,
written by app.refunds): only refunds the customer was paid back for count, each by the
methods they went back by, and the provider's credit once."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from app.core.payment import Method, Tender
from app.core.plans import ProviderId
from app.core.refunds import Refund, RefundKind, RefundState
from app.journal import Journal
from app.till.refunds import RefundState as LineState
from app.till.refunds import lines_of
from tests.till.test_scripted_shift import T0, _script, usd


def _journal_refund(
    journal: Journal, sale_reference: str, reference: str, tenders: tuple[Tender, ...]
) -> Refund:
    refund = Refund(
        reference=reference,
        sale_reference=sale_reference,
        position=0,
        iccid=None,
        kind=RefundKind.PROVIDER_CANCEL,
        state=RefundState.REQUESTED,
        customer=usd("12.50"),
        tenders=tenders,
        provider=str(ProviderId.ESIMFLY),
        clerk="ben",
        reason="wrong country",
        created_at=T0 + timedelta(minutes=13),
    )
    journal.refunds.record_requested([refund])
    journal.refunds.record_sent([reference], T0 + timedelta(minutes=13))
    refund.state = RefundState.REFUNDED
    refund.provider_amount = usd("2.72")
    journal.refunds.record_outcome(refund)
    return journal.refunds.get(reference)


def test_a_journalled_cash_refund_closes_the_scripted_shift_to_the_last_digit(
    journal: Journal,
) -> None:
    sales = _script(journal)
    _journal_refund(journal, sales[3].reference, "R-1", (Tender(Method.CASH, usd("12.50")),))
    # A refund still waiting for eSIMfly's answer paid nobody back yet: no line.
    waiting = Refund(
        reference="R-2",
        sale_reference=sales[5].reference,
        position=0,
        iccid=None,
        kind=RefundKind.PROVIDER_CANCEL,
        state=RefundState.REQUESTED,
        customer=usd("7.25"),
        tenders=(Tender(Method.CASH, usd("7.25")),),
        provider=str(ProviderId.ESIMFLY),
        clerk="ana",
        created_at=T0 + timedelta(minutes=14),
    )
    journal.refunds.record_requested([waiting])
    _, report = journal.close_shift(
        closed_by="ben", counted=usd("131.72"), at=T0 + timedelta(minutes=30)
    )
    # The same sum as the scripted shift with its refund handed in: 131.72.
    assert report.drawer.expected.amount == Decimal("131.72")
    assert report.drawer.cash_refunds == usd("-12.50")
    (line,) = report.refund_lines
    assert line.sale_reference == sales[3].reference and line.amount == usd("-12.50")


def test_a_split_refund_gives_a_line_per_method_and_the_credit_once(journal: Journal) -> None:
    sales = _script(journal)
    refund = _journal_refund(
        journal,
        sales[2].reference,
        "R-3",
        (Tender(Method.CARD, usd("8.00")), Tender(Method.CASH, usd("4.50"))),
    )
    lines = lines_of(refund)
    assert [(x.method, x.amount, x.provider_amount) for x in lines] == [
        (Method.CARD, usd("8.00"), usd("2.72")),
        (Method.CASH, usd("4.50"), None),
    ]
    assert {x.state for x in lines} == {LineState.REFUNDED}
    report = journal.x_report(made_by="ana", at=T0 + timedelta(minutes=30))
    assert report.drawer.cash_refunds == usd("-4.50")
    assert report.refunds == usd("-12.50")
