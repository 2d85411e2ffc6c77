"""The providers' balances as a shift keeps them: read at open and at close.

``Counter.balances()`` gives each provider's Money or the error that kept it from being
read; a shift stores either the amount or "unavailable" with the reason, so a Z closed
while a provider is down still closes, and says which movement it cannot check.
"""

from __future__ import annotations

from collections.abc import Mapping

from app.core.errors import CounterError
from app.core.money import Money
from app.core.plans import ProviderId
from app.till.model import BalanceReading


def readings(balances: Mapping[ProviderId, Money | CounterError]) -> tuple[BalanceReading, ...]:
    """One reading per provider, in provider order."""
    found = []
    for provider in sorted(balances, key=lambda p: p.value):
        value = balances[provider]
        if isinstance(value, Money):
            found.append(BalanceReading(provider, value))
        else:
            found.append(BalanceReading(provider, None, value.message or type(value).__name__))
    return tuple(found)
