"""Orders to journal rows and back.

Money and data allowances are written as the text of their Decimal (``"4.50"`` stays
``"4.50"``) and read back with ``Decimal(text)``; a float never exists on the way.
Datetimes are ISO 8601 in UTC with microseconds always present, so the text sorts in time
order and the indexes on it answer date ranges.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from app.core.activation import ActivationCode, ActivationCodeError
from app.core.countries import Destination, DestinationKind
from app.core.iccid import normalise
from app.core.money import Money, MoneyError, sane
from app.core.orders import Esim, Handback, Order, OrderStatus
from app.core.payment import Method, Payment, Tender
from app.core.phones import Answer, PhoneCheck
from app.core.plans import EsimflyKey, OctopusKey, Plan, PlanKey, ProviderId, TopupKey
from app.core.quote import Quote
from app.journal.errors import JournalError

log = logging.getLogger(__name__)

# What the journal reads: sqlite3.Row (indexable by column name, but not a Mapping) or a dict.
Row = sqlite3.Row | Mapping[str, Any]

SALE_COLUMNS: tuple[str, ...] = (
    "reference",
    "provider",
    "plan_id",
    "plan_key",
    "plan_name",
    "plan_description",
    "plan_slow",
    "destination_kind",
    "destination_code",
    "destination_name",
    "destination_alpha3",
    "data_gb",
    "validity_days",
    "price_amount",
    "price_currency",
    "quantity",
    "status",
    "provider_order_id",
    "charged_amount",
    "charged_currency",
    "failure_reason",
    "clerk",
    "training",
    "created_at",
    "updated_at",
    "resolved_at",
    # Schema 4 (issue 14): the quote, the cash handed over, the money owed back.
    *(
        "retail_unit",
        "retail_gross",
        "retail_net",
        "retail_tax",
        "retail_currency",
        "tax_rate",
        "cost_amount",
        "cost_currency",
        "cost_in_sale",
        "rate",
        "rate_set_on",
        "price_rule",
        "cash_tendered",
        "change_given",
        "handback",
        "handback_at",
    ),
)
_QUOTE_COLUMNS = SALE_COLUMNS[-16:-4]
PAYMENT_COLUMNS: tuple[str, ...] = ("reference", "position", "method", "amount", "currency")
ESIM_COLUMNS: tuple[str, ...] = (
    "reference",
    "position",
    "iccid",
    "iccid_search",
    "activation_code",
    "confirmation_code",
    "raw_code",
)


def _insert(table: str, columns: tuple[str, ...], verb: str = "INSERT") -> str:
    names = ", ".join(columns)
    values = ", ".join(f":{name}" for name in columns)
    return f"{verb} INTO {table} ({names}) VALUES ({values})"


INSERT_SALE = _insert("sales", SALE_COLUMNS)
# REPLACE per position: the caller has already merged what is stored with what is new.
UPSERT_ESIM = _insert("esims", ESIM_COLUMNS, "INSERT OR REPLACE")
INSERT_PAYMENT = _insert("payments", PAYMENT_COLUMNS)
# Schema _TOPUPS (issue 17): the eSIM a top-up sale adds to, searchable by its ICCID.
TOPUP_COLUMNS: tuple[str, ...] = ("reference", "iccid", "iccid_search", "package_code")
INSERT_TOPUP = _insert("topups", TOPUP_COLUMNS)
PHONE_CHECK_COLUMNS: tuple[str, ...] = ("reference", "answer", "model", "checked_at")
INSERT_PHONE_CHECK = _insert("phone_checks", PHONE_CHECK_COLUMNS)


# --- scalars ------------------------------------------------------------------------------


def time_text(moment: datetime) -> str:
    if moment.tzinfo is None or moment.utcoffset() is None:
        # A naive datetime could be local time or UTC; guessing would shift sales by hours.
        raise ValueError(f"naive datetime {moment.isoformat()}: pass a timezone-aware one")
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def parse_time(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)


def _decimal_text(value: Decimal) -> str:
    if not isinstance(value, Decimal):
        raise TypeError(f"expected a Decimal, not {type(value).__name__}")
    return str(value)


def key_text(key: PlanKey) -> str:
    if isinstance(key, TopupKey):
        data: dict[str, Any] = {"package_code": key.package_code, "topup_iccid": key.iccid}
    elif isinstance(key, EsimflyKey):
        data = {"package_code": key.package_code}
    else:
        # The amount is a JSON string: Octopus matches it digit for digit.
        data = {
            "product_id": key.product_id,
            "amount": _decimal_text(key.amount),
            "variant_id": key.variant_id,
        }
    return json.dumps(data, sort_keys=True, separators=(",", ":"))


def parse_key(text: str) -> PlanKey:
    data = json.loads(text)
    if "topup_iccid" in data:
        return TopupKey(str(data["package_code"]), str(data["topup_iccid"]))
    if "package_code" in data:
        return EsimflyKey(str(data["package_code"]))
    variant = data.get("variant_id")
    return OctopusKey(
        product_id=int(data["product_id"]),
        amount=Decimal(str(data["amount"])),
        variant_id=None if variant is None else int(variant),
    )


# --- Order -> rows ------------------------------------------------------------------------


def sale_row(order: Order, now: datetime, resolved_at: datetime | None = None) -> dict[str, Any]:
    """Every column of the sales table for ``order``, as of ``now``."""
    plan = order.plan
    destination = plan.destination
    if resolved_at is None and order.status.final:
        resolved_at = now
    return {
        "reference": order.reference,
        "provider": str(plan.provider),
        "plan_id": plan.id,
        "plan_key": key_text(plan.key),
        "plan_name": plan.name,
        "plan_description": plan.description,
        "plan_slow": int(plan.slow),
        "destination_kind": str(destination.kind),
        "destination_code": destination.code,
        "destination_name": destination.name,
        "destination_alpha3": destination.alpha3,
        "data_gb": None if plan.data_gb is None else _decimal_text(plan.data_gb),
        "validity_days": plan.validity_days,
        "price_amount": _decimal_text(plan.price.amount),
        "price_currency": plan.price.currency,
        "quantity": order.quantity,
        "status": str(order.status),
        "provider_order_id": order.provider_order_id,
        **charged_columns(order.charged),
        "failure_reason": order.failure_reason,
        "clerk": order.clerk,
        "training": int(order.training),
        "created_at": time_text(order.created_at),
        "updated_at": time_text(now),
        "resolved_at": None if resolved_at is None else time_text(resolved_at),
        **quote_columns(order.quote),
        **cash_columns(order.payment),
        "handback": None if order.handback is None else str(order.handback),
        "handback_at": None if order.handback_at is None else time_text(order.handback_at),
    }


def _opt_text(value: Decimal | None) -> str | None:
    return None if value is None else _decimal_text(value)


def quote_columns(quote: Quote | None) -> dict[str, str | None]:
    if quote is None:
        return dict.fromkeys(_QUOTE_COLUMNS)
    return {
        "retail_unit": _decimal_text(quote.unit_gross.amount),
        "retail_gross": _decimal_text(quote.gross.amount),
        "retail_net": _decimal_text(quote.net.amount),
        "retail_tax": _decimal_text(quote.tax.amount),
        "retail_currency": quote.currency,
        "tax_rate": _decimal_text(quote.tax_rate),
        "cost_amount": _decimal_text(quote.cost.amount),
        "cost_currency": quote.cost.currency,
        "cost_in_sale": _decimal_text(quote.cost_in_sale.amount),
        "rate": _opt_text(quote.rate),
        "rate_set_on": None if quote.rate_set_on is None else quote.rate_set_on.isoformat(),
        "price_rule": quote.rule,
    }


def cash_columns(payment: Payment | None) -> dict[str, str | None]:
    if payment is None or payment.cash_tendered is None:
        return {"cash_tendered": None, "change_given": None}
    return {
        "cash_tendered": _decimal_text(payment.cash_tendered.amount),
        "change_given": _decimal_text(payment.change.amount),
    }


def payment_rows(reference: str, payment: Payment | None) -> list[dict[str, Any]]:
    if payment is None:
        return []
    return [
        {
            "reference": reference,
            "position": position,
            "method": str(tender.method),
            "amount": _decimal_text(tender.amount.amount),
            "currency": tender.amount.currency,
        }
        for position, tender in enumerate(payment.tenders)
    ]


def charged_columns(charged: Money | None) -> dict[str, str | None]:
    if charged is None:
        return {"charged_amount": None, "charged_currency": None}
    return {"charged_amount": _decimal_text(charged.amount), "charged_currency": charged.currency}


def topup_rows(order: Order) -> list[dict[str, Any]]:
    """The top-up's target for the topups table; none for a sale of new eSIMs."""
    key = order.plan.key
    if not isinstance(key, TopupKey):
        return []
    return [
        {
            "reference": order.reference,
            "iccid": key.iccid,
            "iccid_search": normalise(key.iccid),
            "package_code": key.package_code,
        }
    ]


