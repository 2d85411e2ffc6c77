"""The sale worker, the poller and the history screen use the journal at the same time."""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import partial
from pathlib import Path

from app.core.activation import ActivationCode
from app.core.orders import Esim, OrderStatus
from app.journal import Journal, JournalError

from .factories import ICCID, LPA, delivered, order


def _run(workers: list[Callable[[], None]]) -> list[BaseException]:
    errors: list[BaseException] = []
    start = threading.Barrier(len(workers))

    def wrapped(work: Callable[[], None]) -> None:
        start.wait()
        try:
            work()
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=wrapped, args=(w,)) for w in workers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert not any(thread.is_alive() for thread in threads)
    return errors


def _sell(journal: Journal, count: int) -> Callable[[], None]:
    def work() -> None:
        for _ in range(count):
            sale = order()
            journal.record_submitting(sale)
            journal.record_outcome(delivered(sale))

    return work


def test_one_journal_shared_by_threads(journal: Journal) -> None:
    def browse() -> None:
        for _ in range(30):
            journal.search(text="8944", limit=50)
            journal.unresolved()

    errors = _run([_sell(journal, 20) for _ in range(6)] + [browse, browse])
    assert errors == []
    assert journal.count() == 120
    assert journal.count(status=OrderStatus.DELIVERED) == 120


def test_two_journals_on_one_file(journal_path: Path) -> None:
    # Two connections (two windows, or a report tool) wait for each other, never fail.
    with Journal(journal_path) as first, Journal(journal_path) as second:
        errors = _run([_sell(first, 25), _sell(second, 25), _sell(first, 25)])
        assert errors == []
        assert second.count() == 75


def test_a_late_poll_cannot_undo_a_delivery(journal: Journal) -> None:
    for _ in range(20):
        sale = order()
        journal.record_submitting(sale)
        pending = order(reference=sale.reference)
        pending.advance(OrderStatus.PENDING)
        done = delivered(sale, Esim(ICCID, ActivationCode.parse(LPA)))

        errors = _run(
            [partial(journal.record_outcome, pending), partial(journal.record_outcome, done)]
        )

        # Whichever came second, the delivery and its code stand; a PENDING arriving after
        # it is refused rather than written over it.
        assert all(isinstance(e, JournalError) for e in errors)
        back = journal.get(sale.reference)
        assert back.status is OrderStatus.DELIVERED
        assert back.esims[0].activation is not None
