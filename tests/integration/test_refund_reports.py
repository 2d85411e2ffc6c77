"""Refunds in the day report and the CSV (issue 15): negative lines, off the methods and
the drawer, and what came back to each provider's balance."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from app.core.money import Money
from app.core.payment import Method, Payment, Tender
from app.core.plans import ProviderId
from app.core.refunds import RefundKind
from app.counter import Counter
from app.export import write_csv
from app.journal import Journal
from app.report import day_report
from app.sandbox import SandboxConfig
from app.training import TrainingSetup, training_setup
from tests.journal.factories import quote

from .test_counter import _plan


@pytest.fixture
def setup() -> Iterator[TrainingSetup]:
    made = training_setup(SandboxConfig(clock_scale=0.001))
    yield made
    made.close()


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    with Journal(tmp_path / "journal.sqlite3") as opened:
        yield opened


@pytest.fixture
def counter(setup: TrainingSetup, journal: Journal) -> Counter:
    return Counter(setup.providers, journal, training=True, clerk="ana")


def _sell_and_refund(counter: Counter, provider: ProviderId) -> str:
    plan = _plan(counter, provider)
    payment = Payment(
        (
            Tender(Method.CARD, Money.of("2.00", "USD")),
            Tender(Method.CASH, Money.of("3.99", "USD")),
        ),
        Money.of("5.00", "USD"),
    )
    sold = counter.sell(plan, quote=quote("5.99", cost=str(plan.price.amount)), payment=payment)
    reference = sold.order.reference
    kind = RefundKind.SHOP_LOSS if provider is ProviderId.OCTOPUS else None
    outcome = counter.refunds.refund(reference, reason="wrong country", kind=kind)
    assert outcome.error is None
    return reference


def _today() -> tuple[datetime, datetime]:
    now = datetime.now(UTC)
    return now - timedelta(hours=1), now + timedelta(hours=1)


def test_the_day_report_takes_refunds_off_the_till_and_the_wallet(
    counter: Counter, journal: Journal
) -> None:
    _sell_and_refund(counter, ProviderId.ESIMFLY)
    _sell_and_refund(counter, ProviderId.OCTOPUS)
    report = day_report(journal, *_today(), training=True)
    (till,) = report.tills
    assert till.sales == 2 and till.gross == Decimal("11.98")
    assert till.refunds == 2 and till.refunded == Decimal("11.98")
    assert till.methods == {Method.CARD: Decimal(0), Method.CASH: Decimal(0)}
    assert till.drawer == 0  # 2 x (5.00 handed over, 1.01 change), 2 x 3.99 paid back
    fly = report.line(ProviderId.ESIMFLY, "USD")
    assert fly.refunds == 1 and fly.refunded == fly.charged and fly.net_total.amount == 0
    octopus = report.line(ProviderId.OCTOPUS, "USD")
    assert octopus.refunds == 0 and octopus.net_total == octopus.total  # the shop's loss
    assert day_report(journal, *_today(), training=False).tills == []


def test_the_csv_has_a_negative_line_per_refund(
    counter: Counter, journal: Journal, tmp_path: Path
) -> None:
    reference = _sell_and_refund(counter, ProviderId.ESIMFLY)
    path = tmp_path / "sales.csv"
    sales = journal.search(limit=10)
    assert write_csv(path, sales, refunds=journal.refunds.lines()) == 2
    with path.open(encoding="utf-8-sig") as handle:
        sale_row, refund_row = list(csv.DictReader(handle))
    assert sale_row["reference"] == reference and sale_row["retail"] == "5.99"
    assert refund_row["status"] == "REFUNDED"
    assert refund_row["failure_reason"] == f"refund of {reference}"
    assert refund_row["retail"] == "-5.99" and refund_row["clerk"] == "ana"
    assert (refund_row["paid_card"], refund_row["paid_cash"]) == ("-2.00", "-3.99")
    assert refund_row["charged"] == "-" + sale_row["charged"]
    clerk_copy = tmp_path / "clerk.csv"
    write_csv(clerk_copy, sales, owner=False, refunds=journal.refunds.lines())
    with clerk_copy.open(encoding="utf-8-sig") as handle:
        assert "charged" not in next(csv.reader(handle))
