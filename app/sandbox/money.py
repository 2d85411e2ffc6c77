"""Decimal helpers. No amount in the sandbox is ever a float."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from app.sandbox.config import IQD_PER_USD

CENT = Decimal("0.01")
DINAR = Decimal(1)


def usd(amount: Decimal) -> Decimal:
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def in_wallet_currency(amount_usd: Decimal, currency: str) -> Decimal:
    """USD catalogue price -> wallet amount: 2 decimals for USD, whole dinars for IQD."""
    if currency == "IQD":
        return (amount_usd * IQD_PER_USD).quantize(DINAR, rounding=ROUND_HALF_UP)
    return usd(amount_usd)


def wallet_round(amount: Decimal, currency: str) -> Decimal:
    return amount.quantize(DINAR if currency == "IQD" else CENT, rounding=ROUND_HALF_UP)


def trim(amount: Decimal) -> Decimal:
    """Keep at least two decimals but drop noise zeros: 4.2750 -> 4.275, 4.5 -> 4.50."""
    two = amount.quantize(CENT, rounding=ROUND_HALF_UP)
    if two == amount:
        return two
    return amount.normalize()


def is_number(value: object) -> bool:
    """JSON number as parsed with use_decimal=True (bool is an int, but not a number here)."""
    return isinstance(value, int | Decimal) and not isinstance(value, bool)
