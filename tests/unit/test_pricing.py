"""The shop's price rules pinned with exact values (issue 14)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal as D

import pytest

from app.core import countries
from app.core.money import Money
from app.core.plans import EsimflyKey, OctopusKey, Plan, ProviderId
from app.core.pricing import (
    ExchangeRate,
    Markup,
    PriceList,
    PriceRule,
    PricingError,
    Scope,
    ScopeKind,
    needs_override,
    regions_of,
)
from app.core.rounding import Rounding, apply
from app.providers import octopus_json

TODAY = date(2026, 12, 1)
JAPAN = countries.country("JP")
TURKEY = countries.country("TR")
IRAQ = countries.country("IQ")
assert JAPAN and TURKEY and IRAQ


def octopus_plan(amount: str = "4.50", discount: str | None = "5.0", where=JAPAN) -> Plan:
    variant = {"id": 5511, "amount": D(amount), "currency_code": "USD", "validity_days": 7}
    variant |= {"name": "Japan 1 GB / 7 days", "data_amount_gb": D("1.0")}
    if discount is not None:
        variant["client_discount"] = D(discount)
    return octopus_json.plan_from(variant, 712, where, "USD")


def esimfly_plan(cost: str, currency: str = "IQD", where=IRAQ, code: str = "IQ-1GB") -> Plan:
    return Plan(
        ProviderId.ESIMFLY, EsimflyKey(code), where, "1 GB", D(1), 7, Money(D(cost), currency)
    )


def rule(kind: ScopeKind, value: str = "", percent: str = "0", fixed: str = "0", r=None):
    return PriceRule(Scope(kind, value), Markup(D(percent), D(fixed)), r or Rounding.NONE)


def test_octopus_cost_is_the_discounted_charge():
    plan = octopus_plan()
    assert plan.price == Money(D("4.50"), "USD")
    assert plan.cost_price == Money(D("4.275"), "USD")
    assert octopus_plan(discount=None).cost_price == Money(D("4.50"), "USD")
    assert octopus_plan(discount="0").cost is None


@pytest.mark.parametrize("discount", ["-1", "101", "five", True, 5.0])
def test_octopus_bad_client_discount_is_refused_at_the_boundary(discount):
    variant = {"id": 1, "amount": D("4.50"), "currency_code": "USD", "validity_days": 7}
    variant["client_discount"] = discount
    with pytest.raises(Exception) as info:
        octopus_json.plan_from(variant, 712, JAPAN, "USD")
    assert type(info.value).__name__ == "InvalidResponseError"


def test_issue_example_octopus_4_50_at_30_percent_rounds_to_5_99():
    prices = PriceList(rules=(rule(ScopeKind.PROVIDER, "octopus", "30", r=Rounding.X99),))
    quote = prices.quote(octopus_plan(), today=TODAY)
    # 4.275 × 1.30 = 5.5575, up to x.99
    assert quote.unit_gross == Money(D("5.99"), "USD")
    assert quote.cost == Money(D("4.275"), "USD")
    assert quote.margin == Money(D("1.715"), "USD")
    assert quote.rule == "provider:octopus"
    assert not quote.below_cost


def test_esimfly_iqd_cost_rounds_up_to_250_dinars():
    prices = PriceList(rules=(rule(ScopeKind.PROVIDER, "esimfly", "20", r=Rounding.STEP_250),))
    quote = prices.quote(esimfly_plan("12345"), today=TODAY)
    assert quote.unit_gross == Money(D("15000"), "IQD")  # 14,814 up to the next 250
    quote = prices.quote(esimfly_plan("6000"), today=TODAY)
    assert quote.unit_gross == Money(D("7250"), "IQD")  # 7,200 -> 7,250
    assert quote.currency == "IQD" and quote.rate is None


def test_plan_override_beats_a_regional_rule():
    plan = octopus_plan(where=TURKEY)
    prices = PriceList(
        rules=(
            rule(ScopeKind.REGION, "europe", "50", r=Rounding.WHOLE),
            rule(ScopeKind.PLAN, plan.id, "10", r=Rounding.X99),
        )
    )
    quote = prices.quote(plan, today=TODAY)
    assert quote.rule == f"plan:{plan.id}"
    assert quote.unit_gross == Money(D("4.99"), "USD")  # 4.275 × 1.10 = 4.7025
    other = prices.quote(octopus_plan("9.00", where=TURKEY), today=TODAY)
    assert other.rule == "region:europe"
    assert other.unit_gross == Money(D("13.00"), "USD")  # 8.55 × 1.5 = 12.825


def test_precedence_plan_destination_region_provider_default():
    plan = octopus_plan(discount=None, where=TURKEY)  # cost 4.50
    rules = [
        rule(ScopeKind.DEFAULT, "", "1"),
        rule(ScopeKind.PROVIDER, "octopus", "2"),
        rule(ScopeKind.REGION, "middle-east", "3"),
        rule(ScopeKind.DESTINATION, "tr", "4"),
        rule(ScopeKind.PLAN, plan.id, "5"),
    ]
    expected = ["plan", "destination:TR", "region:middle-east", "provider:octopus", "default"]
    expected = [e if e != "plan" else f"plan:{plan.id}" for e in expected]
    for count in range(5, 0, -1):
        prices = PriceList(rules=tuple(rules[:count]))
        assert prices.quote(plan, today=TODAY).rule == expected[5 - count]
    # Order in the list does not matter across kinds.
    assert PriceList(rules=tuple(reversed(rules))).quote(plan, today=TODAY).rule == expected[0]
    assert PriceList(rules=(rules[0],)).quote(plan, today=TODAY).unit_gross.amount == D("4.55")


def test_a_rule_for_another_destination_or_provider_does_not_apply():
    prices = PriceList(
        rules=(rule(ScopeKind.DESTINATION, "FR", "50"), rule(ScopeKind.PROVIDER, "esimfly", "9"))
    )
    quote = prices.quote(octopus_plan(), today=TODAY)
    assert quote.rule == "list" and quote.unit_gross == Money(D("4.50"), "USD")


def test_regions_of_countries_and_bundles():
    assert regions_of("TR") == {"europe", "middle-east"}
    assert regions_of("JP") == {"asia"}
    assert regions_of("US") == {"north-america"}
    assert regions_of("BR") == {"latin-america"}
    assert regions_of("JM") == {"latin-america", "caribbean"}
    assert regions_of("AU") == {"oceania"}
    europe = countries.region("Europe")
    plan = replace(octopus_plan(), destination=europe)
    assert Scope(ScopeKind.REGION, "Europe").matches(plan)
    assert Scope(ScopeKind.DESTINATION, "europe").matches(plan)
    assert not Scope(ScopeKind.REGION, "asia").matches(plan)


def test_no_price_list_sells_at_the_list_price_as_before():
    quote = PriceList().quote(octopus_plan(), 3, today=TODAY)
    assert quote.unit_gross == Money(D("4.50"), "USD")
    assert quote.gross == Money(D("13.50"), "USD")
    assert quote.tax.amount == 0 and quote.net == quote.gross
    assert quote.cost_in_sale == Money(D("12.825"), "USD")
    assert PriceList().is_default


@pytest.mark.parametrize(
    ("mode", "amount", "currency", "expected"),
    [
        (Rounding.NONE, "4.2751", "USD", "4.28"),
        (Rounding.NONE, "4.27", "USD", "4.27"),
        (Rounding.X99, "5.5575", "USD", "5.99"),
        (Rounding.X99, "5.99", "USD", "5.99"),
        (Rounding.X99, "6.00", "USD", "6.99"),
        (Rounding.X99, "5.991", "USD", "6.99"),
        (Rounding.X99, "6530", "IQD", "6530"),  # no cents: whole units
        (Rounding.X99, "6530.2", "IQD", "6531"),
        (Rounding.HALF, "5.01", "USD", "5.50"),
        (Rounding.HALF, "5.50", "USD", "5.50"),
        (Rounding.HALF, "5.51", "EUR", "6.00"),
        (Rounding.HALF, "12.2", "IQD", "13"),  # half a dinar is no coin
        (Rounding.WHOLE, "5.0001", "USD", "6.00"),
        (Rounding.WHOLE, "7", "USD", "7.00"),
        (Rounding.STEP_250, "14814", "IQD", "15000"),
        (Rounding.STEP_250, "14750", "IQD", "14750"),
        (Rounding.STEP_500, "14501", "IQD", "15000"),
        (Rounding.STEP_500, "14500", "IQD", "14500"),
        (Rounding.STEP_1000, "14001", "IQD", "15000"),
        (Rounding.STEP_1000, "1", "IQD", "1000"),
        (Rounding.X99, "2.5", "KWD", "2.990"),
    ],
)
def test_every_rounding_mode_rounds_up(mode, amount, currency, expected):
    result = apply(mode, D(amount), currency)
    assert str(result) == expected
    assert result >= D(amount)


def test_exchange_rate_converts_cost_into_the_sale_currency():
    rate = ExchangeRate("USD", "IQD", D("1310"), date(2026, 11, 28))
    prices = PriceList(
        sale_currency="IQD",
        rates=(rate,),
        rules=(rule(ScopeKind.DEFAULT, "", "30", r=Rounding.STEP_250),),
        tax_rate=D("10"),
    )
    quote = prices.quote(octopus_plan(), 2, today=TODAY)
    # 4.275 × 1310 = 5600.25; × 1.30 = 7280.325 -> 7,500
    assert quote.unit_gross == Money(D("7500"), "IQD")
    assert quote.gross == Money(D("15000"), "IQD")
    assert quote.tax == Money(D("1364"), "IQD")  # 15000 × 10/110 = 1363.6
    assert quote.net == Money(D("13636"), "IQD")
    assert quote.cost_in_sale == Money(D("11200.500"), "IQD")
    assert (quote.rate, quote.rate_set_on) == (D("1310"), date(2026, 11, 28))
    # An IQD wallet sells in IQD without any rate.
    assert prices.quote(esimfly_plan("6000"), today=TODAY).rate is None


def test_missing_rate_refuses_to_price():
    prices = PriceList(sale_currency="EUR")
    with pytest.raises(PricingError, match="no exchange rate from USD to EUR"):
        prices.quote(octopus_plan(), today=TODAY)


def test_stale_rate_after_the_configured_days():
    rate = ExchangeRate("USD", "IQD", D("1310"), date(2026, 11, 24))
    prices = PriceList(sale_currency="IQD", rates=(rate,), rate_max_age_days=7)
    assert not prices.stale_rate(date(2026, 12, 1))  # 7 days old: still fine
    assert prices.stale_rate(date(2026, 12, 2))
    assert not PriceList().stale_rate(date(2030, 1, 1))
    # A rate into another currency than the sale currency does not count.
    assert not replace(prices, sale_currency=None).stale_rate(date(2027, 1, 1))


def test_rate_change_never_changes_a_past_sale():
    old = ExchangeRate("USD", "IQD", D("1310"), date(2026, 11, 1))
    prices = PriceList(sale_currency="IQD", rates=(old,))
    past = prices.quote(octopus_plan(), today=TODAY)
    before = (past.gross, past.net, past.tax, past.cost_in_sale, past.rate, past.rate_set_on)
    new = replace(old, rate=D("1500"), set_on=date(2026, 12, 1))
    later = replace(prices, rates=(new,)).quote(octopus_plan(), today=TODAY)
    assert later.gross != past.gross
    assert (
        past.gross,
        past.net,
        past.tax,
        past.cost_in_sale,
        past.rate,
        past.rate_set_on,
    ) == before
    assert past.gross == Money(D("5895"), "IQD")  # 4.50 list × 1310, frozen in the quote


def test_below_cost_is_flagged_and_needs_the_pin():
    prices = PriceList(rules=(rule(ScopeKind.DEFAULT, "", "-10"),))
    quote = prices.quote(octopus_plan(), today=TODAY)
    assert quote.below_cost and needs_override(quote)
    # VAT counts: a 10 % markup with 15 % VAT included leaves the net below cost.
    taxed = replace(prices, rules=(rule(ScopeKind.DEFAULT, "", "10"),), tax_rate=D(15))
    assert needs_override(taxed.quote(octopus_plan(), today=TODAY))
    fine = replace(taxed, tax_rate=D(0)).quote(octopus_plan(), today=TODAY)
    assert not needs_override(fine)


def test_fixed_markup_in_the_sale_currency():
    prices = PriceList(rules=(rule(ScopeKind.DEFAULT, "", "0", "1.00", Rounding.HALF),))
    assert prices.quote(octopus_plan(), today=TODAY).unit_gross == Money(D("5.50"), "USD")
    assert Markup(D(0), Money(D("2"), "USD")).fixed == D(2)


def test_a_price_of_zero_or_less_is_refused():
    prices = PriceList(rules=(rule(ScopeKind.DEFAULT, "", "0", "-10"),))
    with pytest.raises(PricingError):
        prices.quote(octopus_plan(), today=TODAY)


@pytest.mark.parametrize("quantity", [0, -1, 1001])
def test_quantity_bounds(quantity):
    with pytest.raises(PricingError):
        PriceList().quote(octopus_plan(), quantity, today=TODAY)


def test_invalid_lists_are_refused():
    with pytest.raises(PricingError):
        PriceList(tax_rate=D(-1))
    with pytest.raises(PricingError):
        PriceList(rules=(rule(ScopeKind.DEFAULT), rule(ScopeKind.DEFAULT, "", "5")))
    with pytest.raises(PricingError):
        Scope(ScopeKind.PLAN, " ")
    with pytest.raises(PricingError):
        Markup(D(-100))
    with pytest.raises(PricingError):
        ExchangeRate("USD", "IQD", D(0), TODAY)
    with pytest.raises(PricingError):
        ExchangeRate("USD", "USD", D(1), TODAY)


def test_octopus_key_with_discount_keeps_the_selector():
    # The order still selects the variant by its amount, not by the discounted cost.
    plan = octopus_plan()
    assert isinstance(plan.key, OctopusKey) and plan.key.amount == D("4.50")
