"""The sandbox's eSIMfly cancel and live-status endpoints (esimfly-newer/)."""

from __future__ import annotations

from decimal import Decimal

import httpx
import pytest

from app.sandbox import Fault, Sandbox
from tests.sandbox.helpers import Esimfly, Octopus, decode, error_code

TURKEY_1GB = "TR1GB7D"  # 2.72 USD
START = Decimal("1000.00")


def bought(esimfly: Esimfly, quantity: int = 1) -> tuple[str, list[str]]:
    body = decode(esimfly.order(TURKEY_1GB, quantity=quantity))
    return body["orderReference"], [e["iccid"] for e in body["esims"]]


def status(esimfly: Esimfly, iccid: str) -> dict:  # type: ignore[type-arg]
    response = esimfly.post("/esims/status", {"iccid": iccid})
    assert response.status_code == 200, response.text
    return decode(response)["data"]


def test_cancel_refunds_the_balance_once(sandbox: Sandbox, esimfly: Esimfly) -> None:
    reference, (iccid,) = bought(esimfly)
    assert sandbox.balance("esimfly") == START - Decimal("2.72")
    assert status(esimfly, iccid)["status"] == "NEW"
    response = esimfly.post("/esims/cancel", {"iccid": iccid})
    assert response.status_code == 200, response.text
    data = decode(response)["data"]
    assert data["order_reference"] == reference
    assert data["refunded_amount"] == Decimal("2.72") and data["currency"] == "USD"
    assert data["refund_method"] == "balance" and data["balance_credited"] is True
    assert data["cancel_results"] == [
        {
            "esimId": data["cancel_results"][0]["esimId"],
            "iccid": iccid,
            "success": True,
            "refundAmount": Decimal("2.72"),
        }
    ]
    assert sandbox.balance("esimfly") == START
    assert status(esimfly, iccid)["status"] == "CANCELLED"
    # Idempotent: a second cancel is refused and refunds nothing more.
    again = esimfly.post("/esims/cancel", {"iccid": iccid})
    assert (again.status_code, error_code(again)) == (400, "ALREADY_CANCELLED")
    assert sandbox.balance("esimfly") == START
    order = decode(esimfly.get("/esims/order", {"orderReference": reference}))["order"]
    assert order["status"] == "cancelled"
    listed = decode(esimfly.get("/esims", {"status": "CANCELLED"}))["data"]["esims"]
    assert [e["iccid"] for e in listed] == [iccid]


def test_an_installed_esim_is_not_eligible(sandbox: Sandbox, esimfly: Esimfly) -> None:
    _, (iccid,) = bought(esimfly)
    sandbox.mark_installed(iccid)
    live = status(esimfly, iccid)
    assert live["status"] == "ACTIVE" and live["activation_date"] is not None
    response = esimfly.post("/esims/cancel", {"iccid": iccid})
    assert (response.status_code, error_code(response)) == (400, "NOT_ELIGIBLE")
    details = decode(response)["details"]
    assert details["ineligibleEsims"][0]["iccid"] == iccid
    assert sandbox.balance("esimfly") == START - Decimal("2.72")


def test_cancelling_one_esim_cancels_every_eligible_one_of_its_order(
    sandbox: Sandbox, esimfly: Esimfly
) -> None:
    _, iccids = bought(esimfly, quantity=3)
    sandbox.mark_installed(iccids[2])
    data = decode(esimfly.post("/esims/cancel", {"iccid": iccids[0]}))["data"]
    assert [r["iccid"] for r in data["cancel_results"]] == iccids[:2]
    assert data["partial_cancellation"] is True and data["failed_esims"] == 1
    assert sandbox.balance("esimfly") == START - Decimal("2.72")


def test_a_refund_request_is_confirmed_later(sandbox: Sandbox, esimfly: Esimfly) -> None:
    sandbox.set_refund_method("refund_request")
    _, (iccid,) = bought(esimfly)
    data = decode(esimfly.post("/esims/cancel", {"iccid": iccid}))["data"]
    assert data["refund_method"] == "refund_request" and data["refunded_amount"] == 0
    assert data["balance_credited"] is False
    assert sandbox.balance("esimfly") == START - Decimal("2.72")
    assert status(esimfly, iccid)["status"] == "NEW"  # until confirmed (our assumption)
    again = esimfly.post("/esims/cancel", {"iccid": iccid})
    assert error_code(again) == "ALREADY_CANCELLED"
    sandbox.confirm_refunds()
    assert status(esimfly, iccid)["status"] == "CANCELLED"
    assert sandbox.balance("esimfly") == START
    sandbox.confirm_refunds()
    assert sandbox.balance("esimfly") == START


def test_documented_errors(esimfly: Esimfly) -> None:
    for path in ("/esims/cancel", "/esims/status"):
        missing = esimfly.post(path, {})
        assert (missing.status_code, error_code(missing)) == (400, "MISSING_IDENTIFIER")
        unknown = esimfly.post(path, {"iccid": "8948010010036785060"})
        assert (unknown.status_code, error_code(unknown)) == (404, "ESIM_NOT_FOUND")


def test_a_fault_after_the_cancel_loses_the_answer_not_the_refund(
    sandbox: Sandbox, esimfly: Esimfly
) -> None:
    _, (iccid,) = bought(esimfly)
    sandbox.inject(Fault("http_502", "esimfly", "POST", "/api/v1/business/esims/cancel", "after"))
    lost = esimfly.post("/esims/cancel", {"iccid": iccid})
    assert lost.status_code == 502
    assert sandbox.balance("esimfly") == START
    assert status(esimfly, iccid)["status"] == "CANCELLED"


def test_the_control_api_drives_refunds(
    sandbox: Sandbox, esimfly: Esimfly, client: httpx.Client
) -> None:
    assert (
        client.post("/_sandbox/refund-method", json={"method": "refund_request"}).status_code == 200
    )
    assert client.post("/_sandbox/refund-method", json={"method": "cash"}).status_code == 400
    _, (iccid,) = bought(esimfly)
    esimfly.post("/esims/cancel", {"iccid": iccid})
    assert sandbox.balance("esimfly") == START - Decimal("2.72")
    assert client.post("/_sandbox/refunds/confirm").status_code == 200
    assert sandbox.balance("esimfly") == START
    assert client.post("/_sandbox/octopus/cancel", json={"order_id": "1"}).status_code == 400
    with pytest.raises(ValueError):
        sandbox.mark_installed(iccid)  # a cancelled profile cannot be installed


def test_octopus_cancels_a_delivered_order_once(sandbox: Sandbox, octopus: Octopus) -> None:
    order = decode(octopus.order(712, Decimal("4.50"), quantity=1))
    assert sandbox.balance("octopus") == START - Decimal("4.275")
    sandbox.cancel_octopus_order(order["id"])
    sandbox.cancel_octopus_order(order["id"])
    assert sandbox.balance("octopus") == START
    detail = decode(octopus.get(f"/api/v1/esim/orders/{order['id']}"))
    assert detail.get("data", detail)["status"] == "CANCELLED"
