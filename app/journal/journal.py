"""The sales journal: every sale on disk before the provider hears of it.

How it stays durable and thread-safe is in :mod:`app.journal.connection`; how an Order
becomes rows in :mod:`app.journal.codec`; the history search in :mod:`app.journal.query`.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from app.core.orders import Handback, Order, OrderStatus, can_transition, merge_esims
from app.core.phones import PhoneCheck
from app.core.plans import ProviderId
from app.journal import codec, probes, query
from app.journal.clerks import ClerkJournal
from app.journal.connection import Connection
from app.journal.errors import JournalError
from app.journal.installs import InstallJournal
from app.journal.refunds import RefundBook
from app.journal.shifts import ShiftJournal
from app.places import default_journal_path

log = logging.getLogger(__name__)

_SELECT_SALES = "SELECT * FROM sales"
_CHUNK = 500  # references per IN (...) when fetching eSIMs; far below SQLite's limit


def default_path() -> Path:
    """Where the shop's journal lives: the per-user data folder of the platform."""
    return default_journal_path()


def _now() -> datetime:
    return datetime.now(UTC)


class Journal(ClerkJournal, ShiftJournal, InstallJournal):
    """The sales journal on SQLite. Every method is safe to call from any thread.

    Clerks and overrides come from :class:`ClerkJournal`, shifts, cash moves and Z
    reports from :class:`ShiftJournal` (issue 15)."""

    def __init__(self, path: Path | str) -> None:
        self._db = Connection(path)
        self.path = self._db.path
        # Refunds (issue 15) in their own module, on the same connection and lock.
        self.refunds = RefundBook(self._db)

    @classmethod
    def open_default(cls) -> Journal:
        return cls(default_path())

    # --- plumbing -------------------------------------------------------------------------

    def _orders(self, conn: sqlite3.Connection, rows: list[sqlite3.Row]) -> list[Order]:
        references = [row["reference"] for row in rows]
        esims = self._children(conn, "esims", references)
        payments = self._children(conn, "payments", references)
        return [
            codec.order_from_row(row, esims[row["reference"]], payments[row["reference"]])
            for row in rows
        ]

    @staticmethod
    def _children(
        conn: sqlite3.Connection, table: str, references: list[str]
    ) -> dict[str, list[sqlite3.Row]]:
        """The rows of ``table`` (esims or payments) for each reference, in position order."""
        found: dict[str, list[sqlite3.Row]] = {ref: [] for ref in references}
        for start in range(0, len(references), _CHUNK):
            chunk = references[start : start + _CHUNK]
            marks = ", ".join("?" for _ in chunk)
            for child in conn.execute(
                f"SELECT * FROM {table} WHERE reference IN ({marks}) ORDER BY reference, position",
                chunk,
            ):
                found[child["reference"]].append(child)
        return found

    def _load(self, conn: sqlite3.Connection, reference: str) -> Order | None:
        rows = conn.execute(f"{_SELECT_SALES} WHERE reference = ?", (reference,)).fetchall()
        return self._orders(conn, rows)[0] if rows else None

    # --- writing --------------------------------------------------------------------------

    def record_submitting(self, order: Order, phone_check: PhoneCheck | None = None) -> None:
        """Write a new sale, before any request for it leaves the machine, with the clerk's
        phone check answer (None: not asked).

        On return the sale is committed and on disk. Raises :class:`JournalError` if the
        reference is already journalled (the sale must not be sent twice) or the write fails.
        """
        if order.status is not OrderStatus.SUBMITTING:
            raise JournalError(
                f"Sale {order.reference} must be journalled as SUBMITTING before it is "
                f"sent, not as {order.status}."
            )
        row = codec.sale_row(order, _now())
        with self._db.write() as conn:
            try:
                conn.execute(codec.INSERT_SALE, row)
            except sqlite3.IntegrityError as exc:
                if self._exists(conn, order.reference):
                    raise JournalError(
                        f"Sale {order.reference} is already in the journal; it is not sent again."
                    ) from exc
                raise
            conn.executemany(codec.UPSERT_ESIM, codec.esim_rows(order.reference, order.esims))
            # The payment in the same transaction: a sale never leaves without the record
            # of what the customer paid, and a payment is never kept without its sale.
            conn.executemany(
                codec.INSERT_PAYMENT, codec.payment_rows(order.reference, order.payment)
            )
            conn.executemany(codec.INSERT_TOPUP, codec.topup_rows(order))
            conn.executemany(
                codec.INSERT_PHONE_CHECK,
                codec.phone_check_rows(order.reference, phone_check, _now()),
            )
        log.debug("journal: %s recorded as SUBMITTING", order.reference)

    def phone_check(self, reference: str) -> PhoneCheck | None:
        """What the clerk answered to the phone check of this sale; None if not asked."""
        with self._db.read() as conn:
            row = conn.execute(
                "SELECT * FROM phone_checks WHERE reference = ?", (reference,)
            ).fetchone()
        return None if row is None else codec.phone_check_from_row(row)

    @staticmethod
    def _exists(conn: sqlite3.Connection, reference: str) -> bool:
        found = conn.execute("SELECT 1 FROM sales WHERE reference = ?", (reference,))
        return found.fetchone() is not None

    def record_outcome(self, order: Order) -> None:
        """Store what the provider said about a journalled sale.

        Merged with what is stored, never replacing a known fact with nothing: an order id,
        a charge, an ICCID or an activation code once written stays. A status the stored one
        cannot move to (DELIVERED then UNKNOWN from a stale thread) is refused.
        """
        now = _now()
        with self._db.write() as conn:
            stored = self._load(conn, order.reference)
            if stored is None:
                raise JournalError(f"Sale {order.reference} is not in the journal.")
            if order.status != stored.status and not can_transition(stored.status, order.status):
                raise JournalError(
                    f"Sale {order.reference} is {stored.status} in the journal; "
                    f"it cannot become {order.status}."
                )
            esims = merge_esims(stored.esims, order.esims)
            # A paid sale that fails owes the customer their money, in this same write:
            # no moment exists where the failure is on disk and the debt is not.
            handback = stored.handback
            if handback is None and order.status is OrderStatus.FAILED and stored.payment:
                handback = Handback.OWED
            values: dict[str, Any] = {
                "reference": order.reference,
                "status": str(order.status),
                "provider_order_id": order.provider_order_id or stored.provider_order_id,
                **codec.charged_columns(order.charged or stored.charged),
                "failure_reason": order.failure_reason or stored.failure_reason,
                "updated_at": codec.time_text(now),
                "resolved": int(order.status.final),
                "handback": None if handback is None else str(handback),
            }
            conn.execute(
                "UPDATE sales SET status = :status, provider_order_id = :provider_order_id, "
                "charged_amount = :charged_amount, charged_currency = :charged_currency, "
                "failure_reason = :failure_reason, updated_at = :updated_at, "
                "handback = :handback, "
                "resolved_at = CASE WHEN :resolved THEN coalesce(resolved_at, :updated_at) "
                "ELSE resolved_at END "
                "WHERE reference = :reference",
                values,
            )
            conn.executemany(codec.UPSERT_ESIM, codec.esim_rows(order.reference, esims))
        order.handback = handback
        log.debug("journal: %s recorded as %s", order.reference, order.status)

    def reopen_matched(self, reference: str, provider_order_id: str, reason: str) -> bool:
        """Chains (issue 16): a sale matched by package to ``provider_order_id`` whose
        order another counter's sale then received directly goes back to UNKNOWN, its
        order id, charge and the other sale's eSIMs gone, to be reconciled again. Only
        while it still holds that order (False otherwise: already reopened, or rightly
        matched since). The one place a resolved sale is undone; see docs/decisions.md."""
        with self._db.write() as conn:
            stored = self._load(conn, reference)
            if stored is None or stored.provider_order_id != provider_order_id:
                return False
            # The outbox (issue 16) enqueues writes, not deletions: name the eSIMs going,
            # so the chain's copy of them goes too (the pusher removes a row gone here).
            if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'outbox'").fetchone():
                conn.execute(
                    "INSERT INTO outbox (tbl, k1, k2) "
                    "SELECT 'esims', reference, position FROM esims WHERE reference = ?",
                    (reference,),
                )
            conn.execute("DELETE FROM esims WHERE reference = ?", (reference,))
            conn.execute(
                "UPDATE sales SET status = ?, provider_order_id = NULL, charged_amount = NULL, "
                "charged_currency = NULL, resolved_at = NULL, failure_reason = ?, "
                "updated_at = ? WHERE reference = ?",
                (str(OrderStatus.UNKNOWN), reason, codec.time_text(_now()), reference),
            )
        log.warning("journal: %s reopened (order %s was not its own)", reference, provider_order_id)
        return True

    def record_handback(self, reference: str, returned: bool) -> Order:
        """Note what became of a failed sale's payment: handed back (``returned``), or
        still owed (the clerk chose "Later"). Returned is final: a later "owed" does not
        undo it. Returns the sale as now journalled."""
        now = _now()
        with self._db.write() as conn:
            stored = self._load(conn, reference)
            if stored is None:
                raise JournalError(f"Sale {reference} is not in the journal.")
            if stored.payment is None or stored.status is not OrderStatus.FAILED:
                raise JournalError(
                    f"Sale {reference} has no payment to hand back ({stored.status})."
                )
            if stored.handback is not Handback.RETURNED:
                state = Handback.RETURNED if returned else Handback.OWED
                conn.execute(
                    "UPDATE sales SET handback = ?, handback_at = ? WHERE reference = ?",
                    (str(state), codec.time_text(now) if returned else None, reference),
                )
            found = self._load(conn, reference)
        assert found is not None
        log.info("journal: %s payment %s", reference, found.handback)
        return found

    def owed(self) -> list[Order]:
        """Failed sales whose payment is not yet handed back, oldest first: shown at
        start-up until the clerk confirms."""
        with self._db.read() as conn:
            rows = conn.execute(
                f"{_SELECT_SALES} WHERE handback = 'owed' ORDER BY created_at, reference"
            ).fetchall()
            return self._orders(conn, rows)

    def receipt_number(self, reference: str) -> int:
        """The sale's receipt number, issued on first asking: one more than the highest
        so far, under the write lock, so numbers run without gaps per counter; asking
        again for the same sale gives the same number."""
        with self._db.write() as conn:
            found = conn.execute(
                "SELECT number FROM receipts WHERE reference = ?", (reference,)
            ).fetchone()
            if found is not None:
                return int(found[0])
            if not self._exists(conn, reference):
                raise JournalError(f"Sale {reference} is not in the journal.")
            number = int(
                conn.execute("SELECT coalesce(max(number), 0) + 1 FROM receipts").fetchone()[0]
            )
            conn.execute(
                "INSERT INTO receipts (number, reference, issued_at) VALUES (?, ?, ?)",
                (number, reference, codec.time_text(_now())),
            )
            return number

    def record_sent(self, reference: str, at: datetime) -> None:
        """Note that the sale's order request is about to leave (again), just before it
        does: reconciliation counts the provider's processing window from here."""
        with self._db.write() as conn:
            found = conn.execute(
                "UPDATE sales SET sent_at = ? WHERE reference = ?", (codec.time_text(at), reference)
            )
            if found.rowcount != 1:
                raise JournalError(f"Sale {reference} is not in the journal.")

    def sent_at(self, reference: str) -> datetime | None:
        """When the sale's order request last left, or None if it never did."""
        with self._db.read() as conn:
            row = conn.execute("SELECT sent_at FROM sales WHERE reference = ?", (reference,))
            found = row.fetchone()
        if found is None or found[0] is None:
            return None
        return codec.parse_time(found[0])

    def record_probe(self, reference: str, at: datetime) -> None:
        """Note, just before it leaves, that the sale's request id is being probed (only
        the first probe's time is kept); see :mod:`app.journal.probes`."""
        with self._db.write() as conn:
            probes.write_probed(conn, reference, at)

    def record_probe_answer(
        self,
        reference: str,
        answer: probes.ProbeAnswer,
        answered_at: datetime,
        server_at: datetime,
    ) -> None:
        """Note the first probe answer (a later one never replaces it)."""
        with self._db.write() as conn:
            probes.write_answer(conn, reference, answer, answered_at, server_at)

    def probe(self, reference: str) -> probes.ProbeRecord:
        with self._db.read() as conn:
            return probes.read(conn, reference)

    def _bulk_insert(self, orders: Iterable[Order], resolve_after_s: float = 5.0) -> int:
        """Insert many finished sales in one transaction (for :mod:`app.journal.fixtures`).

        Sales are stamped as updated ``resolve_after_s`` after they were created.
        """
        sales: list[dict[str, Any]] = []
        esims: list[dict[str, Any]] = []
        payments: list[dict[str, Any]] = []
        for order in orders:
            sales.append(
                codec.sale_row(order, order.created_at + timedelta(seconds=resolve_after_s))
            )
            esims += codec.esim_rows(order.reference, order.esims)
            payments += codec.payment_rows(order.reference, order.payment)
        with self._db.write() as conn:
            conn.executemany(codec.INSERT_SALE, sales)
            conn.executemany(codec.UPSERT_ESIM, esims)
            conn.executemany(codec.INSERT_PAYMENT, payments)
        return len(sales)

    # --- reading --------------------------------------------------------------------------

    def get(self, reference: str) -> Order | None:
        with self._db.read() as conn:
            return self._load(conn, reference)

    def unresolved(self) -> list[Order]:
        """Sales still waiting for the provider's word (SUBMITTING, PENDING, UNKNOWN), oldest
        first: what start-up reconciles."""
        waiting = [str(s) for s in OrderStatus if s.unresolved]
        marks = ", ".join("?" for _ in waiting)
        with self._db.read() as conn:
            rows = conn.execute(
                f"{_SELECT_SALES} WHERE status IN ({marks}) ORDER BY created_at, reference",
                waiting,
            ).fetchall()
            return self._orders(conn, rows)

    def known_order_ids(self, provider: ProviderId) -> set[str]:
        """Every provider order id already tied to a sale: reconciliation must not claim
        one of these for another sale."""
        with self._db.read() as conn:
            rows = conn.execute(
                "SELECT provider_order_id FROM sales "
                "WHERE provider = ? AND provider_order_id IS NOT NULL",
                (str(ProviderId(provider)),),
            )
            return {row[0] for row in rows}

    def search(
        self,
        *,
        text: str = "",
        status: OrderStatus | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        training: bool | None = None,
        limit: int = 200,
        offset: int = 0,
    ) -> list[Order]:
        """Sales matching every filter given, newest first.

        ``text`` matches an ICCID (whole or its start; spaces and dashes ignored), a provider
        order id or client reference (whole or its start), a destination code, or part of a
        destination or plan name. ``since`` is inclusive, ``until`` exclusive; datetimes
        must be timezone-aware.
        """
        if limit < 0 or offset < 0:
            raise ValueError("limit and offset must not be negative")
        found = query.build(text=text, status=status, since=since, until=until, training=training)
        sql = (
            f"{_SELECT_SALES}{found.sql} "
            "ORDER BY sales.created_at DESC, sales.reference DESC LIMIT ? OFFSET ?"
        )
        with self._db.read() as conn:
            rows = conn.execute(sql, [*found.params, limit, offset]).fetchall()
            return self._orders(conn, rows)

    def count(
        self,
        *,
        text: str = "",
        status: OrderStatus | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        training: bool | None = None,
    ) -> int:
        """How many sales :meth:`search` would find with no limit."""
        found = query.build(text=text, status=status, since=since, until=until, training=training)
        with self._db.read() as conn:
            return int(
                conn.execute(f"SELECT count(*) FROM sales{found.sql}", found.params).fetchone()[0]
            )

    # --- lifetime -------------------------------------------------------------------------

    def close(self) -> None:
        """Close the connection (idempotent); later calls raise :class:`JournalError`."""
        self._db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()
