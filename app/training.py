"""Training mode: the sandbox runs in-process, both providers sell simulated eSIMs.

No network, no credentials. The sandbox's 60 s inline deadline is shortened (a clerk in
training should not wait a minute) and pending orders deliver after half a minute.

Every session draws its own random seed: with the sandbox's fixed default, each session's
first eSIM had the same ICCID, so one training journal held the same eSIM many times.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, replace

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
# A trainee's eSIM installs itself 20 s after delivery, so the display turns "Installed ✓".
TRAINING_CONFIG = SandboxConfig(clock_scale=0.1, pending_after_seconds=30, auto_install_seconds=20)


@dataclass
class TrainingSetup:
    sandbox: Sandbox
    client: httpx.Client
    providers: dict[ProviderId, Provider]

    def close(self) -> None:
        self.client.close()


def training_setup(
    config: SandboxConfig = TRAINING_CONFIG,
    timeouts: Timeouts | None = None,
    *,
    seed: int | None = None,
) -> TrainingSetup:
    """The sandbox and both providers over it. ``seed`` makes a session reproducible
    (tests); without one each session gets a fresh 64-bit seed, so its ICCIDs are not
    another session's (two sessions share one only with odds of about 1 in 10^9 an eSIM)."""
    config = replace(config, seed=secrets.randbits(64) if seed is None else seed)
    sandbox = Sandbox(config)
    client = httpx.Client(transport=sandbox.transport())
    # The providers keep the sandbox's time (real time unless a test moves it): a test
    # may let days pass for an eSIM's data use (issue 17) without a clock-skew refusal.
    providers: dict[ProviderId, Provider] = {
        ProviderId.ESIMFLY: EsimflyProvider(
            client,
            BASE_URL,
            Secret(config.esimfly_access_code),
            Secret(config.esimfly_secret_key),
            timeouts=timeouts,
            clock=sandbox.clock.time,
        ),
        ProviderId.OCTOPUS: OctopusProvider(
            client,
            BASE_URL,
            Secret(config.octopus_api_key),
            Secret(config.octopus_api_secret),
            timeouts=timeouts,
            clock=sandbox.clock.time,
        ),
    }
    return TrainingSetup(sandbox, client, providers)
