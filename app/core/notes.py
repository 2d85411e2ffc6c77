"""Cash at the counter: the quick keys for the notes a customer hands over, and the amount
tendered read from what the clerk types, in the clerk's locale, as an exact Decimal."""

from __future__ import annotations

import re
import unicodedata
from decimal import ROUND_CEILING, Decimal

from babel.numbers import NumberFormatError, parse_decimal

from app.core.money import SANE_LIMIT, minor_units, usable_locale

# The notes in everyday use, smallest first. Coins and notes too rare for a tourist to hand
# over are left out: the keys are for what customers really pay with.
NOTES: dict[str, tuple[int, ...]] = {
    "USD": (1, 5, 10, 20, 50, 100),
    "EUR": (5, 10, 20, 50, 100, 200),
    "GBP": (5, 10, 20, 50),
    "CHF": (10, 20, 50, 100, 200),
    "IQD": (1000, 5000, 10000, 25000, 50000),
    "TRY": (5, 10, 20, 50, 100, 200),
    "AED": (5, 10, 20, 50, 100, 200, 500),
    "SAR": (5, 10, 50, 100, 500),
    "JOD": (1, 5, 10, 20, 50),
    "KWD": (1, 5, 10, 20),
    "EGP": (5, 10, 20, 50, 100, 200),
    "JPY": (1000, 5000, 10000),
    "THB": (20, 50, 100, 500, 1000),
    "INR": (10, 20, 50, 100, 200, 500),
}
# Digits and the separators of some locale; no signs, exponents or letters.
_TYPED = re.compile(r"^[0-9][0-9.,'’]*$|^[.,][0-9]+$")
# A note much smaller than the total is not what the customer pays it with.
_SMALLEST_SHARE = 5
MAX_KEYS = 4

# The 1 / 5 / 10 / 20 / 50 pattern most currencies follow, for a currency not in NOTES.
_PATTERN = (1, 5, 10, 20, 50)


def notes_of(currency: str) -> tuple[Decimal, ...]:
    known = NOTES.get(currency.upper())
    if known is not None:
        return tuple(Decimal(n) for n in known)
    return tuple(Decimal(m) * Decimal(10) ** k for k in range(13) for m in _PATTERN)


def quick_amounts(due: Decimal, currency: str, keys: int = MAX_KEYS) -> list[Decimal]:
    """Amounts a customer is likely to hand over for ``due``, smallest first: ``due``
    rounded up to each note worth at least a fifth of it (USD 5.99 → 10, 20, 50, 100;
    IQD 12,000 → 15,000, 20,000, 25,000, 50,000). The exact amount is not among them: it
    has its own key."""
    if due <= 0:
        return []
    found: set[Decimal] = set()
    for note in notes_of(currency):
        if note * _SMALLEST_SHARE < due:
            continue
        amount = (due / note).to_integral_value(rounding=ROUND_CEILING) * note
        if amount > due:
            found.add(amount)
    return sorted(found)[:keys]


def _ascii_digits(text: str) -> str:
    """Arabic-Indic, Persian and other decimal digits as 0-9; Arabic separators as the
    Latin ones babel expects once the digits are Latin."""
    out = []
    for char in text:
        if char.isdigit() and not char.isascii():
            out.append(str(unicodedata.digit(char)))
        else:
            out.append(char)
    return "".join(out)


def parse_amount(text: str, currency: str, locale: str = "en_US") -> Decimal | None:
    """What the clerk typed as an amount of ``currency``, or None if it is not one.

    Read in the clerk's locale ("12,50" in German, "12.50" in English, "١٢٫٥٠" in
    Arabic), never through float; refused when negative, absurdly large or with more
    decimals than the currency has.
    """
    cleaned = _ascii_digits(text.strip()).replace("\u066b", ".").replace("\u066c", ",")
    cleaned = cleaned.replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    if not cleaned or not _TYPED.match(cleaned):
        return None
    where = usable_locale(locale)
    try:
        # strict: "12.50" in German is not read as 1250 (babel would drop the "group").
        value = parse_decimal(cleaned, locale=where, strict=True)
    except NumberFormatError:
        return None
    if not value.is_finite() or value < 0 or value > SANE_LIMIT:
        return None
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and -exponent > minor_units(currency):
        return None
    return value
