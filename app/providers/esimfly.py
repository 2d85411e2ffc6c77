"""The eSIMfly Business API (``/api/v1/business``), HMAC-signed.

eSIMfly keeps no client reference, so a sale's reference is sent as the order request's
``RT-RequestID``: eSIMfly rejects a reused request id for 24 h, which makes a resend of a
lost order answer safe (it comes back DUPLICATE_REQUEST instead of buying twice). A lost
order is found again by matching package and time in the recent orders list.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from app.core.countries import Destination, DestinationKind
from app.core.errors import (
    DuplicateSubmissionError,
    EsimInstalledError,
    InvalidResponseError,
    OrderNotFoundError,
    OutcomeUnknownError,
    PlanUnavailableError,
)
from app.core.install import InstallState
from app.core.lookup import EsimLookup
from app.core.money import Money
from app.core.orders import OrderResult
from app.core.plans import EsimflyKey, Plan, ProviderId, TopupKey
from app.core.refunds import CancelResult, EsimLiveStatus
from app.core.secret import Secret
from app.core.topup import TopupPackage
from app.providers import esimfly_install, esimfly_json, esimfly_lookup, esimfly_topup, http
from app.providers.base import Provider, counter_errors_only
from app.providers.esimfly_auth import REQUEST_ID, EsimflyAuth
from app.providers.esimfly_errors import AlreadyCancelledError, raise_for_error
from app.providers.ratelimit import RateLimitGate

NAME = "eSIMfly"
PAGE_LIMIT = 100
# How long before the sale's time (on this computer's clock) eSIMfly may have stamped its
# order: the two clocks may disagree that much.
MATCH_BEFORE = timedelta(minutes=2)
# How long after a probe was answered (on eSIMfly's clock) eSIMfly may still stamp the
# order of a request it had already taken: the Date header counts whole seconds, and the
# order's time is written while eSIMfly processes it (its answers report ~3 s).
STAMP_MARGIN = timedelta(seconds=5)


@dataclass(frozen=True, slots=True)
class RequestIdProbe:
    """What a read under a sale's request id said, and when (on eSIMfly's clock)."""

    #: Refused as DUPLICATE_REQUEST: some request under this id came first.
    duplicate: bool
    server_at: datetime


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
        stamp_margin: timedelta = STAMP_MARGIN,
    ) -> None:
        self._client = client
        self.stamp_margin = stamp_margin
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
        dates: list[datetime] | None = None,
    ) -> Any:
        """One signed call; ``dates`` (if given) receives the answer's time on eSIMfly's
        clock (its ``Date`` header, else this computer's), even when the answer is an error."""
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
        if dates is not None:
            dates.append(http.server_date(response) or datetime.fromtimestamp(self._clock(), UTC))
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
        topup = isinstance(plan.key, TopupKey)
        body = {"packageCode": plan.key.package_code, "quantity": quantity}
        if topup:
            body = esimfly_topup.order_body(plan, quantity)
        with http.order_outcome(NAME):
            data = self._call(
                "POST",
                "/topup/order" if topup else "/esims/order",
                body=body,
                headers={REQUEST_ID: reference},
                timeout=self._timeouts.for_order(),
                currency=plan.price.currency,
            )
            if topup:
                return esimfly_topup.ordered(data, plan)
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
        """Probe the id, then match the orders list (the counter does the two steps
        itself, journalling the probe between them; see :meth:`probe`)."""
        probe = self.probe(reference)
        if not probe.duplicate:
            return None  # never received, and now it never can be: the id is spent
        if plan is None or placed_at is None:
            raise OutcomeUnknownError(
                "eSIMfly received this sale; find its order in the eSIMfly dashboard.",
                provider=NAME,
            )
        found = self.match_order(
            plan, placed_at=placed_at, until=probe.server_at + self.stamp_margin, exclude=exclude
        )
        if found is None:
            # It arrived but is not listed (yet): not a failure, keep it for another check.
            raise OutcomeUnknownError(
                "eSIMfly received this sale but does not list its order yet.", provider=NAME
            )
        return found

    def _probe(self, reference: str) -> RequestIdProbe:
        """Whether eSIMfly saw a request with this id before, without buying anything.

        eSIMfly refuses any request whose RT-RequestID it has seen in the last 24 h, so a
        balance read under the sale's reference answers DUPLICATE_REQUEST if the order
        request arrived, or if an earlier probe did. If neither did, the read spends the
        id, so the lost request can no longer be taken should it arrive late.
        """
        dates: list[datetime] = []
        try:
            self._call("GET", "/balance", headers={REQUEST_ID: reference}, dates=dates)
        except DuplicateSubmissionError:
            return RequestIdProbe(True, dates[-1])
        return RequestIdProbe(False, dates[-1])

    def _match_order(
        self,
        plan: Plan,
        *,
        placed_at: datetime,
        until: datetime,
        exclude: Collection[str] = (),
    ) -> OrderResult | None:
        """The earliest order of ``plan``'s package stamped from ``placed_at`` (less the
        clock margin) to ``until`` (eSIMfly's clock) and not in ``exclude``, if any."""
        if not isinstance(plan.key, EsimflyKey):
            raise PlanUnavailableError("This plan is not an eSIMfly plan.", provider=NAME)
        code = plan.key.package_code
        params = {
            "from_date": esimfly_json.iso_time(placed_at - MATCH_BEFORE),
            "to_date": esimfly_json.iso_time(until),
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
                    if isinstance(plan.key, TopupKey):
                        # No top-up detail exists to fetch: the row is eSIMfly's word.
                        return esimfly_topup.listed(row, plan)
                    try:
                        return self._fetch(str(ref), plan.price.currency)
                    except OrderNotFoundError:
                        continue
            paging = data.get("pagination") or {}
            pages = paging.get("total_pages", paging.get("totalPages", 1))
            if not isinstance(pages, int) or page >= pages:
                return None
            page = http.next_page(page, NAME)

    # -- top-ups (api-topup-packages.md; the order goes through place_order) ------------

    def _topup_packages(self, iccid: str) -> list[TopupPackage]:
        """The top-ups eSIMfly offers for this eSIM, at the shop's cost."""
        found: list[TopupPackage] = []
        page = 1
        while True:
            query = {"iccid": iccid, "page": page, "limit": PAGE_LIMIT}
            data = http.field(self._get("/topup/packages", query), "data", NAME, dict)
            found.extend(esimfly_topup.packages(data, self._currency))
            paging = data.get("pagination") or {}
            pages = paging.get("total_pages", paging.get("totalPages", 1))
            if not isinstance(pages, int) or page >= pages:
                return found
            page = http.next_page(page, NAME)

    # -- after the sale: live status and cancel (esimfly-newer/) ----------------------

    supports_cancel = True

    def esim_status(self, iccid: str) -> EsimLiveStatus:
        """Live from the network on every call; a read, so retried like one."""
        body = self._retry.run(lambda: self._call("POST", "/esims/status", body={"iccid": iccid}))
        return esimfly_json.live_status(body, iccid)

    def cancel_esim(self, iccid: str) -> CancelResult:
        """Sent once (never retried here): a lost answer is OutcomeUnknownError, and the
        counter checks :meth:`esim_status` before any resend. ALREADY_CANCELLED is a
        success: eSIMfly never refunds an eSIM twice."""
        try:
            with http.order_outcome(NAME):
                body = self._call("POST", "/esims/cancel", body={"iccid": iccid})
                return esimfly_json.cancel_result(body, iccid, self._currency)
        except AlreadyCancelledError:
            return CancelResult(method=None, already_cancelled=True)
        except EsimInstalledError as exc:
            raise EsimInstalledError(iccid=iccid, provider=NAME) from exc

    def _install_state(self, *, order_id: str | None, iccid: str | None) -> InstallState:
        """Issue 17: the live status as an install state (read by ICCID; a read, so
        retried like one). ``order_id`` is not needed: eSIMfly keys it by ICCID."""
        if not iccid:
            raise OrderNotFoundError("This eSIM has no ICCID yet.", provider=NAME)
        body = self._retry.run(lambda: self._call("POST", "/esims/status", body={"iccid": iccid}))
        return esimfly_install.install_from(body, iccid)

    def _lookup_esim(self, iccid: str, order_id: str | None = None) -> EsimLookup | None:
        """One eSIM's state, data and device (issue 17; app/providers/esimfly_lookup.py).
        ``order_id`` is not needed: eSIMfly finds an eSIM by its ICCID."""
        return esimfly_lookup.lookup_esim(self, iccid)

    # Not part of the Provider contract, so wrapped here: only CounterErrors leave.
    probe = counter_errors_only("probe", _probe)
    match_order = counter_errors_only("match_order", _match_order)
    install_state = counter_errors_only("install_state", _install_state)
    lookup_esim = counter_errors_only("lookup_esim", _lookup_esim)
    topup_packages = counter_errors_only("topup_packages", _topup_packages)
