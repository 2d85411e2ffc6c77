"""What a plan offers beyond data and days, as the catalogues carry it: the networks in
each country and their generation (4G/5G), whether the counter can top it up later, calls,
texts and a phone number, and when its validity starts.

Qt-free and exact. Every fact may be unknown (None): Octopus Cards publishes none of the
networks, and eSIMfly sends its carrier fields for a few carriers only. A filter or a
slip says only what is known; an unknown is never shown as "no".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class Activation(StrEnum):
    """When the validity period starts (eSIMfly's ``activation_policy``)."""

    FIRST_USE = "first_use"  # at the first connection to a network at the destination
    IMMEDIATE = "immediate"  # as soon as the eSIM is installed
    UNKNOWN = ""


@dataclass(frozen=True, slots=True)
class Network:
    """One operator in one country, and its best generation as written ("5G", "4G/5G")."""

    country: str
    operator: str
    generation: str = ""

    @property
    def five_g(self) -> bool:
        return "5G" in self.generation.upper()


@dataclass(frozen=True, slots=True)
class PlanDetails:
    networks: tuple[Network, ...] = ()
    # The provider's own 5G flag; without it the networks decide (see ``five_g``).
    has_5g: bool | None = None
    rechargeable: bool | None = None  # the counter can sell a top-up for it later
    voice_minutes: int | None = None  # 0: none; None: not said
    sms_count: int | None = None
    phone_number: bool | None = None  # a number of its own comes with it
    hotspot: bool | None = None
    activation: Activation = Activation.UNKNOWN

    def __post_init__(self) -> None:
        for count in (self.voice_minutes, self.sms_count):
            if count is not None and count < 0:
                raise ValueError(f"a negative allowance: {count}")

    @property
    def five_g(self) -> bool | None:
        """Some network of the plan offers 5G; None when nothing is known."""
        if self.has_5g is not None:
            return self.has_5g
        if not self.networks:
            return None
        return any(network.five_g for network in self.networks)

    @property
    def voice(self) -> bool | None:
        """Calls or texts are included (a number of its own counts); None if not said."""
        known = [v for v in (self.voice_minutes, self.sms_count) if v is not None]
        if self.phone_number:
            return True
        if not known:
            return None
        return any(v > 0 for v in known)

    @property
    def countries(self) -> tuple[str, ...]:
        """The countries covered, in the catalogue's order, each once."""
        return tuple(dict.fromkeys(network.country for network in self.networks))

    def operators_in(self, country: str) -> tuple[Network, ...]:
        return tuple(n for n in self.networks if n.country == country)

    @property
    def known(self) -> bool:
        return self != PlanDetails()


def networks_text(networks: Iterable[Network]) -> str:
    """Like "Verizon 5G, T-Mobile 4G/5G": operator names are proper names, never translated."""
    return ", ".join(
        f"{n.operator} {n.generation}".strip() for n in networks if n.operator or n.generation
    )
