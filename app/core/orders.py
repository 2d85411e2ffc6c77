"""Orders and their eSIMs, with the sale's state machine.

::

    SUBMITTING ─► DELIVERED | PENDING | FAILED | UNKNOWN
    PENDING    ─► DELIVERED | FAILED | CANCELLED
    UNKNOWN    ─► DELIVERED | PENDING | FAILED | CANCELLED

DELIVERED, FAILED and CANCELLED are final. Hearing the same non-final state again (a poll
that is still pending) is not a transition and is accepted.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from enum import StrEnum

from app.core.activation import ActivationCode
from app.core.iccid import is_placeholder
from app.core.money import Money
from app.core.payment import Payment
from app.core.plans import Plan, ProviderId
from app.core.quote import Quote


class OrderStatus(StrEnum):
    SUBMITTING = "SUBMITTING"
    PENDING = "PENDING"
    DELIVERED = "DELIVERED"
    FAILED = "FAILED"
    UNKNOWN = "UNKNOWN"
    CANCELLED = "CANCELLED"

    @property
    def final(self) -> bool:
        return self in _FINAL

    @property
    def unresolved(self) -> bool:
        """Still needs the provider's word: on start-up these are reconciled."""
        return self in (OrderStatus.SUBMITTING, OrderStatus.PENDING, OrderStatus.UNKNOWN)


_FINAL = frozenset({OrderStatus.DELIVERED, OrderStatus.FAILED, OrderStatus.CANCELLED})
_RESOLVED = frozenset({*_FINAL, OrderStatus.PENDING})

TRANSITIONS: dict[OrderStatus, frozenset[OrderStatus]] = {
    OrderStatus.SUBMITTING: frozenset({*_RESOLVED - {OrderStatus.CANCELLED}, OrderStatus.UNKNOWN}),
    OrderStatus.PENDING: frozenset(
        {OrderStatus.DELIVERED, OrderStatus.FAILED, OrderStatus.CANCELLED}
    ),
    OrderStatus.UNKNOWN: _RESOLVED,
    OrderStatus.DELIVERED: frozenset(),
    OrderStatus.FAILED: frozenset(),
    OrderStatus.CANCELLED: frozenset(),
}


class Handback(StrEnum):
    """The customer's money after a sale failed once payment was taken."""

    OWED = "owed"  # not yet handed back: the clerk is reminded until they confirm
    RETURNED = "returned"


class IllegalTransitionError(RuntimeError):
    def __init__(self, current: OrderStatus, new: OrderStatus) -> None:
        super().__init__(f"an order cannot go from {current} to {new}")
        self.current = current
        self.new = new


def can_transition(current: OrderStatus, new: OrderStatus) -> bool:
    return new in TRANSITIONS[current] or (new == current and not current.final)


@dataclass(frozen=True, slots=True)
class Esim:
    """One eSIM profile. ``activation`` is None until the provider hands the code over.

    ``raw_code`` keeps an activation code the provider sent that does not parse as SGP.22:
    the eSIM is paid for, so the text is kept for the clerk and support, never dropped.
    """

    iccid: str | None
    activation: ActivationCode | None = None
    confirmation_code: str | None = None
    raw_code: str | None = None

    def __post_init__(self) -> None:
        # Types only: what a provider's text must look like is checked where it is read
        # (providers/fields.py); an int ICCID or a dict code must never get this far.
        for name in ("iccid", "confirmation_code", "raw_code"):
            if not isinstance(getattr(self, name), str | None):
                raise TypeError(f"Esim.{name} must be text or None")
        if not isinstance(self.activation, ActivationCode | None):
            raise TypeError("Esim.activation must be an ActivationCode or None")

    @property
    def ready(self) -> bool:
        return self.activation is not None and not is_placeholder(self.iccid)


