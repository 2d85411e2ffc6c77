"""The eSIMfly client against the sandbox over real HTTP."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import httpx
import pytest

from app.core import countries
from app.core.errors import (
    AuthenticationError,
    ClockSkewError,
    DuplicateSubmissionError,
    InsufficientBalanceError,
    OrderNotFoundError,
)
from app.core.iccid import check, is_placeholder
from app.core.money import Money
from app.core.orders import OrderStatus, new_reference
from app.core.plans import EsimflyKey, Plan, ProviderId
from app.providers.esimfly import EsimflyProvider
from app.sandbox import Sandbox

from .conftest import make_esimfly

TURKEY = countries.country("TR")


def _cheapest(provider: EsimflyProvider, destination: countries.Destination) -> Plan:
    plans = provider.list_plans(destination)
    assert plans, f"no plans for {destination.name}"
    return min(plans, key=lambda p: p.price.amount)


def test_balance_is_exact_decimal(esimfly: EsimflyProvider) -> None:
    assert esimfly.balance() == Money.of("1000.00", "USD")


def test_destinations_cover_countries_regions_and_global(esimfly: EsimflyProvider) -> None:
    found = esimfly.list_destinations()
    kinds = {d.kind for d in found}
    assert kinds == set(countries.DestinationKind)
    assert sum(d.kind is countries.DestinationKind.COUNTRY for d in found) >= 150
    assert TURKEY in found


def test_plans_are_for_the_destination_only(esimfly: EsimflyProvider) -> None:
    esimfly.list_destinations()
    plans = esimfly.list_plans(TURKEY)
    assert plans
    assert all(p.destination == TURKEY and p.provider is ProviderId.ESIMFLY for p in plans)
    assert all(isinstance(p.price.amount, Decimal) for p in plans)
    assert len({p.id for p in plans}) == len(plans)


def test_order_delivered(esimfly: EsimflyProvider, sandbox: Sandbox) -> None:
    plan = _cheapest(esimfly, TURKEY)
    reference = new_reference()
    result = esimfly.place_order(plan, reference)
    assert result.status is OrderStatus.DELIVERED
    (esim,) = result.esims
    assert esim.activation is not None and esim.activation.text.startswith("LPA:1$")
    assert check(esim.iccid or "") == []
    assert result.charged == plan.price
    assert result.balance_after == Money.of("1000.00", "USD") - plan.price
    assert esimfly.balance() == result.balance_after
    (taken,) = sandbox.orders("esimfly")
    assert esimfly.fetch_order(result.order_id).esims[0].activation == esim.activation
    assert taken  # the sandbox holds exactly this one order


def test_several_esims_in_one_order(esimfly: EsimflyProvider) -> None:
    plan = _cheapest(esimfly, TURKEY)
    result = esimfly.place_order(plan, new_reference(), quantity=3)
    assert result.status is OrderStatus.DELIVERED
    assert len(result.esims) == 3
    assert len({e.iccid for e in result.esims}) == 3
    assert result.charged == Money(plan.price.amount * 3, plan.price.currency)


def test_pending_then_delivered(esimfly: EsimflyProvider, sandbox: Sandbox) -> None:
    plan = _cheapest(esimfly, TURKEY)
    assert isinstance(plan.key, EsimflyKey)
    sandbox.force_outcome("esimfly", plan.key.package_code, "pending")
    result = esimfly.place_order(plan, new_reference())
    assert result.status is OrderStatus.PENDING
    assert all(e.activation is None and is_placeholder(e.iccid) for e in result.esims)
    assert esimfly.fetch_order(result.order_id).status is OrderStatus.PENDING
    sandbox.clock.advance(sandbox.config.pending_after_seconds + 1)
    polled = esimfly.fetch_order(result.order_id)
    assert polled.status is OrderStatus.DELIVERED
    assert polled.esims[0].activation is not None
    assert not is_placeholder(polled.esims[0].iccid)


def test_insufficient_balance_says_how_much_is_missing(
    esimfly: EsimflyProvider, sandbox: Sandbox
) -> None:
    plan = _cheapest(esimfly, TURKEY)
    sandbox.set_balance("esimfly", Decimal("0.30"))
    with pytest.raises(InsufficientBalanceError) as caught:
        esimfly.place_order(plan, new_reference())
    assert caught.value.missing == Money(plan.price.amount - Decimal("0.30"), "USD")
    assert sandbox.orders("esimfly") == []


def test_wrong_secret_is_an_authentication_error(client: httpx.Client, server: str) -> None:
    provider = make_esimfly(client, server, secret="sk_not_the_secret")
    with pytest.raises(AuthenticationError) as caught:
        provider.balance()
    assert "secret key" in caught.value.message
    assert "sk_not_the_secret" not in repr(caught.value) + str(caught.value)


def test_reused_request_id_never_buys_twice(esimfly: EsimflyProvider, sandbox: Sandbox) -> None:
    plan = _cheapest(esimfly, TURKEY)
    reference = new_reference()
    esimfly.place_order(plan, reference)
    with pytest.raises(DuplicateSubmissionError):
        esimfly.place_order(plan, reference)
    assert len(sandbox.orders("esimfly")) == 1


def test_stale_timestamp_tells_how_far_the_clock_is_off(
    esimfly: EsimflyProvider, sandbox: Sandbox
) -> None:
    sandbox.clock.advance(600)  # the server is ten minutes ahead of this computer
    with pytest.raises(ClockSkewError) as caught:
        esimfly.balance()
    assert caught.value.offset_seconds is not None
    assert caught.value.offset_seconds == pytest.approx(-600, abs=5)
    assert "10 minutes behind" in caught.value.message


def test_lost_answer_is_found_again(esimfly: EsimflyProvider, sandbox: Sandbox) -> None:
    from app.core.errors import OutcomeUnknownError
    from app.sandbox import Fault

    plan = _cheapest(esimfly, TURKEY)
    other = esimfly.place_order(plan, new_reference())  # an earlier sale of the same plan
    sandbox.inject(Fault(kind="reset", provider="esimfly", method="POST", when="after"))
    reference = new_reference()
    placed_at = datetime.now(UTC)
    with pytest.raises(OutcomeUnknownError):
        esimfly.place_order(plan, reference)
    assert len(sandbox.orders("esimfly")) == 2
    found = esimfly.find_order(reference, plan=plan, placed_at=placed_at, exclude={other.order_id})
    assert found is not None and found.order_id != other.order_id
    assert found.status is OrderStatus.DELIVERED
    assert found.esims[0].activation is not None
    # Resending under the same reference is refused rather than sold again.
    with pytest.raises(DuplicateSubmissionError):
        esimfly.place_order(plan, reference)
    assert len(sandbox.orders("esimfly")) == 2


def test_unknown_order_reference(esimfly: EsimflyProvider) -> None:
    with pytest.raises(OrderNotFoundError):
        esimfly.fetch_order("order_0000000000000_zzzzz")


def test_iqd_wallet_prices_and_charges_in_whole_dinars(client: httpx.Client) -> None:
    from app.sandbox import SandboxConfig, serve

    sandbox = Sandbox(SandboxConfig(clock_scale=0.001, esimfly_currency="IQD"))
    with serve(sandbox) as handle:
        provider = make_esimfly(client, handle.url)
        balance = provider.balance()
        assert balance == Money.of(1_310_000, "IQD")
        assert balance.format() == "IQD\u00a01,310,000"
        plan = _cheapest(provider, TURKEY)
        assert plan.price.currency == "IQD"
        assert plan.price.amount == plan.price.amount.to_integral_value()
        result = provider.place_order(plan, new_reference())
        assert result.charged == plan.price
        assert result.balance_after == balance - plan.price
