"""The refund of a delivered sale, from History: gate REFUND → live status on the Runner
("Checking with eSIMfly…") → installed: one sentence, nothing else → the confirm step →
``counter.refunds.refund`` on the Runner → the outcome in a sentence → the refund receipt.

eSIMfly cancels every eligible eSIM of an order together; the confirm step lists them
and says so. Octopus has no cancel: the shop takes the loss, or claims it with a note.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

import shiboken6
from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QWidget

from app.core.errors import (
    AlreadyRefundedError,
    EsimInstalledError,
    NoAccountError,
    NotRefundableError,
)
from app.core.money import Money
from app.core.orders import Order, OrderStatus
from app.core.refunds import Refund, RefundKind, RefundState
from app.counter import Counter
from app.refund_cancel import RefundOutcome, customer_shares
from app.till.roles import Action
from app.ui.locale_text import bidi, date_time
from app.ui.messages import describe
from app.ui.plans_model import PROVIDER_NAMES
from app.ui.receipts.printing import shop_details
from app.ui.receipts.report_layout import print_doc
from app.ui.refund_dialog import RefundDialog
from app.ui.runner import Runner
from app.ui.till_docs import refund_doc
from app.ui.till_journal import journal_of
from app.ui.till_tasks import Gate


@dataclass
class Plan:
    """What the check found: the eSIM positions the refund will cover."""

    position: int
    positions: list[int] = field(default_factory=list)
    cancels: bool = True  # the provider cancels (eSIMfly); False: the shop's own refund


def check(counter: Counter, order: Order) -> Plan:
    """On the Runner: the live status of each eSIM not yet refunded. Raises
    EsimInstalledError when the first refundable one is installed (nothing journalled)."""
    refunded = journal_of(counter).refunds.refunded_positions(order.reference)
    open_ones = [p for p in range(len(order.esims)) if p not in refunded]
    if not open_ones:
        raise AlreadyRefundedError(provider=str(order.plan.provider))
    try:
        provider = counter.providers[order.plan.provider]
    except KeyError:
        raise NoAccountError(provider=order.plan.provider) from None
    if not provider.supports_cancel:
        return Plan(open_ones[0], open_ones[:1], cancels=False)
    first, together = open_ones[0], []
    for position in open_ones:
        iccid = order.esims[position].iccid
        if iccid is None:
            continue
        status = provider.esim_status(iccid)
        if status.installed and position == first:
            raise EsimInstalledError(iccid=iccid, provider=str(order.plan.provider))
        if not status.installed and not status.cancelled:
            together.append(position)
    return Plan(first, together or [first])


class RefundFlow(QObject):
    refunded = Signal(object)  # RefundOutcome: History refreshes

    def __init__(
        self,
        runner: Runner,
        settings: QSettings,
        counter: Callable[[], Counter | None],
        gate: Gate,
        *,
        locale: str = "en_US",
        language: str = "en",
        parent: QObject | None = None,
        approver: Callable[[], str | None] = lambda: None,
    ) -> None:
        super().__init__(parent)
        self._runner, self._settings, self._counter, self.gate = runner, settings, counter, gate
        # Who approved the refund when the clerk's role needed an override (the gate's).
        self._approver = approver
        self._approved_by: str | None = None
        self._locale, self._language = locale, language
        self.dialog: RefundDialog | None = None
        self.last_outcome: RefundOutcome | None = None

    def _name(self, order: Order) -> str:
        return PROVIDER_NAMES.get(order.plan.provider, str(order.plan.provider))

    def start(self, order: Order, parent: QWidget) -> None:
        if order.status is not OrderStatus.DELIVERED:
            self._open(parent).say(describe(NotRefundableError(), self._locale))
            return
        self.gate(Action.REFUND, lambda: self._approved(order, parent), order.reference)

    def _approved(self, order: Order, parent: QWidget) -> None:
        self._approved_by = self._approver()  # journalled with the refund
        self._check(order, parent)

    def _open(self, parent: QWidget) -> RefundDialog:
        dialog = RefundDialog(parent)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _check(self, order: Order, parent: QWidget) -> None:
        counter = self._counter()
        dialog = self._open(parent)
        if counter is None:
            dialog.say(self.tr("The counter is still starting; try again in a moment."))
            return
        dialog.checking(self.tr("Checking with %1…").replace("%1", self._name(order)))
        dialog.confirmed.connect(
            lambda reason, kind, note: self._refund(counter, order, dialog, reason, kind, note)
        )
        self._runner.run(
            lambda: check(counter, order),
            lambda plan: self._confirm(order, dialog, plan),
            lambda error: dialog.say(describe(error, self._locale)),
            owner=dialog,
        )

    def _confirm(self, order: Order, dialog: RefundDialog, plan: Plan) -> None:
        self._plan = plan
        shares = customer_shares(order)
        esims = [
            self.tr("eSIM %1: %2")
            .replace("%1", str(p + 1))
            .replace("%2", order.esims[p].iccid or "—")
            for p in plan.positions
        ]
        total = shares[plan.positions[0]].amount
        for p in plan.positions[1:]:
            total += shares[p].amount
        methods: dict[str, Money] = {}
        for p in plan.positions:
            for tender in shares[p].tenders:
                key = tender.method.value
                methods[key] = tender.amount + methods[key] if key in methods else tender.amount
        from app.core.payment import Method
        from app.ui.payment_widgets import method_name

        back = ", ".join(
            f"{method_name(Method(k))} {bidi(v.format(self._locale))}" for k, v in methods.items()
        )
        amounts = self.tr("%1 goes back to the customer").replace(
            "%1", bidi(total.format(self._locale))
        ) + (self.tr(": %1.").replace("%1", back) if back else ".")
        name = self._name(order)
        if not plan.cancels:
            text = self.tr(
                "%1 cannot cancel an eSIM. The counter refunds the customer as the shop's own "
                "loss, or records it as claimed from %1 with a note for the owner."
            ).replace("%1", name)
        elif len(plan.positions) > 1:
            text = self.tr(
                "Not installed. %1 cancels every eSIM of this sale that is not installed "
                "together: these %n eSIMs are refunded together.",
                "",
                len(plan.positions),
            ).replace("%1", name)
        else:
            text = self.tr("Not installed: %1 can cancel this eSIM and refund it.").replace(
                "%1", name
            )
        dialog.confirm(text, esims, amounts, octopus=not plan.cancels)

    def _refund(
        self,
        counter: Counter,
        order: Order,
        dialog: RefundDialog,
        reason: str,
        kind: RefundKind | None,
        note: str,
    ) -> None:
        position = self._plan.position
        approved_by = self._approved_by
        self._runner.run(
            lambda: counter.refunds.refund(
                order.reference,
                position,
                reason=reason,
                kind=kind,
                note=note or None,
                approved_by=approved_by,
            ),
            lambda outcome: self._done(counter, order, dialog, outcome),
            lambda error: dialog.say(describe(error, self._locale)),
            owner=dialog,
        )

    def _done(
        self, counter: Counter, order: Order, dialog: RefundDialog, outcome: RefundOutcome
    ) -> None:
        self.last_outcome = outcome
        self.refunded.emit(outcome)
        dialog.say(self.sentence(order, outcome))
        paid = [r for r in outcome.refunds if r.state.customer_refunded]
        if paid:
            self._print(counter, paid)

    def sentence(self, order: Order, outcome: RefundOutcome) -> str:
        refund = outcome.refund
        name = self._name(order)
        total = refund.customer
        paid = [r for r in outcome.refunds if r.state.customer_refunded]
        for other in paid[1:]:
            total += other.customer
        amount = bidi(total.format(self._locale))
        if refund.state is RefundState.REFUNDED and refund.kind is RefundKind.SHOP_LOSS:
            return self.tr("Refunded as the shop's own loss. Give the customer %1 back.").replace(
                "%1", amount
            )
        if refund.state is RefundState.REFUNDED:
            return (
                self.tr("Refunded: %1 cancelled the eSIM. Give the customer %2 back.")
                .replace("%1", name)
                .replace("%2", amount)
            )
        if refund.state is RefundState.PENDING_PROVIDER and refund.kind is RefundKind.CLAIMED:
            return (
                self.tr("Refunded and recorded as claimed from %1. Give the customer %2 back.")
                .replace("%1", name)
                .replace("%2", amount)
            )
        if refund.state is RefundState.PENDING_PROVIDER:
            return (
                self.tr(
                    "Refund requested: %1 cancelled the eSIM and confirms the refund later. "
                    "Give the customer %2 back."
                )
                .replace("%1", name)
                .replace("%2", amount)
            )
        if refund.state is RefundState.REFUSED:
            reason = describe(outcome.error, self._locale) if outcome.error else ""
            return (self.tr("%1 refused the refund. Nothing was refunded.").replace("%1", name)
                    + (" " + reason if reason else ""))  # fmt: skip
        return self.tr(
            "%1's answer was lost. The counter will check again; nothing is sent twice. "
            "Do not give the money back yet."
        ).replace("%1", name)

    def finished_at_start(self, order: Order, outcome: RefundOutcome, parent: QWidget) -> QWidget:
        """A refund a crash interrupted (journalled, then the counter stopped), completed
        by start-up's check: nobody saw the answer, so the clerk is told to hand the
        money over, and its receipt prints. The box does not block (``open``)."""
        from PySide6.QtWidgets import QMessageBox

        self.last_outcome = outcome
        self.refunded.emit(outcome)
        when = date_time(order.created_at.astimezone())
        text = (
            self.tr(
                "A refund that was under way when the counter last stopped has gone "
                "through: %1, sold %2."
            )
            .replace("%1", bidi(order.plan.name))
            .replace("%2", when)
            + "\n\n"
            + self.sentence(order, outcome)
        )
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("A refund went through"),
            text,
            QMessageBox.StandardButton.Ok,
            parent,
        )
        box.setObjectName("refundAtStart")
        box.setAccessibleName(self.tr("A refund went through"))
        box.open()
        paid = [r for r in outcome.refunds if r.state.customer_refunded]
        counter = self._counter()
        if paid and counter is not None:
            self._print(counter, paid, say=box.setInformativeText)
        return box

    def _print(
        self, counter: Counter, paid: list[Refund], say: Callable[[str], None] | None = None
    ) -> None:
        shop = shop_details(self._settings)

        def make():  # on the Runner: the number is a write
            number = counter.refunds.receipt_number(paid[0].reference)
            return refund_doc(
                paid, number, shop, self._language, self._locale, printed_at=datetime.now(UTC)
            )

        def tell(text: str) -> None:
            if say is not None:
                say(text)
                return
            dialog = self.dialog
            if dialog is not None and shiboken6.isValid(dialog) and dialog.isVisible():
                dialog.message.setText(text)

        def failed(error: BaseException) -> None:
            tell(
                self.tr("The refund is recorded, but its receipt did not print: %1").replace(
                    "%1", describe(error, self._locale)
                )
            )

        def printed(doc: object) -> None:
            self.last_doc = doc
            print_doc(
                doc,  # type: ignore[arg-type]  # the PrintDoc made above
                self._settings,
                self._runner,
                on_done=lambda _path: tell(self.tr("Refund receipt printed.")),
                on_error=failed,
            )

        self._runner.run(make, printed, failed)
