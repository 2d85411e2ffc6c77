"""eSIMfly ``GET /orders`` and ``GET /esims``.

``from_date``/``to_date`` are inclusive; a date without a time of day covers the
whole day. Summary figures count the completed orders among the filtered ones. An
eSIM is NEW until ``Sandbox.mark_installed``, then ACTIVE until its validity runs
out (EXPIRED); its data use grows on the sandbox clock (app/sandbox/usage.py).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from app.sandbox import identifiers as ids
from app.sandbox.esimfly_params import bad_parameter, paging
from app.sandbox.messages import Request, Response, iso, json_response, page_slice, parse_iso
from app.sandbox.messages import total_pages as count_pages
from app.sandbox.state import EsimflyEsim, EsimflyOrder
from app.sandbox.usage import UsageBook, esimfly_use

if TYPE_CHECKING:
    from app.sandbox.sandbox import Sandbox

ORDER_STATUSES = ("all", "pending", "completed", "failed", "cancelled")
ESIM_STATUSES = ("ALL", "NEW", "ACTIVE", "EXPIRED", "CANCELLED", "DEPLETED", "DELETED")
SORT_FIELDS = ("created_at", "amount", "status")


def listed_status(order: EsimflyOrder) -> str:
    return "pending" if order.status == "pending_details" else order.status


def _date(text: str | None, end_of_day: bool) -> datetime | None:
    if not text:
        return None
    moment = parse_iso(text)
    if end_of_day and len(text.strip()) == 10:
        moment += timedelta(days=1, microseconds=-1)
    return moment


class EsimflyHistory:
    def __init__(self, sandbox: Sandbox) -> None:
        self.sandbox = sandbox

    def orders(self, request: Request) -> Response:
        paged = paging(request, 20)
        if isinstance(paged, Response):
            return paged
        page, limit = paged
        q = request.query
        status = q.get("status", "all").lower() or "all"
        sort_by = q.get("sort_by", "created_at") or "created_at"
        sort_order = (q.get("sort_order", "desc") or "desc").lower()
        if status not in ORDER_STATUSES:
            return bad_parameter("status")
        if sort_by not in SORT_FIELDS:
            return bad_parameter("sort_by")
        if sort_order not in ("asc", "desc"):
            return bad_parameter("sort_order")
        try:
            since, until = _date(q.get("from_date"), False), _date(q.get("to_date"), True)
        except ValueError:
            return bad_parameter("from_date/to_date")
        needle = q.get("search", "").strip().casefold()
        rows = [
            o
            for o in self.sandbox.state.esimfly_orders
            if (status == "all" or listed_status(o) == status)
            and (since is None or o.created_at >= since)
            and (until is None or o.created_at <= until)
            and (
                not needle
                or any(
                    needle in s.casefold() for s in (o.reference, o.package.name, o.package.code)
                )
            )
        ]
        keys = {
            "created_at": lambda o: (o.created_at, o.id),
            "amount": lambda o: (o.amount, o.id),
            "status": lambda o: (listed_status(o), o.id),
        }
        rows.sort(key=keys[sort_by], reverse=sort_order == "desc")
        completed = [o for o in rows if o.status == "completed"]
        data = {
            "orders": [self._order(o) for o in page_slice(rows, page, limit)],
            "summary": {
                "total_orders": len(completed),
                "total_revenue": sum((o.amount for o in completed), Decimal(0)),
            },
            "pagination": {
                "page": page,
                "limit": limit,
                "total": len(rows),
                "total_pages": count_pages(len(rows), limit),
            },
        }
        return json_response(200, {"success": True, "data": data})

    @staticmethod
    def _order(order: EsimflyOrder) -> dict[str, Any]:
        return {
            "id": order.id,
            "order_reference": order.reference,
            "package_name": order.package.name,
            "package_code": order.package.code,
            "amount": order.amount,
            "currency": order.currency,
            "status": listed_status(order),
            "flag_url": order.package.flag_url,
            "created_at": iso(order.created_at),
        }

    def esims(self, request: Request) -> Response:
        paged = paging(request, 20)
        if isinstance(paged, Response):
            return paged
        page, limit = paged
        status = request.query.get("status", "all").upper() or "ALL"
        if status not in ESIM_STATUSES:
            return bad_parameter("status")
        needle = request.query.get("search", "").strip().casefold()
        with_base64 = request.query.get("include_base64", "").lower() in ("1", "true", "yes")
        now = self.sandbox.clock.now()
        rows = []
        for order in reversed(self.sandbox.state.esimfly_orders):
            if order.status == "failed":
                continue
            for esim in order.esims:
                row = self._esim(order, esim, now, with_base64, self.sandbox.state.usage)
                haystack = (row["iccid"], order.package.name, order.package.code)
                if (status == "ALL" or row["status"] == status) and (
                    not needle or any(needle in s.casefold() for s in haystack)
                ):
                    rows.append(row)
        data = {
            "esims": page_slice(rows, page, limit),
            "pagination": {
                "page": page,
                "limit": limit,
                "total": len(rows),
                "total_pages": count_pages(len(rows), limit),
            },
        }
        return json_response(200, {"success": True, "data": data})

    @staticmethod
    def _esim(
        order: EsimflyOrder,
        esim: EsimflyEsim,
        now: datetime,
        with_base64: bool,
        book: UsageBook,
    ) -> dict[str, Any]:
        package = order.package
        use = esimfly_use(book, order, esim, now)
        expires = use.expires_at
        expired = expires is not None and now >= expires
        status = use.status
        total_mb = (
            0 if package.is_unlimited else (package.data_amount_gb + esim.topup_gb) * 1024
        )  # top-ups add GB
        lpa = esim.lpa
        smdp, code = (lpa.split("$")[1], lpa.split("$")[2]) if lpa else (None, None)
        row: dict[str, Any] = {
            "id": esim.id,
            "iccid": esim.iccid or esim.placeholder,
            "package_name": package.name,
            "package_code": package.code,
            "countries": package.countries,
            "status": status,
            "data": {
                "total_mb": total_mb,
                "used_mb": use.used_mb,
                "remaining_mb": use.remaining_mb,
                "usage_percentage": use.percentage,
                "is_unlimited": package.is_unlimited,
            },
            "validity": {
                "days": package.validity_days + esim.topup_days,  # top-ups add days
                "activated_at": iso(esim.installed_at) if esim.installed_at else None,
                "expires_at": iso(expires) if expires else None,
                "is_expired": expired,
            },
            "qr_code": f"https://sandbox.esimfly.invalid/qr-codes/{esim.id}.png" if lpa else None,
            "manual_installation": {
                "smdp_address": smdp,
                "activation_code": code,
                "lpa_format": lpa,
            },
            "direct_apple_installation_url": ids.apple_install_url(lpa) if lpa else None,
            "direct_android_installation_url": ids.android_install_url(lpa) if lpa else None,
            "flag_url": package.flag_url,
            "created_at": iso(order.created_at),
            "is_pending": esim.pending,
            "phone_number": None,
        }
        if with_base64:
            row["qr_code_base64"] = ids.QR_PLACEHOLDER if lpa else None
        return row