@dataclass(frozen=True, slots=True)
class OrderResult:
    """What a provider says about an order, turned into core types."""

    provider: ProviderId
    order_id: str  # eSIMfly orderReference, Octopus numeric id as text
    status: OrderStatus
    esims: tuple[Esim, ...] = ()
    charged: Money | None = None
    client_reference: str | None = None
    failure_code: str | None = None
    failure_reason: str | None = None
    created_at: datetime | None = None
    plan_code: str | None = None  # eSIMfly package code or Octopus product id, for matching
    balance_after: Money | None = None

    def __post_init__(self) -> None:
        if self.status in (OrderStatus.SUBMITTING, OrderStatus.UNKNOWN):
            raise ValueError(f"a provider cannot report {self.status}")


def new_reference() -> str:
    """A fresh client reference: a UUID v4, usable as eSIMfly's RT-RequestID too."""
    import uuid  # here: it imports platform, which the window need not load to show

    return str(uuid.uuid4())


@dataclass(slots=True)
class Order:
    """One sale at the counter, from the press of Sell to its final outcome."""

    plan: Plan
    reference: str = field(default_factory=new_reference)
    quantity: int = 1
    status: OrderStatus = OrderStatus.SUBMITTING
    created_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    provider_order_id: str | None = None
    esims: tuple[Esim, ...] = ()
    charged: Money | None = None
    failure_reason: str | None = None
    training: bool = False
    clerk: str = ""
    # What the traveller was asked for and how they paid, journalled with SUBMITTING.
    # None on sales journalled before schema 4 (and by the headless seller).
    quote: Quote | None = None
    payment: Payment | None = None
    # Set by the journal when a paid sale ends FAILED; RETURNED once the clerk confirms.
    handback: Handback | None = None
    handback_at: datetime | None = None

    @property
    def owes_customer(self) -> bool:
        """Payment was taken and neither an eSIM nor the money has reached the customer
        for sure: FAILED and not handed back, or an outcome still unknown."""
        if self.payment is None:
            return False
        if self.status is OrderStatus.FAILED:
            return self.handback is not Handback.RETURNED
        return self.status in (OrderStatus.UNKNOWN, OrderStatus.SUBMITTING)

    def __post_init__(self) -> None:
        max_quantity = 10 if self.plan.provider is ProviderId.ESIMFLY else 1
        if not 1 <= self.quantity <= max_quantity:
            raise ValueError(f"quantity must be 1 to {max_quantity}, not {self.quantity}")

    def advance(self, new: OrderStatus) -> None:
        if not can_transition(self.status, new):
            raise IllegalTransitionError(self.status, new)
        self.status = new

    def apply(self, result: OrderResult) -> None:
        """Take in the provider's answer; eSIMs already known are never thrown away.

        Octopus stops sending the activation code once the eSIM is installed, so a later
        answer without codes must not erase the ones kept at first delivery.
        """
        if result.status is not self.status:
            self.advance(result.status)
        self.provider_order_id = result.order_id or self.provider_order_id
        if result.charged is not None:
            self.charged = result.charged
        if result.failure_reason:
            self.failure_reason = result.failure_reason
        self.esims = merge_esims(self.esims, result.esims)

    def mark_unknown(self) -> None:
        self.advance(OrderStatus.UNKNOWN)


def merge_esims(known: tuple[Esim, ...], fresh: tuple[Esim, ...]) -> tuple[Esim, ...]:
    """Newer facts win, but a code or ICCID once seen is never replaced by nothing."""
    if not fresh:
        return known
    merged = []
    for index, new in enumerate(fresh):
        old = known[index] if index < len(known) else None
        if old is None:
            merged.append(new)
            continue
        iccid = new.iccid if not is_placeholder(new.iccid) else old.iccid or new.iccid
        merged.append(
            replace(
                new,
                iccid=iccid,
                activation=new.activation or old.activation,
                raw_code=new.raw_code or old.raw_code,
                confirmation_code=new.confirmation_code or old.confirmation_code,
            )
        )
    merged.extend(known[len(fresh) :])
    return tuple(merged)
