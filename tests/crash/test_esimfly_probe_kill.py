"""eSIMfly's request-id probe, killed half-way: a real counter process SIGKILLed around the
probe (``--kill-at probing|probed``), then restarted.

A probe killed after it left spent the sale's request id without the journal knowing;
the next probe then answers DUPLICATE_REQUEST whether or not the order request ever
arrived. The sale must then end FAILED (it never arrived) or with its own order, never
with the order of another sale of the same package.
"""

from __future__ import annotations

from app.core.orders import OrderStatus
from app.core.plans import ProviderId
from app.journal import Journal, ProbeAnswer
from app.sandbox import Fault, Sandbox
from tests.crash.conftest import PROCESS_TIMEOUT_S, Headless, sale_lines, wait_until
from tests.crash.test_kill_points import ORDER_PATHS, cheapest_plan

ORDER = ORDER_PATHS[ProviderId.ESIMFLY]
# Short limits; the sandbox stamps an order when it takes its id, so a short margin does.
OPTIONS = (
    "--provider", "esimfly", "--connect-timeout", "0.3", "--order-timeout", "0.5",
    "--stamp-margin", "0.5",
)  # fmt: skip


def _sell(headless: Headless, plan_id: str, *extra: str) -> list[str]:
    done = headless.run(*OPTIONS, "sell", "--destination", "DE", "--plan-id", plan_id, *extra)
    assert "Traceback" not in done.stderr, done.stderr
    return [line.reference for line in sale_lines(done.stdout)]


def test_a_sale_whose_killed_probe_spent_its_id_never_takes_a_later_sales_order(
    headless: Headless, sandbox: Sandbox, server_url: str
) -> None:
    plan = cheapest_plan(server_url, ProviderId.ESIMFLY)
    # The order request never reaches eSIMfly; the sale's own probe is journalled and
    # the process killed before it leaves.
    sandbox.inject(Fault("reset", provider="esimfly", method="POST", path=ORDER))
    _sell(headless, plan.id, "--kill-at", "probing")
    with Journal(headless.journal) as journal:
        (lost,) = journal.search()
        assert lost.status is OrderStatus.UNKNOWN
        assert journal.probe(lost.reference).probed_at is not None

    # The restart probes (spending the id) and is killed before it journals the answer.
    killed = headless.run(*OPTIONS, "reconcile", "--kill-at", "probed")
    assert killed.returncode == -9, killed.stderr
    with Journal(headless.journal) as journal:
        assert journal.probe(lost.reference).answer is None

    # A later sale of the same package, taken and paid with its answer lost: before it
    # leaves, the lost sale is settled (its next probe answers DUPLICATE_REQUEST, proving
    # nothing, and no order of the package is stamped in its span).
    sandbox.inject(Fault("reset", provider="esimfly", method="POST", path=ORDER, when="after"))
    (later,) = _sell(headless, plan.id)
    settled = headless.run(*OPTIONS, "reconcile", "--wait")
    assert settled.returncode == 0, settled.stderr

    (order,) = sandbox.orders("esimfly")
    assert order["requestId"] == later
    with Journal(headless.journal) as journal:
        first, second = journal.get(lost.reference), journal.get(later)
        assert first is not None and second is not None
        assert journal.probe(lost.reference).answer is ProbeAnswer.SPENT
        assert first.status is OrderStatus.FAILED and first.provider_order_id is None
        assert second.status is OrderStatus.DELIVERED
        assert second.provider_order_id == order["orderReference"]


def test_a_sale_whose_probe_never_left_still_gets_its_own_order(
    headless: Headless, sandbox: Sandbox, server_url: str
) -> None:
    """Killed after journalling the probe but before it left, while eSIMfly still holds
    the order request: the request is taken later, so the next probe's duplicate is the
    order's, and the sale gets that order (not FAILED)."""
    plan = cheapest_plan(server_url, ProviderId.ESIMFLY)
    sandbox.inject(
        Fault("delay", provider="esimfly", method="POST", path=ORDER, seconds=1.5,
              processed_if_gone=True)
    )  # fmt: skip
    _sell(headless, plan.id, "--kill-at", "probing")
    wait_until(lambda: bool(sandbox.orders("esimfly")), PROCESS_TIMEOUT_S, "the held order")
    settled = headless.run(*OPTIONS, "reconcile", "--wait")
    assert settled.returncode == 0, settled.stderr
    (order,) = sandbox.orders("esimfly")
    with Journal(headless.journal) as journal:
        sale = journal.get(order["requestId"])
        assert sale is not None and sale.status is OrderStatus.DELIVERED
        assert sale.provider_order_id == order["orderReference"]
        assert journal.probe(sale.reference).answer is ProbeAnswer.SPENT


def test_a_sale_waits_while_an_earlier_one_of_its_package_is_unchecked(
    headless: Headless, sandbox: Sandbox, server_url: str
) -> None:
    """The probe's answer lost on the network (eSIMfly took it): until the earlier sale
    is checked, a sale of the same package is refused before anything leaves."""
    plan = cheapest_plan(server_url, ProviderId.ESIMFLY)
    balance = "/api/v1/business/balance"
    sandbox.inject(Fault("reset", provider="esimfly", method="POST", path=ORDER))
    sandbox.inject(Fault("reset", provider="esimfly", method="GET", path=balance, when="after"))
    (lost,) = _sell(headless, plan.id)
    sandbox.inject(Fault("reset", provider="esimfly", method="GET", path=balance, when="after"))
    refused = headless.run(*OPTIONS, "sell", "--destination", "DE", "--plan-id", plan.id)
    (line,) = sale_lines(refused.stdout)
    assert line.status == "FAILED" and "earlier sale" in refused.stderr
    assert sandbox.orders("esimfly") == []
    # Once eSIMfly answers, the earlier sale is settled and the next sale goes through.
    (sold,) = _sell(headless, plan.id)
    (order,) = sandbox.orders("esimfly")
    with Journal(headless.journal) as journal:
        first, last = journal.get(lost), journal.get(sold)
        assert first is not None and first.status is OrderStatus.FAILED
        assert last is not None and last.provider_order_id == order["orderReference"]
