"""Realistic journals of any size, for benchmarks and for trying the history screen.

``populate(journal, 100_000)`` fills a journal with a year of sales across both providers
in a few seconds: the rows go through the same codec as real sales (so they are exactly
what the counter would have written) and are inserted with ``executemany`` in one
transaction.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from app.core.activation import ActivationCode
from app.core.countries import GLOBAL, Destination, country, region
from app.core.money import Money
from app.core.orders import Esim, Order, OrderStatus
from app.core.plans import EsimflyKey, OctopusKey, Plan, ProviderId
from app.journal.journal import Journal

# Alpha-2 codes of the destinations most sold at a travel counter.
_COUNTRIES = (
    *("TR", "JP", "US", "GB", "FR", "DE", "IT", "ES", "TH", "AE", "EG", "MA", "MX"),
    *("BR", "AU", "VN", "ID", "KR", "GR", "PT", "CH", "NL", "IQ", "SA", "IN"),
)
_REGIONS = ("Europe", "Asia", "Middle East", "Latin America")
_SIZES: tuple[Decimal | None, ...] = (
    Decimal(1),
    Decimal(3),
    Decimal(5),
    Decimal(10),
    Decimal(20),
    None,
)
_DAYS = (7, 15, 30)
# Mostly delivered, as at a real counter; a few of everything else.
_STATUSES = (
    [OrderStatus.DELIVERED] * 90
    + [OrderStatus.FAILED] * 5
    + [OrderStatus.PENDING] * 2
    + [OrderStatus.UNKNOWN, OrderStatus.CANCELLED, OrderStatus.SUBMITTING]
)
_CLERKS = ("ana", "bilal", "chen", "dara", "")
_BATCH = 10_000


@dataclass(frozen=True, slots=True)
class Populated:
    """What was written, with a few values worth searching for."""

    count: int
    first: datetime
    last: datetime
    iccids: tuple[str, ...]
    order_ids: tuple[str, ...]
    references: tuple[str, ...]


def _destinations() -> list[Destination]:
    found = [country(code) for code in _COUNTRIES]
    return [d for d in found if d is not None] + [region(name) for name in _REGIONS] + [GLOBAL]


def _plans(provider: ProviderId) -> list[Plan]:
    plans: list[Plan] = []
    for destination in _destinations():
        for size in _SIZES:
            for days in _DAYS:
                gb = "Unlimited" if size is None else f"{size}GB"
                cents = 150 + 40 * days + (900 if size is None else int(size) * 85)
                price = Decimal(cents).scaleb(-2)
                if provider is ProviderId.ESIMFLY:
                    key: EsimflyKey | OctopusKey = EsimflyKey(
                        f"{destination.code.lower()}-{days}days-{gb.lower()}"
                    )
                    name = f"{destination.name} {gb} {days}Days"
                else:
                    product = 700 + len(plans)
                    key = OctopusKey(product, price, variant_id=5000 + len(plans))
                    name = f"{destination.name} {gb} / {days} days"
                plans.append(
                    Plan(provider, key, destination, name, size, days, Money(price, "USD"))
                )
    return plans


# Luhn doubling of one digit, looked up rather than computed: populate makes 100,000 ICCIDs.
_DOUBLED = tuple(d * 2 - 9 if d * 2 > 9 else d * 2 for d in range(10))


def _iccid(rng: random.Random) -> str:
    body = f"8944{rng.getrandbits(50) % 10**14:014d}"
    total = 0
    # The check digit will be rightmost, so the body's last digit is doubled.
    for index, char in enumerate(reversed(body)):
        total += _DOUBLED[int(char)] if index % 2 == 0 else int(char)
    return body + str((10 - total % 10) % 10)


def _esims(rng: random.Random, order: Order, status: OrderStatus) -> tuple[Esim, ...]:
    if status is not OrderStatus.DELIVERED and status is not OrderStatus.PENDING:
        return ()
    esims = []
    host = f"smdp.{order.plan.provider}.example"
    for _ in range(order.quantity):
        if status is OrderStatus.PENDING:
            esims.append(Esim(iccid=f"PENDING_{rng.randrange(10**8):08d}"))
            continue
        matching = f"{rng.getrandbits(80):020X}"
        esims.append(
            Esim(iccid=_iccid(rng), activation=ActivationCode.parse(f"LPA:1${host}${matching}"))
        )
    return tuple(esims)


def orders(
    n: int, *, seed: int = 0, end: datetime | None = None, days: int = 365
) -> Iterator[Order]:
    """``n`` sales spread evenly over ``days`` days up to ``end``, oldest first."""
    rng = random.Random(seed)
    end = end or datetime.now(UTC)
    start = end - timedelta(days=days)
    step = timedelta(days=days) / max(n, 1)
    catalogue = {p: _plans(p) for p in ProviderId}
    for index in range(n):
        provider = ProviderId.ESIMFLY if rng.random() < 0.6 else ProviderId.OCTOPUS
        plan = rng.choice(catalogue[provider])
        quantity = 1
        if provider is ProviderId.ESIMFLY and rng.random() < 0.05:
            quantity = rng.randint(2, 3)
        status = rng.choice(_STATUSES)
        order = Order(
            plan=plan,
            reference=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            quantity=quantity,
            status=status,
            created_at=start + step * index + timedelta(microseconds=rng.randrange(1000)),
            training=rng.random() < 0.1,
            clerk=rng.choice(_CLERKS),
        )
        if status is not OrderStatus.SUBMITTING:
            order.provider_order_id = (
                f"ORD-{rng.getrandbits(48):012X}"
                if provider is ProviderId.ESIMFLY
                else str(3_000_000 + index)
            )
        if status is OrderStatus.DELIVERED:
            # Octopus charges the discounted price, to the tenth of a cent.
            rate = Decimal("0.95") if provider is ProviderId.OCTOPUS else Decimal(1)
            order.charged = Money(plan.price.amount * quantity * rate, plan.price.currency)
        elif status is OrderStatus.FAILED:
            order.failure_reason = "Insufficient balance"
        order.esims = _esims(rng, order, status)
        yield order


def populate(journal: Journal, n: int, *, seed: int = 0, end: datetime | None = None) -> Populated:
    """Write ``n`` realistic sales into ``journal`` (a year up to ``end``, default now)."""
    iccids: list[str] = []
    order_ids: list[str] = []
    references: list[str] = []
    first = last = None
    batch: list[Order] = []
    for index, order in enumerate(orders(n, seed=seed, end=end)):
        first = first or order.created_at
        last = order.created_at
        if index % 997 == 0:
            references.append(order.reference)
            if order.provider_order_id:
                order_ids.append(order.provider_order_id)
            iccids += [e.iccid for e in order.esims if e.iccid and e.activation]
        batch.append(order)
        if len(batch) >= _BATCH:
            journal._bulk_insert(batch)
            batch.clear()
    if batch:
        journal._bulk_insert(batch)
    now = datetime.now(UTC)
    return Populated(
        n, first or now, last or now, tuple(iccids), tuple(order_ids), tuple(references)
    )
