"""Sales to CSV for the shop owner's accounting. Activation codes are left out: anyone
holding one could install the traveller's eSIM."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.orders import Order
from app.core.payment import Method

if TYPE_CHECKING:
    from app.journal.refunds import RefundLine

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
# What the shop pays the provider, and what it keeps: for the owner only (issue 14). A
# clerk's export leaves these columns out altogether rather than blanking them.
OWNER_ONLY = frozenset({"price", "price_currency", "charged", "charged_currency", "cost", "margin"})
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


def columns(*, owner: bool = True) -> list[str]:
    """The CSV's columns: all of them for the owner, without cost and margin otherwise."""
    return [name for name in COLUMNS if owner or name not in OWNER_ONLY]


def refund_row(line: RefundLine) -> list[str]:
    """A refund as a negative line (issue 15): its status (REFUNDED or PENDING_PROVIDER)
    and own reference, ``refund of <sale reference>`` in the reason column, the amount to
    the customer negative in ``retail`` and in each method's column, and what came back to
    the provider's balance negative in ``charged``."""
    cells = dict.fromkeys(COLUMNS, "")
    back = line.provider_amount
    cells.update(
        created_at=line.at.isoformat(),
        reference=line.refund_reference,
        provider=line.provider,
        status=str(line.state),
        charged="" if back is None else str(-back.amount),
        charged_currency="" if back is None else back.currency,
        training="yes" if line.training else "no",
        clerk=line.clerk,
        failure_reason=f"refund of {line.sale_reference}",
        retail=str(line.amount.amount),
        retail_currency=line.amount.currency,
    )
    for tender in line.methods:
        cells[f"paid_{tender.method.value}"] = str(-tender.amount.amount)
    return [cells[name] for name in COLUMNS]


def write_csv(
    path: Path,
    orders: Iterable[Order],
    *,
    owner: bool = True,
    refunds: Iterable[RefundLine] = (),
) -> int:
    """Write the sales, then the refunds as negative lines (UTF-8 with BOM so spreadsheet
    programs read accents); return the count of rows. Without ``owner`` the provider's
    price, the charge, cost and margin are left out."""
    keep = [i for i, name in enumerate(COLUMNS) if owner or name not in OWNER_ONLY]
    count = 0
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow(columns(owner=owner))
        for cells in [*(row(order) for order in orders), *(refund_row(r) for r in refunds)]:
            writer.writerow([cells[i] for i in keep])
            count += 1
    return count
