"""eSIMfly's HMAC request signing as an ``httpx.Auth``.

``RT-Signature = upper(hex(HMAC-SHA256(secret, timestamp_ms + request_id + access_code
+ body)))``, signed over the exact bytes httpx sends, so a body can never be signed in
one serialisation and sent in another.
"""

from __future__ import annotations

import hashlib
import hmac
import time
import uuid
from collections.abc import Callable, Generator

import httpx

from app.core.secret import Secret

REQUEST_ID = "RT-RequestID"


def signature(secret: str, timestamp: str, request_id: str, access_code: str, body: bytes) -> str:
    message = (timestamp + request_id + access_code).encode("utf-8") + body
    return hmac.new(secret.encode("utf-8"), message, hashlib.sha256).hexdigest().upper()


class EsimflyAuth(httpx.Auth):
    """Signs every request; keeps a request id the caller already set (an order's
    reference), otherwise makes a fresh UUID v4 for each send, retries included."""

    requires_request_body = True

    def __init__(
        self,
        access_code: Secret,
        secret_key: Secret,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._access_code = Secret(access_code)
        self._secret = Secret(secret_key)
        self._clock = clock

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        timestamp = str(int(self._clock() * 1000))
        request_id = request.headers.get(REQUEST_ID) or str(uuid.uuid4())
        access_code = self._access_code.reveal()
        request.headers["RT-AccessCode"] = access_code
        request.headers[REQUEST_ID] = request_id
        request.headers["RT-Timestamp"] = timestamp
        request.headers["RT-Signature"] = signature(
            self._secret.reveal(), timestamp, request_id, access_code, request.content
        )
        yield request

    def __repr__(self) -> str:
        return "EsimflyAuth(access_code=Secret('***'), secret_key=Secret('***'))"
