"""A counter process selling a top-up is SIGKILLed around the top-up call, then a new
process reconciles (issue 17): the top-up is found again when eSIMfly took it, FAILED
when it never left, and the eSIMfly balance moves exactly once either way."""

from __future__ import annotations

import signal
import subprocess
import sys
from decimal import Decimal

import httpx
import pytest

from app.core import countries
from app.core.orders import OrderStatus, new_reference
from app.core.plans import ProviderId, TopupKey
from app.headless import build_providers
from app.journal import Journal
from app.providers.http import RetryPolicy, Timeouts
from app.sandbox import Fault, Sandbox
from tests.crash.conftest import PROCESS_TIMEOUT_S, ROOT, Headless, sale_lines, wait_until

TOPUP = "/api/v1/business/topup/order"
KILL_POINTS = ("journalled", "in_flight", "answered")


def installed_esim(url: str, sandbox: Sandbox) -> str:
    """An eSIMfly eSIM sold outside the counter's journal and installed: its ICCID."""
    turkey = countries.country("TR")
    assert turkey is not None
    with httpx.Client() as client:
        (fly,) = build_providers(
            client, url, [ProviderId.ESIMFLY], Timeouts(connect=2, read=5, order=5), RetryPolicy()
        ).values()
        plan = min((p for p in fly.list_plans(turkey) if not p.unlimited), key=lambda p: p.price)
        (esim,) = fly.place_order(plan, new_reference()).esims
    assert esim.iccid is not None
    sandbox.mark_installed(esim.iccid)
    return esim.iccid


def child(headless: Headless, iccid: str, *kill_at: str) -> list[str]:
    return [
        sys.executable,
        "-m",
        "tests.crash.topup_child",
        headless.url,
        str(headless.journal),
        iccid,
        *kill_at,
    ]


def topup_orders(sandbox: Sandbox) -> list[dict[str, object]]:
    return [o for o in sandbox.orders("esimfly") if str(o["packageCode"]).startswith("TOPUP_")]


@pytest.mark.parametrize("point", KILL_POINTS)
def test_sigkill_around_the_topup_call_is_reconciled(
    headless: Headless, sandbox: Sandbox, server_url: str, point: str
) -> None:
    iccid = installed_esim(server_url, sandbox)
    before = sandbox.balance("esimfly")
    if point == "in_flight":
        # Taken and paid, then the answer waits far longer than the test takes.
        sandbox.inject(Fault("delay", "esimfly", "POST", TOPUP, "after", seconds=60))
        with subprocess.Popen(child(headless, iccid), cwd=ROOT, text=True) as process:
            try:
                wait_until(
                    lambda: bool(topup_orders(sandbox)) or process.poll() is not None,
                    PROCESS_TIMEOUT_S,
                    "the sandbox to take the top-up",
                )
                assert process.poll() is None, "the counter ended early"
                process.send_signal(signal.SIGKILL)
                process.wait(timeout=PROCESS_TIMEOUT_S)
            finally:
                if process.poll() is None:
                    process.kill()
        returncode = process.returncode
    else:
        killed = subprocess.run(
            child(headless, iccid, point),
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=PROCESS_TIMEOUT_S,
            check=False,
        )
        returncode = killed.returncode
        assert killed.stdout == "", killed.stderr
    assert returncode == -signal.SIGKILL

    with Journal(headless.journal) as journal:
        (crashed,) = journal.search()
    assert crashed.status is OrderStatus.SUBMITTING and isinstance(crashed.plan.key, TopupKey)
    taken = point != "journalled"
    assert len(topup_orders(sandbox)) == (1 if taken else 0)

    restarted = headless.run("reconcile", provider="esimfly")
    assert restarted.returncode == 0, restarted.stderr
    (line,) = sale_lines(restarted.stdout)
    assert line.reference == crashed.reference
    with Journal(headless.journal) as journal:
        assert journal.unresolved() == []
        sale = journal.get(crashed.reference)
    assert sale is not None
    if not taken:
        assert sale.status is OrderStatus.FAILED and line.status == "FAILED"
        assert sandbox.balance("esimfly") == before and topup_orders(sandbox) == []
        return
    (order,) = topup_orders(sandbox)  # never bought twice
    assert sale.status is OrderStatus.DELIVERED and line.status == "DELIVERED"
    assert order["requestId"] == sale.reference
    assert sale.provider_order_id == order["orderReference"]
    assert sandbox.balance("esimfly") == before - Decimal(str(order["amount"]))
    assert sale.charged is not None and sale.charged.amount == Decimal(str(order["amount"]))
