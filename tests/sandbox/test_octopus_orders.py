from __future__ import annotations

import re
import time
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal

import httpx
import pytest

from app.sandbox import Sandbox, SandboxConfig, ServerHandle
from app.sandbox.identifiers import luhn_valid
from tests.sandbox.helpers import Octopus, decode

ORDERS = "/api/v1/esim/orders"
JAPAN, JAPAN_1GB = 712, Decimal("4.50")  # 5 % client discount: 4.275 charged
KDDI = 776  # flagged slow in the catalogue
LPA = re.compile(r"^LPA:1\$[a-z0-9.-]+\$[A-Z0-9-]+$")


def kddi_1gb(sandbox: Sandbox) -> Decimal:
    return sandbox.catalogue.products_by_id[KDDI].variants[0].amount


def test_delivered_inline(sandbox: Sandbox, octopus: Octopus) -> None:
    response = octopus.order(JAPAN, JAPAN_1GB, quantity=1, client_reference="FIRST_ESIM_001")
    assert response.status_code == 200
    order = decode(response)
    assert order["status"] == "DELIVERED"
    assert order["client_reference"] == "FIRST_ESIM_001"
    assert (order["product_name"], order["country_code"]) == ("Japan eSIM", "JPN")
    assert (order["data_amount_gb"], order["validity_days"]) == (Decimal("1.0"), 7)
    assert order["amount"] == Decimal("4.275") and order["currency"] == "USD"
    assert '"amount": 4.275' in response.text
    assert LPA.match(order["activation_code"])
    assert len(order["iccid"]) == 19 and luhn_valid(order["iccid"])
    assert order["activation_status"] == "NOT_INSTALLED" and order["is_installed"] is False
    assert isinstance(order["transaction_id"], int) and order["created_at"].endswith("Z")
    assert sandbox.balance("octopus") == Decimal("995.725")


@pytest.mark.parametrize("amount", [Decimal("4.5"), Decimal("4.500"), Decimal("4.50")])
def test_amount_is_matched_as_a_number(octopus: Octopus, amount: Decimal) -> None:
    assert decode(octopus.order(JAPAN, amount))["status"] == "DELIVERED"


def test_quantity_is_clamped_to_one(sandbox: Sandbox, octopus: Octopus) -> None:
    assert decode(octopus.order(JAPAN, JAPAN_1GB, quantity=5))["amount"] == Decimal("4.275")
    assert len(sandbox.orders("octopus")) == 1


def test_slow_product_answers_pending_after_the_inline_deadline(
    sandbox: Sandbox, octopus: Octopus
) -> None:
    started = time.monotonic()
    response = octopus.order(KDDI, kddi_1gb(sandbox), client_reference="SLOW-1")
    elapsed = time.monotonic() - started
    order = decode(response)
    assert order["status"] == "PENDING"
    assert "activation_code" not in order and "iccid" not in order
    assert 0.06 <= elapsed < 2.0  # 60 simulated seconds at scale 0.001
    assert sandbox.balance("octopus") == Decimal("1000.00") - kddi_1gb(sandbox)  # paid already
    sandbox.clock.advance(89)
    assert decode(octopus.get(f"{ORDERS}/{order['id']}"))["status"] == "PENDING"
    sandbox.clock.advance(1)
    delivered = decode(octopus.get(f"{ORDERS}/{order['id']}"))
    assert delivered["status"] == "DELIVERED" and LPA.match(delivered["activation_code"])


def test_slow_product_delivers_inline_when_fulfilment_beats_the_deadline() -> None:
    sandbox = Sandbox(SandboxConfig(clock_scale=0.001, pending_after_seconds=20))
    with httpx.Client(transport=sandbox.transport(), base_url="http://sandbox.test") as client:
        api = Octopus(client)
        api.login()
        assert decode(api.order(KDDI, kddi_1gb(sandbox)))["status"] == "DELIVERED"
        sandbox.force_outcome("octopus", KDDI, "pending")
        assert decode(api.order(KDDI, kddi_1gb(sandbox)))["status"] == "PENDING"


