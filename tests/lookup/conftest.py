"""A sandbox and the two real provider clients over it, on the sandbox's clock (the
tests advance it by days; the clients stamp their requests with it, as a counter whose
clock agrees with the provider's does)."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from app.core import countries
from app.core.orders import OrderResult, new_reference
from app.core.plans import Plan
from app.core.secret import Secret
from app.providers.esimfly import EsimflyProvider
from app.providers.http import RetryPolicy
from app.providers.octopus import OctopusProvider
from app.sandbox import DEFAULTS, Sandbox, SandboxConfig


@pytest.fixture
def sandbox() -> Sandbox:
    return Sandbox(SandboxConfig(clock_scale=0.001))


@pytest.fixture
def client(sandbox: Sandbox) -> Iterator[httpx.Client]:
    with httpx.Client(transport=sandbox.transport()) as client:
        yield client


@pytest.fixture
def fly(client: httpx.Client, sandbox: Sandbox) -> EsimflyProvider:
    return EsimflyProvider(
        client,
        "http://sandbox.test",
        Secret(DEFAULTS.esimfly_access_code),
        Secret(DEFAULTS.esimfly_secret_key),
        retry=RetryPolicy(attempts=1),
        clock=sandbox.clock.time,
    )


@pytest.fixture
def octo(client: httpx.Client, sandbox: Sandbox) -> OctopusProvider:
    return OctopusProvider(
        client,
        "http://sandbox.test",
        Secret(DEFAULTS.octopus_api_key),
        Secret(DEFAULTS.octopus_api_secret),
        retry=RetryPolicy(attempts=1),
        clock=sandbox.clock.time,
    )


def turkey_1gb(fly: EsimflyProvider) -> Plan:
    turkey = countries.country("TR")
    assert turkey is not None
    return next(p for p in fly.list_plans(turkey) if p.key.package_code == "TR1GB7D")  # type: ignore[union-attr]


def sell(provider: EsimflyProvider | OctopusProvider, plan: Plan) -> tuple[OrderResult, str]:
    result = provider.place_order(plan, new_reference())
    iccid = result.esims[0].iccid
    assert iccid is not None
    return result, iccid


def octopus_plan(octo: OctopusProvider, sandbox: Sandbox) -> Plan:
    """A plan of a product the sandbox delivers at once."""
    product = next(p for p in sandbox.catalogue.octopus_products if not p.slow)
    destination = countries.from_code(product.country_code, product.name)
    assert destination is not None
    return next(p for p in octo.list_plans(destination) if p.key.product_id == product.id)  # type: ignore[union-attr]
