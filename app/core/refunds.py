"""Refunds and voids of delivered eSIMs: their states, kinds and the customer's share.

A refund is per eSIM (a sale may hold several). Its state machine::

    REQUESTED ─► SENT ─► REFUNDED | PENDING_PROVIDER | REFUSED | UNKNOWN
    UNKNOWN   ─► REFUNDED | PENDING_PROVIDER | REFUSED        (checked, or resent)
    PENDING_PROVIDER ─► REFUNDED                              (the provider confirmed)

REQUESTED is on disk before anything is sent; SENT is written just before the cancel
leaves. A shop's own refund (Octopus has no cancel) is journalled at once as REFUNDED
(shop loss) or PENDING_PROVIDER (claimed from the provider, with a note).

The customer is paid back in REFUNDED and PENDING_PROVIDER; REFUSED pays nothing back and
leaves the eSIM free for another attempt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import ROUND_DOWN, Decimal
from enum import StrEnum

from app.core.money import Money
from app.core.payment import Method, Tender


class RefundState(StrEnum):
    REQUESTED = "REQUESTED"
    SENT = "SENT"
    REFUNDED = "REFUNDED"
    PENDING_PROVIDER = "PENDING_PROVIDER"
    REFUSED = "REFUSED"
    UNKNOWN = "UNKNOWN"

    @property
    def unresolved(self) -> bool:
        """Needs the provider's word: checked at start-up and by Check now."""
        return self in _UNRESOLVED

    @property
    def customer_refunded(self) -> bool:
        """The provider cancelled the eSIM (or the shop took the loss): the customer has
        their money back."""
        return self in (RefundState.REFUNDED, RefundState.PENDING_PROVIDER)


_UNRESOLVED = frozenset(
    {RefundState.REQUESTED, RefundState.SENT, RefundState.UNKNOWN, RefundState.PENDING_PROVIDER}
)

REFUND_TRANSITIONS: dict[RefundState, frozenset[RefundState]] = {
    RefundState.REQUESTED: frozenset({RefundState.SENT, RefundState.REFUSED}),
    RefundState.SENT: frozenset(
        {
            RefundState.REFUNDED,
            RefundState.PENDING_PROVIDER,
            RefundState.REFUSED,
            RefundState.UNKNOWN,
        }
    ),
    RefundState.UNKNOWN: frozenset(
        {RefundState.REFUNDED, RefundState.PENDING_PROVIDER, RefundState.REFUSED, RefundState.SENT}
    ),
    RefundState.PENDING_PROVIDER: frozenset({RefundState.REFUNDED}),
    RefundState.REFUNDED: frozenset(),
    RefundState.REFUSED: frozenset(),
}


def can_move(current: RefundState, new: RefundState) -> bool:
    return new is current or new in REFUND_TRANSITIONS[current]


class RefundKind(StrEnum):
    #: The provider cancels the eSIM and credits its balance (eSIMfly).
    PROVIDER_CANCEL = "provider_cancel"
    #: The shop pays the customer back and bears the cost (Octopus has no cancel).
    SHOP_LOSS = "shop_loss"
    #: As a shop loss, but the owner will claim it from the provider (see ``note``).
    CLAIMED = "claimed"


class ProviderRefundMethod(StrEnum):
    """How eSIMfly says it refunded a cancel (``refund_method``)."""

    BALANCE = "balance"  # credited to the balance at once
    REFUND_REQUEST = "refund_request"  # submitted, confirmed later
    SEPARATE = "separate"  # handled outside the balance (refunded_amount 0)


@dataclass(frozen=True, slots=True)
class EsimLiveStatus:
    """What the provider says about one eSIM right now (eSIMfly's status endpoint)."""

    iccid: str
    status: str  # NEW, ACTIVE, EXPIRED, DEPLETED, CANCELLED, ... upper-case
    activated_at: datetime | None = None
    expires_at: datetime | None = None
    device_model: str | None = None
    network: str | None = None

    @property
    def cancelled(self) -> bool:
        return self.status in ("CANCELLED", "CANCELED")

    @property
    def installed(self) -> bool:
        """Activated, installed or used: no provider will refund it any more."""
        return not self.cancelled and (self.activated_at is not None or self.status != "NEW")


@dataclass(frozen=True, slots=True)
class CancelledEsim:
    iccid: str
    refunded: Money | None  # to the balance; None when the answer gives no amount


@dataclass(frozen=True, slots=True)
class CancelResult:
    """A cancel the provider accepted (or had already done: ``already_cancelled``).

    eSIMfly cancels every eligible eSIM of the order together, so ``cancelled`` may name
    more eSIMs than the one asked for.
    """

    method: ProviderRefundMethod | None
    cancelled: tuple[CancelledEsim, ...] = ()
    refunded: Money | None = None  # the whole answer's amount to the balance
    already_cancelled: bool = False
    message: str | None = None

    def for_iccid(self, iccid: str | None) -> CancelledEsim | None:
        return next((c for c in self.cancelled if c.iccid == iccid), None)


@dataclass(frozen=True, slots=True)
class Share:
    """One eSIM's part of what the customer paid, and by which methods."""

    amount: Money
    tenders: tuple[Tender, ...] = ()


@dataclass(slots=True)
class Refund:
    """One eSIM's refund as journalled."""

    reference: str
    sale_reference: str
    position: int
    iccid: str | None
    kind: RefundKind
    state: RefundState
    customer: Money
    tenders: tuple[Tender, ...] = ()
    batch: str = ""
    provider: str = ""
    provider_amount: Money | None = None
    provider_method: ProviderRefundMethod | None = None
    clerk: str = ""
    approved_by: str | None = None
    reason: str = ""
    note: str | None = None
    failure_reason: str | None = None
    training: bool = False
    created_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    sent_at: datetime | None = None
    resolved_at: datetime | None = None
    receipt_number: int | None = None

    @property
    def methods(self) -> tuple[Method, ...]:
        return tuple(t.method for t in self.tenders)


def split(total: Money, parts: int) -> list[Money]:
    """``total`` in ``parts`` shares that sum to it exactly: each the amount divided and
    rounded down to the currency's minor units, the minor units left over going one each
    to the first shares (so a 10.00 sale of three eSIMs refunds 3.34, 3.33, 3.33). An
    amount finer than minor units (4.275) leaves its odd digits on the first share."""
    if parts < 1:
        raise ValueError("at least one share")
    unit = Decimal(1).scaleb(-total.minor_units)
    base = (total.amount / parts).quantize(unit, rounding=ROUND_DOWN)
    shares = [base] * parts
    left = total.amount - base * parts
    index = 0
    while left >= unit and index < parts:
        shares[index] += unit
        left -= unit
        index += 1
    shares[0] += left
    return [Money(amount, total.currency) for amount in shares]


def shares(total: Money, tenders: tuple[Tender, ...], quantity: int) -> list[Share]:
    """Each eSIM's share of the sale and the methods it goes back by.

    With a payment, each method's part is split on its own (:func:`split`), and an eSIM's
    amount is the sum of its method shares: every method gets back exactly what it paid
    once every eSIM is refunded, and a split sale pays back in the same proportions.
    """
    if not tenders:
        return [Share(amount) for amount in split(total, quantity)]
    per_method = [split(t.amount, quantity) for t in tenders]
    result = []
    for position in range(quantity):
        parts = tuple(
            Tender(t.method, per_method[i][position])
            for i, t in enumerate(tenders)
            if per_method[i][position].amount > 0
        )
        amount = sum((p.amount.amount for p in parts), Decimal(0))
        result.append(Share(Money(amount, total.currency), parts))
    return result
