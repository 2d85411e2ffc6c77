"""A paid sale at the counter (issue 14): the quote and payment go to the journal with
SUBMITTING; a paid sale that fails owes the customer their money until handed back."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.core.money import Money
from app.core.orders import Handback, OrderStatus
from app.core.payment import Method, Payment, Tender
from app.core.plans import Plan, ProviderId
from app.core.quote import Quote
from app.counter import Counter, in_flight_window
from app.journal import Journal
from app.sandbox import Fault, SandboxConfig
from app.training import TrainingSetup, training_setup
from tests.journal.factories import quote

from .test_counter import _plan


@pytest.fixture
def setup() -> Iterator[TrainingSetup]:
    made = training_setup(SandboxConfig(clock_scale=0.001, pending_after_seconds=30))
    yield made
    made.close()


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    with Journal(tmp_path / "journal.sqlite3") as opened:
        yield opened


@pytest.fixture
def counter(setup: TrainingSetup, journal: Journal) -> Counter:
    return Counter(setup.providers, journal, training=True, clerk="ana")


def _paid(plan: Plan) -> tuple[Quote, Payment]:
    asked = quote("5.99", cost=str(plan.price.amount))
    payment = Payment(
        (
            Tender(Method.CARD, Money.of("2.00", "USD")),
            Tender(Method.CASH, Money.of("3.99", "USD")),
        ),
        Money.of("5.00", "USD"),
    )
    return asked, payment


@pytest.mark.parametrize("provider", list(ProviderId))
def test_a_delivered_sale_keeps_its_quote_and_payment(
    counter: Counter, journal: Journal, provider: ProviderId
) -> None:
    plan = _plan(counter, provider)
    asked, payment = _paid(plan)
    seen: list[object] = []
    counter._checkpoint = lambda name: seen.append(journal.unresolved()[0].payment)
    outcome = counter.sell(plan, quote=asked, payment=payment)
    assert seen[0] == payment  # on disk with SUBMITTING, before the request left
    stored = journal.get(outcome.order.reference)
    assert stored is not None and stored.status is OrderStatus.DELIVERED
    assert stored.quote == asked and stored.payment == payment
    assert stored.payment.change == Money.of("1.01", "USD")
    assert stored.handback is None and not stored.owes_customer


def test_a_payment_that_does_not_match_the_quote_is_refused(counter: Counter) -> None:
    plan = _plan(counter, ProviderId.ESIMFLY)
    asked = quote("5.99", cost=str(plan.price.amount))
    short = Payment.single(Method.CARD, Money.of("5.00", "USD"))
    with pytest.raises(ValueError, match="cover"):
        counter.begin_sale(plan, quote=asked, payment=short)
    assert counter.journal.unresolved() == []


def test_a_refused_paid_sale_owes_the_money_until_the_clerk_hands_it_back(
    counter: Counter, journal: Journal, setup: TrainingSetup
) -> None:
    setup.sandbox.set_balance("esimfly", 0)
    plan = _plan(counter, ProviderId.ESIMFLY)
    asked, payment = _paid(plan)
    outcome = counter.sell(plan, quote=asked, payment=payment)
    assert outcome.order.status is OrderStatus.FAILED
    assert outcome.order.handback is Handback.OWED  # the same write as FAILED
    assert [o.reference for o in counter.owed()] == [outcome.order.reference]
    back = counter.record_handback(outcome.order.reference, returned=True)
    assert back.handback is Handback.RETURNED and back.handback_at is not None
    assert counter.owed() == []


def test_an_unknown_paid_sale_that_resolves_failed_becomes_owed(
    counter: Counter, journal: Journal, setup: TrainingSetup
) -> None:
    plan = _plan(counter, ProviderId.OCTOPUS)
    asked, payment = _paid(plan)
    setup.sandbox.inject(Fault(kind="reset", provider="octopus", method="POST"))
    outcome = counter.sell(plan, quote=asked, payment=payment)
    assert outcome.order.status is OrderStatus.UNKNOWN and outcome.order.owes_customer
    window = in_flight_window(counter.providers[ProviderId.OCTOPUS])
    counter.clock = lambda: datetime.now(UTC) + window
    resolved = counter.reconcile(outcome.order)
    assert resolved.order.status is OrderStatus.FAILED
    assert resolved.order.handback is Handback.OWED
    stored = journal.get(outcome.order.reference)
    assert stored is not None and stored.handback is Handback.OWED
