"""Sandbox configuration and the default credentials the training room hands out."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from types import MappingProxyType
from typing import Literal

#: Fixed conversion rate for an IQD eSIMfly wallet. The real API converts at a live
#: rate; a fixed one keeps training-room receipts and test expectations reproducible.
IQD_PER_USD = Decimal(1310)

#: Octopus rate limits per rolling minute, sandbox column of the digest (§10).
OCTOPUS_SANDBOX_RATE_LIMITS: Mapping[str, int] = MappingProxyType(
    {"login": 30, "refresh": 30, "get": 600, "orders": 120, "charges": 300}
)


@dataclass(frozen=True)
class SandboxDefaults:
    esimfly_access_code: str = "esf_sandbox_access"
    esimfly_secret_key: str = "sk_sandbox_secret"
    octopus_api_key: str = "oc_sandbox_key"
    octopus_api_secret: str = "oc_sandbox_secret"
    balance: Decimal = Decimal("1000.00")
    esimfly_currency: str = "USD"


DEFAULTS = SandboxDefaults()


@dataclass(frozen=True)
class SandboxConfig:
    """Everything a sandbox instance is started with.

    ``balance`` is in USD for both providers; an IQD eSIMfly wallet starts at
    ``balance * IQD_PER_USD`` whole dinars.

    ``clock_scale`` is the number of *real* seconds spent per *simulated* second of
    waiting (``Clock.sleep``): 1.0 waits for real, 0.001 turns the 60 s Octopus inline
    deadline into 60 ms. It deliberately does not make the simulated clock run faster,
    see ``app.sandbox.clock``.

    ``octopus_insufficient_style``: the Octopus docs leave the insufficient-balance
    answer open, so both readings are available: ``"failed"`` answers 200 with an order
    in status FAILED (failure_code INSUFFICIENT_BALANCE), ``"bad_request"`` answers
    HTTP 400 with the BAD_REQUEST envelope.

    ``pending_after_seconds`` is the simulated fulfilment time of slow/pending orders,
    counted from order creation on the sandbox clock.
    """

    esimfly_access_code: str = DEFAULTS.esimfly_access_code
    esimfly_secret_key: str = DEFAULTS.esimfly_secret_key
    esimfly_currency: Literal["USD", "IQD"] = "USD"
    octopus_api_key: str = DEFAULTS.octopus_api_key
    octopus_api_secret: str = DEFAULTS.octopus_api_secret
    balance: Decimal = DEFAULTS.balance
    clock_scale: float = 1.0
    esimfly_rate_limit: int = 1000
    octopus_rate_limits: Mapping[str, int] = field(
        default_factory=lambda: dict(OCTOPUS_SANDBOX_RATE_LIMITS)
    )
    octopus_insufficient_style: Literal["failed", "bad_request"] = "failed"
    pending_after_seconds: float = 90.0
    seed: int = 0
    #: Issue 17: delivered eSIMs install themselves this long (sandbox seconds) after
    #: delivery; None (the default) leaves it to the test (see app/sandbox/installs.py).
    auto_install_seconds: float | None = None

    def __post_init__(self) -> None:
        if self.esimfly_currency not in ("USD", "IQD"):
            raise ValueError("esimfly_currency must be 'USD' or 'IQD'")
        if self.octopus_insufficient_style not in ("failed", "bad_request"):
            raise ValueError("octopus_insufficient_style must be 'failed' or 'bad_request'")
        if self.clock_scale < 0:
            raise ValueError("clock_scale must be >= 0")
        if self.pending_after_seconds < 0:
            raise ValueError("pending_after_seconds must be >= 0")
        if self.auto_install_seconds is not None and self.auto_install_seconds < 0:
            raise ValueError("auto_install_seconds must be >= 0 or None")
        if not isinstance(self.balance, Decimal):
            # Accepting floats here would smuggle binary rounding into every amount.
            object.__setattr__(self, "balance", Decimal(str(self.balance)))
        missing = set(OCTOPUS_SANDBOX_RATE_LIMITS) - set(self.octopus_rate_limits)
        if missing:
            raise ValueError(f"octopus_rate_limits lacks {sorted(missing)}")
