"""History search: by what a clerk has in hand (ICCID, order id, destination), by status,
by date, training or not; newest first, a page at a time."""

from __future__ import annotations

import pytest

from app.core.activation import ActivationCode
from app.core.orders import Esim, Order, OrderStatus
from app.journal import Journal

from .factories import (
    EUROPE,
    GLOBAL,
    ICCID,
    ICCID_2,
    LPA,
    at,
    delivered,
    esimfly_plan,
    octopus_plan,
    order,
)


@pytest.fixture
def shop(journal: Journal) -> dict[str, Order]:
    """Five sales on five days, newest last."""
    sales = {
        "turkey": order(esimfly_plan(), created_at=at(1), clerk="ana"),
        "japan": order(octopus_plan(), created_at=at(2)),
        "europe": order(
            octopus_plan(destination=EUROPE, name="Europe 10 GB / 30 days"), created_at=at(3)
        ),
        "world": order(
            esimfly_plan(destination=GLOBAL, name="Discover Global 3GB"),
            created_at=at(4),
            training=True,
        ),
        "waiting": order(esimfly_plan(), created_at=at(5)),
    }
    for sale in sales.values():
        journal.record_submitting(sale)
    iccid_with_spaces = "8944 9999 0000 1111 222"
    journal.record_outcome(
        delivered(
            sales["turkey"],
            Esim(iccid_with_spaces, ActivationCode.parse(LPA)),
            order_id="ORD-7F3A",
        )
    )
    journal.record_outcome(delivered(sales["japan"], order_id="3001", charged="4.275"))
    journal.record_outcome(
        delivered(sales["europe"], Esim(ICCID_2, None), order_id="3002", charged="9.00")
    )
    sales["world"].advance(OrderStatus.FAILED)
    journal.record_outcome(sales["world"])
    return sales


def _refs(found: list[Order]) -> list[str]:
    return [sale.reference for sale in found]


def _names(shop: dict[str, Order], found: list[Order]) -> list[str]:
    by_ref = {sale.reference: name for name, sale in shop.items()}
    return [by_ref[ref] for ref in _refs(found)]


def test_everything_newest_first(journal: Journal, shop: dict[str, Order]) -> None:
    assert _names(shop, journal.search()) == ["waiting", "world", "europe", "japan", "turkey"]
    assert journal.count() == 5


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (ICCID, ["japan"]),  # the default delivered() eSIM
        ("8944 5001 0203", ["europe", "japan"]),  # a prefix, spaces ignored
        ("8944-5001-0203-0405-075", ["europe"]),
        ("894499990000111122", ["turkey"]),  # stored with spaces, found without
        ("8944 9999", ["turkey"]),
        ("ORD-7F3A", ["turkey"]),
        ("ord-7f3a", ["turkey"]),
        ("3001", ["japan"]),
        ("300", ["europe", "japan"]),  # order id prefix
        ("TR", ["waiting", "turkey"]),
        ("tur", ["waiting", "turkey"]),  # alpha-3 or name
        ("jpn", ["japan"]),
        ("Japan", ["japan"]),
        ("europe", ["europe"]),
        ("global", ["world"]),
        ("10 GB", ["europe"]),  # part of a plan name
        ("1GB 7Days", ["waiting", "turkey"]),
        ("nothing like it", []),
        ("50%", []),  # LIKE wildcards are literal
        ("_", []),
    ],
)
def test_text_search(
    journal: Journal, shop: dict[str, Order], text: str, expected: list[str]
) -> None:
    assert _names(shop, journal.search(text=text)) == expected
    assert journal.count(text=text) == len(expected)


def test_text_search_by_client_reference(journal: Journal, shop: dict[str, Order]) -> None:
    reference = shop["europe"].reference
    assert _names(shop, journal.search(text=reference)) == ["europe"]
    assert _names(shop, journal.search(text=f"  {reference[:13].upper()} ")) == ["europe"]


def test_search_by_status(journal: Journal, shop: dict[str, Order]) -> None:
    assert _names(shop, journal.search(status=OrderStatus.DELIVERED)) == [
        "europe",
        "japan",
        "turkey",
    ]
    assert _names(shop, journal.search(status=OrderStatus.SUBMITTING)) == ["waiting"]
    assert journal.count(status=OrderStatus.FAILED) == 1
    assert journal.search(status=OrderStatus.CANCELLED) == []


def test_search_by_date_range(journal: Journal, shop: dict[str, Order]) -> None:
    # since inclusive, until exclusive: day 2 up to (not including) day 4 at noon.
    assert _names(shop, journal.search(since=at(2), until=at(4))) == ["europe", "japan"]
    assert _names(shop, journal.search(since=at(4))) == ["waiting", "world"]
    assert _names(shop, journal.search(until=at(2))) == ["turkey"]
    assert journal.count(since=at(2), until=at(4)) == 2


def test_search_by_training_flag(journal: Journal, shop: dict[str, Order]) -> None:
    assert _names(shop, journal.search(training=True)) == ["world"]
    assert journal.count(training=False) == 4
    assert journal.count(training=None) == 5


def test_filters_combine(journal: Journal, shop: dict[str, Order]) -> None:
    found = journal.search(
        text="TR", status=OrderStatus.DELIVERED, since=at(1), until=at(5), training=False
    )
    assert _names(shop, found) == ["turkey"]


def test_search_returns_whole_orders(journal: Journal, shop: dict[str, Order]) -> None:
    (japan,) = journal.search(text="3001")
    assert japan == journal.get(shop["japan"].reference)
    assert japan.esims[0].activation == ActivationCode.parse(LPA)


def test_pages(journal: Journal) -> None:
    for index in range(25):
        journal.record_submitting(order(created_at=at(1 + index // 24, index % 24)))
    seen: list[str] = []
    for offset in range(0, 30, 10):
        page = journal.search(limit=10, offset=offset)
        assert len(page) == min(10, 25 - offset)
        seen += _refs(page)
    assert len(set(seen)) == 25
    times = [journal.get(ref).created_at for ref in seen]
    assert times == sorted(times, reverse=True)
    assert journal.search(limit=10, offset=25) == []


def test_equal_times_page_without_gaps_or_repeats(journal: Journal) -> None:
    # Sales in the same microsecond are ordered by reference, so pages never overlap.
    for _ in range(7):
        journal.record_submitting(order(created_at=at(1)))
    pages = [_refs(journal.search(limit=3, offset=offset)) for offset in (0, 3, 6)]
    flat = [ref for page in pages for ref in page]
    assert len(flat) == len(set(flat)) == 7


def test_negative_paging_is_refused(journal: Journal) -> None:
    with pytest.raises(ValueError, match="negative"):
        journal.search(limit=-1)


def test_a_long_number_is_looked_up_as_an_iccid_or_order_not_as_a_name(journal: Journal) -> None:
    # A plan whose name holds the same digits as another sale's ICCID.
    named = order(esimfly_plan(name=f"Promo {ICCID[:12]}"), created_at=at(1))
    sold = order(esimfly_plan(), created_at=at(2))
    for sale in (named, sold):
        journal.record_submitting(sale)
    journal.record_outcome(delivered(sold, Esim(ICCID, ActivationCode.parse(LPA)), order_id="77"))
    assert _refs(journal.search(text=ICCID[:12])) == [sold.reference]
    assert _refs(journal.search(text="Promo")) == [named.reference]
