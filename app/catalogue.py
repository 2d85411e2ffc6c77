"""What the providers sell and hold, read so that one provider down leaves the other on
sale: the catalogue and balance side of :class:`app.counter.Counter`. Qt-free."""

from __future__ import annotations

import logging
import threading
from collections.abc import Mapping

from app.core.countries import Destination, DestinationKind
from app.core.errors import CounterError
from app.core.money import Money
from app.core.plans import Plan, ProviderId
from app.providers.base import Provider

log = logging.getLogger(__name__)


class Catalogue:
    """Reads every provider, remembers which failed and why (:attr:`unavailable`)."""

    def __init__(self, providers: Mapping[ProviderId, Provider]) -> None:
        self.providers = providers
        self._state_lock = threading.Lock()  # the two dicts below; never held over a call
        # Providers whose last catalogue or balance read failed, and why. Replaced whole
        # (never mutated) so the UI thread can read it while a worker writes it.
        self.unavailable: dict[ProviderId, CounterError] = {}
        self._destinations: dict[ProviderId, list[Destination]] = {}

    def destinations(self) -> list[Destination]:
        """Every destination the answering providers sell: countries by name, regions, global.

        A provider that fails is left out and noted in :attr:`unavailable`, so the other
        provider's plans stay on sale; only when every provider fails is the first error
        raised.
        """
        return self._read_catalogues(list(self.providers))

    def retry_unavailable(self) -> list[Destination]:
        """Read again the catalogue of every provider now unavailable; all destinations.

        The providers whose catalogue was read before are not asked again (their
        destinations are remembered), so a retry costs one read per provider that was down.
        """
        with self._state_lock:
            read = set(self._destinations)
        down = self.unavailable
        return self._read_catalogues([p for p in self.providers if p in down or p not in read])

    def _read_catalogues(self, wanted: list[ProviderId]) -> list[Destination]:
        errors: list[CounterError] = []
        for pid in wanted:
            try:
                found = self.providers[pid].list_destinations()
            except CounterError as exc:
                log.warning("destinations from %s failed: %s", pid, exc)
                self._note(pid, exc)
                errors.append(exc)
                continue
            self._note(pid, None)
            with self._state_lock:
                self._destinations = {**self._destinations, pid: found}
        with self._state_lock:
            known = dict(self._destinations)
        if errors and not known:
            raise errors[0]
        # A provider read once keeps its destinations while it is down: its plans are
        # asked for (and refused) when the clerk picks one, the other's stay on sale.
        merged: dict[Destination, None] = {}
        for pid in self.providers:
            merged.update(dict.fromkeys(known.get(pid, ())))
        kinds = {DestinationKind.COUNTRY: 0, DestinationKind.REGION: 1, DestinationKind.GLOBAL: 2}
        return sorted(merged, key=lambda d: (kinds[d.kind], d.name.casefold()))

    def _note(self, provider: ProviderId, error: CounterError | None) -> None:
        """Mark a provider unavailable (with why) or available again. The dict is replaced,
        never changed in place, so a reader on another thread sees one whole state."""
        with self._state_lock:
            changed = dict(self.unavailable)
            if error is None:
                changed.pop(provider, None)
            else:
                changed[provider] = error
            self.unavailable = changed

    def plans(self, destination: Destination) -> list[Plan]:
        """The plans of every provider for one destination.

        One provider failing does not hide the other's plans; if all fail, the first
        error is raised.
        """
        plans: list[Plan] = []
        errors: list[CounterError] = []
        for pid, provider in self.providers.items():
            try:
                plans.extend(provider.list_plans(destination))
            except CounterError as exc:
                log.warning("plans for %s from %s failed: %s", destination.code, pid, exc)
                self._note(pid, exc)
                errors.append(exc)
            else:
                self._note(pid, None)
        if errors and not plans:
            raise errors[0]
        return plans

    def balances(self) -> dict[ProviderId, Money | CounterError]:
        """Each provider's balance, or the error that kept it from being read."""
        found: dict[ProviderId, Money | CounterError] = {}
        for pid, provider in self.providers.items():
            try:
                found[pid] = provider.balance()
            except CounterError as exc:
                log.warning("balance of %s failed: %s", pid, exc)
                found[pid] = exc
                self._note(pid, exc)
            else:
                self._note(pid, None)
        return found
