"""The history of sales: search, re-open the customer display, copy an ICCID, check an
unresolved sale, export to CSV."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.iccid import is_placeholder
from app.core.orders import Order, OrderStatus
from app.core.plans import ProviderId
from app.core.topup import is_topup, target_iccid
from app.export import write_csv
from app.installs import can_email
from app.ui.history_model import HistoryFilter, HistoryModel
from app.ui.manager_override import ManagerOverride
from app.ui.runner import Runner
from app.ui.sale_flow import SaleFlow
from app.ui.screen_fit import fit_to_screen

if TYPE_CHECKING:
    from app.counter import SalesJournal
    from app.ui.receipt_flow import ReceiptFlow
    from app.ui.refund_flow import RefundFlow

STATUSES = [None, OrderStatus.DELIVERED, OrderStatus.PENDING, OrderStatus.UNKNOWN,
            OrderStatus.FAILED]  # fmt: skip


class HistoryDialog(QDialog):
    def __init__(
        self,
        journal: SalesJournal,
        runner: Runner,
        flow: SaleFlow,
        *,
        manager: ManagerOverride,
        locale: str = "en_US",
        language: str = "en",
        parent: QWidget | None = None,
        receipts: ReceiptFlow | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self._manager = manager
        self._opening = 0  # counts closings: a PIN typed for an earlier opening reveals nothing
        self.setWindowTitle(self.tr("Sales history"))
        self._runner = runner
        self._flow = flow
        self._receipts = receipts
        self._reprinting = ""  # the sale whose reprint the message line follows
        refunds = getattr(journal, "refunds", None)  # issue 15; None for older stand-ins
        self._refunds = refunds
        self.model = HistoryModel(
            runner,
            journal.search,
            self,
            locale,
            language,
            refunded=None if refunds is None else refunds.refunded_counts,
            refunds_of=None if refunds is None else refunds.of_sale,
        )

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("ICCID, order, destination or plan"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search sales"))
        self.status = QComboBox(self)
        self.status.setAccessibleName(self.tr("Sales shown"))
        for label in (
            self.tr("All sales"),
            self.tr("Delivered"),
            self.tr("Pending"),
            self.tr("Needs checking"),
            self.tr("Not sold"),
        ):
            self.status.addItem(label)
        self.use_dates = QCheckBox(self.tr("From"), self)
        today = QDate.currentDate()
        self.since = QDateEdit(today.addDays(-7), self)
        self.since.setAccessibleName(self.tr("From date"))
        self.until = QDateEdit(today, self)
        self.until.setAccessibleName(self.tr("To date"))
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            # They only filter while "From" is ticked; they must not look active otherwise.
            edit.setEnabled(False)
            self.use_dates.toggled.connect(edit.setEnabled)
        self.hide_training = QCheckBox(self.tr("Hide training sales"), self)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(300)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._debounce.start)
        for signal in (
            self.status.currentIndexChanged,
            self.use_dates.toggled,
            self.since.dateChanged,
            self.until.dateChanged,
            self.hide_training.toggled,
        ):
            signal.connect(self.refresh)

        self.table = QTableView(self)
        self.table.setObjectName("historyTable")
        self.table.setAccessibleName(self.tr("Sales"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        # Sized by _fit_columns (to contents, then narrowed to the table); the clerk may
        # still drag a column wider.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.show_qr())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.show_button = QPushButton(self.tr("Show QR"), self)
        self.copy_button = QPushButton(self.tr("Copy ICCID"), self)
        self.check_button = QPushButton(self.tr("Check now"), self)
        self.export_button = QPushButton(self.tr("Export CSV…"), self)
        self.owner_button = owner_button(self)
        self.owner_button.clicked.connect(self.reveal)
        self.show_button.clicked.connect(self.show_qr)
        self.copy_button.clicked.connect(self.copy_iccid)
        self.check_button.clicked.connect(self.check)
        self.export_button.clicked.connect(self.export)
        # Reprint: the sale's own receipt number, marked COPY (button, Ctrl+P, the menu).
        self.reprint_button = QPushButton(self.tr("&Reprint receipt"), self)
        self.reprint_button.setAccessibleName(self.tr("Reprint receipt"))
        self.reprint_button.setAccessibleDescription(
            self.tr("Prints the selected sale's receipt again, marked COPY.")
        )
        self.reprint_button.setVisible(receipts is not None)
        self.reprint_button.clicked.connect(self.reprint)
        reprint_action = QAction(self.tr("Reprint receipt"), self)
        reprint_action.setShortcut(QKeySequence("Ctrl+P"))
        reprint_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        reprint_action.triggered.connect(self.reprint)
        self.addAction(reprint_action)
        self.table.addAction(reprint_action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        if receipts is not None:
            receipts.printed.connect(self._reprinted)
            receipts.failed.connect(self._not_reprinted)
        # Refund (issue 15): the flow is given by the window (set_refund_flow).
        self.refund_flow: RefundFlow | None = None
        self.refund_button = QPushButton(self.tr("Re&fund…"), self)
        self.refund_button.setAccessibleName(self.tr("Refund the selected sale"))
        self.refund_button.setVisible(False)
        self.refund_button.clicked.connect(self.refund)
        refund_action = QAction(self.tr("Refund…"), self)
        refund_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        refund_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refund_action.triggered.connect(self.refund)
        self.addAction(refund_action)
        self.table.addAction(refund_action)
        # Send by e-mail (issue 17): Octopus mails the eSIM; for eSIMfly it says why not.
        # Short: at 200 % text the row of buttons has no room for "Send by e-mail…".
        self.email_button = QPushButton(self.tr("E-mail…"), self)
        self.email_button.setObjectName("historyEmail")
        self.email_button.setAccessibleName(self.tr("Send the selected sale's eSIM by e-mail"))
        self.email_button.clicked.connect(self.send_by_email)
        email_action = QAction(self.tr("Send by e-mail…"), self)
        email_action.setShortcut(QKeySequence("Ctrl+E"))  # as on the customer display
        email_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        email_action.triggered.connect(self.send_by_email)
        self.addAction(email_action)
        self.table.addAction(email_action)
        # Look up the eSIM (issue 17): the window is given by the main window (set_lookup).
        self._lookup: Callable[[Order], object] | None = None
        self.lookup_action = QAction(self.tr("Look up the eSIM…"), self)
        self.lookup_action.setShortcut(QKeySequence("Ctrl+I"))
        self.lookup_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.lookup_action.triggered.connect(self.look_up)
        self.addAction(self.lookup_action)
        self.table.addAction(self.lookup_action)
        # Top up (issue 17): a delivered eSIMfly eSIM, sold again like a sale.
        self.topup_button = QPushButton(self.tr("&Top up…"), self)
        self.topup_button.setObjectName("historyTopup")
        self.topup_button.setAccessibleName(self.tr("Top up the selected eSIM"))
        self.topup_button.setAccessibleDescription(
            self.tr("Sells more data and days for the eSIM of the selected eSIMfly sale.")
        )
        self.topup_button.clicked.connect(self.top_up)
        self.message = QLabel("", self)
        self.message.setWordWrap(True)  # a long sentence wraps beside the buttons
        self.message.setObjectName("historyMessage")

        filters = QHBoxLayout()  # under the search: at 200 % text one row squeezed it shut
        filters.addWidget(self.status)
        filters.addWidget(self.use_dates)
        filters.addWidget(self.since)
        filters.addWidget(QLabel(self.tr("to"), self))
        filters.addWidget(self.until)
        filters.addWidget(self.hide_training)
        filters.addStretch(1)
        # Two rows: the sale's own buttons, then the after-sale service ones with the
        # message. One row no longer fits 1366 px at 200 % text.
        buttons = QHBoxLayout()
        for button in (self.show_button, self.copy_button, self.check_button, self.reprint_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        service = QHBoxLayout()
        for button in (self.refund_button, self.email_button, self.topup_button):
            service.addWidget(button)
        service.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        # Beside the search, which gives way: the row of buttons below has no room to spare
        # at 200 % text once a message shows.
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.owner_button)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addLayout(service)
        fit_to_screen(self, QSize(1280, 640), grow=1.3)

        flow.sale_done.connect(self.model.replace)
        # Columns fit what arrived (a page comes after the table is laid out).
        self.model.loaded.connect(self._fit_columns)
        self._update_buttons()
        self._show_owner(False)
        self.refresh()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Columns as wide as what they hold; when that is wider than the table, the
        free-text columns (plan, then status) give way, elided with the whole text on hover,
        so every column, the order number last, stays in view."""
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        last = header.count() - 1
        # The last column stretches to fill the table: count what its contents need.
        needed = sum(header.sectionSize(c) for c in range(last))
        needed += max(self.table.sizeHintForColumn(last), header.sectionSizeHint(last))
        excess = needed - self.table.viewport().width()
        for column in (HistoryModel.PLAN, HistoryModel.STATUS):
            if excess <= 0:
                return
            width = header.sectionSize(column)
            narrower = max(self.fontMetrics().horizontalAdvance("M") * 8, width - excess)
            header.resizeSection(column, narrower)
            excess -= width - narrower

    def current_filter(self) -> HistoryFilter:
        since = until = None
        if self.use_dates.isChecked():
            since = start_of_day(self.since.date())
            until = start_of_day(self.until.date()) + timedelta(days=1)
        return HistoryFilter(
            text=self.search.text().strip(),
            status=STATUSES[self.status.currentIndex()],
            since=since,
            until=until,
            training=False if self.hide_training.isChecked() else None,
        )

    def refresh(self) -> None:
        self.model.set_filter(self.current_filter())

    def done(self, result: int) -> None:
        # Closed while a page or an export is on its way: drop it (it reopens fresh).
        self._runner.cancel_owner(self.model)
        self._runner.cancel_owner(self)
        # The history stays alive between openings: the next one (perhaps the clerk's)
        # starts without cost and margin again.
        self._opening += 1
        self.message.clear()  # first: with the button back, a long message would widen us
        self._show_owner(False)
        super().done(result)

    def reveal(self) -> None:
        """Cost and margin, behind the manager PIN, until this opening is closed."""
        opening = self._opening

        def granted() -> None:
            if opening == self._opening:
                self._show_owner(True)

        ask_owner(self._manager, granted)

    def _show_owner(self, owner: bool) -> None:
        self.model.set_owner(owner)
        for column in HistoryModel.OWNER_ONLY:
            self.table.setColumnHidden(column, not owner)
        self.owner_button.setVisible(not owner)
        if owner:
            self.message.setText(self.tr("Cost and margin shown."))
            # Back from the PIN prompt (the main window's) to the history.
            self.activateWindow()
            self.table.setFocus()
        self._fit_columns()

    def selected(self) -> list[Order]:
        """The selected sales, once each (a refund's negative line selects its sale)."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        chosen: dict[str, Order] = {}
        for row in rows:
            order = self.model.order(row)
            chosen.setdefault(order.reference, order)
        return list(chosen.values())

    def _update_buttons(self, *_: object) -> None:
        chosen = self.selected()
        one = chosen[0] if len(chosen) == 1 else None
        self.show_button.setEnabled(
            one is not None and any(e.activation or e.raw_code for e in one.esims)
        )
        self.copy_button.setEnabled(one is not None and any(e.iccid for e in one.esims))
        self.check_button.setEnabled(one is not None and one.status.unresolved)
        self.reprint_button.setEnabled(
            self._receipts is not None and one is not None and one.status is OrderStatus.DELIVERED
        )

        self.refund_button.setEnabled(
            one is not None and one.status is OrderStatus.DELIVERED and bool(one.esims)
        )
        self.email_button.setEnabled(one is not None and one.status is OrderStatus.DELIVERED)
        self.topup_button.setEnabled(one is not None and _toppable(one) is not None)

    def set_lookup(self, open_lookup: Callable[[Order], object]) -> None:
        self._lookup = open_lookup

    def look_up(self) -> None:
        """The selected sale's eSIM, live from its provider (Ctrl+I, the context menu)."""
        chosen = self.selected()
        if self._lookup is None or len(chosen) != 1:
            return
        if all(is_placeholder(e.iccid) for e in chosen[0].esims):
            self.message.setText(self.tr("This sale has no eSIM to look up."))
            return
        self._lookup(chosen[0])

    def set_refund_flow(self, flow: RefundFlow) -> None:
        self.refund_flow = flow
        self.refund_button.setVisible(True)
        flow.refunded.connect(lambda _outcome: self.refresh())

    def refund(self) -> None:
        chosen = self.selected()
        if self.refund_flow is not None and len(chosen) == 1 and self.refund_button.isEnabled():
            self.refund_flow.start(chosen[0], self)

    def send_by_email(self) -> None:
        chosen = self.selected()
        if len(chosen) != 1 or not self.email_button.isEnabled():
            return
        if not can_email(chosen[0]):
            self.message.setText(
                self.tr(
                    "Only Octopus Cards can e-mail an eSIM; eSIMfly cannot. Show the QR code "
                    "instead (Show QR)."
                )
            )
            return
        self._flow.send_by_email(chosen[0], self)

    def top_up(self) -> None:
        chosen = self.selected()
        iccid = _toppable(chosen[0]) if len(chosen) == 1 else None
        if iccid is None:
            return
        from app.esim_lookup import iccids

        sale = chosen[0]
        if not is_topup(sale.plan) and len(iccids(sale)) > 1 and self._lookup:
            # Which eSIM: the lookup window lists them, and tops up the one shown.
            self._lookup(sale)
            self.message.setText(
                self.tr(
                    "This sale has several eSIMs: choose one in the lookup window, then "
                    "press Top up there."
                )
            )
            return
        from app.ui.topup_flow import TopupLookup, start_topup

        origin = None if is_topup(sale.plan) else sale.reference
        start_topup(self, TopupLookup(iccid, sale.plan.provider, reference=origin))

    def show_qr(self) -> None:
        chosen = self.selected()
        if len(chosen) == 1 and self.show_button.isEnabled():
            # From the journal: works even after the provider stopped returning the code.
            self._flow.show_display(chosen[0])

    def copy_iccid(self) -> None:
        (order,) = self.selected()
        iccids = " ".join(e.iccid for e in order.esims if e.iccid)
        QApplication.clipboard().setText(iccids)
        self.message.setText(self.tr("ICCID copied."))

    def check(self) -> None:
        (order,) = self.selected()
        self._flow.check(order)

    def reprint(self) -> None:
        """The selected delivered sale's receipt again, marked COPY with the time now."""
        chosen = self.selected()
        if self._receipts is None or len(chosen) != 1 or not self.reprint_button.isEnabled():
            return
        self._reprinting = chosen[0].reference
        self.message.setText(self.tr("Printing the receipt…"))
        self._receipts.reprint(chosen[0], parent=self)

    def _reprinted(self, reference: str, number: int) -> None:
        if reference == self._reprinting:
            self.message.setText(
                self.tr("Receipt %1 printed again (COPY).").replace("%1", str(number))
            )

    def _not_reprinted(self, reference: str, sentence: str) -> None:
        if reference == self._reprinting:
            self.message.setText(sentence)

    def export(self) -> None:
        chosen = self.selected() or [self.model.order(r) for r in range(self.model.rowCount())]
        owner = self.model.owner
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export sales"),
            str(Path.home() / "esim-sales.csv"),
            self.tr("CSV files (*.csv)"),
        )
        if not name:
            return
        refunds = self._refunds
        references = {order.reference for order in chosen}

        def export() -> int:
            # The chosen sales' refunds follow them as negative lines (issue 15).
            lines = [] if refunds is None else refunds.lines()
            mine = [line for line in lines if line.sale_reference in references]
            return write_csv(Path(name), chosen, owner=owner, refunds=mine) - len(mine)

        self._runner.run(
            # Cost and margin go into the file only when they are on the screen.
            export,
            lambda count: self.message.setText(self.tr("%n sale(s) exported.", "", count)),
            lambda error: self.message.setText(
                self.tr("Could not write the file: %1").replace("%1", str(error))
            ),
            owner=self,
        )


