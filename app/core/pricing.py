"""The shop's own prices: markup over the provider's cost, rounding, exchange rate and tax.

A :class:`PriceList` turns a plan into a :class:`~app.core.quote.Quote`. The retail price
is ``cost × (1 + percent/100) + fixed``, converted to the sale currency and rounded up by
the rule's :class:`~app.core.rounding.Rounding`; tax is *included* in it.

Which rule prices a plan: the most specific one that matches, in this order (first match
in the list wins within one kind): plan id > destination code > region > provider >
default. With no matching rule at all the plan sells at the provider's *list* price
(``Plan.price``), exactly as the counter did before price lists existed, so a shop that
never sets one sees nothing change. Pure and Qt-free; exact Decimal, never float.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from functools import cache

from babel.core import get_global

from app.core.countries import DestinationKind
from app.core.money import Money, MoneyError, minor_units
from app.core.plans import Plan
from app.core.quote import Quote
from app.core.rounding import Rounding, apply

__all__ = ["Markup", "PriceList", "PriceRule", "PricingError", "Rounding", "Scope"]
__all__ += ["ExchangeRate", "ScopeKind", "needs_override", "regions_of", "tax_included"]

MAX_PERCENT = Decimal(1000)
MAX_TAX = Decimal(100)
MAX_QUANTITY = 1000


class PricingError(ValueError):
    """A plan this price list cannot price (no exchange rate, a price of zero or less)."""


class ScopeKind(StrEnum):
    """What a rule applies to; listed from least to most specific."""

    DEFAULT = "default"
    PROVIDER = "provider"  # a ProviderId value: "esimfly", "octopus"
    REGION = "region"  # a region slug ("europe", "middle-east") or "global"
    DESTINATION = "destination"  # a destination code: alpha-2 ("TR") or a bundle's slug
    PLAN = "plan"  # a Plan.id ("octopus:712:4.50", "esimfly:TR-1GB-7D")


PRECEDENCE: tuple[ScopeKind, ...] = (
    ScopeKind.PLAN,
    ScopeKind.DESTINATION,
    ScopeKind.REGION,
    ScopeKind.PROVIDER,
    ScopeKind.DEFAULT,
)


def _codes(text: str) -> list[str]:
    return text.split()


# Everyday regions a country sells under, beyond its continent (see :func:`regions_of`).
_MIDDLE_EAST = frozenset(_codes("AE BH CY EG IL IQ IR JO KW LB OM PS QA SA SY TR YE"))
_CARIBBEAN = frozenset(
    _codes("AG AI AW BB BL BQ BS CU CW DM DO GD GP HT JM KN KY LC MF MQ MS PR SX TC TT VC VG VI")
)
_NORTH_AMERICA = frozenset({"US", "CA", "MX", "GL", "PM", "BM"})
_CONTINENT = {"Europe": "europe", "Asia": "asia", "Africa": "africa"}
_CONTINENT |= {"Australia": "oceania", "Pacific": "oceania"}


@cache
def regions_of(code: str) -> frozenset[str]:
    """The region slugs a country belongs to for pricing: its continent (by its first
    time zone in CLDR, which babel ships) plus the everyday groupings shops price by."""
    code = code.upper()
    zones = get_global("territory_zones").get(code) or []
    found: set[str] = set()
    if zones:
        continent = str(zones[0]).split("/", 1)[0]
        if continent in _CONTINENT:
            found.add(_CONTINENT[continent])
        elif continent == "America":
            found.add("north-america" if code in _NORTH_AMERICA else "latin-america")
    if code == "XK":  # Kosovo has no zone of its own in CLDR
        found.add("europe")
    if code in _MIDDLE_EAST:
        found.add("middle-east")
    if code in _CARIBBEAN:
        found.add("caribbean")
    return frozenset(found)


@dataclass(frozen=True, slots=True)
class Markup:
    """``percent`` of the cost plus ``fixed`` (in the sale currency) on top of it."""

    percent: Decimal = Decimal(0)
    fixed: Decimal = Decimal(0)

    def __post_init__(self) -> None:
        fixed = self.fixed.amount if isinstance(self.fixed, Money) else self.fixed
        object.__setattr__(self, "fixed", fixed)
        for value in (self.percent, fixed):
            if not isinstance(value, Decimal) or not value.is_finite():
                raise PricingError(f"a markup must be an exact number, not {value!r}")
        if not -100 < self.percent <= MAX_PERCENT:
            raise PricingError(f"a markup percent must be above -100 and at most {MAX_PERCENT}")

    def apply(self, cost: Decimal) -> Decimal:
        return cost * (100 + self.percent) / 100 + self.fixed


@dataclass(frozen=True, slots=True)
class Scope:
    kind: ScopeKind
    value: str = ""  # empty for DEFAULT

    def __post_init__(self) -> None:
        value = self.value.strip()
        if self.kind is not ScopeKind.PLAN:
            value = value.lower() if self.kind is not ScopeKind.DESTINATION else value.upper()
        object.__setattr__(self, "value", "" if self.kind is ScopeKind.DEFAULT else value)
        if self.kind is not ScopeKind.DEFAULT and not value:
            raise PricingError(f"a {self.kind.value} rule needs a value")

    def matches(self, plan: Plan) -> bool:
        destination = plan.destination
        if self.kind is ScopeKind.DEFAULT:
            return True
        if self.kind is ScopeKind.PROVIDER:
            return plan.provider.value == self.value
        if self.kind is ScopeKind.PLAN:
            return plan.id == self.value
        if self.kind is ScopeKind.DESTINATION:
            return destination.code.upper() == self.value
        if destination.kind is not DestinationKind.COUNTRY:
            return destination.code.lower() == self.value
        return self.value in regions_of(destination.code)

    def __str__(self) -> str:
        return self.kind.value if not self.value else f"{self.kind.value}:{self.value}"


@dataclass(frozen=True, slots=True)
class PriceRule:
    scope: Scope
    markup: Markup = field(default_factory=Markup)
    rounding: Rounding = Rounding.NONE


@dataclass(frozen=True, slots=True)
class ExchangeRate:
    """``rate`` units of ``currency_to`` for one unit of ``currency_from``, set on a day."""

    currency_from: str
    currency_to: str
    rate: Decimal
    set_on: date

    def __post_init__(self) -> None:
        if not isinstance(self.rate, Decimal) or not self.rate.is_finite() or self.rate <= 0:
            raise PricingError(f"an exchange rate must be a positive number, not {self.rate!r}")
        if self.currency_from == self.currency_to:
            raise PricingError("an exchange rate needs two different currencies")

    def age_days(self, today: date) -> int:
        return (today - self.set_on).days


@dataclass(frozen=True, slots=True)
class PriceList:
    """The owner's prices. ``sale_currency`` None sells each plan in its cost currency."""

    sale_currency: str | None = None
    rules: tuple[PriceRule, ...] = ()
    rates: tuple[ExchangeRate, ...] = ()
    tax_rate: Decimal = Decimal(0)  # percent, included in the retail price
    rate_max_age_days: int = 7

    def __post_init__(self) -> None:
        if not isinstance(self.tax_rate, Decimal) or not 0 <= self.tax_rate <= MAX_TAX:
            raise PricingError(f"a tax rate must be from 0 to {MAX_TAX} percent")
        if not 0 <= self.rate_max_age_days <= 3650:
            raise PricingError("the rate's maximum age must be from 0 to 3650 days")
        scopes = [rule.scope for rule in self.rules]
        if len(set(scopes)) != len(scopes):
            raise PricingError("two rules for the same scope")
        pairs = [(r.currency_from, r.currency_to) for r in self.rates]
        if len(set(pairs)) != len(pairs):
            raise PricingError("two exchange rates for the same pair of currencies")

    @property
    def is_default(self) -> bool:
        return self == PriceList()

    def rule_for(self, plan: Plan) -> PriceRule | None:
        """The rule that prices ``plan`` (see the module docstring), None for list price."""
        for kind in PRECEDENCE:
            for rule in self.rules:
                if rule.scope.kind is kind and rule.scope.matches(plan):
                    return rule
        return None

    def rate_for(self, currency_from: str, currency_to: str) -> ExchangeRate | None:
        for rate in self.rates:
            if (rate.currency_from, rate.currency_to) == (currency_from, currency_to):
                return rate
        return None

    def stale_rate(self, today: date) -> bool:
        """Whether a rate into the sale currency is older than the owner allows."""
        return any(
            rate.currency_to == self.sale_currency and rate.age_days(today) > self.rate_max_age_days
            for rate in self.rates
        )

    def quote(self, plan: Plan, quantity: int = 1, *, today: date) -> Quote:
        """What ``quantity`` eSIMs of ``plan`` sell for today; raises :class:`PricingError`.

        ``today`` is part of the signature so a quote is a pure function of its inputs
        (the rate's date goes into the quote; nothing else depends on the day today).
        """
        if not 1 <= quantity <= MAX_QUANTITY:
            raise PricingError(f"quantity must be from 1 to {MAX_QUANTITY}")
        del today  # the rate used is recorded with its own date
        cost = plan.cost_price
        currency = self.sale_currency or cost.currency
        rate: ExchangeRate | None = None
        factor = Decimal(1)
        if currency != cost.currency:
            rate = self.rate_for(cost.currency, currency)
            if rate is None:
                raise PricingError(f"no exchange rate from {cost.currency} to {currency}")
            factor = rate.rate
        rule = self.rule_for(plan)
        if rule is None:
            unit = apply(Rounding.NONE, plan.price.amount * factor, currency)
        else:
            marked_up = rule.markup.apply(cost.amount * factor)
            unit = apply(rule.rounding, marked_up, currency)
        if unit <= 0:
            raise PricingError(f"{plan.id} would sell for {unit} {currency}")
        try:
            gross = unit * quantity
            tax = tax_included(gross, self.tax_rate, currency)
            return Quote(
                cost=cost,
                quantity=quantity,
                unit_gross=Money(unit, currency),
                gross=Money(gross, currency),
                net=Money(gross - tax, currency),
                tax=Money(tax, currency),
                tax_rate=self.tax_rate,
                cost_in_sale=Money(cost.amount * quantity * factor, currency),
                rate=None if rate is None else rate.rate,
                rate_set_on=None if rate is None else rate.set_on,
                rule="list" if rule is None else str(rule.scope),
            )
        except MoneyError as exc:
            raise PricingError(f"{plan.id} cannot be priced: {exc}") from exc


def tax_included(gross: Decimal, tax_rate: Decimal, currency: str) -> Decimal:
    """The tax inside a tax-inclusive ``gross``: gross × r / (100 + r), half-up to the
    currency's minor units, once per sale (net is gross less this, so they add up)."""
    if tax_rate == 0:
        return Decimal(0).quantize(Decimal(1).scaleb(-minor_units(currency)))
    unit = Decimal(1).scaleb(-minor_units(currency))
    return (gross * tax_rate / (100 + tax_rate)).quantize(unit, rounding=ROUND_HALF_UP)


def needs_override(quote: Quote) -> bool:
    """Whether selling at ``quote`` needs the manager PIN (it is below the shop's cost)."""
    return quote.below_cost
