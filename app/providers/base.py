"""What the counter asks of every reseller API."""

from __future__ import annotations

import functools
import logging
from abc import ABC, abstractmethod
from collections.abc import Callable, Collection
from datetime import datetime
from typing import Any, ParamSpec, TypeVar

from app.core.countries import Destination
from app.core.errors import (
    CounterError,
    InvalidResponseError,
    OutcomeUnknownError,
    RefundNotSupportedError,
)
from app.core.money import Money
from app.core.orders import OrderResult
from app.core.plans import Plan, ProviderId
from app.core.refunds import CancelResult, EsimLiveStatus

log = logging.getLogger(__name__)
P = ParamSpec("P")
R = TypeVar("R")

# The public methods of the contract; every subclass's versions are wrapped by the net.
CONTRACT = (
    "balance",
    "list_destinations",
    "list_plans",
    "place_order",
    "fetch_order",
    "find_order",
    "esim_status",
    "cancel_esim",
)
# A cancel may have been taken before an unexpected error: its outcome is unknown.
_MAY_HAVE_ACTED = frozenset({"place_order", "cancel_esim"})


def counter_errors_only(name: str, method: Callable[P, R]) -> Callable[P, R]:
    """``method``, letting only CounterErrors out: anything else is logged and becomes an
    InvalidResponseError, or in ``place_order`` an OutcomeUnknownError (the order may
    have been taken before the unexpected error)."""
    if getattr(method, "__counter_errors_only__", False):
        return method

    @functools.wraps(method)
    def guarded(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return method(*args, **kwargs)
        except CounterError:
            raise
        except Exception as exc:
            owner = type(args[0]).__name__ if args else "Provider"
            log.warning("%s.%s failed unexpectedly", owner, name, exc_info=exc)
            provider = str(getattr(args[0], "id", "")) or None if args else None
            cause = InvalidResponseError(provider=provider)
            if name in _MAY_HAVE_ACTED:
                raise OutcomeUnknownError(cause=cause, provider=provider) from exc
            raise cause from exc

    guarded.__counter_errors_only__ = True  # type: ignore[attr-defined]  # marker for re-wraps
    return guarded


class Provider(ABC):
    """One reseller account, over a caller-supplied ``httpx.Client``.

    Methods block and are meant to run in a worker thread. They return core types and
    raise only :class:`~app.core.errors.CounterError` subclasses; every subclass's public
    methods are wrapped (:func:`counter_errors_only`) so that holds even for a bug or an
    answer no check foresaw.
    """

    id: ProviderId

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        for name in CONTRACT:
            method = cls.__dict__.get(name)
            if callable(method):
                setattr(cls, name, counter_errors_only(name, method))

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

    # -- after the sale (issue 15): not abstract, a provider without them says so --------

    #: Whether :meth:`cancel_esim` can refund an eSIM to the balance.
    supports_cancel: bool = False

    def esim_status(self, iccid: str) -> EsimLiveStatus:
        """The eSIM's live status: installed or not, cancelled, when it was activated.

        Raises :class:`~app.core.errors.OrderNotFoundError` for an ICCID the account
        does not know, :class:`~app.core.errors.RefundNotSupportedError` when the
        provider has no such call.
        """
        raise RefundNotSupportedError(provider=str(self.id))

    def cancel_esim(self, iccid: str) -> CancelResult:
        """Cancel an eSIM that was never installed and refund it to the balance.

        An eSIM cancelled before comes back as ``CancelResult(already_cancelled=True)``
        (never refunded twice). Raises :class:`~app.core.errors.EsimInstalledError` when
        the provider refuses because it was installed,
        :class:`~app.core.errors.OutcomeUnknownError` when the cancel may have been taken
        but its answer was lost (check :meth:`esim_status`, never resend blindly), and
        :class:`~app.core.errors.RefundNotSupportedError` for a provider with no cancel.
        """
        raise RefundNotSupportedError(provider=str(self.id))


# The base's own answers ("not supported") go through the net too, so every provider's
# version of every contract method is wrapped, inherited or not.
for _name in ("esim_status", "cancel_esim"):
    setattr(Provider, _name, counter_errors_only(_name, getattr(Provider, _name)))
