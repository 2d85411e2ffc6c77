from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from app.sandbox import Sandbox, SandboxConfig, ServerHandle, serve
from tests.sandbox.helpers import Esimfly, Octopus

# Waits cost a thousandth of their simulated length: the 60 s Octopus deadline is 60 ms.
TEST_SCALE = 0.001


@pytest.fixture
def config() -> SandboxConfig:
    return SandboxConfig(clock_scale=TEST_SCALE)


@pytest.fixture
def sandbox(config: SandboxConfig) -> Sandbox:
    return Sandbox(config)


@pytest.fixture
def client(sandbox: Sandbox) -> Iterator[httpx.Client]:
    with httpx.Client(
        transport=sandbox.transport(), base_url="http://sandbox.test", timeout=5.0
    ) as client:
        yield client


@pytest.fixture
def server(sandbox: Sandbox) -> Iterator[ServerHandle]:
    with serve(sandbox) as handle:
        yield handle


@pytest.fixture
def http(server: ServerHandle) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, timeout=5.0) as client:
        yield client


@pytest.fixture
def esimfly(client: httpx.Client, sandbox: Sandbox) -> Esimfly:
    return Esimfly(client, sandbox.clock.time_ms)


@pytest.fixture
def octopus(client: httpx.Client) -> Octopus:
    api = Octopus(client)
    assert api.login().status_code == 200
    return api
