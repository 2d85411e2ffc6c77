"""The price list as stored: a plain dict (JSON), every number a string, checked on load.

This is what the settings keep and what a chain of shops would later push and pull, so
the shape is versioned and nothing in it is trusted: :func:`from_dict` raises
:class:`PriceListError` (with a sentence saying what is wrong) for anything it cannot use.
The counter then refuses to sell until the owner fixes the price list, rather than
guessing prices (see docs/decisions.md).
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from typing import Any

from app.core.money import MoneyError, parse_amount, parse_currency
from app.core.pricing import (
    ExchangeRate,
    Markup,
    PriceList,
    PriceRule,
    PricingError,
    Rounding,
    Scope,
    ScopeKind,
)

VERSION = 1
MAX_RULES = 2000
MAX_RATES = 50
MAX_TEXT = 200_000  # characters of stored JSON; far beyond any real list


class PriceListError(ValueError):
    """A stored price list that cannot be used; the message says what is wrong."""


def to_dict(price_list: PriceList) -> dict[str, Any]:
    return {
        "version": VERSION,
        "sale_currency": price_list.sale_currency,
        "tax_rate": str(price_list.tax_rate),
        "rate_max_age_days": price_list.rate_max_age_days,
        "rates": [
            {
                "from": rate.currency_from,
                "to": rate.currency_to,
                "rate": str(rate.rate),
                "set_on": rate.set_on.isoformat(),
            }
            for rate in price_list.rates
        ],
        "rules": [
            {
                "scope": rule.scope.kind.value,
                "value": rule.scope.value,
                "percent": str(rule.markup.percent),
                "fixed": str(rule.markup.fixed),
                "rounding": rule.rounding.value,
            }
            for rule in price_list.rules
        ],
    }


def dumps(price_list: PriceList) -> str:
    return json.dumps(to_dict(price_list), ensure_ascii=True, sort_keys=True)


def loads(text: str) -> PriceList:
    """The price list stored as JSON text; empty text is the default (no price list)."""
    if not isinstance(text, str) or len(text) > MAX_TEXT:
        raise PriceListError("the stored price list is not text of a sensible length")
    if not text.strip():
        return PriceList()
    try:
        # Numbers as Decimal, never float, even if someone wrote them unquoted.
        data = json.loads(text, parse_float=Decimal, parse_int=Decimal)
    except (ValueError, RecursionError) as exc:
        raise PriceListError("the stored price list is not valid JSON") from exc
    return from_dict(data)


def from_dict(data: Any) -> PriceList:
    if not isinstance(data, dict):
        raise PriceListError("the stored price list is not an object")
    if _int(data.get("version"), "version") != VERSION:
        raise PriceListError(f"the stored price list is version {data.get('version')}")
    try:
        sale = data.get("sale_currency")
        return PriceList(
            sale_currency=None if sale in (None, "") else parse_currency(sale),
            rules=tuple(_rule(item) for item in _list(data.get("rules"), "rules", MAX_RULES)),
            rates=tuple(_rate(item) for item in _list(data.get("rates"), "rates", MAX_RATES)),
            tax_rate=_number(data.get("tax_rate", "0"), "tax rate"),
            rate_max_age_days=_int(data.get("rate_max_age_days", 7), "rate's maximum age"),
        )
    except (PricingError, MoneyError) as exc:
        raise PriceListError(f"the stored price list is not usable: {exc}") from exc


def _list(value: Any, what: str, limit: int) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list) or len(value) > limit:
        raise PriceListError(f"the price list's {what} are not a list of at most {limit}")
    return value


def _number(value: Any, what: str, *, negative_ok: bool = False) -> Decimal:
    try:
        return parse_amount(value, negative_ok=negative_ok)
    except MoneyError as exc:
        raise PriceListError(f"the price list's {what} is not a number: {exc}") from exc


def _int(value: Any, what: str) -> int:
    number = _number(value, what)
    if number != number.to_integral_value():
        raise PriceListError(f"the price list's {what} is not a whole number")
    return int(number)


def _text(value: Any, what: str, limit: int = 100) -> str:
    if not isinstance(value, str) or len(value) > limit or not value.isprintable():
        raise PriceListError(f"the price list's {what} is not a short text")
    return value


def _rule(item: Any) -> PriceRule:
    if not isinstance(item, dict):
        raise PriceListError("a price rule is not an object")
    try:
        kind = ScopeKind(_text(item.get("scope"), "rule scope"))
        rounding = Rounding(_text(item.get("rounding", "none"), "rule rounding"))
    except ValueError as exc:
        raise PriceListError(f"a price rule is not usable: {exc}") from exc
    markup = Markup(
        _number(item.get("percent", "0"), "markup percent", negative_ok=True),
        _number(item.get("fixed", "0"), "fixed markup", negative_ok=True),
    )
    return PriceRule(Scope(kind, _text(item.get("value", ""), "rule value")), markup, rounding)


def _rate(item: Any) -> ExchangeRate:
    if not isinstance(item, dict):
        raise PriceListError("an exchange rate is not an object")
    try:
        set_on = date.fromisoformat(_text(item.get("set_on"), "rate date", 10))
    except ValueError as exc:
        raise PriceListError("an exchange rate's date is not a date") from exc
    return ExchangeRate(
        parse_currency(item.get("from")),
        parse_currency(item.get("to")),
        _number(item.get("rate"), "exchange rate"),
        set_on,
    )
