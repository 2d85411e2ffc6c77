"""The WSGI application: routes to eSIMfly, Octopus or the control API, applies faults.

Network-level faults (reset, truncated body, timing out a client) cannot be expressed
in WSGI. The server or the in-process transport that runs the app puts a *wire* in
the environ under ``WIRE_KEY``; the app asks it to wait and tells it which fault to
carry out. Without a wire (another WSGI server), reset and truncated degrade to a
502 page.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, Protocol

from app.sandbox import identifiers as ids
from app.sandbox.faults import NETWORK_KINDS
from app.sandbox.messages import (
    Request,
    Response,
    html_response,
    http_date,
    json_response,
)
from app.sandbox.octopus_http import error_response

if TYPE_CHECKING:
    from app.sandbox.sandbox import Sandbox

logger = logging.getLogger(__name__)

WIRE_KEY = "esim_sandbox.wire"
_STATUS_TEXT = {
    200: "OK",
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
}
_GATEWAY_502 = (
    "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
    "</body>\r\n</html>\r\n"
)
_GATEWAY_503 = (
    "<html>\r\n<head><title>503 Service Temporarily Unavailable</title></head>\r\n<body>\r\n"
    "<center><h1>503 Service Temporarily Unavailable</h1></center>\r\n<hr><center>nginx"
    "</center>\r\n</body>\r\n</html>\r\n"
)
_MAINTENANCE = (
    "<!DOCTYPE html><html><head><title>Just a moment...</title></head><body>"
    "<h1>We'll be right back</h1><p>Scheduled maintenance in progress.</p></body></html>"
)


class WireAbort(Exception):
    """Raised by an in-process wire when the client would have given up waiting."""


class Wire(Protocol):
    network_fault: str | None

    def wait(self, seconds: float) -> None: ...

    def client_gone(self) -> bool: ...


def provider_for(path: str) -> str | None:
    if path.startswith("/api/v1/business"):
        return "esimfly"
    if path.startswith(("/auth/", "/api/v1/esim/", "/api/v1/wallets", "/api/v1/currencies")):
        return "octopus"
    return None


def request_from_environ(environ: dict[str, Any]) -> Request:
    headers = {
        key[5:].replace("_", "-"): value
        for key, value in environ.items()
        if key.startswith("HTTP_")
    }
    for key in ("CONTENT_TYPE", "CONTENT_LENGTH"):
        if environ.get(key):
            headers[key.replace("_", "-")] = environ[key]
    length = int(environ.get("CONTENT_LENGTH") or 0)
    body = environ["wsgi.input"].read(length) if length > 0 else b""
    # PEP 3333 hands PATH_INFO over as latin-1 decoded bytes; undo that for UTF-8 paths.
    path = environ.get("PATH_INFO", "/").encode("latin-1").decode("utf-8", "replace")
    return Request.build(
        environ["REQUEST_METHOD"], path or "/", environ.get("QUERY_STRING", ""), headers, body
    )


class SandboxApp:
    def __init__(self, sandbox: Sandbox) -> None:
        self.sandbox = sandbox

    def __call__(
        self, environ: dict[str, Any], start_response: Callable[..., Any]
    ) -> Iterable[bytes]:
        wire: Wire | None = environ.get(WIRE_KEY)
        try:
            request = request_from_environ(environ)
            response = self.respond(request, wire)
        except WireAbort:
            raise
        except Exception:
            logger.exception("sandbox failed to answer %s", environ.get("PATH_INFO"))
            response = json_response(500, {"error": "sandbox internal error"})
        response.set_header("Date", http_date(self.sandbox.clock.now()))
        response.set_header("Content-Length", str(len(response.body)))
        status = f"{response.status} {_STATUS_TEXT.get(response.status, 'Unknown')}"
        start_response(status, response.headers)
        return [response.body]

    def respond(self, request: Request, wire: Wire | None) -> Response:
        if request.path.startswith("/_sandbox"):
            return self.sandbox.control.handle(request)
        provider = provider_for(request.path)
        if provider is None:
            return json_response(404, {"error": "Not found"})
        response = self._with_faults(provider, request, wire)
        if provider == "octopus":
            given = request.header("X-Request-Id") or ""
            ok = 0 < len(given) <= 64 and given.isascii() and given.isprintable()
            response.set_header("X-Request-Id", given if ok else ids.request_id())
        return response

    def _with_faults(self, provider: str, request: Request, wire: Wire | None) -> Response:
        fault = self.sandbox.faults.take(provider, request.method, request.path)
        wait = wire.wait if wire is not None else time.sleep
        if fault is not None and fault.when == "before":
            if fault.kind != "delay":
                return self._fault(fault.kind, provider, None, wire)
            wait(fault.seconds)
            if wire is not None and wire.client_gone() and not fault.processed_if_gone:
                return Response(503)  # nobody is listening; do not take the order
        response = self._answer(provider, request, wait)
        if fault is not None and fault.when == "after":
            if fault.kind == "delay":
                wait(fault.seconds)
            else:
                response = self._fault(fault.kind, provider, response, wire)
        return response

    def _answer(self, provider: str, request: Request, wait: Callable[[float], None]) -> Response:
        if provider == "esimfly":
            return self.sandbox.esimfly.handle(request)
        return self.sandbox.octopus.handle(request, wait)

    @staticmethod
    def _fault(kind: str, provider: str, real: Response | None, wire: Wire | None) -> Response:
        if kind in NETWORK_KINDS:
            if wire is None:
                return html_response(502, _GATEWAY_502)
            wire.network_fault = kind
            # A truncated answer still needs bytes to cut short; "before" has none of its own.
            return real or json_response(200, {"success": True, "data": {"items": []}})
        if kind == "http_500":
            if provider == "octopus":
                return error_response("INTERNAL_SERVER_ERROR", "Internal server error")
            return json_response(500, {"success": False, "error": "Internal server error"})
        if kind == "http_502":
            return html_response(502, _GATEWAY_502)
        if kind == "http_503":
            response = html_response(503, _GATEWAY_503)
            response.set_header("Retry-After", "5")
            return response
        return html_response(200, _MAINTENANCE)  # not_json
