"""The Octopus Cards client against the sandbox over real HTTP."""

from __future__ import annotations

from decimal import Decimal

import httpx
import pytest

from app.core import countries
from app.core.errors import AuthenticationError, InsufficientBalanceError, OutcomeUnknownError
from app.core.iccid import check
from app.core.money import Money
from app.core.orders import OrderStatus, new_reference
from app.core.plans import OctopusKey, Plan, ProviderId
from app.providers.octopus import OctopusProvider
from app.sandbox import Fault, Sandbox, SandboxConfig

from .conftest import make_octopus

JAPAN = countries.country("JP")
GERMANY = countries.country("DE")  # no slow plans: orders deliver inline


def _cheapest(provider: OctopusProvider, destination: countries.Destination) -> Plan:
    plans = provider.list_plans(destination)
    assert plans, f"no plans for {destination.name}"
    return min(plans, key=lambda p: p.price.amount)


def test_balance(octopus: OctopusProvider) -> None:
    assert octopus.balance() == Money.of("1000.00", "USD")


def test_destinations_use_alpha3_and_bundles(octopus: OctopusProvider) -> None:
    found = octopus.list_destinations()
    assert JAPAN in found
    assert countries.GLOBAL in found
    assert any(d.kind is countries.DestinationKind.REGION for d in found)
    assert sum(d.kind is countries.DestinationKind.COUNTRY for d in found) >= 150


def test_plans_echo_the_variant_amount_exactly(octopus: OctopusProvider) -> None:
    plans = octopus.list_plans(JAPAN)
    assert plans and all(p.provider is ProviderId.OCTOPUS for p in plans)
    for plan in plans:
        assert isinstance(plan.key, OctopusKey)
        assert plan.key.amount == plan.price.amount
        assert isinstance(plan.key.amount, Decimal)


def test_order_delivered(octopus: OctopusProvider, sandbox: Sandbox) -> None:
    plan = _cheapest(octopus, GERMANY)
    reference = new_reference()
    result = octopus.place_order(plan, reference)
    assert result.status is OrderStatus.DELIVERED
    assert result.client_reference == reference
    (esim,) = result.esims
    assert esim.activation is not None
    assert check(esim.iccid or "") == []
    (taken,) = sandbox.orders("octopus")
    assert taken


def test_pending_then_delivered(octopus: OctopusProvider, sandbox: Sandbox) -> None:
    plan = _cheapest(octopus, GERMANY)
    assert isinstance(plan.key, OctopusKey)
    sandbox.force_outcome("octopus", plan.key.product_id, "pending")
    result = octopus.place_order(plan, new_reference())
    assert result.status is OrderStatus.PENDING
    assert result.esims == () or result.esims[0].activation is None
    sandbox.clock.advance(sandbox.config.pending_after_seconds + 1)
    polled = octopus.fetch_order(result.order_id)
    assert polled.status is OrderStatus.DELIVERED
    assert polled.esims[0].activation is not None


def test_failed_order_is_refunded(octopus: OctopusProvider, sandbox: Sandbox) -> None:
    plan = _cheapest(octopus, GERMANY)
    assert isinstance(plan.key, OctopusKey)
    sandbox.force_outcome("octopus", plan.key.product_id, "fail")
    result = octopus.place_order(plan, new_reference())
    assert result.status is OrderStatus.FAILED
    assert result.failure_reason
    assert octopus.balance() == Money.of("1000.00", "USD")


def test_activation_code_is_gone_once_installed(octopus: OctopusProvider, sandbox: Sandbox) -> None:
    plan = _cheapest(octopus, GERMANY)
    result = octopus.place_order(plan, new_reference())
    iccid = result.esims[0].iccid
    sandbox.mark_installed(iccid)
    later = octopus.fetch_order(result.order_id)
    assert later.status is OrderStatus.DELIVERED
    assert all(e.activation is None for e in later.esims)


@pytest.mark.parametrize("style", ["failed", "bad_request"])
def test_insufficient_balance_either_way(client: httpx.Client, style: str) -> None:
    from app.sandbox import serve

    sandbox = Sandbox(SandboxConfig(clock_scale=0.001, octopus_insufficient_style=style))
    with serve(sandbox) as handle:
        provider = make_octopus(client, handle.url)
        plan = _cheapest(provider, GERMANY)
        sandbox.set_balance("octopus", Decimal("1.00"))
        with pytest.raises(InsufficientBalanceError) as caught:
            provider.place_order(plan, new_reference())
        missing = caught.value.missing
        assert missing is not None and missing.currency == "USD"
        assert missing.amount > 0
        assert provider.balance() == Money.of("1.00", "USD")


def test_wrong_key_is_an_authentication_error(client: httpx.Client, server: str) -> None:
    provider = make_octopus(client, server, key="oc_wrong_key")
    with pytest.raises(AuthenticationError) as caught:
        provider.balance()
    assert "oc_wrong_key" not in repr(caught.value) + str(caught.value)


def test_expired_access_token_is_refreshed_transparently(
    octopus: OctopusProvider, sandbox: Sandbox
) -> None:
    octopus.balance()
    sandbox.expire_tokens()
    assert octopus.balance() == Money.of("1000.00", "USD")
    sandbox.clock.advance(2 * 3600)  # past the access token's hour, within the refresh week
    assert octopus.balance() == Money.of("1000.00", "USD")


def test_lost_answer_is_found_by_reference(octopus: OctopusProvider, sandbox: Sandbox) -> None:
    plan = _cheapest(octopus, GERMANY)
    sandbox.inject(Fault(kind="http_502", provider="octopus", method="POST", when="after"))
    reference = new_reference()
    with pytest.raises(OutcomeUnknownError):
        octopus.place_order(plan, reference)
    found = octopus.find_order(reference)
    assert found is not None and found.client_reference == reference
    assert found.status is OrderStatus.DELIVERED and found.esims[0].activation is not None
    # A resend with the same reference returns the same order instead of buying again.
    again = octopus.place_order(plan, reference)
    assert again.order_id == found.order_id
    assert len(sandbox.orders("octopus")) == 1
