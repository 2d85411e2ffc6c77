"""Octopus Cards' error envelope (``{"error": {"name", "code", "message"}}``), typed."""

from __future__ import annotations

from typing import Any, NoReturn

import httpx

from app.core.errors import (
    AuthenticationError,
    CounterError,
    DuplicateSubmissionError,
    InsufficientBalanceError,
    OrderRejectedError,
    PriceChangedError,
)
from app.providers import fields

NAME = "Octopus Cards"


def is_balance_failure(code: str | None) -> bool:
    return bool(code) and "BALANCE" in str(code).upper()


def raise_for_error(response: httpx.Response, data: Any, not_found: type[CounterError]) -> NoReturn:
    error = data.get("error") if isinstance(data, dict) else None
    error = error if isinstance(error, dict) else {}
    code = error.get("code") if isinstance(error.get("code"), str) else ""
    message = fields.clean_text(error.get("message")) or ""
    lowered = message.lower()
    status = response.status_code

    if status == 401:
        raise AuthenticationError(
            "Octopus Cards refused this counter's session; check the API key and secret.",
            provider=NAME,
        )
    if status == 403:
        raise AuthenticationError(
            "Octopus Cards refused access from this computer (IP address not allowed?).",
            provider=NAME,
        )
    if status == 404:
        raise not_found(provider=NAME)
    # A duplicate shares the generic BAD_REQUEST code: only the message tells it apart.
    if "duplicate" in lowered and "client_reference" in lowered:
        raise DuplicateSubmissionError(provider=NAME)
    if "balance" in lowered or "insufficient" in lowered or is_balance_failure(code):
        raise InsufficientBalanceError(provider=NAME)
    if code == "BAD_REQUEST" and ("amount" in lowered or "variant" in lowered):
        raise PriceChangedError(provider=NAME)
    detail = f": {message}" if message else "."
    raise OrderRejectedError(f"Octopus Cards refused the request{detail}", provider=NAME)
