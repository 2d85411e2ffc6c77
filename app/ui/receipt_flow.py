"""Receipts wired into the sale: printed after a delivered sale (or on Ctrl+P, as the
owner chose), the install slip when offered, and reprints from History marked COPY.

The receipt number comes from the journal (``receipt_number``: a write, issued once per
sale and the same on every later asking), so it is asked in the Runner, never on the GUI
thread; the printing itself is :func:`app.ui.receipts.printing.print_receipt`. A printer
problem never touches the sale: it stays delivered in the journal, the clerk is told what
to fix, and Ctrl+P or History prints it again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QWidget

from app.core.orders import Order, OrderStatus
from app.ui.messages import describe
from app.ui.runner import DEFAULT, Runner

if TYPE_CHECKING:
    from app.counter import SalesJournal

log = logging.getLogger(__name__)


class ReceiptFlow(QObject):
    notice = Signal(str)  # a sentence for the status bar
    printed = Signal(str, int)  # the sale's reference, its receipt number
    failed = Signal(str, str)  # the sale's reference, the sentence the clerk was shown
    slip_available = Signal(bool)  # the last delivered sale has an install slip to offer

    def __init__(
        self,
        runner: Runner,
        settings: QSettings,
        window: QWidget,
        journal: Callable[[], SalesJournal | None],
        *,
        locale: str = "en_US",
        language: str = "en",
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        super().__init__(window)
        self.settings = settings
        self._runner = runner
        self._window = window
        self._journal = journal
        self._locale = locale
        self._language = language
        self.now = now  # the reprint time on a COPY
        self.last_delivered: Order | None = None
        # Receipts printed in this session: printing one again on the key is a COPY.
        self._printed: set[str] = set()

    # -- the counter ----------------------------------------------------------------------

    def delivered(self, order: Order) -> None:
        """A sale was delivered with the clerk looking on: print it if the owner chose
        automatic receipts, and offer the install slip."""
        from app.ui.receipts import printing

        if order.status is not OrderStatus.DELIVERED:
            return
        self.last_delivered = order
        self.slip_available.emit(self.offers_slip(order))
        if printing.prints_automatically(self.settings):
            self.print_order(order, quiet=True)

    def offers_slip(self, order: Order | None) -> bool:
        from app.ui.receipts import printing

        return (
            order is not None
            and printing.offers_install_slip(self.settings)
            and any(esim.activation is not None for esim in order.esims)
        )

    def print_last(self) -> None:
        """Ctrl+P: the last delivered sale's receipt (again, as a COPY, once printed)."""
        order = self.last_delivered
        if order is None:
            self.notice.emit(self.tr("No sale has been delivered yet: nothing to print."))
            return
        self.print_order(order, copy=order.reference in self._printed)

    def print_slip(self) -> None:
        """The install slip of the last delivered sale, for a traveller installing later."""
        order = self.last_delivered
        if not self.offers_slip(order):
            self.notice.emit(self.tr("This sale has no install slip to print."))
            return
        assert order is not None
        self.print_order(order, receipt=False)

    # -- History ----------------------------------------------------------------------------

    def reprint(self, order: Order, parent: QWidget | None = None) -> None:
        """History's reprint: the sale's own number, marked COPY with the time now."""
        self.print_order(order, copy=True, parent=parent)

    # -- printing ---------------------------------------------------------------------------

    def refusal(self, order: Order) -> str:
        """Why ``order`` cannot have a receipt, or "" if it can."""
        from app.ui.receipts import printing

        if order.status is not OrderStatus.DELIVERED:
            return self.tr("Only a delivered sale has a receipt.")
        if order.quote is None:
            # Sold before the counter kept the retail price and the payment (journal
            # schema 4): a receipt would have to make up the amounts the customer paid.
            return self.tr(
                "This sale was made before the counter kept retail prices, so it has no "
                "receipt. Write one by hand if the customer needs it."
            )
        if printing.target(self.settings) == "none":
            return self.tr(
                "Receipts are switched off. Ask the shop owner to choose a printer in "
                "Settings → Receipts."
            )
        return ""

    def print_order(
        self,
        order: Order,
        *,
        copy: bool = False,
        receipt: bool = True,
        parent: QWidget | None = None,
        quiet: bool = False,
    ) -> None:
        """Number the sale (in the Runner), then print its receipt (or, not ``receipt``,
        its install slips). A ``quiet`` print (the automatic one) says nothing when it
        works: the status bar keeps what the sale said (a pending eSIM is ready, …); a
        failure is always told."""
        refused = self.refusal(order)
        journal = self._journal()
        if not refused and journal is None:
            refused = self.tr("The journal is not open yet. Try again in a moment.")
        if refused:
            self._fail(order, refused)
            return
        assert journal is not None
        self._runner.run(
            lambda: journal.receipt_number(order.reference),
            lambda number: self._print(order, number, copy, receipt, parent, quiet),
            lambda error: self._fail(order, describe(error, self._locale)),
            owner=self,
            priority=DEFAULT,
        )

    def _print(
        self,
        order: Order,
        number: int,
        copy: bool,
        receipt: bool,
        parent: QWidget | None,
        quiet: bool,
    ) -> None:
        from app.ui.receipts import printing
        from app.ui.receipts.builder import receipt_for_order, slips_for_order

        assert order.quote is not None  # refusal() said so
        owner = parent or self._window
        done = lambda _path: self._done(order, number, receipt, quiet)  # noqa: E731
        fail = lambda error: self._fail(order, describe(error, self._locale))  # noqa: E731
        if not receipt:
            printing.print_slips(
                slips_for_order(order, self._language),
                number,
                self.settings,
                self._runner,
                parent=owner,
                on_done=done,
                on_error=fail,
            )
            return
        data = receipt_for_order(
            order,
            shop=printing.shop_details(self.settings),
            number=number,
            quote=order.quote,
            payment=order.payment,
            language=self._language,
            locale=self._locale,
            copy_at=self.now() if copy else None,
        )
        printing.print_receipt(
            data, self.settings, self._runner, parent=owner, on_done=done, on_error=fail
        )

    def _done(self, order: Order, number: int, receipt: bool, quiet: bool) -> None:
        if receipt:
            self._printed.add(order.reference)
        if quiet:
            pass  # the automatic print: see print_order
        elif receipt:
            self.notice.emit(self.tr("Receipt %1 printed.").replace("%1", str(number)))
        else:
            self.notice.emit(self.tr("Install slip printed. Hand it over folded: it is private."))
        self.printed.emit(order.reference, number)

    def _fail(self, order: Order, sentence: str) -> None:
        # The sale is safe in the journal whatever happened here.
        log.warning("receipt of %s not printed: %s", order.reference, sentence)
        self.notice.emit(sentence)
        self.failed.emit(order.reference, sentence)
