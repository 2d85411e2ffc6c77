"""An Octopus balance read whose currency list fails falls back to the configured wallet
currency (and says so in the log), so a low-balance refusal still tells what is missing."""

from __future__ import annotations

import logging
import uuid
from decimal import Decimal

import pytest

from app.core import countries
from app.core.errors import InsufficientBalanceError
from app.core.money import Money
from app.providers.octopus import OctopusProvider
from app.sandbox import Fault, Sandbox

GERMANY = countries.country("DE")
CURRENCIES = "/api/v1/currencies"


def test_balance_without_the_currency_list(
    octopus: OctopusProvider, sandbox: Sandbox, caplog: pytest.LogCaptureFixture
) -> None:
    sandbox.inject(Fault(kind="http_503", provider="octopus", path=CURRENCIES, count=0))
    with caplog.at_level(logging.WARNING, logger="app.providers.octopus"):
        assert octopus.balance() == Money.of("1000.00", "USD")
    assert any("currencies could not be read" in r.getMessage() for r in caplog.records)


def test_low_balance_keeps_its_shortfall_when_currencies_fail(
    octopus: OctopusProvider, sandbox: Sandbox
) -> None:
    assert GERMANY is not None
    plan = min(octopus.list_plans(GERMANY), key=lambda p: p.price.amount)
    sandbox.set_balance("octopus", Decimal("0.10"))
    sandbox.inject(Fault(kind="http_503", provider="octopus", path=CURRENCIES, count=0))
    with pytest.raises(InsufficientBalanceError) as caught:
        octopus.place_order(plan, str(uuid.uuid4()))
    missing = caught.value.missing
    assert missing is not None and missing.currency == "USD" and missing.amount > 0
    assert "more needed" in caught.value.message
