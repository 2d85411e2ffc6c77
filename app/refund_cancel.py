"""Sending a refund's cancel and journalling what comes back (see :mod:`app.refunds`).

:class:`CancelFlow` is the part of the refund lifecycle that talks to the provider's
cancel and status calls; :class:`app.refunds.RefundDesk` decides when to call it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from app.core.errors import (
    CounterError,
    EsimInstalledError,
    InvalidResponseError,
    NotRefundableError,
    OutcomeUnknownError,
    ProviderUnavailableError,
)
from app.core.money import Money
from app.core.orders import Order, new_reference
from app.core.refunds import (
    CancelResult,
    ProviderRefundMethod,
    Refund,
    RefundState,
    Share,
    shares,
    split,
)
from app.journal.refunds import RefundBook
from app.providers.base import Provider

NOT_CANCELLED = "eSIMfly did not cancel this eSIM."
INSTALLED_MEANWHILE = "The eSIM was installed before eSIMfly cancelled it; it was not refunded."
LOST = "eSIMfly's answer to the cancel was lost; it is checked again, never sent twice blindly."


@dataclass(frozen=True, slots=True)
class RefundOutcome:
    """The refunds one call journalled or resolved (the one asked about first), and the
    typed error that explains a bad outcome."""

    refunds: tuple[Refund, ...]
    error: CounterError | None = None

    @property
    def refund(self) -> Refund:
        return self.refunds[0]


def customer_shares(order: Order) -> list[Share]:
    """Each eSIM's share of what the customer paid: the quote's gross (else the payment,
    else what the sale cost the shop, for sales journalled before prices existed)."""
    tenders = order.payment.tenders if order.payment is not None else ()
    if order.quote is not None:
        total = order.quote.gross
    elif order.payment is not None:
        total = order.payment.total
    else:
        total = order.charged or Money(
            order.plan.price.amount * order.quantity, order.plan.price.currency
        )
    return shares(total, tenders, order.quantity)


def provider_share(order: Order, position: int) -> Money:
    """What the provider gives back for one eSIM when its answer does not say (a lost
    answer, a refund request confirmed later): its share of what the sale cost."""
    charged = order.charged or Money(
        order.plan.price.amount * order.quantity, order.plan.price.currency
    )
    return split(charged, order.quantity)[position]


class CancelFlow:
    def __init__(
        self,
        book: RefundBook,
        now: Callable[[], datetime],
        checkpoint: Callable[[str], None],
    ) -> None:
        self.book = book
        self._now = now
        # "refund_journalled" (REQUESTED on disk, nothing sent) and "refund_answered"
        # (the answer arrived, nothing of it journalled): crash tests kill the process there.
        self._checkpoint = checkpoint

    def send(self, provider: Provider, order: Order, refunds: Sequence[Refund]) -> RefundOutcome:
        self._checkpoint("refund_journalled")
        self.book.record_sent([r.reference for r in refunds], self._now())
        for refund in refunds:
            refund.state, refund.sent_at = RefundState.SENT, self._now()
        iccid = refunds[0].iccid
        assert iccid is not None
        try:
            result = provider.cancel_esim(iccid)
        except EsimInstalledError as exc:
            return self.finish(refunds, RefundState.REFUSED, INSTALLED_MEANWHILE, exc)
        except (OutcomeUnknownError, ProviderUnavailableError, InvalidResponseError) as exc:
            return self.finish(refunds, RefundState.UNKNOWN, LOST, exc)
        except CounterError as exc:
            # The provider's own word (not found, another account, credentials): nothing
            # was cancelled, and the clerk may try again once it is sorted out.
            return self.finish(refunds, RefundState.REFUSED, exc.message, exc)
        self._checkpoint("refund_answered")
        return self.apply(provider, order, refunds, result)

    def finish(
        self,
        refunds: Sequence[Refund],
        state: RefundState,
        why: str | None,
        error: CounterError | None = None,
    ) -> RefundOutcome:
        for refund in refunds:
            refund.state, refund.failure_reason = state, why
            self.book.record_outcome(refund)
        return RefundOutcome(tuple(self.book.get(r.reference) for r in refunds), error)

    def apply(
        self, provider: Provider, order: Order, refunds: Sequence[Refund], result: CancelResult
    ) -> RefundOutcome:
        if result.already_cancelled:
            # Cancelled by an earlier send whose answer was lost (or outside the counter):
            # done, and counted once. Confirmed when the live status reads CANCELLED.
            return self.by_status(provider, order, refunds, pending_if_new=True)
        for refund in refunds:
            cancelled = result.for_iccid(refund.iccid)
            if cancelled is None:
                refund.state, refund.failure_reason = RefundState.REFUSED, NOT_CANCELLED
            elif result.method in (
                ProviderRefundMethod.REFUND_REQUEST,
                ProviderRefundMethod.SEPARATE,
            ):
                refund.state, refund.provider_method = RefundState.PENDING_PROVIDER, result.method
            else:
                refund.state = RefundState.REFUNDED
                refund.provider_method = result.method or ProviderRefundMethod.BALANCE
                refund.provider_amount = cancelled.refunded or provider_share(
                    order, refund.position
                )
            self.book.record_outcome(refund)
        extra = self.cancelled_with(order, refunds, result)
        error = None
        if refunds[0].state is RefundState.REFUSED:
            error = NotRefundableError(NOT_CANCELLED, provider=refunds[0].provider)
        done = tuple(self.book.get(r.reference) for r in refunds)
        return RefundOutcome(done + extra, error)

    def cancelled_with(
        self, order: Order, refunds: Sequence[Refund], result: CancelResult
    ) -> tuple[Refund, ...]:
        """eSIMs of the sale eSIMfly cancelled along with the batch that the counter did not
        expect (installed when it looked, say, then not): journalled too, so every eSIM
        refunded to the balance is paid back to the customer."""
        asked = {r.iccid for r in refunds}
        taken = {
            r.position
            for r in self.book.of_sale(order.reference)
            if r.state is not RefundState.REFUSED
        }
        all_shares = customer_shares(order)
        extra = []
        for cancelled in result.cancelled:
            position = next(
                (i for i, e in enumerate(order.esims) if e.iccid == cancelled.iccid), None
            )
            if cancelled.iccid in asked or position is None or position in taken:
                continue
            pending = result.method in (
                ProviderRefundMethod.REFUND_REQUEST,
                ProviderRefundMethod.SEPARATE,
            )
            extra.append(
                replace(
                    refunds[0],
                    reference=new_reference(),
                    position=position,
                    iccid=cancelled.iccid,
                    customer=all_shares[position].amount,
                    tenders=all_shares[position].tenders,
                    state=RefundState.PENDING_PROVIDER if pending else RefundState.REFUNDED,
                    provider_method=result.method or ProviderRefundMethod.BALANCE,
                    provider_amount=None
                    if pending
                    else cancelled.refunded or provider_share(order, position),
                    resolved_at=None if pending else self._now(),
                    failure_reason=None,
                )
            )
        if extra:
            self.book.record_requested(extra)
        return tuple(self.book.get(r.reference) for r in extra)

    def by_status(
        self, provider: Provider, order: Order, refunds: Sequence[Refund], *, pending_if_new: bool
    ) -> RefundOutcome:
        """Each refund by its eSIM's live status: CANCELLED → REFUNDED; installed →
        REFUSED; still NEW → PENDING_PROVIDER when a cancel was certainly taken."""
        error: CounterError | None = None
        for refund in refunds:
            assert refund.iccid is not None
            try:
                status = provider.esim_status(refund.iccid)
            except CounterError as exc:
                error = exc
                if refund.state is RefundState.SENT:
                    refund.state = RefundState.UNKNOWN
                    self.book.record_outcome(refund)
                continue
            if status.cancelled:
                refund.state = RefundState.REFUNDED
                refund.provider_amount = refund.provider_amount or provider_share(
                    order, refund.position
                )
            elif status.installed:
                if refund.state is RefundState.PENDING_PROVIDER:
                    continue  # the request stands; the owner follows it up
                refund.state, refund.failure_reason = RefundState.REFUSED, INSTALLED_MEANWHILE
            elif pending_if_new:
                refund.state = RefundState.PENDING_PROVIDER
                refund.provider_method = ProviderRefundMethod.REFUND_REQUEST
            else:
                continue
            self.book.record_outcome(refund)
        return RefundOutcome(tuple(self.book.get(r.reference) for r in refunds), error)
