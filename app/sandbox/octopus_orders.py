"""Octopus Cards eSIM orders: create, list, detail, notification e-mail.

Readings chosen where the digest says "inferred":
- An unknown ``product_id``, or an ``amount`` matching no variant, is 400
  ``BAD_REQUEST`` (nothing debited, no order), on create and on charges alike.
- ``wallet_id``, when sent, must be the client's wallet (101), else 404 NOT_FOUND.
- ``client_reference`` must be 1-255 printable ASCII characters; an order answered
  with 200 (even FAILED) holds its reference, so a retry of it is a duplicate.
- Insufficient balance follows ``SandboxConfig.octopus_insufficient_style``; in the
  "failed" style nothing is debited and the FAILED order has no ``transaction_id``.
- Absent optional values: ``installed_at``/``activated_at`` are always present (null
  until installed); ``client_reference``, ``iccid``, ``activation_code``,
  ``activation_status`` and ``failure_*`` are omitted when they do not apply.
- Order detail is the bare object (clients should also accept ``{"data": …}``).
- Notification e-mail body is ``{"email": "…"}`` and the answer is the updated order;
  an address app.core.email refuses is 400 VALIDATION_FAILURE, an unknown order 404.
- A forced "fail" answers FAILED with failure_code ``PLAN_UNAVAILABLE``,
  ``is_user_fixable: true``, and refunds (a DEBIT then a CREDIT transaction).
- Slow products wait ``min(60, pending_after_seconds)`` simulated seconds and deliver
  inline when fulfilment fits in the deadline; a forced "pending" always waits the
  full 60 s and answers PENDING. Either way the order is DELIVERED once
  ``pending_after_seconds`` of sandbox time have passed since creation.
"""

from __future__ import annotations

import builtins
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from app.core.email import EmailAddressError, normalise
from app.sandbox import identifiers as ids
from app.sandbox.catalogue import OctopusProduct, OctopusVariant
from app.sandbox.installs import auto_install
from app.sandbox.messages import Request, Response, iso, json_response
from app.sandbox.money import is_number, trim
from app.sandbox.octopus_http import OctopusError, json_body, list_response
from app.sandbox.state import OCTOPUS_WALLET_ID, OctopusOrder, WalletTransaction
from app.sandbox.usage import expires_at

if TYPE_CHECKING:
    from app.sandbox.sandbox import Sandbox

INLINE_DEADLINE_S = 60.0
ORDER_STATUSES = ("PENDING", "DELIVERED", "FAILED", "CANCELLED")


@dataclass
class Deferred:
    """An answer that needs a wait (outside the sandbox lock) before it is final."""

    real_seconds: float
    finish: Callable[[], Response]


def plan_fields(body: dict[str, Any]) -> tuple[int, Decimal]:
    product_id, amount = body.get("product_id"), body.get("amount")
    if isinstance(product_id, bool) or not isinstance(product_id, int) or product_id <= 0:
        raise OctopusError("VALIDATION_FAILURE", "product_id is required and must be > 0")
    if not is_number(amount) or Decimal(str(amount)) <= 0:
        raise OctopusError("VALIDATION_FAILURE", "amount is required and must be a number")
    wallet_id = body.get("wallet_id")
    if wallet_id is not None:
        if isinstance(wallet_id, bool) or not isinstance(wallet_id, int):
            raise OctopusError("VALIDATION_FAILURE", "wallet_id must be an integer")
        if wallet_id != OCTOPUS_WALLET_ID:
            raise OctopusError("NOT_FOUND", "Wallet not found")
    return product_id, Decimal(str(amount))


def resolve_plan(
    sandbox: Sandbox, product_id: int, amount: Decimal
) -> tuple[OctopusProduct, OctopusVariant]:
    product = sandbox.catalogue.products_by_id.get(product_id)
    if product is None:
        raise OctopusError("BAD_REQUEST", f"Product {product_id} not found")
    variant = product.variant_for(amount)
    if variant is None:
        raise OctopusError("BAD_REQUEST", f"No variant of product {product_id} costs {amount}")
    return product, variant


def charged(variant: OctopusVariant) -> Decimal:
    return trim(variant.amount * (100 - variant.client_discount) / 100)