def test_forced_failure_is_refunded(sandbox: Sandbox, octopus: Octopus) -> None:
    sandbox.force_outcome("octopus", JAPAN, "fail")
    response = octopus.order(JAPAN, JAPAN_1GB, client_reference="WILL-FAIL")
    assert response.status_code == 200
    order = decode(response)
    assert order["status"] == "FAILED"
    assert order["failure_code"] == "PLAN_UNAVAILABLE"
    assert order["failure_reason"] and order["is_user_fixable"] is True
    assert "activation_code" not in order
    assert sandbox.balance("octopus") == Decimal("1000.00")
    kinds = [t.transaction_type for t in sandbox.state.octopus_transactions]
    assert kinds == ["DEBIT", "CREDIT"]


def test_duplicate_client_reference(sandbox: Sandbox, octopus: Octopus) -> None:
    assert octopus.order(JAPAN, JAPAN_1GB, client_reference="DUP-1").status_code == 200
    balance = sandbox.balance("octopus")
    again = octopus.order(JAPAN, JAPAN_1GB, client_reference="DUP-1")
    assert again.status_code == 400
    assert again.json() == {
        "error": {
            "name": "BadRequestError",
            "code": "BAD_REQUEST",
            "message": "Duplicate client_reference",
        }
    }
    assert sandbox.balance("octopus") == balance
    assert len(sandbox.orders("octopus")) == 1


def test_lookup_by_client_reference(octopus: Octopus) -> None:
    for ref in ("REF-A", "REF-B"):
        octopus.order(JAPAN, JAPAN_1GB, client_reference=ref)
    octopus.order(JAPAN, JAPAN_1GB)
    response = octopus.get(ORDERS, params={"client_reference": "REF-A"})
    (found,) = response.json()
    assert found["client_reference"] == "REF-A"
    assert response.headers["X-Total-Count"] == "1"
    assert octopus.get(ORDERS, params={"client_reference": "REF"}).json() == []
    everything = octopus.get(ORDERS).json()
    assert [o["id"] for o in everything] == sorted((o["id"] for o in everything), reverse=True)
    assert all("activation_code" not in o for o in everything)


def test_status_filter(sandbox: Sandbox, octopus: Octopus) -> None:
    octopus.order(JAPAN, JAPAN_1GB)
    sandbox.force_outcome("octopus", JAPAN, "fail")
    octopus.order(JAPAN, JAPAN_1GB)
    assert [o["status"] for o in octopus.get(ORDERS, params={"status": "FAILED"}).json()] == [
        "FAILED"
    ]
    assert octopus.get(ORDERS, params={"status": "LOST"}).status_code == 400


def test_activation_code_is_gone_once_installed(sandbox: Sandbox, octopus: Octopus) -> None:
    order = decode(octopus.order(JAPAN, JAPAN_1GB))
    sandbox.mark_installed(order["iccid"])
    # The list shows what is stored; only a detail read refreshes the install status.
    assert octopus.get(ORDERS).json()[0]["is_installed"] is False
    detail = decode(octopus.get(f"{ORDERS}/{order['id']}"))
    assert "activation_code" not in detail
    assert detail["is_installed"] is True and detail["activation_status"] == "ACTIVE"
    assert detail["installed_at"] and detail["iccid"] == order["iccid"]
    assert octopus.get(ORDERS).json()[0]["is_installed"] is True
    assert "activation_code" not in decode(octopus.get(f"{ORDERS}/{order['id']}"))
    sandbox.clock.advance(8 * 24 * 3600)
    octopus.login()  # the access token is long gone by now
    expired = decode(octopus.get(f"{ORDERS}/{order['id']}"))
    assert expired["activation_status"] == "EXPIRED"
    with pytest.raises(KeyError):
        sandbox.mark_installed("8900000000000000000")


def test_unknown_order_is_not_found(octopus: Octopus) -> None:
    response = octopus.get(f"{ORDERS}/1")
    assert response.status_code == 404 and response.json()["error"]["code"] == "NOT_FOUND"


