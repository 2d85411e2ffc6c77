"""A kill campaign: a real counter process (``python -m app.headless shift``) is SIGKILLed at
random moments, not only at checkpoints, while the sandbox (served over real HTTP) delays
and faults the order call of both providers; each kill is followed at once by a restart
that reconciles as start-up does and goes on selling.

Some order requests are held by the sandbox *before* it processes them and then processed
even though the counter that sent them is dead (a provider working on an order it already
received): the restart's reconciliation then asks while the order does not exist yet. At
the end one ``reconcile --wait`` settles every sale once its processing window has passed.

Then the journal must match the sandbox: every order the sandbox took is in the journal
exactly once, held by the very sale whose request created it (the sandbox knows each
order's request id; eSIMfly's API does not tell), with its ICCID and activation code; no
sale is FAILED whose order exists; none is delivered that the sandbox does not hold;
nothing is left unresolved. The counts and the seed are printed (and repeated in the
assertion messages), among them how often a probe of eSIMfly's request id answered
DUPLICATE_REQUEST after an earlier probe whose answer was lost (the kill's hole).
"""

from __future__ import annotations

import os
import random
import select
import signal
import subprocess
import time
from collections import Counter as Tally
from decimal import Decimal
from typing import Any

import pytest

from app.core.orders import Handback, Order, OrderStatus
from app.core.plans import ProviderId
from app.counter import NOT_YET_SEEN
from app.journal import Journal, ProbeAnswer
from app.sandbox import Fault, Sandbox, SandboxConfig
from app.sandbox.config import OCTOPUS_SANDBOX_RATE_LIMITS
from tests.crash.conftest import PROCESS_TIMEOUT_S, Headless
from tests.crash.test_kill_points import ORDER_PATHS, cheapest_plan

SEED = int(os.environ.get("KILL_CAMPAIGN_SEED", "0")) or random.SystemRandom().randrange(1, 10**6)
KILLS = int(os.environ.get("KILL_CAMPAIGN_KILLS", "52"))
SALES_PER_PROCESS = 3
# Short client limits; the processing window is connect + order + margin = 2.9 s.
# The sandbox stamps an eSIMfly order the moment it takes its request id: 0.5 s of
# stamp margin is plenty here.
OPTIONS = (
    "--connect-timeout", "0.3", "--read-timeout", "2", "--order-timeout", "0.6",
    "--in-flight-margin", "2.0", "--stamp-margin", "0.5",
)  # fmt: skip
WINDOW_S = 2.9
# A held request is processed at most this long after it arrived: inside the window,
# and often after the restart has asked for it (start-up is ~0.7 s here).
MAX_HOLD_S = 2.5
# A process is killed this long after its start-up is over (its "SHIFT" line): in the
# start-up reconciliation or any of its sales, at no particular point.
KILL_AFTER_S = (0.0, 1.2)
# This share of the processes kill themselves around an eSIMfly request-id probe (see
# app.probing): a random moment rarely lands in those few milliseconds.
KILL_AT_PROBE = 0.2


@pytest.fixture
def sandbox() -> Sandbox:
    unlimited = dict.fromkeys(OCTOPUS_SANDBOX_RATE_LIMITS, 1_000_000)
    return Sandbox(
        SandboxConfig(
            clock_scale=0.001,
            balance=Decimal(1_000_000),
            esimfly_rate_limit=1_000_000,
            octopus_rate_limits=unlimited,
        )
    )


def order_faults(rng: random.Random, provider: str) -> list[Fault]:
    """What the sandbox does to the next order calls of one provider."""
    path = ORDER_PATHS[ProviderId(provider)]
    faults: list[Fault] = []
    for _ in range(SALES_PER_PROCESS):
        roll = rng.random()
        hold = rng.uniform(0.05, MAX_HOLD_S)
        common: dict[str, Any] = {"provider": provider, "method": "POST", "path": path}
        if roll < 0.45:  # held before processing, processed even if the counter died
            faults.append(Fault("delay", seconds=hold, processed_if_gone=True, **common))
        elif roll < 0.6:  # taken and paid, the answer comes late
            faults.append(Fault("delay", when="after", seconds=hold, **common))
        elif roll < 0.7:
            faults.append(Fault("http_500", when="after", **common))
        elif roll < 0.8:
            faults.append(Fault("reset", when=rng.choice(("before", "after")), **common))
    return faults


def taken_reference(order: dict[str, Any], provider: ProviderId) -> str:
    return str(order["requestId"] if provider is ProviderId.ESIMFLY else order["client_reference"])


def issued(order: dict[str, Any], provider: ProviderId) -> tuple[str, str, str]:
    if provider is ProviderId.OCTOPUS:
        return str(order["id"]), order["iccid"], order["activation_code"]
    return order["orderReference"], order["esim"]["iccid"], order["esim"]["lpaString"]


