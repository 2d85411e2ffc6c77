"""No provider order is claimed by two sales across the counters of a chain (issue 16).

Two real Counters, each on its own journal, sell through ONE sandbox eSIMfly account (one
in-process sandbox, the real client over it) and share ONE real PostgreSQL. Sales whose
answers are lost are reconciled on both counters at the same moment (threads released by
a barrier); the register's advisory lock takes them in turn, so every order is claimed
once and every sale gets the order its own request bought (the sandbox knows each
order's request id; eSIMfly's API does not tell).

The outbox's push of ``c_sales`` is stood in for by :func:`push_sales` (the columns the
register reads), so these tests depend on nothing but the register.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest

from app.chain.claims import ChainClaims, account_key
from app.claiming import BUMPED_REASON, NO_CHAIN, ChainWaitError, Claims
from app.core import countries
from app.core.orders import Order, OrderStatus
from app.core.plans import Plan, ProviderId
from app.core.secret import Secret
from app.counter import Counter
from app.journal import Journal
from app.sandbox import Fault, SandboxConfig
from app.training import TrainingSetup, training_setup
from tests.chain.fixtures import ChainDb

GERMANY = countries.country("DE")
ORDER = "/api/v1/business/esims/order"
ACCOUNT = account_key(ProviderId.ESIMFLY, "sandbox", "shared")
_PUSHED = (
    "reference", "provider", "plan_key", "status", "provider_order_id", "training",
    "created_at", "probe_server_at",
)  # fmt: skip


def push_sales(journal: Journal, db: ChainDb, counter: str, shop: str = "shop-1") -> None:
    """What the outbox does for ``c_sales``, reduced to the columns the register reads."""
    with sqlite3.connect(journal.path) as local:
        rows = local.execute(f"SELECT {', '.join(_PUSHED)} FROM sales").fetchall()
    names = ", ".join(_PUSHED)
    marks = ", ".join(["%s"] * (len(_PUSHED) + 2))
    updates = ", ".join(f"{n} = EXCLUDED.{n}" for n in _PUSHED[1:])
    with db.connect() as conn:
        for row in rows:
            conn.execute(
                f"INSERT INTO c_sales (shop, counter, {names}) VALUES ({marks}) "  # type: ignore[arg-type]
                f"ON CONFLICT (counter, reference) DO UPDATE SET {updates}",
                (shop, counter, *row),
            )


@pytest.fixture
def setup() -> Iterator[TrainingSetup]:
    made = training_setup(SandboxConfig(clock_scale=0.001))
    yield made
    made.close()


def claims_for(db: ChainDb, counter: str) -> ChainClaims:
    claims = ChainClaims(
        lambda: db.connect(timeout_s=2),
        shop="shop-1",
        counter=counter,
        accounts={ProviderId.ESIMFLY: ACCOUNT, ProviderId.OCTOPUS: "octopus:shared"},
    )
    claims.register()
    return claims


@pytest.fixture
def two(
    setup: TrainingSetup, chain_db: ChainDb, tmp_path: Path
) -> Iterator[tuple[Counter, Counter]]:
    with Journal(tmp_path / "a.sqlite3") as a, Journal(tmp_path / "b.sqlite3") as b:
        yield (
            Counter(setup.providers, a, training=True, claims=claims_for(chain_db, "A")),
            Counter(setup.providers, b, training=True, claims=claims_for(chain_db, "B")),
        )


def _plans(counter: Counter, provider: ProviderId = ProviderId.ESIMFLY) -> list[Plan]:
    assert GERMANY is not None
    plans = [p for p in counter.plans(GERMANY) if p.provider is provider]
    return sorted(plans, key=lambda p: (p.price.amount, p.id))


def _lose_answer(setup: TrainingSetup, provider: str = "esimfly", path: str = ORDER) -> None:
    fault = Fault(kind="reset", provider=provider, method="POST", path=path, when="after")
    setup.sandbox.inject(fault)


def _lost(counter: Counter, setup: TrainingSetup, plan: Plan) -> Order:
    _lose_answer(setup)
    order = counter.sell(plan).order
    assert order.status is OrderStatus.UNKNOWN
    return order


def _journal(counter: Counter) -> Journal:
    assert isinstance(counter.journal, Journal)
    return counter.journal


def _stored(counter: Counter, order: Order) -> Order:
    found = counter.journal.get(order.reference)
    assert found is not None
    return found


def _claims(db: ChainDb) -> list[tuple[Any, ...]]:
    with db.connect() as conn:
        return conn.execute(
            "SELECT provider_order_id, counter, sale_reference, how FROM claims"
        ).fetchall()


def _own_orders(setup: TrainingSetup) -> dict[str, str]:
    return {o["requestId"]: o["orderReference"] for o in setup.sandbox.orders("esimfly")}


def _settle(counters: tuple[Counter, Counter], db: ChainDb, rounds: int = 6) -> None:
    """Push and reconcile both counters until nothing is unresolved (or give up)."""
    for _ in range(rounds):
        for name, counter in zip("AB", counters, strict=True):
            push_sales(_journal(counter), db, name)
        if not any(c.journal.unresolved() for c in counters):
            return
        for counter in counters:
            counter.reconcile_all(refunds=False)


def _sell_interleaved(
    two: tuple[Counter, Counter], setup: TrainingSetup
) -> tuple[list[Order], list[Order]]:
    """B sells one plan of each package directly; then A and B each lose the answer of a
    sale of each package, in turn: A, B, A, B... Every order lies inside every lost
    sale's span (its time less eSIMfly's two minutes for the clocks, to its probe)."""
    a, b = two
    plans = _plans(a)[:2]
    direct = [b.sell(plan).order for plan in plans]
    assert all(order.status is OrderStatus.DELIVERED for order in direct)
    lost = [_lost(counter, setup, plan) for plan in plans for counter in (a, b)]
    return direct, lost


def test_two_counters_reconciling_at_once_claim_each_order_once_each_its_own(
    two: tuple[Counter, Counter], setup: TrainingSetup, chain_db: ChainDb
) -> None:
    a, b = two
    direct, lost = _sell_interleaved(two, setup)
    for name, counter in zip("AB", two, strict=True):
        push_sales(_journal(counter), chain_db, name)
    barrier = threading.Barrier(2)
    errors: list[BaseException] = []

    def reconcile(counter: Counter) -> None:
        try:
            barrier.wait(timeout=10)
            counter.reconcile_all(refunds=False)
        except BaseException as exc:  # reported by the main thread
            errors.append(exc)

    threads = [threading.Thread(target=reconcile, args=(c,)) for c in two]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors
    _settle(two, chain_db)

    own = _own_orders(setup)
    assert len(own) == len(direct) + len(lost)
    sales = [(a if i % 2 == 0 else b, order) for i, order in enumerate(lost)]
    for counter, order in sales:
        stored = _stored(counter, order)
        assert stored.status is OrderStatus.DELIVERED, stored.failure_reason
        assert stored.provider_order_id == own[order.reference]
    claimed = [row[0] for row in _claims(chain_db)]
    assert sorted(claimed) == sorted(own.values())  # each order claimed, once


def test_without_the_register_a_lost_sale_takes_another_counters_order(
    setup: TrainingSetup, tmp_path: Path
) -> None:
    """The hole the register closes: eSIMfly's earliest unclaimed order of the package is
    another counter's direct sale, which this counter's journal does not know."""
    with Journal(tmp_path / "a.sqlite3") as ja, Journal(tmp_path / "b.sqlite3") as jb:
        a = Counter(setup.providers, ja, training=True, claims=NO_CHAIN)
        b = Counter(setup.providers, jb, training=True, claims=NO_CHAIN)
        plan = _plans(a)[0]
        theirs = b.sell(plan).order
        mine = _lost(a, setup, plan)
        a.reconcile_all(refunds=False)
        assert _stored(a, mine).provider_order_id == theirs.provider_order_id


def test_a_matched_claim_loses_to_the_direct_answer_and_is_checked_again(
    two: tuple[Counter, Counter], setup: TrainingSetup, chain_db: ChainDb
) -> None:
    """B's direct sale is not pushed yet when A matches: A takes B's order (the only
    thing it can know). When B's push arrives, the direct answer wins; A's sale goes
    back to UNKNOWN, its other eSIM dropped, and is matched again to its own order."""
    a, b = two
    plan = _plans(a)[0]
    theirs = b.sell(plan).order
    mine = _lost(a, setup, plan)
    a.reconcile_all(refunds=False)
    assert _stored(a, mine).provider_order_id == theirs.provider_order_id
    assert (theirs.provider_order_id, "A", mine.reference, "matched") in _claims(chain_db)

    push_sales(_journal(b), chain_db, "B")  # the direct answer arrives centrally
    assert (theirs.provider_order_id, "B", theirs.reference, "direct") in _claims(chain_db)
    assert a.reopen_bumped() == [mine.reference]
    reopened = _stored(a, mine)
    assert reopened.status is OrderStatus.UNKNOWN
    assert reopened.provider_order_id is None and reopened.esims == ()
    assert reopened.failure_reason == BUMPED_REASON
    assert a.reopen_bumped() == []  # handled once

    a.reconcile_all(refunds=False)
    stored = _stored(a, mine)
    assert stored.status is OrderStatus.DELIVERED
    assert stored.provider_order_id == _own_orders(setup)[mine.reference]
    assert [e.iccid for e in stored.esims] != [e.iccid for e in theirs.esims]


def test_a_running_counter_gives_a_bumped_match_back_and_checks_it_at_once(
    two: tuple[Counter, Counter], setup: TrainingSetup, chain_db: ChainDb
) -> None:
    """The load run's double holding (issue 16, X16): A's match of B's unpushed direct
    sale is resolved on A, so nothing unresolved asks A to look again. After B's push,
    ``recheck_bumped`` (what a running counter calls after its pushes) reopens it and
    matches it to its own order in one go; nothing holds B's order but B's sale."""
    a, b = two
    plan = _plans(a)[0]
    theirs = b.sell(plan).order
    mine = _lost(a, setup, plan)
    a.reconcile_all(refunds=False)
    assert _stored(a, mine).provider_order_id == theirs.provider_order_id
    assert a.journal.unresolved() == []  # resolved: only the bump can reopen it
    assert a.recheck_bumped() == []  # no bump before B's push
    push_sales(_journal(b), chain_db, "B")

    (outcome,) = a.recheck_bumped()
    assert outcome.order.reference == mine.reference
    assert outcome.order.status is OrderStatus.DELIVERED, outcome.order.failure_reason
    own = _own_orders(setup)
    assert _stored(a, mine).provider_order_id == own[mine.reference]
    assert _stored(a, mine).provider_order_id != theirs.provider_order_id
    assert a.recheck_bumped() == []


def test_an_older_unresolved_sale_on_another_counter_goes_first(
    two: tuple[Counter, Counter], setup: TrainingSetup, chain_db: ChainDb
) -> None:
    a, b = two
    plan = _plans(a)[0]
    first = _lost(a, setup, plan)
    second = _lost(b, setup, plan)
    push_sales(_journal(a), chain_db, "A")
    (outcome,) = b.reconcile_all(refunds=False)
    assert outcome.order.status is OrderStatus.UNKNOWN
    assert "counter A" in (_stored(b, second).failure_reason or "")
    a.reconcile_all(refunds=False)
    push_sales(_journal(a), chain_db, "A")
    b.reconcile_all(refunds=False)
    own = _own_orders(setup)
    assert _stored(a, first).provider_order_id == own[first.reference]
    assert _stored(b, second).provider_order_id == own[second.reference]


def _octopus_lost(counter: Counter, setup: TrainingSetup) -> Order:
    plan = _plans(counter, ProviderId.OCTOPUS)[0]
    _lose_answer(setup, "octopus", "/api/v1/esim/orders")
    order = counter.sell(plan).order
    assert order.status is OrderStatus.UNKNOWN
    return order


def test_database_down_esimfly_waits_octopus_resolves_and_is_claimed_later(
    setup: TrainingSetup, private_pg: Any, tmp_path: Path
) -> None:
    db: ChainDb = private_pg.db
    with Journal(tmp_path / "a.sqlite3") as journal:
        claims: Claims = claims_for(db, "A")
        counter = Counter(setup.providers, journal, training=True, claims=claims)
        esimfly = _lost(counter, setup, _plans(counter)[0])
        octopus = _octopus_lost(counter, setup)
        private_pg.stop()
        outcomes = {o.order.reference: o for o in counter.reconcile_all(refunds=False)}
        waiting = outcomes[esimfly.reference]
        assert waiting.order.status is OrderStatus.UNKNOWN
        assert isinstance(waiting.error, ChainWaitError)
        assert _stored(counter, esimfly).failure_reason == ChainWaitError.default_message
        # "Checked again when the database answers": the window's timer asks again.
        assert waiting.recheck_at is not None and waiting.recheck_at > counter.clock()
        # Found by its own reference: its own order whatever other counters did.
        assert outcomes[octopus.reference].order.status is OrderStatus.DELIVERED

        private_pg.start()
        counter.reconcile_all(refunds=False)
        assert _stored(counter, esimfly).status is OrderStatus.DELIVERED
        push_sales(journal, db, "A")  # the Octopus sale's claim goes with its push
        claimed = {row[2]: row[3] for row in _claims(db)}
        assert claimed == {esimfly.reference: "matched", octopus.reference: "direct"}


def test_the_register_refuses_a_second_claim_of_one_order(chain_db: ChainDb) -> None:
    """Straight at the database: the UNIQUE key and the direct-beats-matched rule."""
    from app.claiming import ClaimHow

    first, second = claims_for(chain_db, "A"), claims_for(chain_db, "B")
    with first.reconciling(ProviderId.ESIMFLY, matches_by_package=True) as central:
        assert central.claim("sale-a", "ORD-1", ClaimHow.MATCHED)
    with second.reconciling(ProviderId.ESIMFLY, matches_by_package=True) as central:
        assert central.taken("sale-b") == {"ORD-1"}
        assert not central.claim("sale-b", "ORD-1", ClaimHow.MATCHED)
    with first.reconciling(ProviderId.ESIMFLY, matches_by_package=True) as central:
        assert central.taken("sale-a") == set()  # a sale's own claim is not "taken"
        assert central.claim("sale-a", "ORD-1", ClaimHow.MATCHED)  # a repeat after a crash
    with second.reconciling(ProviderId.ESIMFLY, matches_by_package=False) as central:
        assert central.claim("sale-b", "ORD-1", ClaimHow.DIRECT)  # direct wins
    with first.reconciling(ProviderId.ESIMFLY, matches_by_package=False) as central:
        assert not central.claim("sale-c", "ORD-1", ClaimHow.DIRECT)  # two directs: first
    assert [(b.reference, b.provider_order_id) for b in first.bumped()] == [("sale-a", "ORD-1")]
    assert second.bumped() == []
    with pytest.raises(psycopg.errors.UniqueViolation), chain_db.connect() as conn:
        conn.execute(
            "INSERT INTO claims (provider, account, provider_order_id, shop, counter, "
            "sale_reference, how) VALUES ('esimfly', %s, 'ORD-1', 's', 'C', 'x', 'matched')",
            (ACCOUNT,),
        )


def test_the_windows_real_counter_gets_the_register_only_in_a_chain(tmp_path: Path) -> None:
    """app.startup builds the real counter with claims from Settings › Chain, hashing the
    account's public half (never a secret) and connecting to nothing at start-up."""
    from app.accounts import Accounts, EsimflyAccount, accounts_to_settings
    from app.chain.claims import claims_from_settings
    from app.chain.config import ChainConfig
    from app.secrets import SecretName, SecretStore
    from app.startup import open_counter
    from tests.secrets.conftest import TEST_ALLOWED, MemoryKeyring

    store = SecretStore(MemoryKeyring(), allowed=TEST_ALLOWED)
    store.store(SecretName.ESIMFLY_ACCESS_CODE, Secret("access-code-1234"))
    store.store(SecretName.ESIMFLY_SECRET_KEY, Secret("secret-key-5678"))
    accounts = Accounts(esimfly=EsimflyAccount())
    alone = accounts_to_settings(accounts)
    assert claims_from_settings(alone, accounts, store) is NO_CHAIN
    joined = {
        **alone,
        **ChainConfig("db.example", "chain", "counter", "shop-1", "desk-2").settings(),
    }
    claims = claims_from_settings(joined, accounts, store)
    assert isinstance(claims, ChainClaims) and claims.counter == "desk-2"
    key = claims.account(ProviderId.ESIMFLY)
    assert key.startswith("esimfly:") and "1234" not in key and "5678" not in key
    with Journal(tmp_path / "journal.sqlite3") as journal:
        opened = open_counter(joined, journal=journal, store=store)
        assert opened.real and opened.counter is not None
        assert isinstance(opened.counter.claims, ChainClaims)


