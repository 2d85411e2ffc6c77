"""The simulated Octopus Cards API: ``/auth/…``, ``/api/v1/esim/…``, wallets, currencies.

Products list in the Conventions default order, ``id DESC``, unless ``sort`` (JSON
``{"Field": "id"|"name"|"country_code", "Direction": "ASC"|"DESC"}``) says otherwise.
``country_code`` filters case-insensitively; regional products carry the codes in
``app.sandbox.geography.OCTOPUS_REGION_CODES`` and global ones ``GLO``.
The wallet shape is the digest's inferred one: ``[{id, currency_id, amount, type}]``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

import simplejson

from app.sandbox.auth_octopus import OctopusAuth
from app.sandbox.catalogue import OctopusProduct
from app.sandbox.messages import Request, Response, json_response
from app.sandbox.octopus_http import OctopusError, check_rate, json_body, list_response
from app.sandbox.octopus_orders import Deferred, OctopusOrders, charged, plan_fields, resolve_plan
from app.sandbox.state import OCTOPUS_USD_CURRENCY_ID, OCTOPUS_WALLET_ID

if TYPE_CHECKING:
    from app.sandbox.sandbox import Sandbox

CURRENCIES = [
    {"id": OCTOPUS_USD_CURRENCY_ID, "name": "US Dollar", "currency": "USD", "precision": 2},
    {"id": 2, "name": "Euro", "currency": "EUR", "precision": 2},
    {"id": 3, "name": "Iraqi Dinar", "currency": "IQD", "precision": 3},
]
_SORT_FIELDS = {"id": "id", "name": "name", "country_code": "country_code"}

Handler = Callable[..., "Response | Deferred"]


class OctopusApi:
    def __init__(self, sandbox: Sandbox) -> None:
        self.sandbox = sandbox
        self.auth = OctopusAuth(sandbox)
        self.orders = OctopusOrders(sandbox)
        self._public: dict[tuple[str, str], Handler] = {
            ("POST", "/auth/login"): self.auth.login,
            ("POST", "/auth/refresh"): self.auth.refresh,
        }
        self._routes: list[tuple[str, re.Pattern[str], Handler]] = [
            (method, re.compile(pattern), handler)
            for method, pattern, handler in list[tuple[str, str, Handler]](
                [
                    ("POST", r"/auth/logout", self.auth.logout),
                    ("GET", r"/api/v1/esim/products", self.products),
                    ("GET", r"/api/v1/esim/products/(\d+)", self.product),
                    ("GET", r"/api/v1/esim/products/(\d+)/variants", self.variants),
                    ("GET", r"/api/v1/esim/variants/(\d+)", self.variant),
                    ("POST", r"/api/v1/esim/charges", self.charges),
                    ("POST", r"/api/v1/esim/orders", self.orders.create),
                    ("GET", r"/api/v1/esim/orders", self.orders.list),
                    ("GET", r"/api/v1/esim/orders/(\d+)", self.orders.detail),
                    (
                        "PATCH",
                        r"/api/v1/esim/orders/(\d+)/notification-email",
                        self.orders.notification_email,
                    ),
                    ("GET", r"/api/v1/wallets", self.wallets),
                    ("GET", r"/api/v1/currencies", self.currencies),
                ]
            )
        ]

    def handle(self, request: Request, wait: Callable[[float], None]) -> Response:
        """Answer ``request``; ``wait(real_seconds)`` spends the inline order deadline."""
        with self.sandbox.lock:
            result = self._guarded(request)
        if isinstance(result, Deferred):
            wait(result.real_seconds)  # outside the lock: other requests go on meanwhile
            with self.sandbox.lock:
                result = result.finish()
        return result

    def _guarded(self, request: Request) -> Response | Deferred:
        try:
            return self._dispatch(request)
        except OctopusError as exc:
            return exc.response()

    def _dispatch(self, request: Request) -> Response | Deferred:
        path = request.path.rstrip("/") or "/"
        check_rate(self.sandbox.state, request.method, path, self.sandbox.clock.time())
        public = self._public.get((request.method, path))
        if public is not None:
            return public(request)
        if path.startswith("/api/"):
            self.auth.require(request)
        for method, pattern, handler in self._routes:
            match = pattern.fullmatch(path)
            if match and method == request.method:
                return handler(request, *match.groups())
        raise OctopusError("NOT_FOUND", "Route not found")

    def _product(self, product_id: str) -> OctopusProduct:
        product = self.sandbox.catalogue.products_by_id.get(int(product_id))
        if product is None:
            raise OctopusError("NOT_FOUND", "Product not found")
        return product

    def products(self, request: Request) -> Response:
        field, descending = _sort(request.query.get("sort"))
        code = request.query.get("country_code", "").strip().upper()
        needle = request.query.get("search", "").strip().casefold()
        rows = [
            p.api()
            for p in self.sandbox.catalogue.octopus_products
            if (not code or p.country_code == code) and (not needle or needle in p.name.casefold())
        ]
        rows.sort(key=lambda row: row[field], reverse=descending)
        return list_response(rows, request)

    def product(self, request: Request, product_id: str) -> Response:
        product = self._product(product_id)
        return json_response(
            200, {**product.api(), "variants": [v.api() for v in product.variants]}
        )

    def variants(self, request: Request, product_id: str) -> Response:
        return json_response(200, [v.api() for v in self._product(product_id).variants])

    def variant(self, request: Request, variant_id: str) -> Response:
        variant = self.sandbox.catalogue.variants_by_id.get(int(variant_id))
        if variant is None:
            raise OctopusError("NOT_FOUND", "Variant not found")
        return json_response(200, variant.api())

    def charges(self, request: Request) -> Response:
        product_id, amount = plan_fields(json_body(request))
        _, variant = resolve_plan(self.sandbox, product_id, amount)
        total = charged(variant)
        quote = {
            "non_discounted_total": variant.amount,
            "discount_amount": variant.amount - total,
            "total_amount": total,
            "discount": variant.client_discount,
            "total_payable": total,
            "charges_details": {
                "source_currency": variant.currency_code,
                "destination_currency": variant.currency_code,
                "forex_rate": None,
                "conversion_fee": None,
            },
        }
        return json_response(200, quote)

    def wallets(self, request: Request) -> Response:
        wallet = {
            "id": OCTOPUS_WALLET_ID,
            "currency_id": OCTOPUS_USD_CURRENCY_ID,
            "amount": self.sandbox.state.octopus_balance,
            "type": "PREPAID",
        }
        return list_response([wallet], request)

    def currencies(self, request: Request) -> Response:
        return list_response(CURRENCIES, request)


def _sort(text: str | None) -> tuple[str, bool]:
    if not text:
        return "id", True
    try:
        spec = simplejson.loads(text)
        field = _SORT_FIELDS[spec["Field"]]
        direction = str(spec.get("Direction", "ASC")).upper()
    except (ValueError, KeyError, TypeError) as exc:
        raise OctopusError("BAD_REQUEST", "Invalid sort parameter") from exc
    if direction not in ("ASC", "DESC"):
        raise OctopusError("BAD_REQUEST", "Invalid sort parameter")
    return field, direction == "DESC"
