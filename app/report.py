"""The end-of-day report: what the counter sold, per provider and currency, so the shop
owner can match it against each provider's balance. Qt-free; reads the journal only."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Protocol

from app.core.money import Money, sane
from app.core.orders import Order, OrderStatus
from app.core.plans import ProviderId

PAGE = 500


class SearchableJournal(Protocol):
    def search(self, **filters: object) -> list[Order]: ...


@dataclass
class ProviderDay:
    """One provider and currency: what left the wallet for delivered and pending sales."""

    provider: ProviderId
    currency: str
    sales: int = 0
    esims: int = 0
    charged: Decimal = Decimal(0)
    not_sold: int = 0
    unresolved: int = 0

    @property
    def total(self) -> Money:
        return Money(self.charged, self.currency)


@dataclass
class DayReport:
    since: datetime
    until: datetime
    lines: list[ProviderDay] = field(default_factory=list)
    training: bool = False  # a report of training sales (training mode) or of real ones
    other_mode_sales: int = 0  # sales of the other mode, counted apart, never summed

    def line(self, provider: ProviderId, currency: str) -> ProviderDay:
        for existing in self.lines:
            if existing.provider is provider and existing.currency == currency:
                return existing
        made = ProviderDay(provider, currency)
        self.lines.append(made)
        self.lines.sort(key=lambda d: (d.provider.value, d.currency))
        return made


def _sales(journal: SearchableJournal, since: datetime, until: datetime) -> Iterator[Order]:
    offset = 0
    while True:
        page = journal.search(since=since, until=until, limit=PAGE, offset=offset)
        yield from page
        if len(page) < PAGE:
            return
        offset += PAGE


def _paid(order: Order) -> Money | None:
    """What the sale cost: the charged amount, else the plan's price times the quantity;
    None if neither is an amount a provider could mean (the sums must never overflow)."""
    if order.charged is not None and sane(order.charged.amount):
        return order.charged
    price = order.plan.price
    if sane(price.amount) and 1 <= order.quantity <= 100:
        return Money(price.amount * order.quantity, price.currency)
    return None


def day_report(
    journal: SearchableJournal, since: datetime, until: datetime, *, training: bool = False
) -> DayReport:
    """Every sale from ``since`` (inclusive) to ``until`` (exclusive) of one mode, summed:
    real sales for the shop's accounts, or training sales in training mode.

    Delivered and pending sales are paid at the provider (Octopus and eSIMfly both debit
    when they take the order), so both count towards what left the wallet; failed and
    cancelled ones moved no money; unknown ones are listed to be checked.
    """
    report = DayReport(since, until, training=training)
    for order in _sales(journal, since, until):
        if order.training != training:
            report.other_mode_sales += 1
            continue
        money = _paid(order)
        line = report.line(order.plan.provider, (money or order.plan.price).currency)
        if money is None:
            line.unresolved += 1  # an amount no provider could mean: to be checked by hand
        elif order.status in (OrderStatus.DELIVERED, OrderStatus.PENDING):
            line.sales += 1
            line.esims += order.quantity
            line.charged += money.amount
        elif order.status in (OrderStatus.FAILED, OrderStatus.CANCELLED):
            line.not_sold += 1
        else:
            line.unresolved += 1
    return report
