"""Top-ups: more data and days for an eSIM the traveller already has (eSIMfly only).

A top-up is sold like any sale: its package becomes a :class:`~app.core.plans.Plan` whose
key is a :class:`~app.core.plans.TopupKey` (the package code and the target ICCID), so the
price list, the payment, the journal, the receipt and the reconciliation are the ones a
new eSIM goes through. A top-up order delivers no new eSIM: its ``esims`` stay empty.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from app.core import countries
from app.core.countries import Destination
from app.core.errors import CounterError, OrderNotFoundError
from app.core.money import Money
from app.core.plans import Plan, ProviderId, TopupKey

#: eSIMfly's words for an eSIM that cannot take a top-up now, in a clerk's words.
_STATUS_WORDS = {
    "NEW": "not installed yet",
    "EXPIRED": "expired",
    "CANCELLED": "cancelled",
    "DELETED": "deleted",
}


@dataclass(frozen=True, slots=True)
class TopupPackage:
    """One top-up eSIMfly offers for one eSIM, at the shop's cost."""

    package_code: str
    name: str
    data_gb: Decimal | None  # None: unlimited
    validity_days: int
    cost: Money

    @property
    def unlimited(self) -> bool:
        return self.data_gb is None

    def plan(self, iccid: str, destination: Destination | None = None) -> Plan:
        """The top-up as a plan for ``iccid``: priced, journalled and sold like one.

        ``destination`` is the topped-up eSIM's own (from its sale) when known, so the
        owner's destination and region price rules apply; otherwise it is read from the
        package name ("Turkey 1GB 7Days")."""
        return Plan(
            provider=ProviderId.ESIMFLY,
            key=TopupKey(self.package_code, iccid),
            destination=destination or destination_from_name(self.name),
            name=self.name,
            data_gb=self.data_gb,
            validity_days=self.validity_days,
            price=self.cost,
            description=f"Top-up for eSIM {iccid}",
        )


def destination_from_name(name: str) -> Destination:
    """The country a package name starts with ("Iraq 3GB 30Days"), else a region of
    that name without its allowance."""
    words = name.split()
    for length in range(min(len(words), 4), 0, -1):
        found = countries.country_by_name(" ".join(words[:length]))
        if found is not None:
            return found
    head = [w for w in words if not any(ch.isdigit() for ch in w)]
    return countries.region(" ".join(head) or name or "Top-up")


def is_topup(plan: Plan) -> bool:
    return isinstance(plan.key, TopupKey)


def target_iccid(plan: Plan) -> str | None:
    """The eSIM a top-up sale adds to; None for a sale of a new eSIM."""
    return plan.key.iccid if isinstance(plan.key, TopupKey) else None


class TopupNotSupportedError(CounterError):
    """The eSIM's plan takes no top-ups (``features.is_rechargeable`` false)."""

    default_message = "This eSIM cannot be topped up: its plan does not allow top-ups."


class EsimNotToppableError(CounterError):
    """The eSIM exists but is in a state that takes no top-up (not installed, expired)."""

    default_message = "This eSIM cannot be topped up in its present state."

    def __init__(
        self, message: str | None = None, *, status: str = "", provider: str | None = None
    ) -> None:
        self.status = status
        if message is None and status:
            words = _STATUS_WORDS.get(status.upper(), status.lower())
            message = (
                f"This eSIM cannot be topped up while it is {words}: only an installed eSIM "
                "that is active or used up can be."
            )
        super().__init__(message, provider=provider)


class TopupPackageGoneError(CounterError):
    """INVALID_TOPUP_PACKAGE: the package is no longer offered for this eSIM."""

    default_message = "This top-up is no longer offered for this eSIM; choose another."


class UnknownEsimError(OrderNotFoundError):
    """The ICCID is not an eSIM of this account (ESIM_ACCESS_DENIED / ESIM_NOT_FOUND)."""

    default_message = "eSIMfly has no eSIM with this ICCID on this shop's account."
