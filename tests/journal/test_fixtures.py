"""The benchmark filler writes what the counter itself would write."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.core.iccid import check
from app.core.orders import OrderStatus
from app.core.plans import ProviderId
from app.journal import Journal
from app.journal.fixtures import orders, populate

END = datetime(2025, 6, 30, tzinfo=UTC)


def test_populate_fills_a_searchable_journal(journal: Journal) -> None:
    filled = populate(journal, 600, end=END)
    assert filled.count == journal.count() == 600
    assert END - timedelta(days=366) < filled.first < filled.last <= END
    assert filled.iccids and filled.order_ids and filled.references

    iccid = filled.iccids[0]
    assert check(iccid) == []  # real-looking: 89 prefix, Luhn check digit
    (found,) = journal.search(text=iccid)
    assert any(esim.iccid == iccid for esim in found.esims)
    assert journal.search(text=filled.order_ids[0])[0].provider_order_id == filled.order_ids[0]
    assert journal.count(status=OrderStatus.DELIVERED) > 400
    assert 0 < journal.count(training=True) < 200
    assert journal.known_order_ids(ProviderId.OCTOPUS)


def test_populated_sales_read_back_equal(journal: Journal) -> None:
    generated = list(orders(50, seed=7, end=END))
    journal._bulk_insert(generated)
    for sale in generated:
        assert journal.get(sale.reference) == sale


def test_the_same_seed_gives_the_same_sales() -> None:
    assert list(orders(20, seed=3, end=END)) == list(orders(20, seed=3, end=END))
