"""The eSIMfly Business API (``/api/v1/business``), HMAC-signed.

eSIMfly keeps no client reference, so a sale's reference is sent as the order request's
``RT-RequestID``: eSIMfly rejects a reused request id for 24 h, which makes a resend of a
lost order answer safe (it comes back DUPLICATE_REQUEST instead of buying twice). A lost
order is found again by matching package and time in the recent orders list.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Collection
from datetime import datetime, timedelta
from typing import Any

import httpx

from app.core.countries import Destination, DestinationKind
from app.core.errors import (
    DuplicateSubmissionError,
    InvalidResponseError,
    OrderNotFoundError,
    OutcomeUnknownError,
    PlanUnavailableError,
)
from app.core.money import Money
from app.core.orders import OrderResult
from app.core.plans import EsimflyKey, Plan, ProviderId
from app.core.secret import Secret
from app.providers import esimfly_json, http
from app.providers.base import Provider
from app.providers.esimfly_auth import REQUEST_ID, EsimflyAuth
from app.providers.esimfly_errors import raise_for_error
from app.providers.ratelimit import RateLimitGate

NAME = "eSIMfly"
PAGE_LIMIT = 100
# How far around the sale's time an unanswered order may have been stamped by eSIMfly.
MATCH_BEFORE = timedelta(minutes=2)
MATCH_AFTER = timedelta(minutes=15)


class EsimflyProvider(Provider):
    id = ProviderId.ESIMFLY
    #: A lost order is found by package and time, not by reference: the counter resolves
    #: unresolved sales of one package oldest first, so each takes the order sent for it.
    matches_by_package = True
    #: The lookup spends the request id, so "not found" is final at once (see the counter).
    in_flight_window = timedelta(0)

    def __init__(
        self,
        client: httpx.Client,
        base_url: str,
        access_code: Secret,
        secret_key: Secret,
        *,
        timeouts: http.Timeouts | None = None,
        retry: http.RetryPolicy | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._client = client
        self._base = base_url.rstrip("/") + "/api/v1/business"
        self._auth = EsimflyAuth(access_code, secret_key, clock)
        self._timeouts = timeouts or http.Timeouts()
        self._retry = retry or http.RetryPolicy()
        self._clock = clock
        self._gate = RateLimitGate(NAME, clock)
        self._currency: str | None = None
        # The free-text region names eSIMfly used for each destination, for searching.
        self._region_names: dict[Destination, set[str]] = {}

    def __repr__(self) -> str:
        return f"EsimflyProvider(base={self._base!r})"

    # -- plumbing -------------------------------------------------------------------

    def _call(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, Any] | None = None,
        body: Any = None,
        headers: dict[str, str] | None = None,
        timeout: httpx.Timeout | None = None,
        currency: str | None = None,
    ) -> Any:
        self._gate.check()
        request = http.json_request(
            self._client,
            method,
            self._base + path,
            params=params,
            body=body,
            headers=headers,
            timeout=timeout or self._timeouts.normal(),
        )
        response = http.send(self._client, request, NAME, auth=self._auth)
        self._gate.update(response.headers, response.status_code)
        http.check_common_status(response, NAME)
        data = http.parse_json(response, NAME)
        if response.status_code >= 400 or (isinstance(data, dict) and data.get("success") is False):
            raise_for_error(response, data, currency or self._currency, self._clock)
        if not isinstance(data, dict):
            raise InvalidResponseError(f"{NAME} sent an unexpected answer.", provider=NAME)
        return data

    def _get(self, path: str, params: dict[str, Any] | None = None) -> Any:
        return self._retry.run(lambda: self._call("GET", path, params=params))

    # -- account and catalogue ------------------------------------------------------

    def balance(self) -> Money:
        data = http.field(self._get("/balance"), "data", NAME, dict)
        money = Money.of(http.field(data, "balance", NAME), http.field(data, "currency", NAME, str))
        self._currency = money.currency
        return money

    def _packages(self, **params: Any) -> list[dict[str, Any]]:
        packages: list[dict[str, Any]] = []
        page = 1
        while True:
            query = {**params, "page": page, "limit": PAGE_LIMIT}
            data = http.field(self._get("/esims/packages", query), "data", NAME, dict)
            packages.extend(http.field(data, "packages", NAME, list))
            paging = data.get("pagination") or {}
            pages = paging.get("totalPages", paging.get("total_pages", 1))
            if not isinstance(pages, int) or page >= pages:
                return packages
            page = http.next_page(page, NAME)

    def list_destinations(self) -> list[Destination]:
        found: dict[Destination, None] = {}
        for package in self._packages():
            destination = esimfly_json.destination_of(package)
            self._region_names.setdefault(destination, set()).add(str(package.get("region", "")))
            found[destination] = None
        return list(found)

    def list_plans(self, destination: Destination) -> list[Plan]:
        kind = {"country": "local", "region": "regional", "global": "global"}[destination.kind]
        if not self._region_names:
            # eSIMfly's free-text names ("Turkey") are learnt from the catalogue itself.
            self.list_destinations()
        names = self._region_names.get(destination) or {destination.name}
        if destination.kind is DestinationKind.GLOBAL:
            names = {""}
        plans: dict[str, Plan] = {}
        for name in sorted(names):
            params = {"type": kind, **({"search": name} if name else {})}
            for package in self._packages(**params):
                if esimfly_json.destination_of(package) == destination:
                    plan = esimfly_json.plan_from(package, destination)
                    plans[plan.id] = plan
        return list(plans.values())

    # -- orders ---------------------------------------------------------------------

    def place_order(self, plan: Plan, reference: str, quantity: int = 1) -> OrderResult:
        if not isinstance(plan.key, EsimflyKey):
            raise PlanUnavailableError("This plan is not an eSIMfly plan.", provider=NAME)
        body = {"packageCode": plan.key.package_code, "quantity": quantity}
        with http.order_outcome(NAME):
            data = self._call(
                "POST",
                "/esims/order",
                body=body,
                headers={REQUEST_ID: reference},
                timeout=self._timeouts.for_order(),
                currency=plan.price.currency,
            )
            return esimfly_json.created_order(data, plan)

    def fetch_order(self, order_id: str) -> OrderResult:
        return self._fetch(order_id, self._currency)

    def _fetch(self, order_id: str, currency: str | None) -> OrderResult:
        """The order detail carries no currency: it is the wallet's, which the plan's
        price is in (a counter that never read the balance still knows the charge)."""
        data = self._get("/esims/order", {"orderReference": order_id})
        order = http.field(data, "order", NAME, dict)
        return esimfly_json.polled_order(order, order_id, currency or self._currency)

    def find_order(
        self,
        reference: str,
        *,
        plan: Plan | None = None,
        placed_at: datetime | None = None,
        exclude: Collection[str] = (),
    ) -> OrderResult | None:
        if not self._request_arrived(reference):
            return None  # never received, and now it never can be: the id is spent
        if plan is None or placed_at is None or not isinstance(plan.key, EsimflyKey):
            raise OutcomeUnknownError(
                "eSIMfly received this sale; find its order in the eSIMfly dashboard.",
                provider=NAME,
            )
        code = plan.key.package_code
        params = {
            "from_date": esimfly_json.iso_time(placed_at - MATCH_BEFORE),
            "to_date": esimfly_json.iso_time(placed_at + MATCH_AFTER),
            "search": code,
            "sort_by": "created_at",
            "sort_order": "asc",
            "limit": PAGE_LIMIT,
        }
        page = 1
        while True:
            data = http.field(self._get("/orders", {**params, "page": page}), "data", NAME, dict)
            for row in http.field(data, "orders", NAME, list):
                ref = row.get("order_reference")
                if row.get("package_code") == code and ref and ref not in exclude:
                    try:
                        return self._fetch(str(ref), plan.price.currency)
                    except OrderNotFoundError:
                        continue
            paging = data.get("pagination") or {}
            pages = paging.get("total_pages", paging.get("totalPages", 1))
            if not isinstance(pages, int) or page >= pages:
                break
            page = http.next_page(page, NAME)
        # It arrived but is not listed (yet): not a failure, keep it for another check.
        raise OutcomeUnknownError(
            "eSIMfly received this sale but does not list its order yet.", provider=NAME
        )

    def _request_arrived(self, reference: str) -> bool:
        """Whether eSIMfly ever saw a request with this id, without buying anything.

        eSIMfly refuses any request whose RT-RequestID it has seen in the last 24 h, so a
        balance read under the sale's reference answers DUPLICATE_REQUEST exactly when
        the order request arrived. If it did not, the read spends the id, so the lost
        request can no longer be taken should it arrive late.
        """
        try:
            self._call("GET", "/balance", headers={REQUEST_ID: reference})
        except DuplicateSubmissionError:
            return True
        return False