def _toppable(order: Order) -> str | None:
    """The ICCID a top-up of ``order`` would go to: a delivered eSIMfly sale (or top-up)
    whose plan is not known to refuse top-ups; None otherwise."""
    if order.status is not OrderStatus.DELIVERED or order.plan.provider is not ProviderId.ESIMFLY:
        return None
    if getattr(order.plan, "rechargeable", None) is False:  # when plans carry it
        return None
    return target_iccid(order.plan) or next((e.iccid for e in order.esims if e.iccid), None)


def start_of_day(day: QDate) -> datetime:
    """Local midnight at the start of ``day``, as a UTC datetime for the journal."""
    moment = date(day.year(), day.month(), day.day())
    return datetime.combine(moment, time()).astimezone().astimezone(UTC)


def owner_button(parent: QWidget) -> QPushButton:
    """ "Show cost and margin" (Ctrl+M), for the history and the day report."""
    name = QCoreApplication.translate("OwnerButton", "Show cost and margin")
    button = QPushButton(name, parent)
    button.setObjectName("showCostAndMargin")
    button.setShortcut(QKeySequence("Ctrl+M"))
    button.setAutoDefault(False)  # Enter in the search must not ask for the PIN
    button.setAccessibleName(name)
    button.setAccessibleDescription(
        QCoreApplication.translate(
            "OwnerButton",
            "Asks the manager PIN, then shows cost and margin until the window closes (Ctrl+M)",
        )
    )
    button.setToolTip(
        QCoreApplication.translate(
            "OwnerButton", "For the owner: asks for the manager PIN (Ctrl+M)"
        )
    )
    return button


def ask_owner(manager: ManagerOverride, granted: Callable[[], None]) -> None:
    """The manager PIN for cost and margin; asked again while the prompt is open (by the
    other dialog, or a click that got through), the same prompt comes to the front."""
    if manager.prompt is not None:
        manager.prompt.activateWindow()
        return
    manager.ask(
        QCoreApplication.translate("OwnerButton", "Cost and margin are for the owner."), granted
    )
