"""eSIMfly ``POST /esims/cancel`` and ``POST /esims/status`` (esimfly-newer/).

Sandbox choices the docs leave open:
- An eSIM is eligible while it has a real ICCID, was never installed
  (``Sandbox.mark_installed``) and was never cancelled. Cancelling one cancels every
  eligible eSIM of its order together, as documented; if the eSIM asked about is itself
  installed the answer is 400 ``NOT_ELIGIBLE`` and nothing is cancelled.
- Each eSIM refunds its share of the order's amount (amount / quantity).
- ``refund_method`` is ``balance`` unless ``Sandbox.set_refund_method("refund_request")``:
  then the answer says ``refund_request`` with ``refunded_amount`` 0, and the request is
  confirmed ``refund_confirm_seconds`` later (sandbox clock) or by
  ``Sandbox.confirm_refunds()``. **Our assumption:** until it is confirmed the status
  endpoint still reads ``NEW`` (a second cancel answers ``ALREADY_CANCELLED``); once
  confirmed the balance is credited and the eSIM reads ``CANCELLED`` in the status
  endpoint and in ``GET /esims``.
- An order all of whose eSIMs are cancelled and refunded is ``cancelled`` (order status
  poll and ``GET /orders``).
- The status answer's device and network are made up from the install (the sandbox has
  no network); data usage is always zero.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from app.sandbox.messages import BadJson, Request, Response, iso, json_response
from app.sandbox.state import EsimflyEsim, EsimflyOrder

if TYPE_CHECKING:
    from app.sandbox.sandbox import Sandbox

REFUND_METHODS = ("balance", "refund_request")
ACTIVATED = "This eSIM has already been activated and cannot be cancelled or refunded"


def _error(status: int, message: str, code: str, **extra: Any) -> Response:
    return json_response(status, {"success": False, "message": message, "code": code, **extra})


def esim_status(order: EsimflyOrder, esim: EsimflyEsim, now: datetime) -> str:
    """The lifecycle status both the status endpoint and ``GET /esims`` report."""
    if esim.cancelled_at is not None:
        return "CANCELLED"
    if esim.installed_at is None:
        return "NEW"
    days = order.package.validity_days + esim.topup_days  # a top-up adds days
    expires = esim.installed_at + timedelta(days=days)
    return "EXPIRED" if now >= expires else "ACTIVE"


class EsimflyCancels:
    def __init__(self, sandbox: Sandbox) -> None:
        self.sandbox = sandbox

    def progress(self) -> None:
        """Confirm refund requests whose time has come (caller holds the lock)."""
        now = self.sandbox.clock.now()
        for order in self.sandbox.state.esimfly_orders:
            for esim in order.esims:
                if esim.refund_due_at is not None and now >= esim.refund_due_at:
                    self._refund(order, esim, now)

    def confirm_all(self) -> None:
        now = self.sandbox.clock.now()
        for order in self.sandbox.state.esimfly_orders:
            for esim in order.esims:
                if esim.refund_due_at is not None:
                    self._refund(order, esim, now)

    def _refund(self, order: EsimflyOrder, esim: EsimflyEsim, now: datetime) -> Decimal:
        share = order.amount / order.quantity
        esim.cancelled_at, esim.refund_due_at, esim.refunded = now, None, share
        self.sandbox.state.esimfly_balance += share
        if all(e.cancelled_at is not None for e in order.esims):
            order.status = "cancelled"
        return share

    def _find(self, request: Request) -> tuple[EsimflyOrder, EsimflyEsim] | Response:
        try:
            body = request.json()
        except BadJson:
            body = None
        body = body if isinstance(body, dict) else {}
        iccid, esim_id = body.get("iccid"), body.get("esimId")
        if not (isinstance(iccid, str) and iccid) and not isinstance(esim_id, int):
            return _error(400, "Provide either iccid or esimId", "MISSING_IDENTIFIER")
        for order in self.sandbox.state.esimfly_orders:
            for esim in order.esims:
                if esim.iccid is None:
                    continue
                if (esim.iccid == iccid) if iccid else (esim.id == esim_id):
                    return order, esim
        return _error(404, "eSIM not found", "ESIM_NOT_FOUND")

    def cancel(self, request: Request) -> Response:
        found = self._find(request)
        if isinstance(found, Response):
            return found
        order, esim = found
        if esim.cancel_requested:
            return _error(
                400,
                "This eSIM has already been cancelled and cannot be cancelled again",
                "ALREADY_CANCELLED",
            )
        if esim.installed_at is not None:
            ineligible = [
                {"id": e.id, "iccid": e.iccid, "reason": ACTIVATED}
                for e in order.esims
                if e.installed_at is not None
            ]
            return _error(
                400,
                "No eSIMs are eligible for cancellation",
                "NOT_ELIGIBLE",
                details={"totalEsims": len(order.esims), "ineligibleEsims": ineligible},
            )
        now = self.sandbox.clock.now()
        method = self.sandbox.state.esimfly_refund_method
        results, failed, total = [], 0, Decimal(0)
        for other in order.esims:
            if other.iccid is None or other.installed_at is not None or other.cancel_requested:
                failed += other is not esim and other.installed_at is not None
                continue
            if method == "balance":
                amount = self._refund(order, other, now)
            else:
                other.refund_due_at = now + timedelta(
                    seconds=self.sandbox.state.refund_confirm_seconds
                )
                amount = Decimal(0)
            total += amount
            results.append(
                {"esimId": other.id, "iccid": other.iccid, "success": True, "refundAmount": amount}
            )
        count = len(results)
        data = {
            "order_reference": order.reference,
            "total_esims": len(order.esims),
            "cancelled_esims": count,
            "failed_esims": failed,
            "refunded_amount": total,
            "currency": order.currency,
            "refund_method": method,
            "balance_credited": method == "balance",
            "partial_cancellation": count < len(order.esims),
            "cancel_results": results,
        }
        message = f"All {count} eSIM cancelled successfully."
        return json_response(200, {"success": True, "message": message, "data": data})

    def status(self, request: Request) -> Response:
        found = self._find(request)
        if isinstance(found, Response):
            return found
        order, esim = found
        now = self.sandbox.clock.now()
        installed = esim.installed_at
        package = order.package
        data = {
            "iccid": esim.iccid,
            "status": esim_status(order, esim, now),
            "esim_status": "Active" if installed else "Released",
            "smdp_status": "AFFECTED" if installed else "RELEASED",
            "unlimited": package.is_unlimited,
            "last_network": {
                "operator": "Sandbox Mobile" if installed else None,
                "mcc": None,
                "mnc": None,
                "country": None,
                "country_iso2": None,
                "connection_type": "4G - LTE" if installed else None,
            },
            "device": {"model": "SANDBOX1" if installed else None, "imei": None},
            "activation_date": iso(installed) if installed else None,
            "last_usage_date": iso(installed) if installed else None,
            "expiry_date": iso(installed + timedelta(days=package.validity_days))
            if installed
            else None,
            "data_usage": {
                "used_gb": 0,
                "total_gb": None if package.is_unlimited else package.data_amount_gb,
                "unlimited": package.is_unlimited,
            },
        }
        return json_response(
            200, {"success": True, "message": "Live eSIM status retrieved", "data": data}
        )
