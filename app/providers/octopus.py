"""The Octopus Cards eSIM API (``/api/v1/esim``), Bearer JWT.

Octopus stores the sale's reference as ``client_reference`` and refuses a second order
with it, so a resend of a lost order can never buy twice, and a lost order is found again
with ``GET /api/v1/esim/orders?client_reference=``.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Collection
from datetime import datetime, timedelta
from typing import Any

import httpx

from app.core.countries import Destination, DestinationKind
from app.core.errors import (
    CounterError,
    DuplicateSubmissionError,
    InsufficientBalanceError,
    OrderNotFoundError,
    OutcomeUnknownError,
    PlanUnavailableError,
    ProviderUnavailableError,
)
from app.core.install import InstallState
from app.core.lookup import EsimLookup
from app.core.money import Money
from app.core.orders import OrderResult, OrderStatus
from app.core.plans import OctopusKey, Plan, ProviderId
from app.core.secret import Secret
from app.providers import fields, http, octopus_install, octopus_json, octopus_lookup
from app.providers.base import Provider, counter_errors_only
from app.providers.octopus_errors import is_balance_failure, raise_for_error
from app.providers.octopus_session import NAME, OctopusSession

log = logging.getLogger(__name__)

PER_PAGE = 100
ESIM = "/api/v1/esim"
# Beyond the order timeout, how long a request may still be on its way to being processed
# (proxies, retransmits, a queue at Octopus) before "not found" is taken as "never".
IN_FLIGHT_MARGIN_S = 60.0


def _product_id(product: Any) -> int:
    """A product's id: a positive JSON integer (Octopus orders name the product by it)."""
    if not isinstance(product, dict):
        raise fields.bad(NAME, "product")
    return fields.integer(product.get("id"), NAME, "product id", low=1)


