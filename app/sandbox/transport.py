"""In-process httpx transport: the sandbox without sockets, for the training mode.

Faults that live on the network are translated into the exceptions httpx raises for
the real thing: a reset is ``httpx.ReadError``, a truncated body is
``httpx.RemoteProtocolError`` while reading the body, and a wait longer than the
request's read timeout is ``httpx.ReadTimeout`` after sleeping for that timeout.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from typing import Any, cast

import httpx

from app.sandbox.wsgi import WIRE_KEY, WireAbort

WsgiApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]


class _InProcessWire:
    def __init__(self, read_timeout: float | None) -> None:
        self.read_timeout = read_timeout
        self.network_fault: str | None = None

    def wait(self, seconds: float) -> None:
        if self.read_timeout is not None and seconds >= self.read_timeout:
            time.sleep(self.read_timeout)
            raise WireAbort
        time.sleep(seconds)

    def client_gone(self) -> bool:
        return False


class _TruncatedStream(httpx.SyncByteStream):
    def __init__(self, partial: bytes, request: httpx.Request) -> None:
        self._partial = partial
        self._request = request

    def __iter__(self) -> Iterator[bytes]:
        yield self._partial
        raise httpx.RemoteProtocolError(
            "peer closed connection without sending complete message body", request=self._request
        )


class SandboxTransport(httpx.BaseTransport):
    def __init__(self, app: WsgiApp) -> None:
        self._app = app

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        timeouts = request.extensions.get("timeout") or {}
        wire = _InProcessWire(timeouts.get("read"))

        def app(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
            environ[WIRE_KEY] = wire
            return self._app(environ, start_response)

        try:
            response = httpx.WSGITransport(app=app).handle_request(request)
        except WireAbort:
            raise httpx.ReadTimeout("timed out", request=request) from None
        if wire.network_fault == "reset":
            response.close()
            raise httpx.ReadError("[Errno 104] Connection reset by peer", request=request)
        if wire.network_fault == "truncated":
            body = b"".join(cast(Iterable[bytes], response.stream))
            response.close()
            return httpx.Response(
                response.status_code,
                headers=response.headers,
                stream=_TruncatedStream(body[: len(body) // 2], request),
            )
        return response
