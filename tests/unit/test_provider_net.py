"""The last-resort net: nothing but a CounterError ever leaves a Provider method."""

from __future__ import annotations

import logging
from collections.abc import Collection
from datetime import datetime

import pytest

from app.core.countries import Destination
from app.core.errors import (
    CounterError,
    InvalidResponseError,
    OrderRejectedError,
    OutcomeUnknownError,
)
from app.core.money import Money
from app.core.orders import OrderResult
from app.core.plans import Plan, ProviderId
from app.core.refunds import CancelResult, EsimLiveStatus
from app.providers.base import CONTRACT, Provider


class Broken(Provider):
    """Every method fails the way an unforeseen answer or a bug would."""

    id = ProviderId.ESIMFLY

    def __init__(self, error: BaseException) -> None:
        self.error = error

    def balance(self) -> Money:
        raise self.error

    def list_destinations(self) -> list[Destination]:
        raise self.error

    def list_plans(self, destination: Destination) -> list[Plan]:
        raise self.error

    def place_order(self, plan: Plan, reference: str, quantity: int = 1) -> OrderResult:
        """Buy it."""
        raise self.error

    def fetch_order(self, order_id: str) -> OrderResult:
        raise self.error

    def find_order(
        self,
        reference: str,
        *,
        plan: Plan | None = None,
        placed_at: datetime | None = None,
        exclude: Collection[str] = (),
    ) -> OrderResult | None:
        raise self.error

    def esim_status(self, iccid: str) -> EsimLiveStatus:
        raise self.error

    def cancel_esim(self, iccid: str) -> CancelResult:
        raise self.error


class Subclassed(Broken):
    def balance(self) -> Money:
        raise KeyError("balance")


def _calls(provider: Provider) -> dict[str, object]:
    plan: Plan = None  # type: ignore[assignment]  # never reached: the method raises first
    place: Destination = None  # type: ignore[assignment]
    return {
        "balance": provider.balance,
        "list_destinations": provider.list_destinations,
        "list_plans": lambda: provider.list_plans(place),
        "place_order": lambda: provider.place_order(plan, "ref"),
        "fetch_order": lambda: provider.fetch_order("1"),
        "find_order": lambda: provider.find_order("ref"),
        "esim_status": lambda: provider.esim_status("8948010010036785060"),
        "cancel_esim": lambda: provider.cancel_esim("8948010010036785060"),
    }


UNFORESEEN = [
    KeyError("id"),
    AttributeError("'int' object has no attribute 'upper'"),
    TypeError("object of type 'bool' has no len()"),
    RecursionError("maximum recursion depth exceeded"),
    ArithmeticError("decimal.Overflow"),
    ValueError("not a number"),
]


@pytest.mark.parametrize("error", UNFORESEEN, ids=lambda e: type(e).__name__)
@pytest.mark.parametrize("method", CONTRACT)
def test_unforeseen_errors_become_typed_ones(
    method: str, error: Exception, caplog: pytest.LogCaptureFixture
) -> None:
    call = _calls(Broken(error))[method]
    with (
        caplog.at_level(logging.WARNING, "app.providers.base"),
        pytest.raises(CounterError) as caught,
    ):
        call()  # type: ignore[operator]
    if method in ("place_order", "cancel_esim"):
        # The order (or cancel) may have been taken before the error: never a plain failure.
        assert isinstance(caught.value, OutcomeUnknownError)
        assert isinstance(caught.value.cause, InvalidResponseError)
    else:
        assert type(caught.value) is InvalidResponseError
    assert caught.value.__cause__ is error
    assert caught.value.provider == "esimfly"
    (record,) = caplog.records
    assert record.levelno == logging.WARNING and record.exc_info is not None
    assert record.exc_info[1] is error


@pytest.mark.parametrize("method", CONTRACT)
def test_counter_errors_pass_unchanged(method: str) -> None:
    refusal = OrderRejectedError("no", provider="eSIMfly")
    with pytest.raises(OrderRejectedError) as caught:
        _calls(Broken(refusal))[method]()  # type: ignore[operator]
    assert caught.value is refusal


def test_keyboard_interrupt_is_not_swallowed() -> None:
    with pytest.raises(KeyboardInterrupt):
        Broken(KeyboardInterrupt()).balance()


def test_a_subclass_of_a_provider_is_wrapped_too() -> None:
    with pytest.raises(InvalidResponseError):
        Subclassed(KeyError("x")).balance()


def test_wrapped_methods_keep_their_name_and_doc() -> None:
    assert Broken.place_order.__name__ == "place_order"
    assert Broken.place_order.__doc__ == "Buy it."


def test_the_real_clients_are_wrapped() -> None:
    from app.providers.esimfly import EsimflyProvider
    from app.providers.octopus import OctopusProvider

    for cls in (EsimflyProvider, OctopusProvider):
        for name in CONTRACT:
            assert getattr(getattr(cls, name), "__counter_errors_only__", False), (cls, name)
