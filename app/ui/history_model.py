"""Sales from the journal as a table that loads page by page, off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from app.core.iccid import is_placeholder
from app.core.money import Money
from app.core.orders import Handback, Order, OrderStatus
from app.core.refunds import Refund, RefundKind, RefundState
from app.core.topup import target_iccid
from app.ui.handback_dialog import paid_summary
from app.ui.names import destination_name
from app.ui.plans_model import PROVIDER_NAMES
from app.ui.runner import BACKGROUND, Runner

PAGE = 200
NONE = "—"  # no retail price or payment: a sale from before they were journalled
ORDER_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class HistoryFilter:
    text: str = ""
    status: OrderStatus | None = None
    since: datetime | None = None
    until: datetime | None = None
    training: bool | None = None


class HistoryModel(QAbstractTableModel):
    TIME, STATUS, DESTINATION, PLAN, PROVIDER, PRICE, RETAIL, TAX, MARGIN, PAYMENT = range(10)
    ICCID, ORDER_ID = 10, 11
    COLUMNS = 12
    OWNER_ONLY = (PRICE, MARGIN)  # what the shop pays and what it keeps
    loaded = Signal()  # a page arrived (or the search failed): the rows are what they are

    def __init__(
        self,
        runner: Runner,
        search: Callable[..., list[Order]],
        parent: QObject | None = None,
        locale: str = "en_US",
        language: str = "en",
        refunded: Callable[[list[str]], dict[str, int]] | None = None,
        refunds_of: Callable[[str], list[Refund]] | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._search = search
        # Issue 15: how many eSIMs of each sale were refunded (read with each page).
        self._refunded_of = refunded
        self._refunded: dict[str, int] = {}
        # Each paid-back refund is a negative line under its sale (issue 15): a display
        # row is (index into _orders, None for the sale itself or the refund).
        self._refunds_of = refunds_of
        self._rows: list[tuple[int, Refund | None]] = []
        self._locale = locale
        self._language = language
        self._orders: list[Order] = []
        self._filter = HistoryFilter()
        self._generation = 0
        self._loading = False
        self._exhausted = False
        self.error = ""
        # Cost and margin are for the owner's eyes (issue 14): blank until the manager PIN
        # reveals them, so nothing reads them out of a hidden column either.
        self.owner = False

    def headers(self) -> list[str]:
        return [
            self.tr("Time"),
            self.tr("Status"),
            self.tr("Destination"),
            self.tr("Plan"),
            self.tr("Provider"),
            self.tr("Cost"),
            self.tr("Retail"),
            self.tr("Tax"),
            self.tr("Margin"),
            self.tr("Payment"),
            self.tr("ICCID"),
            self.tr("Order"),
        ]

    def set_owner(self, owner: bool) -> None:
        """Show (or blank again) the cost and margin cells."""
        if owner == self.owner:
            return
        self.owner = owner
        if self._orders:
            last = len(self._orders) - 1
            for column in self.OWNER_ONLY:
                self.dataChanged.emit(self.index(0, column), self.index(last, column))

    def status_text(self, order: Order) -> str:
        refunded = self._refunded.get(order.reference, 0)
        if order.status is OrderStatus.DELIVERED and refunded:
            # The sale stays DELIVERED in the journal; its eSIMs were paid back.
            if refunded >= len(order.esims):
                return self.tr("Refunded")
            return self.tr("Partly refunded")
        return {
            OrderStatus.DELIVERED: self.tr("Delivered"),
            OrderStatus.PENDING: self.tr("Pending at the provider"),
            OrderStatus.FAILED: self.tr("Not sold"),
            OrderStatus.CANCELLED: self.tr("Cancelled"),
            OrderStatus.UNKNOWN: self.tr("Needs checking"),
            OrderStatus.SUBMITTING: self.tr("Needs checking"),
        }[order.status]

    # -- loading ------------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        return self._loading

    def set_filter(self, wanted: HistoryFilter) -> None:
        self._filter = wanted
        self._generation += 1
        self.beginResetModel()
        self._orders = []
        self._rows = []
        self._exhausted = False
        self._loading = False
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        self._loading = True
        generation = self._generation
        wanted = self._filter
        offset = len(self._orders)

        def page() -> tuple[list[Order], dict[str, int], dict[str, list[Refund]]]:
            orders = self._search(
                text=wanted.text,
                status=wanted.status,
                since=wanted.since,
                until=wanted.until,
                training=wanted.training,
                limit=PAGE,
                offset=offset,
            )
            refunded = self._refunded_of
            counts = refunded([o.reference for o in orders]) if refunded and orders else {}
            lines: dict[str, list[Refund]] = {}
            if self._refunds_of is not None:
                for reference in counts:
                    paid = [r for r in self._refunds_of(reference) if r.state.customer_refunded]
                    lines[reference] = sorted(paid, key=lambda r: (r.created_at, r.position))
            return orders, counts, lines

        self._runner.run(
            page,
            lambda found: self._arrived(generation, *found),
            lambda error: self._failed(generation, error),
            # Owned by the model: the history closing drops a page still on its way.
            owner=self,
            key=f"history:{id(self)}",
            priority=BACKGROUND,
        )

    def _arrived(
        self,
        generation: int,
        orders: list[Order],
        refunded: dict[str, int] | None = None,
        lines: dict[str, list[Refund]] | None = None,
    ) -> None:
        if generation != self._generation:
            return  # the clerk changed the search meanwhile
        self._refunded.update(refunded or {})
        if orders:
            rows: list[tuple[int, Refund | None]] = []
            for index, order in enumerate(orders, len(self._orders)):
                rows.append((index, None))
                rows += [(index, refund) for refund in (lines or {}).get(order.reference, [])]
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._orders.extend(orders)
            self._rows.extend(rows)
            self.endInsertRows()
        # Only now: a view that asks for more while the rows go in must not be given the
        # same page again (Qt's model tester did exactly that).
        self._loading = False
        self._exhausted = len(orders) < PAGE
        self.loaded.emit()

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self._loading = False
            self._exhausted = True
            self.error = str(error)
            self.loaded.emit()

    def replace(self, order: Order) -> None:
        """Show an order's new state (after a check) without reloading the page."""
        for index, known in enumerate(self._orders):
            if known.reference == order.reference:
                self._orders[index] = order
        for row, (index, _refund) in enumerate(self._rows):
            if self._orders[index].reference == order.reference:
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    # -- the table ----------------------------------------------------------------------

    def order(self, row: int) -> Order:
        """The sale on ``row`` (a refund line's own sale)."""
        return self._orders[self._rows[row][0]]

    def refund(self, row: int) -> Refund | None:
        """The refund a negative line shows; None on a sale's own row."""
        return self._rows[row][1]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        order, refund = self.order(index.row()), self.refund(index.row())
        if role == ORDER_ROLE:
            return order
        if refund is not None and role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return self.refund_cells(order, refund)[index.column()] or None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cells(order)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == self.ICCID:
                # Every ICCID of an order of several eSIMs, one per line, whatever the width.
                return "\n".join(self.iccids(order)) or None
            # A column narrowed to fit the window shows the whole text on hover.
            return self.cells(order)[index.column()] or None
        return None

    def cells(self, order: Order) -> list[str]:
        money = order.charged or order.plan.price
        iccids = self.iccids(order)
        shown = iccids[0] if iccids else ""
        if len(iccids) > 1:
            # A row stays one line wide: the first ICCID and how many more (all of them
            # in the tooltip, in Copy ICCID and in the export).
            shown = self.tr("%1 and %n more", "", len(iccids) - 1).replace("%1", iccids[0])
        training = self.tr(" (training)") if order.training else ""
        plan = order.plan.name
        if (topped := target_iccid(order.plan)) is not None:
            # A top-up (issue 17) has no eSIM of its own: the eSIM it added to.
            plan, shown = self.tr("Top-up: %1").replace("%1", plan), topped
        return [
            order.created_at.astimezone().strftime("%Y-%m-%d %H:%M"),
            self.status_text(order) + training,
            destination_name(order.plan.destination, self._language),
            plan,
            PROVIDER_NAMES.get(order.plan.provider, order.plan.provider.value),
            money.format(self._locale) if self.owner else "",
            *self.retail_cells(order),
            shown,
            order.provider_order_id or "",
        ]

    def refund_cells(self, order: Order, refund: Refund) -> list[str]:
        """A refund's negative line: the amount back to the customer and by which methods."""
        back = Money(-refund.customer.amount, refund.customer.currency)
        from app.ui.locale_text import isolate
        from app.ui.payment_widgets import method_name

        # Negative amounts isolated: right to left, "-USD 5.00" must not read "USD 5.00-".
        paid = " + ".join(
            f"{isolate(Money(-t.amount.amount, t.amount.currency).format(self._locale))} "
            f"({method_name(t.method)})"
            for t in refund.tenders
        )
        if refund.kind is RefundKind.CLAIMED:
            status = self.tr("Refund (claimed from the provider)")
        elif refund.kind is RefundKind.SHOP_LOSS:
            status = self.tr("Refund (shop's loss)")
        elif refund.state is RefundState.PENDING_PROVIDER:
            status = self.tr("Refund (confirmed later)")
        else:
            status = self.tr("Refund")
        training = self.tr(" (training)") if refund.training else ""
        return [
            refund.created_at.astimezone().strftime("%Y-%m-%d %H:%M"),
            status + training,
            destination_name(order.plan.destination, self._language),
            order.plan.name,
            PROVIDER_NAMES.get(order.plan.provider, order.plan.provider.value),
            "",
            isolate(back.format(self._locale)),
            "",
            "",
            paid or NONE,
            refund.iccid or "",
            order.provider_order_id or "",
        ]

    def retail_cells(self, order: Order) -> list[str]:
        """Retail (tax included), tax, margin and payment; "—" for a sale journalled
        before the counter kept prices and payments."""
        quote, payment = order.quote, order.payment
        cells = [NONE, NONE, NONE if self.owner else ""]
        if quote is not None:
            cells = [
                quote.gross.format(self._locale),
                quote.tax.format(self._locale),
                quote.margin.format(self._locale) if self.owner else "",
            ]
        paid = NONE if payment is None else paid_summary(payment, self._locale)
        if payment is not None and order.handback is Handback.RETURNED:
            paid = self.tr("%1, handed back").replace("%1", paid)
        elif payment is not None and order.handback is Handback.OWED:
            paid = self.tr("%1, owed back").replace("%1", paid)
        return [*cells, paid]

    @staticmethod
    def iccids(order: Order) -> list[str]:
        return [e.iccid for e in order.esims if e.iccid and not is_placeholder(e.iccid)]
