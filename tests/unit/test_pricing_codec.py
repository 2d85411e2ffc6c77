"""The stored price list: a plain dict with Decimals as strings, refused when unusable."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal as D

import pytest

from app.core.pricing import ExchangeRate, Markup, PriceList, PriceRule, Scope, ScopeKind
from app.core.pricing_codec import PriceListError, dumps, from_dict, loads, to_dict
from app.core.rounding import Rounding

FULL = PriceList(
    sale_currency="IQD",
    rules=(
        PriceRule(Scope(ScopeKind.DEFAULT), Markup(D("25"), D("0")), Rounding.STEP_500),
        PriceRule(Scope(ScopeKind.PROVIDER, "octopus"), Markup(D("30.5")), Rounding.STEP_250),
        PriceRule(Scope(ScopeKind.REGION, "europe"), Markup(D("0"), D("1000")), Rounding.NONE),
        PriceRule(Scope(ScopeKind.DESTINATION, "TR"), Markup(D("-5")), Rounding.STEP_1000),
        PriceRule(Scope(ScopeKind.PLAN, "octopus:712:4.50"), Markup(D("12")), Rounding.X99),
    ),
    rates=(ExchangeRate("USD", "IQD", D("1310.25"), date(2026, 11, 30)),),
    tax_rate=D("15"),
    rate_max_age_days=3,
)


RATE = '{"version": 1, "rates": [{"from": "USD", "to": "IQD", "rate": "1310", '
RATE += '"set_on": "2026-01-01"}]}'


def test_round_trip_keeps_every_value_exactly():
    assert loads(dumps(FULL)) == FULL
    assert from_dict(json.loads(dumps(FULL))) == FULL
    stored = to_dict(FULL)
    assert stored["tax_rate"] == "15" and stored["rates"][0]["rate"] == "1310.25"
    assert stored["rules"][1] == {
        "scope": "provider",
        "value": "octopus",
        "percent": "30.5",
        "fixed": "0",
        "rounding": "250",
    }


def test_no_float_survives_into_the_list():
    text = dumps(FULL).replace('"1310.25"', "1310.25").replace('"15"', "15.0")
    loaded = loads(text)
    assert loaded.rates[0].rate == D("1310.25") and isinstance(loaded.tax_rate, D)

    def no_float(text: str) -> None:
        raise AssertionError(f"a JSON float was stored: {text}")

    json.loads(dumps(FULL), parse_float=no_float)  # every Decimal is stored as a string


def test_empty_is_the_default_list():
    assert loads(RATE).rates[0].rate == D(1310)
    assert loads("") == PriceList() and loads("  ") == PriceList()
    assert loads(dumps(PriceList())) == PriceList()


@pytest.mark.parametrize(
    "text",
    [
        "{",
        "[]",
        '"text"',
        '{"version": 2}',
        '{"version": 1, "tax_rate": "-1"}',
        '{"version": 1, "tax_rate": "abc"}',
        '{"version": 1, "tax_rate": "NaN"}',
        '{"version": 1, "sale_currency": "XYZ"}',
        '{"version": 1, "rules": {}}',
        '{"version": 1, "rules": [1]}',
        '{"version": 1, "rules": [{"scope": "galaxy"}]}',
        '{"version": 1, "rules": [{"scope": "plan", "value": ""}]}',
        '{"version": 1, "rules": [{"scope": "default", "rounding": "7"}]}',
        '{"version": 1, "rules": [{"scope": "default", "percent": "-100"}]}',
        '{"version": 1, "rules": [{"scope": "default"}, {"scope": "default"}]}',
        RATE.replace('"1310"', '"0"'),
        RATE.replace("2026-01-01", "yesterday"),
        RATE.replace('"USD"', '"usd1"'),
        RATE + "x",
        '{"version": 1, "rate_max_age_days": "1.5"}',
        '{"version": 1, "rate_max_age_days": 99999}',
        "[" * 100_000,
        "x" * 300_000,
    ],
)
def test_bad_stored_data_is_a_price_list_error_not_a_crash(text):
    with pytest.raises(PriceListError):
        loads(text)
