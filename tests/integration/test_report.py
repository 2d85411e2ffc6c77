"""The end-of-day report matches what left each provider's wallet."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from app.core import countries
from app.core.plans import Plan, ProviderId
from app.counter import Counter
from app.journal import Journal
from app.report import day_report
from app.sandbox import DEFAULTS, Fault, SandboxConfig
from app.training import TrainingSetup, training_setup


@pytest.fixture
def setup() -> Iterator[TrainingSetup]:
    made = training_setup(SandboxConfig(clock_scale=0.001))
    yield made
    made.close()


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    with Journal(tmp_path / "journal.sqlite3") as opened:
        yield opened


def _plans(counter: Counter, provider: ProviderId) -> list[Plan]:
    germany = countries.country("DE")
    assert germany is not None
    return sorted(
        (p for p in counter.plans(germany) if p.provider is provider and "KDDI" not in p.name),
        key=lambda p: p.price.amount,
    )


def test_the_day_matches_the_wallets(setup: TrainingSetup, journal: Journal) -> None:
    # The sandbox is a real account as far as this counter is concerned.
    counter = Counter(setup.providers, journal, training=False)
    esimfly = _plans(counter, ProviderId.ESIMFLY)
    octopus = _plans(counter, ProviderId.OCTOPUS)
    counter.sell(esimfly[0], quantity=2)
    counter.sell(esimfly[1])
    counter.sell(octopus[0])
    setup.sandbox.force_outcome("octopus", octopus[1].key.product_id, "fail")  # type: ignore[union-attr]
    counter.sell(octopus[1])  # failed and refunded: no money moved
    setup.sandbox.inject(Fault(kind="reset", provider="octopus", method="POST"))
    counter.sell(octopus[0])  # never arrived: unknown until checked
    training = Counter(setup.providers, journal, training=True)
    training.sell(esimfly[0])

    now = datetime.now(UTC)
    report = day_report(journal, now - timedelta(hours=1), now + timedelta(minutes=1))
    by_provider = {line.provider: line for line in report.lines}
    assert set(by_provider) == set(ProviderId)
    fly, octo = by_provider[ProviderId.ESIMFLY], by_provider[ProviderId.OCTOPUS]
    assert (fly.sales, fly.esims, fly.not_sold, fly.unresolved) == (2, 3, 0, 0)
    assert (octo.sales, octo.esims, octo.not_sold, octo.unresolved) == (1, 1, 1, 1)
    # What the report says was charged is what left each wallet (training sale apart).
    spent_fly = DEFAULTS.balance - setup.sandbox.balance("esimfly")
    assert fly.charged == spent_fly - esimfly[0].price.amount
    assert octo.charged == DEFAULTS.balance - setup.sandbox.balance("octopus")
    assert report.other_mode_sales == 1


def test_training_mode_reports_its_own_sales(setup: TrainingSetup, journal: Journal) -> None:
    counter = Counter(setup.providers, journal, training=True)
    counter.sell(_plans(counter, ProviderId.OCTOPUS)[0])
    now = datetime.now(UTC)
    report = day_report(
        journal, now - timedelta(hours=1), now + timedelta(minutes=1), training=True
    )
    (line,) = report.lines
    assert line.sales == 1 and report.training


def test_a_large_day_is_read_in_pages(journal: Journal) -> None:
    from app.journal.fixtures import populate

    populated = populate(journal, 1200, end=datetime.now(UTC))
    report = day_report(
        journal, populated.first - timedelta(seconds=1), populated.last + timedelta(seconds=1)
    )
    counted = sum(d.sales + d.not_sold + d.unresolved for d in report.lines)
    assert counted + report.other_mode_sales == 1200
    assert isinstance(report.lines[0].total.amount, Decimal)
