"""Data plans as the counter shows and sells them, whichever provider they come from."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from app.core.countries import Destination
from app.core.money import Money
from app.core.plan_details import PlanDetails


class ProviderId(StrEnum):
    ESIMFLY = "esimfly"
    OCTOPUS = "octopus"


@dataclass(frozen=True, slots=True)
class EsimflyKey:
    """eSIMfly sells by package code."""

    package_code: str

    @property
    def id(self) -> str:
        return f"esimfly:{self.package_code}"


@dataclass(frozen=True, slots=True)
class OctopusKey:
    """Octopus resolves a variant by ``(product_id, amount)``; the amount is echoed exactly."""

    product_id: int
    amount: Decimal
    variant_id: int | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.amount, Decimal):
            raise TypeError(
                f"an Octopus amount must be a Decimal, not {type(self.amount).__name__}"
            )

    @property
    def id(self) -> str:
        return f"octopus:{self.product_id}:{self.amount}"


@dataclass(frozen=True, slots=True)
class TopupKey(EsimflyKey):
    """An eSIMfly top-up: a top-up package added to an eSIM the traveller already has.

    A subclass so that everything eSIMfly (pricing scopes, the probe) treats it as an
    eSIMfly package; the ICCID is part of the key because the same package on another
    eSIM is another sale.
    """

    iccid: str

    @property
    def id(self) -> str:
        return f"esimfly-topup:{self.package_code}:{self.iccid}"


PlanKey = EsimflyKey | OctopusKey


@dataclass(frozen=True, slots=True)
class Plan:
    provider: ProviderId
    key: PlanKey
    destination: Destination
    name: str
    data_gb: Decimal | None  # None means unlimited
    validity_days: int
    price: Money  # the list price the clerk sees (eSIMfly cost, Octopus variant amount)
    description: str = ""
    slow: bool = False  # known to deliver after the inline wait (informational)
    # What the wallet is really debited when it differs from ``price`` (Octopus takes the
    # variant amount less the client discount); None when the provider charges ``price``.
    cost: Money | None = None
    # Networks, 5G, top-up, calls and texts, when the validity starts: what the clerk
    # reads out. Not part of the plan's identity: the journal keeps a sale's plan without
    # them, and that plan is still the one sold.
    details: PlanDetails = field(default=PlanDetails(), compare=False)

    @property
    def id(self) -> str:
        """A stable identifier for journals and "recent" lists."""
        return self.key.id

    @property
    def cost_price(self) -> Money:
        """What one eSIM of this plan costs the shop: the basis of the retail price."""
        return self.price if self.cost is None else self.cost

    @property
    def unlimited(self) -> bool:
        return self.data_gb is None

    def __post_init__(self) -> None:
        if self.data_gb is not None and self.data_gb < 0:
            raise ValueError(f"negative data allowance: {self.data_gb}")
        if self.validity_days < 0:
            raise ValueError(f"negative validity: {self.validity_days}")
        if self.provider is ProviderId.ESIMFLY and not isinstance(self.key, EsimflyKey):
            raise TypeError("an eSIMfly plan needs an EsimflyKey")
        if self.provider is ProviderId.OCTOPUS and not isinstance(self.key, OctopusKey):
            raise TypeError("an Octopus plan needs an OctopusKey")
        if self.cost is not None and self.cost.currency != self.price.currency:
            raise ValueError("a plan's cost and price must be in the same currency")
