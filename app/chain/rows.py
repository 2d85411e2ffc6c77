"""Central (PostgreSQL) values back into the local journal's text form.

The central tables hold money as NUMERIC and times as timestamptz; the local codec
(``app.journal.codec``) reads TEXT. Turning a central row back into the local form lets
central reads decode with the very same codec, so every Decimal is exact and every time
the same UTC instant.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from app.journal.codec import time_text

# Central columns that are not the local table's own.
CHAIN_COLUMNS = frozenset({"shop", "counter", "pushed_at"})


def to_local(value: object) -> object:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime):
        return time_text(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def local_row(row: Mapping[str, Any], *, keep_chain: bool = False) -> dict[str, Any]:
    """A central row as the local table's row (plus shop/counter/pushed_at if asked)."""
    return {
        name: to_local(value)
        for name, value in row.items()
        if keep_chain or name not in CHAIN_COLUMNS
    }
