"""Whether a sold eSIM is on the traveller's phone yet (issue 17).

Both providers say it in their own words: Octopus's order detail carries
``activation_status`` (NOT_INSTALLED, ACTIVE, EXPIRED) with ``is_installed`` and
``installed_at``; eSIMfly's live status carries ``status`` (NEW, ACTIVE, EXPIRED,
DEPLETED, ...), ``smdp_status`` and ``activation_date``. :class:`InstallState` is the one
answer the counter works with; the provider's word is kept, mapped to :class:`Phase`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class Phase(StrEnum):
    """The provider's state word for the eSIM, in the counter's vocabulary."""

    NOT_INSTALLED = "not_installed"  # Octopus NOT_INSTALLED, eSIMfly NEW
    INSTALLED = "installed"  # downloaded, not (yet) passing data
    ACTIVE = "active"
    EXPIRED = "expired"
    USED_UP = "used_up"  # eSIMfly DEPLETED
    CANCELLED = "cancelled"
    OTHER = "other"  # a word neither provider documents: shown as not installed yet


# eSIMfly's lifecycle words (esimfly-newer/api-esim-status.md) and Octopus's
# activation_status words (digest §8). Upper-case keys; anything else is OTHER.
_WORDS = {
    "NEW": Phase.NOT_INSTALLED,
    "NOT_INSTALLED": Phase.NOT_INSTALLED,
    "INSTALLED": Phase.INSTALLED,
    "ACTIVE": Phase.ACTIVE,
    "EXPIRED": Phase.EXPIRED,
    "DEPLETED": Phase.USED_UP,
    "CANCELLED": Phase.CANCELLED,
    "CANCELED": Phase.CANCELLED,
}
# SM-DP+ profile states that mean a phone downloaded the profile (GSMA ES2+ words as
# eSIMfly passes them on: RELEASED is "ready to download", the others came after it).
_SMDP_DOWNLOADED = frozenset({"DOWNLOADED", "INSTALLED", "ENABLED", "DISABLED", "AFFECTED"})


def phase_of(word: str | None) -> Phase:
    if not word:
        return Phase.OTHER
    return _WORDS.get(word.strip().upper(), Phase.OTHER)


def smdp_downloaded(word: str | None) -> bool:
    return bool(word) and str(word).strip().upper() in _SMDP_DOWNLOADED


@dataclass(frozen=True, slots=True)
class InstallState:
    """One eSIM's install state as its provider reported it."""

    iccid: str | None
    installed: bool
    installed_at: datetime | None = None
    phase: Phase = Phase.OTHER
    #: The provider's own word, upper-case and checked (for the log and support).
    word: str = ""

    def __post_init__(self) -> None:
        if self.installed_at is not None and self.installed_at.tzinfo is None:
            raise ValueError("installed_at must be an aware datetime")


# How often an open customer display asks. Octopus's digest (§8, "Install polling
# cadence"): every 30–60 s for 10 minutes after delivery, then every 5–10 minutes for an
# hour, then only on demand. eSIMfly documents no cadence and reads the network live on
# every call, so it is asked no more often than Octopus.
FIRST_MINUTES_EVERY_S = 30.0
FIRST_MINUTES_S = 10 * 60.0
LATER_EVERY_S = 5 * 60.0
GIVE_UP_AFTER_S = 70 * 60.0


def poll_interval(since_delivery_s: float) -> float | None:
    """Seconds to the next install check, ``since_delivery_s`` after delivery; None once
    the provider's cadence says to ask only on demand."""
    if since_delivery_s < FIRST_MINUTES_S:
        return FIRST_MINUTES_EVERY_S
    if since_delivery_s < GIVE_UP_AFTER_S:
        return LATER_EVERY_S
    return None