def esim_rows(reference: str, esims: Iterable[Esim]) -> list[dict[str, Any]]:
    return [
        {
            "reference": reference,
            "position": position,
            "iccid": esim.iccid,
            "iccid_search": normalise(esim.iccid) if esim.iccid else None,
            "activation_code": esim.activation.text if esim.activation else None,
            "confirmation_code": esim.confirmation_code,
            "raw_code": esim.raw_code,
        }
        for position, esim in enumerate(esims)
    ]


# --- rows -> Order ------------------------------------------------------------------------


def esim_from_row(row: Row) -> Esim:
    code = row["activation_code"]
    activation = None
    raw_code = row["raw_code"]
    if code:
        try:
            activation = ActivationCode.parse(code)
        except ActivationCodeError:
            # A stricter parser in a newer release must not lose a paid eSIM's code:
            # keep the text where unparsed codes live. The code itself is never logged.
            log.warning(
                "sale %s: stored activation code %d no longer parses; kept as raw text",
                row["reference"],
                row["position"],
            )
            raw_code = raw_code or code
    return Esim(
        iccid=row["iccid"],
        activation=activation,
        confirmation_code=row["confirmation_code"],
        raw_code=raw_code,
    )


def _destination(row: Row) -> Destination:
    return Destination(
        kind=DestinationKind(row["destination_kind"]),
        code=row["destination_code"],
        name=row["destination_name"],
        alpha3=row["destination_alpha3"],
    )