@pytest.mark.parametrize("style", ["failed", "bad_request"])
def test_insufficient_balance_styles(style: str) -> None:
    sandbox = Sandbox(SandboxConfig(octopus_insufficient_style=style))  # type: ignore[arg-type]
    sandbox.set_balance("octopus", Decimal("4.00"))
    with httpx.Client(transport=sandbox.transport(), base_url="http://sandbox.test") as client:
        api = Octopus(client)
        api.login()
        response = api.order(JAPAN, JAPAN_1GB, client_reference="BROKE")
    if style == "failed":
        assert response.status_code == 200
        order = response.json()
        assert order["status"] == "FAILED" and order["failure_code"] == "INSUFFICIENT_BALANCE"
        assert order["is_user_fixable"] is False and "transaction_id" not in order
    else:
        assert response.status_code == 400
        assert response.json()["error"]["code"] == "BAD_REQUEST"
        assert sandbox.orders("octopus") == []
    assert sandbox.balance("octopus") == Decimal("4.00")


@pytest.mark.parametrize(
    ("payload", "code"),
    [
        ({"amount": 4.5}, "VALIDATION_FAILURE"),
        ({"product_id": JAPAN}, "VALIDATION_FAILURE"),
        ({"product_id": JAPAN, "amount": "4.50"}, "VALIDATION_FAILURE"),
        ({"product_id": True, "amount": 4.5}, "VALIDATION_FAILURE"),
        ({"product_id": JAPAN, "amount": 4.5, "client_reference": "café"}, "VALIDATION_FAILURE"),
        ({"product_id": JAPAN, "amount": 4.5, "client_reference": "x" * 256}, "VALIDATION_FAILURE"),
        ({"product_id": JAPAN, "amount": 4.49}, "BAD_REQUEST"),
        ({"product_id": 1, "amount": 4.5}, "BAD_REQUEST"),
        ({"product_id": JAPAN, "amount": 4.5, "wallet_id": 999}, "NOT_FOUND"),
    ],
)
def test_rejected_orders(sandbox: Sandbox, octopus: Octopus, payload: dict, code: str) -> None:  # type: ignore[type-arg]
    response = octopus.post(ORDERS, {k: v for k, v in payload.items()})
    assert response.json()["error"]["code"] == code
    assert sandbox.orders("octopus") == []
    assert sandbox.balance("octopus") == Decimal("1000.00")


def test_body_must_be_declared_json(octopus: Octopus, client: httpx.Client) -> None:
    response = client.post(
        ORDERS, content=b'{"product_id": 712, "amount": 4.5}', headers=octopus.auth
    )
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "VALIDATION_FAILURE"


def test_notification_email(octopus: Octopus, client: httpx.Client) -> None:
    order = decode(octopus.order(JAPAN, JAPAN_1GB))
    path = f"{ORDERS}/{order['id']}/notification-email"
    ok = client.patch(path, json={"email": "traveller@example.com"}, headers=octopus.auth)
    assert ok.status_code == 200 and ok.json()["id"] == order["id"]
    bad = client.patch(path, json={"email": "nope"}, headers=octopus.auth)
    assert bad.json()["error"]["code"] == "VALIDATION_FAILURE"


def test_pending_over_real_http(sandbox: Sandbox, server: ServerHandle, http: httpx.Client):
    api = Octopus(http)
    api.login()
    order = decode(api.order(KDDI, kddi_1gb(sandbox)))
    assert order["status"] == "PENDING"
    assert [o["status"] for o in sandbox.orders("octopus")] == ["PENDING"]


def test_concurrent_orders_keep_the_wallet_consistent(
    sandbox: Sandbox, server: ServerHandle, http: httpx.Client
) -> None:
    api = Octopus(http)
    api.login()
    slow_amount = kddi_1gb(sandbox)
    jobs = [(JAPAN, JAPAN_1GB)] * 16 + [(KDDI, slow_amount)] * 4
    with ThreadPoolExecutor(max_workers=8) as pool:
        statuses = list(pool.map(lambda job: api.order(*job).json()["status"], jobs))
    assert sorted(statuses) == ["DELIVERED"] * 16 + ["PENDING"] * 4
    spent = 16 * Decimal("4.275") + 4 * slow_amount
    assert sandbox.balance("octopus") == Decimal("1000.00") - spent
    assert len({o["id"] for o in sandbox.orders("octopus")}) == 20
