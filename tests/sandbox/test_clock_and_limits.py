from __future__ import annotations

import time
from decimal import Decimal

import pytest

from app.sandbox import Clock, SandboxConfig
from app.sandbox.ratelimit import FixedWindow, SlidingWindow


def test_clock_follows_real_time_plus_offset() -> None:
    clock = Clock(0.001)
    assert abs(clock.time() - time.time()) < 1
    clock.advance(3600)
    assert 3599 < clock.time() - time.time() < 3601
    clock.set_offset(-60)
    assert clock.now().tzinfo is not None
    assert -61 < clock.time() - time.time() < -59
    with pytest.raises(ValueError):
        clock.advance(-1)


def test_sleep_is_scaled() -> None:
    clock = Clock(0.001)
    started = time.monotonic()
    clock.sleep(60)
    assert 0.06 <= time.monotonic() - started < 2.0
    assert clock.real_seconds(60) == pytest.approx(0.06)


def test_fixed_window() -> None:
    limiter = FixedWindow(2, window=10)
    assert [limiter.hit("k", t).allowed for t in (0, 1, 2)] == [True, True, False]
    assert limiter.hit("k", 5).retry_after == 5
    assert limiter.hit("k", 10).allowed


def test_sliding_window() -> None:
    limiter = SlidingWindow(2, window=60)
    assert [limiter.hit("k", t).allowed for t in (0, 30, 59)] == [True, True, False]
    assert limiter.hit("k", 60).allowed  # the hit at 0 has left the window


def test_config_rejects_floats_for_money_by_converting_them_exactly() -> None:
    assert SandboxConfig(balance=250).balance == Decimal(250)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        SandboxConfig(esimfly_currency="EUR")  # type: ignore[arg-type]
