"""Sales to CSV for the shop owner's accounting. Activation codes are left out: anyone
holding one could install the traveller's eSIM."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path

from app.core.orders import Order

COLUMNS = [
    "created_at", "reference", "provider", "provider_order_id", "destination_code",
    "destination", "plan", "plan_id", "quantity", "status", "price", "price_currency",
    "charged", "charged_currency", "iccids", "training", "clerk", "failure_reason",
]  # fmt: skip


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
