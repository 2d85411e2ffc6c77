"""Plans and orders for the journal tests: both providers, every kind of destination."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from app.core.activation import ActivationCode
from app.core.countries import GLOBAL, country, region
from app.core.money import Money
from app.core.orders import Esim, Order, OrderStatus
from app.core.payment import Method, Payment, Tender
from app.core.plans import EsimflyKey, OctopusKey, Plan, ProviderId
from app.core.quote import Quote

TURKEY = country("TR")
JAPAN = country("JP")
EUROPE = region("Europe")
ICCID = "8944500102030405067"
ICCID_2 = "8944500102030405075"
LPA = "LPA:1$smdp.example.com$K2-1A2B3C-4D5E6F"
LPA_2 = "LPA:1$rsp.octopus.example$MATCH-0002$$1"


def esimfly_plan(**overrides: Any) -> Plan:
    fields: dict[str, Any] = {
        "provider": ProviderId.ESIMFLY,
        "key": EsimflyKey("merhaba-7days-1gb"),
        "destination": TURKEY,
        "name": "Turkey 1GB 7Days",
        "data_gb": Decimal(1),
        "validity_days": 7,
        "price": Money.of("2.72", "USD"),
    }
    fields.update(overrides)
    return Plan(**fields)


def octopus_plan(**overrides: Any) -> Plan:
    fields: dict[str, Any] = {
        "provider": ProviderId.OCTOPUS,
        "key": OctopusKey(712, Decimal("4.50"), variant_id=5511),
        "destination": JAPAN,
        "name": "Japan 1 GB / 7 days",
        "data_gb": Decimal("1.5"),
        "validity_days": 7,
        "price": Money.of(Decimal("4.50"), "USD"),
        "description": "Data only; hotspot allowed.",
        "slow": True,
    }
    fields.update(overrides)
    return Plan(**fields)


def order(plan: Plan | None = None, **overrides: Any) -> Order:
    fields: dict[str, Any] = {"plan": plan or esimfly_plan()}
    fields.update(overrides)
    return Order(**fields)


def delivered(base: Order, *esims: Esim, order_id: str = "ORD-1", charged: str = "2.72") -> Order:
    """``base`` as the provider reports it delivered, on a copy so the test keeps both."""
    done = order(
        base.plan,
        reference=base.reference,
        quantity=base.quantity,
        created_at=base.created_at,
        training=base.training,
        clerk=base.clerk,
    )
    done.advance(OrderStatus.DELIVERED)
    done.provider_order_id = order_id
    done.charged = Money.of(charged, base.plan.price.currency)
    done.esims = esims or (Esim(ICCID, ActivationCode.parse(LPA)),)
    return done


def at(day: int, hour: int = 12) -> datetime:
    return datetime(2025, 3, day, hour, tzinfo=UTC)


@contextmanager
def raw_db(path: Path) -> Iterator[sqlite3.Connection]:
    """A plain second connection to the journal file (autocommit), as another process has."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        yield conn
    finally:
        conn.close()


__all__ = ["EUROPE", "GLOBAL", "JAPAN", "TURKEY"]


def quote(
    gross: str = "5.99",
    *,
    quantity: int = 1,
    currency: str = "USD",
    cost: str = "2.72",
    rate: Decimal | None = None,
) -> Quote:
    """A VAT-inclusive quote at 15 %: net and tax split the gross exactly."""
    total = Decimal(gross) * quantity
    net = (total / Decimal("1.15")).quantize(Decimal("0.01"))
    return Quote(
        cost=Money.of(cost, "USD"),
        quantity=quantity,
        unit_gross=Money.of(gross, currency),
        gross=Money.of(total, currency),
        net=Money.of(net, currency),
        tax=Money.of(total - net, currency),
        tax_rate=Decimal("15"),
        cost_in_sale=Money.of(Decimal(cost) * quantity * (rate or 1), currency),
        rate=rate,
        rule="plan",
    )


def cash(amount: str = "5.99", tendered: str = "10.00", currency: str = "USD") -> Payment:
    return Payment.single(Method.CASH, Money.of(amount, currency), Money.of(tendered, currency))


def split(card: str, cash_part: str, tendered: str, currency: str = "USD") -> Payment:
    return Payment(
        (
            Tender(Method.CARD, Money.of(card, currency)),
            Tender(Method.CASH, Money.of(cash_part, currency)),
        ),
        Money.of(tendered, currency),
    )


def paid(plan: Plan | None = None, payment: Payment | None = None, **overrides: Any) -> Order:
    """A sale with its quote and a cash payment, as the counter journals it."""
    fields: dict[str, Any] = {"quote": quote(), "payment": payment or cash()}
    fields.update(overrides)
    return order(plan, **fields)
