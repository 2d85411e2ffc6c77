"""The chain under load (issue 16, Done when), short: 8 counter processes selling at once
against one sandbox over HTTP and one PostgreSQL, the link cut and restored, two
counters SIGKILLed at random moments and restarted, one more between eSIMfly's answer
and its journal.
The long run with figures is ``bench/chain_load.py``; what is run and checked is in
:mod:`tests.chain.load`."""

from __future__ import annotations

import os
import random
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from app.core import countries
from app.core.orders import OrderStatus
from app.core.plans import ProviderId
from app.sandbox import Fault, Sandbox, SandboxConfig, serve
from app.sandbox.config import OCTOPUS_SANDBOX_RATE_LIMITS
from tests.chain.load import (
    Chain,
    LoadPlan,
    LoadRun,
    _settling_counter,
    check,
    figures,
    run_counters,
    settle,
)
from tests.chain.proxy import TcpProxy
from tests.crash.test_kill_points import cheapest_plan

ORDER = "/api/v1/business/esims/order"

SEED = int(os.environ.get("CHAIN_LOAD_SEED", "0")) or random.SystemRandom().randrange(1, 10**6)


@pytest.fixture
def sandbox_url() -> Iterator[tuple[Sandbox, str]]:
    unlimited = dict.fromkeys(OCTOPUS_SANDBOX_RATE_LIMITS, 1_000_000)
    sandbox = Sandbox(
        SandboxConfig(
            clock_scale=0.001,
            balance=Decimal(1_000_000),
            esimfly_rate_limit=1_000_000,
            octopus_rate_limits=unlimited,
        )
    )
    with serve(sandbox, host="127.0.0.1", port=0) as handle:
        yield sandbox, handle.url


def test_eight_counters_cut_and_killed_claim_every_order_once_and_add_up(
    sandbox_url: tuple[Sandbox, str], chain_db: Any, tmp_path: Path
) -> None:
    sandbox, url = sandbox_url
    # Both providers' cheapest German plan: every counter sells the same eSIMfly package,
    # so a lost eSIMfly sale is matched among all the counters' orders of it.
    plan_ids = [cheapest_plan(url, provider).id for provider in ("esimfly", "octopus")]
    with TcpProxy(chain_db.config.host, chain_db.config.port) as proxy:
        from dataclasses import replace

        chain = Chain(replace(chain_db.config, port=proxy.port), chain_db.password)
        plan = LoadPlan(counters=8, sales=3, kills=2, seed=SEED)
        run = run_counters(url, chain, proxy, tmp_path, plan, plan_ids)
        settle(url, chain, run)
    counted = check(sandbox, Chain(chain_db.config, chain_db.password), run)
    print(f"\nchain load (seed {SEED}): {figures(run, counted)}")
    assert run.cuts == 1 and run.kills >= 3, figures(run, counted)
    assert counted["matched"] >= 1, figures(run, counted)  # the lost sale was matched
    assert counted["orders"] >= plan.counters * plan.sales // 2, figures(run, counted)


def test_a_counter_that_pushes_only_at_settling_bumps_the_match_and_settling_reopens_it(
    sandbox_url: tuple[Sandbox, str], chain_db: Any, tmp_path: Path
) -> None:
    """The load run's double holding, step by step: c1 sells directly and ends its shift
    while the link is cut (its sale is not pushed); c6 loses an answer and matches the
    earliest unclaimed order of the package, c1's; c1's push at settling gives the order
    to its direct sale and bumps c6's match. Settling must reopen c6's sale and match it
    to its own order, though no sale was unresolved when the bump came."""
    sandbox, url = sandbox_url
    chain = Chain(chain_db.config, chain_db.password)
    plan_id = cheapest_plan(url, ProviderId.ESIMFLY).id
    run = LoadRun(LoadPlan(counters=2), tmp_path)
    run.journals = {name: tmp_path / f"{name}.sqlite3" for name in ("c1", "c6")}
    with _settling_counter(run.journals["c1"], url, chain, "c1") as (c1, _):
        (plan,) = [p for p in c1.plans(countries.country("DE")) if p.id == plan_id]
        theirs = c1.sell(plan).order  # journalled, never pushed: the link was cut
        assert theirs.status is OrderStatus.DELIVERED
    with _settling_counter(run.journals["c6"], url, chain, "c6") as (c6, _):
        sandbox.inject(Fault(kind="reset", provider="esimfly", method="POST", path=ORDER,
                             when="after"))  # fmt: skip
        mine = c6.sell(plan).order
        assert mine.status is OrderStatus.UNKNOWN
        c6.reconcile_all(refunds=False)
        matched = c6.journal.get(mine.reference)
        assert matched is not None and matched.provider_order_id == theirs.provider_order_id
    settle(url, chain, run)
    counted = check(sandbox, chain, run)  # each order held by the sale that bought it
    assert counted["orders"] == 2 and counted["matched"] == 1
