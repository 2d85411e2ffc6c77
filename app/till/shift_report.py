"""The X and Z report of a shift, built from what the journal holds: a pure function.

What counts (see docs/decisions.md, "Shifts and the Z report"):

- A **sale** is a DELIVERED order. Gross, net and tax come from its quote; the payment
  methods and the clerk lines from its payment. Failed, pending and unknown sales are
  not sales, but their cash is in the drawer until it is handed back.
- The **drawer** holds: the opening float, plus the cash part kept (never the note handed
  over: change went back out) of every paid order of the shift whatever its status,
  less cash handed back for failed sales (``handback == returned``: the sale's cash went
  in and came out again), less refunds paid in cash, plus pay-ins, less pay-outs. A
  failed sale's money still *owed* is in the drawer and listed under ``owed``.
- A **provider** line: the balance movement (opening - closing) beside what the journal
  says was charged (DELIVERED sales' charges) less what the provider refunded to the
  balance. Every sale or refund that can explain a difference is named: outcome unknown,
  submitting, pending, a delivered sale with no charge, a refund still pending at the
  provider, a charge in another currency.
- Amounts in another currency than the report's are listed ``apart`` and never summed.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from decimal import Decimal

from app.core.money import Money
from app.core.orders import Handback, Order, OrderStatus
from app.core.payment import Method
from app.till.model import BalanceReading, CashMove, Shift
from app.till.refunds import RefundLine
from app.till.report_model import (
    ClerkLine,
    Drawer,
    Entry,
    MethodLine,
    MoveEntry,
    ProviderLine,
    RefundEntry,
    ReportKind,
    ShiftReport,
    Why,
)

_WAITING = {
    OrderStatus.UNKNOWN: Why.OUTCOME_UNKNOWN,
    OrderStatus.SUBMITTING: Why.SUBMITTING,
    OrderStatus.PENDING: Why.PENDING,
}


def _zero(currency: str) -> Money:
    return Money(Decimal(0), currency)


def _neg(money: Money) -> Money:
    return Money(-money.amount, money.currency)


def _currency(order: Order) -> str | None:
    if order.quote is not None:
        return order.quote.currency
    if order.payment is not None:
        return order.payment.total.currency
    return None


def _entry(order: Order, why: Why, amount: Money | None) -> Entry:
    return Entry(order.reference, why, order.clerk, order.created_at, amount, order.plan.provider)


class _Till:
    """Running sums of the shop's side, in one currency."""

    def __init__(self, currency: str) -> None:
        zero = _zero(currency)
        self.currency = currency
        self.sales = self.without_price = 0
        self.gross = self.net = self.tax = zero
        self.methods: dict[Method, tuple[Money, Money]] = {}
        self.clerks: dict[str, tuple[int, Money, int, Money]] = {}
        self.cash = self.handbacks = self.cash_refunds = zero
        self.owed: list[Entry] = []
        self.not_delivered: list[Entry] = []
        self.apart: list[Entry] = []

    def _method(self, method: Method, sales: Money, refunds: Money) -> None:
        old = self.methods.get(method, (_zero(self.currency), _zero(self.currency)))
        self.methods[method] = (old[0] + sales, old[1] + refunds)

    def _clerk(self, clerk: str, sales: int, gross: Money, refunds: int, back: Money) -> None:
        zero = _zero(self.currency)
        old = self.clerks.get(clerk, (0, zero, 0, zero))
        self.clerks[clerk] = (old[0] + sales, old[1] + gross, old[2] + refunds, old[3] + back)

    def take(self, order: Order) -> None:
        currency, payment, quote = _currency(order), order.payment, order.quote
        if currency is None:  # no price, no payment: only the provider side knows it
            self.without_price += order.status is OrderStatus.DELIVERED
            return
        if currency != self.currency:
            amount = quote.gross if quote is not None else payment.total if payment else None
            self.apart.append(_entry(order, Why.OTHER_CURRENCY, amount))
            return
        delivered = order.status is OrderStatus.DELIVERED
        if delivered and quote is not None:
            self.sales += 1
            self.gross, self.net, self.tax = (
                self.gross + quote.gross,
                self.net + quote.net,
                self.tax + quote.tax,
            )
        elif delivered:
            self.without_price += 1
        if delivered:
            total = quote.gross if quote is not None else payment.total if payment else None
            self._clerk(order.clerk, 1, total or _zero(self.currency), 0, _zero(self.currency))
        if payment is None:
            return
        if delivered:
            for tender in payment.tenders:
                self._method(tender.method, tender.amount, _zero(self.currency))
        cash = payment.cash_part
        if cash is not None:
            self.cash += cash
        if order.status is OrderStatus.FAILED and order.handback is Handback.RETURNED:
            if cash is not None:
                self.handbacks -= cash
        elif order.status is OrderStatus.FAILED:
            self.owed.append(_entry(order, Why.OWED, payment.total))
        elif not delivered:
            self.not_delivered.append(_entry(order, Why.NOT_DELIVERED, payment.total))

    def refund(self, line: RefundLine) -> RefundEntry | None:
        if line.amount.currency != self.currency:
            self.apart.append(
                Entry(line.reference, Why.OTHER_CURRENCY, line.clerk, line.at, _neg(line.amount))
            )
            return None
        back = _neg(line.amount)
        self._method(line.method, _zero(self.currency), back)
        self._clerk(line.clerk, 0, _zero(self.currency), 1, back)
        if line.method is Method.CASH:
            self.cash_refunds += back
        return RefundEntry(
            line.reference,
            line.sale_reference,
            line.at,
            line.clerk,
            line.method,
            back,
            line.provider,
            str(line.state),
        )


