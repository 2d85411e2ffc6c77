"""The money owed back: a paid sale that failed asks the clerk to hand the payment back,
journals whether they did, and lists what is still owed (also after a restart)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from app.core.orders import Order
from app.ui.handback_dialog import HandbackDialog
from app.ui.messages import describe
from app.ui.runner import SALE, Runner

if TYPE_CHECKING:
    from app.counter import Counter

log = logging.getLogger(__name__)


class HandbackFlow(QObject):
    owed = Signal(object)  # Order whose money is still owed: keep it in the pending list
    settled = Signal(object)  # Order whose money went back: off the list
    notice = Signal(str)  # a sentence for the status bar

    def __init__(
        self,
        runner: Runner,
        window: QWidget,
        counter: Callable[[], Counter | None],
        *,
        locale: str = "en_US",
    ) -> None:
        super().__init__(window)
        self._runner = runner
        self._window = window
        self._counter = counter
        self._locale = locale
        self.dialog: HandbackDialog | None = None

    def ask(self, order: Order) -> None:
        """Tell the clerk, in large plain words, to give back what was paid; journal
        whether they did ("I gave it back") or will ("Later": it stays in the list)."""
        if order.payment is None:
            return
        self.owed.emit(order)
        if self.dialog is not None:
            return  # one message at a time; this one waits in the list
        dialog = HandbackDialog(order, locale=self._locale, parent=self._window)
        self.dialog = dialog
        dialog.finished.connect(
            lambda result: self._answered(order, result == QDialog.DialogCode.Accepted)
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _answered(self, order: Order, returned: bool) -> None:
        self.dialog = None
        counter = self._counter()
        if counter is None:
            return
        self._runner.run(
            lambda: counter.record_handback(order.reference, returned),
            self._recorded,
            lambda error: self.notice.emit(describe(error, self._locale)),
            priority=SALE,
        )

    def _recorded(self, order: Order) -> None:
        if order.owes_customer:
            self.owed.emit(order)
            self.notice.emit(self.tr("The customer is still owed their money: see the list below."))
        else:
            self.settled.emit(order)
            self.notice.emit(self.tr("Noted: the money was given back."))

    def load(self) -> None:
        """List the money still owed from failed sales (at start-up, until confirmed)."""
        counter = self._counter()
        if counter is None:
            return
        self._runner.run(
            counter.owed,
            self._list,
            lambda error: log.warning("cannot read the money owed: %s", error),
        )

    def _list(self, orders: list[Order]) -> None:
        for order in orders:
            self.owed.emit(order)
