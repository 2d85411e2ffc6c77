"""The issue's loss, step by step: the counter dies while Octopus still holds its order
request; the restart at once finds no order yet and must keep the sale UNKNOWN (not
FAILED); once the request lands, ``reconcile --wait`` delivers it."""

from __future__ import annotations

import signal
import time

from app.core.plans import ProviderId
from app.sandbox import Fault, Sandbox
from tests.crash.conftest import PROCESS_TIMEOUT_S, Headless, sale_lines, wait_until
from tests.crash.test_kill_points import ORDER_PATHS, cheapest_plan

# A window of 0.3 + 0.5 + 6 = 6.8 s; the sandbox processes the request after 6 s, time
# enough for a restart even on a loaded machine.
OPTIONS = ("--connect-timeout", "0.3", "--order-timeout", "0.5", "--in-flight-margin", "6")
HOLD_S = 6.0


def test_a_sale_killed_while_octopus_holds_it_is_not_lost(
    headless: Headless, sandbox: Sandbox, server_url: str
) -> None:
    plan = cheapest_plan(server_url, ProviderId.OCTOPUS)
    path = ORDER_PATHS[ProviderId.OCTOPUS]
    sandbox.inject(
        Fault("delay", provider="octopus", method="POST", path=path, seconds=HOLD_S,
              processed_if_gone=True)
    )  # fmt: skip
    sell = [*OPTIONS, "sell", "--destination", "DE", "--plan-id", plan.id]
    with headless.popen(*sell) as process:
        # Killed once the request is on its way (the sale is on disk as SUBMITTING).
        # (the sandbox takes the fault when the request arrives, then holds it).
        wait_until(lambda: not sandbox.faults.active(), PROCESS_TIMEOUT_S, "the order request")
        process.send_signal(signal.SIGKILL)
        process.communicate(timeout=PROCESS_TIMEOUT_S)
    started = time.monotonic()
    assert sandbox.orders("octopus") == [], "the order is still being processed"

    restarted = headless.run(*OPTIONS, "reconcile")
    assert time.monotonic() - started < HOLD_S, "this machine was too slow for the test"
    (line,) = sale_lines(restarted.stdout)
    assert line.status == "UNKNOWN", "not FAILED: the order may still land"

    settled = headless.run(*OPTIONS, "reconcile", "--wait")
    assert settled.returncode == 0, settled.stderr
    (line,) = sale_lines(settled.stdout)
    (order,) = sandbox.orders("octopus")
    assert line.status == "DELIVERED" and line.reference == order["client_reference"]
    assert (line.iccid, line.code) == (order["iccid"], order["activation_code"])
