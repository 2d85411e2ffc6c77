"""eSIMfly order placement and status polling.

Shapes follow the brief (``004_…txt``) and, where the later docs revision differs,
carry both: a pending create answer has the brief's ``PENDING_…`` placeholder eSIMs
*and* the newer top-level ``isPending: true``; the status poll always has
``order.esim`` (the first eSIM, ``iccid: null`` while provisioning) and, **our
assumption**, an ``order.esims`` list as well when the order holds more than one eSIM.

Sandbox choices the docs leave open:
- ``quantity`` must be a JSON integer 1-10, else 400 ``INVALID_QUANTITY``.
- a legacy ``price`` must equal the package cost times the quantity, in the wallet
  currency, else 400 ``PRICE_MISMATCH``.
- a body that is not a JSON object is 400 ``INVALID_REQUEST``; a status poll without
  ``orderReference`` is 400 ``MISSING_FIELDS``, an unknown one 404 ``ORDER_NOT_FOUND``.
- a forced ``fail`` answers 500 ``ORDER_PROCESSING_ERROR``, debits nothing and is kept
  as a ``failed`` order (visible with ``GET /orders?status=failed``).
- ``profit`` is 7.5 % of the amount, like the docs' examples.
- the poll reports ``pending_details`` while provisioning; ``GET /orders`` reports
  such an order as ``pending`` (the vocabulary of its status filter).
"""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from app.sandbox import identifiers as ids
from app.sandbox.messages import BadJson, Request, Response, iso, json_response
from app.sandbox.money import is_number, wallet_round
from app.sandbox.state import EsimflyEsim, EsimflyOrder

if TYPE_CHECKING:
    from app.sandbox.sandbox import Sandbox

PROFIT_RATE = Decimal("0.075")
MAX_QUANTITY = 10
INSTALL_WINDOW = timedelta(days=180)  # expiredTime: latest date to install the profile


def _error(status: int, message: str, code: str, **extra: Any) -> Response:
    return json_response(status, {"success": False, "message": message, "code": code, **extra})


