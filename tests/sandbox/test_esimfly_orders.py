from __future__ import annotations

import re
from decimal import Decimal

import httpx
import pytest

from app.sandbox import Sandbox, SandboxConfig
from app.sandbox.identifiers import luhn_valid
from tests.sandbox.helpers import Esimfly, decode, error_code

REFERENCE = re.compile(r"^order_\d{13}_[a-z0-9]{5}$")
LPA = re.compile(r"^LPA:1\$[a-z0-9.-]+\$[A-Z0-9-]+$")
TURKEY_1GB = "TR1GB7D"  # 2.72 USD
KDDI = "RB85_4D"  # flagged slow in the catalogue: answered pending


def assert_iccid(iccid: str) -> None:
    assert len(iccid) == 19 and iccid.startswith("89") and luhn_valid(iccid), iccid


def poll(api: Esimfly, reference: str) -> dict:  # type: ignore[type-arg]
    response = api.get("/esims/order", params={"orderReference": reference})
    assert response.status_code == 200, response.text
    return decode(response)["order"]


def test_completed_order(sandbox: Sandbox, esimfly: Esimfly) -> None:
    response = esimfly.order(TURKEY_1GB)
    assert response.status_code == 200, response.text
    body = decode(response)
    assert body["success"] is True and body["status"] == "completed"
    assert REFERENCE.match(body["orderReference"])
    assert body["packageName"] == "Turkey 1GB 7Days"
    assert body["amount"] == body["final_price"] == Decimal("2.72")
    assert body["newBalance"] == Decimal("997.28") == sandbox.balance("esimfly")
    assert body["currency"] == "USD" and body["paymentMethod"] == "balance"
    assert isinstance(body["esimId"], int) and isinstance(body["processing_time_ms"], int)
    assert LPA.match(body["lpaString"])
    assert body["qrCodeUrl"].startswith("data:image/png;base64,")
    assert body["directAppleInstallUrl"].endswith(body["lpaString"])
    (esim,) = body["esims"]
    assert_iccid(esim["iccid"])
    assert esim["lpaString"] == body["lpaString"]
    assert (esim["status"], esim["profileStatus"], esim["isPending"]) == (
        "New",
        "nodownload",
        False,
    )
    assert '"newBalance": 997.28' in response.text


def test_quantity_three(sandbox: Sandbox, esimfly: Esimfly) -> None:
    body = decode(esimfly.order(TURKEY_1GB, quantity=3))
    assert body["amount"] == Decimal("8.16")
    iccids = [e["iccid"] for e in body["esims"]]
    assert len(set(iccids)) == 3
    order = poll(esimfly, body["orderReference"])
    assert order["status"] == "completed" and order["quantity"] == 3
    assert order["esim"]["iccid"] == iccids[0]
    assert [e["iccid"] for e in order["esims"]] == iccids
    assert len(sandbox.orders("esimfly")) == 1


def test_single_order_poll_has_no_esims_list(esimfly: Esimfly) -> None:
    order = poll(esimfly, decode(esimfly.order(TURKEY_1GB))["orderReference"])
    assert "esims" not in order
    assert order["esim"]["totalVolume"] == 1024**3 and order["esim"]["totalDuration"] == 7
    assert order["paymentStatus"] == "succeeded"


def test_pending_order_completes_after_the_fulfilment_time(sandbox: Sandbox, esimfly: Esimfly):
    body = decode(esimfly.order(KDDI))
    assert body["status"] == "pending_details" and body["isPending"] is True
    assert body["qrCodeUrl"] == "" and "lpaString" not in body
    (esim,) = body["esims"]
    assert esim["iccid"].startswith("PENDING_") and esim["isPending"] is True
    assert sandbox.balance("esimfly") == Decimal("1000.00") - Decimal("5.85")
    waiting = poll(esimfly, body["orderReference"])
    assert waiting["status"] == "pending_details"
    assert waiting["esim"]["iccid"] is None and waiting["esim"]["isPending"] is True
    sandbox.clock.advance(89)
    assert poll(esimfly, body["orderReference"])["status"] == "pending_details"
    sandbox.clock.advance(1)
    ready = poll(esimfly, body["orderReference"])
    assert ready["status"] == "completed" and ready["esim"]["isPending"] is False
    assert_iccid(ready["esim"]["iccid"])
    assert LPA.match(ready["esim"]["lpaString"])
    assert sandbox.balance("esimfly") == Decimal("994.15")  # debited once


