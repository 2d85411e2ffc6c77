"""Honour a provider's rate-limit headers before the provider has to refuse us."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping
from datetime import datetime
from email.utils import parsedate_to_datetime

from app.core.errors import RateLimitedError

# Below this many requests left in the window, requests are spaced out; a pause is never
# longer than MAX_PAUSE seconds, so a sale is slowed, not stalled.
LOW_REMAINING = 20
MAX_PAUSE = 3.0


def reset_in(headers: Mapping[str, str], clock: Callable[[], float]) -> float | None:
    """Seconds until ``X-RateLimit-Reset`` (ISO 8601, or epoch seconds), if given."""
    value = headers.get("X-RateLimit-Reset")
    if not value:
        return None
    try:
        moment = float(value)
    except ValueError:
        try:
            moment = datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp()
        except ValueError:
            return None
    return max(0.0, moment - clock())


def retry_after(headers: Mapping[str, str], clock: Callable[[], float]) -> float | None:
    """Seconds the server asked us to wait (``Retry-After``: seconds or an HTTP date)."""
    value = (headers.get("Retry-After") or "").strip()
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - clock())
    except (TypeError, ValueError):
        return None


class RateLimitGate:
    """Keeps a provider's rate limit from being hit.

    From the last ``X-RateLimit-Remaining`` and ``X-RateLimit-Reset``: at zero it refuses
    until the reset (saying when selling resumes); when few requests are left it spaces
    them out evenly over the time to the reset, so the counter slows down before the limit
    instead of stopping at it. The pause happens in the worker thread making the call.
    """

    def __init__(
        self,
        provider: str,
        clock: Callable[[], float],
        *,
        sleep: Callable[[float], None] = time.sleep,
        low: int = LOW_REMAINING,
        max_pause: float = MAX_PAUSE,
    ) -> None:
        self._provider = provider
        self._clock = clock
        self._sleep = sleep
        self._low = low
        self._max_pause = max_pause
        self._lock = threading.Lock()
        self._remaining: int | None = None
        self._reset_at: float | None = None
        self._blocked_until: float | None = None

    def update(self, headers: Mapping[str, str], status: int = 200) -> None:
        """Take in a response's rate-limit headers. Only a 429's ``Retry-After`` blocks
        calls (a 503's is about an outage, which the next call finds out for itself)."""
        remaining = headers.get("X-RateLimit-Remaining")
        wait = reset_in(headers, self._clock)
        pause = retry_after(headers, self._clock) if status == 429 else None
        with self._lock:
            if pause is not None:
                # The server named its own wait (a 429): that is when calls resume, not
                # the end of the hourly window its counters describe.
                self._blocked_until = self._clock() + pause
                self._remaining = self._reset_at = None
                return
            if remaining is None or not remaining.strip().isdigit():
                self._remaining = self._reset_at = None
                return
            self._remaining = int(remaining)
            self._reset_at = None if wait is None else self._clock() + wait

    def check(self) -> None:
        """Before a request: refuse at the limit, pause when close to it."""
        with self._lock:
            remaining, reset_at = self._remaining, self._reset_at
            blocked_until = self._blocked_until
        if blocked_until is not None and (wait := blocked_until - self._clock()) > 0:
            raise RateLimitedError(retry_after=wait, provider=self._provider)
        if remaining is None or reset_at is None:
            return
        left = reset_at - self._clock()
        if left <= 0:
            return
        if remaining == 0:
            raise RateLimitedError(retry_after=left, provider=self._provider)
        if remaining < self._low:
            self._sleep(min(self._max_pause, left / remaining))
