"""A real counter process is SIGKILLed at each point around the order call, then restarted.

The three points, for both providers:

- ``journalled``: the sale is on disk as SUBMITTING and no request has left. The
  process kills itself at the counter's ``"journalled"`` checkpoint.
- ``in_flight``: the provider took the order (and was paid) but its answer has not come
  back. The sandbox holds the answer (a ``delay`` fault *after* processing); the test
  waits until the sandbox shows the order and then SIGKILLs the process from outside.
- ``answered``: the provider's answer arrived and nothing of it is journalled yet. The
  process kills itself at the counter's ``"answered"`` checkpoint.

After each kill a new process runs ``reconcile``; the sale must then be resolved, the
journal must hold it exactly once and, when the order was taken, the sandbox must hold
exactly one order for it and the journal its ICCID and activation code.
"""

from __future__ import annotations

import signal
from typing import Any

import httpx
import pytest

from app.core import countries
from app.core.orders import Order, OrderStatus
from app.core.plans import Plan, ProviderId
from app.headless import build_providers
from app.journal import Journal
from app.providers.http import RetryPolicy, Timeouts
from app.sandbox import Fault, Sandbox
from tests.crash.conftest import PROCESS_TIMEOUT_S, Headless, sale_lines, wait_until

GERMANY = countries.country("DE")
ORDER_PATHS = {
    ProviderId.ESIMFLY: "/api/v1/business/esims/order",
    ProviderId.OCTOPUS: "/api/v1/esim/orders",
}
KILL_POINTS = ("journalled", "in_flight", "answered")


def cheapest_plan(url: str, provider: ProviderId) -> Plan:
    """The cheapest German plan of ``provider``, read through the real client."""
    assert GERMANY is not None
    with httpx.Client() as client:
        (client_for,) = build_providers(
            client, url, [provider], Timeouts(connect=2, read=5, order=5), RetryPolicy()
        ).values()
        plans = client_for.list_plans(GERMANY)
    return min(plans, key=lambda p: (p.price.amount, p.id))


def only_sale(headless: Headless) -> Order:
    with Journal(headless.journal) as journal:
        sales = journal.search(limit=10)
    assert len(sales) == 1, f"the journal holds {len(sales)} sales, not one"
    return sales[0]


def issued(order: dict[str, Any], provider: ProviderId) -> tuple[str, str]:
    """(ICCID, activation code) of a sandbox order, as the sandbox issued them."""
    if provider is ProviderId.OCTOPUS:
        return order["iccid"], order["activation_code"]
    return order["esim"]["iccid"], order["esim"]["lpaString"]


def kill_in_flight(headless: Headless, sandbox: Sandbox, args: list[str], provider: str) -> int:
    """Sell with the answer held back by the sandbox; SIGKILL once the order is taken."""
    with headless.popen(*args, provider=provider) as process:
        try:
            wait_until(
                lambda: bool(sandbox.orders(provider)) or process.poll() is not None,
                PROCESS_TIMEOUT_S,
                "the sandbox to take the order",
            )
            assert process.poll() is None, f"the counter ended early: {process.communicate()}"
            process.send_signal(signal.SIGKILL)
            process.communicate(timeout=PROCESS_TIMEOUT_S)
        finally:
            if process.poll() is None:
                process.kill()
                process.communicate()
    return process.returncode


