"""Refunds at the counter (issue 15) against the sandbox: eSIMfly cancels restore the
balance exactly once, installed eSIMs are refused in a plain sentence, lost answers are
checked and never sent twice blindly; Octopus refunds are the shop's own."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from app.core.errors import (
    AlreadyRefundedError,
    EsimInstalledError,
    NotRefundableError,
    RefundNotSupportedError,
)
from app.core.money import Money
from app.core.payment import Method, Payment, Tender
from app.core.plans import Plan, ProviderId
from app.core.refunds import (
    EsimLiveStatus,
    ProviderRefundMethod,
    Refund,
    RefundKind,
    RefundState,
)
from app.counter import Counter
from app.journal import Journal
from app.sandbox import Fault, SandboxConfig
from app.training import TrainingSetup, training_setup
from tests.journal.factories import quote

from .test_counter import _plan

CANCEL = "/api/v1/business/esims/cancel"


@pytest.fixture
def setup() -> Iterator[TrainingSetup]:
    made = training_setup(SandboxConfig(clock_scale=0.001, balance=Decimal("1000.00")))
    yield made
    made.close()


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    with Journal(tmp_path / "journal.sqlite3") as opened:
        yield opened


@pytest.fixture
def counter(setup: TrainingSetup, journal: Journal) -> Counter:
    return Counter(setup.providers, journal, training=True, clerk="ana")


def _sell(counter: Counter, provider: ProviderId, quantity: int = 1) -> tuple[Plan, str]:
    plan = _plan(counter, provider)
    asked = quote("5.99", quantity=quantity, cost=str(plan.price.amount))
    payment = Payment(
        (
            Tender(
                Method.CARD, Money.of("2.00", "USD") if quantity == 1 else Money.of("6.00", "USD")
            ),
            Tender(
                Method.CASH,
                asked.gross
                - (Money.of("2.00", "USD") if quantity == 1 else Money.of("6.00", "USD")),
            ),
        ),
        asked.gross,
    )
    outcome = counter.sell(plan, quantity, quote=asked, payment=payment)
    assert outcome.error is None, outcome.error
    return plan, outcome.order.reference


def _balance(setup: TrainingSetup) -> Decimal:
    return setup.sandbox.balance("esimfly")


def test_an_uninstalled_esimfly_sale_is_cancelled_and_refunded_once(
    counter: Counter, setup: TrainingSetup, journal: Journal
) -> None:
    start = _balance(setup)
    plan, reference = _sell(counter, ProviderId.ESIMFLY)
    seen: list[RefundState] = []
    counter._checkpoint = lambda name: seen.extend(
        r.state for r in journal.refunds.of_sale(reference)
    )
    outcome = counter.refunds.refund(reference, reason="wrong country", approved_by="mgr")
    assert outcome.error is None
    assert seen[0] is RefundState.REQUESTED  # on disk before the cancel left
    refund = outcome.refund
    assert refund.state is RefundState.REFUNDED
    assert refund.provider_amount == plan.price
    assert refund.provider_method is ProviderRefundMethod.BALANCE
    assert refund.customer == Money.of("5.99", "USD")
    assert [(t.method, t.amount) for t in refund.tenders] == [
        (Method.CARD, Money.of("2.00", "USD")),
        (Method.CASH, Money.of("3.99", "USD")),
    ]
    assert (refund.clerk, refund.approved_by, refund.reason) == ("ana", "mgr", "wrong country")
    assert refund.sent_at is not None and refund.resolved_at is not None
    assert _balance(setup) == start
    assert journal.refunds.refunded_positions(reference) == {0}
    # Asked again: refused, nothing sent, the balance untouched.
    with pytest.raises(AlreadyRefundedError):
        counter.refunds.refund(reference, reason="again")
    assert _balance(setup) == start
    assert journal.refunds.receipt_number(refund.reference) == 1
    (line,) = journal.refunds.lines()
    assert line.amount == Money.of("-5.99", "USD") and line.clerk == "ana"


def test_an_installed_esim_is_refused_in_a_plain_sentence(
    counter: Counter, setup: TrainingSetup, journal: Journal
) -> None:
    _, reference = _sell(counter, ProviderId.ESIMFLY)
    sale = journal.get(reference)
    assert sale is not None and sale.esims[0].iccid
    setup.sandbox.mark_installed(sale.esims[0].iccid)
    before = _balance(setup)
    with pytest.raises(EsimInstalledError) as refused:
        counter.refunds.refund(reference, reason="changed mind")
    assert refused.value.message == (
        "The eSIM is already installed on the traveller's phone, so eSIMfly will not refund it."
    )
    assert journal.refunds.of_sale(reference) == []
    assert _balance(setup) == before


def test_a_lost_cancel_answer_is_checked_not_resent(
    counter: Counter, setup: TrainingSetup, journal: Journal
) -> None:
    start = _balance(setup)
    _, reference = _sell(counter, ProviderId.ESIMFLY)
    setup.sandbox.inject(Fault("http_502", "esimfly", "POST", CANCEL, "after"))
    lost = counter.refunds.refund(reference, reason="wrong plan")
    assert lost.refund.state is RefundState.UNKNOWN and lost.error is not None
    assert _balance(setup) == start  # the cancel took effect; only its answer was lost
    counter.reconcile_all()
    (checked,) = counter.last_refund_outcomes
    assert checked.refund.state is RefundState.REFUNDED
    assert _balance(setup) == start
    assert journal.refunds.unresolved() == []


def test_a_cancel_that_never_arrived_is_sent_again_once_checked(
    counter: Counter, setup: TrainingSetup, journal: Journal
) -> None:
    start = _balance(setup)
    _, reference = _sell(counter, ProviderId.ESIMFLY)
    setup.sandbox.inject(Fault("http_503", "esimfly", "POST", CANCEL, "before"))
    lost = counter.refunds.refund(reference, reason="wrong plan")
    assert lost.refund.state is RefundState.UNKNOWN
    assert _balance(setup) < start
    again = counter.refunds.refund(reference, reason="wrong plan")  # checks, then resends
    assert again.refund.state is RefundState.REFUNDED
    assert _balance(setup) == start
    assert len(journal.refunds.of_sale(reference)) == 1


def test_a_refund_request_is_pending_until_confirmed(
    counter: Counter, setup: TrainingSetup, journal: Journal
) -> None:
    start = _balance(setup)
    setup.sandbox.set_refund_method("refund_request")
    _, reference = _sell(counter, ProviderId.ESIMFLY)
    outcome = counter.refunds.refund(reference, reason="wrong plan")
    assert outcome.refund.state is RefundState.PENDING_PROVIDER
    assert outcome.refund.state.customer_refunded
    counter.reconcile_all()
    assert journal.refunds.get(outcome.refund.reference).state is RefundState.PENDING_PROVIDER
    setup.sandbox.confirm_refunds()
    counter.reconcile_all()
    done = journal.refunds.get(outcome.refund.reference)
    assert done.state is RefundState.REFUNDED and done.provider_amount is not None
    assert _balance(setup) == start


def test_every_uninstalled_esim_of_a_multi_esim_sale_is_refunded_together(
    counter: Counter, setup: TrainingSetup, journal: Journal
) -> None:
    start = _balance(setup)
    _, reference = _sell(counter, ProviderId.ESIMFLY, quantity=3)
    sale = journal.get(reference)
    assert sale is not None and len(sale.esims) == 3
    assert sale.esims[2].iccid
    setup.sandbox.mark_installed(sale.esims[2].iccid)
    outcome = counter.refunds.refund(reference, 1, reason="trip cancelled")
    assert [r.position for r in outcome.refunds] == [1, 0]
    assert all(r.state is RefundState.REFUNDED for r in outcome.refunds)
    assert len({r.batch for r in outcome.refunds}) == 1
    # 17.97 over three eSIMs: 5.99 each; 6.00 card and 11.97 cash split per method.
    assert sum(r.customer.amount for r in outcome.refunds) == Decimal("11.98")
    assert journal.refunds.refunded_positions(reference) == {0, 1}
    assert _balance(setup) == start - sale.plan.price.amount  # the installed one stays sold
    with pytest.raises(EsimInstalledError):
        counter.refunds.refund(reference, 2, reason="trip cancelled")


def test_octopus_refunds_are_the_shops_own(
    counter: Counter, setup: TrainingSetup, journal: Journal
) -> None:
    _, loss_ref = _sell(counter, ProviderId.OCTOPUS)
    with pytest.raises(RefundNotSupportedError):
        counter.refunds.refund(loss_ref, reason="x", kind=RefundKind.PROVIDER_CANCEL)
    loss = counter.refunds.refund(loss_ref, reason="customer unhappy").refund
    assert loss.kind is RefundKind.SHOP_LOSS and loss.state is RefundState.REFUNDED
    assert loss.provider_amount is None and loss.resolved_at is not None

    _, claim_ref = _sell(counter, ProviderId.OCTOPUS)
    claim = counter.refunds.refund(
        claim_ref, reason="never worked", kind=RefundKind.CLAIMED, note="ticket 1234"
    ).refund
    assert claim.state is RefundState.PENDING_PROVIDER and claim.note == "ticket 1234"
    counter.reconcile_all()
    assert journal.refunds.get(claim.reference).state is RefundState.PENDING_PROVIDER
    sale = journal.get(claim_ref)
    assert sale is not None and sale.provider_order_id is not None
    setup.sandbox.cancel_octopus_order(sale.provider_order_id)
    counter.reconcile_all()
    confirmed = journal.refunds.get(claim.reference)
    assert confirmed.state is RefundState.REFUNDED and confirmed.provider_amount is not None


def test_only_a_delivered_esim_can_be_refunded(counter: Counter, journal: Journal) -> None:
    with pytest.raises(NotRefundableError):
        counter.refunds.refund("no-such-sale", reason="x")
    _, reference = _sell(counter, ProviderId.ESIMFLY)
    with pytest.raises(NotRefundableError):
        counter.refunds.refund(reference, 1, reason="x")


def test_an_esim_cancelled_unexpectedly_with_the_batch_is_refunded_too(
    counter: Counter, setup: TrainingSetup, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    start = _balance(setup)
    _, reference = _sell(counter, ProviderId.ESIMFLY, quantity=2)
    sale = journal.get(reference)
    assert sale is not None
    provider = counter.providers[ProviderId.ESIMFLY]
    real = provider.esim_status

    def seen_installed(iccid: str) -> EsimLiveStatus:
        status = real(iccid)
        return replace(status, status="ACTIVE") if iccid == sale.esims[1].iccid else status

    # The counter thinks the second eSIM installed; eSIMfly cancels both all the same.
    monkeypatch.setattr(provider, "esim_status", seen_installed)
    outcome = counter.refunds.refund(reference, 0, reason="trip cancelled")
    assert [(r.position, r.state) for r in outcome.refunds] == [
        (0, RefundState.REFUNDED),
        (1, RefundState.REFUNDED),
    ]
    assert _balance(setup) == start
    assert journal.refunds.refunded_positions(reference) == {0, 1}


def test_a_batch_left_half_answered_is_finished_without_a_second_refund(
    counter: Counter, setup: TrainingSetup, journal: Journal
) -> None:
    start = _balance(setup)
    setup.sandbox.set_refund_method("refund_request")
    _, reference = _sell(counter, ProviderId.ESIMFLY, quantity=2)
    sale = journal.get(reference)
    assert sale is not None
    # As a crash between the two outcome writes leaves it: the cancel took both eSIMs,
    # the first is journalled PENDING_PROVIDER, the second still SENT.
    counter.providers[ProviderId.ESIMFLY].cancel_esim(str(sale.esims[0].iccid))
    rows = [
        Refund(
            reference=f"r-{position}",
            sale_reference=reference,
            position=position,
            iccid=sale.esims[position].iccid,
            kind=RefundKind.PROVIDER_CANCEL,
            state=state,
            customer=Money.of("5.99", "USD"),
            batch="b-1",
            provider="esimfly",
            clerk="ana",
            reason="trip cancelled",
            training=True,
        )
        for position, state in ((0, RefundState.PENDING_PROVIDER), (1, RefundState.SENT))
    ]
    journal.refunds.record_requested(rows)
    counter.reconcile_all()
    states = {r.reference: r.state for r in journal.refunds.of_sale(reference)}
    assert states == {"r-0": RefundState.PENDING_PROVIDER, "r-1": RefundState.PENDING_PROVIDER}
    setup.sandbox.confirm_refunds()
    counter.reconcile_all()
    assert all(r.state is RefundState.REFUNDED for r in journal.refunds.of_sale(reference))
    assert _balance(setup) == start
