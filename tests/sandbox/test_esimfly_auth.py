from __future__ import annotations

import time
import uuid
from email.utils import parsedate_to_datetime

import httpx
import pytest

from app.sandbox import Sandbox, SandboxConfig
from app.sandbox.auth_esimfly import signature
from tests.sandbox.helpers import ESIMFLY, Esimfly, hmac_headers

BALANCE = ESIMFLY + "/balance"

# Hand-computed with (the docs' example inputs):
#   msg='16286704210004ce9d9cd-ac9e-4e17-b3a2-c66c358c1ce2esf_11111'
#   msg="$msg"'{"packageCode":"PHAJHEAYP"}'
#   printf '%s' "$msg" | openssl dgst -sha256 -hmac sk_1111
# (the "Calculated Signature" printed in the eSIMfly docs is a placeholder, not this).
DOC_INPUT_SIGNATURE = "FA2050B34D3C61025B991E8C82967BC583C02A92ED625D985F46DC7E25BFA934"
# printf '%s' '1700000000000a1b2c3d4-e5f6-4789-8abc-def012345678esf_sandbox_access' \
#   | openssl dgst -sha256 -hmac sk_sandbox_secret
SANDBOX_GET_SIGNATURE = "E2266302CFB65F29F837E74E1B8D80E2979CA0C6EB928C42609A56BDDFC78A52"


def test_signature_matches_hand_computed_vector() -> None:
    body = b'{"packageCode":"PHAJHEAYP"}'
    computed = signature(
        "sk_1111", "1628670421000", "4ce9d9cd-ac9e-4e17-b3a2-c66c358c1ce2", "esf_11111", body
    )
    assert computed == DOC_INPUT_SIGNATURE


def test_sandbox_accepts_hand_computed_get_signature(sandbox: Sandbox, client: httpx.Client):
    sandbox.clock.set_offset(1_700_000_000 - time.time())
    headers = {
        "RT-AccessCode": "esf_sandbox_access",
        "RT-RequestID": "a1b2c3d4-e5f6-4789-8abc-def012345678",
        "RT-Timestamp": "1700000000000",
        "RT-Signature": SANDBOX_GET_SIGNATURE,
    }
    response = client.get(BALANCE, headers=headers)
    assert response.status_code == 200, response.text
    assert response.json()["data"]["currency"] == "USD"


def test_good_request_has_rate_limit_and_date_headers(sandbox: Sandbox, esimfly: Esimfly):
    sandbox.clock.set_offset(120)
    response = esimfly.get("/balance")
    assert response.status_code == 200
    assert '"balance": 1000.00' in response.text
    assert response.headers["X-RateLimit-Limit"] == "1000"
    assert response.headers["X-RateLimit-Remaining"] == "999"
    assert response.headers["X-RateLimit-Reset"].endswith("Z")
    served = parsedate_to_datetime(response.headers["Date"])
    assert abs((served - sandbox.clock.now()).total_seconds()) < 5


def test_missing_authentication(client: httpx.Client) -> None:
    response = client.get(BALANCE)
    assert response.status_code == 401
    assert response.json() == {
        "success": False,
        "error": "Authentication required",
        "message": "Please provide either Bearer token or complete HMAC signature authentication",
    }
    assert "X-RateLimit-Remaining" in response.headers


def test_access_code_without_the_rest(client: httpx.Client) -> None:
    response = client.get(BALANCE, headers={"RT-AccessCode": "esf_sandbox_access"})
    assert response.status_code == 401
    assert response.json()["code"] == "HMAC_REQUIRED"


def test_unknown_access_code(client: httpx.Client) -> None:
    headers = hmac_headers(access_code="esf_nobody")
    response = client.get(BALANCE, headers=headers)
    assert response.status_code == 401
    assert response.json() == {
        "success": False,
        "error": "Invalid API key",
        "code": "INVALID_API_KEY",
    }