def plan_from_row(row: Row) -> Plan:
    data_gb = row["data_gb"]
    return Plan(
        provider=ProviderId(row["provider"]),
        key=parse_key(row["plan_key"]),
        destination=_destination(row),
        name=row["plan_name"],
        data_gb=None if data_gb is None else Decimal(data_gb),
        validity_days=int(row["validity_days"]),
        price=Money(Decimal(row["price_amount"]), row["price_currency"]),
        description=row["plan_description"],
        slow=bool(row["plan_slow"]),
    )


def _charged(row: Row) -> Money | None:
    """The charged amount, or None if the journal holds one no provider could mean
    (written by an older release that did not check): the sale stays readable, and the
    day report falls back to the plan's price."""
    text = row["charged_amount"]
    if text is None:
        return None
    try:
        amount = Decimal(text)
        if sane(amount):
            return Money(amount, row["charged_currency"])
    except (InvalidOperation, MoneyError, TypeError, ValueError):
        pass
    log.warning("sale %s: charged amount in the journal is out of range; ignored", row["reference"])
    return None


def quote_from_row(row: Row) -> Quote | None:
    """The sale's quote; None for a sale journalled before schema 4. Read as written: a
    quote that no longer passes Quote's checks is a JournalError (see order_from_row)."""
    if row["retail_gross"] is None:
        return None
    currency = row["retail_currency"]

    def money(column: str) -> Money:
        return Money(Decimal(row[column]), currency)

    rate = row["rate"]
    set_on = row["rate_set_on"]
    return Quote(
        cost=Money(Decimal(row["cost_amount"]), row["cost_currency"]),
        quantity=int(row["quantity"]),
        unit_gross=money("retail_unit"),
        gross=money("retail_gross"),
        net=money("retail_net"),
        tax=money("retail_tax"),
        tax_rate=Decimal(row["tax_rate"]),
        cost_in_sale=money("cost_in_sale"),
        rate=None if rate is None else Decimal(rate),
        rate_set_on=None if set_on is None else date.fromisoformat(set_on),
        rule=row["price_rule"] or "",
    )


def payment_from_rows(row: Row, tenders: Iterable[Row]) -> Payment | None:
    """The sale's payment; None for a sale journalled without one."""
    parts = tuple(
        Tender(Method(t["method"]), Money(Decimal(t["amount"]), t["currency"]))
        for t in sorted(tenders, key=lambda t: int(t["position"]))
    )
    if not parts:
        return None
    tendered = row["cash_tendered"]
    cash = None if tendered is None else Money(Decimal(tendered), parts[0].amount.currency)
    return Payment(parts, cash)


def order_from_row(row: Row, esims: Iterable[Row], tenders: Iterable[Row] = ()) -> Order:
    try:
        charged = _charged(row)
        handback = row["handback"]
        handback_at = row["handback_at"]
        return Order(
            plan=plan_from_row(row),
            reference=row["reference"],
            quantity=int(row["quantity"]),
            status=OrderStatus(row["status"]),
            created_at=parse_time(row["created_at"]),
            provider_order_id=row["provider_order_id"],
            esims=tuple(esim_from_row(e) for e in esims),
            charged=charged,
            failure_reason=row["failure_reason"],
            training=bool(row["training"]),
            clerk=row["clerk"],
            quote=quote_from_row(row),
            payment=payment_from_rows(row, tenders),
            handback=None if handback is None else Handback(handback),
            handback_at=None if handback_at is None else parse_time(handback_at),
        )
    except (ValueError, TypeError, KeyError, InvalidOperation, MoneyError) as exc:
        raise JournalError(
            f"Sale {row['reference']} in the journal cannot be read ({type(exc).__name__})."
        ) from exc


def phone_check_rows(
    reference: str, check: PhoneCheck | None, now: datetime
) -> list[dict[str, Any]]:
    if check is None:
        return []
    row = {"answer": str(check.answer), "model": check.model, "checked_at": time_text(now)}
    return [{"reference": reference, **row}]


def phone_check_from_row(row: Row) -> PhoneCheck:
    try:
        return PhoneCheck(Answer(row["answer"]), row["model"])
    except (ValueError, KeyError) as exc:
        raise JournalError(
            f"The phone check of sale {row['reference']} cannot be read ({type(exc).__name__})."
        ) from exc
