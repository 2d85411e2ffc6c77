"""A refund as the shift report sees it.

The refunds themselves (the journal's refunds table, the provider calls: app.refunds,
app.core.refunds) are journalled per eSIM; :func:`lines_of` maps each onto report lines.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from app.core.money import Money, MoneyError
from app.core.payment import Method
from app.core.plans import ProviderId
from app.core.refunds import Refund, RefundKind
from app.core.refunds import RefundState as JournalState


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


def lines_of(refund: Refund) -> list[RefundLine]:
    """A journalled refund (app.core.refunds) as report lines: one per method the customer
    was paid back by, the provider's amount on the first only (so a split refund does not
    count the provider's credit twice). A refund the customer has not been paid back for
    yet (requested, sent, unknown, refused) gives no line."""
    if not refund.state.customer_refunded:
        return []
    state = _STATES[(refund.kind, refund.state)]
    tenders = [t for t in refund.tenders if t.amount.amount > 0]
    # A sale journalled before payments were recorded: the way back is not known.
    parts = [(t.method, t.amount) for t in tenders] or [(Method.OTHER, refund.customer)]
    return [
        RefundLine(
            reference=refund.reference,
            sale_reference=refund.sale_reference,
            at=refund.created_at,
            clerk=refund.clerk,
            amount=amount,
            method=method,
            provider=ProviderId(refund.provider),
            state=state,
            provider_amount=refund.provider_amount if index == 0 else None,
        )
        for index, (method, amount) in enumerate(parts)
    ]


_STATES: dict[tuple[RefundKind, JournalState], RefundState] = {
    (RefundKind.PROVIDER_CANCEL, JournalState.REFUNDED): RefundState.REFUNDED,
    (RefundKind.PROVIDER_CANCEL, JournalState.PENDING_PROVIDER): RefundState.PENDING_PROVIDER,
    (RefundKind.SHOP_LOSS, JournalState.REFUNDED): RefundState.SHOP_LOSS,
    (RefundKind.SHOP_LOSS, JournalState.PENDING_PROVIDER): RefundState.SHOP_LOSS,
    (RefundKind.CLAIMED, JournalState.PENDING_PROVIDER): RefundState.CLAIMED,
    # Octopus reported the order cancelled: the claim came through.
    (RefundKind.CLAIMED, JournalState.REFUNDED): RefundState.REFUNDED,
}
