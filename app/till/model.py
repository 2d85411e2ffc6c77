"""The shift's records as the journal keeps them: plain frozen values, no behaviour
beyond checking themselves."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from app.core.money import Money, MoneyError
from app.core.plans import ProviderId
from app.till.roles import Action, Role

MAX_REASON = 200  # characters of a pay-in or pay-out reason


@dataclass(frozen=True, slots=True)
class BalanceReading:
    """One provider's balance at a moment, or why it could not be read."""

    provider: ProviderId
    balance: Money | None
    unavailable: str = ""  # the reason, when balance is None

    def __post_init__(self) -> None:
        object.__setattr__(self, "provider", ProviderId(self.provider))
        if (self.balance is None) == (not self.unavailable):
            raise ValueError("a balance reading has an amount or a reason, not both")


@dataclass(frozen=True, slots=True)
class FloatCount:
    """The opening float counted per denomination: ``((Decimal("20.00"), 2), ...)``."""

    currency: str
    counts: tuple[tuple[Decimal, int], ...]

    def __post_init__(self) -> None:
        for value, count in self.counts:
            if not isinstance(value, Decimal) or value <= 0 or count < 0:
                raise MoneyError("a denomination is a positive amount counted zero or more")
        if len({value for value, _ in self.counts}) != len(self.counts):
            raise ValueError("each denomination is counted once")
        # Largest first, however typed: the same count is the same value.
        ordered = tuple(sorted(self.counts, key=lambda pair: pair[0], reverse=True))
        object.__setattr__(self, "counts", ordered)

    @property
    def total(self) -> Money:
        return Money(sum((v * c for v, c in self.counts), Decimal(0)), self.currency)


@dataclass(frozen=True, slots=True)
class Shift:
    """A shift from its opening to its Z close; ``closed_at`` is None while open."""

    id: int
    number: int  # 1, 2, 3... per mode, never a gap
    training: bool
    opened_at: datetime
    opened_by: str
    opening_float: Money
    float_count: FloatCount | None
    opening_balances: tuple[BalanceReading, ...]
    closed_at: datetime | None = None
    closed_by: str | None = None
    closing_balances: tuple[BalanceReading, ...] = ()

    @property
    def open(self) -> bool:
        return self.closed_at is None


class MoveKind(StrEnum):
    PAY_IN = "pay_in"
    PAY_OUT = "pay_out"


@dataclass(frozen=True, slots=True)
class CashMove:
    """Petty cash put into (pay-in) or taken out of (pay-out) the drawer, with a reason."""

    shift: int  # Shift.id
    kind: MoveKind
    amount: Money  # positive; kind says which way
    reason: str
    clerk: str
    at: datetime

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", MoveKind(self.kind))
        if self.amount.amount <= 0:
            raise MoneyError("a pay-in or pay-out is more than zero")
        if not self.reason.strip() or len(self.reason) > MAX_REASON:
            raise ValueError(f"a pay-in or pay-out needs a reason (at most {MAX_REASON} letters)")

    @property
    def signed(self) -> Money:
        """What it does to the drawer: positive in, negative out."""
        if self.kind is MoveKind.PAY_IN:
            return self.amount
        return Money(-self.amount.amount, self.amount.currency)


@dataclass(frozen=True, slots=True)
class ZRecord:
    """A numbered Z report as stored: never changed once written."""

    number: int
    training: bool
    shift: int  # Shift.number
    closed_at: datetime
    closed_by: str
    counted: Money
    expected: Money
    difference: Money
    report_json: str
    corrects: int | None = None


@dataclass(frozen=True, slots=True)
class Clerk:
    """A clerk as the journal keeps them. ``pin_hash`` is app.pin's salted scrypt text,
    never shown (left out of repr, so it cannot land in a log line)."""

    name: str
    role: Role
    active: bool
    created_at: datetime
    pin_hash: str = field(default="", repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "role", Role(self.role))


@dataclass(frozen=True, slots=True)
class Override:
    """An action above the asking clerk's role, approved by someone allowed to do it."""

    id: int
    at: datetime
    action: Action
    clerk: str  # who asked
    approver: str  # who typed their PIN ("manager" for the shop's manager PIN)
    reference: str | None  # the sale or refund it was for, if any
    reason: str
    training: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "action", Action(self.action))
