"""Properties of the pure report builder over random shifts: the drawer never depends on
the notes handed over, sums are exact, and the stored text always reads back equal."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.money import Money
from app.core.orders import Order, OrderStatus
from app.core.payment import Method, Payment, Tender
from app.till import report_codec
from app.till.model import Shift
from app.till.report_model import ReportKind
from app.till.shift_report import build_report
from tests.journal.factories import delivered, order, quote

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
cents = st.integers(min_value=1, max_value=50_000).map(lambda c: Decimal(c).scaleb(-2))
# One sale: its gross, how much of it is paid in cash (0..all), and the note's extra.
sales = st.lists(
    st.tuples(cents, st.integers(0, 100), st.integers(0, 5000), st.booleans()), max_size=12
)


def _usd(amount: Decimal) -> Money:
    return Money(amount, "USD")


def _orders(spec: list[tuple[Decimal, int, int, bool]]) -> list[Order]:
    made: list[Order] = []
    for index, (gross, percent, extra, ok) in enumerate(spec):
        cash = (gross * percent / 100).quantize(Decimal("0.01"))
        tenders = []
        if cash:
            tenders.append(Tender(Method.CASH, _usd(cash)))
        if gross - cash:
            tenders.append(Tender(Method.CARD, _usd(gross - cash)))
        tendered = _usd(cash + Decimal(extra).scaleb(-2)) if cash else None
        sale = order(
            quote=quote(str(gross)),
            payment=Payment(tuple(tenders), tendered),
            clerk=f"c{index % 3}",
            created_at=T0 + timedelta(minutes=index),
        )
        if ok:
            done = delivered(sale)
            done.quote, done.payment = sale.quote, sale.payment
            sale = done
        else:
            sale.status = OrderStatus.UNKNOWN
        made.append(sale)
    return made


def _shift(amount: Decimal) -> Shift:
    return Shift(1, 1, False, T0, "ana", _usd(amount), None, ())


@settings(max_examples=60, deadline=None)
@given(sales, cents)
def test_the_drawer_is_float_plus_cash_kept_whatever_was_handed_over(
    spec: list[tuple[Decimal, int, int, bool]], float_: Decimal
) -> None:
    orders = _orders(spec)
    report = build_report(
        kind=ReportKind.Z,
        shift=_shift(float_),
        sales=orders,
        made_at=T0 + timedelta(hours=1),
        made_by="ana",
        counted=_usd(float_),
        z_number=1,
    )
    card = sum(
        (t.amount.amount for o in orders for t in o.payment.tenders if t.method is Method.CARD),
        Decimal(0),
    )
    everything = sum((o.quote.gross.amount for o in orders), Decimal(0))
    assert report.drawer.expected.amount == float_ + everything - card
    delivered_gross = sum(
        (o.quote.gross.amount for o in orders if o.status is OrderStatus.DELIVERED), Decimal(0)
    )
    assert (
        report.gross.amount
        == delivered_gross
        == sum((line.gross.amount for line in report.clerks), Decimal(0))
    )
    assert report.net.amount + report.tax.amount == report.gross.amount
    assert sum((m.sales.amount for m in report.methods), Decimal(0)) == delivered_gross
    assert report_codec.loads(report_codec.dumps(report)) == report
