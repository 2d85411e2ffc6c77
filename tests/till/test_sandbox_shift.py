"""A shift of real sales through the Counter against the sandbox served over HTTP on
127.0.0.1: the Z's balance movement equals what the journal charged, and a sale whose
outcome is unknown (the provider took it, the answer was lost) is named as the reason
for the difference."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import httpx
import pytest

from app.core import countries
from app.core.errors import OutcomeUnknownError
from app.core.money import Money
from app.core.orders import OrderStatus
from app.core.payment import Method, Payment
from app.core.plans import Plan, ProviderId
from app.core.secret import Secret
from app.counter import Counter
from app.journal import Journal
from app.providers.esimfly import EsimflyProvider
from app.providers.http import RetryPolicy, Timeouts
from app.providers.octopus import OctopusProvider
from app.sandbox import DEFAULTS, Fault, Sandbox, SandboxConfig, serve
from app.till.balances import readings
from app.till.report_model import Why
from tests.journal.factories import cash, quote

GERMANY = countries.country("DE")
FAST = Timeouts(connect=2.0, read=2.0, order=2.0)


@pytest.fixture
def sandbox() -> Sandbox:
    return Sandbox(SandboxConfig(clock_scale=0.001, balance=Decimal("1000.00"), seed=15))


@pytest.fixture
def counter(sandbox: Sandbox, tmp_path: Path) -> Iterator[Counter]:
    with (
        serve(sandbox, host="127.0.0.1", port=0) as handle,
        httpx.Client() as client,
        Journal(tmp_path / "journal.sqlite3") as journal,
    ):
        once = RetryPolicy(attempts=1)
        providers = {
            ProviderId.ESIMFLY: EsimflyProvider(
                client,
                handle.url,
                Secret(DEFAULTS.esimfly_access_code),
                Secret(DEFAULTS.esimfly_secret_key),
                timeouts=FAST,
                retry=once,
            ),
            ProviderId.OCTOPUS: OctopusProvider(
                client,
                handle.url,
                Secret(DEFAULTS.octopus_api_key),
                Secret(DEFAULTS.octopus_api_secret),
                timeouts=FAST,
                retry=once,
            ),
        }
        yield Counter(providers, journal, clerk="ana")


def _plan(counter: Counter, provider: ProviderId) -> Plan:
    assert GERMANY is not None
    return min(
        (p for p in counter.plans(GERMANY) if p.provider is provider),
        key=lambda p: p.price.amount,
    )


def _sell(counter: Counter, plan: Plan, gross: str, payment: Payment) -> None:
    asked = quote(gross, cost=str(plan.price.amount))
    outcome = counter.sell(plan, quote=asked, payment=payment)
    assert outcome.order.status is OrderStatus.DELIVERED, outcome.error


def test_the_z_matches_each_providers_balance_movement(counter: Counter, sandbox: Sandbox) -> None:
    journal = counter.journal
    assert isinstance(journal, Journal)
    esimfly, octopus = _plan(counter, ProviderId.ESIMFLY), _plan(counter, ProviderId.OCTOPUS)
    journal.open_shift(
        opened_by="ana",
        opening_float=Money.of("50.00", "USD"),
        balances=readings(counter.balances()),
    )
    _sell(counter, esimfly, "9.99", cash("9.99", "10.00"))
    _sell(counter, octopus, "12.00", Payment.single(Method.CARD, Money.of("12.00", "USD")))
    _sell(counter, esimfly, "9.99", cash("9.99", "20.00"))
    _sell(counter, octopus, "12.00", cash("12.00", "12.00"))
    # The fifth: Octopus takes and charges the order, the answer is lost on the way.
    sandbox.inject(Fault(kind="reset", provider="octopus", method="POST", when="after"))
    lost = counter.sell(octopus, quote=quote("12.00"), payment=cash("12.00", "12.00"))
    assert isinstance(lost.error, OutcomeUnknownError)
    z, report = journal.close_shift(
        closed_by="ana", counted=Money.of("93.99", "USD"), balances=readings(counter.balances())
    )
    lines = {line.provider: line for line in report.providers}
    spent_esimfly = Decimal("1000.00") - sandbox.balance("esimfly")
    assert lines[ProviderId.ESIMFLY].movement == Money(spent_esimfly, "USD")
    assert lines[ProviderId.ESIMFLY].journal_net == lines[ProviderId.ESIMFLY].movement
    assert lines[ProviderId.ESIMFLY].difference == Money.of("0", "USD")
    assert lines[ProviderId.ESIMFLY].explaining == ()
    # Octopus's balance moved by three charges; the journal knows two: the third is named.
    moved = lines[ProviderId.OCTOPUS]
    assert moved.movement == Money(Decimal("1000.00") - sandbox.balance("octopus"), "USD")
    assert moved.difference is not None and moved.difference.amount == octopus.price.amount
    assert [(e.reference, e.why) for e in moved.explaining] == [
        (lost.order.reference, Why.OUTCOME_UNKNOWN)
    ]
    # The drawer: 50 + 9.99 + 9.99 + 12 + 12 (the unknown sale's cash is in it too).
    assert report.drawer.expected == Money.of("93.98", "USD")
    assert z.number == 1 and z.difference == Money.of("0.01", "USD")
    assert report.sales == 4
