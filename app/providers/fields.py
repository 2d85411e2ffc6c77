"""Every field a provider sends, checked against what the docs allow.

The JSON modules read answers through these functions, so a field of the wrong type, an
absurd number or text that is not what it claims to be becomes an
:class:`~app.core.errors.InvalidResponseError` at the boundary, never a value deeper in.
Free text meant for a clerk (a failure reason) is not refused but cleaned: control and
bidi characters go, and it is cut short.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from app.core import iccid as iccids
from app.core.errors import InvalidResponseError
from app.core.money import Money, MoneyError, parse_amount, parse_currency

MAX_ORDER_ID = 128
MAX_REFERENCE = 255  # Octopus: client_reference is printable ASCII of at most 255
MAX_CLEAN_TEXT = 300
_PRINTABLE_ASCII = re.compile(r"^[\x21-\x7e]+\Z", re.ASCII)
_MAX_INT = 2**63 - 1  # what SQLite and the providers' databases hold


def bad(provider: str, what: str) -> InvalidResponseError:
    return InvalidResponseError(
        f"{provider} sent an answer with an unusable {what}.", provider=provider
    )


def code_text(value: Any, provider: str, what: str, max_len: int = MAX_ORDER_ID) -> str:
    """An identifier: 1 to ``max_len`` printable ASCII characters, no spaces."""
    if not isinstance(value, str) or len(value) > max_len or not _PRINTABLE_ASCII.match(value):
        raise bad(provider, what)
    return value


def optional_code_text(
    value: Any, provider: str, what: str, max_len: int = MAX_ORDER_ID
) -> str | None:
    return None if value is None or value == "" else code_text(value, provider, what, max_len)


def order_id(value: Any, provider: str) -> str:
    """An order id: a positive integer (Octopus) or bounded printable ASCII (eSIMfly)."""
    if isinstance(value, int) and not isinstance(value, bool):
        if not 0 < value <= _MAX_INT:
            raise bad(provider, "order id")
        return str(value)
    return code_text(value, provider, "order id")


def integer(value: Any, provider: str, what: str, low: int = 0, high: int = _MAX_INT) -> int:
    """A JSON integer (``true`` is not one) within ``low``..``high``."""
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise bad(provider, what)
    return value


def amount(
    value: Any, provider: str, what: str = "amount", *, negative_ok: bool = False
) -> Decimal:
    try:
        return parse_amount(value, negative_ok=negative_ok)
    except MoneyError as exc:
        raise bad(provider, what) from exc


def currency(value: Any, provider: str) -> str:
    try:
        return parse_currency(value)
    except MoneyError as exc:
        raise bad(provider, "currency") from exc


def money(
    value: Any, code: Any, provider: str, what: str = "amount", *, negative_ok: bool = False
) -> Money:
    return Money(amount(value, provider, what, negative_ok=negative_ok), currency(code, provider))


def optional_money(value: Any, code: Any, provider: str, what: str = "amount") -> Money | None:
    """None when the amount or the currency is absent; refused when either is garbage."""
    if value is None or code is None:
        return None
    return money(value, code, provider, what)


def iccid(value: Any, provider: str, *, placeholder_ok: bool) -> str | None:
    """A real ICCID's digits, None when absent, or (``placeholder_ok``) ``PENDING_…``."""
    if value is None or value == "":
        return None
    if placeholder_ok and iccids.is_placeholder_text(value):
        return str(value)
    try:
        return iccids.parse(value)
    except iccids.IccidError as exc:
        raise bad(provider, "ICCID") from exc


def time(value: Any, provider: str, what: str = "time") -> datetime | None:
    """An ISO 8601 time (naive means UTC), None when absent."""
    if value is None or value == "":
        return None
    if not isinstance(value, str) or len(value) > 40:
        raise bad(provider, what)
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError as exc:
        raise bad(provider, what) from exc
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def clean_text(value: Any, max_len: int = MAX_CLEAN_TEXT) -> str | None:
    """Provider prose for a clerk's eyes: no control or bidi characters, cut short."""
    if not isinstance(value, str):
        return None
    kept = "".join(
        " " if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") else ch
        for ch in value[: max_len * 2]
    )
    text = " ".join(kept.split())[:max_len]
    return text or None


def items(value: Any, provider: str, what: str, limit: int = 100) -> list[dict[str, Any]]:
    """A JSON list of objects (None reads as empty), at most ``limit`` long."""
    if value is None:
        return []
    if not isinstance(value, list) or len(value) > limit:
        raise bad(provider, what)
    if not all(isinstance(item, dict) for item in value):
        raise bad(provider, what)
    return value
