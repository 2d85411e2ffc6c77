"""ICCIDs: 18–20 digits starting 89 with a Luhn check digit.

Sandboxes and some operators hand out odd values, and refusing a paid eSIM would be worse
than showing it: :func:`check` returns warnings, it never rejects. What a provider sends
must still *be* an ICCID: :func:`parse` takes 18 to 22 ASCII digits (ITU-T E.118 allows up
to 22 with padding), optionally grouped by ASCII spaces or hyphens, and nothing else.
Full-width or Arabic-Indic digits, control and bidi characters, a trailing newline, markup
or a word are refused rather than cleaned up: a provider that sends them is not sending an
ICCID.
"""

from __future__ import annotations

import re

_ICCID = re.compile(r"^[0-9]{18,22}\Z", re.ASCII)
# eSIMfly's stand-in while an eSIM is provisioned: "PENDING_B12345678901234_1756393024924".
_PLACEHOLDER = re.compile(r"^PENDING[\x21-\x7e]{0,57}\Z", re.ASCII | re.IGNORECASE)


class IccidError(ValueError):
    """Text that is not an ICCID."""


def parse(value: object) -> str:
    """The ICCID's digits, or :class:`IccidError` for anything that is not one."""
    if not isinstance(value, str) or len(value) > 40:
        raise IccidError("an ICCID is 18 to 22 digits of text")
    digits = value.replace(" ", "").replace("-", "")
    if not _ICCID.match(digits):
        raise IccidError("an ICCID is 18 to 22 digits")
    return digits


def is_placeholder_text(value: object) -> bool:
    """A well-formed stand-in ICCID (``PENDING_…``) of an eSIM still being provisioned."""
    return isinstance(value, str) and bool(_PLACEHOLDER.match(value))


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
    if not isinstance(iccid, str):
        return ""  # a journal row or answer of the wrong type is no ICCID at all
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
    return not isinstance(iccid, str) or not iccid or iccid.upper().startswith("PENDING")


def group(iccid: str) -> str:
    """Digits in groups of four, easier to read aloud across a counter."""
    value = normalise(iccid)
    return " ".join(value[i : i + 4] for i in range(0, len(value), 4))
