"""Recording a sale and its outcomes: never twice, never losing what the provider said."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.activation import ActivationCode
from app.core.money import Money
from app.core.orders import Esim, OrderResult, OrderStatus
from app.core.plans import ProviderId
from app.journal import Journal, JournalError

from .factories import ICCID, ICCID_2, LPA, at, delivered, esimfly_plan, octopus_plan, order, raw_db


def test_a_duplicate_reference_is_refused(journal: Journal) -> None:
    sale = order()
    journal.record_submitting(sale)
    with pytest.raises(JournalError, match="already in the journal"):
        journal.record_submitting(order(reference=sale.reference))
    assert journal.count() == 1


def test_only_a_submitting_sale_can_be_recorded_first(journal: Journal) -> None:
    with pytest.raises(JournalError, match="SUBMITTING"):
        journal.record_submitting(order(status=OrderStatus.DELIVERED))
    assert journal.count() == 0


def test_an_outcome_for_an_unknown_sale_is_refused(journal: Journal) -> None:
    with pytest.raises(JournalError, match="not in the journal"):
        journal.record_outcome(delivered(order()))


def test_outcome_updates_status_order_id_and_charge(journal: Journal, journal_path: Path) -> None:
    sale = order(octopus_plan())
    journal.record_submitting(sale)
    sale.mark_unknown()
    journal.record_outcome(sale)
    assert journal.get(sale.reference).status is OrderStatus.UNKNOWN

    sale.apply(OrderResult(ProviderId.OCTOPUS, "3001", OrderStatus.PENDING))
    journal.record_outcome(sale)
    sale.apply(
        OrderResult(
            ProviderId.OCTOPUS,
            "3001",
            OrderStatus.DELIVERED,
            esims=(Esim(ICCID, ActivationCode.parse(LPA)),),
            charged=Money.of("4.275", "USD"),
        )
    )
    journal.record_outcome(sale)
    assert journal.get(sale.reference) == sale
    with raw_db(journal_path) as raw:
        resolved, updated, created = raw.execute(
            "SELECT resolved_at, updated_at, created_at FROM sales"
        ).fetchone()
    assert resolved is not None
    assert created <= resolved <= updated


def test_a_failure_keeps_its_reason(journal: Journal) -> None:
    sale = order()
    journal.record_submitting(sale)
    sale.apply(
        OrderResult(
            ProviderId.ESIMFLY, "", OrderStatus.FAILED, failure_reason="Insufficient balance"
        )
    )
    journal.record_outcome(sale)
    back = journal.get(sale.reference)
    assert back.status is OrderStatus.FAILED
    assert back.failure_reason == "Insufficient balance"
    assert back.provider_order_id is None


def test_a_later_outcome_without_codes_keeps_the_stored_ones(journal: Journal) -> None:
    sale = order(esimfly_plan(), quantity=2)
    journal.record_submitting(sale)
    first = delivered(
        sale,
        Esim(ICCID, ActivationCode.parse(LPA), confirmation_code="9876"),
        Esim(ICCID_2, ActivationCode.parse(LPA)),
    )
    journal.record_outcome(first)

    # Another thread's copy of the sale, rebuilt from a later answer that no longer
    # carries the codes (installed eSIMs) and names only the first eSIM.
    later = delivered(sale, Esim(ICCID, None), order_id="")
    later.charged = None
    journal.record_outcome(later)

    back = journal.get(sale.reference)
    assert back.esims == first.esims
    assert back.provider_order_id == "ORD-1"
    assert back.charged == first.charged


def test_a_placeholder_iccid_never_replaces_a_real_one(journal: Journal) -> None:
    sale = order()
    journal.record_submitting(sale)
    journal.record_outcome(delivered(sale))
    journal.record_outcome(delivered(sale, Esim("PENDING_0001", None)))
    assert journal.get(sale.reference).esims[0].iccid == ICCID


def test_a_pending_placeholder_is_replaced_by_the_real_eSIM(journal: Journal) -> None:
    sale = order()
    journal.record_submitting(sale)
    sale.advance(OrderStatus.PENDING)
    sale.esims = (Esim("PENDING_0001"),)
    journal.record_outcome(sale)
    assert journal.search(text="PENDING_0001")[0].reference == sale.reference

    journal.record_outcome(delivered(sale))
    back = journal.get(sale.reference)
    assert back.esims[0].iccid == ICCID
    assert back.esims[0].ready
    assert journal.search(text="PENDING_0001") == []


def test_a_final_sale_cannot_be_turned_back(journal: Journal) -> None:
    sale = order()
    journal.record_submitting(sale)
    journal.record_outcome(delivered(sale))
    stale = order(reference=sale.reference)
    stale.mark_unknown()
    with pytest.raises(JournalError, match="DELIVERED"):
        journal.record_outcome(stale)
    assert journal.get(sale.reference).status is OrderStatus.DELIVERED


def test_unresolved_sales_oldest_first(journal: Journal) -> None:
    sales = {}
    for day, status in [
        (5, OrderStatus.UNKNOWN),
        (1, OrderStatus.DELIVERED),
        (3, OrderStatus.PENDING),
        (2, OrderStatus.SUBMITTING),
        (4, OrderStatus.FAILED),
    ]:
        sale = order(created_at=at(day))
        journal.record_submitting(sale)
        if status is not OrderStatus.SUBMITTING:
            sale.advance(status)
            journal.record_outcome(sale)
        sales[day] = sale
    assert journal.unresolved() == [sales[2], sales[3], sales[5]]


def test_known_order_ids_per_provider(journal: Journal) -> None:
    for plan, order_id in [
        (esimfly_plan(), "ORD-A"),
        (esimfly_plan(), "ORD-B"),
        (octopus_plan(), "3001"),
        (esimfly_plan(), None),
    ]:
        sale = order(plan)
        journal.record_submitting(sale)
        if order_id:
            journal.record_outcome(delivered(sale, order_id=order_id))
    assert journal.known_order_ids(ProviderId.ESIMFLY) == {"ORD-A", "ORD-B"}
    assert journal.known_order_ids(ProviderId.OCTOPUS) == {"3001"}


def test_a_closed_journal_says_so(journal_path: Path) -> None:
    journal = Journal(journal_path)
    journal.close()
    journal.close()  # twice is harmless
    with pytest.raises(JournalError, match="closed"):
        journal.get("x")
    with pytest.raises(JournalError, match="closed"):
        journal.record_submitting(order())


def test_a_journal_error_is_a_counter_error_the_clerk_can_read() -> None:
    from app.core.errors import CounterError

    assert issubclass(JournalError, CounterError)
    assert "journal" in JournalError().message
