"""Honour a provider's rate-limit headers before the provider has to refuse us."""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from datetime import datetime

from app.core.errors import RateLimitedError


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


class RateLimitGate:
    """Remembers the last ``X-RateLimit-Remaining``; at zero, refuses until the reset."""

    def __init__(self, provider: str, clock: Callable[[], float]) -> None:
        self._provider = provider
        self._clock = clock
        self._lock = threading.Lock()
        self._blocked_until: float | None = None

    def update(self, headers: Mapping[str, str]) -> None:
        remaining = headers.get("X-RateLimit-Remaining")
        with self._lock:
            if remaining is None or not remaining.strip().isdigit() or int(remaining) > 0:
                self._blocked_until = None
                return
            wait = reset_in(headers, self._clock)
            self._blocked_until = None if wait is None else self._clock() + wait

    def check(self) -> None:
        with self._lock:
            until = self._blocked_until
        if until is not None and self._clock() < until:
            raise RateLimitedError(retry_after=until - self._clock(), provider=self._provider)
