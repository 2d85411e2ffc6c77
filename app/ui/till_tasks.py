"""The shift's work as the Runner runs it (journal writes, balance reads): plain functions
of the counter, Qt-free, never called on the GUI thread.

Refunds reach X and Z through the journal itself (``ShiftJournal._refunds`` and
:func:`app.till.refunds.lines_of`), read in the same transaction as the report, so a
refund made as the Z is written is either in it or after it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from app.core.money import Money
from app.counter import Counter
from app.till.balances import readings
from app.till.model import BalanceReading, CashMove, FloatCount, MoveKind, Shift, ZRecord
from app.till.report_model import ShiftReport
from app.ui.till_journal import journal_of

#: ``gate(action, then, reference=None)``: calls ``then`` once the clerk may do ``action``
#: (the window's clerk gate; see app.ui.till_wiring.manager_gate).
Gate = Callable[..., None]


def _now() -> datetime:
    return datetime.now(UTC)


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
        training=counter.training,
        at=now,
    )
