"""Every way an answer can go wrong gives the clerk the right typed error, for both clients.

On a read, the fault itself is the error. On an order, the request may have been taken,
so any lost answer is OutcomeUnknown with the fault as its cause.
"""

from __future__ import annotations

import httpx
import pytest

from app.core import countries
from app.core.errors import (
    CounterError,
    InvalidResponseError,
    OutcomeUnknownError,
    ProviderTimeoutError,
    ProviderUnavailableError,
)
from app.core.orders import new_reference
from app.providers.base import Provider
from app.sandbox import Fault, Sandbox

from .conftest import make_esimfly, make_octopus

FAULTS = [
    ("http_500", ProviderUnavailableError),
    ("http_503", ProviderUnavailableError),
    ("reset", ProviderUnavailableError),
    ("truncated", ProviderUnavailableError),
    ("not_json", InvalidResponseError),
    ("delay", ProviderTimeoutError),
]
# Longer than the FAST read timeout (0.5 s), short enough to keep the suite quick.
DELAY = 1.0
PROVIDERS = {"esimfly": make_esimfly, "octopus": make_octopus}


@pytest.fixture(params=sorted(PROVIDERS))
def provider(request: pytest.FixtureRequest, client: httpx.Client, server: str) -> Provider:
    made = PROVIDERS[request.param](client, server)
    made.balance()  # log in first, so the fault hits the call under test
    return made


def _name(provider: Provider) -> str:
    return provider.id.value


@pytest.mark.parametrize(("kind", "expected"), FAULTS)
def test_read_faults(provider: Provider, sandbox: Sandbox, kind: str, expected: type) -> None:
    sandbox.inject(Fault(kind=kind, provider=_name(provider), method="GET", seconds=DELAY))
    with pytest.raises(expected) as caught:
        provider.balance()
    assert not isinstance(caught.value, OutcomeUnknownError)
    assert type(caught.value) is expected or kind in ("reset", "truncated")


@pytest.mark.parametrize(("kind", "expected"), FAULTS)
@pytest.mark.parametrize("when", ["before", "after"])
def test_order_faults_are_outcome_unknown(
    provider: Provider, sandbox: Sandbox, kind: str, expected: type, when: str
) -> None:
    destination = countries.country("FR")
    plan = min(provider.list_plans(destination), key=lambda p: p.price.amount)
    sandbox.inject(
        Fault(kind=kind, provider=_name(provider), method="POST", when=when, seconds=DELAY)
    )
    with pytest.raises(OutcomeUnknownError) as caught:
        provider.place_order(plan, new_reference())
    assert isinstance(caught.value.cause, expected)
    if kind != "delay":  # a slow provider may still take the order after we gave up
        assert len(sandbox.orders(_name(provider))) == (1 if when == "after" else 0)


def test_nothing_but_counter_errors_escape(provider: Provider, sandbox: Sandbox) -> None:
    for kind, _ in FAULTS:
        sandbox.inject(Fault(kind=kind, provider=_name(provider), seconds=DELAY))
        with pytest.raises(CounterError):
            provider.balance()
