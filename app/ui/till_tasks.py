"""The shift's work as the Runner runs it (journal writes, balance reads): plain functions
of the counter, Qt-free, never called on the GUI thread.

Refunds reach X and Z here: the journal's refund lines (``journal.refunds.lines``) are
mapped onto the report's :class:`app.till.refunds.RefundLine`, one per payment method,
and handed to ``x_report`` / ``close_shift`` (``ShiftJournal._refunds`` still returns none:
this is the one place the two meet until the lead moves it there).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from app.core.money import Money
from app.core.payment import Method
from app.core.refunds import RefundState as Core
from app.counter import Counter
from app.journal.refunds import RefundLine as JournalLine
from app.till.balances import readings
from app.till.model import BalanceReading, CashMove, FloatCount, MoveKind, Shift, ZRecord
from app.till.refunds import RefundLine, RefundState
from app.till.report_model import ShiftReport
from app.ui.till_journal import journal_of

#: ``gate(action, then)``: calls ``then`` once the clerk may do ``action`` (the clerk gate,
#: or the manager PIN until the clerk gate is merged).
Gate = Callable[..., None]  # (action, then, reference=None): the window's clerk gate


def _now() -> datetime:
    return datetime.now(UTC)


def report_refunds(line: JournalLine) -> list[RefundLine]:
    """One journal refund as report lines: one per method it went back by (positive
    amounts); the provider's amount on the first only, so it is counted once."""
    if line.state is Core.PENDING_PROVIDER:
        state = RefundState.PENDING_PROVIDER
    elif line.provider_amount is None:
        state = RefundState.SHOP_LOSS  # Octopus: the shop bears it
    else:
        state = RefundState.REFUNDED
    parts = [(t.method, t.amount) for t in line.methods if t.amount.amount > 0]
    if not parts:  # a sale journalled without a payment
        parts = [(Method.OTHER, Money(-line.amount.amount, line.amount.currency))]
    return [
        RefundLine(
            reference=line.refund_reference,
            sale_reference=line.sale_reference,
            at=line.at,
            clerk=line.clerk,
            amount=amount,
            method=method,
            provider=line.provider,  # type: ignore[arg-type]  # ProviderId's value
            state=state,
            provider_amount=line.provider_amount if index == 0 else None,
        )
        for index, (method, amount) in enumerate(parts)
    ]


def shift_refunds(counter: Counter, shift: Shift, until: datetime) -> list[RefundLine]:
    book = getattr(counter.journal, "refunds", None)
    if book is None:
        return []
    found: list[RefundLine] = []
    for line in book.lines(since=shift.opened_at, until=until):
        if line.training == shift.training:
            found += report_refunds(line)
    return found


def current(counter: Counter) -> Shift | None:
    return journal_of(counter).current_shift(training=counter.training)


def balance_readings(counter: Counter) -> tuple[BalanceReading, ...]:
    """Every provider's balance now, or why it could not be read (never raises)."""
    try:
        return readings(counter.balances())
    except Exception:  # a shift opens and closes even with providers down
        return ()


def open_shift(counter: Counter, opening_float: Money, count: FloatCount | None) -> Shift:
    return journal_of(counter).open_shift(
        opened_by=counter.clerk,
        opening_float=opening_float,
        float_count=count,
        balances=balance_readings(counter),
        training=counter.training,
    )


def cash_move(counter: Counter, kind: MoveKind, amount: Money, reason: str) -> CashMove:
    return journal_of(counter).record_cash_move(
        kind, amount, reason, clerk=counter.clerk, training=counter.training
    )


def x_report(counter: Counter, read_balances: bool = True) -> ShiftReport | None:
    """The open shift's X report; None when no shift is open."""
    shift = current(counter)
    if shift is None:
        return None
    balances = balance_readings(counter) if read_balances else None
    now = _now()
    return journal_of(counter).x_report(
        made_by=counter.clerk,
        balances=balances,
        refunds=shift_refunds(counter, shift, now),
        training=counter.training,
        at=now,
    )


def close_shift(counter: Counter, counted: Money) -> tuple[ZRecord, ShiftReport] | None:
    """The Z; None when no shift is open (another till closed it meanwhile)."""
    shift = current(counter)
    if shift is None:
        return None
    balances = balance_readings(counter)
    now = _now()
    return journal_of(counter).close_shift(
        closed_by=counter.clerk,
        counted=counted,
        balances=balances,
        refunds=shift_refunds(counter, shift, now),
        training=counter.training,
        at=now,
    )
