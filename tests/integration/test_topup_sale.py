"""A top-up sold at the counter (issue 17): priced by the owner's price list, paid,
journalled SUBMITTING before it leaves, and reconciled like any sale; an answer lost after
eSIMfly took it is found again and never bought twice (the balance moves exactly once)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from app import topups
from app.core import countries
from app.core.money import Money
from app.core.orders import Handback, Order, OrderStatus
from app.core.payment import Method, Payment
from app.core.plans import Plan, ProviderId, TopupKey
from app.core.pricing import Markup, PriceList, PriceRule, Scope, ScopeKind
from app.core.rounding import Rounding
from app.core.topup import TopupNotSupportedError
from app.counter import NEVER_RECEIVED, Counter
from app.journal import Journal
from app.journal.schema import MIGRATIONS
from app.sandbox import Fault, SandboxConfig
from app.training import TrainingSetup, training_setup

ORDER = "/api/v1/business/topup/order"
PRICES = PriceList(
    rules=(
        PriceRule(Scope(ScopeKind.DESTINATION, "TR"), Markup(percent=Decimal(50)), Rounding.X99),
    ),
    tax_rate=Decimal("10"),
)


@pytest.fixture
def setup() -> Iterator[TrainingSetup]:
    made = training_setup(SandboxConfig(clock_scale=0.001), seed=17)
    yield made
    made.close()


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    with Journal(tmp_path / "journal.sqlite3") as opened:
        yield opened


@pytest.fixture
def counter(setup: TrainingSetup, journal: Journal) -> Counter:
    return Counter(setup.providers, journal, training=True, clerk="ana")


def _installed_sale(counter: Counter, setup: TrainingSetup) -> Order:
    turkey = countries.country("TR")
    assert turkey is not None
    plans = [p for p in counter.plans(turkey) if p.provider is ProviderId.ESIMFLY]
    plan = min((p for p in plans if not p.unlimited), key=lambda p: p.price.amount)
    sale = counter.sell(plan).order
    assert sale.status is OrderStatus.DELIVERED and sale.esims[0].iccid
    setup.sandbox.mark_installed(sale.esims[0].iccid)
    return sale


def _topup_plan(counter: Counter, iccid: str) -> Plan:
    target = topups.target(counter, iccid)
    offers = topups.packages(counter, iccid)
    return target.plan(offers[0])


def _paid(plan: Plan) -> tuple[object, Payment]:
    asked = PRICES.quote(plan, today=date(2026, 12, 1))
    return asked, Payment.single(Method.CASH, asked.gross, Money.of("20", asked.gross.currency))


def test_a_topup_is_priced_paid_journalled_and_searchable(
    counter: Counter, journal: Journal, setup: TrainingSetup
) -> None:
    sale = _installed_sale(counter, setup)
    iccid = sale.esims[0].iccid
    assert iccid is not None
    target = topups.target(counter, iccid)
    assert target.origin is not None and target.origin.reference == sale.reference
    plan = _topup_plan(counter, iccid)
    assert plan.destination == sale.plan.destination  # the owner's Turkey rule applies
    asked, payment = _paid(plan)
    assert asked.rule == "destination:TR"  # type: ignore[attr-defined]
    assert asked.gross.amount == Decimal("4.99")  # type: ignore[attr-defined]  # 2.72 +50 %, .99
    before = setup.sandbox.balance("esimfly")
    seen: list[Order] = []
    counter._checkpoint = lambda name: seen.extend(journal.unresolved())
    outcome = counter.sell(plan, quote=asked, payment=payment)  # type: ignore[arg-type]
    assert seen and seen[0].plan == plan and seen[0].payment == payment  # on disk first
    stored = journal.get(outcome.order.reference)
    assert stored is not None and stored.status is OrderStatus.DELIVERED
    assert stored.plan == plan and isinstance(stored.plan.key, TopupKey)
    assert stored.quote == asked and stored.payment == payment and stored.esims == ()
    assert stored.provider_order_id and stored.provider_order_id.startswith("topup_")
    assert setup.sandbox.balance("esimfly") == before - plan.price.amount
    # History finds the eSIM's sale and its top-up by the ICCID.
    found = {o.reference for o in journal.search(text=iccid)}
    assert found == {sale.reference, stored.reference}
    assert len(MIGRATIONS) >= 7  # the _TOPUPS migration is one of them
    # The day report counts it as a sale and a charge, not as an eSIM.
    from app.report import day_report

    now = datetime.now(UTC)
    report = day_report(journal, now - timedelta(hours=1), now + timedelta(hours=1), training=True)
    (line,) = [line for line in report.lines if line.provider is ProviderId.ESIMFLY]
    assert line.sales == 2 and line.esims == 1


def test_an_answer_lost_after_the_provider_took_it_is_found_again(
    counter: Counter, journal: Journal, setup: TrainingSetup
) -> None:
    sale = _installed_sale(counter, setup)
    iccid = sale.esims[0].iccid
    assert iccid is not None
    plan = _topup_plan(counter, iccid)
    asked, payment = _paid(plan)
    before = setup.sandbox.balance("esimfly")
    setup.sandbox.inject(Fault("reset", "esimfly", "POST", ORDER, "after"))
    outcome = counter.sell(plan, quote=asked, payment=payment)  # type: ignore[arg-type]
    assert outcome.order.status is OrderStatus.UNKNOWN
    assert setup.sandbox.balance("esimfly") == before - plan.price.amount
    # As at start-up: a new counter over the same journal reconciles it.
    restarted = Counter(setup.providers, journal, training=True)
    (checked,) = restarted.reconcile_all()
    assert checked.order.status is OrderStatus.DELIVERED and checked.error is None
    stored = journal.get(outcome.order.reference)
    assert stored is not None and stored.status is OrderStatus.DELIVERED
    assert stored.provider_order_id and stored.provider_order_id.startswith("topup_")
    assert stored.charged == plan.price and not stored.owes_customer
    # Never bought twice: one top-up order, the balance moved exactly once.
    topup_orders = [
        o for o in setup.sandbox.orders("esimfly") if o["packageCode"].startswith("TOPUP_")
    ]
    assert len(topup_orders) == 1
    assert setup.sandbox.balance("esimfly") == before - plan.price.amount
    assert restarted.reconcile_all() == []


def test_a_topup_that_never_arrived_fails_and_owes_the_money(
    counter: Counter, journal: Journal, setup: TrainingSetup
) -> None:
    sale = _installed_sale(counter, setup)
    assert sale.esims[0].iccid is not None
    plan = _topup_plan(counter, sale.esims[0].iccid)
    asked, payment = _paid(plan)
    before = setup.sandbox.balance("esimfly")
    setup.sandbox.inject(Fault("reset", "esimfly", "POST", ORDER, "before"))
    outcome = counter.sell(plan, quote=asked, payment=payment)  # type: ignore[arg-type]
    assert outcome.order.status is OrderStatus.UNKNOWN
    (checked,) = counter.reconcile_all()
    assert checked.order.status is OrderStatus.FAILED
    assert checked.order.failure_reason == NEVER_RECEIVED
    stored = journal.get(outcome.order.reference)
    assert stored is not None and stored.handback is Handback.OWED
    assert setup.sandbox.balance("esimfly") == before


def test_two_lost_topups_of_one_package_on_two_esims_each_find_their_own(
    counter: Counter, journal: Journal, setup: TrainingSetup
) -> None:
    first, second = _installed_sale(counter, setup), _installed_sale(counter, setup)
    plans = []
    for sale in (first, second):
        assert sale.esims[0].iccid is not None
        plans.append(_topup_plan(counter, sale.esims[0].iccid))
    assert plans[0].key.package_code == plans[1].key.package_code  # type: ignore[union-attr]
    before = setup.sandbox.balance("esimfly")
    lost = []
    for plan in plans:
        setup.sandbox.inject(Fault("reset", "esimfly", "POST", ORDER, "after"))
        lost.append(counter.sell(plan).order)
    # The second left only after the first was checked (one package: one span at a
    # time, whichever eSIM), so each claims the order stamped in its own span.
    (second,) = counter.reconcile_all()
    assert second.order.reference == lost[1].reference
    stored = [journal.get(order.reference) for order in lost]
    assert all(s is not None and s.status is OrderStatus.DELIVERED for s in stored)
    ids = {s.provider_order_id for s in stored if s is not None}
    assert len(ids) == 2 and None not in ids
    spent = plans[0].price.amount + plans[1].price.amount
    assert setup.sandbox.balance("esimfly") == before - spent


def test_an_octopus_esim_is_not_offered_a_topup(counter: Counter) -> None:
    germany = countries.country("DE")
    assert germany is not None
    plans = [p for p in counter.plans(germany) if p.provider is ProviderId.OCTOPUS]
    sale = counter.sell(min(plans, key=lambda p: p.price.amount)).order
    assert sale.esims[0].iccid is not None
    with pytest.raises(TopupNotSupportedError, match="Only eSIMfly"):
        topups.target(counter, sale.esims[0].iccid)
