"""eSIMfly keeps no client reference, so a lost order is found again by package and time.

Two unresolved sales of the same package must not both claim one order: the counter passes
the order ids already journalled as ``exclude`` and reconciles one sale at a time.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Literal

import pytest

from app.core import countries
from app.core.orders import OrderStatus
from app.core.plans import Plan, ProviderId
from app.counter import Counter
from app.journal import Journal
from app.sandbox import Fault, SandboxConfig
from app.training import TrainingSetup, training_setup

GERMANY = countries.country("DE")
ORDER = "/api/v1/business/esims/order"


@pytest.fixture
def setup() -> Iterator[TrainingSetup]:
    made = training_setup(SandboxConfig(clock_scale=0.001))
    yield made
    made.close()


@pytest.fixture
def counter(setup: TrainingSetup, tmp_path: Path) -> Iterator[Counter]:
    with Journal(tmp_path / "journal.sqlite3") as journal:
        yield Counter(setup.providers, journal, training=True)


def _plan(counter: Counter) -> Plan:
    assert GERMANY is not None
    plans = [p for p in counter.plans(GERMANY) if p.provider is ProviderId.ESIMFLY]
    return min(plans, key=lambda p: p.price.amount)


def _lose_answer(setup: TrainingSetup, when: Literal["before", "after"]) -> None:
    setup.sandbox.inject(
        Fault(kind="reset", provider="esimfly", method="POST", path=ORDER, when=when)
    )


def test_two_lost_sales_of_one_package_claim_one_order_each(
    counter: Counter, setup: TrainingSetup
) -> None:
    plan = _plan(counter)
    delivered = counter.sell(plan).order  # an earlier sale of the package, in the window
    lost = []
    for _ in range(3):
        _lose_answer(setup, "after")
        lost.append(counter.sell(plan).order)
        assert lost[-1].status is OrderStatus.UNKNOWN
    # Each lost sale was settled before the next sale of its package left; the last one
    # is settled here.
    counter.reconcile_all()
    stored = [counter.journal.get(order.reference) for order in lost]
    assert all(s is not None and s.status is OrderStatus.DELIVERED for s in stored)
    claimed = [s.provider_order_id for s in stored if s is not None]
    taken = [o["orderReference"] for o in setup.sandbox.orders("esimfly")]
    assert sorted([*claimed, delivered.provider_order_id]) == sorted(taken)
    assert len(set(taken)) == 4
    # Each sale gets its own order back.
    by_request = {o["requestId"]: o["orderReference"] for o in setup.sandbox.orders("esimfly")}
    assert all(by_request[s.reference] == s.provider_order_id for s in stored if s is not None)


# eSIMfly keeps no client reference; before the fix, matching by package and time let a
# sale that never arrived take a later sale's order. The request-id probe (a balance read
# under the sale's reference answers DUPLICATE_REQUEST only if the order request arrived)
# now tells them apart.
def test_a_sale_that_never_arrived_does_not_take_the_order_of_a_later_one(
    counter: Counter, setup: TrainingSetup
) -> None:
    plan = _plan(counter)
    _lose_answer(setup, "before")  # never reaches eSIMfly
    first = counter.sell(plan).order
    _lose_answer(setup, "after")  # taken and paid, answer lost
    second = counter.sell(plan).order
    assert (first.status, second.status) == (OrderStatus.UNKNOWN, OrderStatus.UNKNOWN)
    counter.reconcile_all()
    (taken,) = setup.sandbox.orders("esimfly")
    assert taken["requestId"] == second.reference
    journal = counter.journal
    assert isinstance(journal, Journal)
    stored_first, stored_second = journal.get(first.reference), journal.get(second.reference)
    assert stored_first is not None and stored_second is not None
    assert stored_second.provider_order_id == taken["orderReference"]
    assert stored_first.status is OrderStatus.FAILED


def test_lost_sales_of_one_package_take_their_own_orders_in_any_check_order(
    counter: Counter, setup: TrainingSetup
) -> None:
    """Checked newest first (the clerk clicks the last one), each sale still gets the order
    its own request bought, with what it was charged (the detail has no currency)."""
    plan = _plan(counter)
    lost = []
    for _ in range(3):
        _lose_answer(setup, "after")
        lost.append(counter.sell(plan).order)
    for order in reversed(lost):
        outcome = counter.reconcile(order)
        assert outcome.order.status is OrderStatus.DELIVERED
    by_request = {o["requestId"]: o["orderReference"] for o in setup.sandbox.orders("esimfly")}
    journal = counter.journal
    for order in lost:
        stored = journal.get(order.reference)
        assert stored is not None
        assert stored.provider_order_id == by_request[order.reference]
        assert stored.charged is not None and stored.charged.currency == plan.price.currency


def test_a_recovered_sale_carries_what_it_was_charged(
    counter: Counter, setup: TrainingSetup
) -> None:
    plan = _plan(counter)
    _lose_answer(setup, "after")
    lost = counter.sell(plan).order
    assert counter.reconcile(lost).order.status is OrderStatus.DELIVERED
    stored = counter.journal.get(lost.reference)
    assert stored is not None and stored.charged is not None
    assert stored.charged.currency == plan.price.currency and stored.charged.amount > 0
