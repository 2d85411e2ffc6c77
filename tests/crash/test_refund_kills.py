"""A real counter process is SIGKILLed around a refund's cancel call, then restarted at once.

The three points, like the sale's (test_kill_points.py):

- ``refund_journalled``: the refund is on disk as REQUESTED, no cancel has left.
- ``in_flight``: eSIMfly cancelled the eSIM and credited the balance, its answer has not
  come back (a ``delay`` fault after processing); SIGKILLed from outside.
- ``refund_answered``: the answer arrived, nothing of it is journalled.

After each kill a new process runs ``reconcile``: the refund must be REFUNDED exactly
once in the journal and the balance restored exactly once, and a second start-up or a
second refund of the same eSIM must change nothing.
"""

from __future__ import annotations

import signal

import pytest

from app.core.plans import ProviderId
from app.core.refunds import RefundState
from app.journal import Journal
from app.sandbox import Fault, Sandbox
from tests.crash.conftest import PROCESS_TIMEOUT_S, Headless, sale_lines, wait_until
from tests.crash.test_kill_points import cheapest_plan

CANCEL = "/api/v1/business/esims/cancel"
POINTS = ("refund_journalled", "in_flight", "refund_answered")


def _refund_lines(stdout: str) -> list[str]:
    return [line for line in stdout.splitlines() if line.startswith("REFUND ")]


@pytest.mark.parametrize("point", POINTS)
def test_sigkill_around_the_cancel_refunds_exactly_once(
    headless: Headless, sandbox: Sandbox, server_url: str, point: str
) -> None:
    start = sandbox.balance("esimfly")
    plan = cheapest_plan(server_url, ProviderId.ESIMFLY)
    sold = headless.run("sell", "--destination", "DE", "--plan-id", plan.id, provider="esimfly")
    assert sold.returncode == 0, sold.stderr
    (sale,) = sale_lines(sold.stdout)
    assert sandbox.balance("esimfly") == start - plan.price.amount
    refund = ["refund", sale.reference, "--reason", "wrong country", "--approved-by", "mgr"]

    if point == "in_flight":
        sandbox.inject(
            Fault(
                kind="delay",
                provider="esimfly",
                method="POST",
                path=CANCEL,
                when="after",
                seconds=60,
            )
        )
        with headless.popen(*refund, provider="esimfly") as process:
            try:
                wait_until(
                    lambda: sandbox.balance("esimfly") == start or process.poll() is not None,
                    PROCESS_TIMEOUT_S,
                    "eSIMfly to cancel the eSIM",
                )
                assert process.poll() is None, f"the counter ended early: {process.communicate()}"
                process.send_signal(signal.SIGKILL)
                process.communicate(timeout=PROCESS_TIMEOUT_S)
            finally:
                if process.poll() is None:
                    process.kill()
                    process.communicate()
        returncode = process.returncode
    else:
        killed = headless.run(*refund, "--kill-at", point, provider="esimfly")
        returncode = killed.returncode
        assert killed.stdout == ""
    assert returncode == -signal.SIGKILL

    with Journal(headless.journal) as journal:
        (crashed,) = journal.refunds.of_sale(sale.reference)
    expected = RefundState.REQUESTED if point == "refund_journalled" else RefundState.SENT
    assert crashed.state is expected
    assert crashed.approved_by == "mgr" and crashed.reason == "wrong country"
    cancelled = point != "refund_journalled"
    assert sandbox.balance("esimfly") == (start if cancelled else start - plan.price.amount)

    # Restart at once: start-up checks the refund (sending it only if it never left).
    sandbox.clear_faults()
    restarted = headless.run("reconcile", provider="esimfly")
    assert restarted.returncode == 0, restarted.stderr
    (line,) = _refund_lines(restarted.stdout)
    assert line.startswith(f"REFUND REFUNDED reference={crashed.reference} ")
    assert sandbox.balance("esimfly") == start  # restored exactly once

    with Journal(headless.journal) as journal:
        (done,) = journal.refunds.of_sale(sale.reference)
        assert done.state is RefundState.REFUNDED and done.provider_amount is not None
        assert done.provider_amount.amount == plan.price.amount
        assert journal.refunds.unresolved() == []

    # A second start-up finds nothing to do; a second refund is refused, nothing sent.
    again = headless.run("reconcile", provider="esimfly")
    assert (again.returncode, again.stdout) == (0, "")
    twice = headless.run(*refund, provider="esimfly")
    assert twice.returncode == 1 and "already been refunded" in twice.stderr
    assert "Traceback" not in twice.stderr
    assert sandbox.balance("esimfly") == start


def test_an_installed_esim_is_refused_in_one_sentence(
    headless: Headless, sandbox: Sandbox, server_url: str
) -> None:
    plan = cheapest_plan(server_url, ProviderId.ESIMFLY)
    sold = headless.run("sell", "--destination", "DE", "--plan-id", plan.id, provider="esimfly")
    (sale,) = sale_lines(sold.stdout)
    assert sale.iccid is not None
    sandbox.mark_installed(sale.iccid)
    refused = headless.run("refund", sale.reference, "--reason", "x", provider="esimfly")
    assert (refused.returncode, refused.stdout) == (1, "")
    assert refused.stderr == (
        "The eSIM is already installed on the traveller's phone, so eSIMfly will not refund it.\n"
    )


def test_an_octopus_claim_is_confirmed_when_octopus_cancels_the_order(
    headless: Headless, sandbox: Sandbox, server_url: str
) -> None:
    plan = cheapest_plan(server_url, ProviderId.OCTOPUS)
    sold = headless.run("sell", "--destination", "DE", "--plan-id", plan.id, provider="octopus")
    (sale,) = sale_lines(sold.stdout)
    claim = ["refund", sale.reference, "--reason", "never worked", "--kind", "claimed"]
    claimed = headless.run(*claim, "--note", "ticket 7", provider="octopus")
    assert claimed.returncode == 0, claimed.stderr
    (line,) = _refund_lines(claimed.stdout)
    assert line.startswith("REFUND PENDING_PROVIDER ") and "kind=claimed" in line
    assert line.endswith("provider_amount=-")
    assert sale.order is not None
    sandbox.cancel_octopus_order(sale.order)
    checked = headless.run("reconcile", provider="octopus")
    (done,) = _refund_lines(checked.stdout)
    assert done.startswith("REFUND REFUNDED ") and "provider_amount=-" not in done
