"""The counter's use cases against the in-process sandbox and a real journal file."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from app.core import countries
from app.core.errors import CounterError, InsufficientBalanceError, OutcomeUnknownError
from app.core.money import Money
from app.core.orders import OrderStatus
from app.core.plans import Plan, ProviderId
from app.counter import Counter, in_flight_window
from app.journal import Journal
from app.sandbox import Fault, Sandbox, SandboxConfig
from app.training import TrainingSetup, training_setup

GERMANY = countries.country("DE")


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


def _plan(counter: Counter, provider: ProviderId) -> Plan:
    assert GERMANY is not None
    plans = [p for p in counter.plans(GERMANY) if p.provider is provider]
    return min(plans, key=lambda p: p.price.amount)


def test_destinations_merge_both_providers(counter: Counter) -> None:
    found = counter.destinations()
    assert GERMANY in found
    assert len(found) == len(set(found))
    assert found[-1] == countries.GLOBAL


@pytest.mark.parametrize("provider", list(ProviderId))
def test_sale_is_journalled_before_and_after(
    counter: Counter, journal: Journal, provider: ProviderId
) -> None:
    seen: list[tuple[str, OrderStatus | None]] = []

    def checkpoint(name: str) -> None:
        stored = journal.unresolved()
        seen.append((name, stored[0].status if stored else None))

    counter._checkpoint = checkpoint
    outcome = counter.sell(_plan(counter, provider))
    assert outcome.error is None
    # On disk as SUBMITTING before the request, still SUBMITTING when the answer arrives.
    assert seen == [("journalled", OrderStatus.SUBMITTING), ("answered", OrderStatus.SUBMITTING)]
    stored = journal.get(outcome.order.reference)
    assert stored is not None and stored.status is OrderStatus.DELIVERED
    assert stored.esims == outcome.order.esims and stored.clerk == "ana" and stored.training


def test_refused_sale_is_failed_with_the_reason(
    counter: Counter, journal: Journal, setup: TrainingSetup
) -> None:
    setup.sandbox.set_balance("esimfly", 0)
    outcome = counter.sell(_plan(counter, ProviderId.ESIMFLY))
    assert isinstance(outcome.error, InsufficientBalanceError)
    stored = journal.get(outcome.order.reference)
    assert stored is not None and stored.status is OrderStatus.FAILED
    assert stored.failure_reason and "Balance too low" in stored.failure_reason


@pytest.mark.parametrize("provider", list(ProviderId))
def test_lost_answer_is_unknown_then_reconciled(
    counter: Counter, journal: Journal, setup: TrainingSetup, provider: ProviderId
) -> None:
    sandbox: Sandbox = setup.sandbox
    plan = _plan(counter, provider)  # logs in first: the fault must hit the order itself
    sandbox.inject(Fault(kind="reset", provider=provider.value, method="POST", when="after"))
    outcome = counter.sell(plan)
    assert isinstance(outcome.error, OutcomeUnknownError)
    assert outcome.order.status is OrderStatus.UNKNOWN
    assert len(sandbox.orders(provider.value)) == 1
    (resolved,) = counter.reconcile_all()
    assert resolved.order.status is OrderStatus.DELIVERED
    assert resolved.order.esims[0].activation is not None
    assert journal.unresolved() == []
    assert len(sandbox.orders(provider.value)) == 1


@pytest.mark.parametrize("provider", list(ProviderId))
def test_request_that_never_arrived_is_failed_on_reconcile(
    counter: Counter, journal: Journal, setup: TrainingSetup, provider: ProviderId
) -> None:
    plan = _plan(counter, provider)
    setup.sandbox.inject(Fault(kind="reset", provider=provider.value, method="POST"))
    outcome = counter.sell(plan)
    assert outcome.order.status is OrderStatus.UNKNOWN
    window = in_flight_window(counter.providers[provider])
    counter.clock = lambda: datetime.now(UTC) + window  # the window has passed
    resolved = counter.reconcile(outcome.order)
    assert resolved.order.status is OrderStatus.FAILED
    assert resolved.recheck_at is None
    assert setup.sandbox.orders(provider.value) == []


class FakeClock:
    def __init__(self) -> None:
        self.now = datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.now


def test_an_octopus_order_not_found_inside_its_window_stays_unknown_until_it_closes(
    counter: Counter, journal: Journal, setup: TrainingSetup
) -> None:
    """The restart's reconciliation asks while the request is still on its way: "not found"
    then proves nothing, so the sale stays UNKNOWN and is asked again; when the order
    lands, it is found and delivered; a request that never lands is FAILED only once its
    window has passed."""
    clock = FakeClock()
    counter.clock = clock
    plan = _plan(counter, ProviderId.OCTOPUS)
    window = in_flight_window(counter.providers[ProviderId.OCTOPUS])
    assert window >= timedelta(seconds=75)  # the order timeout plus a margin

    late = counter.begin_sale(plan)
    journal.record_sent(late.reference, clock.now)  # the request left, then the crash
    first = counter.reconcile(late)
    assert first.order.status is OrderStatus.UNKNOWN
    assert isinstance(first.error, OutcomeUnknownError)
    assert first.recheck_at is not None and clock.now < first.recheck_at <= clock.now + window
    stored = journal.get(late.reference)
    assert stored is not None and stored.status is OrderStatus.UNKNOWN and not stored.status.final

    # The request lands at Octopus a moment later: the next check finds it.
    clock.now += timedelta(seconds=20)
    provider = counter.providers[ProviderId.OCTOPUS]
    provider.place_order(plan, late.reference)
    found = counter.reconcile(journal.unresolved()[0])
    assert found.order.status is OrderStatus.DELIVERED and found.recheck_at is None

    # One that never lands: UNKNOWN until the window closes, then FAILED.
    lost = counter.begin_sale(plan)
    journal.record_sent(lost.reference, clock.now)
    clock.now += window - timedelta(seconds=1)
    assert counter.reconcile(lost).order.status is OrderStatus.UNKNOWN
    clock.now += timedelta(seconds=1)
    done = counter.reconcile(lost)
    assert done.order.status is OrderStatus.FAILED and done.recheck_at is None
    assert len(setup.sandbox.orders("octopus")) == 1


def test_a_sale_never_sent_is_failed_at_once(counter: Counter, journal: Journal) -> None:
    """Killed after the sale was journalled and before its request left: no window."""
    sale = counter.begin_sale(_plan(counter, ProviderId.OCTOPUS))
    assert journal.sent_at(sale.reference) is None
    assert counter.reconcile(sale).order.status is OrderStatus.FAILED


def test_the_send_time_is_written_before_each_request(counter: Counter, journal: Journal) -> None:
    clock = FakeClock()
    counter.clock = clock
    seen: list[datetime | None] = []
    plan = _plan(counter, ProviderId.OCTOPUS)
    real = counter.providers[ProviderId.OCTOPUS].place_order

    def spy(plan: Plan, reference: str, quantity: int = 1) -> Any:
        seen.append(journal.sent_at(reference))
        return real(plan, reference, quantity)

    counter.providers[ProviderId.OCTOPUS].place_order = spy  # type: ignore[method-assign]
    counter.sell(plan)
    assert seen == [clock.now]


@pytest.mark.parametrize("provider", list(ProviderId))
def test_resend_reuses_the_reference_and_never_buys_twice(
    counter: Counter, setup: TrainingSetup, provider: ProviderId
) -> None:
    plan = _plan(counter, provider)
    setup.sandbox.inject(
        Fault(kind="http_502", provider=provider.value, method="POST", when="after")
    )
    outcome = counter.sell(plan)
    assert outcome.order.status is OrderStatus.UNKNOWN
    again = counter.resend(outcome.order)
    assert len(setup.sandbox.orders(provider.value)) == 1
    if provider is ProviderId.OCTOPUS:
        assert again.order.status is OrderStatus.DELIVERED  # the duplicate fetched the order
    else:
        assert again.order.status is OrderStatus.UNKNOWN  # eSIMfly refused the reused id
        assert counter.reconcile(again.order).order.status is OrderStatus.DELIVERED


def test_a_resend_of_a_day_old_sale_is_refused(counter: Counter, setup: TrainingSetup) -> None:
    plan = _plan(counter, ProviderId.ESIMFLY)
    setup.sandbox.inject(Fault(kind="reset", provider="esimfly", method="POST", when="after"))
    order = counter.sell(plan).order
    order.created_at = datetime.now(UTC) - timedelta(hours=24)
    with pytest.raises(CounterError, match="too old"):
        counter.resend(order)


def test_pending_is_polled_to_delivery(counter: Counter, setup: TrainingSetup) -> None:
    plan = _plan(counter, ProviderId.OCTOPUS)
    setup.sandbox.force_outcome("octopus", plan.key.product_id, "pending")  # type: ignore[union-attr]
    outcome = counter.sell(plan)
    assert outcome.order.status is OrderStatus.PENDING
    assert counter.poll(outcome.order).order.status is OrderStatus.PENDING
    setup.sandbox.clock.advance(31)
    assert counter.poll(outcome.order).order.status is OrderStatus.DELIVERED


def test_a_training_sale_is_never_looked_up_at_a_real_provider(
    counter: Counter, journal: Journal, setup: TrainingSetup
) -> None:
    plan = _plan(counter, ProviderId.OCTOPUS)
    setup.sandbox.inject(Fault(kind="reset", provider="octopus", method="POST", when="after"))
    unknown = counter.sell(plan).order
    assert unknown.status is OrderStatus.UNKNOWN and unknown.training
    real = Counter(setup.providers, journal, training=False)
    checked = real.reconcile(unknown)
    assert checked.order.status is OrderStatus.UNKNOWN  # untouched
    assert checked.error is not None and "training sale" in checked.error.message
    assert real.reconcile_all() == []
    assert journal.get(unknown.reference).status is OrderStatus.UNKNOWN  # type: ignore[union-attr]


# -- one provider down ------------------------------------------------------------------


def test_octopus_down_leaves_esimfly_on_sale_and_says_why(
    counter: Counter, setup: TrainingSetup
) -> None:
    setup.sandbox.inject(Fault(kind="http_503", provider="octopus", count=0))
    found = counter.destinations()
    assert GERMANY in found
    assert set(counter.unavailable) == {ProviderId.OCTOPUS}
    assert isinstance(counter.unavailable[ProviderId.OCTOPUS], CounterError)

    balances = counter.balances()
    assert isinstance(balances[ProviderId.ESIMFLY], Money)
    assert isinstance(balances[ProviderId.OCTOPUS], CounterError)

    assert GERMANY is not None
    plans = counter.plans(GERMANY)
    assert plans and {p.provider for p in plans} == {ProviderId.ESIMFLY}
    outcome = counter.sell(min(plans, key=lambda p: p.price.amount))
    assert outcome.error is None and outcome.order.status is OrderStatus.DELIVERED

    # Still down: the retry says so and keeps eSIMfly's destinations.
    assert GERMANY in counter.retry_unavailable()
    assert set(counter.unavailable) == {ProviderId.OCTOPUS}

    setup.sandbox.clear_faults()
    again = counter.retry_unavailable()
    assert counter.unavailable == {}
    assert set(again) >= set(found)
    assert {p.provider for p in counter.plans(GERMANY)} == set(ProviderId)
    assert all(isinstance(b, Money) for b in counter.balances().values())


def test_every_provider_down_raises_the_first_error(counter: Counter, setup: TrainingSetup) -> None:
    setup.sandbox.inject(Fault(kind="http_503", count=0))
    with pytest.raises(CounterError):
        counter.destinations()
    assert set(counter.unavailable) == set(ProviderId)
    assert all(isinstance(b, CounterError) for b in counter.balances().values())