class EsimflyOrders:
    def __init__(self, sandbox: Sandbox) -> None:
        self.sandbox = sandbox

    def progress(self) -> None:
        """Finish provisioning of pending orders whose time has come (caller holds lock)."""
        state, now = self.sandbox.state, self.sandbox.clock.now()
        for order in state.esimfly_orders:
            if order.status == "pending_details" and now >= order.ready_at:
                for esim in order.esims:
                    esim.iccid = ids.iccid(state.rng)
                    esim.lpa = ids.lpa_string(state.rng)
                order.status = "completed"

    def create(self, request: Request) -> Response:
        sandbox, state = self.sandbox, self.sandbox.state
        try:
            body = request.json()
        except BadJson:
            body = None
        if not isinstance(body, dict):
            return _error(400, "Request body must be a JSON object", "INVALID_REQUEST")
        code = body.get("packageCode")
        if not isinstance(code, str) or not code.strip():
            return _error(400, "Missing required field: packageCode", "MISSING_PACKAGE_CODE")
        package = sandbox.catalogue.packages_by_code.get(code)
        if package is None:
            return _error(
                400, "Invalid package code. Package not found in database.", "INVALID_PACKAGE"
            )
        quantity = body.get("quantity", 1)
        if isinstance(quantity, bool) or not isinstance(quantity, int):
            quantity = 0
        if not 1 <= quantity <= MAX_QUANTITY:
            return _error(
                400, f"Quantity must be an integer between 1 and {MAX_QUANTITY}", "INVALID_QUANTITY"
            )
        currency = state.esimfly_currency
        amount = package.cost(currency) * quantity
        price = body.get("price")
        if price is not None and (not is_number(price) or Decimal(price) != amount):
            return _error(400, "Invalid price submitted", "PRICE_MISMATCH")
        epoch_ms = sandbox.clock.time_ms()
        reference = ids.esimfly_order_reference(state.rng, epoch_ms)
        now = sandbox.clock.now()
        outcome = state.forced.get(("esimfly", code))
        order = EsimflyOrder(
            id=state.next_id("esimfly_order"),
            reference=reference,
            package=package,
            quantity=quantity,
            amount=amount,
            profit=wallet_round(amount * PROFIT_RATE, currency),
            currency=currency,
            status="failed",
            # Whole seconds, as printed, so date filters agree with what clients were shown.
            created_at=now.replace(microsecond=0),
            ready_at=now,
            request_id=request.header("RT-RequestID") or "",
            processing_ms=state.rng.randint(1200, 3800),
        )
        if outcome == "fail":
            state.esimfly_orders.append(order)
            return _error(500, "Failed to process order", "ORDER_PROCESSING_ERROR")
        if state.esimfly_balance < amount:
            return _error(
                400,
                "Insufficient balance",
                "INSUFFICIENT_BALANCE",
                currentBalance=state.esimfly_balance,
                requiredBalance=amount,
                needToLoad=amount - state.esimfly_balance,
            )
        state.esimfly_balance -= amount
        pending = outcome == "pending" or (outcome is None and package.slow)
        for _ in range(quantity):
            placeholder = ids.esimfly_pending_iccid(state.rng, epoch_ms)
            order.esims.append(EsimflyEsim(state.next_id("esimfly_esim"), None, placeholder))
        if pending:
            order.status = "pending_details"
            order.ready_at = now + timedelta(seconds=sandbox.config.pending_after_seconds)
        else:
            order.status = "completed"
            for esim in order.esims:
                esim.iccid, esim.lpa = ids.iccid(state.rng), ids.lpa_string(state.rng)
        state.esimfly_orders.append(order)
        return json_response(200, self._created(order))

    def _created(self, order: EsimflyOrder) -> dict[str, Any]:
        first = order.esims[0]
        pending = order.status == "pending_details"
        body: dict[str, Any] = {
            "success": True,
            "message": "Order created successfully, eSIM details will be available shortly"
            if pending
            else "Order processed successfully",
            "orderReference": order.reference,
            "esimId": first.id,
            "packageName": order.package.name,
            "newBalance": self.sandbox.state.esimfly_balance,
            "currency": order.currency,
        }
        if not pending:
            body["lpaString"] = first.lpa
        body.update(
            qrCodeUrl="" if pending else ids.QR_PLACEHOLDER,
            directAppleInstallUrl="" if pending else ids.apple_install_url(first.lpa or ""),
            paymentMethod="balance",
            status=order.status,
            amount=order.amount,
            profit=order.profit,
            final_price=order.amount,
            processing_time_ms=order.processing_ms,
        )
        if pending:
            body["note"] = (
                "The order was placed successfully but eSIM details are being processed. "
                "Please check order status in a few minutes."
            )
            body["isPending"] = True
        body["esims"] = [_created_esim(esim) for esim in order.esims]
        return body

    def status(self, request: Request) -> Response:
        reference = request.query.get("orderReference", "").strip()
        if not reference:
            return json_response(
                400,
                {
                    "success": False,
                    "error": "Missing required parameter: orderReference",
                    "code": "MISSING_FIELDS",
                },
            )
        order = next(
            (o for o in self.sandbox.state.esimfly_orders if o.reference == reference), None
        )
        if order is None:
            return json_response(
                404, {"success": False, "error": "Order not found", "code": "ORDER_NOT_FOUND"}
            )
        return json_response(200, {"success": True, "order": self.polled(order)})

    def polled(self, order: EsimflyOrder) -> dict[str, Any]:
        body: dict[str, Any] = {
            "id": order.id,
            "packageName": order.package.name,
            "packageCode": order.package.code,
            "status": order.status,
            "amount": order.amount,
            "finalPrice": order.amount,
            "currency": order.currency,
            "quantity": order.quantity,
            "orderDate": iso(order.created_at),
            "orderReference": order.reference,
            "paymentMethod": "balance",
            "paymentStatus": "failed" if order.status == "failed" else "succeeded",
        }
        esims = [self._polled_esim(order, esim) for esim in order.esims]
        body["esim"] = esims[0] if esims else None
        if len(esims) > 1:
            body["esims"] = esims
        return body

    def _polled_esim(self, order: EsimflyOrder, esim: EsimflyEsim) -> dict[str, Any]:
        if esim.pending:
            return {
                "iccid": None,
                "status": "PENDING",
                "isPending": True,
                "qrCodeUrl": "",
                "directAppleInstallUrl": "",
            }
        lpa = esim.lpa or ""
        package = order.package
        return {
            "iccid": esim.iccid,
            "status": "New",
            "profileStatus": "downloaded" if esim.installed_at else "nodownload",
            "qrCodeUrl": ids.QR_PLACEHOLDER,
            "directAppleInstallUrl": ids.apple_install_url(lpa),
            "directAndroidInstallUrl": ids.android_install_url(lpa),
            "lpaString": lpa,
            "isPending": False,
            "unlimited": package.is_unlimited,
            "totalVolume": 0 if package.is_unlimited else package.data_amount_gb * 1024**3,
            "totalDuration": package.validity_days,
            "expiredTime": iso(order.created_at + INSTALL_WINDOW),
        }

    def snapshot(self) -> list[dict[str, Any]]:
        return [
            {
                **self.polled(order),
                "requestId": order.request_id,
                "iccids": [e.iccid for e in order.esims if e.iccid],
            }
            for order in self.sandbox.state.esimfly_orders
        ]


def _created_esim(esim: EsimflyEsim) -> dict[str, Any]:
    if esim.pending:
        return {
            "iccid": esim.placeholder,
            "qrCodeUrl": "",
            "directAppleInstallUrl": "",
            "status": "PENDING",
            "isPending": True,
        }
    lpa = esim.lpa or ""
    return {
        "iccid": esim.iccid,
        "lpaString": lpa,
        "qrCodeUrl": ids.QR_PLACEHOLDER,
        "directAppleInstallUrl": ids.apple_install_url(lpa),
        "status": "New",
        "profileStatus": "nodownload",
        "isPending": False,
    }
