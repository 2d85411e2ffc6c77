"""The journal's refunds: written before a cancel leaves, resolved like sales.

Reached as ``Journal.refunds`` (:class:`RefundBook`); it shares the journal's connection,
so its writes take the same lock and land in the same file. One row per eSIM (see the
``_REFUNDS`` migration in :mod:`app.journal.schema`); a state may only move along
:data:`app.core.refunds.REFUND_TRANSITIONS`, and a second live refund of the same eSIM
is refused by the database itself.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from app.core.money import Money
from app.core.payment import Method, Tender
from app.core.refunds import ProviderRefundMethod, Refund, RefundKind, RefundState, can_move
from app.journal import codec
from app.journal.connection import Connection
from app.journal.errors import JournalError

_COLUMNS = (
    "refund_reference",
    "sale_reference",
    "position",
    "iccid",
    "batch",
    "provider",
    "kind",
    "state",
    "customer_amount",
    "customer_currency",
    "provider_amount",
    "provider_currency",
    "provider_method",
    "clerk",
    "approved_by",
    "reason",
    "note",
    "failure_reason",
    "training",
    "created_at",
    "sent_at",
    "resolved_at",
    "updated_at",
)
_INSERT = (
    f"INSERT INTO refunds ({', '.join(_COLUMNS)}) VALUES ({', '.join(':' + c for c in _COLUMNS)})"
)
_INSERT_PAYMENT = (
    "INSERT INTO refund_payments (refund_reference, position, method, amount, currency) "
    "VALUES (?, ?, ?, ?, ?)"
)


class AlreadyRefundedInJournal(JournalError):
    """The eSIM already has a refund that is not REFUSED."""


@dataclass(frozen=True, slots=True)
class RefundLine:
    """A refund as X/Z reports, History, the CSV and the day report take it: the amount
    to the customer is negative (money going out of the till)."""

    refund_reference: str
    sale_reference: str
    at: datetime
    clerk: str
    amount: Money  # negative: what went back to the customer
    methods: tuple[Tender, ...]
    provider_amount: Money | None
    provider: str
    state: RefundState
    training: bool


def _now() -> datetime:
    return datetime.now(UTC)


def _text(moment: datetime | None) -> str | None:
    return None if moment is None else codec.time_text(moment)


def _time(text: str | None) -> datetime | None:
    return None if text is None else codec.parse_time(text)


def _row(refund: Refund, now: datetime) -> dict[str, Any]:
    provider = refund.provider_amount
    return {
        "refund_reference": refund.reference,
        "sale_reference": refund.sale_reference,
        "position": refund.position,
        "iccid": refund.iccid,
        "batch": refund.batch or refund.reference,
        "provider": refund.provider,
        "kind": str(refund.kind),
        "state": str(refund.state),
        "customer_amount": str(refund.customer.amount),
        "customer_currency": refund.customer.currency,
        "provider_amount": None if provider is None else str(provider.amount),
        "provider_currency": None if provider is None else provider.currency,
        "provider_method": None if refund.provider_method is None else str(refund.provider_method),
        "clerk": refund.clerk,
        "approved_by": refund.approved_by,
        "reason": refund.reason,
        "note": refund.note,
        "failure_reason": refund.failure_reason,
        "training": int(refund.training),
        "created_at": codec.time_text(refund.created_at),
        "sent_at": _text(refund.sent_at),
        "resolved_at": _text(refund.resolved_at),
        "updated_at": codec.time_text(now),
    }


def _from_row(row: sqlite3.Row, tenders: Iterable[sqlite3.Row]) -> Refund:
    amount = row["provider_amount"]
    method = row["provider_method"]
    return Refund(
        reference=row["refund_reference"],
        sale_reference=row["sale_reference"],
        position=row["position"],
        iccid=row["iccid"],
        kind=RefundKind(row["kind"]),
        state=RefundState(row["state"]),
        customer=Money(Decimal(row["customer_amount"]), row["customer_currency"]),
        tenders=tuple(
            Tender(Method(t["method"]), Money(Decimal(t["amount"]), t["currency"])) for t in tenders
        ),
        batch=row["batch"],
        provider=row["provider"],
        provider_amount=None
        if amount is None
        else Money(Decimal(amount), row["provider_currency"]),
        provider_method=None if method is None else ProviderRefundMethod(method),
        clerk=row["clerk"],
        approved_by=row["approved_by"],
        reason=row["reason"],
        note=row["note"],
        failure_reason=row["failure_reason"],
        training=bool(row["training"]),
        created_at=codec.parse_time(row["created_at"]),
        sent_at=_time(row["sent_at"]),
        resolved_at=_time(row["resolved_at"]),
        receipt_number=row["receipt_number"],
    )


class RefundBook:
    """Every method is safe to call from any thread (the journal's connection)."""

    def __init__(self, db: Connection) -> None:
        self._db = db

    # --- writing ------------------------------------------------------------------------

    def record_requested(self, refunds: Iterable[Refund]) -> None:
        """Write new refunds (one batch) in one transaction, before anything is sent.

        Raises :class:`AlreadyRefundedInJournal` when one of the eSIMs already has a
        refund that is not REFUSED (nothing of the batch is written then).
        """
        now = _now()
        with self._db.write() as conn:
            for refund in refunds:
                if (
                    conn.execute(
                        "SELECT 1 FROM sales WHERE reference = ?", (refund.sale_reference,)
                    ).fetchone()
                    is None
                ):
                    raise JournalError(f"Sale {refund.sale_reference} is not in the journal.")
                try:
                    conn.execute(_INSERT, _row(refund, now))
                except sqlite3.IntegrityError as exc:
                    raise AlreadyRefundedInJournal(
                        f"eSIM {refund.position + 1} of sale {refund.sale_reference} already "
                        "has a refund; it is not refunded twice."
                    ) from exc
                conn.executemany(
                    _INSERT_PAYMENT,
                    [
                        (
                            refund.reference,
                            i,
                            str(t.method),
                            str(t.amount.amount),
                            t.amount.currency,
                        )
                        for i, t in enumerate(refund.tenders)
                    ],
                )

    def record_sent(self, references: Iterable[str], at: datetime) -> None:
        """Just before the cancel leaves (each resend again): SENT, with ``sent_at``."""
        with self._db.write() as conn:
            for reference in references:
                stored = self._load(conn, reference)
                self._check_move(stored, RefundState.SENT)
                conn.execute(
                    "UPDATE refunds SET state = 'SENT', sent_at = ?, updated_at = ? "
                    "WHERE refund_reference = ?",
                    (codec.time_text(at), codec.time_text(_now()), reference),
                )

    def record_outcome(self, refund: Refund) -> None:
        """Store a refund's new state and what the provider gave back. A state the stored
        one cannot move to (REFUNDED, then UNKNOWN from a stale check) is refused."""
        now = _now()
        with self._db.write() as conn:
            stored = self._load(conn, refund.reference)
            self._check_move(stored, refund.state)
            provider = refund.provider_amount or stored.provider_amount
            final = refund.state in (RefundState.REFUNDED, RefundState.REFUSED)
            conn.execute(
                "UPDATE refunds SET state = ?, provider_amount = ?, provider_currency = ?, "
                "provider_method = coalesce(?, provider_method), failure_reason = ?, "
                "updated_at = ?, resolved_at = CASE WHEN ? THEN coalesce(resolved_at, ?) "
                "ELSE resolved_at END WHERE refund_reference = ?",
                (
                    str(refund.state),
                    None if provider is None else str(provider.amount),
                    None if provider is None else provider.currency,
                    None if refund.provider_method is None else str(refund.provider_method),
                    refund.failure_reason,
                    codec.time_text(now),
                    int(final),
                    codec.time_text(now),
                    refund.reference,
                ),
            )
            fresh = self._load(conn, refund.reference)
        refund.resolved_at = fresh.resolved_at

    def receipt_number(self, reference: str) -> int:
        """The refund receipt's number, issued on first asking, gapless per counter and
        apart from the sale receipts; only once the customer is paid back."""
        with self._db.write() as conn:
            stored = self._load(conn, reference)
            if stored.receipt_number is not None:
                return stored.receipt_number
            if not stored.state.customer_refunded:
                raise JournalError(
                    f"Refund {reference} is {stored.state}: no receipt until the customer "
                    "is paid back."
                )
            number = int(
                conn.execute("SELECT coalesce(max(receipt_number), 0) + 1 FROM refunds").fetchone()[
                    0
                ]
            )
            conn.execute(
                "UPDATE refunds SET receipt_number = ? WHERE refund_reference = ?",
                (number, reference),
            )
            return number

    # --- reading ------------------------------------------------------------------------

    @staticmethod
    def _check_move(stored: Refund, new: RefundState) -> None:
        if not can_move(stored.state, new):
            raise JournalError(
                f"Refund {stored.reference} is {stored.state} in the journal; "
                f"it cannot become {new}."
            )

    def _load(self, conn: sqlite3.Connection, reference: str) -> Refund:
        found = self._select(conn, "WHERE refund_reference = ?", (reference,))
        if not found:
            raise JournalError(f"Refund {reference} is not in the journal.")
        return found[0]

    @staticmethod
    def _select(conn: sqlite3.Connection, where: str, args: tuple[Any, ...]) -> list[Refund]:
        rows = conn.execute(
            f"SELECT * FROM refunds {where} ORDER BY created_at, sale_reference, position", args
        ).fetchall()
        result = []
        for row in rows:
            tenders = conn.execute(
                "SELECT * FROM refund_payments WHERE refund_reference = ? ORDER BY position",
                (row["refund_reference"],),
            ).fetchall()
            result.append(_from_row(row, tenders))
        return result

    def get(self, reference: str) -> Refund:
        with self._db.read() as conn:
            return self._load(conn, reference)

    def batch(self, batch: str) -> list[Refund]:
        with self._db.read() as conn:
            return self._select(conn, "WHERE batch = ?", (batch,))

    def of_sale(self, sale_reference: str) -> list[Refund]:
        """Every refund of a sale, REFUSED ones included, oldest first."""
        with self._db.read() as conn:
            return self._select(conn, "WHERE sale_reference = ?", (sale_reference,))

    def unresolved(self) -> list[Refund]:
        """Refunds still waiting for the provider's word, oldest first: start-up checks them."""
        waiting = tuple(str(s) for s in RefundState if s.unresolved)
        marks = ", ".join("?" for _ in waiting)
        with self._db.read() as conn:
            return self._select(conn, f"WHERE state IN ({marks})", waiting)

    def lines(
        self, *, since: datetime | None = None, until: datetime | None = None
    ) -> list[RefundLine]:
        """Refunds paid back to the customer (REFUNDED, PENDING_PROVIDER) created within
        ``since`` .. ``until`` (half-open), as negative lines for reports."""
        where = "WHERE state IN ('REFUNDED', 'PENDING_PROVIDER')"
        args: list[Any] = []
        if since is not None:
            where += " AND created_at >= ?"
            args.append(codec.time_text(since))
        if until is not None:
            where += " AND created_at < ?"
            args.append(codec.time_text(until))
        with self._db.read() as conn:
            refunds = self._select(conn, where, tuple(args))
        return [
            RefundLine(
                refund_reference=r.reference,
                sale_reference=r.sale_reference,
                at=r.created_at,
                clerk=r.clerk,
                amount=Money(-r.customer.amount, r.customer.currency),
                methods=r.tenders,
                provider_amount=r.provider_amount,
                provider=r.provider,
                state=r.state,
                training=r.training,
            )
            for r in refunds
        ]

    def refunded_counts(self, sale_references: list[str]) -> dict[str, int]:
        """For History: how many eSIMs of each sale have been paid back (sales with none
        are left out), in one read."""
        found: dict[str, int] = {}
        with self._db.read() as conn:
            for start in range(0, len(sale_references), 500):
                chunk = sale_references[start : start + 500]
                marks = ", ".join("?" for _ in chunk)
                for row in conn.execute(
                    "SELECT sale_reference, count(*) FROM refunds WHERE state IN "
                    f"('REFUNDED', 'PENDING_PROVIDER') AND sale_reference IN ({marks}) "
                    "GROUP BY sale_reference",
                    chunk,
                ):
                    found[row[0]] = int(row[1])
        return found

    def refunded_positions(self, sale_reference: str) -> set[int]:
        """Positions of the sale's eSIMs whose customer has been paid back: a sale all of
        whose eSIMs are in here shows as REFUNDED in History (its OrderStatus stays
        DELIVERED: the eSIMs were delivered)."""
        return {r.position for r in self.of_sale(sale_reference) if r.state.customer_refunded}
