"""What a sale costs the shop and what the traveller pays, fixed when the sale is made.

A :class:`Quote` is computed from the owner's price list (``app.core.pricing``) at the
moment the clerk takes payment and journalled with the sale, so a later change of price,
rate or tax never changes a past sale.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from app.core.money import Money, MoneyError


@dataclass(frozen=True, slots=True)
class Quote:
    """One sale's prices. Retail amounts are in the sale currency and already rounded.

    ``cost`` is the provider's amount per eSIM in the wallet's currency (eSIMfly's
    ``cost``, Octopus's charge); ``cost_in_sale`` is that cost times ``quantity``
    converted at ``rate`` and *not* rounded, so the margin is exact. ``gross`` is what
    the traveller pays: ``unit_gross`` times ``quantity``; ``gross == net + tax``
    exactly. ``rate`` is sale-currency units per one wallet-currency unit (``None`` when
    both are the same currency).
    """

    cost: Money
    quantity: int
    unit_gross: Money
    gross: Money
    net: Money
    tax: Money
    tax_rate: Decimal  # percent of the net price, e.g. Decimal("15")
    cost_in_sale: Money
    rate: Decimal | None = None
    rate_set_on: date | None = None
    rule: str = ""  # which price rule applied, for the owner ("plan", "region:EU", ...)

    def __post_init__(self) -> None:
        if self.quantity < 1:
            raise ValueError(f"quantity must be at least 1, not {self.quantity}")
        currency = self.gross.currency
        for part in (self.unit_gross, self.net, self.tax, self.cost_in_sale):
            if part.currency != currency:
                raise MoneyError(f"a quote mixes {currency} with {part.currency}")
        if self.net.amount + self.tax.amount != self.gross.amount:
            raise MoneyError("net and tax must add up to gross exactly")
        if self.unit_gross.amount * self.quantity != self.gross.amount:
            raise MoneyError("gross must be the unit price times the quantity")
        if self.rate is None and self.cost.currency != currency:
            raise MoneyError("a quote across currencies needs a rate")

    @property
    def currency(self) -> str:
        return self.gross.currency

    @property
    def margin(self) -> Money:
        """Net retail less cost, in the sale currency (negative when sold below cost)."""
        return self.net - self.cost_in_sale

    @property
    def below_cost(self) -> bool:
        return self.net < self.cost_in_sale
