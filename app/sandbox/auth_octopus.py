"""Octopus Cards JWT-style authentication: login, rotating refresh, logout, Bearer check.

Tokens are opaque random strings shaped like JWTs; the sandbox only recognises the
ones it issued, with expiry on the sandbox clock (access 1 h, refresh 7 days).
"""

from __future__ import annotations

import hmac
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from app.sandbox import identifiers as ids
from app.sandbox.messages import Request, Response, iso, json_response
from app.sandbox.octopus_http import OctopusError, json_body
from app.sandbox.state import OCTOPUS_CLIENT_ID

if TYPE_CHECKING:
    from app.sandbox.sandbox import Sandbox

ACCESS_TTL_S = 3600
REFRESH_TTL_S = 7 * 24 * 3600


def _same(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode("utf-8"), b.encode("utf-8"))


class OctopusAuth:
    def __init__(self, sandbox: Sandbox) -> None:
        self.sandbox = sandbox

    def _token_pair(self) -> Response:
        state, now = self.sandbox.state, self.sandbox.clock.time()
        claims: dict[str, Any] = {"sub": str(OCTOPUS_CLIENT_ID), "iat": int(now)}
        access = ids.jwt_like({**claims, "typ": "access", "exp": int(now + ACCESS_TTL_S)})
        refresh = ids.jwt_like({**claims, "typ": "refresh", "exp": int(now + REFRESH_TTL_S)})
        state.access_tokens[access] = now + ACCESS_TTL_S
        state.refresh_tokens[refresh] = now + REFRESH_TTL_S

        def at(seconds: float) -> str:
            return iso(datetime.fromtimestamp(seconds, tz=UTC))

        data = {
            "access_token": access,
            "refresh_token": refresh,
            "access_expires_at": at(now + ACCESS_TTL_S),
            "refresh_expires_at": at(now + REFRESH_TTL_S),
            "client_id": OCTOPUS_CLIENT_ID,
        }
        return json_response(200, {"success": True, "data": data})

    def login(self, request: Request) -> Response:
        body = json_body(request)
        username, password = body.get("username"), body.get("password")
        if not isinstance(username, str) or not isinstance(password, str):
            username = password = ""
        if not username or not password:
            raise OctopusError("VALIDATION_FAILURE", "Username and password are required")
        config = self.sandbox.config
        # Evaluate both comparisons so a wrong key and a wrong secret take equally long.
        key_ok = _same(username, config.octopus_api_key)
        secret_ok = _same(password, config.octopus_api_secret)
        if not (key_ok and secret_ok):
            raise OctopusError("UNAUTHORIZED", "Invalid credentials")
        return self._token_pair()

    def refresh(self, request: Request) -> Response:
        token = json_body(request).get("refresh_token")
        if not isinstance(token, str) or not token:
            raise OctopusError("VALIDATION_FAILURE", "Refresh token is required")
        expiry = self.sandbox.state.refresh_tokens.pop(token, None)
        if expiry is None or expiry <= self.sandbox.clock.time():
            raise OctopusError("UNAUTHORIZED", "Invalid token")
        return self._token_pair()

    def logout(self, request: Request) -> Response:
        self.require(request)
        state = self.sandbox.state
        state.access_tokens.clear()
        state.refresh_tokens.clear()
        return json_response(200, {"success": True, "data": {"message": "Successfully logged out"}})

    def require(self, request: Request) -> int:
        """The client id behind the Bearer token, or an UNAUTHORIZED error."""
        header = request.header("Authorization") or ""
        if not header:
            raise OctopusError("UNAUTHORIZED", "Authorization header required")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise OctopusError("UNAUTHORIZED", "Invalid token")
        expiry = self.sandbox.state.access_tokens.get(token.strip())
        if expiry is None or expiry <= self.sandbox.clock.time():
            raise OctopusError("UNAUTHORIZED", "Invalid token")
        return OCTOPUS_CLIENT_ID

    def expire_access_tokens(self) -> None:
        tokens = self.sandbox.state.access_tokens
        for token in tokens:
            tokens[token] = 0.0
