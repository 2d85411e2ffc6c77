"""The eSIMfly rate-limit gate: refuse at the limit, space requests out near it."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from app.core.errors import RateLimitedError
from app.providers.ratelimit import RateLimitGate

NOW = 1_800_000_000.0


def _headers(remaining: int, seconds_to_reset: float) -> dict[str, str]:
    reset = datetime.fromtimestamp(NOW + seconds_to_reset, tz=UTC).isoformat()
    return {"X-RateLimit-Remaining": str(remaining), "X-RateLimit-Reset": reset}


@pytest.fixture
def pauses() -> list[float]:
    return []


@pytest.fixture
def gate(pauses: list[float]) -> RateLimitGate:
    return RateLimitGate("eSIMfly", lambda: NOW, sleep=pauses.append, low=20, max_pause=3.0)


def test_plenty_left_goes_straight_through(gate: RateLimitGate, pauses: list[float]) -> None:
    gate.update(_headers(500, 1800))
    gate.check()
    assert pauses == []


def test_few_left_spaces_requests_over_the_window(gate: RateLimitGate, pauses: list[float]) -> None:
    gate.update(_headers(10, 20))
    gate.check()
    assert pauses == [pytest.approx(2.0)]  # 20 s for 10 requests


def test_a_pause_is_never_long(gate: RateLimitGate, pauses: list[float]) -> None:
    gate.update(_headers(2, 1800))
    gate.check()
    assert pauses == [3.0]


def test_at_the_limit_it_refuses_and_says_when_selling_resumes(
    gate: RateLimitGate, pauses: list[float]
) -> None:
    gate.update(_headers(0, 95))
    with pytest.raises(RateLimitedError) as caught:
        gate.check()
    assert caught.value.retry_after == pytest.approx(95)
    assert pauses == []


def test_after_the_reset_the_gate_is_open(pauses: list[float]) -> None:
    clock = [NOW]
    gate = RateLimitGate("eSIMfly", lambda: clock[0], sleep=pauses.append)
    gate.update(_headers(0, 10))
    clock[0] += 11
    gate.check()
    assert pauses == []


def test_a_429_blocks_for_its_retry_after_not_the_whole_window() -> None:
    """One 429 saying "Retry-After: 2" with the hour's counters at zero: refused for the
    real 2 s (and the refusal says so), then calls go through again."""
    now = [NOW]
    gate = RateLimitGate("eSIMfly", lambda: now[0], sleep=lambda _s: None)
    gate.update({**_headers(0, 3600), "Retry-After": "2"}, 429)
    with pytest.raises(RateLimitedError) as refused:
        gate.check()
    assert refused.value.retry_after == pytest.approx(2.0)
    assert "try again in 2 s" in refused.value.message
    now[0] += 2.5
    gate.check()  # not refused for the rest of the hour


def test_retry_after_as_an_http_date() -> None:
    gate = RateLimitGate("eSIMfly", lambda: NOW, sleep=lambda _s: None)
    when = datetime.fromtimestamp(NOW + 30, tz=UTC).strftime("%a, %d %b %Y %H:%M:%S GMT")
    gate.update({"Retry-After": when}, 503)
    gate.check()  # an outage's Retry-After does not block: only a 429's does
    gate.update({"Retry-After": when}, 429)
    with pytest.raises(RateLimitedError) as refused:
        gate.check()
    assert refused.value.retry_after == pytest.approx(30.0)
