"""Top-up use cases, Qt-free and synchronous (the UI runs them on its Runner).

A top-up is then sold with ``counter.sell(plan, quantity, quote=..., payment=...)`` like
any sale: journalled SUBMITTING with its quote and payment before it leaves, sent under
the sale's reference as ``RT-RequestID``, reconciled at start-up and by Check like any
sale. Only the choice of package is special, and that is here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from app.core.errors import NoAccountError
from app.core.iccid import normalise
from app.core.orders import Order, OrderStatus
from app.core.plans import Plan, ProviderId
from app.core.topup import TopupNotSupportedError, TopupPackage, is_topup
from app.counter import Counter

ONLY_ESIMFLY = (
    "Only eSIMfly eSIMs can be topped up here; Octopus Cards offers no top-up to resellers."
)


@runtime_checkable
class OffersTopups(Protocol):
    def topup_packages(self, iccid: str) -> list[TopupPackage]: ...


@dataclass(frozen=True, slots=True)
class TopupTarget:
    """The eSIM to top up, and the sale that sold it when this counter journalled it."""

    iccid: str
    origin: Order | None = None

    def plan(self, package: TopupPackage) -> Plan:
        """``package`` as a plan for this eSIM, at the destination of its own sale (so the
        owner's destination and region prices apply)."""
        destination = None if self.origin is None else self.origin.plan.destination
        return package.plan(self.iccid, destination)


def target(counter: Counter, iccid: str, reference: str | None = None) -> TopupTarget:
    """The eSIM by ICCID, with the sale that sold it (``reference`` when the caller knows
    it, else the journal's newest delivered sale of that ICCID that is not a top-up).
    Raises TopupNotSupportedError for an eSIM this counter sold through Octopus."""
    digits = normalise(iccid)
    origin = counter.journal.get(reference) if reference else None
    if origin is None:
        origin = next(
            (
                sale
                for sale in counter.journal.search(text=digits, limit=20)
                if not is_topup(sale.plan)
                and sale.status is OrderStatus.DELIVERED
                and any(normalise(e.iccid or "") == digits for e in sale.esims)
            ),
            None,
        )
    if origin is not None and origin.plan.provider is not ProviderId.ESIMFLY:
        raise TopupNotSupportedError(ONLY_ESIMFLY, provider=str(ProviderId.OCTOPUS))
    return TopupTarget(digits, origin)


def packages(counter: Counter, iccid: str) -> list[TopupPackage]:
    """What eSIMfly offers this eSIM, cheapest first; raises the provider's CounterError
    (not rechargeable, not installed yet, unknown ICCID...) in plain words."""
    provider = counter.providers.get(ProviderId.ESIMFLY)
    if not isinstance(provider, OffersTopups):
        raise NoAccountError(provider=str(ProviderId.ESIMFLY))
    offers = provider.topup_packages(iccid)
    return sorted(offers, key=lambda p: (p.cost.amount, p.validity_days, p.package_code))
