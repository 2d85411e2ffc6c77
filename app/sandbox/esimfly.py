"""The simulated eSIMfly Business API under ``/api/v1/business``.

Every response carries the X-RateLimit-* headers (a fixed hourly window per access
code, beginning with its first request). Package listing sorts local plans first
(per destination: by GB, then unlimited plans by days), then regional, then global.
Unknown ``type`` values and malformed ``page``/``limit`` answer 400
``INVALID_PARAMETER``; a ``limit`` above 100 is clamped to 100.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from app.sandbox.auth_esimfly import AuthError, authenticate
from app.sandbox.esimfly_cancel import EsimflyCancels
from app.sandbox.esimfly_history import EsimflyHistory
from app.sandbox.esimfly_orders import EsimflyOrders
from app.sandbox.esimfly_params import bad_parameter, paging
from app.sandbox.esimfly_topup import EsimflyTopups
from app.sandbox.esimfly_usage import EsimflyUsage
from app.sandbox.installs import auto_install
from app.sandbox.messages import (
    Request,
    Response,
    iso,
    json_response,
    page_slice,
    total_pages,
)

if TYPE_CHECKING:
    from app.sandbox.sandbox import Sandbox

PREFIX = "/api/v1/business"
PACKAGE_TYPES = ("local", "regional", "global")


class EsimflyApi:
    def __init__(self, sandbox: Sandbox) -> None:
        self.sandbox = sandbox
        self.orders = EsimflyOrders(sandbox)
        self.history = EsimflyHistory(sandbox)
        self.cancels = EsimflyCancels(sandbox)
        self.usage = EsimflyUsage(sandbox)
        self.topups = EsimflyTopups(sandbox)
        self._routes: dict[tuple[str, str], Callable[[Request], Response]] = {
            ("GET", "/balance"): self.balance,
            ("GET", "/esims/packages"): self.packages,
            ("POST", "/esims/order"): self.orders.create,
            ("GET", "/esims/order"): self.orders.status,
            ("GET", "/orders"): self.history.orders,
            ("GET", "/esims"): self.history.esims,
            ("POST", "/esims/cancel"): self.cancels.cancel,
            ("POST", "/esims/status"): self.cancels.status,
            ("GET", "/esims/usage/query"): self.usage.query,
            ("GET", "/topup/packages"): self.topups.packages,
            ("POST", "/topup/order"): self.topups.order,
        }

    def handle(self, request: Request) -> Response:
        sandbox = self.sandbox
        with sandbox.lock:
            now = sandbox.clock.time()
            limiter = sandbox.state.esimfly_limiter
            decision = limiter.hit(request.header("RT-AccessCode") or "-", now)
            headers = [
                ("X-RateLimit-Limit", str(decision.limit)),
                ("X-RateLimit-Remaining", str(decision.remaining)),
                ("X-RateLimit-Reset", iso(datetime.fromtimestamp(decision.reset_at, tz=UTC))),
            ]
            if not decision.allowed:
                response = json_response(
                    429,
                    {"success": False, "error": "Too many requests", "code": "RATE_LIMIT_EXCEEDED"},
                    [("Retry-After", str(decision.retry_after))],
                )
            else:
                response = self._authorised(request, now)
        for name, value in headers:
            response.set_header(name, value)
        return response

    def _authorised(self, request: Request, now: float) -> Response:
        try:
            authenticate(request, self.sandbox.config, self.sandbox.state, now)
        except AuthError as exc:
            return json_response(exc.status, exc.body)
        self.orders.progress()
        self.cancels.progress()
        auto_install(self.sandbox)
        path = request.path.removeprefix(PREFIX).rstrip("/") or "/"
        handler = self._routes.get((request.method, path))
        if handler is not None:
            return handler(request)
        if any(route_path == path for _, route_path in self._routes):
            return json_response(405, {"success": False, "error": "Method not allowed"})
        return json_response(404, {"success": False, "error": "Endpoint not found"})

    def balance(self, request: Request) -> Response:
        state = self.sandbox.state
        return json_response(
            200,
            {
                "success": True,
                "data": {"balance": state.esimfly_balance, "currency": state.esimfly_currency},
            },
        )

    def packages(self, request: Request) -> Response:
        paged = paging(request, 50)
        if isinstance(paged, Response):
            return paged
        page, limit = paged
        kind = request.query.get("type", "").strip().lower()
        if kind and kind not in PACKAGE_TYPES:
            return bad_parameter("type")
        needle = request.query.get("search", "").strip().casefold()
        matches = [
            p
            for p in self.sandbox.catalogue.esimfly_packages
            if (not kind or p.type == kind)
            and (not needle or needle in p.name.casefold() or needle in p.region.casefold())
        ]
        currency = self.sandbox.state.esimfly_currency
        total = len(matches)
        pages = total_pages(total, limit)
        data: dict[str, Any] = {
            "packages": [p.api(currency) for p in page_slice(matches, page, limit)],
            # camelCase per the packages page, snake_case per the API reference: both.
            "pagination": {
                "page": page,
                "limit": limit,
                "total": total,
                "totalPages": pages,
                "total_pages": pages,
            },
        }
        return json_response(200, {"success": True, "data": data})