def _client_reference(body: dict[str, Any]) -> str | None:
    ref = body.get("client_reference")
    if ref is None:
        return None
    if (
        not isinstance(ref, str)
        or not 1 <= len(ref) <= 255
        or not all(" " <= ch <= "~" for ch in ref)
    ):
        raise OctopusError(
            "VALIDATION_FAILURE", "client_reference must be 1-255 printable ASCII characters"
        )
    return ref


class OctopusOrders:
    def __init__(self, sandbox: Sandbox) -> None:
        self.sandbox = sandbox

    def progress(self) -> None:
        state, now = self.sandbox.state, self.sandbox.clock.now()
        for order in state.octopus_orders:
            if order.status == "PENDING" and now >= order.ready_at:
                self._deliver(order)
        auto_install(self.sandbox)

    def _deliver(self, order: OctopusOrder) -> None:
        rng = self.sandbox.state.rng
        order.status = "DELIVERED"
        order.iccid = ids.iccid(rng)
        order.activation_code = ids.lpa_string(rng)

    @staticmethod
    def _fail(order: OctopusOrder, code: str, reason: str, user_fixable: bool) -> None:
        order.status = "FAILED"
        order.failure_code, order.failure_reason = code, reason
        order.is_user_fixable = user_fixable

    def _transaction(self, amount: Decimal, kind: str, remarks: str) -> WalletTransaction:
        state = self.sandbox.state
        state.octopus_balance += amount if kind == "CREDIT" else -amount
        txn = WalletTransaction(
            state.next_id("octopus_transaction"), amount, kind, remarks, self.sandbox.clock.now()
        )
        state.octopus_transactions.append(txn)
        return txn

    def cancel(self, order_id: str) -> None:
        """Cancel a delivered order and credit its amount back (``Sandbox.cancel_octopus_order``;
        the API has no cancel call). Cancelling twice changes nothing."""
        order = self._find(order_id)
        if order.status == "CANCELLED":
            return
        if order.status != "DELIVERED":
            raise ValueError(f"only a delivered order is cancelled, not a {order.status} one")
        order.status = "CANCELLED"
        self._transaction(order.amount, "CREDIT", f"Order {order.id} cancelled")

    def create(self, request: Request) -> Response | Deferred:
        sandbox, state = self.sandbox, self.sandbox.state
        body = json_body(request)
        product_id, amount = plan_fields(body)
        reference = _client_reference(body)
        if reference is not None and any(
            o.client_reference == reference for o in state.octopus_orders
        ):
            raise OctopusError("BAD_REQUEST", "Duplicate client_reference")
        product, variant = resolve_plan(sandbox, product_id, amount)
        charge, now = charged(variant), sandbox.clock.now()
        order = OctopusOrder(
            id=state.next_id("octopus_order"),
            client_reference=reference,
            product=product,
            variant=variant,
            amount=charge,
            status="PENDING",
            created_at=now.replace(microsecond=0),
            ready_at=now,
            transaction_id=0,
        )
        if state.octopus_balance < charge:
            if sandbox.config.octopus_insufficient_style == "bad_request":
                raise OctopusError("BAD_REQUEST", "Insufficient wallet balance")
            reason = "Insufficient wallet balance to place this order."
            self._fail(order, "INSUFFICIENT_BALANCE", reason, user_fixable=False)
            state.octopus_orders.append(order)
            return json_response(200, self.order_json(order, detail=True))
        order.transaction_id = self._transaction(charge, "DEBIT", f"eSIM order {order.id}").id
        state.octopus_orders.append(order)
        outcome = state.forced.get(("octopus", str(product.id)))
        if outcome == "fail":
            reason = "This plan is currently unavailable. Please choose another plan."
            self._fail(order, "PLAN_UNAVAILABLE", reason, user_fixable=True)
            self._transaction(charge, "CREDIT", f"Refund of eSIM order {order.id}")
            return json_response(200, self.order_json(order, detail=True))
        if outcome == "deliver" or (outcome is None and not product.slow):
            self._deliver(order)
            return json_response(200, self.order_json(order, detail=True))
        fulfil_s = sandbox.config.pending_after_seconds
        order.ready_at = now + timedelta(seconds=fulfil_s)
        inline = outcome is None and fulfil_s <= INLINE_DEADLINE_S
        wait_s = fulfil_s if inline else INLINE_DEADLINE_S

        def finish() -> Response:
            if inline and order.status == "PENDING":
                self._deliver(order)
            else:
                self.progress()
            return json_response(200, self.order_json(order, detail=True))

        return Deferred(sandbox.clock.real_seconds(wait_s), finish)

    def list(self, request: Request) -> Response:
        self.progress()
        status = request.query.get("status", "").upper()
        if status and status not in ORDER_STATUSES:
            raise OctopusError("BAD_REQUEST", f"Invalid status {status!r}")
        reference = request.query.get("client_reference")
        rows = [
            o
            for o in self.sandbox.state.octopus_orders
            if (not status or o.status == status)
            and (reference is None or o.client_reference == reference)
        ]
        rows.sort(key=lambda o: (o.created_at, o.id), reverse=True)
        return list_response([self.order_json(o, detail=False) for o in rows], request)

    def _find(self, order_id: str) -> OctopusOrder:
        order = next((o for o in self.sandbox.state.octopus_orders if str(o.id) == order_id), None)
        if order is None:
            raise OctopusError("NOT_FOUND", "Order not found")
        return order

    def detail(self, request: Request, order_id: str) -> Response:
        self.progress()
        order = self._find(order_id)
        # Detail reads refresh the install status from the "operator"; lists do not.
        installed = self.sandbox.state.installed.get(order.iccid or "")
        if order.status == "DELIVERED" and order.installed_at is None and installed:
            order.installed_at = installed
        return json_response(200, self.order_json(order, detail=True))

    def notification_email(self, request: Request, order_id: str) -> Response:
        order = self._find(order_id)
        email = json_body(request).get("email")
        try:
            # The voucher orders' rule (valid format, at most 254 characters).
            address = normalise(email) if isinstance(email, str) else None
        except EmailAddressError:
            address = None
        if address is None:
            raise OctopusError("VALIDATION_FAILURE", "email must be a valid e-mail address")
        order.notification_email = address
        self.sandbox.state.notification_emails.append(
            {"order_id": str(order.id), "email": address, "at": iso(self.sandbox.clock.now())}
        )
        return json_response(200, self.order_json(order, detail=True))

    def _activation_status(self, order: OctopusOrder) -> str:
        if order.installed_at is None:
            return "NOT_INSTALLED"
        # Issue 17: a test may expire it early (app/sandbox/usage.py).
        expires = expires_at(
            self.sandbox.state.usage,
            order.iccid or "",
            order.installed_at,
            order.variant.validity_days,
        )
        return "EXPIRED" if self.sandbox.clock.now() >= expires else "ACTIVE"

    def order_json(self, order: OctopusOrder, *, detail: bool) -> dict[str, Any]:
        variant = order.variant
        body: dict[str, Any] = {"id": order.id}
        if order.client_reference is not None:
            body["client_reference"] = order.client_reference
        body.update(
            status=order.status,
            product_name=order.product.name,
            country_code=order.product.country_code,
            data_amount_gb=variant.data_amount_gb,
            validity_days=variant.validity_days,
            amount=order.amount,
            currency=variant.currency_code,
        )
        installed = order.installed_at
        if order.status == "DELIVERED":
            if detail and installed is None:
                body["activation_code"] = order.activation_code
            body["iccid"] = order.iccid
            body["activation_status"] = self._activation_status(order)
        body["is_installed"] = installed is not None
        body["installed_at"] = iso(installed) if installed else None
        body["activated_at"] = iso(installed) if installed else None
        if order.status == "FAILED":
            body.update(
                failure_code=order.failure_code,
                failure_reason=order.failure_reason,
                is_user_fixable=order.is_user_fixable,
            )
        if order.transaction_id:
            body["transaction_id"] = order.transaction_id
        body["created_at"] = iso(order.created_at)
        return body

    def snapshot(self) -> builtins.list[dict[str, Any]]:  # list() is a method here
        return [
            {
                **self.order_json(o, detail=True),
                "activation_code": o.activation_code,
                "product_id": o.product.id,
                "variant_id": o.variant.id,
                "variant_amount": o.variant.amount,
            }
            for o in self.sandbox.state.octopus_orders
        ]
