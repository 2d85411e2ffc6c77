"""What the counter asks of every reseller API."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Collection
from datetime import datetime

from app.core.countries import Destination
from app.core.money import Money
from app.core.orders import OrderResult
from app.core.plans import Plan, ProviderId


class Provider(ABC):
    """One reseller account, over a caller-supplied ``httpx.Client``.

    Methods block and are meant to run in a worker thread. They return core types and
    raise only :class:`~app.core.errors.CounterError` subclasses.
    """

    id: ProviderId

    @abstractmethod
    def balance(self) -> Money:
        """The account's wallet balance."""

    @abstractmethod
    def list_destinations(self) -> list[Destination]:
        """Every destination the provider sells, countries, regions and global alike."""

    @abstractmethod
    def list_plans(self, destination: Destination) -> list[Plan]:
        """The plans for one destination, with live prices."""

    @abstractmethod
    def place_order(self, plan: Plan, reference: str, quantity: int = 1) -> OrderResult:
        """Buy ``quantity`` eSIMs of ``plan`` under the caller's ``reference`` (a UUID v4).

        Raises :class:`~app.core.errors.OutcomeUnknownError` when the request may have
        reached the provider but no usable answer came back. Calling again with the same
        reference never buys twice.
        """

    @abstractmethod
    def fetch_order(self, order_id: str) -> OrderResult:
        """The current state of an order by the provider's own id."""

    @abstractmethod
    def find_order(
        self,
        reference: str,
        *,
        plan: Plan | None = None,
        placed_at: datetime | None = None,
        exclude: Collection[str] = (),
    ) -> OrderResult | None:
        """Find the order a sale with ``reference`` created, if the provider took it.

        Providers that store the reference look it up directly; others match ``plan``
        and ``placed_at`` against recent orders, skipping order ids in ``exclude``
        (orders already tied to other sales).
        """
