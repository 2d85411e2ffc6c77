"""The counter's use cases, Qt-free and synchronous; the UI calls them from worker threads.

A sale is journalled as SUBMITTING before its request leaves the machine, and every
outcome is journalled the moment it arrives, so a crash at any point leaves a record to
reconcile; see ../shared/DESIGN.md, "The sale".
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Protocol

from app.catalogue import Catalogue
from app.claiming import (
    BUMPED_REASON,
    NO_CHAIN,
    ChainClaimError,
    ClaimHow,
    Claims,
    ClaimSession,
    ClaimTakenError,
    EarlierElsewhereError,
    UnsyncedElsewhereError,
)
from app.core.countries import Destination
from app.core.errors import (
    CounterError,
    DuplicateSubmissionError,
    EarlierSaleUncheckedError,
    NoAccountError,
    OrderNotFoundError,
    OtherModeError,
    OutcomeUnknownError,
    ResendTooLateError,
)
from app.core.money import Money
from app.core.orders import Order, OrderResult, OrderStatus
from app.core.payment import Payment
from app.core.phones import PhoneCheck
from app.core.plans import Plan, PlanKey, ProviderId, TopupKey
from app.core.quote import Quote
from app.probing import ProbeJournal, ProbesRequestIds, RequestIdProbes
from app.providers.base import Provider

if TYPE_CHECKING:
    from app.refunds import RefundDesk, RefundOutcome

log = logging.getLogger(__name__)


class SalesJournal(ProbeJournal, Protocol):
    def record_submitting(self, order: Order, phone_check: PhoneCheck | None = None) -> None: ...
    def record_sent(self, reference: str, at: datetime) -> None: ...
    def sent_at(self, reference: str) -> datetime | None: ...
    def record_outcome(self, order: Order) -> None: ...
    def get(self, reference: str) -> Order | None: ...
    def known_order_ids(self, provider: ProviderId) -> set[str]: ...
    def unresolved(self) -> list[Order]: ...
    def record_handback(self, reference: str, returned: bool) -> Order: ...
    def owed(self) -> list[Order]: ...
    def receipt_number(self, reference: str) -> int: ...
    # Chains only (see app.claiming): a matched sale whose order went to another sale.
    def reopen_matched(self, reference: str, provider_order_id: str, reason: str) -> bool: ...
    # For the history, the day report and the smoke test, which read what was sold.
    def search(
        self,
        *,
        text: str = "",
        status: OrderStatus | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        training: bool | None = None,
        limit: int = 200,
        offset: int = 0,
    ) -> list[Order]: ...
    def close(self) -> None: ...


# eSIMfly forgets request ids after 24 h; past that a resend could buy a second eSIM.
RESEND_WINDOW = timedelta(hours=23)


# While an order may still be processing at its provider, a sale not found is looked for
# again at least this often (and once more when its window has passed).
RECHECK_EVERY = timedelta(seconds=15)
# A match waiting for another counter of the chain to push is checked again this soon
# after its span ends (a live counter pushes every couple of seconds).
LIVE_RECHECK = timedelta(seconds=2)
NEVER_RECEIVED = "The provider never received this sale; no money moved."
NOT_YET_SEEN = (
    "The provider has not shown this sale yet; it may still be processing. "
    "It is checked again automatically; do not sell it again meanwhile."
)


def _no_checkpoint(name: str) -> None:
    """Where a test may stop the process (see ``Counter(checkpoint=...)``)."""


def _utc_now() -> datetime:
    return datetime.now(UTC)


def in_flight_window(provider: Provider) -> timedelta:
    """How long after its request left an order may still appear at this provider.

    Octopus processes an order for up to its inline wait and cannot tell "not yet" from
    "never", so its client gives the order timeout plus a margin. eSIMfly's lookup spends
    the request id, which proves at once that a missing order never will exist: zero.
    """
    window = getattr(provider, "in_flight_window", timedelta(0))
    return window if isinstance(window, timedelta) else timedelta(0)


def _match_key(plan: Plan) -> PlanKey | str:
    """What a lost order is matched by: the plan's key, except that top-ups of one
    package on different eSIMs match alike (the orders list does not name the eSIM)."""
    key = plan.key
    return f"topup:{key.package_code}" if isinstance(key, TopupKey) else key


@dataclass(frozen=True, slots=True)
class SaleOutcome:
    """An order after a provider call, and the typed error that explains a bad outcome."""

    order: Order
    error: CounterError | None = None
    #: For a sale still UNKNOWN because its order may still be processing at the
    #: provider: when to reconcile it again (the window closes by then or soon after).
    recheck_at: datetime | None = None


class Counter:
    def __init__(
        self,
        providers: Mapping[ProviderId, Provider],
        journal: SalesJournal,
        *,
        training: bool = False,
        clerk: str = "",
        checkpoint: Callable[[str], None] = _no_checkpoint,
        clock: Callable[[], datetime] = _utc_now,
        sleep: Callable[[float], None] = time.sleep,
        claims: Claims = NO_CHAIN,
    ) -> None:
        if not providers:
            raise ValueError("a counter needs at least one provider")
        self.providers = dict(providers)
        self.journal = journal
        self.training = training
        self.clerk = clerk
        # Called with "journalled" (sale on disk, nothing sent), "answered" (the
        # provider answered, nothing journalled yet), "probing" (a request-id probe is
        # journalled, not sent) and "probed" (its answer is not journalled yet): crash
        # tests kill the process there.
        self._checkpoint = checkpoint
        # Aware UTC "now": when requests leave and when a processing window closes.
        self.clock = clock
        # Only to wait out an earlier sale's stamp margin before a sale leaves (seconds).
        self._sleep = sleep
        self._lock = threading.Lock()  # one reconciliation at a time (see reconcile)
        # Orders other counters of a chain claimed (see app.claiming); NO_CHAIN alone.
        self.claims = claims
        self._refunds: RefundDesk | None = None
        self.last_refund_outcomes: list[RefundOutcome] = []
        self._catalogue = Catalogue(self.providers)
        # Through lambdas: tests replace the clock and checkpoint on a built counter.
        self._probes = RequestIdProbes(
            journal, lambda: self.clock(), lambda name: self._checkpoint(name)
        )

    # -- catalogue (see app.catalogue) ---------------------------------------------------

    @property
    def unavailable(self) -> dict[ProviderId, CounterError]:
        """Providers whose last catalogue or balance read failed, and why."""
        return self._catalogue.unavailable

    def destinations(self) -> list[Destination]:
        """Every destination the answering providers sell; see :class:`Catalogue`."""
        return self._catalogue.destinations()

    def retry_unavailable(self) -> list[Destination]:
        return self._catalogue.retry_unavailable()

    def plans(self, destination: Destination) -> list[Plan]:
        return self._catalogue.plans(destination)

    def balances(self) -> dict[ProviderId, Money | CounterError]:
        return self._catalogue.balances()

    # -- selling --------------------------------------------------------------------

    def begin_sale(
        self,
        plan: Plan,
        quantity: int = 1,
        *,
        quote: Quote | None = None,
        payment: Payment | None = None,
        phone_check: PhoneCheck | None = None,
    ) -> Order:
        """Create the sale and commit it to the journal before anything is sent, with
        the price asked, the payment taken and the phone check answered in the same
        transaction."""
        if payment is not None and quote is not None and payment.total != quote.gross:
            raise ValueError("the payment must cover the quoted total exactly")
        order = Order(
            plan=plan,
            quantity=quantity,
            training=self.training,
            clerk=self.clerk,
            quote=quote,
            payment=payment,
        )
        self.journal.record_submitting(order, phone_check)
        return order

    def record_handback(self, reference: str, returned: bool) -> Order:
        """The clerk says a failed sale's payment went back to the customer (``returned``)
        or will later; a failed paid sale is journalled as owing it until then."""
        return self.journal.record_handback(reference, returned)

    def owed(self) -> list[Order]:
        """Failed sales whose payment has not been handed back yet."""
        return self.journal.owed()

    def submit(self, order: Order) -> SaleOutcome:
        """Send a journalled sale to its provider and journal what came back.

        Sending again after an unknown outcome reuses the same reference, which both
        providers refuse to sell twice.
        """
        provider = self._provider(order.plan)
        if isinstance(provider, ProbesRequestIds):
            try:
                self._settle_earlier(provider, order)
            except CounterError as exc:
                if order.status is OrderStatus.SUBMITTING:  # nothing left: no money moved
                    order.advance(OrderStatus.FAILED)
                    order.failure_reason = exc.message
                    self.journal.record_outcome(order)
                return SaleOutcome(order, exc)
        self._checkpoint("journalled")
        # Just before the request leaves (each resend again): the provider's processing
        # window is counted from here. A crash right after it only makes the wait longer.
        self.journal.record_sent(order.reference, self.clock())
        try:
            result = provider.place_order(order.plan, order.reference, order.quantity)
        except (OutcomeUnknownError, DuplicateSubmissionError) as exc:
            # The request may have been taken (or certainly was): find out, never resend.
            outcome = self._unknown(order, exc)
            if isinstance(provider, ProbesRequestIds):
                self._probe_now(provider, order.reference)
            return outcome
        except CounterError as exc:
            if order.status is OrderStatus.UNKNOWN:
                # A resend that failed says nothing about the first attempt.
                return self._unknown(order, exc)
            # Refused before any money moved: auth, balance, plan gone, no connection...
            order.advance(OrderStatus.FAILED)
            order.failure_reason = exc.message
            self.journal.record_outcome(order)
            return SaleOutcome(order, exc)
        self._checkpoint("answered")
        order.apply(result)
        self.journal.record_outcome(order)
        return SaleOutcome(order)

    def resend(self, order: Order) -> SaleOutcome:
        """The clerk's explicit decision to send an unknown sale again, same reference.

        Both providers refuse a second order under the same reference, so this can find
        the lost order or place the one that never arrived, never buy twice.
        """
        if order.status is not OrderStatus.UNKNOWN:
            raise ValueError(f"only a sale with an unknown outcome is resent, not {order.status}")
        if self.clock() - order.created_at > RESEND_WINDOW:
            raise ResendTooLateError
        return self.submit(order)

    def sell(
        self,
        plan: Plan,
        quantity: int = 1,
        *,
        quote: Quote | None = None,
        payment: Payment | None = None,
        phone_check: PhoneCheck | None = None,
    ) -> SaleOutcome:
        return self.submit(
            self.begin_sale(plan, quantity, quote=quote, payment=payment, phone_check=phone_check)
        )

    def _unknown(self, order: Order, exc: CounterError) -> SaleOutcome:
        if order.status is not OrderStatus.UNKNOWN:
            order.mark_unknown()
        order.failure_reason = exc.message
        self.journal.record_outcome(order)
        return SaleOutcome(order, exc)

    # -- following up -----------------------------------------------------------------

    def poll(self, order: Order) -> SaleOutcome:
        """Ask the provider about a PENDING sale; journal any news."""
        if (other_mode := self._other_mode(order)) is not None:
            return other_mode
        if order.provider_order_id is None:
            return self.reconcile(order)
        try:
            result = self._provider(order.plan).fetch_order(order.provider_order_id)
        except CounterError as exc:
            return SaleOutcome(order, exc)  # still pending; asked again later
        if result.status is not order.status or result.esims != order.esims:
            order.apply(result)
            self.journal.record_outcome(order)
        return SaleOutcome(order)

    def reconcile(self, order: Order) -> SaleOutcome:
        """Resolve a SUBMITTING or UNKNOWN sale against the provider.

        Found → the provider's state. Not found → FAILED (no money moved) only once the
        request can no longer land: never sent, or its provider's processing window (see
        :func:`in_flight_window`) has passed since it was sent; until then it stays UNKNOWN
        with ``recheck_at``. Provider unreachable → stays UNKNOWN, to be checked again.
        """
        if order.status is OrderStatus.PENDING:
            return self.poll(order)
        if (other_mode := self._other_mode(order)) is not None:
            return other_mode
        try:
            provider = self._provider(order.plan)
        except CounterError as exc:
            return SaleOutcome(order, exc)
        if getattr(provider, "matches_by_package", False):
            # Orders found by package go to sales oldest first, whichever sale the clerk
            # checks first: each earlier unresolved sale of the package is resolved before.
            for earlier in self._earlier_of_package(order):
                self._reconcile_one(provider, earlier)
        return self._reconcile_one(provider, order)

    def _earlier_of_package(self, order: Order) -> list[Order]:
        mine = (order.created_at, order.reference)
        return [
            other
            for other in self.journal.unresolved()
            if other.plan.provider is order.plan.provider
            and _match_key(other.plan) == _match_key(order.plan)
            and other.training == order.training
            and other.status is not OrderStatus.PENDING
            and (other.created_at, other.reference) < mine
        ]

    def _reconcile_one(self, provider: Provider, order: Order) -> SaleOutcome:
        stored = self.journal.get(order.reference)
        if stored is not None and (stored.status.final or stored.status is OrderStatus.PENDING):
            # Resolved meanwhile (another check, an earlier sale's turn): the journal's word.
            return SaleOutcome(stored)
        if stored is not None:
            # The journal's copy, not one a failed write (a full disk) left half-changed.
            order = stored
        # Read before asking: an order that lands between this read and the answer is
        # then still inside the window, never taken for "never sent".
        sent_at = self.journal.sent_at(order.reference)
        # One reconciliation at a time: two sales of the same eSIMfly package must not
        # both claim the same provider order before either is journalled. In a chain the
        # register's lock does the same across counters, and the claim is committed there
        # before the outcome is journalled here (see app.claiming).
        matches_by_package = bool(getattr(provider, "matches_by_package", False))
        how = ClaimHow.MATCHED if matches_by_package else ClaimHow.DIRECT
        with self._lock:
            try:
                with self.claims.reconciling(
                    order.plan.provider, matches_by_package=matches_by_package
                ) as central:
                    exclude = self.journal.known_order_ids(order.plan.provider)
                    exclude |= central.taken(order.reference)
                    if matches_by_package and (other := central.earlier_elsewhere(order)):
                        raise EarlierElsewhereError(other, provider=str(order.plan.provider))
                    if isinstance(provider, ProbesRequestIds):
                        found, final_at = self._probes.match(provider, order, exclude)
                    else:
                        found, final_at = self._look_up(provider, order, exclude, sent_at)
                    if found is not None and matches_by_package:
                        self._wait_for_live_counters(central, provider, order)
                    if found is not None and not central.claim(
                        order.reference, found.order_id, how
                    ):
                        raise ClaimTakenError(provider=str(order.plan.provider))
            except CounterError as exc:
                if isinstance(exc, ChainClaimError):
                    # Said in the sale's own record, so the pending list shows why.
                    if order.status is OrderStatus.SUBMITTING:
                        order.mark_unknown()
                    order.failure_reason = exc.message
                    self.journal.record_outcome(order)
                elif order.status is OrderStatus.SUBMITTING:
                    order.mark_unknown()
                    self.journal.record_outcome(order)
                if isinstance(exc, ChainClaimError):
                    return SaleOutcome(order, exc, exc.recheck_at(self.clock()))
                return SaleOutcome(order, exc)
            if order.status is OrderStatus.SUBMITTING:
                order.mark_unknown()
            recheck_at: datetime | None = None
            error: CounterError | None = None
            now = self.clock()
            if found is not None:
                order.apply(found)
            elif final_at is not None and now < final_at:
                # Perhaps still being processed: "not found" proves nothing yet.
                recheck_at = min(final_at, now + RECHECK_EVERY)
                order.failure_reason = NOT_YET_SEEN
                error = OutcomeUnknownError(NOT_YET_SEEN, provider=str(order.plan.provider))
            else:
                order.advance(OrderStatus.FAILED)
                order.failure_reason = NEVER_RECEIVED
            log.info("reconciled sale %s: %s", order.reference, order.status)
            self.journal.record_outcome(order)
        return SaleOutcome(order, error, recheck_at)

    def _wait_for_live_counters(
        self, central: ClaimSession, provider: Provider, order: Order
    ) -> None:
        """Before a match by package is claimed: every live counter of the chain must have
        pushed what it sold up to the end of this sale's span (its probe's answer plus the
        stamp margin), else one of its unpushed sales may have bought the order found
        (docs/decisions.md, "Matches wait for the live counters"). Then an older unresolved
        sale it pushed meanwhile goes first, as :meth:`_reconcile_one` does before the match."""
        now = self.clock()
        answered = self.journal.probe(order.reference).answered_at
        until = (answered or now) + getattr(provider, "stamp_margin", timedelta(0))
        other = central.unsynced_elsewhere(until, now)
        if other is not None:
            recheck = max(until, now) + LIVE_RECHECK
            raise UnsyncedElsewhereError(other, recheck, provider=str(order.plan.provider))
        if other := central.earlier_elsewhere(order):
            raise EarlierElsewhereError(other, provider=str(order.plan.provider))

    @staticmethod
    def _look_up(
        provider: Provider, order: Order, exclude: set[str], sent_at: datetime | None
    ) -> tuple[OrderResult | None, datetime | None]:
        """The sale's order, or None and when "not found" becomes final (None: now)."""
        try:
            found = provider.find_order(
                order.reference, plan=order.plan, placed_at=order.created_at, exclude=exclude
            )
        except OrderNotFoundError:
            found = None
        final_at = None if sent_at is None else sent_at + in_flight_window(provider)
        return found, final_at

    # -- eSIMfly: the request-id probe (see app.probing) ----------------------------------

    def _probe_now(self, provider: ProbesRequestIds, reference: str) -> None:
        """Right after a sale's outcome is lost: close the span its order can be stamped
        in before the next sale leaves (a request still on its way is refused)."""
        with self._lock:
            try:
                self._probes.probe(provider, reference)
            except CounterError as exc:
                log.info("probe of sale %s failed: %s", reference, exc.message)

    def _settle_earlier(self, provider: Provider, order: Order) -> None:
        """Before a sale of a package leaves, check every earlier unresolved sale of that
        package, waiting out a stamp margin still open, so no earlier sale's span can take
        in this sale's order. An earlier sale whose probe never got an answer has no span
        yet: the sale is refused (CounterError) until that one is checked."""
        margin = getattr(provider, "stamp_margin", timedelta(0))
        for earlier in self._earlier_of_package(order):
            if self._reconcile_one(provider, earlier).order.status.unresolved:
                record = self.journal.probe(earlier.reference)
                if record.answered_at is None:
                    raise EarlierSaleUncheckedError(provider=str(order.plan.provider))
                wait = (record.answered_at + margin - self.clock()).total_seconds()
                if wait > 0:
                    self._sleep(wait)
                    self._reconcile_one(provider, earlier)

    def reconcile_all(self, *, refunds: bool = True) -> list[SaleOutcome]:
        """Resolve every sale a crash or power cut left unresolved (run at start-up),
        then (``refunds``) every unresolved refund; the refunds' outcomes are kept in
        ``last_refund_outcomes`` (see :meth:`app.refunds.RefundDesk.check_all`).

        Only sales of this counter's mode: a training sale is never looked up at a real
        provider, nor a real one in the sandbox.
        """
        self.reopen_bumped()
        outcomes = [
            self.reconcile(order)
            for order in self.journal.unresolved()
            if order.training == self.training
        ]
        if refunds and getattr(self.journal, "refunds", None) is not None:
            self.last_refund_outcomes = self.refunds.check_all()
        return outcomes

    def reopen_bumped(self) -> list[str]:
        """Sales of this counter matched to an order that another counter's sale then
        received directly (a chain, see app.claiming): back to UNKNOWN, to be checked
        again. The direct answer is proof; a match by package and time is not. Returns
        the references reopened."""
        reopened: list[str] = []
        for bump in self.claims.bumped():
            with self._lock:
                # Only while the sale still holds that order: a bump seen twice (a crash
                # before it was marked handled) must not reopen a later, rightful match.
                if self.journal.reopen_matched(
                    bump.reference, bump.provider_order_id, BUMPED_REASON
                ):
                    log.warning("sale %s lost its matched order to a direct answer", bump.reference)
                    reopened.append(bump.reference)
            self.claims.bump_handled(bump)
        return reopened

    def recheck_bumped(self) -> list[SaleOutcome]:
        """:meth:`reopen_bumped`, then check each reopened sale again at once: what a
        running counter of a chain does after its pushes, so a match that lost to a
        direct answer does not hold the other sale's order until the next start-up."""
        outcomes = []
        for reference in self.reopen_bumped():
            order = self.journal.get(reference)
            if order is not None:
                outcomes.append(self.reconcile(order))
        return outcomes

    # -- refunds (issue 15; the lifecycle is in app.refunds) ---------------------------

    @property
    def refunds(self) -> RefundDesk:
        """Refunds and voids: ``counter.refunds.refund(reference, position, ...)``."""
        if self._refunds is None:
            from app.refunds import RefundDesk  # here: app.refunds imports this module's type

            self._refunds = RefundDesk(self)
        return self._refunds

    def _other_mode(self, order: Order) -> SaleOutcome | None:
        """A training sale is never looked up at a real provider, nor a real one in the
        sandbox: the same order id means nothing there."""
        if order.training == self.training:
            return None
        return SaleOutcome(order, OtherModeError(training_sale=order.training))

    def _provider(self, plan: Plan) -> Provider:
        try:
            return self.providers[plan.provider]
        except KeyError:
            raise NoAccountError(provider=plan.provider) from None
