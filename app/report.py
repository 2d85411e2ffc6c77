"""The end-of-day report: what the counter sold, per provider and currency, so the shop
owner can match it against each provider's balance; and the till per sale currency
(retail revenue, tax, cost, margin, each payment method, the cash expected in the drawer)
so the drawer and the card terminal match the journal. Qt-free; reads the journal only."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Protocol

from app.core.money import Money, sane
from app.core.orders import Handback, Order, OrderStatus
from app.core.payment import Method
from app.core.plans import ProviderId
from app.core.topup import is_topup

if TYPE_CHECKING:
    from app.journal.refunds import RefundLine

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
    # Refunds (issue 15): what came back to the wallet for eSIMs refunded this day.
    refunds: int = 0
    refunded: Decimal = Decimal(0)

    @property
    def total(self) -> Money:
        return Money(self.charged, self.currency)

    @property
    def net_total(self) -> Money:
        """What left the wallet less what came back: the balance's movement."""
        return Money(self.charged - self.refunded, self.currency)


SOLD = (OrderStatus.DELIVERED, OrderStatus.PENDING)


@dataclass
class TillDay:
    """One sale currency: the shop's side of the day, exact to the last digit.

    Revenue, tax, cost and margin are over sales sold (delivered or pending) that carry a
    quote; ``without_price`` counts sold ones journalled before prices were (shown "—").
    Payments by method are those of sold sales. The drawer holds every cash part taken
    (the note handed over less the change) that was not handed back: a failed sale's cash
    still owed is in the drawer until the clerk gives it back.
    """

    currency: str
    sales: int = 0
    gross: Decimal = Decimal(0)
    net: Decimal = Decimal(0)
    tax: Decimal = Decimal(0)
    cost: Decimal = Decimal(0)
    methods: dict[Method, Decimal] = field(default_factory=dict)
    cash_taken: Decimal = Decimal(0)  # notes handed over for the cash parts
    change_given: Decimal = Decimal(0)
    cash_returned: Decimal = Decimal(0)  # cash handed back for failed sales
    owed: Decimal = Decimal(0)  # failed sales' money not yet handed back (all methods)
    without_price: int = 0
    # Refunds (issue 15) paid back this day: how many, how much (positive), the cash part.
    # They come off ``methods`` (per method) and the drawer, never off the sales' gross.
    refunds: int = 0
    refunded: Decimal = Decimal(0)
    cash_refunded: Decimal = Decimal(0)

    @property
    def margin(self) -> Decimal:
        return self.net - self.cost

    @property
    def drawer(self) -> Decimal:
        """Cash expected in the drawer from the day's sales."""
        return self.cash_taken - self.change_given - self.cash_returned - self.cash_refunded

    def take_refund(self, line: RefundLine) -> None:
        self.refunds += 1
        self.refunded -= line.amount.amount  # the line's amount is negative
        for tender in line.methods:
            paid = tender.amount.amount
            self.methods[tender.method] = self.methods.get(tender.method, Decimal(0)) - paid
            if tender.method is Method.CASH:
                self.cash_refunded += paid

    def money(self, amount: Decimal) -> Money:
        return Money(amount, self.currency)

    def take(self, order: Order) -> None:
        payment, quote = order.payment, order.quote
        sold = order.status in SOLD
        if sold and quote is not None:
            self.sales += 1
            self.gross += quote.gross.amount
            self.net += quote.net.amount
            self.tax += quote.tax.amount
            self.cost += quote.cost_in_sale.amount
        elif sold:
            self.without_price += 1
        if payment is None:
            return
        if sold:
            for tender in payment.tenders:
                self.methods[tender.method] = (
                    self.methods.get(tender.method, Decimal(0)) + tender.amount.amount
                )
        cash = payment.cash_part
        if cash is not None:
            tendered = payment.cash_tendered or cash
            self.cash_taken += tendered.amount
            self.change_given += tendered.amount - cash.amount
        if order.status is OrderStatus.FAILED:
            if order.handback is Handback.RETURNED:
                self.cash_returned += cash.amount if cash is not None else Decimal(0)
            else:
                self.owed += payment.total.amount


@dataclass
class DayReport:
    since: datetime
    until: datetime
    lines: list[ProviderDay] = field(default_factory=list)
    training: bool = False  # a report of training sales (training mode) or of real ones
    other_mode_sales: int = 0  # sales of the other mode, counted apart, never summed
    tills: list[TillDay] = field(default_factory=list)  # one per sale currency

    def till(self, currency: str) -> TillDay:
        for existing in self.tills:
            if existing.currency == currency:
                return existing
        made = TillDay(currency)
        self.tills.append(made)
        self.tills.sort(key=lambda t: t.currency)
        return made

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
        if order.quote is not None:
            report.till(order.quote.currency).take(order)
        elif order.payment is not None:
            report.till(order.payment.total.currency).take(order)
        elif order.status in SOLD:
            # Sold before the counter kept prices and payments: "—" in the till.
            report.till(order.plan.price.currency).without_price += 1
        money = _paid(order)
        line = report.line(order.plan.provider, (money or order.plan.price).currency)
        if money is None:
            line.unresolved += 1  # an amount no provider could mean: to be checked by hand
        elif order.status in (OrderStatus.DELIVERED, OrderStatus.PENDING):
            line.sales += 1
            # A top-up (issue 17) is a sale and is charged, but it is no new eSIM.
            line.esims += 0 if is_topup(order.plan) else order.quantity
            line.charged += money.amount
        elif order.status in (OrderStatus.FAILED, OrderStatus.CANCELLED):
            line.not_sold += 1
        else:
            line.unresolved += 1
    _refunds(report, journal, since, until, training)
    return report


def _refunds(
    report: DayReport, journal: object, since: datetime, until: datetime, training: bool
) -> None:
    """Refunds paid back within the day (by when they were made, whatever day the sale
    was): negative lines in the till, what came back to each provider's wallet."""
    book = getattr(journal, "refunds", None)
    if book is None:
        return  # a journal without refunds (tests' stand-ins)
    for refund in book.lines(since=since, until=until):
        if refund.training != training:
            continue
        report.till(refund.amount.currency).take_refund(refund)
        if refund.provider_amount is not None:
            line = report.line(ProviderId(refund.provider), refund.provider_amount.currency)
            line.refunds += 1
            line.refunded += refund.provider_amount.amount
