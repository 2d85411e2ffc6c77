"""A refund as the shift report sees it.

The refunds themselves (the journal's refunds table, the provider calls) are built
elsewhere; whoever reads them maps each row onto a :class:`RefundLine` for the report.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from app.core.money import Money, MoneyError
from app.core.payment import Method
from app.core.plans import ProviderId


class RefundState(StrEnum):
    """Where the provider's side of a refund stands. The customer has their money back
    in every state; only the provider's balance differs."""

    REFUNDED = "refunded"  # the provider put provider_amount back on the balance
    PENDING_PROVIDER = "pending_provider"  # asked; the provider has not refunded yet
    SHOP_LOSS = "shop_loss"  # the provider will not refund: the shop bears the cost
    CLAIMED = "claimed"  # claimed by hand (support ticket), outcome not yet known


@dataclass(frozen=True, slots=True)
class RefundLine:
    """One refund handed to the customer. ``amount`` is what the customer got back
    (positive, in the sale currency) by ``method``; ``provider_amount`` what the provider
    refunds to its balance (None when nothing is refunded there)."""

    reference: str
    sale_reference: str
    at: datetime
    clerk: str
    amount: Money
    method: Method
    provider: ProviderId
    state: RefundState
    provider_amount: Money | None = None

    def __post_init__(self) -> None:
        if self.amount.amount <= 0:
            raise MoneyError("a refund hands back more than zero")
        if self.provider_amount is not None and self.provider_amount.amount < 0:
            raise MoneyError("a provider refund is not negative")
        object.__setattr__(self, "method", Method(self.method))
        object.__setattr__(self, "provider", ProviderId(self.provider))
        object.__setattr__(self, "state", RefundState(self.state))

    @property
    def pending_at_provider(self) -> bool:
        """The provider's balance may still move for this refund."""
        return self.state in (RefundState.PENDING_PROVIDER, RefundState.CLAIMED)
