"""Both provider clients against the sandbox, served over real HTTP on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import httpx
import pytest

from app.core.secret import Secret
from app.providers.esimfly import EsimflyProvider
from app.providers.http import RetryPolicy, Timeouts
from app.providers.octopus import OctopusProvider
from app.sandbox import DEFAULTS, Sandbox, SandboxConfig, serve

# Short limits keep fault tests quick; no retries, so each fault is seen exactly once.
FAST = Timeouts(connect=2.0, read=0.5, order=0.5)
ONCE = RetryPolicy(attempts=1)


@pytest.fixture
def sandbox_config() -> SandboxConfig:
    return SandboxConfig(clock_scale=0.001, balance=Decimal("1000.00"))


@pytest.fixture
def sandbox(sandbox_config: SandboxConfig) -> Sandbox:
    return Sandbox(sandbox_config)


@pytest.fixture
def server(sandbox: Sandbox) -> Iterator[str]:
    with serve(sandbox, host="127.0.0.1", port=0) as handle:
        yield handle.url


@pytest.fixture
def client() -> Iterator[httpx.Client]:
    with httpx.Client() as http_client:
        yield http_client


def make_esimfly(client: httpx.Client, url: str, secret: str | None = None) -> EsimflyProvider:
    return EsimflyProvider(
        client,
        url,
        Secret(DEFAULTS.esimfly_access_code),
        Secret(secret or DEFAULTS.esimfly_secret_key),
        timeouts=FAST,
        retry=ONCE,
    )


def make_octopus(client: httpx.Client, url: str, key: str | None = None) -> OctopusProvider:
    return OctopusProvider(
        client,
        url,
        Secret(key or DEFAULTS.octopus_api_key),
        Secret(DEFAULTS.octopus_api_secret),
        timeouts=FAST,
        retry=ONCE,
    )


@pytest.fixture
def esimfly(client: httpx.Client, server: str) -> EsimflyProvider:
    return make_esimfly(client, server)


@pytest.fixture
def octopus(client: httpx.Client, server: str) -> OctopusProvider:
    return make_octopus(client, server)
