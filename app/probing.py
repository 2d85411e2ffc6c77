"""eSIMfly's lost orders: the request-id probe, journalled around it, and the match by
package and time it bounds. See docs/decisions.md, "eSIMfly's probe after a kill"."""

from __future__ import annotations

from collections.abc import Callable, Collection
from datetime import datetime, timedelta
from typing import Protocol, runtime_checkable

from app.core.errors import OutcomeUnknownError
from app.core.orders import Order, OrderResult
from app.core.plans import Plan
from app.journal.probes import ProbeAnswer, ProbeRecord
from app.providers.esimfly import RequestIdProbe

NOT_LISTED = "eSIMfly received this sale but does not list its order yet."


class ProbeJournal(Protocol):
    def record_probe(self, reference: str, at: datetime) -> None: ...
    def record_probe_answer(
        self, reference: str, answer: ProbeAnswer, answered_at: datetime, server_at: datetime
    ) -> None: ...
    def probe(self, reference: str) -> ProbeRecord: ...


@runtime_checkable
class ProbesRequestIds(Protocol):
    """A provider that keeps no client reference but refuses a reused request id for a
    day (eSIMfly): a lost order is found by a probe of the id, then by package and time."""

    #: How long after a probe's answer (provider's clock) an order taken before it may
    #: still be stamped.
    stamp_margin: timedelta

    def probe(self, reference: str) -> RequestIdProbe: ...
    def match_order(
        self,
        plan: Plan,
        *,
        placed_at: datetime,
        until: datetime,
        exclude: Collection[str] = (),
    ) -> OrderResult | None: ...


class RequestIdProbes:
    """The counter's side of the probe; the caller holds the counter's reconcile lock."""

    def __init__(
        self,
        journal: ProbeJournal,
        clock: Callable[[], datetime],
        checkpoint: Callable[[str], None],
    ) -> None:
        self.journal = journal
        self._clock = clock
        # "probing" (journalled, not sent) and "probed" (answered, not journalled).
        self._checkpoint = checkpoint

    def match(
        self, provider: ProbesRequestIds, order: Order, exclude: set[str]
    ) -> tuple[OrderResult | None, datetime | None]:
        """The sale's order, or None and when "not found" becomes final (None: now),
        from the journalled probe.

        No order can be taken under an id after a probe spent it, and one taken before
        is stamped by the probe's answer (plus the stamp margin): the sale may claim only
        an unclaimed order of its package stamped from its own time to then. Sales of one
        package are probed before the next leaves (see ``Counter._settle_earlier``), so those
        spans do not overlap and the order found is the sale's own.
        """
        record = self.probe(provider, order.reference)
        if record.answer is ProbeAnswer.NEVER:
            return None, None
        assert record.server_at is not None and record.answered_at is not None
        found = provider.match_order(
            order.plan,
            placed_at=order.created_at,
            until=record.server_at + provider.stamp_margin,
            exclude=exclude,
        )
        if found is not None:
            return found, None
        if record.answer is ProbeAnswer.ARRIVED:
            # Proven taken but not listed (yet): never FAILED, checked again later.
            raise OutcomeUnknownError(NOT_LISTED, provider=str(order.plan.provider))
        # SPENT and nothing stamped in the span: the order request never arrived (once an
        # order taken just before the probe has had its stamp margin to be listed).
        return None, record.answered_at + provider.stamp_margin

    def probe(self, provider: ProbesRequestIds, reference: str) -> ProbeRecord:
        """The sale's first probe answer, probing (journalled before and after) if none
        is journalled yet. Raises the provider's CounterError when the probe fails."""
        record = self.journal.probe(reference)
        if record.answer is not None:
            return record
        first = record.probed_at is None
        # Before it leaves: a probe killed unanswered still spent the id, and the next
        # one's DUPLICATE_REQUEST must then not be read as "the order arrived".
        self.journal.record_probe(reference, self._clock())
        self._checkpoint("probing")
        probe = provider.probe(reference)
        self._checkpoint("probed")
        if not probe.duplicate:
            answer = ProbeAnswer.NEVER
        else:
            answer = ProbeAnswer.ARRIVED if first else ProbeAnswer.SPENT
        self.journal.record_probe_answer(reference, answer, self._clock(), probe.server_at)
        return self.journal.probe(reference)  # the first answer journalled wins
