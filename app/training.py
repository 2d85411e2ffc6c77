"""Training mode: the sandbox runs in-process, both providers sell simulated eSIMs.

No network, no credentials. The sandbox's 60 s inline deadline is shortened (a clerk in
training should not wait a minute) and pending orders deliver after half a minute.
"""

from __future__ import annotations

from dataclasses import dataclass

import httpx

from app.core.plans import ProviderId
from app.core.secret import Secret
from app.providers.base import Provider
from app.providers.esimfly import EsimflyProvider
from app.providers.http import Timeouts
from app.providers.octopus import OctopusProvider
from app.sandbox import Sandbox, SandboxConfig

# The in-process transport never leaves the machine; the host name is never resolved.
BASE_URL = "http://training.sandbox"
TRAINING_CONFIG = SandboxConfig(clock_scale=0.1, pending_after_seconds=30)


@dataclass
class TrainingSetup:
    sandbox: Sandbox
    client: httpx.Client
    providers: dict[ProviderId, Provider]

    def close(self) -> None:
        self.client.close()


def training_setup(
    config: SandboxConfig = TRAINING_CONFIG, timeouts: Timeouts | None = None
) -> TrainingSetup:
    sandbox = Sandbox(config)
    client = httpx.Client(transport=sandbox.transport())
    providers: dict[ProviderId, Provider] = {
        ProviderId.ESIMFLY: EsimflyProvider(
            client,
            BASE_URL,
            Secret(config.esimfly_access_code),
            Secret(config.esimfly_secret_key),
            timeouts=timeouts,
        ),
        ProviderId.OCTOPUS: OctopusProvider(
            client,
            BASE_URL,
            Secret(config.octopus_api_key),
            Secret(config.octopus_api_secret),
            timeouts=timeouts,
        ),
    }
    return TrainingSetup(sandbox, client, providers)
