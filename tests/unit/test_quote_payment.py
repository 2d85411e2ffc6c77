from datetime import date
from decimal import Decimal

import pytest

from app.core.money import Money, MoneyError
from app.core.payment import Method, Payment, Tender
from app.core.quote import Quote


def usd(text: str) -> Money:
    return Money(Decimal(text), "USD")


def test_a_quote_keeps_net_tax_and_gross_exact_and_knows_its_margin() -> None:
    quote = Quote(
        cost=usd("4.275"),
        quantity=2,
        unit_gross=usd("5.99"),
        gross=usd("11.98"),
        net=usd("10.42"),
        tax=usd("1.56"),
        tax_rate=Decimal("15"),
        cost_in_sale=usd("8.55"),
    )
    assert quote.margin == usd("1.87")
    assert not quote.below_cost


def test_a_quote_that_does_not_add_up_is_refused() -> None:
    with pytest.raises(MoneyError):
        Quote(usd("1"), 1, usd("2"), usd("2"), usd("1.50"), usd("0.49"), Decimal(0), usd("1"))
    with pytest.raises(MoneyError):  # across currencies without a rate
        iqd = Money(Decimal(2000), "IQD")
        Quote(usd("1"), 1, iqd, iqd, iqd, Money(Decimal(0), "IQD"), Decimal(0), iqd)


def test_a_quote_across_currencies_carries_its_rate() -> None:
    iqd = Money(Decimal(2000), "IQD")
    zero = Money(Decimal(0), "IQD")
    quote = Quote(
        usd("1"),
        1,
        iqd,
        iqd,
        iqd,
        zero,
        Decimal(0),
        Money(Decimal(1310), "IQD"),
        rate=Decimal(1310),
        rate_set_on=date(2026, 11, 30),
    )
    assert quote.margin == Money(Decimal(690), "IQD")


def test_cash_gives_change_and_a_split_adds_up() -> None:
    cash = Payment.single(Method.CASH, usd("5.99"), tendered=usd("10"))
    assert cash.change == usd("4.01")
    split = Payment((Tender(Method.CARD, usd("4")), Tender(Method.CASH, usd("1.99"))), usd("2"))
    assert split.total == usd("5.99")
    assert split.change == usd("0.01")
    card = Payment.single(Method.CARD, usd("5.99"), tendered=usd("10"))
    assert card.cash_tendered is None and card.change == usd("0")


def test_a_payment_that_cannot_be_is_refused() -> None:
    with pytest.raises(MoneyError):
        Payment.single(Method.CASH, usd("5.99"), tendered=usd("5"))
    with pytest.raises(ValueError):
        Payment((Tender(Method.CASH, usd("1")), Tender(Method.CASH, usd("1"))))
    with pytest.raises(MoneyError):
        Tender(Method.CARD, usd("0"))
