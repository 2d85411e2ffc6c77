"""Rate limiters on the sandbox clock."""

from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass


@dataclass(frozen=True)
class Decision:
    allowed: bool
    limit: int
    remaining: int
    reset_at: float  # simulated epoch seconds
    retry_after: int  # whole seconds, >= 1 when refused


class FixedWindow:
    """eSIMfly: N requests per window that starts with the first request after a reset,
    which is what the X-RateLimit-Reset timestamp describes."""

    def __init__(self, limit: int, window: float = 3600.0) -> None:
        self.limit = limit
        self.window = window
        self._windows: dict[str, tuple[float, int]] = {}

    def hit(self, key: str, now: float) -> Decision:
        start, used = self._windows.get(key, (now, 0))
        if now >= start + self.window:
            start, used = now, 0
        reset_at = start + self.window
        if used >= self.limit:
            retry = max(1, math.ceil(reset_at - now))
            return Decision(False, self.limit, 0, reset_at, retry)
        used += 1
        self._windows[key] = (start, used)
        return Decision(True, self.limit, self.limit - used, reset_at, 0)


class SlidingWindow:
    """Octopus: N requests per rolling window."""

    def __init__(self, limit: int, window: float = 60.0) -> None:
        self.limit = limit
        self.window = window
        self._hits: dict[str, deque[float]] = {}

    def hit(self, key: str, now: float) -> Decision:
        hits = self._hits.setdefault(key, deque())
        while hits and hits[0] <= now - self.window:
            hits.popleft()
        if len(hits) >= self.limit:
            reset_at = hits[0] + self.window
            return Decision(False, self.limit, 0, reset_at, max(1, math.ceil(reset_at - now)))
        hits.append(now)
        reset_at = hits[0] + self.window
        return Decision(True, self.limit, self.limit - len(hits), reset_at, 0)
