"""Money as Decimal with the currency's minor units; never float.

Two sets of bounds keep absurd numbers out. Every :class:`Money` refuses amounts that
Decimal arithmetic or babel formatting cannot handle (``1E+999999999`` overflows a sum,
a 5,000-digit fraction stalls formatting): under 10^24 with at most 24 decimals. What a
provider sends must also be *sane* (:func:`parse_amount`): at most 10^12 (a trillion of
any currency) and 12 decimals, and not negative where a price or a charge is meant.
A day's sums of sane amounts stay far inside the first bound.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any

# ISO 4217 gives IQD three minor units, but eSIMfly (and CLDR) count whole dinars.
_MINOR_UNITS_OVERRIDE = {"IQD": 0}


_NUMERAL = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$", re.ASCII)
_MAX_NUMERAL = 64  # characters of a numeral in text; longer is never an amount

# Representable: what Money itself accepts (see the module docstring).
MAX_DIGITS_BEFORE = 24
MAX_DECIMALS = 24
# Sane: what a provider may send.
SANE_LIMIT = Decimal(10) ** 12
SANE_DECIMALS = 12


class MoneyError(ValueError):
    """An amount that cannot be money (a float, text that is not a number, ...)."""


def minor_units(currency: str) -> int:
    """How many decimals the currency is shown and charged with."""
    code = currency.upper()
    if code in _MINOR_UNITS_OVERRIDE:
        return _MINOR_UNITS_OVERRIDE[code]
    return get_currency_precision(code)


def get_currency_precision(code: str) -> int:
    """CLDR's decimals for ``code``. babel is imported where used, here and below, not at
    start-up: the counter window shows before any amount does."""
    from babel.numbers import get_currency_precision as precision

    return precision(code)


def to_decimal(value: Any) -> Decimal:
    """Turn a parsed JSON number (Decimal, int) or numeric text into Decimal.

    Floats are refused outright: by the time a float exists the exact value is gone.
    """
    if isinstance(value, bool | float):
        raise MoneyError(f"amount must not be a {type(value).__name__}: {value!r}")
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, int):
        result = Decimal(value)
    elif isinstance(value, str):
        # Only plain ASCII numerals: Decimal() would also take "1_000" and Arabic digits.
        if len(value) > _MAX_NUMERAL or not _NUMERAL.match(value.strip()):
            raise MoneyError(f"not a number: {value!r}")
        try:
            result = Decimal(value.strip())
        except InvalidOperation as exc:
            raise MoneyError(f"not a number: {value!r}") from exc
    else:
        raise MoneyError(f"not an amount: {value!r}")
    if not result.is_finite():
        raise MoneyError(f"not a finite amount: {value!r}")
    return result


def representable(amount: Decimal) -> bool:
    """Whether Decimal sums and babel can work with ``amount`` (finite, bounded)."""
    if not amount.is_finite():
        return False
    exponent = amount.as_tuple().exponent
    assert isinstance(exponent, int)  # finite numbers have an integer exponent
    if not -MAX_DECIMALS <= exponent <= MAX_DIGITS_BEFORE:
        return False
    return amount.is_zero() or amount.adjusted() < MAX_DIGITS_BEFORE


def sane(amount: Decimal, *, negative_ok: bool = False) -> bool:
    """Whether a provider could really mean ``amount``: see the module docstring."""
    if not representable(amount) or abs(amount) >= SANE_LIMIT:
        return False
    exponent = amount.as_tuple().exponent
    assert isinstance(exponent, int)
    return exponent >= -SANE_DECIMALS and (negative_ok or amount >= 0)


def parse_amount(value: Any, *, negative_ok: bool = False) -> Decimal:
    """A provider's amount (JSON number or numeral text) as Decimal, if it is sane.

    ``negative_ok`` is for balances (a postpaid wallet can be below zero), never for prices
    or charges.
    """
    result = to_decimal(value)
    if not sane(result, negative_ok=negative_ok):
        raise MoneyError(f"not a plausible amount: {str(value)[:40]!r}")
    return result


@cache
def _known_currencies() -> frozenset[str]:
    from babel.numbers import list_currencies

    return frozenset(list_currencies())


def parse_currency(value: Any) -> str:
    """An ISO 4217 code CLDR knows (``usd`` reads as ``USD``); MoneyError otherwise."""
    if not isinstance(value, str) or len(value) != 3:
        raise MoneyError(f"not a currency code: {str(value)[:20]!r}")
    code = value.upper()
    if not (code.isascii() and code.isalpha()) or code not in _known_currencies():
        raise MoneyError(f"not a currency code: {value!r}")
    return code


@cache
def usable_locale(name: str) -> str:
    """``name`` if CLDR knows it, else US English ("C" and "POSIX" are not locales)."""
    from babel import Locale, UnknownLocaleError

    try:
        Locale.parse(name.replace("-", "_"))
    except (ValueError, TypeError, UnknownLocaleError):
        return "en_US"
    return name.replace("-", "_")


@dataclass(frozen=True, slots=True)
class Money:
    """An exact amount in one currency (ISO 4217 code).

    The amount is kept exactly as the provider gave it (``4.275`` stays ``4.275``);
    rounding to minor units only happens when asked for.
    """

    amount: Decimal
    currency: str

    def __post_init__(self) -> None:
        amount = to_decimal(self.amount)
        if not representable(amount):
            raise MoneyError(f"amount out of range: {str(amount)[:40]}")
        object.__setattr__(self, "amount", amount)
        code = str(self.currency).strip().upper()
        if len(code) != 3 or not (code.isascii() and code.isalpha()):
            raise MoneyError(f"not a currency code: {self.currency!r}")
        object.__setattr__(self, "currency", code)

    @classmethod
    def of(cls, value: Any, currency: str) -> Money:
        return cls(to_decimal(value), currency)

    @property
    def minor_units(self) -> int:
        return minor_units(self.currency)

    def rounded(self) -> Money:
        """The amount rounded half-up to the currency's minor units."""
        exponent = Decimal(1).scaleb(-self.minor_units)
        return Money(self.amount.quantize(exponent, rounding="ROUND_HALF_UP"), self.currency)

    def _same(self, other: Money) -> None:
        if not isinstance(other, Money):
            raise TypeError(f"cannot combine Money with {type(other).__name__}")
        if other.currency != self.currency:
            raise MoneyError(f"cannot combine {self.currency} with {other.currency}")

    def __add__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.amount + other.amount, self.currency)

    def __sub__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.amount - other.amount, self.currency)

    def __lt__(self, other: Money) -> bool:
        self._same(other)
        return self.amount < other.amount

    def __le__(self, other: Money) -> bool:
        self._same(other)
        return self.amount <= other.amount

    def __gt__(self, other: Money) -> bool:
        self._same(other)
        return self.amount > other.amount

    def __ge__(self, other: Money) -> bool:
        self._same(other)
        return self.amount >= other.amount

    def format(self, locale: str = "en_US") -> str:
        """``USD 4.50``, ``IQD 969``, ``USD 4.275`` in the given locale's digits and separators.

        Extra digits beyond the currency's minor units are shown, not rounded away:
        a clerk must see what was really charged.
        """
        locale = usable_locale(locale)
        digits = self.minor_units
        pattern = "¤¤\u00a0#,##0" + ("." + "0" * digits if digits else "")
        from babel.numbers import format_currency

        return format_currency(
            self.amount,
            self.currency,
            format=pattern,
            locale=locale,
            currency_digits=False,
            decimal_quantization=False,
        )

    def __str__(self) -> str:
        return self.format()
