"""After one eSIMfly 429, the clerk is told the real wait and selling resumes after it."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx
import pytest

from app.core.errors import RateLimitedError
from app.core.money import Money
from app.core.secret import Secret
from app.providers.esimfly import EsimflyProvider
from app.providers.http import RetryPolicy

NOW = 1_800_000_000.0


def test_one_429_refuses_for_its_retry_after_only() -> None:
    now = [NOW]
    answers = iter(
        [
            httpx.Response(
                429,
                json={"success": False, "error": "Too many", "code": "RATE_LIMIT_EXCEEDED"},
                headers={
                    "Retry-After": "2",
                    "X-RateLimit-Remaining": "0",
                    "X-RateLimit-Reset": datetime.fromtimestamp(NOW + 3600, tz=UTC).isoformat(),
                },
            ),
            httpx.Response(
                200,
                content=b'{"success": true, "data": {"balance": 12.50, "currency": "USD"}}',
                headers={"Content-Type": "application/json", "X-RateLimit-Remaining": "999"},
            ),
        ]
    )
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return next(answers)

    with httpx.Client(transport=httpx.MockTransport(handler)) as client:
        provider = EsimflyProvider(
            client,
            "https://esimfly.test",
            Secret("access"),
            Secret("secret"),
            retry=RetryPolicy(attempts=1),
            clock=lambda: now[0],
        )
        with pytest.raises(RateLimitedError) as first:
            provider.balance()
        assert "try again in 2 s" in first.value.message
        with pytest.raises(RateLimitedError) as meanwhile:
            provider.balance()  # refused here, without asking eSIMfly again
        assert meanwhile.value.retry_after is not None and meanwhile.value.retry_after <= 2
        assert len(sent) == 1
        now[0] += 3
        assert provider.balance() == Money.of("12.50", "USD")
        assert len(sent) == 2