class OctopusProvider(Provider):
    id = ProviderId.OCTOPUS

    def __init__(
        self,
        client: httpx.Client,
        base_url: str,
        api_key: Secret,
        api_secret: Secret,
        *,
        wallet_currency: str = "USD",
        timeouts: http.Timeouts | None = None,
        retry: http.RetryPolicy | None = None,
        clock: Callable[[], float] = time.time,
        in_flight_margin: float = IN_FLIGHT_MARGIN_S,
    ) -> None:
        self._client = client
        self._base = base_url.rstrip("/")
        self._timeouts = timeouts or http.Timeouts()
        self._retry = retry or http.RetryPolicy()
        self._session = OctopusSession(
            client, base_url, api_key, api_secret, timeouts=self._timeouts, clock=clock
        )
        self._currency = wallet_currency.upper()
        self._products: dict[Destination, list[int]] = {}
        # An order request may be processed for up to the inline wait (which the order
        # timeout outlasts) after it reached Octopus; until the connection, that wait and
        # the margin have passed since it left, a missing order may still appear.
        self.in_flight_window = timedelta(
            seconds=self._timeouts.connect + self._timeouts.order + in_flight_margin
        )

    def __repr__(self) -> str:
        return f"OctopusProvider(base={self._base!r})"

    # -- plumbing -------------------------------------------------------------------

    def _call(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, Any] | None = None,
        body: Any = None,
        timeout: httpx.Timeout | None = None,
        not_found: type[CounterError] = OrderNotFoundError,
    ) -> tuple[Any, httpx.Headers]:
        for attempt in (1, 2):
            token = self._session.bearer()
            request = http.json_request(
                self._client,
                method,
                self._base + path,
                params=params,
                body=body,
                headers={"Authorization": f"Bearer {token}"},
                timeout=timeout or self._timeouts.normal(),
            )
            response = http.send(self._client, request, NAME)
            if response.status_code == 401 and attempt == 1:
                # Expired or revoked early: a 401 means the request was not processed.
                self._session.invalidate(token)
                continue
            break
        http.check_common_status(response, NAME)
        data = http.parse_json(response, NAME)
        if response.status_code >= 400:
            raise_for_error(response, data, not_found)
        return data, response.headers

    def _get(self, path: str, params: dict[str, Any] | None = None, **kw: Any) -> Any:
        return self._retry.run(lambda: self._call("GET", path, params=params, **kw))

    def _pages(
        self,
        path: str,
        params: dict[str, Any],
        not_found: type[CounterError] = OrderNotFoundError,
    ) -> list[Any]:
        items: list[Any] = []
        page = 1
        while True:
            query = {**params, "page": page, "per_page": PER_PAGE}
            data, headers = self._get(path, query, not_found=not_found)
            http.expect(isinstance(data, list), NAME, "a list")
            items.extend(data)
            more = headers.get("X-Has-More")
            pages = headers.get("X-Total-Pages")
            if more is not None:
                done = more.strip().lower() != "true"
            else:
                done = not pages or not pages.isdigit() or page >= int(pages)
            if done or not data:
                return items
            page = http.next_page(page, NAME)

    # -- account and catalogue ------------------------------------------------------

    def balance(self) -> Money:
        wallets = self._pages("/api/v1/wallets", {}, not_found=ProviderUnavailableError)
        codes = self._currency_codes()
        found: list[Money] = []
        for wallet in fields.items(wallets, NAME, "wallets", limit=10_000):
            code = wallet.get("currency") or (
                self._currency if codes is None else codes.get(wallet.get("currency_id"))
            )
            if code:
                # A balance may be below zero (credit); its size and currency are checked.
                found.append(fields.money(wallet.get("amount"), code, NAME, negative_ok=True))
        http.expect(bool(found), NAME, "a wallet")
        return next((m for m in found if m.currency == self._currency), found[0])

    def _currency_codes(self) -> dict[Any, Any] | None:
        """Currency id → code; None if the list cannot be read: every wallet is then
        taken to be in the wallet currency configured for this account (logged)."""
        try:
            currencies, _ = self._get("/api/v1/currencies", not_found=ProviderUnavailableError)
        except CounterError as exc:
            log.warning(
                "Octopus currencies could not be read (%s); wallets are taken to be in %s",
                exc.message,
                self._currency,
            )
            return None
        # Ids are any JSON scalar the wallets point with; codes are checked when used.
        return {
            c.get("id"): c.get("currency")
            for c in fields.items(currencies, NAME, "currencies", limit=10_000)
            if isinstance(c.get("id"), int | str) and isinstance(c.get("currency"), str)
        }

    def list_destinations(self) -> list[Destination]:
        products: dict[Destination, list[int]] = {}
        for product in self._pages(f"{ESIM}/products", {}):
            destination = octopus_json.destination_of(product)
            if destination is not None:
                products.setdefault(destination, []).append(_product_id(product))
        self._products = products
        return list(products)

    def list_plans(self, destination: Destination) -> list[Plan]:
        ids = self._products.get(destination)
        if ids is None:
            ids = [_product_id(p) for p in self._find_products(destination)]
        plans: list[Plan] = []
        for product_id in ids:
            product, _ = self._get(f"{ESIM}/products/{product_id}", not_found=PlanUnavailableError)
            http.expect(isinstance(product, dict), NAME, "a product")
            variants = product.get("variants")
            if not isinstance(variants, list):
                variants, _ = self._get(f"{ESIM}/products/{product_id}/variants")
            currency = fields.currency(product.get("currency_code") or "USD", NAME)
            plans.extend(
                octopus_json.plan_from(v, product_id, destination, currency)
                for v in fields.items(variants, NAME, "variants", limit=1_000)
            )
        return plans

    def _find_products(self, destination: Destination) -> list[dict[str, Any]]:
        if destination.kind is DestinationKind.COUNTRY:
            return self._pages(f"{ESIM}/products", {"country_code": destination.alpha3})
        if destination.kind is DestinationKind.GLOBAL:
            return self._pages(f"{ESIM}/products", {"country_code": "GLO"})
        found = self._pages(f"{ESIM}/products", {"search": destination.name})
        return [p for p in found if octopus_json.destination_of(p) == destination]

    # -- orders ---------------------------------------------------------------------

    def place_order(self, plan: Plan, reference: str, quantity: int = 1) -> OrderResult:
        if not isinstance(plan.key, OctopusKey):
            raise PlanUnavailableError("This plan is not an Octopus Cards plan.", provider=NAME)
        body = {
            "product_id": plan.key.product_id,
            "amount": plan.key.amount,  # echoed exactly as the variant gave it
            "quantity": 1,
            "client_reference": reference,
        }
        try:
            with http.order_outcome(NAME):
                data, _ = self._call(
                    "POST",
                    f"{ESIM}/orders",
                    body=body,
                    timeout=self._timeouts.for_order(),
                    not_found=PlanUnavailableError,
                )
                result = octopus_json.created_order(data)
        except DuplicateSubmissionError as exc:
            return self._recover(reference, exc)
        except InsufficientBalanceError as exc:
            raise InsufficientBalanceError(missing=self._shortfall(plan), provider=NAME) from exc
        if result.status is OrderStatus.FAILED and is_balance_failure(result.failure_code):
            raise InsufficientBalanceError(missing=self._shortfall(plan), provider=NAME)
        return result

    def _recover(self, reference: str, duplicate: DuplicateSubmissionError) -> OrderResult:
        """The reference was already used: the earlier attempt landed, so fetch it."""
        try:
            found = self.find_order(reference)
        except CounterError as exc:
            raise OutcomeUnknownError(cause=exc, provider=NAME) from exc
        if found is None:
            raise duplicate
        return found

    def _shortfall(self, plan: Plan) -> Money | None:
        """How much is missing for this plan, best effort (None if it cannot be told)."""
        assert isinstance(plan.key, OctopusKey)
        try:
            quote, _ = self._call(
                "POST",
                f"{ESIM}/charges",
                body={"product_id": plan.key.product_id, "amount": plan.key.amount},
            )
            balance = self.balance()
            payable = Money.of(
                quote.get("total_payable", quote.get("total_amount")), balance.currency
            )
        except (CounterError, ValueError, AttributeError):
            return None
        missing = payable - balance
        return missing if missing.amount > 0 else None

    def fetch_order(self, order_id: str) -> OrderResult:
        data, _ = self._get(f"{ESIM}/orders/{order_id}")
        return octopus_json.order_from(data)

    def find_order(
        self,
        reference: str,
        *,
        plan: Plan | None = None,
        placed_at: datetime | None = None,
        exclude: Collection[str] = (),
    ) -> OrderResult | None:
        rows, _ = self._get(f"{ESIM}/orders", {"client_reference": reference})
        http.expect(isinstance(rows, list), NAME, "a list of orders")
        for row in rows:
            if isinstance(row, dict) and row.get("client_reference") == reference:
                # The list never carries the activation code; the detail does.
                return self.fetch_order(str(row["id"]))
        return None

    # -- after the sale (issue 17; parsing in app/providers/octopus_install.py) -----------

    def _install_state(self, *, order_id: str | None, iccid: str | None) -> InstallState:
        """The order detail (which refreshes the install state at Octopus) as the eSIM's
        install state; ``iccid`` is not needed: an Octopus order holds one eSIM."""
        if not order_id:
            raise OrderNotFoundError("This sale has no Octopus order yet.", provider=NAME)
        data, _ = self._get(f"{ESIM}/orders/{order_id}")
        return octopus_install.install_from(data, order_id)

    def _send_notification_email(self, order_id: str, address: str) -> None:
        """Attach the traveller's address to the order; Octopus mails the eSIM there.
        Setting the same address twice is harmless, so it is retried like a read. The
        caller validates the address (app.core.email); it is never logged in full."""
        body = octopus_install.email_body(address)
        try:
            self._retry.run(
                lambda: self._call(
                    "PATCH", f"{ESIM}/orders/{order_id}/notification-email", body=body
                )
            )
        except CounterError as exc:
            raise octopus_install.without_address(exc, address) from None

    install_state = counter_errors_only("install_state", _install_state)
    send_notification_email = counter_errors_only(
        "send_notification_email", _send_notification_email
    )

    def _lookup_esim(self, iccid: str, order_id: str | None = None) -> EsimLookup | None:
        """One eSIM's state and expiry from its order (issue 17; octopus_lookup.py)."""
        return octopus_lookup.lookup_esim(self, iccid, order_id)

    # Not part of the Provider contract, so wrapped here: only CounterErrors leave.
    lookup_esim = counter_errors_only("lookup_esim", _lookup_esim)
