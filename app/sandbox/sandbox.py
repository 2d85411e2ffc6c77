"""The Sandbox: both simulated provider APIs, their state and the knobs tests turn."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any

import httpx

from app.sandbox import usage
from app.sandbox.catalogue import Catalogue
from app.sandbox.clock import Clock
from app.sandbox.config import SandboxConfig
from app.sandbox.control import Control
from app.sandbox.esimfly import EsimflyApi
from app.sandbox.esimfly_cancel import REFUND_METHODS
from app.sandbox.faults import CHAOS_KINDS, PROVIDERS, Fault, FaultBook
from app.sandbox.money import wallet_round
from app.sandbox.octopus import OctopusApi
from app.sandbox.octopus_http import OctopusError
from app.sandbox.state import State
from app.sandbox.transport import SandboxTransport
from app.sandbox.wsgi import SandboxApp

OUTCOMES = ("deliver", "pending", "fail")


def _check_provider(provider: str) -> None:
    if provider not in PROVIDERS:
        raise ValueError(f"provider must be one of {PROVIDERS}, not {provider!r}")


class Sandbox:
    """Thread-safe simulator of the eSIMfly and Octopus Cards reseller APIs.

    Serve it with ``app.sandbox.serve`` or talk to it in-process through
    ``httpx.Client(transport=sandbox.transport(), base_url="http://sandbox")``.
    """

    def __init__(self, config: SandboxConfig | None = None) -> None:
        self.config = config or SandboxConfig()
        self.clock = Clock(self.config.clock_scale)
        self.catalogue = Catalogue.load()
        # Re-entrant: control methods call each other while holding it.
        self.lock = threading.RLock()
        self.state = State(self.config)
        self.faults = FaultBook()
        self.esimfly = EsimflyApi(self)
        self.octopus = OctopusApi(self)
        self.control = Control(self)
        self.wsgi_app = SandboxApp(self)

    def transport(self) -> httpx.BaseTransport:
        return SandboxTransport(self.wsgi_app)

    def force_outcome(self, provider: str, plan_key: str | int, outcome: str | None) -> None:
        """Make every order of one plan deliver, stay pending or fail (None clears)."""
        _check_provider(provider)
        if outcome is not None and outcome not in OUTCOMES:
            raise ValueError(f"outcome must be one of {OUTCOMES} or None")
        key = str(plan_key)
        if provider == "esimfly":
            known = key in self.catalogue.packages_by_code
        else:
            known = key.isdigit() and int(key) in self.catalogue.products_by_id
        if not known:
            raise KeyError(f"no {provider} plan {key!r}")
        with self.lock:
            if outcome is None:
                self.state.forced.pop((provider, key), None)
            else:
                self.state.forced[(provider, key)] = outcome

    def mark_installed(self, iccid: str) -> None:
        """Pretend the customer's phone downloaded the profile with this ICCID."""
        with self.lock:
            self._progress()
            now = self.clock.now()
            esims = [e for o in self.state.esimfly_orders for e in o.esims if e.iccid == iccid]
            sold_by_octopus = any(o.iccid == iccid for o in self.state.octopus_orders)
            if not esims and not sold_by_octopus:
                raise KeyError(f"no delivered eSIM with ICCID {iccid}")
            if any(e.cancel_requested for e in esims):
                raise ValueError(f"the eSIM {iccid} was cancelled; it cannot be installed")
            self.state.installed.setdefault(iccid, now)
            for esim in esims:
                esim.installed_at = esim.installed_at or now

    def notification_emails(self) -> list[dict[str, Any]]:
        """Every accepted Octopus notification-email call, oldest first: ``order_id``,
        the validated ``email`` and ``at`` (issue 17)."""
        with self.lock:
            return [dict(call) for call in self.state.notification_emails]

    def set_refund_method(self, method: str) -> None:
        """How eSIMfly refunds a cancel: "balance" (at once, the default) or
        "refund_request" (confirmed later; see app/sandbox/esimfly_cancel.py)."""
        if method not in REFUND_METHODS:
            raise ValueError(f"refund method must be one of {REFUND_METHODS}")
        with self.lock:
            self.state.esimfly_refund_method = method

    def confirm_refunds(self) -> None:
        """Confirm every open eSIMfly refund request now (balance credited)."""
        with self.lock:
            self.esimfly.cancels.confirm_all()

    # -- issue 17: the traveller's phone (app/sandbox/usage.py) ---------------------------

    def install_esim(self, iccid: str, at: datetime | None = None) -> datetime:
        """The phone downloads the eSIM ``at`` (default now); idempotent, returns the
        first install time."""
        return usage.install_esim(self, iccid, at)

    def use_data(self, iccid: str, mb: int) -> None:
        usage.use_data(self, iccid, mb)

    def use_up(self, iccid: str) -> None:
        usage.use_up(self, iccid)

    def expire_esim(self, iccid: str) -> None:
        usage.expire_esim(self, iccid)

    def set_usage_rate(self, mb_per_hour: int) -> None:
        if mb_per_hour < 0:
            raise ValueError("mb_per_hour must be >= 0")
        with self.lock:
            self.state.usage.mb_per_hour = mb_per_hour

    def cancel_octopus_order(self, order_id: int | str) -> None:
        """Octopus cancels a delivered order (its support did, say, after the owner's
        claim): the order reads CANCELLED and its amount goes back to the wallet."""
        with self.lock:
            try:
                self.octopus.orders.cancel(str(order_id))
            except OctopusError as exc:
                raise KeyError(f"no Octopus order {order_id}") from exc

    def inject(self, fault: Fault) -> None:
        self.faults.inject(fault)

    def clear_faults(self) -> None:
        """Remove injected faults and stop chaos mode."""
        self.faults.clear()

    def chaos(
        self,
        rate: float,
        seed: int,
        kinds: Sequence[str] = CHAOS_KINDS,
        delay_seconds: float = 0.05,
    ) -> None:
        """Random faults on order placement/status calls, reproducible from ``seed``."""
        self.faults.chaos(rate, seed, kinds, delay_seconds)

    def orders(self, provider: str) -> list[dict[str, Any]]:
        """Every order the provider took, oldest first, including failed attempts.

        eSIMfly: the status-poll ``order`` object plus ``requestId`` and ``iccids``.
        Octopus: the detail object plus ``activation_code`` (even once installed),
        ``product_id``, ``variant_id`` and ``variant_amount``.
        """
        _check_provider(provider)
        with self.lock:
            self._progress()
            if provider == "esimfly":
                return self.esimfly.orders.snapshot()
            return self.octopus.orders.snapshot()

    def balance(self, provider: str) -> Decimal:
        """Wallet balance in the wallet's currency (IQD for an IQD eSIMfly wallet)."""
        _check_provider(provider)
        with self.lock:
            if provider == "esimfly":
                return self.state.esimfly_balance
            return self.state.octopus_balance

    def set_balance(self, provider: str, amount: Decimal | int | str) -> None:
        _check_provider(provider)
        value = Decimal(str(amount)) if not isinstance(amount, Decimal) else amount
        with self.lock:
            if provider == "esimfly":
                self.state.esimfly_balance = wallet_round(value, self.state.esimfly_currency)
            else:
                self.state.octopus_balance = value

    def expire_tokens(self) -> None:
        """Expire every Octopus access token (refresh tokens stay valid)."""
        with self.lock:
            self.octopus.auth.expire_access_tokens()

    def reset(self) -> None:
        """Back to the state of a fresh sandbox: orders, balances, tokens, faults, clock."""
        with self.lock:
            self.state = State(self.config)
            self.faults.clear()
            self.clock.set_offset(0.0)

    def _progress(self) -> None:
        self.esimfly.orders.progress()
        self.esimfly.cancels.progress()
        self.octopus.orders.progress()
