"""Each eSIM's share of a sale (issue 15): shares sum exactly to what was paid, per method."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from app.core.money import Money
from app.core.payment import Method, Tender
from app.core.refunds import EsimLiveStatus, shares, split

AMOUNTS = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("99999"), places=2)


def test_ten_over_three_gives_the_odd_cent_to_the_first() -> None:
    assert [m.amount for m in split(Money.of("10.00", "USD"), 3)] == [
        Decimal("3.34"),
        Decimal("3.33"),
        Decimal("3.33"),
    ]
    assert [m.amount for m in split(Money.of("1000", "IQD"), 3)] == [334, 333, 333]
    assert [m.amount for m in split(Money.of("4.275", "USD"), 2)] == [
        Decimal("2.145"),
        Decimal("2.13"),
    ]


@given(total=AMOUNTS, parts=st.integers(1, 10))
def test_shares_sum_exactly(total: Decimal, parts: int) -> None:
    pieces = split(Money(total, "USD"), parts)
    assert sum(p.amount for p in pieces) == total
    assert max(p.amount for p in pieces) - min(p.amount for p in pieces) <= Decimal("0.01")


@given(card=AMOUNTS, cash=AMOUNTS, quantity=st.integers(1, 10))
def test_a_split_pays_back_each_method_exactly(card: Decimal, cash: Decimal, quantity: int) -> None:
    tenders = (Tender(Method.CARD, Money(card, "USD")), Tender(Method.CASH, Money(cash, "USD")))
    result = shares(Money(card + cash, "USD"), tenders, quantity)
    assert len(result) == quantity
    assert sum(s.amount.amount for s in result) == card + cash
    for method, paid in ((Method.CARD, card), (Method.CASH, cash)):
        back = sum(t.amount.amount for s in result for t in s.tenders if t.method is method)
        assert back == paid
    for share in result:
        assert share.amount.amount == sum(t.amount.amount for t in share.tenders)


def test_live_status_installed_or_not() -> None:
    assert not EsimLiveStatus("89", "NEW").installed
    assert EsimLiveStatus("89", "ACTIVE").installed
    assert not EsimLiveStatus("89", "CANCELLED").installed
    assert EsimLiveStatus("89", "CANCELLED").cancelled
