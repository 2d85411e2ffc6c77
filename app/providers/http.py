"""The HTTP plumbing both provider clients share.

Every way a request can go wrong is turned into one of the core's typed errors here, so a
provider module only has to read the provider's own error codes. Nothing in this module
logs or repeats request headers or bodies: they may carry credentials.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any, TypeVar

import httpx
from tenacity import Retrying, retry_if_exception_type, stop_after_attempt, wait_exponential

from app.core import jsonnum
from app.core.errors import (
    CounterError,
    InvalidResponseError,
    OutcomeUnknownError,
    ProviderTimeoutError,
    ProviderUnavailableError,
    RateLimitedError,
)
from app.providers.ratelimit import reset_in

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Timeouts:
    """Explicit limits for every request, in seconds.

    ``order`` covers the provider's inline wait: Octopus holds an order request up to
    60 s before it answers PENDING, so the order call must outlast that.
    """

    connect: float = 10.0
    read: float = 30.0
    order: float = 75.0

    def normal(self) -> httpx.Timeout:
        return httpx.Timeout(self.read, connect=self.connect)

    def for_order(self) -> httpx.Timeout:
        return httpx.Timeout(self.order, connect=self.connect)


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """Retries for idempotent reads only; an order is never resent by this layer."""

    attempts: int = 3
    first_wait: float = 0.2
    max_wait: float = 10.0

    def run(self, call: Callable[[], T]) -> T:
        retrying = Retrying(
            stop=stop_after_attempt(max(1, self.attempts)),
            wait=wait_exponential(multiplier=self.first_wait, max=self.max_wait),
            retry=retry_if_exception_type(ProviderUnavailableError),
            reraise=True,
        )
        return retrying(call)


def json_request(
    client: httpx.Client,
    method: str,
    url: str,
    *,
    timeout: httpx.Timeout,
    params: dict[str, Any] | None = None,
    body: Any = None,
    headers: dict[str, str] | None = None,
) -> httpx.Request:
    """A request whose body (if any) is exact JSON: the bytes built here are the bytes
    sent, and signed, with Decimals written digit for digit."""
    content = None if body is None else jsonnum.dumps(body).encode("utf-8")
    all_headers = {"Accept": "application/json", **(headers or {})}
    if content is not None:
        all_headers["Content-Type"] = "application/json"
    return client.build_request(
        method, url, params=params, content=content, headers=all_headers, timeout=timeout
    )


def send(
    client: httpx.Client, request: httpx.Request, provider: str, **kwargs: Any
) -> httpx.Response:
    """Send and read the whole answer; transport failures become typed errors."""
    try:
        response = client.send(request, **kwargs)
        response.read()
        return response
    except httpx.ConnectTimeout as exc:
        raise NotSentError(f"{provider} did not accept a connection in time.", provider) from exc
    except httpx.ConnectError as exc:
        raise NotSentError(f"{provider} cannot be reached.", provider) from exc
    except httpx.TimeoutException as exc:
        raise ProviderTimeoutError(
            f"{provider} did not answer in time.", provider=provider
        ) from exc
    except (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError) as exc:
        raise ProviderUnavailableError(
            f"The connection to {provider} broke before its answer arrived.", provider=provider
        ) from exc
    except httpx.TransportError as exc:
        raise ProviderUnavailableError(
            f"The network failed while talking to {provider}.", provider=provider
        ) from exc


class NotSentError(ProviderUnavailableError):
    """The request never left this machine (no connection): nothing can have happened."""

    def __init__(self, message: str, provider: str) -> None:
        super().__init__(message, provider=provider)


def parse_json(response: httpx.Response, provider: str) -> Any:
    try:
        return jsonnum.loads(response.content)
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        raise InvalidResponseError(
            f"{provider} sent an answer that is not valid JSON (HTTP {response.status_code}).",
            provider=provider,
        ) from exc


def server_date(response: httpx.Response) -> datetime | None:
    value = response.headers.get("Date")
    if not value:
        return None
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def clock_offset(response: httpx.Response, now: Callable[[], float] = time.time) -> float | None:
    """How far this computer's clock is ahead (+) of the server's, in seconds."""
    date = server_date(response)
    return None if date is None else now() - date.timestamp()


def parse_time(text: Any) -> datetime | None:
    """An ISO 8601 time from a provider; naive times are UTC."""
    if not isinstance(text, str):
        return None
    try:
        parsed = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


MAX_RETRY_AFTER = 3600.0  # a longer wait is a broken header, not a plan


def retry_after(response: httpx.Response, now: Callable[[], float] = time.time) -> float | None:
    """Seconds to wait from a Retry-After header (seconds or an HTTP date), if it is sane."""
    value = response.headers.get("Retry-After")
    if not value or len(value) > 64:
        return None
    try:
        wait = float(value)
    except ValueError:
        try:
            wait = parsedate_to_datetime(value).timestamp() - now()
        except (TypeError, ValueError, OverflowError):
            return None
    if not math.isfinite(wait):
        return None
    return min(max(0.0, wait), MAX_RETRY_AFTER)


def check_common_status(response: httpx.Response, provider: str) -> None:
    """Rate limits and server faults look the same at every provider."""
    if response.status_code == 429:
        wait = retry_after(response)
        if wait is None:
            wait = reset_in(response.headers, time.time)
        raise RateLimitedError(retry_after=wait, provider=provider)
    if response.status_code >= 500:
        raise ProviderUnavailableError(
            f"{provider} reported a server problem (HTTP {response.status_code}).",
            provider=provider,
        )


@contextmanager
def order_outcome(provider: str) -> Iterator[None]:
    """Inside an order call, any lost or unreadable answer means the outcome is unknown.

    Only a request that provably never left (no connection) is a plain failure; a
    timeout, a reset, a 5xx or a body we cannot read may hide an order that was taken.
    """
    try:
        yield
    except NotSentError:
        raise
    except (ProviderUnavailableError, InvalidResponseError) as exc:
        raise OutcomeUnknownError(cause=exc, provider=provider) from exc
    except CounterError:
        raise  # the provider's own word (refused, balance, ...): no money moved
    except Exception as exc:
        # A bug or an answer no check foresaw: the order may still have been taken.
        log.warning("%s: unreadable order answer (%s)", provider, type(exc).__name__)
        cause = InvalidResponseError(provider=provider)
        raise OutcomeUnknownError(cause=cause, provider=provider) from exc


MAX_PAGES = 200  # 20,000 rows at 100 a page: more is a server that never stops


def next_page(page: int, provider: str) -> int:
    """The page after ``page``; a list that claims to go on for ever is unreadable."""
    if page >= MAX_PAGES:
        raise InvalidResponseError(
            f"{provider} kept sending more pages than any real list has.", provider=provider
        )
    return page + 1


def expect(condition: bool, provider: str, what: str) -> None:
    if not condition:
        raise InvalidResponseError(f"{provider} sent an answer without {what}.", provider=provider)


def field(data: Any, key: str, provider: str, kind: type | tuple[type, ...] = object) -> Any:
    """A required field of a JSON object, of the expected type."""
    if not isinstance(data, dict) or key not in data or not isinstance(data[key], kind):
        raise InvalidResponseError(
            f"{provider} sent an answer without a usable '{key}'.", provider=provider
        )
    return data[key]


__all__ = [
    "CounterError",
    "NotSentError",
    "RetryPolicy",
    "Timeouts",
    "check_common_status",
    "clock_offset",
    "expect",
    "field",
    "next_page",
    "order_outcome",
    "parse_json",
    "retry_after",
    "send",
    "server_date",
]
