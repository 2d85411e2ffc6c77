"""Injected failures: the provider misbehaving in ways the counter must survive."""

from __future__ import annotations

import random
import threading
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal

FAULT_KINDS = ("delay", "http_500", "http_502", "http_503", "reset", "truncated", "not_json")
#: Kinds that break the connection rather than answer; the server (or the in-process
#: transport) carries them out.
NETWORK_KINDS = frozenset({"reset", "truncated"})
CHAOS_KINDS = ("http_500", "http_502", "http_503", "reset", "truncated", "not_json")
PROVIDERS = ("esimfly", "octopus")

# Chaos only hits the calls where a lost answer hurts: placing and polling orders.
_CHAOS_TARGETS = (
    ("POST", "/api/v1/business/esims/order"),
    ("GET", "/api/v1/business/esims/order"),
    ("POST", "/api/v1/esim/orders"),
    ("GET", "/api/v1/esim/orders"),
)


@dataclass
class Fault:
    """One injected failure.

    ``when="before"``: the request is not processed at all (for ``delay``: the wait
    comes first, then the request is processed, unless the client gave up meanwhile).
    ``when="after"``: the request is processed (an order is taken and paid) and then
    the answer is replaced by the fault (``delay``: answered late).
    ``seconds`` is in real seconds so a test can trip a client timeout.
    ``count`` is how many requests it hits; 0 means until ``clear_faults()``.
    ``processed_if_gone``: a ``delay`` before processing goes on to process the request
    even when the client hung up meanwhile, as a provider does with a request it already
    received (a counter killed while Octopus is still working on its order).
    """

    kind: str
    provider: str | None = None
    method: str | None = None
    path: str | None = None
    when: Literal["before", "after"] = "before"
    seconds: float = 0.0
    count: int = 1
    processed_if_gone: bool = False

    def __post_init__(self) -> None:
        if self.kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault kind {self.kind!r}; expected one of {FAULT_KINDS}")
        if self.provider not in (None, *PROVIDERS):
            raise ValueError(f"unknown provider {self.provider!r}")
        if self.when not in ("before", "after"):
            raise ValueError("when must be 'before' or 'after'")
        if self.count < 0 or self.seconds < 0:
            raise ValueError("count and seconds must be >= 0")

    def matches(self, provider: str, method: str, path: str) -> bool:
        return (
            (self.provider is None or self.provider == provider)
            and (self.method is None or self.method.upper() == method.upper())
            and (self.path is None or path.startswith(self.path))
        )


class FaultBook:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._faults: list[Fault] = []
        self._chaos_rate = 0.0
        self._chaos_rng = random.Random(0)
        self._chaos_kinds: tuple[str, ...] = CHAOS_KINDS
        self._chaos_delay = 0.05

    def inject(self, fault: Fault) -> None:
        with self._lock:
            # A private copy: its count is decremented as it fires.
            self._faults.append(replace(fault))

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()
            self._chaos_rate = 0.0

    def active(self) -> list[Fault]:
        with self._lock:
            return [replace(f) for f in self._faults]

    def chaos(
        self,
        rate: float,
        seed: int,
        kinds: Sequence[str] = CHAOS_KINDS,
        delay_seconds: float = 0.05,
    ) -> None:
        if not 0.0 <= rate <= 1.0:
            raise ValueError("rate must be within 0..1")
        unknown = set(kinds) - set(FAULT_KINDS)
        if unknown or not kinds:
            raise ValueError(f"bad chaos kinds {sorted(unknown) or kinds}")
        with self._lock:
            self._chaos_rate = rate
            self._chaos_rng = random.Random(seed)
            self._chaos_kinds = tuple(kinds)
            self._chaos_delay = delay_seconds

    def take(self, provider: str, method: str, path: str) -> Fault | None:
        """The fault this request suffers, if any (consuming one use of it)."""
        with self._lock:
            for fault in self._faults:
                if fault.matches(provider, method, path):
                    if fault.count == 1:
                        self._faults.remove(fault)
                    elif fault.count > 1:
                        fault.count -= 1
                    return replace(fault, count=1)
            if self._chaos_rate and _is_chaos_target(method, path):
                # Draw the same number of values per request so that the sequence of
                # faults depends on the seed and the request order only.
                roll = self._chaos_rng.random()
                kind = self._chaos_rng.choice(self._chaos_kinds)
                when: Literal["before", "after"] = self._chaos_rng.choice(("before", "after"))
                if roll < self._chaos_rate:
                    return Fault(kind, provider, when=when, seconds=self._chaos_delay)
            return None


def _is_chaos_target(method: str, path: str) -> bool:
    return any(method == m and path.startswith(p) for m, p in _CHAOS_TARGETS)
