"""eSIMfly ``GET /esims/usage/query`` (esimfly/api-esims-usage.md), issue 17.

Sandbox choices the docs leave open:
- ``iccid`` or ``order_id`` (the order reference), exactly one: neither or both is 400
  with the documented ``{"error": "Bad Request", "message": …}`` body.
- An order of several eSIMs answers for its first; an eSIM still being provisioned (no
  ICCID yet), an unknown ICCID or order, and an order that failed are 404 ``Not Found``.
- ``from_date``/``to_date`` are accepted and ignored ("reserved for future usage history").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.sandbox.messages import Request, Response, iso, json_response
from app.sandbox.state import EsimflyEsim, EsimflyOrder
from app.sandbox.usage import esimfly_use

if TYPE_CHECKING:
    from app.sandbox.sandbox import Sandbox


class EsimflyUsage:
    def __init__(self, sandbox: Sandbox) -> None:
        self.sandbox = sandbox

    def _find(self, iccid: str, reference: str) -> tuple[EsimflyOrder, EsimflyEsim] | None:
        for order in self.sandbox.state.esimfly_orders:
            if order.status == "failed":
                continue
            if reference:
                if order.reference == reference and order.esims and order.esims[0].iccid:
                    return order, order.esims[0]
                continue
            for esim in order.esims:
                if esim.iccid is not None and esim.iccid == iccid:
                    return order, esim
        return None

    def query(self, request: Request) -> Response:
        iccid = request.query.get("iccid", "").strip()
        reference = request.query.get("order_id", "").strip()
        if bool(iccid) == bool(reference):
            return json_response(
                400,
                {
                    "error": "Bad Request",
                    "message": "Either iccid or order_id is required"
                    if not iccid
                    else "Provide either iccid or order_id, not both",
                },
            )
        found = self._find(iccid, reference)
        if found is None:
            return json_response(
                404,
                {"error": "Not Found", "message": "eSIM not found or you do not have access to it"},
            )
        order, esim = found
        use = esimfly_use(self.sandbox.state.usage, order, esim, self.sandbox.clock.now())
        package = order.package
        data = {
            "esim": {
                "iccid": esim.iccid,
                "order_id": order.reference,
                "package_name": package.name,
                "status": use.status,
            },
            "data": {
                "total_mb": use.total_mb or 0,
                "used_mb": use.used_mb,
                "remaining_mb": use.remaining_mb,
                "usage_percentage": use.percentage,
                "is_unlimited": package.is_unlimited,
            },
            "validity": {
                "days": package.validity_days,
                "activated_at": iso(use.activated_at) if use.activated_at else None,
                "expires_at": iso(use.expires_at) if use.expires_at else None,
                "is_expired": use.status == "EXPIRED",
            },
        }
        return json_response(200, {"success": True, "data": data})
