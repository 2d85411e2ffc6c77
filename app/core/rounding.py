"""How a shop rounds a marked-up price into the price on the shelf.

Every mode rounds *up*, to the first step at or above the marked-up amount: the issue's
"nearest 0.50" and "nearest 250 dinars" are read as "the next 0.50" and "the next 250".
Rounding down could take a price below what the owner's markup asked for (and, with no
markup, below the provider's cost); rounding up costs the traveller at most one step.
Exact Decimal throughout; the result always has the sale currency's minor units.
"""

from __future__ import annotations

from decimal import ROUND_CEILING, Decimal
from enum import StrEnum

from app.core.money import minor_units


class Rounding(StrEnum):
    """The value is what the price list stores; do not rename a value once shipped."""

    NONE = "none"  # up to the currency's minor units only (4.2751 -> 4.28)
    X99 = "x.99"  # up to the next N.99 (5.5575 -> 5.99; 5.99 stays; 6.00 -> 6.99)
    HALF = "0.50"  # up to the next multiple of 0.50
    WHOLE = "1"  # up to the next whole unit
    STEP_250 = "250"  # up to the next 250 (dinars and other large-unit currencies)
    STEP_500 = "500"
    STEP_1000 = "1000"


_STEPS = {
    Rounding.HALF: Decimal("0.50"),
    Rounding.WHOLE: Decimal(1),
    Rounding.STEP_250: Decimal(250),
    Rounding.STEP_500: Decimal(500),
    Rounding.STEP_1000: Decimal(1000),
}
_CENT = Decimal("0.01")


def _up_to(amount: Decimal, step: Decimal) -> Decimal:
    """The smallest multiple of ``step`` that is at least ``amount``."""
    return (amount / step).to_integral_value(rounding=ROUND_CEILING) * step


def apply(rounding: Rounding, amount: Decimal, currency: str) -> Decimal:
    """``amount`` (in ``currency``) rounded up by ``rounding``, with the currency's decimals.

    x.99 needs cents: for a currency without them (IQD) it rounds to whole units instead.
    """
    digits = minor_units(currency)
    unit = Decimal(1).scaleb(-digits)
    if rounding is Rounding.NONE:
        result = _up_to(amount, unit)
    elif rounding is Rounding.X99:
        if digits < 2:
            result = _up_to(amount, Decimal(1))
        else:
            # N.99 at or above amount: the next whole unit above amount, less a cent.
            result = _up_to(amount + _CENT, Decimal(1)) - _CENT
    else:
        # A step finer than the currency's unit (0.50 of a dinar) is the unit itself.
        result = _up_to(amount, max(_STEPS[rounding], unit))
    return result.quantize(unit)
