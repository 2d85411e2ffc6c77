"""The pure builder on its own: refunds against the provider balance, petty cash rules,
currencies never mixed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.core.money import Money
from app.core.payment import Method
from app.core.plans import ProviderId
from app.journal import Journal, JournalError
from app.till.model import BalanceReading, MoveKind, Shift
from app.till.refunds import RefundLine, RefundState
from app.till.report_model import ReportKind, Why
from app.till.shift_report import build_report
from tests.journal.factories import cash, delivered, paid

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


def usd(text: str) -> Money:
    return Money.of(text, "USD")


def _refund(reference: str, state: RefundState, back: str | None) -> RefundLine:
    return RefundLine(
        reference,
        "sale-1",
        T0 + timedelta(minutes=5),
        "ana",
        usd("5.99"),
        Method.CARD,
        ProviderId.ESIMFLY,
        state,
        None if back is None else usd(back),
    )


def test_refunds_move_the_balance_only_once_the_provider_refunds() -> None:
    shift = Shift(
        1, 1, False, T0, "ana", usd("0"), None, (BalanceReading(ProviderId.ESIMFLY, usd("100")),)
    )
    sold = paid(payment=cash("5.99", "5.99"), created_at=T0 + timedelta(minutes=1))
    done = delivered(sold, charged="2.72")
    done.quote, done.payment = sold.quote, sold.payment
    report = build_report(
        kind=ReportKind.X,
        shift=shift,
        sales=[done],
        refunds=[
            _refund("R-1", RefundState.REFUNDED, "2.72"),
            _refund("R-2", RefundState.PENDING_PROVIDER, "2.72"),
            _refund("R-3", RefundState.SHOP_LOSS, None),
        ],
        made_at=T0 + timedelta(hours=1),
        made_by="ana",
        closing_balances=(BalanceReading(ProviderId.ESIMFLY, usd("100.00")),),
    )
    (line,) = report.providers
    # Charged 2.72, refunded 2.72: the balance is back where it was.
    assert line.journal_net == usd("0") and line.movement == usd("0.00")
    assert line.difference == usd("0")
    assert [(e.reference, e.why) for e in line.explaining] == [("R-2", Why.REFUND_PENDING)]
    assert report.refunds == usd("-17.97") and report.refund_count == 3
    assert all(r.amount.amount < 0 for r in report.refund_lines)
    assert report.drawer.cash_refunds == usd("0")  # refunded by card: not from the drawer
    assert report.drawer.expected == usd("5.99")


def test_other_currencies_are_listed_apart_never_summed() -> None:
    shift = Shift(1, 1, False, T0, "ana", usd("10"), None, ())
    euro = paid(payment=cash("5.99", "5.99", currency="EUR"), created_at=T0)
    euro.quote = None
    report = build_report(kind=ReportKind.X, shift=shift, sales=[euro], made_at=T0, made_by="ana")
    assert [(e.reference, e.why) for e in report.apart] == [(euro.reference, Why.OTHER_CURRENCY)]
    assert report.drawer.expected == usd("10")
    with pytest.raises(ValueError, match="counted in USD"):
        build_report(
            kind=ReportKind.Z,
            shift=shift,
            sales=[],
            made_at=T0,
            made_by="ana",
            counted=Money.of("10", "EUR"),
        )


def test_petty_cash_needs_an_open_shift_a_reason_and_the_drawers_currency(
    journal: Journal,
) -> None:
    with pytest.raises(JournalError, match="No shift is open"):
        journal.record_cash_move(MoveKind.PAY_IN, usd("5"), "change", clerk="ana")
    journal.open_shift(opened_by="ana", opening_float=usd("50"))
    with pytest.raises(ValueError, match="reason"):
        journal.record_cash_move(MoveKind.PAY_OUT, usd("5"), "   ", clerk="ana")
    with pytest.raises(ValueError, match="more than zero"):
        journal.record_cash_move(MoveKind.PAY_OUT, usd("0"), "milk", clerk="ana")
    with pytest.raises(ValueError, match="drawer is in USD"):
        journal.record_cash_move(MoveKind.PAY_OUT, Money.of("5", "EUR"), "milk", clerk="ana")
    journal.record_cash_move(MoveKind.PAY_IN, usd("20"), "coins from the bank", clerk="ana")
    journal.record_cash_move(MoveKind.PAY_OUT, usd("3.50"), "milk", clerk="ben")
    moves = journal.cash_moves(1)
    assert [(m.kind, m.clerk, m.signed) for m in moves] == [
        (MoveKind.PAY_IN, "ana", usd("20")),
        (MoveKind.PAY_OUT, "ben", usd("-3.50")),
    ]
    x = journal.x_report(made_by="ana")
    assert x.drawer.expected == usd("66.50")
    assert (x.drawer.pay_ins, x.drawer.pay_outs) == (usd("20"), usd("-3.50"))
