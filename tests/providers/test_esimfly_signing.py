"""eSIMfly's HMAC signature against vectors computed by hand from the documented formula.

The expected values come from ``printf '%s' "$msg" | openssl dgst -sha256 -hmac "$secret"``
(the docs' own "Calculated Signature" is a placeholder and must not be used).
"""

from __future__ import annotations

import httpx

from app.core.secret import Secret
from app.providers.esimfly_auth import EsimflyAuth, signature

# The inputs of the worked example in esimfly/api-authentication.md.
DOC_VECTOR = (
    "sk_1111",
    "1628670421000",
    "4ce9d9cd-ac9e-4e17-b3a2-c66c358c1ce2",
    "esf_11111",
    b'{"packageCode":"PHAJHEAYP"}',
)
DOC_SIGNATURE = "FA2050B34D3C61025B991E8C82967BC583C02A92ED625D985F46DC7E25BFA934"
# A GET: the body is the empty string.
GET_VECTOR = ("sk_1111", "1700000000000", "9b2a6a5e-1c3e-4d7a-9f43-6a2f0b1c2d3e", "esf_11111", b"")
GET_SIGNATURE = "D7C1F699E6378E379C5065428E951F1CACF76E5C76D66C9DDC9E40491A097F42"


def test_signature_matches_hand_computed_vector() -> None:
    assert signature(*DOC_VECTOR) == DOC_SIGNATURE


def test_get_signs_an_empty_body() -> None:
    assert signature(*GET_VECTOR) == GET_SIGNATURE


def _signed(request: httpx.Request, clock_ms: int) -> httpx.Request:
    auth = EsimflyAuth(Secret("esf_11111"), Secret("sk_1111"), clock=lambda: clock_ms / 1000)
    flow = auth.sync_auth_flow(request)
    return next(flow)


def test_auth_signs_the_exact_bytes_sent_and_keeps_a_preset_request_id() -> None:
    _secret, timestamp, request_id, access, body = DOC_VECTOR
    request = httpx.Request(
        "POST",
        "http://127.0.0.1/api/v1/business/esims/order",
        content=body,
        headers={"RT-RequestID": request_id},
    )
    signed = _signed(request, int(timestamp))
    assert signed.headers["RT-Signature"] == DOC_SIGNATURE
    assert signed.headers["RT-RequestID"] == request_id
    assert signed.headers["RT-Timestamp"] == timestamp
    assert signed.headers["RT-AccessCode"] == access


def test_auth_makes_a_fresh_uuid4_per_request() -> None:
    ids = {
        _signed(httpx.Request("GET", "http://127.0.0.1/x"), 1).headers["RT-RequestID"]
        for _ in range(5)
    }
    assert len(ids) == 5
    assert all(len(i) == 36 and i[14] == "4" for i in ids)


def test_auth_repr_hides_credentials() -> None:
    auth = EsimflyAuth(Secret("esf_visible?"), Secret("sk_visible?"))
    assert "visible" not in repr(auth)
