"""Sales that are not finished: pending at the provider, or needing a check."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.orders import Order, OrderStatus
from app.ui import locale_text
from app.ui.handback_dialog import paid_summary
from app.ui.names import destination_name

REF_ROLE = Qt.ItemDataRole.UserRole + 1


def _locale() -> str:
    name = QLocale().name()  # "C" before any language is set
    return "en_US" if name in ("C", "") else name


class PendingList(QWidget):
    show_requested = Signal(object)  # Order, delivered: open the customer display
    check_requested = Signal(object)  # Order, unknown: ask the provider again
    handback_requested = Signal(object)  # Order, failed and paid: the money goes back

    def __init__(self, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._orders: dict[str, Order] = {}
        title = QLabel(self.tr("Pending and unresolved sales"), self)
        title.setObjectName("sectionTitle")
        self.list = QListWidget(self)
        self.list.setObjectName("pendingList")
        self.list.setAccessibleName(self.tr("Pending and unresolved sales"))
        self.list.setAccessibleDescription(
            self.tr("Enter shows a ready eSIM's QR code, or checks a sale that needs checking")
        )
        self.list.itemActivated.connect(self._activated)
        self.list.itemDoubleClicked.connect(self._activated)
        self.list.itemClicked.connect(self._clicked)
        self.list.currentItemChanged.connect(self._update_buttons)
        self.action = QPushButton(self.tr("Show QR"), self)
        self.action.setObjectName("pendingAction")
        self.action.clicked.connect(lambda: self._activated(self.list.currentItem()))
        self.action.setEnabled(False)

        row = QHBoxLayout()
        row.addWidget(title)
        row.addStretch(1)
        row.addWidget(self.action)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.list)

    def orders(self) -> list[Order]:
        return list(self._orders.values())

    def upsert(self, order: Order) -> None:
        self._orders[order.reference] = order
        item = self._item(order.reference)
        if item is None:
            item = QListWidgetItem()
            item.setData(REF_ROLE, order.reference)
            self.list.insertItem(0, item)
        item.setText(self._describe(order))
        self._update_buttons()

    def remove(self, reference: str) -> None:
        self._orders.pop(reference, None)
        item = self._item(reference)
        if item is not None:
            self.list.takeItem(self.list.row(item))
        self._update_buttons()

    def _item(self, reference: str) -> QListWidgetItem | None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(REF_ROLE) == reference:
                return item
        return None

    def _describe(self, order: Order) -> str:
        where = destination_name(order.plan.destination, self._language)
        # The plan name alone is isolated: the whole sentence would also take in a time
        # like "3:05 م" and cut it at its Arabic suffix.
        what = f"{where} · {locale_text.isolate(order.plan.name)}"
        time = locale_text.time(order.created_at.astimezone())
        return self._sentence(order, what, time)

    def _sentence(self, order: Order, what: str, time: str) -> str:
        if order.payment is not None and order.owes_customer:
            return self._owed(order, what, time)
        if order.status is OrderStatus.DELIVERED:
            return (
                self.tr("✔ Ready — %1 (%2): select to show the QR")
                .replace("%1", what)
                .replace("%2", time)
            )
        if order.status is OrderStatus.PENDING:
            return (
                self.tr("⏳ Waiting for the provider — %1 (%2)")
                .replace("%1", what)
                .replace("%2", time)
            )
        return (
            self.tr("⚠ Needs checking: outcome unknown, do not sell again — %1 (%2)")
            .replace("%1", what)
            .replace("%2", time)
        )

    def _owed(self, order: Order, what: str, time: str) -> str:
        """A paid sale the customer has nothing for yet: said until it is resolved."""
        assert order.payment is not None
        paid = paid_summary(order.payment, _locale())
        if order.status is OrderStatus.FAILED:
            sentence = self.tr("💵 Money owed to the customer: give back %3 — %1 (%2)")
        else:
            sentence = self.tr(
                "⚠ Needs checking: the customer is owed an eSIM or their money, %3. "
                "Outcome unknown, do not sell again — %1 (%2)"
            )
        return sentence.replace("%1", what).replace("%2", time).replace("%3", paid)

    def _current(self) -> Order | None:
        item = self.list.currentItem()
        return None if item is None else self._orders.get(item.data(REF_ROLE))

    def _update_buttons(self, *_: object) -> None:
        order = self._current()
        self.action.setEnabled(order is not None and order.status is not OrderStatus.PENDING)
        if order is not None and order.status is OrderStatus.FAILED:
            self.action.setText(self.tr("Hand back…"))
        elif order is not None and order.status is not OrderStatus.DELIVERED:
            self.action.setText(self.tr("Check now"))
        else:
            self.action.setText(self.tr("Show QR"))

    def _clicked(self, item: QListWidgetItem) -> None:
        # One click on a ready eSIM shows it; checking a sale stays a deliberate button.
        order = self._orders.get(item.data(REF_ROLE))
        if order is not None and order.status is OrderStatus.DELIVERED:
            self.show_requested.emit(order)

    def _activated(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        order = self._orders.get(item.data(REF_ROLE))
        if order is None:
            return
        if order.status is OrderStatus.DELIVERED:
            self.show_requested.emit(order)
        elif order.status is OrderStatus.FAILED:
            self.handback_requested.emit(order)
        elif order.status is not OrderStatus.PENDING:
            self.check_requested.emit(order)
