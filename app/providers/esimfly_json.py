"""eSIMfly's JSON turned into core types: packages into plans, order answers into
OrderResults. Pure functions; no HTTP here."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any
from urllib.parse import unquote, urlsplit

from app.core import countries
from app.core.activation import MAX_TEXT, ActivationCode, ActivationCodeError
from app.core.countries import Destination
from app.core.orders import Esim, OrderResult, OrderStatus
from app.core.plan_details import Activation, Network, PlanDetails
from app.core.plans import EsimflyKey, Plan, ProviderId
from app.core.refunds import CancelledEsim, CancelResult, EsimLiveStatus, ProviderRefundMethod
from app.providers import fields, http

NAME = "eSIMfly"
# Printable ASCII without spaces or the characters markup and scripts are made of.
_RAW = re.compile(r"^[\x21-\x7e]+\Z", re.ASCII)
_MARKUP = frozenset("<>\"'`\\")

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
    if not isinstance(package, dict):
        raise fields.bad(NAME, "package")
    kind = package.get("type")
    region = fields.clean_text(package.get("region")) or fields.clean_text(package.get("name"))
    region = region or ""
    if kind == "global":
        return countries.GLOBAL
    if kind == "regional":
        return countries.region(region)
    locations = package.get("locationNetworkList")
    if isinstance(locations, list) and len(locations) == 1 and isinstance(locations[0], dict):
        # The flag file is named by alpha-2 code: firmer ground than the free-text name.
        logo = fields.clean_text(locations[0].get("locationLogo"), 500) or ""
        stem = logo.rsplit("/", 1)[-1].split(".", 1)[0]
        found = countries.country(stem) if len(stem) == 2 else None
        if found is not None:
            return found
    return countries.country_by_name(region) or countries.region(region)


def plan_from(package: dict[str, Any], destination: Destination) -> Plan:
    unlimited = package.get("is_unlimited") is True
    data_gb = None
    if not unlimited:
        data_gb = fields.amount(http.field(package, "data_amount_gb", NAME), NAME, "data amount")
    code = fields.code_text(package.get("package_code"), NAME, "package code")
    currency = package.get("currency")
    return Plan(
        provider=ProviderId.ESIMFLY,
        key=EsimflyKey(code),
        destination=destination,
        name=fields.clean_text(package.get("name")) or code,
        data_gb=data_gb,
        validity_days=fields.integer(package.get("validity_days"), NAME, "validity", 1, 3650),
        price=fields.money(package.get("cost"), "USD" if currency is None else currency, NAME),
        details=details_from(package),
    )


# -- plan details: informational, so a malformed one is dropped, never the plan ------------

MAX_NETWORKS = 400  # a global package lists ~200 countries with one or two operators each
_ACTIVATION = {a.value: a for a in Activation if a is not Activation.UNKNOWN}


def _flag(value: Any) -> bool | None:
    return value if isinstance(value, bool) else None


def _count(value: Any) -> int | None:
    """Minutes or texts: a whole number, or "unlimited" (kept as a large count)."""
    if value == "unlimited":
        return 100_000
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 100_000:
        return None
    return value


def _networks(locations: Any) -> tuple[Network, ...]:
    if not isinstance(locations, list):
        return ()
    found: list[Network] = []
    for location in locations:
        if not isinstance(location, dict):
            continue
        country = fields.clean_text(location.get("locationName"), 80)
        operators = location.get("operatorList")
        if country is None or not isinstance(operators, list):
            continue
        for operator in operators:
            if not isinstance(operator, dict):
                continue
            name = fields.clean_text(operator.get("operatorName"), 60)
            generation = fields.clean_text(operator.get("networkType"), 16) or ""
            if name is not None and len(found) < MAX_NETWORKS:
                found.append(Network(country, name, generation))
    return tuple(found)


def details_from(package: dict[str, Any]) -> PlanDetails:
    """``features``, ``has_voice``/``has_sms``, the carrier fields (O2, Vodafone, Bouygues)
    and ``locationNetworkList`` (api-packages.md). Each field is optional and checked on
    its own: a wrong type reads as "not said"."""
    features = package.get("features")
    features = features if isinstance(features, dict) else {}
    voice = _count(features.get("voice_minutes"))
    sms = _count(features.get("sms_count"))
    details = package.get("voice_details")
    if isinstance(details, dict) and voice in (None, 0):
        # The carrier packages say "unlimited UK calls" rather than a minute count.
        if details.get("uk_calls_unlimited") is True:
            voice = _count("unlimited")
        if details.get("uk_texts_unlimited") is True and sms in (None, 0):
            sms = _count("unlimited")
    if voice is None and package.get("has_voice") is False:
        voice = 0
    if sms is None and package.get("has_sms") is False:
        sms = 0
    number = package.get("phone_number")
    policy = package.get("activation_policy")
    return PlanDetails(
        networks=_networks(package.get("locationNetworkList")),
        has_5g=_flag(package.get("has_5g")),
        rechargeable=_flag(features.get("is_rechargeable")),
        voice_minutes=voice,
        sms_count=sms,
        phone_number=isinstance(number, dict) or (False if "phone_number" in package else None),
        hotspot=_flag(package.get("has_hotspot")),
        activation=_ACTIVATION.get(policy, Activation.UNKNOWN)
        if isinstance(policy, str)
        else Activation.UNKNOWN,
    )


def _lpa(esim: dict[str, Any], fallback: Any = None) -> str | None:
    manual = esim.get("manual_installation")
    candidates = (
        esim.get("lpaString"),
        manual.get("lpa_format") if isinstance(manual, dict) else None,
        _from_apple_link(esim.get("directAppleInstallUrl")),
        fallback,
    )
    for text in candidates:
        if text is None or text == "":
            continue
        if not isinstance(text, str):
            raise fields.bad(NAME, "activation code")
        return text
    return None


def _from_apple_link(url: Any) -> str | None:
    if not isinstance(url, str) or len(url) > 2000:
        return None
    card = urlsplit(url).query.partition("carddata=")[2]
    return unquote(card) if card.upper().startswith("LPA") else None


def _esim(esim: dict[str, Any], fallback_lpa: Any = None) -> Esim:
    iccid = fields.iccid(esim.get("iccid"), NAME, placeholder_ok=True)
    status = esim.get("status")
    pending = bool(esim.get("isPending")) or (
        isinstance(status, str) and status.upper() == "PENDING"
    )
    text = None if pending else _lpa(esim, fallback_lpa)
    if text is None:
        return Esim(iccid=iccid)
    try:
        return Esim(iccid=iccid, activation=ActivationCode.parse(text))
    except ActivationCodeError:
        # Paid but unreadable: the order stays pending, and a near-miss is kept for support.
        return Esim(iccid=iccid, raw_code=raw_code(text))


def raw_code(text: str) -> str | None:
    """An activation code that does not parse, kept only if it is harmless to store and show."""
    if len(text) > MAX_TEXT or not _RAW.match(text) or not _MARKUP.isdisjoint(text):
        return None
    return text if text[:4].upper() == "LPA:" or text.startswith("1$") else None


def _status(value: Any, default: OrderStatus | None) -> OrderStatus | None:
    if value is None:
        return default
    if not isinstance(value, str):
        raise fields.bad(NAME, "order status")
    return _STATUS.get(value, default)


def _delivered_or_pending(status: OrderStatus, esims: tuple[Esim, ...]) -> OrderStatus:
    """Completed means delivered only with every eSIM's real ICCID and readable code;
    otherwise it is paid but not yet showable, so keep polling rather than show half."""
    if status is OrderStatus.DELIVERED and (not esims or not all(e.ready for e in esims)):
        return OrderStatus.PENDING
    return status


def created_order(data: dict[str, Any], plan: Plan) -> OrderResult:
    status = _status(data.get("status"), None)
    http.expect(status is not None, NAME, "an order status")
    assert status is not None
    if status is OrderStatus.CANCELLED:
        status = OrderStatus.FAILED  # a fresh order cancelled at once was never sold
    esims_json = fields.items(data.get("esims"), NAME, "list of eSIMs")
    # The top-level lpaString belongs to a single-eSIM order only.
    fallback = data.get("lpaString") if len(esims_json) == 1 else None
    esims = tuple(_esim(e, fallback) for e in esims_json)
    currency = data.get("currency")
    currency = plan.price.currency if currency is None else fields.currency(currency, NAME)
    charged = data.get("final_price", data.get("amount"))
    balance = data.get("newBalance")
    return OrderResult(
        provider=ProviderId.ESIMFLY,
        order_id=fields.order_id(data.get("orderReference"), NAME),
        status=_delivered_or_pending(status, esims),
        esims=esims,
        charged=fields.optional_money(charged, currency, NAME, "charged amount"),
        plan_code=plan.key.package_code if isinstance(plan.key, EsimflyKey) else None,
        balance_after=None
        if balance is None
        else fields.money(balance, currency, NAME, "balance", negative_ok=True),
    )


def polled_order(order: dict[str, Any], order_id: str, currency: str | None) -> OrderResult:
    esims_json = order.get("esims")
    if esims_json is None and order.get("esim") is not None:
        esims_json = [order["esim"]]
    esims = tuple(_esim(e) for e in fields.items(esims_json, NAME, "list of eSIMs"))
    status = _status(order.get("status"), OrderStatus.PENDING)
    assert status is not None
    if order.get("currency") is not None:
        currency = fields.currency(order["currency"], NAME)
    reference = order.get("orderReference")
    return OrderResult(
        provider=ProviderId.ESIMFLY,
        order_id=order_id if reference is None else fields.order_id(reference, NAME),
        status=_delivered_or_pending(status, esims),
        esims=esims,
        charged=fields.optional_money(
            order.get("finalPrice", order.get("amount")), currency, NAME, "charged amount"
        ),
        plan_code=fields.optional_code_text(order.get("packageCode"), NAME, "package code"),
        created_at=fields.time(order.get("orderDate"), NAME, "order date"),
    )


def iso_time(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


# -- after the sale: live status and cancel (esimfly-newer/) -------------------------------

_REFUND_METHODS = {m.value: m for m in ProviderRefundMethod}
MAX_STATUS = 32


def live_status(body: dict[str, Any], asked: str) -> EsimLiveStatus:
    """``POST /esims/status``'s ``data``; the ICCID must be the one asked about."""
    data = http.field(body, "data", NAME, dict)
    iccid = fields.iccid(data.get("iccid"), NAME, placeholder_ok=False) or asked
    if iccid != asked:
        raise fields.bad(NAME, "ICCID")
    status = fields.code_text(data.get("status"), NAME, "eSIM status", MAX_STATUS).upper()
    device = data.get("device")
    network = data.get("last_network")
    return EsimLiveStatus(
        iccid=iccid,
        status=status,
        activated_at=fields.time(data.get("activation_date"), NAME, "activation date"),
        expires_at=fields.time(data.get("expiry_date"), NAME, "expiry date"),
        device_model=fields.clean_text(device.get("model"), 80)
        if isinstance(device, dict)
        else None,
        network=fields.clean_text(network.get("operator"), 80)
        if isinstance(network, dict)
        else None,
    )