def _provider_currency(
    start: Money | None,
    end: Money | None,
    orders: list[Order],
    refunds: list[RefundLine],
    provider: object,
    fallback: str,
) -> str:
    """The balance's currency; with no balance read, the charges' (or refunds'); with
    nothing at all (unavailable, nothing sold), the report's."""
    for money in (start, end, *(o.charged for o in orders), *(o.plan.price for o in orders)):
        if money is not None:
            return money.currency
    for line in refunds:
        if line.provider is provider:
            return (line.provider_amount or line.amount).currency
    return fallback


def _providers(
    orders: list[Order],
    refunds: list[RefundLine],
    opening: tuple[BalanceReading, ...],
    closing: tuple[BalanceReading, ...] | None,
    fallback: str,
) -> tuple[ProviderLine, ...]:
    opened = {r.provider: r.balance for r in opening}
    closed = {r.provider: r.balance for r in closing or ()}
    seen = set(opened) | set(closed) | {o.plan.provider for o in orders}
    seen |= {r.provider for r in refunds}
    lines = []
    for provider in sorted(seen, key=lambda p: p.value):
        start, end = opened.get(provider), closed.get(provider)
        mine = [o for o in orders if o.plan.provider is provider]
        currency = _provider_currency(start, end, mine, refunds, provider, fallback)
        charged, refunded, explaining = _zero(currency), _zero(currency), []
        for order in mine:
            if order.status in _WAITING:
                explaining.append(_entry(order, _WAITING[order.status], order.charged))
            elif order.status is not OrderStatus.DELIVERED:
                continue
            elif order.charged is None:
                explaining.append(_entry(order, Why.CHARGE_NOT_KNOWN, None))
            elif order.charged.currency != currency:
                explaining.append(_entry(order, Why.OTHER_CURRENCY, order.charged))
            else:
                charged += order.charged
        for line in (r for r in refunds if r.provider is provider):
            back = line.provider_amount
            if line.pending_at_provider:
                explaining.append(
                    Entry(line.reference, Why.REFUND_PENDING, line.clerk, line.at, back, provider)
                )
            elif back is not None and back.currency == currency:
                refunded += back
            elif back is not None:
                explaining.append(
                    Entry(line.reference, Why.OTHER_CURRENCY, line.clerk, line.at, back, provider)
                )
        movement = None
        if start is not None and end is not None and start.currency == end.currency == currency:
            movement = start - end
        difference = None if movement is None else movement - (charged - refunded)
        lines.append(
            ProviderLine(
                provider,
                currency,
                start,
                end,
                movement,
                charged,
                refunded,
                difference,
                tuple(explaining),
            )
        )
    return tuple(lines)


def build_report(
    *,
    kind: ReportKind,
    shift: Shift,
    sales: Iterable[Order],
    refunds: Iterable[RefundLine] = (),
    moves: Iterable[CashMove] = (),
    made_at: datetime,
    made_by: str,
    closing_balances: tuple[BalanceReading, ...] | None = None,
    counted: Money | None = None,
    z_number: int | None = None,
) -> ShiftReport:
    """The report of ``shift`` from the orders created during it (of the shift's mode),
    the refunds and cash moves made during it. ``closing_balances`` None: no balance was
    read (an X report in a hurry); the movement is then unknown. ``counted`` is the cash
    the clerk counted in the drawer (a Z always has it)."""
    currency = shift.opening_float.currency
    till = _Till(currency)
    orders = sorted(sales, key=lambda o: (o.created_at, o.reference))
    for order in orders:
        till.take(order)
    refund_list = sorted(refunds, key=lambda r: (r.at, r.reference))
    refund_lines = tuple(e for e in map(till.refund, refund_list) if e is not None)
    move_lines, pay_ins, pay_outs = [], _zero(currency), _zero(currency)
    for move in sorted(moves, key=lambda m: m.at):
        if move.amount.currency != currency:
            till.apart.append(
                Entry(str(move.kind), Why.OTHER_CURRENCY, move.clerk, move.at, move.signed)
            )
            continue
        move_lines.append(MoveEntry(move.at, move.clerk, str(move.kind), move.signed, move.reason))
        if move.signed.amount > 0:
            pay_ins += move.signed
        else:
            pay_outs += move.signed
    expected = (
        shift.opening_float + till.cash + till.cash_refunds + till.handbacks + pay_ins + pay_outs
    )
    if counted is not None and counted.currency != currency:
        raise ValueError(f"the drawer is counted in {currency}, not {counted.currency}")
    drawer = Drawer(
        shift.opening_float,
        till.cash,
        till.cash_refunds,
        till.handbacks,
        pay_ins,
        pay_outs,
        expected,
        counted,
        None if counted is None else counted - expected,
    )
    refunds_total = sum((e.amount for e in refund_lines), _zero(currency))
    return ShiftReport(
        kind=ReportKind(kind),
        shift=shift.number,
        training=shift.training,
        opened_at=shift.opened_at,
        opened_by=shift.opened_by,
        made_at=made_at,
        made_by=made_by,
        currency=currency,
        sales=till.sales,
        gross=till.gross,
        net=till.net,
        tax=till.tax,
        refund_count=len(refund_lines),
        refunds=refunds_total,
        without_price=till.without_price,
        methods=tuple(MethodLine(m, *till.methods[m]) for m in Method if m in till.methods),
        clerks=tuple(ClerkLine(c, *till.clerks[c]) for c in sorted(till.clerks)),
        refund_lines=refund_lines,
        moves=tuple(move_lines),
        drawer=drawer,
        owed=tuple(till.owed),
        not_delivered=tuple(till.not_delivered),
        providers=_providers(
            orders, refund_list, shift.opening_balances, closing_balances, currency
        ),
        apart=tuple(till.apart),
        z_number=z_number,
    )


__all__ = ["build_report"]
