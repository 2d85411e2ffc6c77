"""What a provider says about one sold eSIM, in the counter's words (issue 17).

The traveller comes back with "it doesn't work", "my data ran out" or "I need more": the
clerk looks the eSIM up and reads its state in plain words, the data used and left, when
it expires, the network it last used and the phone it is on. A field the provider does
not give stays None (the window shows "—"); nothing is guessed.

Data is counted in bytes, as an ``int``: eSIMfly counts whole megabytes (1 MB = 1024²
bytes, its 1 GB plan is ``total_mb: 1024``) and its live status counts gigabytes as a
JSON number read as a Decimal, so every figure converts exactly (to the byte).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from app.core.plans import ProviderId

MB = 1024**2
GB = 1024**3


class EsimState(StrEnum):
    """The eSIM's state in plain words (the window translates each)."""

    NOT_INSTALLED = "not_installed"
    ACTIVE = "active"
    EXPIRED = "expired"
    USED_UP = "used_up"
    CANCELLED = "cancelled"
    UNKNOWN = "unknown"


# Providers' lifecycle words (eSIMfly's standardised statuses, Octopus's
# activation_status) to ours; anything else is UNKNOWN, never a guess.
_STATES = {
    "NEW": EsimState.NOT_INSTALLED,
    "NOT_INSTALLED": EsimState.NOT_INSTALLED,
    "ACTIVE": EsimState.ACTIVE,
    "IN_USE": EsimState.ACTIVE,
    "EXPIRED": EsimState.EXPIRED,
    "DEPLETED": EsimState.USED_UP,
    "CANCELLED": EsimState.CANCELLED,
    "CANCELED": EsimState.CANCELLED,
    "DELETED": EsimState.CANCELLED,
}


def state_of(word: str | None) -> EsimState:
    if not isinstance(word, str):
        return EsimState.UNKNOWN
    return _STATES.get(word.strip().upper(), EsimState.UNKNOWN)


def mb_to_bytes(mb: int) -> int:
    return mb * MB


def gb_to_bytes(gb: Decimal) -> int:
    """A provider's gigabytes (a JSON number, read exactly) to whole bytes."""
    return int((gb * GB).to_integral_value(rounding=ROUND_HALF_UP))


@dataclass(frozen=True, slots=True)
class EsimLookup:
    """One eSIM as its provider reports it now."""

    provider: ProviderId
    iccid: str
    state: EsimState
    #: The provider's own word for the state (``ACTIVE``, ``DEPLETED``…), for support.
    provider_status: str | None = None
    #: The sale in this counter's journal (its reference), when the eSIM was sold here.
    sale_reference: str | None = None
    #: The provider's order id/reference, when the provider gives it.
    order_id: str | None = None
    plan_name: str | None = None
    plan_code: str | None = None
    unlimited: bool = False
    total_bytes: int | None = None
    used_bytes: int | None = None
    #: What the provider says is left; else total less used when both are known.
    left_bytes: int | None = None
    installed_at: datetime | None = None
    activated_at: datetime | None = None
    expires_at: datetime | None = None
    network: str | None = None
    connection_type: str | None = None
    device_model: str | None = None
    #: eSIMfly ``features.is_rechargeable`` of the eSIM's package: a top-up can be sold.
    rechargeable: bool = False
    #: What could not be read this time (a provider call that failed), in English for
    #: logs; the window says that some details are missing.
    incomplete: tuple[str, ...] = ()

    @property
    def data_left(self) -> int | None:
        """Bytes left: None for an unlimited plan or when the provider gives no figure."""
        if self.unlimited:
            return None
        if self.left_bytes is not None:
            return self.left_bytes
        if self.total_bytes is not None and self.used_bytes is not None:
            return max(0, self.total_bytes - self.used_bytes)
        return None


@dataclass(frozen=True, slots=True)
class LookupOutcome:
    """The answer to one lookup: the eSIM found (or None), and who was asked.

    ``asked`` names every provider asked, in order; ``failed`` those that could not
    answer, with the error (a CounterError), so "not found" is only said when every
    provider that could know it answered."""

    iccid: str
    found: EsimLookup | None
    asked: tuple[ProviderId, ...] = ()
    failed: tuple[tuple[ProviderId, Exception], ...] = ()
