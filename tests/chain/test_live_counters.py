"""A lost eSIMfly sale is matched only once every live counter of the chain has pushed
what it sold up to the end of the sale's span (issue 16; docs/decisions.md, "Matches wait
for the live counters").

The load run's crossing, made step by step: counter A sends a sale and is killed before
its push; B's lost sale of the same package is reconciled meanwhile. B cannot see A's
sale, so without the wait it takes A's order (the earliest unclaimed one) and A, on its
restart, takes B's. With it, B waits for A to catch up, then lets A's older sale go first.

Two real Counters on their own journals share one sandbox eSIMfly account and one real
PostgreSQL; each has a real :class:`~app.chain.push.Pusher` (its outbox pushed, its
heartbeat written), so the register reads what a running counter writes.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import timedelta

import pytest

from app.chain.central import CentralJournal
from app.chain.push import Pusher
from app.chain.sync import ChainSync
from app.claiming import EarlierElsewhereError, UnsyncedElsewhereError
from app.core.orders import OrderStatus
from app.core.plans import ProviderId
from app.counter import Counter, SaleOutcome
from app.journal import Journal
from app.training import TrainingSetup
from tests.chain import test_claims
from tests.chain.fixtures import ChainDb
from tests.chain.test_claims import _lost, _own_orders, _plans, _stored

# The two counters on one sandbox account and one database, as in test_claims.
setup = test_claims.setup
two = test_claims.two

MARGIN = timedelta(milliseconds=300)


@pytest.fixture
def short_margin(setup: TrainingSetup) -> None:
    """eSIMfly's stamp margin (5 s) shortened: a span ends soon after its probe's answer,
    so the test honours ``recheck_at`` without waiting real seconds."""
    setup.providers[ProviderId.ESIMFLY].stamp_margin = MARGIN  # type: ignore[attr-defined]


@pytest.fixture
def pushers(two: tuple[Counter, Counter], chain_db: ChainDb) -> Iterator[tuple[Pusher, Pusher]]:
    made = []
    for name, counter in zip("AB", two, strict=True):
        assert isinstance(counter.journal, Journal)
        made.append(Pusher(counter.journal.path, chain_db.for_counter(name), chain_db.password))
    yield made[0], made[1]
    for pusher in made:
        pusher.close()


def _recheck(counter: Counter, outcome: SaleOutcome) -> SaleOutcome:
    """What the window does with ``recheck_at``: ask again then, not before."""
    assert outcome.recheck_at is not None
    delay = (outcome.recheck_at - counter.clock()).total_seconds()
    time.sleep(max(0.0, delay))  # the outcome's own time, as the window's timer
    return counter.reconcile(outcome.order)


def _run_both(
    counters: tuple[Counter, Counter], pushers: tuple[Pusher, Pusher], rounds: int = 10
) -> dict[str, list[SaleOutcome]]:
    """Both counters running: push, check every unresolved sale, and wait for the first
    ``recheck_at`` (the window's timer) until nothing is unresolved. Every outcome seen."""
    seen: dict[str, list[SaleOutcome]] = {"A": [], "B": []}
    for _ in range(rounds):
        for pusher in pushers:
            pusher.push_all()
        if not any(c.journal.unresolved() for c in counters):
            break
        rechecks = []
        for name, counter, pusher in zip("AB", counters, pushers, strict=True):
            outcomes = counter.reconcile_all(refunds=False)
            seen[name] += outcomes
            rechecks += [o.recheck_at for o in outcomes if o.recheck_at is not None]
            pusher.push_all()
        if rechecks:
            wait = (min(rechecks) - counters[0].clock()).total_seconds()
            time.sleep(max(0.0, wait))  # the outcomes' own time, as the window's timer
    return seen


def _counters(db: ChainDb) -> dict[str, tuple[object, object]]:
    with db.connect() as conn:
        # (As text: 'infinity' has no Python datetime.)
        rows = conn.execute(
            "SELECT counter, seen_at, caught_up_from::text FROM counters"
        ).fetchall()
    return {row[0]: (row[1], row[2]) for row in rows}


def test_a_match_waits_for_a_live_counter_killed_before_its_push(
    two: tuple[Counter, Counter],
    setup: TrainingSetup,
    chain_db: ChainDb,
    pushers: tuple[Pusher, Pusher],
    short_margin: None,
) -> None:
    a, b = two
    push_a, push_b = pushers
    plan = _plans(a)[0]
    push_a.push_all()  # both counters live and caught up
    push_b.push_all()
    first = _lost(a, setup, plan)  # A sent it; A is killed before its next push
    second = _lost(b, setup, plan)
    push_b.push_all()

    (outcome,) = b.reconcile_all(refunds=False)
    assert isinstance(outcome.error, UnsyncedElsewhereError), outcome.error
    assert outcome.error.counter == "A"
    assert "counter A" in (_stored(b, second).failure_reason or "")
    assert _stored(b, second).provider_order_id is None  # nothing taken, nothing claimed

    # A restarts at once; from now on both counters run as they do, each pushing
    # and checking its unresolved sales again when told to.
    outcomes = _run_both(two, pushers)
    # A's sale is older: B let it go first, as on one counter.
    assert any(isinstance(o.error, EarlierElsewhereError) for o in outcomes["B"])
    assert not a.journal.unresolved() and not b.journal.unresolved()
    own = _own_orders(setup)
    assert _stored(a, first).provider_order_id == own[first.reference]
    assert _stored(b, second).provider_order_id == own[second.reference]


def test_a_silent_or_signed_off_counter_is_not_waited_for(
    two: tuple[Counter, Counter],
    setup: TrainingSetup,
    chain_db: ChainDb,
    pushers: tuple[Pusher, Pusher],
    short_margin: None,
) -> None:
    """Offline selling goes on: a counter that signed off at the end of its shift, or has
    not been heard from for the live span, does not hold up another counter's match."""
    a, b = two
    push_a, push_b = pushers
    plan = _plans(a)[0]
    push_a.push_all()
    assert push_a.sign_off()
    assert _counters(chain_db)["A"][1] == "infinity"
    mine = _lost(b, setup, plan)
    push_b.push_all()
    (outcome,) = b.reconcile_all(refunds=False)
    if isinstance(outcome.error, UnsyncedElsewhereError):
        raise AssertionError("waited for a counter that signed off")
    assert outcome.order.status is OrderStatus.DELIVERED, outcome.order.failure_reason
    assert _stored(b, mine).provider_order_id == _own_orders(setup)[mine.reference]

    # A sells again (its sign-off ends with its first push), then falls silent.
    a.sell(plan)
    push_a.push_all()
    later = _lost(b, setup, plan)
    with chain_db.admin() as admin:
        admin.execute("UPDATE counters SET seen_at = now() - interval '3 minutes', "
                      "caught_up_from = NULL WHERE counter = 'A'")  # fmt: skip
    (outcome,) = b.reconcile_all(refunds=False)
    assert outcome.order.status is OrderStatus.DELIVERED, outcome.order.failure_reason
    assert _stored(b, later).provider_order_id == _own_orders(setup)[later.reference]


def test_the_heartbeat_says_caught_up_only_when_nothing_waits(
    two: tuple[Counter, Counter], chain_db: ChainDb, pushers: tuple[Pusher, Pusher]
) -> None:
    a, _ = two
    push_a, _ = pushers
    assert push_a.push_all() >= 0
    seen, caught_up = _counters(chain_db)["A"]
    assert seen is not None and caught_up is not None
    a.sell(_plans(a)[0])  # rows wait: the heartbeat alone keeps the old moment
    assert push_a.waiting() > 0
    assert push_a.heartbeat() is False
    assert _counters(chain_db)["A"][1] == caught_up
    push_a.sign_off()
    assert _counters(chain_db)["A"][1] == "infinity"
    a.sell(_plans(a)[0])
    push_a.push_batch()  # selling again: no longer signed off
    assert _counters(chain_db)["A"][1] is None
    push_a.push_all()
    assert _counters(chain_db)["A"][1] not in (None, caught_up)


def test_a_window_quitting_in_sync_signs_off(
    two: tuple[Counter, Counter], chain_db: ChainDb, pushers: tuple[Pusher, Pusher]
) -> None:
    """What the window does on quitting (ChainLink.stop): the push loop stops, pushes
    what is left and signs off, so no other counter waits for this one."""
    a, _ = two
    push_a, _ = pushers
    a.sell(_plans(a)[0])
    sync = ChainSync(push_a, interval_s=0.05)
    sync.start()
    sync.stop(sign_off=True)
    assert _counters(chain_db)["A"][1] == "infinity"
    assert push_a.waiting() == 0
    # The owner's reports still list a signed-off counter ('infinity' is not read back).
    central = CentralJournal(chain_db.config, chain_db.password)
    try:
        assert "A" in {row["counter"] for row in central.counters()}
    finally:
        central.close()
