"""ICCIDs: 18–20 digits starting 89 with a Luhn check digit.

Sandboxes and some operators hand out odd values, and refusing a paid eSIM would be worse
than showing it: :func:`check` returns warnings, it never rejects.
"""

from __future__ import annotations


def luhn_valid(digits: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char)
        if index % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def luhn_check_digit(body: str) -> str:
    for digit in "0123456789":
        if luhn_valid(body + digit):
            return digit
    raise AssertionError("unreachable: one digit always completes a Luhn sum")


def _digits(text: str) -> bool:
    """ASCII digits only: str.isdigit() also accepts Arabic-Indic and full-width ones."""
    return text.isascii() and text.isdigit()


def normalise(iccid: str) -> str:
    """Drop spaces and dashes some providers print for readability; keep a trailing F."""
    return "".join(ch for ch in iccid.strip() if ch not in " -").upper()


def check(iccid: str) -> list[str]:
    """Plain-words warnings about an ICCID (empty when it looks right)."""
    value = normalise(iccid)
    if not value:
        return ["The ICCID is empty."]
    if value.endswith("F") and _digits(value[:-1]):
        # Some SIM tools print the padding nibble of a 19-digit ICCID.
        value = value[:-1]
    if not _digits(value):
        return ["The ICCID contains characters other than digits."]
    warnings = []
    if not value.startswith("89"):
        warnings.append("The ICCID does not start with 89.")
    if not 18 <= len(value) <= 20:
        warnings.append(f"The ICCID has {len(value)} digits instead of 18 to 20.")
    if not luhn_valid(value):
        warnings.append("The ICCID's check digit is wrong.")
    return warnings


def is_placeholder(iccid: str | None) -> bool:
    """eSIMfly's stand-in ICCID for an eSIM still being provisioned (``PENDING_…``)."""
    return not iccid or iccid.upper().startswith("PENDING")


def group(iccid: str) -> str:
    """Digits in groups of four, easier to read aloud across a counter."""
    value = normalise(iccid)
    return " ".join(value[i : i + 4] for i in range(0, len(value), 4))
