"""How the traveller paid: one method or a split between two, cash tendered and change.

A :class:`Payment` is journalled with the sale *before* the order is sent, so a sale
that fails afterwards can tell the clerk exactly what to hand back, and by which method.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.core.money import Money, MoneyError


class Method(StrEnum):
    CASH = "cash"
    CARD = "card"
    TRANSFER = "transfer"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Tender:
    """The part of the total paid by one method (cash: the part kept, not the note given)."""

    method: Method
    amount: Money

    def __post_init__(self) -> None:
        if self.amount.amount <= 0:
            raise MoneyError("a payment part must be more than zero")


@dataclass(frozen=True, slots=True)
class Payment:
    """One or two tenders adding up to the total; for cash, what was handed over.

    ``cash_tendered`` is the money the customer gave for the cash part (``None`` when no
    cash is involved); ``change`` is what the clerk gives back, zero when none.
    """

    tenders: tuple[Tender, ...]
    cash_tendered: Money | None = None

    def __post_init__(self) -> None:
        if not 1 <= len(self.tenders) <= 2:
            raise ValueError("a payment has one method or a split between two")
        if len({t.method for t in self.tenders}) != len(self.tenders):
            raise ValueError("a split needs two different methods")
        currencies = {t.amount.currency for t in self.tenders}
        if len(currencies) != 1:
            raise MoneyError("a payment is in one currency")
        cash = self.cash_part
        if cash is None and self.cash_tendered is not None:
            raise ValueError("cash tendered without a cash part")
        if cash is not None and self.cash_tendered is not None and self.cash_tendered < cash:
            raise MoneyError("the cash tendered is less than the cash part")

    @property
    def total(self) -> Money:
        total = self.tenders[0].amount
        for tender in self.tenders[1:]:
            total = total + tender.amount
        return total

    @property
    def cash_part(self) -> Money | None:
        for tender in self.tenders:
            if tender.method is Method.CASH:
                return tender.amount
        return None

    @property
    def change(self) -> Money:
        cash = self.cash_part
        if cash is None or self.cash_tendered is None:
            return Money(self.total.amount * 0, self.total.currency)
        return self.cash_tendered - cash

    @classmethod
    def single(cls, method: Method, amount: Money, tendered: Money | None = None) -> Payment:
        return cls((Tender(method, amount),), tendered if method is Method.CASH else None)
