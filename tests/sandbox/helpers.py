"""Raw-httpx helpers for driving the sandbox the way a provider client would.

Deliberately independent of ``app.providers``: the signing here is written from the
eSIMfly docs, so a shared bug cannot make both sides agree.
"""

from __future__ import annotations

import hashlib
import hmac
import time
import uuid
from collections.abc import Callable
from typing import Any

import httpx
import simplejson

from app.sandbox import DEFAULTS

ESIMFLY = "/api/v1/business"


def hmac_headers(
    body: bytes = b"",
    *,
    access_code: str = DEFAULTS.esimfly_access_code,
    secret: str = DEFAULTS.esimfly_secret_key,
    timestamp_ms: int | None = None,
    request_id: str | None = None,
) -> dict[str, str]:
    timestamp = str(timestamp_ms if timestamp_ms is not None else int(time.time() * 1000))
    request_id = request_id or str(uuid.uuid4())
    message = (timestamp + request_id + access_code).encode() + body
    signature = hmac.new(secret.encode(), message, hashlib.sha256).hexdigest().upper()
    return {
        "RT-AccessCode": access_code,
        "RT-RequestID": request_id,
        "RT-Timestamp": timestamp,
        "RT-Signature": signature,
    }


def encode(payload: Any) -> bytes:
    return simplejson.dumps(payload, use_decimal=True).encode()


def decode(response: httpx.Response) -> Any:
    return simplejson.loads(response.text, use_decimal=True)


class Esimfly:
    """Signs every request; ``now_ms`` lets a test keep its stamps on the sandbox clock."""

    def __init__(self, client: httpx.Client, now_ms: Callable[[], int] | None = None) -> None:
        self.client = client
        self.now_ms = now_ms or (lambda: int(time.time() * 1000))

    def get(self, path: str, params: dict[str, Any] | None = None) -> httpx.Response:
        headers = hmac_headers(timestamp_ms=self.now_ms())
        return self.client.get(ESIMFLY + path, params=params, headers=headers)

    def post(self, path: str, payload: Any) -> httpx.Response:
        body = payload if isinstance(payload, bytes) else encode(payload)
        headers = hmac_headers(body, timestamp_ms=self.now_ms())
        headers["Content-Type"] = "application/json"
        return self.client.post(ESIMFLY + path, content=body, headers=headers)

    def order(self, package_code: str, **extra: Any) -> httpx.Response:
        return self.post("/esims/order", {"packageCode": package_code, **extra})


class Octopus:
    def __init__(self, client: httpx.Client) -> None:
        self.client = client
        self.token = ""

    def login(
        self,
        username: str = DEFAULTS.octopus_api_key,
        password: str = DEFAULTS.octopus_api_secret,
    ) -> httpx.Response:
        response = self.client.post(
            "/auth/login", json={"username": username, "password": password}
        )
        if response.status_code == 200:
            self.token = response.json()["data"]["access_token"]
        return response

    @property
    def auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    def get(self, path: str, params: dict[str, Any] | None = None) -> httpx.Response:
        return self.client.get(path, params=params, headers=self.auth)

    def post(self, path: str, payload: Any) -> httpx.Response:
        body = payload if isinstance(payload, bytes) else encode(payload)
        headers = {**self.auth, "Content-Type": "application/json"}
        return self.client.post(path, content=body, headers=headers)

    def order(self, product_id: int, amount: Any, **extra: Any) -> httpx.Response:
        return self.post(
            "/api/v1/esim/orders", {"product_id": product_id, "amount": amount, **extra}
        )


def error_code(response: httpx.Response) -> str:
    """The machine code from either provider's error body."""
    body = response.json()
    return body["error"]["code"] if isinstance(body.get("error"), dict) else body["code"]
