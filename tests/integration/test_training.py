"""Training mode hands out a different eSIM in every session on one journal."""

from __future__ import annotations

from pathlib import Path

from app.core import countries
from app.core.iccid import check
from app.core.orders import OrderStatus
from app.core.plans import ProviderId
from app.counter import Counter
from app.journal import Journal
from app.training import training_setup


def _first_esimfly_sale(journal_path: Path) -> str:
    """One training session as the program opens it: a fresh sandbox on the shop's journal."""
    setup = training_setup()
    journal = Journal(journal_path)
    try:
        counter = Counter(setup.providers, journal, training=True, clerk="test")
        germany = countries.country("DE")
        assert germany is not None
        plan = next(p for p in counter.plans(germany) if p.provider is ProviderId.ESIMFLY)
        outcome = counter.sell(plan)
        assert outcome.order.status is OrderStatus.DELIVERED
        (esim,) = outcome.order.esims
        assert esim.iccid is not None
        return esim.iccid
    finally:
        journal.close()
        setup.close()


def test_each_training_session_sells_other_esims(tmp_path: Path) -> None:
    journal_path = tmp_path / "journal.sqlite3"
    first = _first_esimfly_sale(journal_path)
    second = _first_esimfly_sale(journal_path)
    assert first != second
    assert check(first) == [] and check(second) == []  # 89…, 19 digits, Luhn check digit
    journal = Journal(journal_path)
    try:
        iccids = [e.iccid for o in journal.search() for e in o.esims]
    finally:
        journal.close()
    assert sorted(iccids) == sorted([first, second])


def test_a_seed_makes_a_session_reproducible() -> None:
    one, two = training_setup(seed=7), training_setup(seed=7)
    try:
        assert one.sandbox.state.rng.random() == two.sandbox.state.rng.random()
    finally:
        one.close()
        two.close()
