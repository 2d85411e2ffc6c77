"""Refunds and voids of delivered eSIMs: the lifecycle, Qt-free and synchronous.

``Counter.refunds`` is a :class:`RefundDesk`. Its use, from a worker thread::

    preview = counter.refunds.preview(sale_reference, position)  # to confirm: eSIMs, amounts
    outcome = counter.refunds.refund(sale_reference, position, clerk="ana",
                                     approved_by="mgr", reason="wrong country")
    outcome.refunds   # every eSIM refunded by this call, the one asked for first
    outcome.error     # a CounterError to show (None when all went well)

eSIMfly (a provider that ``supports_cancel``):

1. The eSIM's live status is read first: installed → :class:`EsimInstalledError`, nothing
   journalled. eSIMfly cancels every eligible eSIM of an order together, so every other
   eSIM of the sale that is neither installed nor already refunded joins the refund (one
   ``batch``); the UI says so before the clerk confirms.
2. The refunds are journalled REQUESTED (checkpoint ``"refund_journalled"``), then SENT
   with ``sent_at`` just before the cancel leaves.
3. The answer (checkpoint ``"refund_answered"`` before it is journalled): REFUNDED
   (balance credited), PENDING_PROVIDER (a refund request, confirmed later), REFUSED
   (installed meanwhile: NOT_ELIGIBLE, or another refusal), or UNKNOWN when the answer
   was lost.

A refund left SENT or UNKNOWN is resolved by :meth:`RefundDesk.check` (start-up, Check
now): the live status first (CANCELLED → REFUNDED, installed → REFUSED); only while it
still reads NEW is the cancel sent again, and ALREADY_CANCELLED then counts as done.
eSIMfly never refunds a cancelled eSIM twice and the journal never holds two live
refunds of one eSIM, so neither the balance nor the customer is refunded twice.

Octopus has no cancel: the refund is the shop's at once, journalled REFUNDED as a shop
loss, or PENDING_PROVIDER when claimed from Octopus (with a note for the owner); a claim
becomes REFUNDED when Octopus reports the order CANCELLED.

The customer's amount is the eSIM's share of what they paid, by the methods they paid
(see :func:`app.core.refunds.shares`).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING

from app.core.errors import (
    AlreadyRefundedError,
    CounterError,
    EsimInstalledError,
    NoAccountError,
    NotRefundableError,
    OtherModeError,
    RefundNotSupportedError,
)
from app.core.money import Money
from app.core.orders import Order, OrderStatus, new_reference
from app.core.refunds import Refund, RefundKind, RefundState, Share
from app.journal.refunds import AlreadyRefundedInJournal, RefundBook
from app.providers.base import Provider
from app.refund_cancel import CancelFlow, RefundOutcome, customer_shares, provider_share

if TYPE_CHECKING:
    from app.counter import Counter

log = logging.getLogger(__name__)

__all__ = ["RefundDesk", "RefundOutcome", "RefundPreview", "customer_shares", "provider_share"]


@dataclass(frozen=True, slots=True)
class RefundPreview:
    """What a refund would do (see :meth:`RefundDesk.preview`)."""

    sale: Order
    positions: tuple[int, ...]  # the asked eSIM first
    shares: tuple[Share, ...]  # what goes back to the customer for each, and by which methods
    provider_cancels: bool  # False: the shop's own refund (Octopus)

    @property
    def total(self) -> Money:
        amounts = [share.amount for share in self.shares]
        total = amounts[0]
        for amount in amounts[1:]:
            total = total + amount
        return total


class RefundDesk:
    def __init__(self, counter: Counter) -> None:
        self._counter = counter
        book = getattr(counter.journal, "refunds", None)
        if not isinstance(book, RefundBook):
            raise TypeError("refunds need a journal with a RefundBook (app.journal.Journal)")
        self.book = book
        # One refund or check at a time per counter: two checks of one lost cancel (start-up
        # and Check now) must not journal it twice. Re-entrant: refund() may check().
        self._lock = threading.RLock()
        self._flow = CancelFlow(book, self._now, self._checkpoint)

    def _checkpoint(self, name: str) -> None:
        self._counter._checkpoint(name)

    def _now(self) -> datetime:
        return self._counter.clock()

    # -- asking for a refund ------------------------------------------------------------

    def refund(
        self,
        reference: str,
        position: int = 0,
        *,
        reason: str,
        clerk: str | None = None,
        approved_by: str | None = None,
        kind: RefundKind | None = None,
        note: str | None = None,
    ) -> RefundOutcome:
        """Refund the eSIM at ``position`` of a delivered sale; see the module doc.

        Raises (nothing journalled): :class:`NotRefundableError`,
        :class:`AlreadyRefundedError`, :class:`EsimInstalledError`,
        :class:`RefundNotSupportedError` (a provider cancel asked of Octopus),
        :class:`OtherModeError`, :class:`NoAccountError` and any provider error met while
        reading the live status. An eSIM whose refund is still being checked is checked
        again instead (never a second refund).
        """
        with self._lock:
            return self._refund(reference, position, reason, clerk, approved_by, kind, note)

    def _refund(
        self,
        reference: str,
        position: int,
        reason: str,
        clerk: str | None,
        approved_by: str | None,
        kind: RefundKind | None,
        note: str | None,
    ) -> RefundOutcome:
        order, live = self._sale(reference, position)
        if position in live:
            earlier = live[position]
            if earlier.state in (RefundState.REQUESTED, RefundState.SENT, RefundState.UNKNOWN):
                return self.check(earlier)
            raise AlreadyRefundedError(provider=str(order.plan.provider))
        provider = self._provider(order)
        base = Refund(
            reference="",
            sale_reference=reference,
            position=position,
            iccid=order.esims[position].iccid,
            kind=RefundKind.PROVIDER_CANCEL,
            state=RefundState.REQUESTED,
            customer=customer_shares(order)[position].amount,
            provider=str(order.plan.provider),
            clerk=self._counter.clerk if clerk is None else clerk,
            approved_by=approved_by,
            reason=reason,
            note=note,
            training=order.training,
            created_at=self._now(),
        )
        if not provider.supports_cancel:
            return self._shop_refund(order, base, kind or RefundKind.SHOP_LOSS)
        if kind not in (None, RefundKind.PROVIDER_CANCEL):
            # The provider can cancel: the shop takes no loss the provider would refund.
            raise ValueError("an eSIMfly eSIM is refunded by cancelling it")
        positions = self._eligible(provider, order, position, set(live))
        batch = new_reference()
        all_shares = customer_shares(order)
        refunds = [
            replace(
                base,
                reference=new_reference(),
                position=p,
                iccid=order.esims[p].iccid,
                customer=all_shares[p].amount,
                tenders=all_shares[p].tenders,
                batch=batch,
            )
            for p in positions
        ]
        self._record(refunds, order)
        return self._flow.send(provider, order, refunds)

    def preview(self, reference: str, position: int = 0) -> RefundPreview:
        """What :meth:`refund` would do, for the clerk to confirm first: every eSIM it
        would refund (eSIMfly cancels the order's uninstalled eSIMs together) and what
        goes back to the customer, by which methods. Reads the live status; journals and
        cancels nothing. Raises what :meth:`refund` raises (an eSIM whose refund is still
        being checked: :class:`AlreadyRefundedError`)."""
        with self._lock:
            order, live = self._sale(reference, position)
            if position in live:
                raise AlreadyRefundedError(provider=str(order.plan.provider))
            provider = self._provider(order)
            cancels = provider.supports_cancel
            positions = (
                self._eligible(provider, order, position, set(live)) if cancels else [position]
            )
            all_shares = customer_shares(order)
            return RefundPreview(
                order, tuple(positions), tuple(all_shares[p] for p in positions), cancels
            )

    def _sale(self, reference: str, position: int) -> tuple[Order, dict[int, Refund]]:
        """The delivered sale and its live (not REFUSED) refunds by position."""
        order = self._counter.journal.get(reference)
        if order is None or order.status is not OrderStatus.DELIVERED:
            raise NotRefundableError
        if not 0 <= position < len(order.esims):
            raise NotRefundableError(f"Sale {reference} has no eSIM {position + 1}.")
        if order.training != self._counter.training:
            raise OtherModeError(training_sale=order.training)
        live = {
            r.position: r
            for r in self.book.of_sale(reference)
            if r.state is not RefundState.REFUSED
        }
        return order, live

    def _eligible(
        self, provider: Provider, order: Order, position: int, refunded: set[int]
    ) -> list[int]:
        """The asked eSIM (refused with EsimInstalledError if installed), then every other
        eSIM of the sale eSIMfly will cancel with it."""
        iccid = order.esims[position].iccid
        if iccid is None:
            raise NotRefundableError
        status = provider.esim_status(iccid)
        if status.installed:
            raise EsimInstalledError(iccid=iccid, provider=str(order.plan.provider))
        positions = [position]
        for other, esim in enumerate(order.esims):
            if other == position or other in refunded or esim.iccid is None:
                continue
            sibling = provider.esim_status(esim.iccid)
            if not sibling.installed and not sibling.cancelled:
                positions.append(other)
        return positions

    def _record(self, refunds: Sequence[Refund], order: Order) -> None:
        try:
            self.book.record_requested(refunds)
        except AlreadyRefundedInJournal as exc:
            # Another till or thread refunded it first.
            raise AlreadyRefundedError(provider=str(order.plan.provider)) from exc

    def _shop_refund(self, order: Order, base: Refund, kind: RefundKind) -> RefundOutcome:
        """Octopus: no provider call. A shop loss is done at once; a claim waits for
        Octopus to report the order CANCELLED."""
        if kind is RefundKind.PROVIDER_CANCEL:
            raise RefundNotSupportedError(provider=str(order.plan.provider))
        share = customer_shares(order)[base.position]
        now = self._now()
        refund = replace(
            base,
            reference=new_reference(),
            kind=kind,
            tenders=share.tenders,
            state=RefundState.REFUNDED
            if kind is RefundKind.SHOP_LOSS
            else RefundState.PENDING_PROVIDER,
            resolved_at=now if kind is RefundKind.SHOP_LOSS else None,
        )
        refund.batch = refund.reference
        self._record([refund], order)
        return RefundOutcome((self.book.get(refund.reference),))

    # -- resolving ------------------------------------------------------------------

    def check(self, refund: Refund) -> RefundOutcome:
        """Resolve an unresolved refund and the rest of its batch (see the module doc)."""
        with self._lock:
            return self._check(refund)

    def _check(self, refund: Refund) -> RefundOutcome:
        order = self._counter.journal.get(refund.sale_reference)
        if order is None:
            raise NotRefundableError
        if order.training != self._counter.training:
            return RefundOutcome((refund,), OtherModeError(training_sale=order.training))
        batch = [r for r in self.book.batch(refund.batch) if r.state.unresolved]
        batch.sort(key=lambda r: r.reference != refund.reference)  # the one asked about first
        if not batch:
            return RefundOutcome((self.book.get(refund.reference),))
        try:
            provider = self._provider(order)
        except CounterError as exc:
            return RefundOutcome(tuple(batch), exc)
        if batch[0].kind is RefundKind.CLAIMED:
            return self._check_claim(provider, order, batch)
        waiting = [r for r in batch if r.state is RefundState.PENDING_PROVIDER]
        unsent = [r for r in batch if r.state is RefundState.REQUESTED]
        lost = [r for r in batch if r.state in (RefundState.SENT, RefundState.UNKNOWN)]
        done: tuple[Refund, ...] = ()
        error: CounterError | None = None
        try:
            for group in (unsent, lost, waiting):
                if not group:
                    continue
                if group is unsent:
                    # Never left: the clerk's decision, on disk, stands.
                    outcome = self._flow.send(provider, order, group)
                elif group is lost:
                    outcome = self._lost(provider, order, group)
                else:
                    outcome = self._flow.by_status(provider, order, group, pending_if_new=False)
                done += outcome.refunds
                error = error or outcome.error
        except CounterError as exc:
            return RefundOutcome(done or tuple(batch), exc)
        return RefundOutcome(
            tuple(sorted(done, key=lambda r: r.reference != refund.reference)), error
        )

    def _lost(self, provider: Provider, order: Order, lost: list[Refund]) -> RefundOutcome:
        """Refunds whose cancel left and whose answer did not come: the live status of the
        first says (the batch was cancelled together); only if it still reads NEW is the
        cancel sent again, where ALREADY_CANCELLED counts as done."""
        first = self._flow.by_status(provider, order, lost[:1], pending_if_new=False)
        still_open = first.refund.state in (RefundState.SENT, RefundState.UNKNOWN)
        if first.error is not None or not still_open:
            if not lost[1:]:
                return first
            rest = self._flow.by_status(provider, order, lost[1:], pending_if_new=False)
            return RefundOutcome(first.refunds + rest.refunds, first.error or rest.error)
        return self._flow.send(provider, order, [first.refund, *lost[1:]])

    def _check_claim(self, provider: Provider, order: Order, batch: list[Refund]) -> RefundOutcome:
        """Octopus: a claimed refund is confirmed when the order reads CANCELLED."""
        if order.provider_order_id is None:
            return RefundOutcome(tuple(batch))
        try:
            result = provider.fetch_order(order.provider_order_id)
        except CounterError as exc:
            return RefundOutcome(tuple(batch), exc)
        if result.status is OrderStatus.CANCELLED:
            for refund in batch:
                refund.state = RefundState.REFUNDED
                refund.provider_amount = provider_share(order, refund.position)
                self.book.record_outcome(refund)
        return RefundOutcome(tuple(self.book.get(r.reference) for r in batch))

    def check_all(self) -> list[RefundOutcome]:
        """Resolve every refund a crash left unresolved, and every claim or refund request
        waiting for its provider (run at start-up, with the sales). This counter's mode
        only."""
        outcomes: list[RefundOutcome] = []
        done: set[str] = set()
        for refund in self.book.unresolved():
            if refund.batch in done or refund.training != self._counter.training:
                continue
            done.add(refund.batch)
            outcomes.append(self.check(refund))
        return outcomes

    def receipt_number(self, refund_reference: str) -> int:
        return self.book.receipt_number(refund_reference)

    def _provider(self, order: Order) -> Provider:
        try:
            return self._counter.providers[order.plan.provider]
        except KeyError:
            raise NoAccountError(provider=order.plan.provider) from None


# -- refunds a crash interrupted, completed at start-up --------------------------------


def owed_refunds(journal: object) -> set[str]:
    """References of refunds whose customer has not had the money yet (REQUESTED, SENT,
    UNKNOWN): read before start-up checks them, so the window can say which of them
    that check completed."""
    book = getattr(journal, "refunds", None)
    if book is None:
        return set()
    return {r.reference for r in book.unresolved() if not r.state.customer_refunded}


def paid_at_start(counter: Counter, owed: set[str]) -> list[tuple[Order, RefundOutcome]]:
    """Of ``counter.last_refund_outcomes``: those whose refund was owed before the check
    and is paid back now, with their sale. The clerk must hand that money over: the
    refund was confirmed while nobody stood at the counter (a crash between the
    journal and the answer)."""
    found: list[tuple[Order, RefundOutcome]] = []
    for outcome in counter.last_refund_outcomes:
        if not any(r.reference in owed and r.state.customer_refunded for r in outcome.refunds):
            continue
        order = counter.journal.get(outcome.refund.sale_reference)
        if order is not None:
            found.append((order, outcome))
    return found
