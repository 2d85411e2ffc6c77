"""eSIMfly's JSON turned into core types: packages into plans, order answers into
OrderResults. Pure functions; no HTTP here."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any
from urllib.parse import unquote, urlsplit

from app.core import countries
from app.core.activation import ActivationCode, ActivationCodeError
from app.core.countries import Destination
from app.core.money import Money, to_decimal
from app.core.orders import Esim, OrderResult, OrderStatus
from app.core.plans import EsimflyKey, Plan, ProviderId
from app.providers import http

NAME = "eSIMfly"

_STATUS = {
    "completed": OrderStatus.DELIVERED,
    "pending_details": OrderStatus.PENDING,
    "pending": OrderStatus.PENDING,
    "processing": OrderStatus.PENDING,
    "failed": OrderStatus.FAILED,
    "cancelled": OrderStatus.CANCELLED,
    "canceled": OrderStatus.CANCELLED,
}


def destination_of(package: dict[str, Any]) -> Destination:
    kind = package.get("type")
    region = str(package.get("region") or package.get("name") or "")
    if kind == "global":
        return countries.GLOBAL
    if kind == "regional":
        return countries.region(region)
    locations = package.get("locationNetworkList") or []
    if len(locations) == 1 and isinstance(locations[0], dict):
        # The flag file is named by alpha-2 code: firmer ground than the free-text name.
        logo = str(locations[0].get("locationLogo") or "")
        stem = logo.rsplit("/", 1)[-1].split(".", 1)[0]
        found = countries.country(stem) if len(stem) == 2 else None
        if found is not None:
            return found
    return countries.country_by_name(region) or countries.region(region)


def plan_from(package: dict[str, Any], destination: Destination) -> Plan:
    unlimited = bool(package.get("is_unlimited"))
    data_gb = None if unlimited else to_decimal(http.field(package, "data_amount_gb", NAME))
    return Plan(
        provider=ProviderId.ESIMFLY,
        key=EsimflyKey(str(http.field(package, "package_code", NAME, str))),
        destination=destination,
        name=str(package.get("name") or package["package_code"]),
        data_gb=data_gb,
        validity_days=int(http.field(package, "validity_days", NAME, int)),
        price=Money.of(http.field(package, "cost", NAME), str(package.get("currency") or "USD")),
    )


def _lpa(esim: dict[str, Any], fallback: str | None = None) -> str | None:
    text = esim.get("lpaString") or (esim.get("manual_installation") or {}).get("lpa_format")
    if not text:
        apple = str(esim.get("directAppleInstallUrl") or "")
        card = urlsplit(apple).query.partition("carddata=")[2]
        text = unquote(card) if card.upper().startswith("LPA") else None
    return text or fallback


def _esim(esim: dict[str, Any], fallback_lpa: str | None = None) -> Esim:
    iccid = esim.get("iccid")
    pending = bool(esim.get("isPending")) or str(esim.get("status", "")).upper() == "PENDING"
    text = None if pending else _lpa(esim, fallback_lpa)
    if text is None:
        return Esim(iccid=iccid)
    try:
        return Esim(iccid=iccid, activation=ActivationCode.parse(text))
    except ActivationCodeError:
        return Esim(iccid=iccid, raw_code=text)


def _money(value: Any, currency: str | None) -> Money | None:
    if value is None or currency is None:
        return None
    return Money.of(value, currency)


def created_order(data: dict[str, Any], plan: Plan) -> OrderResult:
    status = _STATUS.get(str(data.get("status")))
    http.expect(status is not None, NAME, "an order status")
    assert status is not None
    esims_json = data.get("esims") or []
    http.expect(isinstance(esims_json, list), NAME, "a list of eSIMs")
    # The top-level lpaString belongs to a single-eSIM order only.
    fallback = data.get("lpaString") if len(esims_json) == 1 else None
    esims = tuple(_esim(e, fallback) for e in esims_json if isinstance(e, dict))
    if status is OrderStatus.DELIVERED and any(e.activation is None for e in esims):
        # Paid, but some details are still missing: keep polling rather than show half.
        status = OrderStatus.PENDING
    currency = str(data.get("currency") or plan.price.currency)
    charged = data.get("final_price", data.get("amount"))
    return OrderResult(
        provider=ProviderId.ESIMFLY,
        order_id=str(http.field(data, "orderReference", NAME, str)),
        status=status,
        esims=esims,
        charged=_money(charged, currency),
        plan_code=plan.key.package_code if isinstance(plan.key, EsimflyKey) else None,
        balance_after=_money(data.get("newBalance"), currency),
    )


def polled_order(order: dict[str, Any], order_id: str, currency: str | None) -> OrderResult:
    esims_json = order.get("esims")
    if not isinstance(esims_json, list):
        esims_json = [order["esim"]] if isinstance(order.get("esim"), dict) else []
    esims = tuple(_esim(e) for e in esims_json if isinstance(e, dict))
    status = _STATUS.get(str(order.get("status") or "pending"), OrderStatus.PENDING)
    if status is OrderStatus.DELIVERED and (not esims or any(not e.ready for e in esims)):
        status = OrderStatus.PENDING
    amount = order.get("finalPrice", order.get("amount"))
    created = order.get("orderDate")
    return OrderResult(
        provider=ProviderId.ESIMFLY,
        order_id=str(order.get("orderReference") or order_id),
        status=status,
        esims=esims,
        charged=_money(amount, currency),
        plan_code=order.get("packageCode"),
        created_at=http.parse_time(created),
    )


def iso_time(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
