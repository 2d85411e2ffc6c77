"""Which provider orders a sale may claim when it is reconciled: the counter's seam for a
chain of counters sharing one provider account (issue 16).

A lone counter knows every order it ever claimed from its own journal
(``known_order_ids``). Counters of a chain on one eSIMfly account do not: a sale matched
by package and time on one counter could take an order another counter's sale created.
:class:`Claims` lets :class:`app.counter.Counter` ask a central register, under a lock
that serialises every counter reconciling against the same account, and write its own
claim there before the outcome is journalled locally. :data:`NO_CHAIN` is the lone
counter: nothing central, nothing changes.

Qt-free and database-free: the PostgreSQL implementation is :mod:`app.chain.claims`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Protocol

from app.core.errors import CounterError
from app.core.orders import Order
from app.core.plans import ProviderId


class ClaimHow(StrEnum):
    #: The sale's own answer, or its order found by the sale's own reference (Octopus).
    DIRECT = "direct"
    #: Found by package and time (eSIMfly after a lost answer): the order is the sale's
    #: only because no other sale claimed it; a direct claim of another sale wins.
    MATCHED = "matched"


class ChainClaimError(CounterError):
    """Why a sale of a chain stays UNKNOWN for now; said in the sale's own record.
    The sale is checked again ``recheck_after`` later (the outcome's ``recheck_at``: the
    window's timer, the headless loops), as its message promises."""

    recheck_after = timedelta(seconds=15)

    def recheck_at(self, now: datetime) -> datetime:
        return now + self.recheck_after


class ChainWaitError(ChainClaimError):
    """A sale that can only be matched by package cannot be checked while the chain's
    database is out of reach: another counter may have claimed the order it would take."""

    default_message = (
        "Waiting for the chain's database to check which orders other counters already "
        "claimed; this sale is checked again when the database answers. Do not sell it again."
    )


class ClaimTakenError(ChainClaimError):
    """The order this sale matched was claimed by another counter's sale meanwhile."""

    recheck_after = timedelta(seconds=1)

    default_message = (
        "The order found for this sale was claimed by another counter's sale at the same "
        "moment; this sale is checked again. Do not sell it again."
    )


class EarlierElsewhereError(ChainClaimError):
    """An older sale of the same package on another counter is not resolved yet: its
    order may be the one this sale would match, so that sale goes first (oldest first,
    across the chain, as on one counter)."""

    recheck_after = timedelta(seconds=5)

    def __init__(self, counter: str, *, provider: str | None = None) -> None:
        self.counter = counter
        super().__init__(
            f"An earlier sale of this plan on counter {counter} is not checked yet; this "
            "sale is checked again after it. Do not sell it again.",
            provider=provider,
        )


class UnsyncedElsewhereError(ChainClaimError):
    """A live counter on the same account has not pushed everything it sold up to the end
    of this sale's span yet: one of its sales may have created the order this sale found.
    The match waits (``recheck_at``) until that counter catches up or falls silent."""

    def __init__(self, counter: str, recheck_at: datetime, *, provider: str | None = None) -> None:
        self.counter = counter
        self._recheck_at = recheck_at
        super().__init__(
            f"Waiting for counter {counter} to send its latest sales to the chain before "
            "this sale's order is confirmed; it is checked again in a moment. Do not sell "
            "it again.",
            provider=provider,
        )

    def recheck_at(self, now: datetime) -> datetime:
        return self._recheck_at


#: Why a matched sale went back to UNKNOWN (see :meth:`app.counter.Counter.reopen_bumped`).
BUMPED_REASON = (
    "Another counter's sale received this order directly, so it was not this sale's; "
    "this sale is checked again. Do not sell it again."
)


@dataclass(frozen=True, slots=True)
class Bump:
    """A matched claim of this counter that lost to another counter's direct answer."""

    reference: str  # this counter's sale
    provider: ProviderId
    provider_order_id: str  # the order it had matched, now the other sale's


class ClaimSession(Protocol):
    """One reconciliation's view of the register, inside the lock."""

    def taken(self, reference: str) -> set[str]:
        """Order ids claimed by any sale other than ``reference`` (any counter)."""
        ...

    def claim(self, reference: str, order_id: str, how: ClaimHow) -> bool:
        """Claim ``order_id`` for the sale; False when another sale holds it already."""
        ...

    def earlier_elsewhere(self, order: Order) -> str | None:
        """The counter holding an older, still unresolved sale of ``order``'s package
        (as pushed), whose order this sale could take by mistake; None if there is none."""
        ...

    def unsynced_elsewhere(self, until: datetime, now: datetime) -> str | None:
        """A live counter on the same account that may not have pushed a sale journalled
        before ``until`` (this counter's clock, read at ``now``): its order could be the
        one this sale would match, so the match waits for it; None when every live
        counter has caught up past ``until``."""
        ...


class Claims(Protocol):
    def reconciling(
        self, provider: ProviderId, *, matches_by_package: bool
    ) -> AbstractContextManager[ClaimSession]:
        """Hold the account's lock for one reconciliation; the claims made in it are
        committed when it ends, before the counter journals the outcome. Raises
        :class:`ChainWaitError` when the register is out of reach and the provider
        matches by package; otherwise falls back to :class:`LocalOnly` (a claim of the
        sale's own order is pushed later with the sale)."""
        ...

    def bumped(self) -> list[Bump]:
        """This counter's matched claims that lost to a direct one, not yet handled;
        empty when the register is out of reach (asked again later)."""
        ...

    def bump_handled(self, bump: Bump) -> None: ...


class LocalOnly:
    """No register: the sale's own journal is all there is to exclude."""

    def taken(self, reference: str) -> set[str]:
        return set()

    def claim(self, reference: str, order_id: str, how: ClaimHow) -> bool:
        return True

    def earlier_elsewhere(self, order: Order) -> str | None:
        return None

    def unsynced_elsewhere(self, until: datetime, now: datetime) -> str | None:
        return None


class NoChain:
    """The lone counter: reconciliation exactly as before chains existed."""

    @contextmanager
    def reconciling(
        self, provider: ProviderId, *, matches_by_package: bool
    ) -> Iterator[ClaimSession]:
        yield LocalOnly()

    def bumped(self) -> list[Bump]:
        return []

    def bump_handled(self, bump: Bump) -> None:
        pass


NO_CHAIN: Claims = NoChain()
