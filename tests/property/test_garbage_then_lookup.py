"""End to end through the Counter: an order taken but answered with garbage is journalled
UNKNOWN (never DELIVERED), and looking it up again later delivers it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.core.orders import OrderStatus
from app.core.plans import ProviderId
from app.counter import Counter
from app.journal import Journal

from .hostile import ESIMFLY_PLAN, OCTOPUS_PLAN
from .http_server import DUPLICATE, FLY, LOGIN, OCTO, Answer, as_json, esimfly, octopus, ok

ICCID = "8932042000010078801"
LPA = "LPA:1$rsp-3104.idemia.io$DOAZJ-HYDO5-HGMLN-S9B8S"
GARBAGE = [
    Answer(200, as_json({"status": "DELIVERED", "id": 9302481, "iccid": "PENDING"})),
    Answer(200, as_json({"status": "DELIVERED", "id": 9302481, "activation_code": 5})),
    Answer(200, as_json({"status": "DELIVERED", "id": "9302481\n", "iccid": ICCID})),
    Answer(200, b"[" * 100_000 + b"]" * 100_000),
    Answer(200, as_json({"status": "DELIVERED", "id": 9302481, "amount": "1E+999999999"})),
]
FLY_GARBAGE = [
    Answer(200, as_json({"status": "completed", "orderReference": "o_1", "esims": {"a": 1}})),
    Answer(200, as_json({"status": "completed", "orderReference": "o_1", "final_price": "4,50"})),
    Answer(200, as_json({"status": "completed", "orderReference": "o\n1", "esims": []})),
    Answer(200, as_json({"status": 5, "orderReference": "o_1"})),
]


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    with Journal(tmp_path / "journal.sqlite3") as opened:
        yield opened


def _delivered_octopus() -> dict[str, Any]:
    return {
        "id": 9302481,
        "client_reference": "",
        "status": "DELIVERED",
        "activation_code": LPA,
        "iccid": ICCID,
        "amount": 4.5,
        "currency": "USD",
    }


@pytest.mark.parametrize("garbage", GARBAGE, ids=range(len(GARBAGE)))
def test_octopus_garbage_is_unknown_then_found(
    server: Any, client: httpx.Client, journal: Journal, garbage: Answer
) -> None:
    url, script = server
    counter = Counter({ProviderId.OCTOPUS: octopus(client, url)}, journal)
    script.set({("POST", "/auth/login"): LOGIN, ("POST", f"{OCTO}/orders"): garbage})
    outcome = counter.sell(OCTOPUS_PLAN)
    assert outcome.order.status is OrderStatus.UNKNOWN
    stored = journal.get(outcome.order.reference)
    assert stored is not None and stored.status is OrderStatus.UNKNOWN and not stored.esims

    delivered = {**_delivered_octopus(), "client_reference": outcome.order.reference}
    script.set(
        {
            ("POST", "/auth/login"): LOGIN,
            ("GET", f"{OCTO}/orders"): ok(
                [{"id": 9302481, "client_reference": delivered["client_reference"]}]
            ),
            ("GET", f"{OCTO}/orders/9302481"): ok(delivered),
        }
    )
    found = counter.reconcile(outcome.order)
    assert found.order.status is OrderStatus.DELIVERED
    assert found.order.esims[0].activation is not None
    assert found.order.esims[0].activation.text == LPA


@pytest.mark.parametrize("garbage", FLY_GARBAGE, ids=range(len(FLY_GARBAGE)))
def test_esimfly_garbage_is_never_delivered(
    server: Any, client: httpx.Client, journal: Journal, garbage: Answer
) -> None:
    url, script = server
    counter = Counter({ProviderId.ESIMFLY: esimfly(client, url)}, journal)
    script.set({("POST", f"{FLY}/esims/order"): garbage})
    outcome = counter.sell(ESIMFLY_PLAN)
    assert outcome.order.status in (OrderStatus.UNKNOWN, OrderStatus.PENDING)
    if outcome.order.status is OrderStatus.PENDING:
        return  # "completed" without eSIMs: paid, polled until the eSIMs arrive
    polled = {
        "orderReference": "o_1",
        "status": "completed",
        "packageCode": "TR_1GB_7D",
        "esims": [{"iccid": ICCID, "lpaString": LPA}],
    }
    script.set(
        {
            ("GET", f"{FLY}/balance"): DUPLICATE,  # the order request did arrive
            ("GET", f"{FLY}/orders"): ok(
                {"data": {"orders": [{"order_reference": "o_1", "package_code": "TR_1GB_7D"}]}}
            ),
            ("GET", f"{FLY}/esims/order"): ok({"order": polled}),
        }
    )
    found = counter.reconcile(outcome.order)
    assert found.order.status is OrderStatus.DELIVERED
    assert found.order.esims[0].iccid == ICCID
