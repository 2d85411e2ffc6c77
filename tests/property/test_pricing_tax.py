"""VAT-inclusive prices: net + tax == gross per sale and over a day, exactly (issue 14).

10,000 random sales in all (the derandomized "hostile" profile): random costs in USD and
IQD, markups, roundings, quantities, tax rates and exchange rates.
"""

from __future__ import annotations

from dataclasses import fields
from datetime import date
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from app.core import countries
from app.core.money import Money, minor_units
from app.core.plans import EsimflyKey, Plan, ProviderId
from app.core.pricing import ExchangeRate, Markup, PriceList, PriceRule, Scope, ScopeKind
from app.core.quote import Quote
from app.core.rounding import Rounding

from .hostile import count

TODAY = date(2026, 12, 1)
WHERE = countries.country("TR")
assert WHERE is not None

costs = st.decimals(min_value=Decimal("0.01"), max_value=Decimal(5000), places=3)
percents = st.decimals(min_value=Decimal(0), max_value=Decimal(300), places=2)
taxes = st.sampled_from([Decimal(x) for x in ("0", "5", "7.5", "10", "14", "15", "19", "21")])
rates = st.decimals(min_value=Decimal("0.5"), max_value=Decimal(2000), places=4)
sales = st.tuples(
    costs,
    st.sampled_from(["USD", "IQD", "EUR"]),
    percents,
    st.sampled_from(list(Rounding)),
    st.integers(1, 20),
)


def _quote(
    sale: tuple[Decimal, str, Decimal, Rounding, int], tax: Decimal, rate: Decimal, into: str
) -> Quote:
    cost, currency, percent, rounding, quantity = sale
    cost = cost.quantize(Decimal(1).scaleb(-min(3, minor_units(currency) + 1)))
    if cost == 0:
        cost = Decimal(1)
    plan = Plan(ProviderId.ESIMFLY, EsimflyKey("X"), WHERE, "x", None, 7, Money(cost, currency))
    prices = PriceList(
        sale_currency=into,
        rules=(PriceRule(Scope(ScopeKind.DEFAULT), Markup(percent), rounding),),
        rates=tuple(ExchangeRate(c, into, rate, TODAY) for c in ("USD", "IQD", "EUR") if c != into),
        tax_rate=tax,
    )
    return prices.quote(plan, quantity, today=TODAY)


def _exact(quote: Quote) -> None:
    for part in fields(quote):
        value = getattr(quote, part.name)
        assert not isinstance(value, float), part.name
        if isinstance(value, Money):
            assert isinstance(value.amount, Decimal)
    unit = Decimal(1).scaleb(-minor_units(quote.currency))
    assert quote.net.amount + quote.tax.amount == quote.gross.amount
    for part in (quote.gross, quote.net, quote.tax, quote.unit_gross):
        assert part.amount == part.amount.quantize(unit)  # stored in minor units
    exact_tax = quote.gross.amount * quote.tax_rate / (100 + quote.tax_rate)
    assert abs(quote.tax.amount - exact_tax) <= unit / 2


@settings(max_examples=5_000)
@given(sale=sales, tax=taxes, rate=rates, into=st.sampled_from(["USD", "IQD", "EUR"]))
def test_one_sale_adds_up(sale, tax, rate, into):
    count("pricing: one sale")
    _exact(_quote(sale, tax, rate, into))


@settings(max_examples=100)
@given(
    day=st.lists(sales, min_size=50, max_size=50),
    tax=taxes,
    rate=rates,
    into=st.sampled_from(["USD", "IQD"]),
)
def test_a_days_sums_of_stored_values_agree(day, tax, rate, into):
    """Per-day totals are the sums of what each sale stored, so they agree exactly."""
    count("pricing: a day of 50 sales")
    quotes = [_quote(sale, tax, rate, into) for sale in day]
    for quote in quotes:
        _exact(quote)
    gross = sum((q.gross.amount for q in quotes), Decimal(0))
    net = sum((q.net.amount for q in quotes), Decimal(0))
    tax_sum = sum((q.tax.amount for q in quotes), Decimal(0))
    assert net + tax_sum == gross
    assert gross == sum((q.unit_gross.amount * q.quantity for q in quotes), Decimal(0))
