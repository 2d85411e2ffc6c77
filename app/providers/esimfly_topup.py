"""eSIMfly top-ups (``/topup/packages``, ``/topup/order``): JSON to core types, and the
top-up refusals in plain words. Pure functions; the HTTP is in :mod:`app.providers.esimfly`.

A lost top-up answer is found again like a lost order (see docs/decisions.md, "Top-ups:
sold like a sale, found again like an order"): the request-id probe says whether it
arrived, then the orders list (where eSIMfly lists top-ups beside eSIM orders, by their
``TOPUP_`` package code) gives the order stamped in the sale's span.
"""

from __future__ import annotations

from typing import Any

from app.core.errors import InvalidResponseError, OrderRejectedError, OutcomeUnknownError
from app.core.money import Money
from app.core.orders import OrderResult, OrderStatus
from app.core.plans import Plan, ProviderId, TopupKey
from app.core.topup import (
    EsimNotToppableError,
    TopupNotSupportedError,
    TopupPackage,
    TopupPackageGoneError,
    UnknownEsimError,
)
from app.providers import fields, http

NAME = "eSIMfly"
MAX_PACKAGES = 100  # one page at the largest limit eSIMfly allows
_STATUS_TEXT = 32
_LISTED = {
    "completed": OrderStatus.DELIVERED,
    "failed": OrderStatus.FAILED,
    "cancelled": OrderStatus.CANCELLED,
    "canceled": OrderStatus.CANCELLED,
}


def raise_for_topup(code: str, body: dict[str, Any]) -> None:
    """The top-up calls' own codes, before the generic mapping (which would take the
    403 ESIM_ACCESS_DENIED for refused credentials). Returns for any other code."""
    if code == "ESIM_ACCESS_DENIED":
        raise UnknownEsimError(provider=NAME)
    if code == "TOPUP_NOT_SUPPORTED":
        raise TopupNotSupportedError(provider=NAME)
    if code == "INVALID_TOPUP_PACKAGE":
        raise TopupPackageGoneError(provider=NAME)
    if code == "ESIM_NOT_TOPPABLE":
        said = f"{fields.clean_text(body.get('error'))} {fields.clean_text(body.get('message'))}"
        raise EsimNotToppableError(status=_status_in(said), provider=NAME)
    if code == "MISSING_ICCID":
        raise OrderRejectedError("eSIMfly needs the eSIM's ICCID for a top-up.", provider=NAME)


def _status_in(said: str) -> str:
    """``EXPIRED`` from "eSIM cannot be topped up. Current status: EXPIRED"."""
    _, found, rest = said.partition("Current status:")
    word = rest.strip().split(" ", 1)[0].strip(".") if found else ""
    return word if word.isalpha() and len(word) <= _STATUS_TEXT else ""


def packages(data: dict[str, Any], wallet: str | None) -> list[TopupPackage]:
    """``data.packages`` of a packages page; a package flagged not rechargeable (eSIMfly
    says they all are) is left out rather than offered."""
    rows = fields.items(http.field(data, "packages", NAME, list), NAME, "packages", MAX_PACKAGES)
    found: list[TopupPackage] = []
    for row in rows:
        features = row.get("features")
        if isinstance(features, dict) and features.get("is_rechargeable") is False:
            continue
        found.append(package(row, wallet))
    return found


def package(row: dict[str, Any], wallet: str | None) -> TopupPackage:
    code = fields.code_text(row.get("package_code"), NAME, "package code")
    unlimited = row.get("is_unlimited") is True
    data_gb = None
    if not unlimited:
        data_gb = fields.amount(http.field(row, "data_amount_gb", NAME), NAME, "data amount")
    currency = row.get("currency", wallet or "USD")
    return TopupPackage(
        package_code=code,
        name=fields.clean_text(row.get("name")) or code,
        data_gb=data_gb,
        validity_days=fields.integer(row.get("validity_days"), NAME, "validity", 1, 3650),
        cost=fields.money(row.get("cost"), currency, NAME, "top-up cost"),
    )


def _key(plan: Plan) -> TopupKey:
    if not isinstance(plan.key, TopupKey):
        raise OrderRejectedError("This plan is not an eSIMfly top-up.", provider=NAME)
    return plan.key


def order_body(plan: Plan, quantity: int) -> dict[str, Any]:
    key = _key(plan)
    return {"iccid": key.iccid, "packageCode": key.package_code, "quantity": quantity}


def ordered(data: dict[str, Any], plan: Plan) -> OrderResult:
    """The top-up order's answer. Success is always ``completed`` (the docs); anything
    else with ``success: true`` is unreadable, and the order is looked up instead."""
    key = _key(plan)
    status = data.get("status")
    http.expect(status == "completed", NAME, "a completed top-up status")
    iccid = fields.iccid(data.get("iccid"), NAME, placeholder_ok=False)
    if iccid is not None and iccid != key.iccid:
        raise InvalidResponseError(f"{NAME} topped up another eSIM than asked.", provider=NAME)
    currency = data.get("currency")
    currency = plan.price.currency if currency is None else fields.currency(currency, NAME)
    balance = data.get("newBalance")
    return OrderResult(
        provider=ProviderId.ESIMFLY,
        order_id=fields.order_id(data.get("orderReference"), NAME),
        status=OrderStatus.DELIVERED,
        charged=fields.optional_money(data.get("amount"), currency, NAME, "charged amount"),
        plan_code=key.package_code,
        balance_after=None
        if balance is None
        else fields.money(balance, currency, NAME, "balance", negative_ok=True),
    )


def listed(row: dict[str, Any], plan: Plan) -> OrderResult:
    """A top-up's row in ``GET /orders``: there is no top-up detail to fetch, and the row
    is all eSIMfly tells. A top-up still processing stays unknown (checked again), never
    PENDING: a pending sale is polled through the eSIM order detail, which has none."""
    key = _key(plan)
    status = _LISTED.get(str(row.get("status", "")).lower())
    if status is None:
        raise OutcomeUnknownError(
            "eSIMfly is still processing this top-up; it is checked again.", provider=NAME
        )
    currency = row.get("currency", plan.price.currency)
    charged: Money | None = fields.optional_money(row.get("amount"), currency, NAME, "amount")
    return OrderResult(
        provider=ProviderId.ESIMFLY,
        order_id=fields.order_id(row.get("order_reference"), NAME),
        status=status,
        charged=charged,
        plan_code=key.package_code,
        created_at=fields.time(row.get("created_at"), NAME, "order date"),
        failure_reason=None if status is OrderStatus.DELIVERED else "eSIMfly refused the top-up.",
    )
