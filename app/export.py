"""Sales to CSV for the shop owner's accounting. Activation codes are left out: anyone
holding one could install the traveller's eSIM."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path

from app.core.orders import Order
from app.core.payment import Method

COLUMNS = [
    "created_at", "reference", "provider", "provider_order_id", "destination_code",
    "destination", "plan", "plan_id", "quantity", "status", "price", "price_currency",
    "charged", "charged_currency", "iccids", "training", "clerk", "failure_reason",
    # Issue 14: the shop's side. Retail, net, tax, cost and margin are in retail_currency
    # (cost converted at the rate of the sale, unrounded); paid_* is the part of the total
    # paid by each method; cash_tendered and change are for the cash part.
    "retail", "net", "tax", "tax_rate", "cost", "margin", "retail_currency",
    "paid_cash", "paid_card", "paid_transfer", "paid_other", "cash_tendered", "change",
    "handback",
]  # fmt: skip
NONE = "—"  # a sale journalled before prices and payments were: nothing to show


def retail(order: Order) -> list[str]:
    quote = order.quote
    if quote is None:
        return [NONE] * 7
    return [
        str(quote.gross.amount),
        str(quote.net.amount),
        str(quote.tax.amount),
        str(quote.tax_rate),
        str(quote.cost_in_sale.amount),
        str(quote.margin.amount),
        quote.currency,
    ]


def payment(order: Order) -> list[str]:
    paid = order.payment
    if paid is None:
        return [NONE] * 7
    by_method = {tender.method: str(tender.amount.amount) for tender in paid.tenders}
    tendered = paid.cash_tendered
    return [
        *(by_method.get(method, "") for method in Method),
        "" if tendered is None else str(tendered.amount),
        "" if tendered is None else str(paid.change.amount),
        "" if order.handback is None else order.handback.value,
    ]


def row(order: Order) -> list[str]:
    plan = order.plan
    charged = order.charged
    return [
        order.created_at.isoformat(),
        order.reference,
        plan.provider.value,
        order.provider_order_id or "",
        plan.destination.code,
        plan.destination.name,
        plan.name,
        plan.id,
        str(order.quantity),
        order.status.value,
        str(plan.price.amount),
        plan.price.currency,
        "" if charged is None else str(charged.amount),
        "" if charged is None else charged.currency,
        " ".join(e.iccid for e in order.esims if e.iccid),
        "yes" if order.training else "no",
        order.clerk,
        order.failure_reason or "",
        *retail(order),
        *payment(order),
    ]


def write_csv(path: Path, orders: Iterable[Order]) -> int:
    """Write the sales (UTF-8 with BOM so spreadsheet programs read accents); return count."""
    count = 0
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        for order in orders:
            writer.writerow(row(order))
            count += 1
    return count