@pytest.mark.parametrize(
    "tamper",
    [
        lambda h: {**h, "RT-Signature": h["RT-Signature"].lower()},
        lambda h: {**h, "RT-Signature": "0" * 64},
        lambda h: {**h, "RT-Timestamp": str(int(h["RT-Timestamp"]) + 1)},
    ],
    ids=["lowercase", "garbage", "other-timestamp"],
)
def test_bad_signature(client: httpx.Client, tamper) -> None:  # type: ignore[no-untyped-def]
    response = client.get(BALANCE, headers=tamper(hmac_headers()))
    assert response.status_code == 401
    assert response.json()["code"] == "INVALID_SIGNATURE"


def test_signature_must_cover_the_bytes_sent(client: httpx.Client) -> None:
    headers = hmac_headers(b'{"packageCode":"TR1GB7D"}')
    headers["Content-Type"] = "application/json"
    sent = b'{"packageCode": "TR1GB7D"}'  # same JSON, different bytes
    response = client.post(ESIMFLY + "/esims/order", content=sent, headers=headers)
    assert response.status_code == 401
    assert response.json()["code"] == "INVALID_SIGNATURE"


@pytest.mark.parametrize("request_id", ["not-a-uuid", str(uuid.uuid1()), uuid.uuid4().hex])
def test_request_id_must_be_uuid4(client: httpx.Client, request_id: str) -> None:
    response = client.get(BALANCE, headers=hmac_headers(request_id=request_id))
    assert response.status_code == 400
    assert response.json()["code"] == "INVALID_REQUEST_ID"


@pytest.mark.parametrize(("skew_s", "status"), [(-360, 401), (360, 401), (-240, 200), (240, 200)])
def test_timestamp_window(sandbox: Sandbox, client: httpx.Client, skew_s: int, status: int):
    stamp = sandbox.clock.time_ms() + skew_s * 1000
    response = client.get(BALANCE, headers=hmac_headers(timestamp_ms=stamp))
    assert response.status_code == status
    if status == 401:
        assert response.json()["code"] == "INVALID_TIMESTAMP"


def test_advancing_the_clock_makes_real_time_stamps_stale(sandbox: Sandbox, client: httpx.Client):
    sandbox.clock.advance(301)
    response = client.get(BALANCE, headers=hmac_headers())
    assert response.json()["code"] == "INVALID_TIMESTAMP"


def test_duplicate_request_id(sandbox: Sandbox, client: httpx.Client) -> None:
    request_id = str(uuid.uuid4())
    first = client.get(BALANCE, headers=hmac_headers(request_id=request_id))
    again = client.get(BALANCE, headers=hmac_headers(request_id=request_id))
    assert first.status_code == 200
    assert again.status_code == 400
    assert again.json() == {
        "success": False,
        "error": "Request ID has already been used",
        "code": "DUPLICATE_REQUEST",
    }
    # Remembered for 24 h of sandbox time only.
    sandbox.clock.advance(24 * 3600 + 1)
    later = hmac_headers(request_id=request_id, timestamp_ms=sandbox.clock.time_ms())
    assert client.get(BALANCE, headers=later).status_code == 200


def test_forged_request_does_not_burn_a_request_id(client: httpx.Client) -> None:
    request_id = str(uuid.uuid4())
    forged = hmac_headers(request_id=request_id, secret="sk_wrong")
    assert client.get(BALANCE, headers=forged).status_code == 401
    assert client.get(BALANCE, headers=hmac_headers(request_id=request_id)).status_code == 200


def test_bearer_token_is_not_supported(client: httpx.Client) -> None:
    response = client.get(BALANCE, headers={"Authorization": "Bearer abc"})
    assert response.status_code == 401
    assert response.json() == {"success": False, "message": "Invalid token"}


def test_rate_limit() -> None:
    sandbox = Sandbox(SandboxConfig(esimfly_rate_limit=3))
    with httpx.Client(transport=sandbox.transport(), base_url="http://sandbox.test") as client:
        api = Esimfly(client)
        remaining = [api.get("/balance").headers["X-RateLimit-Remaining"] for _ in range(3)]
        refused = api.get("/balance")
        assert remaining == ["2", "1", "0"]
        assert refused.status_code == 429
        assert refused.json()["code"] == "RATE_LIMIT_EXCEEDED"
        assert 3500 < int(refused.headers["Retry-After"]) <= 3600
        sandbox.clock.advance(3600)
        assert Esimfly(client, sandbox.clock.time_ms).get("/balance").status_code == 200