def test_kill_campaign_loses_no_paid_sale(
    headless: Headless, sandbox: Sandbox, server_url: str
) -> None:
    started = time.monotonic()
    rng = random.Random(SEED)
    plans = [cheapest_plan(server_url, provider).id for provider in ProviderId]

    # Start-up cost of one counter process, measured here.
    begun = time.monotonic()
    empty = headless.run(*OPTIONS, "reconcile")
    startup_s = time.monotonic() - begun
    assert empty.returncode == 0, empty.stderr

    kills = processes = finished = still_processing = 0
    while kills < KILLS:
        sandbox.clear_faults()
        for provider in ProviderId:
            for fault in order_faults(rng, provider.value):
                sandbox.inject(fault)
        order = plans[:]
        rng.shuffle(order)
        args = [*OPTIONS, "shift", "--destination", "DE", "--count", str(SALES_PER_PROCESS)]
        for plan_id in order:
            args += ["--plan-id", plan_id]
        if rng.random() < KILL_AT_PROBE:
            # Killed around its first eSIMfly probe (if it makes one), else at random.
            args += ["--kill-at", rng.choice(("probing", "probed"))]
        processes += 1
        with headless.popen(*args) as process:
            assert process.stdout is not None
            ready, _, _ = select.select([process.stdout], [], [], PROCESS_TIMEOUT_S)
            assert ready and process.stdout.readline().startswith("SHIFT "), "no start-up"
            try:
                process.wait(timeout=rng.uniform(*KILL_AFTER_S))
            except subprocess.TimeoutExpired:
                process.send_signal(signal.SIGKILL)
            _, errors = process.communicate(timeout=PROCESS_TIMEOUT_S)
        # A restart that found a sale whose order may still be processing (the case).
        still_processing += errors.count(NOT_YET_SEEN)
        if process.returncode == -signal.SIGKILL:
            kills += 1
        else:
            finished += 1
            assert process.returncode in (0, 1), process.returncode

    # The last restart: no faults; reconcile until every processing window has passed.
    sandbox.clear_faults()
    final = headless.run(*OPTIONS, "reconcile", "--wait")
    assert final.returncode in (0, 1) and "Traceback" not in final.stderr, final.stderr

    with Journal(headless.journal) as journal:
        sales = journal.search(limit=100_000)
        unresolved = journal.unresolved()
        probes = Tally(journal.probe(s.reference).answer for s in sales)
    final_tally = Tally(s.status.value for s in sales)
    taken = {p: sandbox.orders(p.value) for p in ProviderId}
    report = (
        f"\nkill campaign (seed {SEED}): {kills} kills in {processes} counter processes "
        f"({finished} ended on their own), {len(sales)} sales, {still_processing} times a "
        f"restart found a sale whose order was not there yet, orders taken: "
        f"{', '.join(f'{p.value} {len(o)}' for p, o in taken.items())}; final: "
        f"{dict(sorted(final_tally.items()))}; processing window {WINDOW_S} s; "
        f"one counter start-up {startup_s:.2f} s; {time.monotonic() - started:.1f} s in all; "
        f"eSIMfly probes: {probes[ProbeAnswer.ARRIVED]} arrived, {probes[ProbeAnswer.NEVER]} "
        f"never arrived, {probes[ProbeAnswer.SPENT]} seen before (a killed probe); "
        f"left for the clerk to check: {len(unresolved)}"
    )
    assert kills >= KILLS, report
    assert unresolved == [], report

    # Every sale was paid before its order left (one transaction with SUBMITTING): the
    # payment survives every kill, and a sale that ended FAILED owes the customer their
    # money (journalled with the outcome), while a delivered one owes nothing.
    for sale in sales:
        assert sale.payment is not None and sale.quote is not None, f"{sale.reference} {report}"
        assert sale.payment.total == sale.quote.gross, report
        failed = sale.status is OrderStatus.FAILED
        assert sale.owes_customer == failed, f"{sale.reference} {sale.status} {report}"
        assert (sale.handback is Handback.OWED) == failed, f"{sale.reference} {report}"

    by_reference = {s.reference: s for s in sales}
    by_order: dict[tuple[ProviderId, str], list[Order]] = {}
    for sale in sales:
        assert sale.status.final, report
        if sale.provider_order_id is not None:
            by_order.setdefault((sale.plan.provider, sale.provider_order_id), []).append(sale)
    held: set[tuple[ProviderId, str]] = set()
    tied_to_another: list[str] = []
    for provider, orders in taken.items():
        for order in orders:
            order_id, iccid, code = issued(order, provider)
            held.add((provider, order_id))
            reference = taken_reference(order, provider)
            own = by_reference.get(reference)
            assert own is not None, f"{provider} order {order_id} has no sale {report}"
            assert own.status is not OrderStatus.FAILED, (
                f"sale {reference} is FAILED but {provider} holds its order {order_id} {report}"
            )
            claimed = by_order.get((provider, order_id), [])
            assert len(claimed) == 1, f"{provider} order {order_id}: {len(claimed)} sales {report}"
            (sale,) = claimed
            (esim,) = sale.esims
            assert esim.activation is not None, report
            assert (esim.iccid, esim.activation.text) == (iccid, code), report
            if sale.reference != reference:
                tied_to_another.append(f"{provider} order {order_id} of {reference}")
    print(report)
    # Matched by package and time, an eSIMfly order could go to another sale of the same
    # package; it must go to its own.
    assert tied_to_another == [], f"held by another sale: {tied_to_another} {report}"
    delivered = {k for k, v in by_order.items() if v[0].status is OrderStatus.DELIVERED}
    assert delivered <= held, f"delivered but not held by the sandbox {report}"
    assert final_tally["DELIVERED"] == sum(len(o) for o in taken.values()), report
    # Not a vacuous run: sales were made and the case (asked too early) occurred.
    # (A third: under load a counter takes seconds to start, and kills come sooner.)
    assert len(sales) >= KILLS // 3 and still_processing > 0, report
