"""All mutable sandbox state, in one object so that ``Sandbox.reset()`` is a rebuild.

Callers hold ``Sandbox.lock`` while touching it.
"""

from __future__ import annotations

import itertools
import random
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from app.sandbox.catalogue import EsimflyPackage, OctopusProduct, OctopusVariant
from app.sandbox.config import SandboxConfig
from app.sandbox.money import in_wallet_currency
from app.sandbox.ratelimit import FixedWindow, SlidingWindow
from app.sandbox.usage import UsageBook

OCTOPUS_CLIENT_ID = 42
OCTOPUS_WALLET_ID = 101
OCTOPUS_USD_CURRENCY_ID = 1


@dataclass
class EsimflyEsim:
    id: int
    iccid: str | None  # None while provisioning (the create answer shows a PENDING_ id)
    placeholder: str  # the PENDING_… id handed out while provisioning
    lpa: str | None = None
    installed_at: datetime | None = None
    # Cancel (esimfly-newer/api-cancel-esim.md): when it was cancelled (for a refund
    # request: when the request was confirmed), what went back to the balance, and for an
    # open refund request when it is confirmed.
    cancelled_at: datetime | None = None
    refunded: Decimal | None = None
    refund_due_at: datetime | None = None
    # Top-ups (app/sandbox/esimfly_topup.py): GB and days added to the package's.
    topup_gb: int = 0
    topup_days: int = 0

    @property
    def cancel_requested(self) -> bool:
        return self.cancelled_at is not None or self.refund_due_at is not None

    @property
    def pending(self) -> bool:
        return self.iccid is None


@dataclass
class EsimflyOrder:
    id: int
    reference: str
    package: EsimflyPackage
    quantity: int
    amount: Decimal
    profit: Decimal
    currency: str
    status: str  # completed | pending_details | failed
    created_at: datetime
    ready_at: datetime
    request_id: str
    processing_ms: int
    esims: list[EsimflyEsim] = field(default_factory=list)
    # A top-up (no eSIMs of its own): the ICCID of the eSIM it added to.
    topup_iccid: str | None = None


@dataclass
class OctopusOrder:
    id: int
    client_reference: str | None
    product: OctopusProduct
    variant: OctopusVariant
    amount: Decimal  # what left the wallet, after the client discount
    status: str  # PENDING | DELIVERED | FAILED | CANCELLED
    created_at: datetime
    ready_at: datetime
    transaction_id: int
    iccid: str | None = None
    activation_code: str | None = None
    installed_at: datetime | None = None
    failure_code: str | None = None
    failure_reason: str | None = None
    is_user_fixable: bool | None = None
    notification_email: str | None = None


@dataclass
class WalletTransaction:
    id: int
    amount: Decimal
    transaction_type: str  # DEBIT | CREDIT
    remarks: str
    created_at: datetime


class State:
    def __init__(self, config: SandboxConfig) -> None:
        self.rng = random.Random(config.seed)
        self.esimfly_currency: str = config.esimfly_currency
        self.esimfly_balance = in_wallet_currency(config.balance, config.esimfly_currency)
        self.octopus_balance: Decimal = config.balance
        self.esimfly_orders: list[EsimflyOrder] = []
        self.octopus_orders: list[OctopusOrder] = []
        self.octopus_transactions: list[WalletTransaction] = []
        # (provider, plan key) -> "deliver" | "pending" | "fail"
        self.forced: dict[tuple[str, str], str] = {}
        # How a cancel is refunded: "balance" (at once) or "refund_request" (confirmed
        # refund_confirm_seconds later on the sandbox clock, or by confirm_refunds()).
        self.esimfly_refund_method = "balance"
        self.refund_confirm_seconds = 300.0
        # ICCID -> moment the customer's device downloaded the profile
        self.installed: dict[str, datetime] = {}
        # Accepted Octopus notification-email calls: {"order_id", "email", "at"}.
        self.notification_emails: list[dict[str, str]] = []
        self.seen_request_ids: dict[str, float] = {}
        self.esimfly_limiter = FixedWindow(config.esimfly_rate_limit)
        self.octopus_limiters = {
            name: SlidingWindow(limit) for name, limit in config.octopus_rate_limits.items()
        }
        self.access_tokens: dict[str, float] = {}  # token -> simulated expiry (epoch s)
        self.refresh_tokens: dict[str, float] = {}
        self._ids = {
            "esimfly_order": itertools.count(12345),
            "esimfly_esim": itertools.count(2503),
            "octopus_order": itertools.count(9302481),
            "octopus_transaction": itertools.count(7402011),
        }
        # Issue 17: data use once installed, and what tests changed (app/sandbox/usage.py).
        self.usage = UsageBook()

    def next_id(self, kind: str) -> int:
        return next(self._ids[kind])

    def forget_old_request_ids(self, now: float, ttl: float = 24 * 3600) -> None:
        if len(self.seen_request_ids) > 256:  # amortised: prune only once it grows
            for key in [k for k, seen in self.seen_request_ids.items() if seen <= now - ttl]:
                del self.seen_request_ids[key]
