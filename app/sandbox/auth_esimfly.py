"""eSIMfly HMAC request authentication, with the error bodies of the eSIMfly docs."""

from __future__ import annotations

import hashlib
import hmac
import uuid
from typing import Any

from app.sandbox.config import SandboxConfig
from app.sandbox.messages import Request
from app.sandbox.state import State

TIMESTAMP_TOLERANCE_S = 5 * 60
REQUEST_ID_TTL_S = 24 * 3600


class AuthError(Exception):
    def __init__(self, status: int, body: dict[str, Any]) -> None:
        super().__init__(body.get("code") or body.get("error") or body.get("message"))
        self.status = status
        self.body = body


def signature(secret: str, timestamp: str, request_id: str, access_code: str, body: bytes) -> str:
    """upper(hex(HMAC-SHA256(secret, timestamp + request_id + access_code + body)))."""
    message = (timestamp + request_id + access_code).encode("utf-8") + body
    return hmac.new(secret.encode("utf-8"), message, hashlib.sha256).hexdigest().upper()


def _fail(status: int, error: str, code: str | None = None, **extra: str) -> AuthError:
    body: dict[str, Any] = {"success": False, "error": error, **extra}
    if code:
        body["code"] = code
    return AuthError(status, body)


def is_uuid4(text: str) -> bool:
    try:
        value = uuid.UUID(text)
    except ValueError:
        return False
    return len(text) == 36 and value.version == 4 and value.variant == uuid.RFC_4122


def authenticate(request: Request, config: SandboxConfig, state: State, now: float) -> None:
    """Raise AuthError unless the request is correctly signed, fresh and not a replay.

    ``now`` is the sandbox clock in epoch seconds. The request id is remembered only
    once the signature checks out, so a forged request cannot burn a genuine id.
    """
    access_code = request.header("RT-AccessCode")
    request_id = request.header("RT-RequestID")
    timestamp = request.header("RT-Timestamp")
    provided = request.header("RT-Signature")
    if not access_code:
        if (request.header("Authorization") or "").lower().startswith("bearer "):
            raise AuthError(401, {"success": False, "message": "Invalid token"})
        raise _fail(
            401,
            "Authentication required",
            message="Please provide either Bearer token or complete HMAC signature authentication",
        )
    if not (request_id and timestamp and provided):
        raise _fail(
            401,
            "HMAC signature authentication required",
            "HMAC_REQUIRED",
            message="Missing required headers: RT-Signature, RT-Timestamp, and RT-RequestID "
            "are mandatory when using RT-AccessCode",
        )
    if not hmac.compare_digest(access_code.encode(), config.esimfly_access_code.encode()):
        raise _fail(401, "Invalid API key", "INVALID_API_KEY")
    if not is_uuid4(request_id):
        raise _fail(
            400,
            "Invalid or missing RT-RequestID header. Must be a valid UUID v4.",
            "INVALID_REQUEST_ID",
        )
    if not timestamp.isdigit() or abs(now - int(timestamp) / 1000) > TIMESTAMP_TOLERANCE_S:
        raise _fail(401, "Request timestamp is too old or invalid", "INVALID_TIMESTAMP")
    expected = signature(
        config.esimfly_secret_key, timestamp, request_id, access_code, request.body
    )
    if not hmac.compare_digest(expected.encode(), provided.encode()):
        raise _fail(401, "Invalid HMAC signature", "INVALID_SIGNATURE")
    key = request_id.lower()
    seen = state.seen_request_ids.get(key)
    if seen is not None and seen > now - REQUEST_ID_TTL_S:
        raise _fail(400, "Request ID has already been used", "DUPLICATE_REQUEST")
    state.forget_old_request_ids(now, REQUEST_ID_TTL_S)
    state.seen_request_ids[key] = now
