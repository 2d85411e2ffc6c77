"""Octopus Cards' JWT session: log in with the API key and secret, keep the token pair in
memory only, refresh five minutes before expiry, log in again when a refresh is refused.

Expiry times are the server's; the offset between this computer's clock and the server's
``Date`` header is applied, so a counter with a wrong clock still refreshes on time.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

import httpx

from app.core.errors import AuthenticationError, InvalidResponseError
from app.core.secret import Secret
from app.providers import http

NAME = "Octopus Cards"
REFRESH_MARGIN = 300.0


class OctopusSession:
    def __init__(
        self,
        client: httpx.Client,
        base_url: str,
        api_key: Secret,
        api_secret: Secret,
        *,
        timeouts: http.Timeouts,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._client = client
        self._base = base_url.rstrip("/")
        self._key = api_key
        self._secret = api_secret
        self._timeouts = timeouts
        self._clock = clock
        self._lock = threading.Lock()
        self._access: Secret | None = None
        self._access_expires = 0.0
        self._refresh: Secret | None = None
        self._refresh_expires = 0.0
        self._offset = 0.0  # this computer's clock minus the server's

    def __repr__(self) -> str:
        return f"OctopusSession(base={self._base!r})"

    def _server_now(self) -> float:
        return self._clock() - self._offset

    def bearer(self) -> str:
        """A valid access token, logging in or refreshing as needed."""
        with self._lock:
            now = self._server_now()
            if self._access is not None and self._access_expires - now > REFRESH_MARGIN:
                return self._access.reveal()
            if self._refresh is not None and self._refresh_expires - now > REFRESH_MARGIN:
                try:
                    self._exchange("/auth/refresh", {"refresh_token": self._refresh.reveal()})
                except AuthenticationError:
                    self._exchange("/auth/login", self._credentials())
            else:
                self._exchange("/auth/login", self._credentials())
            assert self._access is not None
            return self._access.reveal()

    def invalidate(self, token: str) -> None:
        """The server refused ``token``: drop it (unless another thread already did)."""
        with self._lock:
            if self._access is not None and self._access.reveal() == token:
                self._access = None

    def forget(self) -> None:
        with self._lock:
            self._access = self._refresh = None

    def _credentials(self) -> dict[str, str]:
        return {"username": self._key.reveal(), "password": self._secret.reveal()}

    def _exchange(self, path: str, body: dict[str, str]) -> None:
        request = http.json_request(
            self._client, "POST", self._base + path, body=body, timeout=self._timeouts.normal()
        )
        response = http.send(self._client, request, NAME)
        http.check_common_status(response, NAME)
        if response.status_code in (400, 401):
            if path == "/auth/refresh":
                self._refresh = None
                raise AuthenticationError("The Octopus Cards session expired.", provider=NAME)
            raise AuthenticationError(
                "Octopus Cards did not accept the API key and secret.", provider=NAME
            )
        if response.status_code == 403:
            raise AuthenticationError(
                "Octopus Cards does not allow this computer's IP address.", provider=NAME
            )
        data = http.parse_json(response, NAME)
        if response.status_code >= 400:
            raise AuthenticationError(provider=NAME)
        self._store(data, response)

    def _store(self, data: Any, response: httpx.Response) -> None:
        found = data.get("data", data) if isinstance(data, dict) else None
        # http.field refuses anything but a dict, so pair is one below.
        pair: dict[str, Any] = found if isinstance(found, dict) else {}
        if not isinstance(found, dict):
            http.field(found, "access_token", NAME, str)  # raises: not an object
        access = http.field(pair, "access_token", NAME, str)
        refresh = http.field(pair, "refresh_token", NAME, str)
        offset = http.clock_offset(response, self._clock)
        self._offset = offset if offset is not None else 0.0
        now = self._server_now()
        self._access = Secret(access)
        self._refresh = Secret(refresh)
        self._access_expires = _expiry(pair.get("access_expires_at"), now + 3600)
        self._refresh_expires = _expiry(pair.get("refresh_expires_at"), now + 7 * 86400)


def _expiry(value: Any, default: float) -> float:
    if value is None:
        return default
    moment = http.parse_time(value)
    if moment is None:
        raise InvalidResponseError("Octopus Cards sent an unreadable token expiry.", provider=NAME)
    return moment.timestamp()
