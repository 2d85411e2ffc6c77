"""A whole shift written to a real journal: the rows a chain test pushes.

Open with a float, sales paid by cash, card and split, a refund (requested, then
refunded), a pay-out, close with a Z. Rows of every pushed table but clerks and overrides
(added too, so every mirror gets rows).
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from app.chain.migrations import PUSHED_KEYS
from app.core.money import Money
from app.core.payment import Method, Payment, Tender
from app.core.phones import Answer, PhoneCheck
from app.core.plans import ProviderId, TopupKey
from app.core.refunds import Refund, RefundKind, RefundState
from app.journal import Journal
from app.till.model import BalanceReading, FloatCount, MoveKind
from app.till.roles import Action, Role
from tests.journal.factories import ICCID, cash, delivered, esimfly_plan, order, quote, split

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


def usd(text: str) -> Money:
    return Money.of(text, "USD")


def run_shift(journal: Journal, *, sales: int = 6, start: datetime = T0) -> list[str]:
    """Write the shift; return the sale references in the order sold."""
    journal.add_clerk("Ana", Role.CLERK, "pin-hash-not-pushed")
    journal.open_shift(
        opened_by="Ana",
        opening_float=usd("100.00"),
        float_count=FloatCount("USD", ((Decimal("20.00"), 5),)),
        balances=(BalanceReading(ProviderId.ESIMFLY, usd("500.00")),),
        at=start,
    )
    payments = [
        cash("5.99", "10.00"),
        Payment.single(Method.CARD, usd("5.99")),
        split("4.00", "1.99", "5.00"),
    ]
    references = []
    for n in range(sales):
        sale = order(
            quote=quote("5.99"),
            payment=payments[n % len(payments)],
            clerk="Ana",
            created_at=start + timedelta(minutes=n + 1),
        )
        # Issue 17: the phone check answered before payment, journalled with the sale.
        journal.record_submitting(sale, PhoneCheck(Answer.OK, "Google Pixel 8") if n == 0 else None)
        journal.record_outcome(
            delivered(sale, order_id=f"ORD-{start:%m%d%H%M}-{n}", charged="2.72")
        )
        journal.receipt_number(sale.reference)
        references.append(sale.reference)
    # Issue 17: the first eSIM installed while the traveller waited, then topped up.
    journal.record_installed(references[0], ICCID, start + timedelta(minutes=3))
    topup = order(
        esimfly_plan(key=TopupKey("TOPUP_TR1GB", iccid=ICCID), name="Turkey 1GB top-up"),
        quote=quote("5.99"),
        payment=payments[1],
        clerk="Ana",
        created_at=start + timedelta(minutes=20),
    )
    journal.record_submitting(topup)
    done = delivered(topup, order_id=f"topup_{start:%m%d%H%M}", charged="2.72")
    done.esims = ()  # a top-up delivers no new eSIM
    journal.record_outcome(done)
    references.append(topup.reference)
    journal.record_override(
        Action.REFUND,
        clerk="Ana",
        approver="Boss",
        reference=references[1],
        reason="wrong country",
        at=start + timedelta(minutes=29),
    )
    refund = Refund(
        reference=f"R-{references[1]}",
        sale_reference=references[1],
        position=0,
        iccid="8944500102030405067",
        kind=RefundKind.PROVIDER_CANCEL,
        state=RefundState.REQUESTED,
        customer=usd("5.99"),
        tenders=(Tender(Method.CARD, usd("5.99")),),
        provider="esimfly",
        clerk="Ana",
        approved_by="Boss",
        reason="wrong country",
        training=False,
        created_at=start + timedelta(minutes=30),
    )
    journal.refunds.record_requested([refund])
    journal.refunds.record_sent([refund.reference], start + timedelta(minutes=31))
    stored = journal.refunds.get(refund.reference)
    from dataclasses import replace

    journal.refunds.record_outcome(
        replace(stored, state=RefundState.REFUNDED, resolved_at=start + timedelta(minutes=32))
    )
    journal.record_cash_move(
        MoveKind.PAY_OUT,
        usd("5.00"),
        "Printer paper",
        clerk="Ana",
        at=start + timedelta(minutes=40),
    )
    journal.close_shift(closed_by="Ana", counted=usd("110.98"), at=start + timedelta(hours=8))
    return references


def local_rows(path: Path, table: str) -> list[dict[str, Any]]:
    """Every row of a local table, in key order."""
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        key = ", ".join(PUSHED_KEYS[table])
        return [dict(row) for row in conn.execute(f"SELECT * FROM {table} ORDER BY {key}")]
    finally:
        conn.close()
