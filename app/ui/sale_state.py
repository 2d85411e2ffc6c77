"""What became of a sale, as the counter window shows it."""

from __future__ import annotations

from enum import StrEnum


class SaleResult(StrEnum):
    """The outcome a sale shows in the sell panel (the value names its colour in
    resources/style.qss)."""

    SOLD = "success"
    PENDING = "pending"
    FAILED = "failed"
    UNKNOWN = "unknown"
