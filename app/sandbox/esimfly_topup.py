"""eSIMfly top-ups: ``GET /topup/packages`` and ``POST /topup/order``
(esimfly/api-topup-packages.md, api-topup-order.md).

Sandbox choices the docs leave open:
- the top-ups offered for an eSIM are the catalogue's packages of the same type and region
  as the eSIM's own, under the code ``TOPUP_<package code>``, at the package's cost;
  unlimited packages take no top-up (the catalogue marks them not rechargeable).
- an eSIM whose package is not rechargeable answers 400 ``TOPUP_NOT_SUPPORTED`` on both
  calls; an eSIM not ACTIVE or DEPLETED (NEW: not installed yet; EXPIRED; CANCELLED)
  answers 400 ``ESIM_NOT_TOPPABLE`` with its status; an unknown ICCID is 403
  ``ESIM_ACCESS_DENIED`` for the packages and 400 ``ESIM_NOT_FOUND`` for the order.
- a top-up is kept as an order (``topup_…`` reference, the ``TOPUP_`` package code, no
  eSIMs of its own), so ``GET /orders`` lists it; it adds its GB and days (times the
  quantity) to the eSIM: ``GET /esims`` and the status endpoint then read the new
  total and expiry.
- insufficient balance carries ``currentBalance`` and ``requiredBalance`` beside the docs'
  message, as the eSIM order's refusal does; a forced ``fail`` on the top-up code answers
  500 and debits nothing.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from app.sandbox.catalogue import EsimflyPackage
from app.sandbox.esimfly_cancel import esim_status
from app.sandbox.esimfly_params import paging
from app.sandbox.messages import BadJson, Request, Response, json_response, page_slice
from app.sandbox.messages import total_pages as count_pages
from app.sandbox.money import wallet_round
from app.sandbox.state import EsimflyEsim, EsimflyOrder

if TYPE_CHECKING:
    from app.sandbox.sandbox import Sandbox

PREFIX = "TOPUP_"
TOPPABLE = ("ACTIVE", "DEPLETED", "USED_EXPIRED")
PROFIT_RATE = Decimal("0.075")
MAX_QUANTITY = 10
_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789"


def _error(status: int, code: str, error: str | None = None, **extra: Any) -> Response:
    body: dict[str, Any] = {"success": False, "code": code}
    if error is not None:
        body["error"] = error
    body.update(extra)
    return json_response(status, body)


def rechargeable(package: EsimflyPackage) -> bool:
    return not package.is_unlimited


class EsimflyTopups:
    def __init__(self, sandbox: Sandbox) -> None:
        self.sandbox = sandbox

    # -- the eSIM and what it can take ------------------------------------------------

    def _find(self, iccid: str) -> tuple[EsimflyOrder, EsimflyEsim] | None:
        for order in self.sandbox.state.esimfly_orders:
            if order.status == "failed" or order.topup_iccid is not None:
                continue
            for esim in order.esims:
                if esim.iccid == iccid:
                    return order, esim
        return None

    def offers(self, package: EsimflyPackage) -> list[EsimflyPackage]:
        """The top-up packages for an eSIM of ``package``, cheapest first."""
        same = [
            p
            for p in self.sandbox.catalogue.esimfly_packages
            if p.type == package.type and p.region == package.region and rechargeable(p)
        ]
        same.sort(key=lambda p: (p.cost_usd, p.data_amount_gb, p.validity_days, p.code))
        return [replace(p, code=PREFIX + p.code) for p in same]

    def _refusal(self, iccid: str, unknown: Response) -> Response | EsimflyOrder:
        found = self._find(iccid)
        if found is None:
            return unknown
        order, esim = found
        if not rechargeable(order.package):
            return _error(400, "TOPUP_NOT_SUPPORTED", "Top-ups not available for this eSIM")
        status = esim_status(order, esim, self.sandbox.clock.now())
        if status not in TOPPABLE:
            return _error(
                400,
                "ESIM_NOT_TOPPABLE",
                f"eSIM cannot be topped up. Current status: {status}",
                message="Only ACTIVE, DEPLETED, or USED_EXPIRED eSIMs can be topped up",
            )
        return order

    # -- GET /topup/packages -----------------------------------------------------------

    def packages(self, request: Request) -> Response:
        paged = paging(request, 50)
        if isinstance(paged, Response):
            return paged
        page, limit = paged
        iccid = request.query.get("iccid", "").strip()
        if not iccid:
            return _error(
                400,
                "MISSING_ICCID",
                "ICCID parameter is required",
                message="Topup packages are specific to an eSIM. Please provide the ICCID "
                "parameter.",
            )
        denied = _error(403, "ESIM_ACCESS_DENIED", "eSIM not found or access denied")
        order = self._refusal(iccid, denied)
        if isinstance(order, Response):
            return order
        currency = self.sandbox.state.esimfly_currency
        offers = self.offers(order.package)
        rows = [_offer(p, currency) for p in page_slice(offers, page, limit)]
        pagination = {
            "page": page,
            "limit": limit,
            "total": len(offers),
            "total_pages": count_pages(len(offers), limit),
        }
        data = {"packages": rows, "pagination": pagination}
        return json_response(200, {"success": True, "data": data})

    # -- POST /topup/order -------------------------------------------------------------

    def order(self, request: Request) -> Response:
        sandbox, state = self.sandbox, self.sandbox.state
        try:
            body = request.json()
        except BadJson:
            body = None
        if not isinstance(body, dict):
            return _error(400, "INVALID_REQUEST", message="Request body must be a JSON object")
        iccid, code = body.get("iccid"), body.get("packageCode")
        if not isinstance(iccid, str) or not iccid or not isinstance(code, str) or not code:
            return _error(
                400, "MISSING_FIELDS", message="Missing required fields: iccid, packageCode"
            )
        unknown = _error(400, "ESIM_NOT_FOUND", "eSIM not found or access denied")
        target = self._refusal(iccid, unknown)
        if isinstance(target, Response):
            return target
        package = next((p for p in self.offers(target.package) if p.code == code), None)
        if package is None:
            return _error(
                400,
                "INVALID_TOPUP_PACKAGE",
                message="Invalid top-up package code. Package not found.",
            )
        quantity = body.get("quantity", 1)
        if isinstance(quantity, bool) or not isinstance(quantity, int):
            quantity = 0
        if not 1 <= quantity <= MAX_QUANTITY:
            return _error(
                400,
                "INVALID_QUANTITY",
                message=f"Quantity must be an integer between 1 and {MAX_QUANTITY}",
            )
        currency = state.esimfly_currency
        amount = package.cost(currency) * quantity
        if state.forced.get(("esimfly", code)) == "fail":
            return _error(500, "TOPUP_FAILED", "Failed to process topup order")
        if state.esimfly_balance < amount:
            return _error(
                400,
                "INSUFFICIENT_BALANCE",
                "Insufficient balance",
                message=f"Your current balance is {_shown(state.esimfly_balance, currency)}. "
                f"Required: {_shown(amount, currency)}",
                currentBalance=state.esimfly_balance,
                requiredBalance=amount,
            )
        state.esimfly_balance -= amount
        now = sandbox.clock.now()
        epoch_ms = sandbox.clock.time_ms()
        suffix = "".join(state.rng.choice(_ALPHABET) for _ in range(5))
        order = EsimflyOrder(
            id=state.next_id("esimfly_order"),
            reference=f"topup_{epoch_ms}_{suffix}",
            package=package,
            quantity=quantity,
            amount=amount,
            profit=wallet_round(amount * PROFIT_RATE, currency),
            currency=currency,
            status="completed",
            created_at=now.replace(microsecond=0),
            ready_at=now,
            request_id=request.header("RT-RequestID") or "",
            processing_ms=state.rng.randint(1500, 4000),
            topup_iccid=iccid,
        )
        state.esimfly_orders.append(order)
        _, esim = self._find(iccid) or (None, None)
        assert esim is not None  # _refusal found it under the same lock
        esim.topup_gb += package.data_amount_gb * quantity
        esim.topup_days += package.validity_days * quantity
        return json_response(200, self._answer(order, target, esim))

    def _answer(
        self, order: EsimflyOrder, target: EsimflyOrder, esim: EsimflyEsim
    ) -> dict[str, Any]:
        base = target.package
        total_gb = Decimal(base.data_amount_gb + esim.topup_gb)
        start = esim.installed_at or target.created_at
        expires = start + timedelta(days=base.validity_days + esim.topup_days)
        return {
            "success": True,
            "message": "eSIM top-up processed successfully",
            "orderReference": order.reference,
            "iccid": order.topup_iccid,
            "packageName": order.package.name,
            "newBalance": self.sandbox.state.esimfly_balance,
            "currency": order.currency,
            "status": "completed",
            "amount": order.amount,
            "profit": order.profit,
            "processing_time_ms": order.processing_ms,
            "esimData": {
                "newTotalVolumeGB": total_gb,
                "newRemainingVolumeGB": total_gb,
                "expiredTime": f"{expires:%B} {expires.day}, {expires:%Y at %I:%M %p}",
            },
        }


def _offer(package: EsimflyPackage, currency: str) -> dict[str, Any]:
    return {
        "package_code": package.code,
        "name": package.name,
        "data_amount_gb": package.data_amount_gb,
        "validity_days": package.validity_days,
        "cost": package.cost(currency),
        "currency": currency,
        "features": {"is_rechargeable": True},
        "is_unlimited": package.is_unlimited,
    }


def _shown(amount: Decimal, currency: str) -> str:
    return f"${amount}" if currency == "USD" else f"{amount} {currency}"