def cancel_result(body: dict[str, Any], asked: str, wallet: str | None) -> CancelResult:
    """A successful cancel answer. Amounts are in ``data.currency`` (else the wallet's).
    Without ``cancel_results`` the eSIM asked about is the one cancelled."""
    data = http.field(body, "data", NAME, dict)
    code = data.get("currency", wallet)
    if code is None:
        raise fields.bad(NAME, "currency")
    currency = fields.currency(code, NAME)
    method_text = data.get("refund_method")
    method = None
    if method_text is not None:
        method = _REFUND_METHODS.get(method_text) if isinstance(method_text, str) else None
        if method is None:
            raise fields.bad(NAME, "refund method")
    refunded = fields.optional_money(data.get("refunded_amount"), currency, NAME, "refund")
    rows = fields.items(data.get("cancel_results"), NAME, "cancel results")
    cancelled: list[CancelledEsim] = []
    for row in rows:
        ok = row.get("success")
        if not isinstance(ok, bool):
            raise fields.bad(NAME, "cancel result")
        iccid = fields.iccid(row.get("iccid"), NAME, placeholder_ok=False)
        amount = fields.optional_money(row.get("refundAmount"), currency, NAME, "refund")
        if ok and iccid is not None:
            cancelled.append(CancelledEsim(iccid, amount))
    if not rows:
        cancelled.append(CancelledEsim(asked, refunded))
    return CancelResult(
        method=method,
        cancelled=tuple(cancelled),
        refunded=refunded,
        message=fields.clean_text(body.get("message")),
    )