def test_the_accounts_lock_makes_counters_take_turns(
    chain_db: ChainDb, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While one counter holds the account's lock, another's check waits for it; a lock
    held too long (a hung link) makes the check give up, to be made again."""
    from app.chain import claims as module
    from app.chain.claims import lock_key

    waiter = claims_for(chain_db, "B")
    entered = threading.Event()

    def reconcile() -> None:
        with waiter.reconciling(ProviderId.ESIMFLY, matches_by_package=True):
            entered.set()

    with chain_db.connect() as holder:
        holder.execute("SELECT pg_advisory_xact_lock(%s)", (lock_key(ProviderId.ESIMFLY, ACCOUNT),))
        thread = threading.Thread(target=reconcile)
        thread.start()
        assert not entered.wait(1.0)  # still waiting for the holder's turn
        holder.commit()  # the turn ends with the holder's transaction
        assert entered.wait(10)
        thread.join(10)

        monkeypatch.setattr(module, "LOCK_WAIT_S", 1)
        holder.execute("SELECT pg_advisory_xact_lock(%s)", (lock_key(ProviderId.ESIMFLY, ACCOUNT),))
        with (
            pytest.raises(ChainWaitError),
            waiter.reconciling(ProviderId.ESIMFLY, matches_by_package=True),
        ):
            pass