def test_forced_outcomes(sandbox: Sandbox, esimfly: Esimfly) -> None:
    sandbox.force_outcome("esimfly", TURKEY_1GB, "pending")
    sandbox.force_outcome("esimfly", KDDI, "deliver")
    assert decode(esimfly.order(TURKEY_1GB))["status"] == "pending_details"
    assert decode(esimfly.order(KDDI))["status"] == "completed"
    sandbox.force_outcome("esimfly", TURKEY_1GB, "fail")
    before = sandbox.balance("esimfly")
    failed = esimfly.order(TURKEY_1GB)
    assert failed.status_code == 500 and error_code(failed) == "ORDER_PROCESSING_ERROR"
    assert sandbox.balance("esimfly") == before
    sandbox.force_outcome("esimfly", TURKEY_1GB, None)
    assert decode(esimfly.order(TURKEY_1GB))["status"] == "completed"
    with pytest.raises(KeyError):
        sandbox.force_outcome("esimfly", "NO_SUCH_PLAN", "fail")


def test_insufficient_balance(sandbox: Sandbox, esimfly: Esimfly) -> None:
    sandbox.set_balance("esimfly", Decimal("5.00"))
    response = esimfly.order(TURKEY_1GB, quantity=2)
    assert response.status_code == 400
    assert decode(response) == {
        "success": False,
        "message": "Insufficient balance",
        "code": "INSUFFICIENT_BALANCE",
        "currentBalance": Decimal("5.00"),
        "requiredBalance": Decimal("5.44"),
        "needToLoad": Decimal("0.44"),
    }
    assert sandbox.orders("esimfly") == [] and sandbox.balance("esimfly") == Decimal("5.00")


@pytest.mark.parametrize(
    ("payload", "code"),
    [
        ({}, "MISSING_PACKAGE_CODE"),
        ({"packageCode": ""}, "MISSING_PACKAGE_CODE"),
        ({"packageCode": "NOPE"}, "INVALID_PACKAGE"),
        ({"packageCode": TURKEY_1GB, "quantity": 0}, "INVALID_QUANTITY"),
        ({"packageCode": TURKEY_1GB, "quantity": 11}, "INVALID_QUANTITY"),
        ({"packageCode": TURKEY_1GB, "quantity": "2"}, "INVALID_QUANTITY"),
        ({"packageCode": TURKEY_1GB, "price": Decimal("2.71")}, "PRICE_MISMATCH"),
        ({"packageCode": TURKEY_1GB, "quantity": 2, "price": Decimal("2.72")}, "PRICE_MISMATCH"),
        ({"packageCode": TURKEY_1GB, "price": "2.72"}, "PRICE_MISMATCH"),
    ],
)
def test_rejected_orders(sandbox: Sandbox, esimfly: Esimfly, payload: dict, code: str) -> None:  # type: ignore[type-arg]
    response = esimfly.post("/esims/order", payload)
    assert response.status_code == 400
    assert error_code(response) == code
    assert sandbox.orders("esimfly") == []


def test_legacy_fields_with_the_right_price(esimfly: Esimfly) -> None:
    legacy = {"packageName": "Turkey 1GB 7Days", "duration": 7, "flagUrl": "/img/flags/tr.png"}
    single = esimfly.order(TURKEY_1GB, price=Decimal("2.72"), **legacy)
    double = esimfly.order(TURKEY_1GB, price=Decimal("5.44"), quantity=2)
    assert single.status_code == double.status_code == 200


def test_unknown_order_reference(esimfly: Esimfly) -> None:
    response = esimfly.get("/esims/order", params={"orderReference": "order_1_abcde"})
    assert response.status_code == 404
    assert error_code(response) == "ORDER_NOT_FOUND"


def test_iqd_order() -> None:
    sandbox = Sandbox(SandboxConfig(esimfly_currency="IQD"))
    with httpx.Client(transport=sandbox.transport(), base_url="http://sandbox.test") as client:
        response = Esimfly(client).order(TURKEY_1GB)
    body = decode(response)
    assert (body["amount"], body["newBalance"], body["currency"]) == (3563, 1_306_437, "IQD")
    assert body["profit"] == 267  # 7.5 %, whole dinars
    assert '"amount": 3563,' in response.text and '"newBalance": 1306437,' in response.text


def test_status_poll_needs_a_reference(esimfly: Esimfly) -> None:
    response = esimfly.get("/esims/order")
    assert response.status_code == 400 and error_code(response) == "MISSING_FIELDS"
