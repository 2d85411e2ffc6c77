"""Issue 17 in the sandbox: eSIMs installed when a test says so or, in training, by
themselves a while after delivery; both providers report it in their documented shapes;
Octopus's notification e-mail is validated, recorded, and refused with its errors."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

import httpx
import pytest

from app.sandbox import Sandbox, SandboxConfig
from app.training import TRAINING_CONFIG
from tests.sandbox.helpers import Esimfly, Octopus, decode, encode, error_code

TURKEY_1GB = "TR1GB7D"
JAPAN, JAPAN_1GB = 712, Decimal("4.50")
EMAIL = "/api/v1/esim/orders/{}/notification-email"


@pytest.fixture
def config() -> SandboxConfig:
    return SandboxConfig(clock_scale=0.001, auto_install_seconds=20)


def _esimfly_status(esimfly: Esimfly, iccid: str) -> dict:  # type: ignore[type-arg]
    response = esimfly.post("/esims/status", {"iccid": iccid})
    assert response.status_code == 200, response.text
    return decode(response)["data"]


def _octopus_detail(octopus: Octopus, order_id: int) -> dict:  # type: ignore[type-arg]
    response = octopus.get(f"/api/v1/esim/orders/{order_id}")
    assert response.status_code == 200, response.text
    return decode(response)


def test_training_installs_esims_by_itself() -> None:
    assert TRAINING_CONFIG.auto_install_seconds is not None
    assert 0 < TRAINING_CONFIG.auto_install_seconds <= 60


def test_esimfly_esims_install_a_while_after_delivery(sandbox: Sandbox, esimfly: Esimfly) -> None:
    body = decode(esimfly.order(TURKEY_1GB, quantity=2))
    iccids = [e["iccid"] for e in body["esims"]]
    before = _esimfly_status(esimfly, iccids[0])
    assert (before["status"], before["smdp_status"], before["activation_date"]) == (
        "NEW",
        "RELEASED",
        None,
    )
    sandbox.clock.advance(19)
    assert _esimfly_status(esimfly, iccids[0])["status"] == "NEW"
    sandbox.clock.advance(2)
    for iccid in iccids:
        after = _esimfly_status(esimfly, iccid)
        assert after["status"] == "ACTIVE" and after["smdp_status"] == "AFFECTED"
        assert after["activation_date"] is not None
        assert after["device"]["model"] and after["last_network"]["connection_type"]


def test_octopus_order_detail_reports_the_install(sandbox: Sandbox, octopus: Octopus) -> None:
    order = decode(octopus.order(JAPAN, JAPAN_1GB))
    detail = _octopus_detail(octopus, order["id"])
    assert (detail["activation_status"], detail["is_installed"], detail["installed_at"]) == (
        "NOT_INSTALLED",
        False,
        None,
    )
    assert detail["activation_code"]
    sandbox.clock.advance(21)
    detail = _octopus_detail(octopus, order["id"])
    assert detail["activation_status"] == "ACTIVE" and detail["is_installed"] is True
    assert detail["installed_at"] and "activation_code" not in detail  # gone for good
    # The phone's moment: delivery plus the 20 s, not when someone asked.
    installed_at = datetime.fromisoformat(detail["installed_at"])
    assert installed_at - datetime.fromisoformat(detail["created_at"]) == timedelta(seconds=20)


def test_a_cancelled_esim_never_installs(sandbox: Sandbox, esimfly: Esimfly) -> None:
    body = decode(esimfly.order(TURKEY_1GB))
    iccid = body["esims"][0]["iccid"]
    assert esimfly.post("/esims/cancel", {"iccid": iccid}).status_code == 200
    sandbox.clock.advance(60)
    assert _esimfly_status(esimfly, iccid)["status"] == "CANCELLED"


def test_without_the_setting_only_the_test_installs() -> None:
    sandbox = Sandbox(SandboxConfig(clock_scale=0.001))
    with httpx.Client(transport=sandbox.transport(), base_url="http://sandbox.test") as client:
        api = Octopus(client)
        assert api.login().status_code == 200
        order = decode(api.order(JAPAN, JAPAN_1GB))
        sandbox.clock.advance(600)
        assert _octopus_detail(api, order["id"])["is_installed"] is False
        # The control call a test makes.
        assert client.post("/_sandbox/installed", json={"iccid": order["iccid"]}).status_code == 200
        assert _octopus_detail(api, order["id"])["is_installed"] is True


def _patch(octopus: Octopus, order_id: object, body: object) -> httpx.Response:
    headers = {**octopus.auth, "Content-Type": "application/json"}
    return octopus.client.patch(EMAIL.format(order_id), content=encode(body), headers=headers)


def test_notification_email_is_recorded_with_the_validated_address(
    sandbox: Sandbox, octopus: Octopus
) -> None:
    order = decode(octopus.order(JAPAN, JAPAN_1GB))
    response = _patch(octopus, order["id"], {"email": " Someone@Example.COM "})
    assert response.status_code == 200, response.text
    assert decode(response)["id"] == order["id"]  # the updated order
    (call,) = sandbox.notification_emails()
    assert call["order_id"] == str(order["id"]) and call["email"] == "Someone@example.com"
    listed = octopus.client.get("/_sandbox/octopus/emails").json()
    assert listed == [call]


@pytest.mark.parametrize(
    "body", [{"email": "not-an-address"}, {"email": "a@b"}, {"email": 5}, {}, {"email": ""}]
)
def test_notification_email_refuses_what_is_not_an_address(
    sandbox: Sandbox, octopus: Octopus, body: object
) -> None:
    order = decode(octopus.order(JAPAN, JAPAN_1GB))
    response = _patch(octopus, order["id"], body)
    assert response.status_code == 400 and error_code(response) == "VALIDATION_FAILURE"
    assert sandbox.notification_emails() == []


def test_notification_email_for_an_unknown_order_is_not_found(
    sandbox: Sandbox, octopus: Octopus
) -> None:
    response = _patch(octopus, 1, {"email": "a@example.com"})
    assert response.status_code == 404 and error_code(response) == "NOT_FOUND"
    assert sandbox.notification_emails() == []
