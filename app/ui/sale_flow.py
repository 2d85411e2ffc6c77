"""The sale as the clerk lives it: confirm, sell in the background, act on the outcome,
follow pending sales until they deliver, and re-check sales whose outcome is unknown."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from app.core.errors import OutcomeUnknownError
from app.core.orders import Order, OrderStatus
from app.core.payment import Payment
from app.core.plans import Plan
from app.core.pricing import PriceList, PricingError, needs_override
from app.core.pricing_codec import PriceListError
from app.core.quote import Quote
from app.core.topup import target_iccid
from app.ui import accessibility
from app.ui.accessibility import Politeness
from app.ui.confirm_dialog import ConfirmSaleDialog
from app.ui.handback_dialog import HandbackDialog
from app.ui.handback_flow import HandbackFlow
from app.ui.locale_text import isolate
from app.ui.manager_override import ManagerOverride
from app.ui.messages import describe
from app.ui.pending_list import PendingList
from app.ui.phone_check_step import PhoneCheckStep
from app.ui.pricing_source import PricingSource, problem_text
from app.ui.runner import SALE, Runner
from app.ui.sale_state import SaleResult
from app.ui.sell_panel import SellPanel

if TYPE_CHECKING:
    from app.core.phones import PhoneCheck
    from app.counter import Counter, SaleOutcome
    from app.ui.after_sale import AfterSale
    from app.ui.customer_display import CustomerDisplay

log = logging.getLogger(__name__)

# Octopus suggests polling every 5–10 s for the first minute, then every 30 s.
POLL_DELAYS = (5.0, 5.0, 10.0, 10.0, 10.0, 20.0, 30.0)


class SaleFlow(QObject):
    notice = Signal(str)  # a sentence for the status bar
    sale_done = Signal(object)  # Order, after any outcome
    delivered = Signal(object)  # Order, delivered with the clerk looking on (receipts)

    def __init__(
        self,
        runner: Runner,
        panel: SellPanel,
        pending: PendingList,
        window: QWidget,
        *,
        locale: str = "en_US",
        language: str = "en",
        display_timeout: int = 300,
        display_screen: str = "",
        full_screen: bool = True,
        poll_delays: Sequence[float] = POLL_DELAYS,
    ) -> None:
        super().__init__(window)
        self.counter: Counter | None = None
        self._runner = runner
        self._panel = panel
        self._pending_view = pending
        # The sales not finished yet, by reference: the list below the plans shows them.
        self.pending: dict[str, Order] = {}
        self._busy = False
        self._window = window
        self._locale = locale
        self._language = language
        self._display_timeout = display_timeout
        self._display_screen = display_screen
        self._full_screen = full_screen
        self._poll_delays = tuple(poll_delays) or POLL_DELAYS
        self._polls: dict[str, int] = {}
        self._stopped = False
        self.confirm_dialog: ConfirmSaleDialog | None = None
        self.handback = HandbackFlow(runner, window, lambda: self.counter, locale=locale)
        self.handback.owed.connect(self._still_owed)
        self.handback.settled.connect(self._settled)
        self.handback.notice.connect(self.notice)
        # The shop's prices (the window's PricingSource, see use_pricing; the provider's
        # list price until then) and the manager PIN a sale below cost needs.
        self.price_list: Callable[[], PriceList] = PriceList
        self.today: Callable[[], date] = date.today
        self.manager: ManagerOverride | None = None
        self.display: CustomerDisplay | None = None
        self.last_order: Order | None = None
        # Issue 17: install following and e-mail, made with the first display.
        self.after_sale: AfterSale | None = None
        # The phone check before payment (issue 17), when the owner's setting says so.
        self.phone_step = PhoneCheckStep(runner, window, lambda: self.counter)
        self.phone_step.notice.connect(self.notice)

        panel.sell_requested.connect(self.request_sale)
        panel.show_again_requested.connect(self._show_last)
        pending.show_requested.connect(self.show_display)
        pending.check_requested.connect(self.check)
        pending.handback_requested.connect(self.hand_back)

    def use_pricing(self, pricing: PricingSource, manager: ManagerOverride) -> None:
        """Sell at the owner's prices; a sale below cost only after the manager PIN."""
        self.price_list = pricing.price_list
        self.today = pricing.today
        self.manager = manager

    def configure_display(self, *, timeout: int, screen: str) -> None:
        self._display_timeout = timeout
        self._display_screen = screen

    @property
    def busy(self) -> bool:
        """A sale is on its way to the provider; no second one starts meanwhile."""
        return self._busy

    def stop(self) -> None:
        """No more polling or callbacks: the window is closing."""
        self._stopped = True

    # -- selling --------------------------------------------------------------------

    def request_sale(self, plan: Plan, quantity: int) -> None:
        if self.counter is None or self.busy:
            self._panel.sale_cancelled()
            return
        warning = ""
        if any(o.plan.id == plan.id and o.status.unresolved for o in self.pending.values()):
            warning = self.tr(
                "A sale of this same plan is still unresolved. Sell again only if you are "
                "sure the customer did not get that eSIM."
            )
        try:
            quote = self.price_list().quote(plan, quantity, today=self.today())
        except (PricingError, PriceListError) as exc:
            log.warning("cannot price %s: %s", plan.id, exc)
            self.notice.emit(problem_text(exc))
            self._panel.sale_cancelled()
            return
        self.phone_step.ask(
            lambda check: self._after_check(plan, quantity, quote, warning, check),
            self._panel.sale_cancelled,
        )

    def _after_check(
        self, plan: Plan, quantity: int, quote: Quote, warning: str, check: PhoneCheck | None
    ) -> None:
        if not needs_override(quote):
            self._take_payment(plan, quantity, quote, warning, check)
        elif self.manager is None:
            self.notice.emit(
                self.tr(
                    "This plan would sell below what it costs the shop. Ask the owner to "
                    "change the price list."
                )
            )
            self._panel.sale_cancelled()
        else:
            # The PIN first, then the payment: no money is taken for a sale not allowed.
            self.manager.ask_for_sale(
                quote,
                lambda: self._take_payment(plan, quantity, quote, warning, check),
                self._panel.sale_cancelled,
            )

    # -- payment ----------------------------------------------------------------------------

    def _take_payment(
        self,
        plan: Plan,
        quantity: int,
        quote: Quote,
        warning: str,
        check: PhoneCheck | None = None,
    ) -> None:
        """The payment step; accepted, the sale starts with its quote and payment."""
        dialog = ConfirmSaleDialog(
            plan,
            quantity,
            quote,
            locale=self._locale,
            language=self._language,
            warning=warning,
            parent=self._window,
        )
        self.confirm_dialog = dialog
        dialog.accepted.connect(lambda: self._start(plan, quantity, quote, dialog.payment(), check))
        dialog.rejected.connect(self._panel.sale_cancelled)
        dialog.rejected.connect(lambda: self._confirm_closed(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _confirm_closed(self, dialog: ConfirmSaleDialog) -> None:
        if self.confirm_dialog is dialog:
            self.confirm_dialog = None

    def _start(
        self,
        plan: Plan,
        quantity: int,
        quote: Quote,
        payment: Payment | None,
        check: PhoneCheck | None = None,
    ) -> None:
        counter = self.counter
        assert counter is not None
        self.confirm_dialog = None
        self._busy = True
        self._panel.sale_started()
        # Ahead of any balance or history read waiting for a thread.
        self._runner.run(
            lambda: counter.sell(plan, quantity, quote=quote, payment=payment, phone_check=check),
            self._on_outcome,
            self._on_sale_crashed,
            priority=SALE,
        )

    def _on_outcome(self, outcome: SaleOutcome) -> None:
        self._busy = False
        order = outcome.order
        self.last_order = order
        status = order.status
        if status is OrderStatus.DELIVERED:
            self._panel.sale_finished(
                self.tr("Sold. The QR code is on the customer display."),
                SaleResult.SOLD,
                can_show=True,
            )
            self.show_display(order)
            self.delivered.emit(order)
        elif status is OrderStatus.PENDING:
            self._panel.sale_finished(
                self.tr(
                    "Paid; the provider is still preparing the eSIM. You will be told "
                    "here when it is ready."
                ),
                SaleResult.PENDING,
            )
            self._keep(order)
            self._schedule_poll(order)
        elif status is OrderStatus.UNKNOWN:
            error = outcome.error or OutcomeUnknownError(provider=order.plan.provider)
            self._panel.sale_finished(describe(error, self._locale), SaleResult.UNKNOWN)
            self._keep(order)
        else:
            reason = (
                describe(outcome.error, self._locale)
                if outcome.error
                else (
                    self.tr("The provider refused the sale: %1").replace(
                        "%1", order.failure_reason or self.tr("no reason given")
                    )
                )
            )
            self._panel.sale_finished(
                self.tr("Not sold. %1").replace("%1", reason), SaleResult.FAILED
            )
            if order.owes_customer:
                self.hand_back(order)
        self._announce_outcome()
        self.sale_done.emit(order)

    def _on_sale_crashed(self, error: BaseException) -> None:
        log.error("sale task failed", exc_info=error)
        self._busy = False
        self._panel.sale_finished(describe(error, self._locale), SaleResult.UNKNOWN)
        self._announce_outcome()

    def _announce_outcome(self) -> None:
        """A screen reader says how the sale ended, interrupting: the clerk waits for it."""
        outcome = self._panel.outcome
        accessibility.announce(outcome, outcome.text(), Politeness.Assertive)

    # -- the money owed back (see app.ui.handback_flow) ---------------------------------

    @property
    def handback_dialog(self) -> HandbackDialog | None:
        return self.handback.dialog

    def hand_back(self, order: Order) -> None:
        self.handback.ask(order)

    def _settled(self, order: Order) -> None:
        self._drop(order.reference)
        self.sale_done.emit(order)

    def _still_owed(self, order: Order) -> None:
        self._keep(order)

    # -- the customer display ---------------------------------------------------------

    def _show_last(self) -> None:
        if self.last_order is not None:
            self.show_display(self.last_order)

    def show_display(self, order: Order) -> None:
        # Imported at the first sale, not at start-up; its qrcode and PIL are warmed up
        # in the worker that opens the counter (app/ui/opening.py).
        from app.ui.customer_display import CustomerDisplay, pick_screen

        if self.display is not None:
            self.display.close()
        display = CustomerDisplay(
            order, timeout_seconds=self._display_timeout, language=self._language
        )
        display.closed.connect(lambda: self._display_closed(display))
        self.display = display
        display.show_on(
            pick_screen(self._display_screen),
            full_screen=self._full_screen,
            clerk_screen=self._window.screen(),
        )
        self.ensure_after_sale().attach(display)  # follows installs until the display closes
        if order.status is OrderStatus.DELIVERED:
            self._drop(order.reference)

    def ensure_after_sale(self) -> AfterSale:
        if self.after_sale is None:
            from app.ui.after_sale import AfterSale

            gate = getattr(self._window, "clerk_gate", None)
            self.after_sale = AfterSale(
                self._runner,
                lambda: self.counter,
                self._window,
                self.notice.emit,
                locale=self._locale,
                clerk=lambda: str(getattr(gate, "name", "") or ""),
            )
        return self.after_sale

    def send_by_email(self, order: Order, parent: QWidget | None = None) -> None:
        """Issue 17: the e-mail dialog for an Octopus sale (History, the display)."""
        self.ensure_after_sale().send_by_email(order, parent)

    def close_display(self) -> None:
        if self.display is not None:
            self.display.close()

    def _display_closed(self, display: CustomerDisplay) -> None:
        if self.display is display:
            self.display = None
        display.deleteLater()

    # -- following up -----------------------------------------------------------------

    def _schedule_poll(self, order: Order) -> None:
        attempt = self._polls.get(order.reference, 0)
        self._polls[order.reference] = attempt + 1
        delay = self._poll_delays[min(attempt, len(self._poll_delays) - 1)]
        QTimer.singleShot(int(delay * 1000), self, lambda: self._poll(order))

    def _poll(self, order: Order) -> None:
        counter = self.counter
        if self._stopped or counter is None:
            return
        self._runner.run(
            lambda: counter.poll(order),
            self._on_polled,
            lambda error: self._poll_failed(order, error),
        )

    def _on_polled(self, outcome: SaleOutcome) -> None:
        order = outcome.order
        if order.status is OrderStatus.PENDING:
            self._schedule_poll(order)
            return
        self._polls.pop(order.reference, None)
        self._after_follow_up(order, outcome)

    def _poll_failed(self, order: Order, error: BaseException) -> None:
        log.warning("poll of %s failed: %s", order.reference, error)
        if not self._stopped:
            self._schedule_poll(order)

    def _schedule_recheck(self, order: Order, at: datetime) -> None:
        """The provider may still be processing this sale: ask again when told to."""
        counter = self.counter
        if counter is None:
            return
        delay = max(0.0, (at - counter.clock()).total_seconds())
        QTimer.singleShot(int(delay * 1000), self, lambda: self._recheck(order))

    def _recheck(self, order: Order) -> None:
        counter = self.counter
        if self._stopped or counter is None:
            return
        self._runner.run(
            lambda: counter.reconcile(order),
            lambda outcome: self._after_follow_up(outcome.order, outcome),
            lambda error: log.warning("re-check of %s failed: %s", order.reference, error),
        )

    def check(self, order: Order) -> None:
        """Ask the provider what became of a sale whose outcome is unknown."""
        counter = self.counter
        if counter is None:
            return
        self.notice.emit(self.tr("Checking the sale with the provider…"))
        self._runner.run(
            lambda: counter.reconcile(order),
            lambda outcome: self._after_follow_up(outcome.order, outcome),
            lambda error: self.notice.emit(describe(error, self._locale)),
        )

    def follow_up(self, outcome: SaleOutcome) -> None:
        """Take in a sale resolved elsewhere (a check)."""
        self._after_follow_up(outcome.order, outcome)

    def follow_up_all(self, outcomes: list[SaleOutcome]) -> None:
        """Take in the sales start-up reconciliation resolved: the balances are read
        once for all of them, not once per sale. Money still owed from failed sales is
        listed too, until the clerk confirms it went back."""
        for outcome in outcomes:
            self._after_follow_up(outcome.order, outcome, announce=False)
        self.handback.load()
        if outcomes:
            self.sale_done.emit(outcomes[-1].order)

    def _keep(self, order: Order) -> None:
        self.pending[order.reference] = order
        self._pending_view.upsert(order)

    def _drop(self, reference: str) -> None:
        self.pending.pop(reference, None)
        self._pending_view.remove(reference)

    def _after_follow_up(self, order: Order, outcome: SaleOutcome, announce: bool = True) -> None:
        if order.status is OrderStatus.DELIVERED and target_iccid(order.plan) is not None:
            # A top-up that was checked: nothing to show the traveller, only the receipt.
            self._drop(order.reference)
            self.notice.emit(
                self.tr("A top-up went through: eSIM %1 has its %2.")
                .replace("%1", isolate(target_iccid(order.plan) or ""))
                .replace("%2", order.plan.name)
            )
            if announce:
                self.delivered.emit(order)
        elif order.status is OrderStatus.DELIVERED:
            self._keep(order)
            ready = self.tr("An eSIM is ready: select it in the pending list to show the QR code.")
            self.notice.emit(ready)
            # (Not announce(): this method's own argument of that name says whether to.)
            accessibility.announce(self._pending_view, ready, Politeness.Assertive)
            # Flash the taskbar entry too: the clerk may be looking at the customer.
            QApplication.alert(self._window.window())
            self._window.window().activateWindow()
            if announce:
                self.delivered.emit(order)
        elif order.status is OrderStatus.PENDING:
            self._keep(order)
            self._schedule_poll(order)
        elif order.status is OrderStatus.UNKNOWN:
            self._keep(order)
            if outcome.error is not None:
                self.notice.emit(describe(outcome.error, self._locale))
            if outcome.recheck_at is not None:
                self._schedule_recheck(order, outcome.recheck_at)
        else:
            self._drop(order.reference)
            self.notice.emit(
                self.tr("A sale was not completed: %1").replace(
                    "%1", order.failure_reason or self.tr("no money moved")
                )
            )
            if order.owes_customer:
                # The unknown sale the customer waited on failed: their money goes back.
                self._keep(order)
                if announce:
                    self.hand_back(order)
        if announce:
            self.sale_done.emit(order)
