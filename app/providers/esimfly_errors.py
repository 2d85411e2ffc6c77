"""eSIMfly's error codes, turned into the core's typed errors."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NoReturn

import httpx

from app.core.errors import (
    AuthenticationError,
    ClockSkewError,
    DuplicateSubmissionError,
    EsimInstalledError,
    InsufficientBalanceError,
    OrderNotFoundError,
    OrderRejectedError,
    PlanUnavailableError,
    PriceChangedError,
    ProviderUnavailableError,
    RateLimitedError,
)
from app.core.money import Money, MoneyError, parse_amount
from app.providers import esimfly_topup, fields, http
from app.providers.ratelimit import reset_in

NAME = "eSIMfly"


class AlreadyCancelledError(OrderRejectedError):
    """ALREADY_CANCELLED: the cancel's client turns it into a success (idempotent); it
    never leaves the provider."""

    default_message = "eSIMfly already cancelled this eSIM."


_AUTH_MESSAGES = {
    "INVALID_SIGNATURE": "eSIMfly refused the signature: the secret key is wrong.",
    "INVALID_API_KEY": "eSIMfly does not recognise the access code.",
    "INVALID_USER": "This eSIMfly account is not a business account.",
    "HMAC_REQUIRED": "eSIMfly did not receive complete credentials.",
}


def raise_for_error(
    response: httpx.Response,
    data: Any,
    currency: str | None,
    clock: Callable[[], float],
) -> NoReturn:
    body = data if isinstance(data, dict) else {}
    code = body.get("code") if isinstance(body.get("code"), str) else ""
    said = fields.clean_text(body.get("message")) or fields.clean_text(body.get("error")) or ""
    status = response.status_code

    if code == "INVALID_TIMESTAMP":
        raise ClockSkewError(offset_seconds=http.clock_offset(response, clock), provider=NAME)
    esimfly_topup.raise_for_topup(code or "", body)  # its 403: an eSIM of another account
    # The cancel and status calls' own codes (esimfly-newer/api-cancel-esim.md); FORBIDDEN
    # there is an eSIM of another account, not refused credentials.
    if code == "ALREADY_CANCELLED":
        raise AlreadyCancelledError(provider=NAME)
    if code == "NOT_ELIGIBLE":
        raise EsimInstalledError(provider=NAME)
    if code == "ESIM_NOT_FOUND":
        raise OrderNotFoundError("eSIMfly has no eSIM with this ICCID.", provider=NAME)
    if code == "FORBIDDEN":
        raise OrderRejectedError("This eSIM belongs to another eSIMfly account.", provider=NAME)
    if code in _AUTH_MESSAGES:
        raise AuthenticationError(_AUTH_MESSAGES[code], provider=NAME)
    if status in (401, 403):
        raise AuthenticationError(provider=NAME)
    if code == "DUPLICATE_REQUEST":
        raise DuplicateSubmissionError(provider=NAME)
    if code == "INSUFFICIENT_BALANCE":
        raise InsufficientBalanceError(missing=_missing(body, currency), provider=NAME)
    if code == "INVALID_PACKAGE":
        raise PlanUnavailableError(provider=NAME)
    if code == "PRICE_MISMATCH":
        raise PriceChangedError(provider=NAME)
    if code == "ORDER_NOT_FOUND" or status == 404:
        raise OrderNotFoundError(provider=NAME)
    if code == "RATE_LIMIT_EXCEEDED":
        wait = http.retry_after(response, clock) or reset_in(response.headers, clock)
        raise RateLimitedError(retry_after=wait, provider=NAME)
    if code == "ORDER_PROCESSING_ERROR" or status >= 500:
        raise ProviderUnavailableError("eSIMfly could not process the request.", provider=NAME)
    detail = f": {said}" if said else "."
    raise OrderRejectedError(f"eSIMfly refused the request{detail}", provider=NAME)


def _missing(body: dict[str, Any], currency: str | None) -> Money | None:
    if currency is None:
        return None
    try:
        if "needToLoad" in body:
            return Money(parse_amount(body["needToLoad"]), currency)
        if "requiredBalance" in body and "currentBalance" in body:
            required = parse_amount(body["requiredBalance"])
            current = parse_amount(body["currentBalance"], negative_ok=True)
            return Money(required, currency) - Money(current, currency)
    except MoneyError:
        return None  # the refusal stands; only the amount missing is unknown
    return None