@pytest.mark.parametrize("point", KILL_POINTS)
@pytest.mark.parametrize("provider", list(ProviderId))
def test_sigkill_around_the_order_call_is_reconciled(
    headless: Headless, sandbox: Sandbox, server_url: str, provider: ProviderId, point: str
) -> None:
    plan = cheapest_plan(server_url, provider)
    sell = ["sell", "--destination", "DE", "--plan-id", plan.id]
    name = provider.value

    if point == "in_flight":
        # Taken and paid, then the answer waits far longer than the test takes.
        path = ORDER_PATHS[provider]
        sandbox.inject(
            Fault(kind="delay", provider=name, method="POST", path=path, when="after", seconds=60)
        )
        returncode = kill_in_flight(headless, sandbox, sell, name)
    else:
        killed = headless.run(*sell, "--kill-at", point, provider=name)
        returncode = killed.returncode
        assert killed.stdout == "", "the process died before it could print an outcome"
    assert returncode == -signal.SIGKILL

    # What the crash left: one sale on disk, not yet resolved.
    crashed = only_sale(headless)
    assert crashed.status is OrderStatus.SUBMITTING
    assert crashed.plan.id == plan.id
    taken = point != "journalled"
    assert len(sandbox.orders(name)) == (1 if taken else 0)

    # Restart: a new process reconciles everything left unresolved.
    restarted = headless.run("reconcile")
    assert restarted.returncode == 0, restarted.stderr
    (line,) = sale_lines(restarted.stdout)
    assert line.reference == crashed.reference

    sale = only_sale(headless)
    with Journal(headless.journal) as journal:
        assert journal.unresolved() == []
    orders = sandbox.orders(name)
    if not taken:
        # Nothing was sent, so nothing was bought: resolved as FAILED, no money moved.
        assert orders == []
        assert sale.status is OrderStatus.FAILED and line.status == "FAILED"
        assert sale.failure_reason and "never received" in sale.failure_reason
        assert sale.esims == ()
        return

    (order,) = orders
    assert sale.status is OrderStatus.DELIVERED and line.status == "DELIVERED"
    if provider is ProviderId.OCTOPUS:
        assert order["client_reference"] == sale.reference
        assert str(order["id"]) == sale.provider_order_id
    else:
        assert order["requestId"] == sale.reference
        assert order["orderReference"] == sale.provider_order_id
    iccid, code = issued(order, provider)
    (esim,) = sale.esims
    assert esim.activation is not None
    assert (esim.iccid, esim.activation.text) == (iccid, code)
    assert (line.order, line.iccid, line.code) == (sale.provider_order_id, iccid, code)

    # A second start-up finds nothing left to do and buys nothing.
    again = headless.run("reconcile")
    assert (again.returncode, again.stdout) == (0, "")
    assert len(sandbox.orders(name)) == 1


def test_list_plans_and_a_plain_sale(headless: Headless, sandbox: Sandbox) -> None:
    listed = headless.run("list-plans", "--destination", "DE")
    assert listed.returncode == 0, listed.stderr
    ids = [line.split("\t")[1].removeprefix("id=") for line in listed.stdout.splitlines()]
    assert {i.split(":")[0] for i in ids} == {"esimfly", "octopus"}
    sold = headless.run("sell", "--destination", "DE", "--plan-id", ids[0])
    assert sold.returncode == 0, sold.stderr
    (line,) = sale_lines(sold.stdout)
    assert line.status == "DELIVERED" and line.code and line.code.startswith("LPA:1$")
    assert len(sandbox.orders(line.provider)) == 1


def test_errors_are_one_plain_sentence(headless: Headless, sandbox: Sandbox) -> None:
    unknown = headless.run("sell", "--destination", "DE", "--plan-id", "esimfly:NOPE")
    assert (unknown.returncode, unknown.stdout) == (1, "")
    assert unknown.stderr == "There is no plan esimfly:NOPE for Germany.\n"

    sandbox.set_balance("octopus", 0)
    plans = headless.run("list-plans", "--destination", "DE", provider="octopus")
    plan_id = plans.stdout.splitlines()[0].split("\t")[1].removeprefix("id=")
    poor = headless.run("sell", "--destination", "DE", "--plan-id", plan_id)
    assert poor.returncode == 1
    (line,) = sale_lines(poor.stdout)
    assert line.status == "FAILED"
    assert "Traceback" not in poor.stderr and "alance" in poor.stderr


def test_reconcile_while_the_provider_is_down_keeps_the_sale_open(
    headless: Headless, sandbox: Sandbox, server_url: str
) -> None:
    plan = cheapest_plan(server_url, ProviderId.OCTOPUS)
    sell = ["sell", "--destination", "DE", "--plan-id", plan.id, "--kill-at", "answered"]
    assert headless.run(*sell).returncode == -signal.SIGKILL
    sandbox.inject(Fault(kind="http_503", provider="octopus", method="GET", count=0))
    down = headless.run("reconcile")
    assert down.returncode == 1 and "Traceback" not in down.stderr
    (line,) = sale_lines(down.stdout)
    assert line.status == "UNKNOWN"
    sandbox.clear_faults()
    up = headless.run("reconcile")
    assert up.returncode == 0, up.stderr
    assert [s.status for s in sale_lines(up.stdout)] == ["DELIVERED"]
    assert len(sandbox.orders("octopus")) == 1
