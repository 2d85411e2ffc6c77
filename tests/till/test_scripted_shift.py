"""Issue 15's "done when": a scripted shift against a real journal file. Open with a float
counted per denomination; ten sales mixing cash, card and split; a failed sale handed
back; one refund; one pay-out; close counting the drawer. Expected cash is checked
against a sum worked out by hand; Z numbers run 1, 2, then 3 for a correction; a closed
Z cannot be changed even with raw SQL."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from app.core.money import Money
from app.core.orders import Order, OrderStatus
from app.core.payment import Method, Payment
from app.core.plans import ProviderId
from app.journal import Journal, JournalError
from app.till import report_codec
from app.till.model import BalanceReading, FloatCount, MoveKind, Shift
from app.till.refunds import RefundLine, RefundState
from app.till.report_model import Why
from tests.journal.factories import cash, delivered, octopus_plan, order, quote, raw_db, split

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


def usd(text: str) -> Money:
    return Money.of(text, "USD")


def _sell(journal: Journal, minute: int, gross: str, payment: Payment, clerk: str) -> Order:
    sale = order(
        quote=quote(gross), payment=payment, clerk=clerk, created_at=T0 + timedelta(minutes=minute)
    )
    journal.record_submitting(sale)
    journal.record_outcome(delivered(sale, order_id=f"ORD-{minute}", charged="2.72"))
    return sale


def _open(journal: Journal, at: datetime = T0) -> Shift:
    count = FloatCount("USD", ((Decimal("1"), 10), (Decimal("20.00"), 2), (Decimal("10.00"), 5)))
    return journal.open_shift(
        opened_by="ana",
        opening_float=usd("100.00"),
        float_count=count,
        balances=(
            BalanceReading(ProviderId.ESIMFLY, usd("500.00")),
            BalanceReading(ProviderId.OCTOPUS, None, "Octopus did not answer"),
        ),
        at=at,
    )


def _card(amount: str) -> Payment:
    return Payment.single(Method.CARD, usd(amount))


def _script(journal: Journal) -> list[Order]:
    _open(journal)
    sales = [
        _sell(journal, 1, "5.99", cash("5.99", "10.00"), "ana"),  # keeps 5.99
        _sell(journal, 2, "5.99", _card("5.99"), "ana"),
        _sell(journal, 3, "5.99", split("4.00", "1.99", "5.00"), "ben"),  # keeps 1.99
        _sell(journal, 4, "12.50", cash("12.50", "20.00"), "ben"),  # keeps 12.50
        _sell(journal, 5, "12.50", _card("12.50"), "ana"),
        _sell(journal, 6, "7.25", cash("7.25", "7.25"), "ben"),  # keeps 7.25
        _sell(journal, 7, "7.25", split("4.25", "3.00", "5.00"), "ana"),  # keeps 3.00
        _sell(journal, 8, "5.99", cash("5.99", "6.00"), "ben"),  # keeps 5.99
        _sell(journal, 9, "5.99", _card("5.99"), "ana"),
        _sell(journal, 10, "12.50", cash("12.50", "50.00"), "ben"),  # keeps 12.50
    ]
    # An eleventh, failed: its cash came in and went back out (handed back).
    failed = order(
        quote=quote("5.99"),
        payment=cash("5.99", "10.00"),
        clerk="ana",
        created_at=T0 + timedelta(minutes=11),
    )
    journal.record_submitting(failed)
    failed.advance(OrderStatus.FAILED)
    journal.record_outcome(failed)
    journal.record_handback(failed.reference, returned=True)
    journal.record_cash_move(
        MoveKind.PAY_OUT, usd("5.00"), "Printer paper", clerk="ben", at=T0 + timedelta(minutes=12)
    )
    return sales


def _refund(sale: Order) -> RefundLine:
    return RefundLine(
        reference="R-1",
        sale_reference=sale.reference,
        at=T0 + timedelta(minutes=13),
        clerk="ben",
        amount=usd("12.50"),
        method=Method.CASH,
        provider=ProviderId.ESIMFLY,
        state=RefundState.REFUNDED,
        provider_amount=usd("2.72"),
    )


def test_the_scripted_shift_closes_to_the_last_digit(journal: Journal) -> None:
    sales = _script(journal)
    refund = _refund(sales[3])
    z, report = journal.close_shift(
        closed_by="ben",
        counted=usd("131.70"),
        balances=(
            BalanceReading(ProviderId.ESIMFLY, usd("475.52")),
            BalanceReading(ProviderId.OCTOPUS, usd("80.00")),
        ),
        refunds=[refund],
        at=T0 + timedelta(minutes=30),
    )
    # By hand: float 100.00; cash kept 5.99 + 1.99 + 12.50 + 7.25 + 3.00 + 5.99 + 12.50
    # = 49.22; the failed sale's 5.99 in and out again; cash refund 12.50; pay-out 5.00.
    # 100.00 + 49.22 + 5.99 - 5.99 - 12.50 - 5.00 = 131.72.
    assert report.drawer.expected.amount == Decimal("131.72")
    assert report.drawer.cash_sales.amount == Decimal("55.21")  # 49.22 + the failed 5.99
    assert report.drawer.handbacks.amount == Decimal("-5.99")
    assert report.drawer.cash_refunds.amount == Decimal("-12.50")
    assert report.drawer.pay_outs.amount == Decimal("-5.00")
    assert report.drawer.difference == usd("-0.02")
    assert (z.number, z.shift, z.expected, z.counted, z.difference) == (
        1,
        1,
        usd("131.72"),
        usd("131.70"),
        usd("-0.02"),
    )
    assert report.sales == 10 and report.gross.amount == Decimal("81.95")
    assert report.net.amount + report.tax.amount == report.gross.amount
    assert report.refunds == usd("-12.50") and report.takings.amount == Decimal("69.45")
    methods = {line.method: (line.sales.amount, line.refunds.amount) for line in report.methods}
    assert methods == {
        Method.CASH: (Decimal("49.22"), Decimal("-12.50")),
        Method.CARD: (Decimal("32.73"), Decimal("0")),
    }
    clerks = {c.clerk: (c.sales, c.gross.amount, c.refunds.amount) for c in report.clerks}
    assert clerks == {
        "ana": (5, Decimal("37.72"), Decimal("0")),
        "ben": (5, Decimal("44.23"), Decimal("-12.50")),
    }
    (line,) = report.refund_lines
    assert line.amount == usd("-12.50") and line.sale_reference == sales[3].reference
    (esimfly, octopus) = report.providers
    # 500.00 - 475.52 = 24.48 = ten charges of 2.72 (27.20) less the 2.72 refunded.
    assert esimfly.movement == usd("24.48") and esimfly.journal_net == usd("24.48")
    assert esimfly.difference == usd("0.00") and esimfly.explaining == ()
    assert octopus.opening is None and octopus.movement is None
    # What is stored reads back as the same report; the shift is closed by ben.
    assert report_codec.loads(z.report_json) == report
    shift = journal.shift(1)
    assert shift is not None and shift.closed_by == "ben" and not shift.open
    assert shift.float_count is not None and shift.float_count.total == usd("100.00")


def test_z_numbers_run_on_and_a_correction_refers_to_the_first(journal: Journal) -> None:
    _script(journal)
    # No refund this time: 131.72 + 12.50 expected.
    first, _ = journal.close_shift(
        closed_by="ben", counted=usd("144.22"), at=T0 + timedelta(minutes=30)
    )
    with pytest.raises(JournalError, match="No shift is open"):
        journal.close_shift(closed_by="ben", counted=usd("0"))
    _open(journal, T0 + timedelta(hours=1))
    second, _ = journal.close_shift(
        closed_by="ana", counted=usd("100.00"), at=T0 + timedelta(hours=2)
    )
    assert (first.number, second.number) == (1, 2)
    assert (second.shift, second.difference) == (2, usd("0.00"))
    fixed, report = journal.correct_z(
        1, by="owner", note="Recounted: 0.05 under the tray", counted=usd("144.27")
    )
    assert (fixed.number, fixed.corrects, fixed.shift) == (3, 1, 1)
    assert fixed.difference == usd("0.05") and report.note.startswith("Recounted")
    assert journal.z_report(1) == first  # untouched
    assert [z.number for z in journal.z_reports()] == [1, 2, 3]


def test_a_closed_z_cannot_change_even_with_raw_sql(journal: Journal) -> None:
    _script(journal)
    z, _ = journal.close_shift(
        closed_by="ben", counted=usd("131.72"), at=T0 + timedelta(minutes=30)
    )
    with raw_db(journal.path) as raw:
        for statement in (
            "UPDATE z_reports SET counted = '999.99' WHERE number = 1",
            "UPDATE z_reports SET report = '{}'",
            "DELETE FROM z_reports WHERE number = 1",
            "DELETE FROM z_reports",
            "UPDATE shifts SET closed_by = 'mallory'",
            "DELETE FROM shifts",
            "UPDATE cash_moves SET amount = '0.01'",
            "DELETE FROM cash_moves",
            "DELETE FROM shift_balances",
        ):
            with pytest.raises(sqlite3.IntegrityError, match="never change"):
                raw.execute(statement)
        # A gap cannot be made either: numbers are unique per mode and must go up.
        with pytest.raises(sqlite3.IntegrityError):
            raw.execute(
                "INSERT INTO z_reports (training, number, shift, closed_at, closed_by, "
                "currency, counted, expected, difference, report, corrects) "
                "VALUES (0, 1, 1, 'x', 'x', 'USD', '0', '0', '0', '{}', NULL)"
            )
    assert journal.z_report(1) == z


def test_an_x_report_changes_nothing_and_sees_the_shift_so_far(journal: Journal) -> None:
    sales = _script(journal)
    x = journal.x_report(made_by="ana", refunds=[_refund(sales[3])], at=T0 + timedelta(minutes=20))
    assert x.kind == "X" and x.z_number is None and x.drawer.counted is None
    assert x.drawer.expected == usd("131.72")
    assert journal.z_reports() == [] and journal.current_shift() is not None


def test_one_open_shift_per_mode_and_training_numbers_apart(journal: Journal) -> None:
    opened = _open(journal)
    assert journal.current_shift() == opened and journal.shift(1) == opened
    assert opened.float_count is not None and opened.float_count.counts[0] == (Decimal("20.00"), 2)
    assert journal.current_shift(training=True) is None
    with pytest.raises(JournalError, match="still open"):
        _open(journal)
    journal.open_shift(opened_by="ana", opening_float=usd("0"), training=True)
    training_z, _ = journal.close_shift(closed_by="ana", counted=usd("0"), training=True)
    real_z, _ = journal.close_shift(closed_by="ana", counted=usd("100.00"))
    assert (training_z.number, training_z.training, real_z.number) == (1, True, 1)


def test_failed_owed_and_unknown_sales_are_named(journal: Journal) -> None:
    _open(journal)
    owed = order(
        quote=quote("5.99"), payment=cash("5.99", "5.99"), created_at=T0 + timedelta(minutes=1)
    )
    journal.record_submitting(owed)
    owed.advance(OrderStatus.FAILED)
    journal.record_outcome(owed)
    lost = order(
        octopus_plan(),
        quote=quote("4.50"),
        payment=_card("4.50"),
        created_at=T0 + timedelta(minutes=2),
    )
    journal.record_submitting(lost)
    lost.mark_unknown()
    journal.record_outcome(lost)
    x = journal.x_report(made_by="ana", at=T0 + timedelta(minutes=3))
    assert [e.reference for e in x.owed] == [owed.reference]
    assert x.drawer.expected == usd("105.99")  # owed cash is still in the drawer
    assert [e.reference for e in x.not_delivered] == [lost.reference]
    octopus = next(p for p in x.providers if p.provider is ProviderId.OCTOPUS)
    assert [(e.reference, e.why) for e in octopus.explaining] == [
        (lost.reference, Why.OUTCOME_UNKNOWN)
    ]
    assert x.sales == 0


def test_z_numbers_stay_gapless_from_two_connections_at_once(journal: Journal) -> None:
    import threading

    journal.open_shift(opened_by="ana", opening_float=usd("10"))
    journal.close_shift(closed_by="ana", counted=usd("10"))
    other = Journal(journal.path)
    numbers: list[int] = []
    lock = threading.Lock()

    def correct(where: Journal) -> None:
        for _ in range(8):
            z, _ = where.correct_z(1, by="ana", note="recount", counted=usd("10"))
            with lock:
                numbers.append(z.number)

    try:
        threads = [threading.Thread(target=correct, args=(j,)) for j in (journal, other)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        other.close()
    assert sorted(numbers) == list(range(2, 18))
