"""The WHERE clause behind the history search, shared by ``search`` and ``count``.

Each thing a clerk may type is matched through its own index and the matches are joined
with UNION: one OR across columns would make SQLite give up the indexes and read every
sale. Only the name matches (destination and plan, anywhere in the text) read the whole
table, which at 100,000 sales takes a few tens of milliseconds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from app.core.iccid import normalise
from app.core.orders import OrderStatus
from app.journal.codec import time_text

_LIKE_ESCAPE = "\\"


@dataclass(slots=True)
class Filter:
    where: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)

    @property
    def sql(self) -> str:
        return " WHERE " + " AND ".join(self.where) if self.where else ""


def _after_prefix(prefix: str) -> str:
    """The smallest text greater than every text starting with ``prefix``."""
    last = ord(prefix[-1])
    if last >= 0x10FFFF:
        return prefix + chr(0x10FFFF)
    return prefix[:-1] + chr(last + 1)


def _prefix(column: str, prefix: str, params: list[Any]) -> str:
    # A range rather than LIKE 'x%': it uses the index whatever the collation and needs
    # no escaping of % and _ typed by the clerk.
    params += [prefix, _after_prefix(prefix)]
    return f"({column} >= ? AND {column} < ?)"


def _like_pattern(text: str) -> str:
    escaped = text.replace(_LIKE_ESCAPE, _LIKE_ESCAPE * 2).replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _text_match(text: str, params: list[Any]) -> str:
    """``sales.reference IN (...)`` for every sale the typed text identifies."""
    variants = sorted({text, text.upper(), text.lower()})
    parts: list[str] = []
    iccid = normalise(text)
    if iccid:
        # ICCIDs are compared without the spaces and dashes they are often printed with.
        parts.append(f"SELECT reference FROM esims WHERE {_prefix('iccid_search', iccid, params)}")
        # A top-up sale is found by the ICCID of the eSIM it topped up.
        parts.append(f"SELECT reference FROM topups WHERE {_prefix('iccid_search', iccid, params)}")
    for variant in variants:
        parts.append(
            "SELECT reference FROM sales WHERE " + _prefix("provider_order_id", variant, params)
        )
        parts.append("SELECT reference FROM sales WHERE " + _prefix("reference", variant, params))
    marks = ", ".join("?" for _ in variants)
    parts.append(f"SELECT reference FROM sales WHERE destination_code IN ({marks})")
    params += variants
    parts.append(f"SELECT reference FROM sales WHERE destination_alpha3 IN ({marks})")
    params += variants
    if iccid.isascii() and iccid.isdigit() and len(iccid) >= 6:
        # A long run of digits is an ICCID or an order number, never part of a
        # destination or plan name: skip the one match that reads every sale.
        return "sales.reference IN (" + " UNION ".join(parts) + ")"
    # LIKE ignores ASCII case, which covers the English names the journal keeps.
    parts.append(
        "SELECT reference FROM sales WHERE destination_name LIKE ? ESCAPE '\\' "
        "OR plan_name LIKE ? ESCAPE '\\'"
    )
    params += [_like_pattern(text)] * 2
    return "sales.reference IN (" + " UNION ".join(parts) + ")"


def build(
    *,
    text: str = "",
    status: OrderStatus | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    training: bool | None = None,
) -> Filter:
    """``since`` is inclusive and ``until`` exclusive, so consecutive days never overlap."""
    found = Filter()
    text = text.strip()
    if text:
        found.where.append(_text_match(text, found.params))
    if status is not None:
        found.where.append("sales.status = ?")
        found.params.append(str(OrderStatus(status)))
    if since is not None:
        found.where.append("sales.created_at >= ?")
        found.params.append(time_text(since))
    if until is not None:
        found.where.append("sales.created_at < ?")
        found.params.append(time_text(until))
    if training is not None:
        found.where.append("sales.training = ?")
        found.params.append(int(training))
    return found
