"""Octopus Cards' JSON turned into core types: products and variants into plans, orders
into OrderResults. Pure functions; no HTTP here."""

from __future__ import annotations

from typing import Any

from app.core import countries
from app.core.activation import ActivationCode, ActivationCodeError
from app.core.countries import Destination
from app.core.errors import InvalidResponseError
from app.core.money import Money, to_decimal
from app.core.orders import Esim, OrderResult, OrderStatus
from app.core.plans import OctopusKey, Plan, ProviderId
from app.providers import http

NAME = "Octopus Cards"
_FINAL_OR_PENDING = (
    OrderStatus.DELIVERED,
    OrderStatus.PENDING,
    OrderStatus.FAILED,
    OrderStatus.CANCELLED,
)
_STATUS = {status.value: status for status in _FINAL_OR_PENDING}


def destination_of(product: dict[str, Any]) -> Destination | None:
    code = str(product.get("country_code") or "")
    return countries.from_code(code, str(product.get("name") or code))


def plan_from(
    variant: dict[str, Any], product_id: int, destination: Destination, currency: str
) -> Plan:
    amount = to_decimal(http.field(variant, "amount", NAME))
    data = to_decimal(variant.get("data_amount_gb", 0) or 0)
    return Plan(
        provider=ProviderId.OCTOPUS,
        key=OctopusKey(product_id, amount, variant.get("id")),
        destination=destination,
        name=str(variant.get("name") or ""),
        # Octopus writes 0 GB for unlimited plans.
        data_gb=data if data > 0 else None,
        validity_days=int(http.field(variant, "validity_days", NAME, int)),
        price=Money.of(amount, str(variant.get("currency_code") or currency)),
        description=str(variant.get("description") or ""),
    )


def order_from(data: Any) -> OrderResult:
    # The docs disagree on whether an order comes bare or wrapped in {"data": …}.
    order = data.get("data", data) if isinstance(data, dict) else None
    http.expect(isinstance(order, dict), NAME, "an order")
    assert isinstance(order, dict)
    status = _STATUS.get(str(order.get("status")))
    http.expect(status is not None, NAME, "a known order status")
    assert status is not None
    code = order.get("activation_code")
    iccid = order.get("iccid")
    esims: tuple[Esim, ...] = ()
    if code or iccid:
        esims = (_esim(iccid, code),)
    currency = order.get("currency")
    charged = order.get("amount")
    try:
        money = Money.of(charged, str(currency)) if charged is not None and currency else None
    except ValueError as exc:
        raise InvalidResponseError(
            "Octopus Cards sent an unreadable amount.", provider=NAME
        ) from exc
    return OrderResult(
        provider=ProviderId.OCTOPUS,
        order_id=str(http.field(order, "id", NAME)),
        status=status,
        esims=esims,
        charged=money,
        client_reference=order.get("client_reference"),
        failure_code=order.get("failure_code"),
        failure_reason=order.get("failure_reason"),
        created_at=http.parse_time(order.get("created_at")),
    )


def _esim(iccid: Any, code: Any) -> Esim:
    iccid = str(iccid) if iccid else None
    if not code:
        return Esim(iccid=iccid)
    try:
        return Esim(iccid=iccid, activation=ActivationCode.parse(str(code)))
    except ActivationCodeError:
        return Esim(iccid=iccid, raw_code=str(code))
