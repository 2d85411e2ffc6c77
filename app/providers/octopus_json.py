"""Octopus Cards' JSON turned into core types: products and variants into plans, orders
into OrderResults. Pure functions; no HTTP here."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from app.core import countries
from app.core.activation import ActivationCode, ActivationCodeError
from app.core.countries import Destination
from app.core.errors import InvalidResponseError
from app.core.money import Money
from app.core.orders import Esim, OrderResult, OrderStatus
from app.core.plan_details import Activation, PlanDetails
from app.core.plans import OctopusKey, Plan, ProviderId
from app.providers import fields, http

NAME = "Octopus Cards"
_FINAL_OR_PENDING = (
    OrderStatus.DELIVERED,
    OrderStatus.PENDING,
    OrderStatus.FAILED,
    OrderStatus.CANCELLED,
)
_STATUS = {status.value: status for status in _FINAL_OR_PENDING}
_INSTALLED = ("ACTIVE", "EXPIRED")


def destination_of(product: dict[str, Any]) -> Destination | None:
    if not isinstance(product, dict):
        raise fields.bad(NAME, "product")
    code = product.get("country_code")
    code = code if isinstance(code, str) and len(code) <= 8 else ""
    return countries.from_code(code, fields.clean_text(product.get("name")) or code)


def plan_from(
    variant: dict[str, Any], product_id: int, destination: Destination, currency: str
) -> Plan:
    amount = fields.amount(http.field(variant, "amount", NAME), NAME, "price")
    data = fields.amount(variant.get("data_amount_gb") or 0, NAME, "data amount")
    variant_id = variant.get("id")
    code = variant.get("currency_code")
    price = fields.money(amount, currency if code is None else code, NAME, "price")
    description = fields.clean_text(variant.get("description"), 1000) or ""
    return Plan(
        provider=ProviderId.OCTOPUS,
        key=OctopusKey(
            fields.integer(product_id, NAME, "product id", 1),
            amount,
            None if variant_id is None else fields.integer(variant_id, NAME, "variant id", 1),
        ),
        destination=destination,
        name=fields.clean_text(variant.get("name")) or "",
        # Octopus writes 0 GB for unlimited plans.
        data_gb=data if data > 0 else None,
        validity_days=fields.integer(variant.get("validity_days"), NAME, "validity", 1, 3650),
        price=price,
        description=description,
        cost=_discounted(price, variant.get("client_discount")),
        details=details_from(description),
    )


def details_from(description: str) -> PlanDetails:
    """What Octopus says of a variant beyond data and days: little. Its validity runs "once
    activated" (digest §4), and the counter cannot top up an Octopus eSIM (its API has no
    eSIM top-up; §11). Networks are not published; a "data-only" description rules out
    calls and texts."""
    words = description.casefold().replace("-", " ")
    data_only = "data only" in words
    return PlanDetails(
        rechargeable=False,
        voice_minutes=0 if data_only else None,
        sms_count=0 if data_only else None,
        phone_number=False if data_only else None,
        activation=Activation.FIRST_USE,
    )


def _discounted(price: Money, discount: Any) -> Money | None:
    """What the wallet is debited: the variant amount less ``client_discount`` percent
    (spec §4, "Wallet debit"); None when there is no discount. Exact: 4.50 less 5 % is
    4.275, as the charges quote says."""
    if discount is None:
        return None
    percent = fields.amount(discount, NAME, "client discount")
    if percent > 100:
        raise fields.bad(NAME, "client discount")
    if percent == 0:
        return None
    return Money(price.amount * (100 - percent) / 100, price.currency)


def created_order(data: Any) -> OrderResult:
    """The answer to an order request. Octopus answers DELIVERED, PENDING or FAILED there;
    a CANCELLED one (documented only when polled) means it was not sold: FAILED."""
    result = order_from(data)
    if result.status is OrderStatus.CANCELLED:
        return replace(result, status=OrderStatus.FAILED)
    return result


def order_from(data: Any) -> OrderResult:
    # The docs disagree on whether an order comes bare or wrapped in {"data": …}.
    order = data.get("data", data) if isinstance(data, dict) else None
    http.expect(isinstance(order, dict), NAME, "an order")
    assert isinstance(order, dict)
    status = order.get("status")
    status = _STATUS.get(status) if isinstance(status, str) else None
    http.expect(status is not None, NAME, "a known order status")
    assert status is not None
    code = order.get("activation_code")
    iccid = fields.iccid(order.get("iccid"), NAME, placeholder_ok=False)
    esims: tuple[Esim, ...] = ()
    if code is not None or iccid is not None:
        esims = (_esim(iccid, code, status),)
    if status is OrderStatus.DELIVERED and not (esims and _deliverable(esims[0], order)):
        # Paid, but nothing a phone can install: read it again, never show half of it.
        raise InvalidResponseError(
            "Octopus Cards reports the order delivered without a usable ICCID and activation code.",
            provider=NAME,
        )
    return OrderResult(
        provider=ProviderId.OCTOPUS,
        order_id=fields.order_id(order.get("id"), NAME),
        status=status,
        esims=esims,
        charged=fields.optional_money(
            order.get("amount"), order.get("currency"), NAME, "charged amount"
        ),
        client_reference=fields.optional_code_text(
            order.get("client_reference"), NAME, "client reference", fields.MAX_REFERENCE
        ),
        failure_code=fields.clean_text(order.get("failure_code"), 64),
        failure_reason=fields.clean_text(order.get("failure_reason")),
        created_at=fields.time(order.get("created_at"), NAME, "order time"),
    )


def is_installed(order: dict[str, Any]) -> bool:
    """Octopus's word that a phone already downloaded the profile."""
    return order.get("is_installed") is True or order.get("activation_status") in _INSTALLED


def _deliverable(esim: Esim, order: dict[str, Any]) -> bool:
    """A real ICCID, and a readable code unless a phone has already installed the eSIM:
    Octopus then omits the code for good, and the journal keeps the one first shown."""
    if esim.activation is not None:
        return esim.ready
    return esim.iccid is not None and esim.raw_code is None and is_installed(order)


def _esim(iccid: str | None, code: Any, status: OrderStatus) -> Esim:
    if code is None or code == "":
        return Esim(iccid=iccid)
    if not isinstance(code, str):
        raise fields.bad(NAME, "activation code")
    try:
        return Esim(iccid=iccid, activation=ActivationCode.parse(code))
    except ActivationCodeError as exc:
        if status is OrderStatus.DELIVERED:
            raise fields.bad(NAME, "activation code") from exc
        return Esim(iccid=iccid)  # not delivered yet: the code that counts comes later
