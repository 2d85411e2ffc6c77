"""The sandbox clock.

The simulated time is the real UTC time plus an offset that only ``advance`` and
``set_offset`` move. ``scale`` shrinks *waits*: ``sleep(60)`` costs ``60 * scale``
real seconds but does not move the clock for anyone else.

Why not a clock that runs ``1/scale`` times faster: eSIMfly clients stamp every
request with their own real clock and the sandbox rejects stamps more than five
minutes away, so a fast clock would reject a well-behaved client within a fraction
of a second at test scales. Tests that need time to pass call ``advance``.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime


class Clock:
    def __init__(
        self, scale: float = 1.0, *, offset: float = 0.0, wall: Callable[[], float] = time.time
    ) -> None:
        if scale < 0:
            raise ValueError("scale must be >= 0")
        self._scale = scale
        self._offset = offset
        self._wall = wall
        self._lock = threading.Lock()

    @property
    def scale(self) -> float:
        return self._scale

    @property
    def offset(self) -> float:
        with self._lock:
            return self._offset

    def time(self) -> float:
        """Simulated seconds since the Unix epoch."""
        with self._lock:
            return self._wall() + self._offset

    def time_ms(self) -> int:
        return int(self.time() * 1000)

    def now(self) -> datetime:
        """Simulated time as an aware UTC datetime."""
        return datetime.fromtimestamp(self.time(), tz=UTC)

    def advance(self, sim_seconds: float) -> None:
        """Jump the simulated time forward (expire tokens, finish pending orders...)."""
        if sim_seconds < 0:
            raise ValueError("advance() only moves forward; use set_offset() otherwise")
        with self._lock:
            self._offset += sim_seconds

    def set_offset(self, seconds: float) -> None:
        """Put the simulated clock ``seconds`` away from real time (negative = behind)."""
        with self._lock:
            self._offset = float(seconds)

    def real_seconds(self, sim_seconds: float) -> float:
        return max(0.0, sim_seconds) * self._scale

    def sleep(self, sim_seconds: float) -> None:
        time.sleep(self.real_seconds(sim_seconds))
