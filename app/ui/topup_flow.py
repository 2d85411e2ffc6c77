"""Top up an eSIMfly eSIM, sold like a new sale: choose the package (TopupDialog), the
manager PIN if it sells below cost, the sale's own payment step (ConfirmSaleDialog), then
``counter.sell`` on the Runner; the outcome goes where a sale's goes (the receipt, the
pending list for an unknown outcome, the hand-back for a paid failure).

Entry point for other windows (History, the eSIM lookup): :func:`start_topup`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from app.core.errors import OrderNotFoundError
from app.core.orders import Order, OrderStatus
from app.core.plans import Plan, ProviderId
from app.core.pricing import PricingError
from app.core.pricing_codec import PriceListError
from app.core.quote import Quote
from app.core.topup import TopupNotSupportedError, TopupPackage, UnknownEsimError
from app.ui.locale_text import bidi, isolate, number
from app.ui.messages import describe
from app.ui.runner import SALE

if TYPE_CHECKING:
    from app.counter import Counter, SaleOutcome
    from app.topups import TopupTarget
    from app.ui.topup_dialog import TopupDialog

log = logging.getLogger(__name__)
FLOW_NAME = "topupFlow"


@dataclass(frozen=True, slots=True)
class TopupLookup:
    """What a caller knows of the eSIM to top up; only ``iccid`` is needed."""

    iccid: str
    provider: ProviderId | str | None = None
    rechargeable: bool | None = None
    reference: str | None = None


def start_topup(parent: QWidget, lookup: Any) -> TopupFlow | None:
    """Open the top-up for ``lookup`` (any object with ``iccid``; ``provider``,
    ``rechargeable`` and the sale's ``reference``/``sale_reference`` when known) over the
    counter window that owns ``parent``. None when no counter window is found."""
    window = _counter_window(parent)
    if window is None:
        log.warning("top-up asked from a widget outside the counter window")
        return None
    flow = window.findChild(TopupFlow, FLOW_NAME)
    if flow is None:
        flow = TopupFlow(window)
    flow.start(lookup, parent)
    return flow


def _counter_window(widget: QWidget | None) -> QWidget | None:
    """The counter's main window (it has the Runner and the sale flow) above ``widget``."""
    while widget is not None:
        if hasattr(widget, "runner") and hasattr(widget, "flow"):
            return widget
        widget = widget.parentWidget()
    return None


class TopupFlow(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName(FLOW_NAME)
        self._window: Any = window  # the MainWindow: runner, counter, flow, receipts
        # The window's UI locale and language (set once, at its construction).
        self._locale: str = getattr(window, "_locale", "en_US")
        self._language: str = getattr(window, "_language", "en")
        self.dialog: TopupDialog | None = None
        self.result_box: QMessageBox | None = None
        self.confirm_dialog: QWidget | None = None
        self.last_outcome: SaleOutcome | None = None

    @property
    def counter(self) -> Counter | None:
        counter: Counter | None = getattr(self._window, "counter", None)
        return counter

    # -- choosing ---------------------------------------------------------------------

    def start(self, lookup: Any, parent: QWidget | None = None) -> None:
        from app.ui.topup_dialog import TopupDialog

        iccid = str(lookup.iccid)
        reference = getattr(lookup, "reference", None) or getattr(lookup, "sale_reference", None)
        dialog = TopupDialog(iccid, locale=self._locale, parent=parent or self._window)
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        provider = getattr(lookup, "provider", None)
        if provider is not None and str(provider) != str(ProviderId.ESIMFLY):
            dialog.set_problem(self._words(TopupNotSupportedError(provider=str(provider))))
            return
        if getattr(lookup, "rechargeable", None) is False:
            dialog.set_problem(self._words(TopupNotSupportedError()))
            return
        counter = self.counter
        if counter is None:
            dialog.set_problem(self.tr("The counter is still starting; try again in a moment."))
            return

        def look_up() -> tuple[TopupTarget, list[TopupPackage]]:
            from app import topups  # with its first use, not at start-up

            found = topups.target(counter, iccid, reference)
            return found, topups.packages(counter, found.iccid)

        self._window.runner.run(
            look_up,
            lambda answer: self._offer(dialog, *answer),
            lambda error: dialog.set_problem(self._words(error)),
            owner=dialog,
        )

    def _offer(
        self, dialog: TopupDialog, target: TopupTarget, packages: list[TopupPackage]
    ) -> None:
        if target.origin is not None:
            dialog.sold_as.setText(self.tr("Sold as: %1").replace("%1", target.origin.plan.name))
            dialog.sold_as.setVisible(True)
        dialog.set_offers([(p, self._quote(target.plan(p), 1)) for p in packages])
        dialog.chosen.connect(
            lambda package, quantity: self._priced(target.plan(package), quantity)
        )

    def _quote(self, plan: Plan, quantity: int) -> Quote | None:
        flow = self._window.flow
        try:
            quote: Quote = flow.price_list().quote(plan, quantity, today=flow.today())
        except (PricingError, PriceListError) as exc:
            log.warning("cannot price top-up %s: %s", plan.id, exc)
            return None
        return quote

    # -- paying and selling (the sale's own steps) --------------------------------------

    def _priced(self, plan: Plan, quantity: int) -> None:
        quote = self._quote(plan, quantity)
        if quote is None:
            return
        manager = self._window.flow.manager
        if manager is None:
            self._take_payment(plan, quantity, quote)
            return
        manager.ask_for_sale(quote, lambda: self._take_payment(plan, quantity, quote), lambda: None)

    def _take_payment(self, plan: Plan, quantity: int, quote: Quote) -> None:
        from app.core.topup import target_iccid
        from app.ui.confirm_dialog import ConfirmSaleDialog

        confirm = ConfirmSaleDialog(
            plan,
            quantity,
            quote,
            locale=self._locale,
            language=self._language,
            parent=self._window,
        )
        confirm.setObjectName("confirmTopup")
        confirm.setWindowTitle(self.tr("Take payment for a top-up"))
        question = confirm.findChild(QWidget, "confirmQuestion")
        if question is not None:
            question.setText(  # type: ignore[attr-defined]
                self.tr("Take payment, then top up eSIM %1?").replace(
                    "%1", isolate(target_iccid(plan) or "")
                )
            )
        confirm.sell_button.setText(self.tr("Top up now"))
        confirm.sell_button.setAccessibleName(self.tr("Top up now"))
        confirm.accepted.connect(lambda: self._sell(plan, quantity, quote, confirm.payment()))
        confirm.finished.connect(confirm.deleteLater)
        self.confirm_dialog = confirm
        confirm.open()

    def _sell(self, plan: Plan, quantity: int, quote: Quote, payment: Any) -> None:
        counter = self.counter
        if counter is None:
            return
        self._window.flow.notice.emit(self.tr("Topping up the eSIM…"))
        self._window.runner.run(
            lambda: counter.sell(plan, quantity, quote=quote, payment=payment),
            self._outcome,
            self._crashed,
            priority=SALE,
        )

    def _outcome(self, outcome: SaleOutcome) -> None:
        self.last_outcome = outcome
        order = outcome.order
        flow = self._window.flow
        if order.status is OrderStatus.DELIVERED:
            text = self._delivered_words(order)
            receipts = getattr(self._window, "receipts", None)
            if receipts is not None:
                receipts.delivered(order)  # the receipt, as for any sale
            flow.sale_done.emit(order)
        elif order.status is OrderStatus.FAILED:
            reason = self._words(outcome.error) if outcome.error else order.failure_reason
            text = self.tr("Not topped up. %1").replace("%1", reason or "")
            flow.sale_done.emit(order)
            if order.owes_customer:
                flow.hand_back(order)
        else:
            # Unknown (or pending): the pending list follows it like any sale, and Check
            # asks eSIMfly; never topped up again blindly.
            text = self.tr(
                "Outcome unknown: do not top up this eSIM again until the sale is checked. "
                "It is in the list of sales that need attention."
            )
            flow.follow_up(outcome)
        flow.notice.emit(text)
        self._tell(text, ok=order.status is OrderStatus.DELIVERED)

    def _crashed(self, error: BaseException) -> None:
        log.error("top-up task failed", exc_info=error)
        self._tell(describe(error, self._locale), ok=False)

    def _delivered_words(self, order: Order) -> str:
        from app.core.topup import target_iccid

        plan = order.plan
        added = plan.name if order.quantity == 1 else f"{number(order.quantity)} × {plan.name}"
        return (
            self.tr("Topped up: %1 added to eSIM %2 (%3 paid).")
            .replace("%1", bidi(added))
            .replace("%2", isolate(target_iccid(plan) or ""))
            .replace("%3", bidi(order.quote.gross.format(self._locale)) if order.quote else "")
        )

    def _tell(self, text: str, *, ok: bool) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information if ok else QMessageBox.Icon.Warning,
            self.tr("Top-up"),
            text,
            QMessageBox.StandardButton.Ok,
            self._window,
        )
        box.setObjectName("topupResult")
        box.button(QMessageBox.StandardButton.Ok).setAccessibleName(self.tr("OK"))
        box.finished.connect(box.deleteLater)
        self.result_box = box
        box.open()

    # -- words ------------------------------------------------------------------------

    def _words(self, error: BaseException) -> str:
        """Every refusal in plain words (app/ui/messages.py has the top-up's own), but an
        ICCID the provider does not know is not "an order not found (yet)"."""
        if isinstance(error, OrderNotFoundError) and not isinstance(error, UnknownEsimError):
            error = UnknownEsimError(provider=error.provider)
        return describe(error, self._locale)
