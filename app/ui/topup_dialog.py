"""Choose a top-up for an eSIM: eSIMfly's offers with data, days and the shop's retail
price, and how many. Payment follows in the sale's own payment step (ConfirmSaleDialog).

Keyboard: the list has the focus once the offers arrive (arrows choose, Enter goes on to
payment), Tab reaches the quantity (Alt+Q), Esc cancels.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.quote import Quote
from app.core.topup import TopupPackage
from app.ui.locale_text import align_leading, bidi, isolate
from app.ui.sell_panel import priced

MAX_QUANTITY = 10  # eSIMfly's limit on one order


class TopupDialog(QDialog):
    #: The clerk chose a package and a quantity: (TopupPackage, int).
    chosen = Signal(object, int)

    def __init__(
        self,
        iccid: str,
        *,
        sold_as: str = "",
        locale: str = "en_US",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("topupDialog")
        self.setWindowTitle(self.tr("Top up an eSIM"))
        self._locale = locale
        self._offers: list[tuple[TopupPackage, Quote | None]] = []
        self._sent = False

        heading = QLabel(self.tr("Top up eSIM %1").replace("%1", isolate(iccid)), self)
        heading.setObjectName("topupHeading")
        heading.setTextFormat(Qt.TextFormat.PlainText)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        self.sold_as = QLabel(bidi(sold_as), self)
        self.sold_as.setTextFormat(Qt.TextFormat.PlainText)
        self.sold_as.setVisible(bool(sold_as))
        self.status = QLabel(self.tr("Asking eSIMfly which top-ups this eSIM can take…"), self)
        self.status.setObjectName("topupStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        for label in (heading, self.sold_as, self.status):
            align_leading(label)  # on the reading side even when the text is Latin

        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("topupPackages")
        self.table.setAccessibleName(self.tr("Top-ups for this eSIM"))
        self.table.setAccessibleDescription(
            self.tr("Use the arrow keys to choose a top-up, then press Enter to take payment.")
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Top-up"), self.tr("Data"), self.tr("Validity"), self.tr("Price")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves for the quantity
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.activated.connect(lambda _index: self._go_on())
        self.table.itemSelectionChanged.connect(self._update)

        self.quantity = QSpinBox(self)
        self.quantity.setObjectName("topupQuantity")
        self.quantity.setRange(1, MAX_QUANTITY)
        self.quantity.setAccessibleName(self.tr("Quantity"))
        self.quantity.setAccessibleDescription(
            self.tr("How many times this top-up is added to the eSIM.")
        )
        self.quantity.valueChanged.connect(self._update)
        quantity_label = QLabel(self.tr("&Quantity"), self)
        quantity_label.setBuddy(self.quantity)
        self.total = QLabel("", self)
        self.total.setObjectName("topupTotal")
        self.total.setTextFormat(Qt.TextFormat.PlainText)
        font = self.total.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.total.setFont(font)

        self.buttons = QDialogButtonBox(self)
        self.pay_button = self.buttons.addButton(
            self.tr("Take payment…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.pay_button.setObjectName("topupPay")
        self.pay_button.setAccessibleName(self.tr("Take payment for the chosen top-up"))
        self.pay_button.setDefault(True)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self._go_on)
        self.buttons.rejected.connect(self.reject)

        row = QHBoxLayout()
        row.addWidget(quantity_label)
        row.addWidget(self.quantity)
        row.addStretch(1)
        row.addWidget(self.total)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.sold_as)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.buttons)
        self.setMinimumSize(560, 380)
        self._update()

    # -- what the flow tells it ----------------------------------------------------------

    def set_offers(self, offers: list[tuple[TopupPackage, Quote | None]]) -> None:
        """The packages, each with its retail quote (None: it cannot be priced)."""
        self._offers = offers
        self.table.setRowCount(len(offers))
        for row, (package, quote) in enumerate(offers):
            price = (
                quote.unit_gross.format(self._locale)
                if quote is not None
                else self.tr("no price: see the price list")
            )
            days = package.validity_days  # a variable: lupdate drops a nested numerus call
            cells = (package.name, self._data(package), self.tr("%n day(s)", "", days), price)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(bidi(text))
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        if offers:
            self.status.setText(self.tr("Choose a top-up, then take payment."))
            self.choose(0)
            self.table.setFocus()
        else:
            self.status.setText(self.tr("eSIMfly offers no top-up for this eSIM."))
        self._update()

    def set_problem(self, sentence: str) -> None:
        """Why no top-up can be sold (not rechargeable, not installed yet, no answer)."""
        self._offers = []
        self.table.setRowCount(0)
        self.status.setText(sentence)
        self.status.setProperty("problem", True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setFocus()
        self._update()

    def _data(self, package: TopupPackage) -> str:
        if package.data_gb is None:
            return self.tr("Unlimited")
        from babel.numbers import format_decimal

        amount = format_decimal(package.data_gb.normalize(), locale=self._locale)
        return self.tr("%1 GB").replace("%1", amount)

    # -- the choice ----------------------------------------------------------------------

    def choose(self, row: int) -> None:
        """Make ``row`` the current, selected offer. (Not selectRow: in a right-to-left
        table it finds no column to start from and selects nothing.)"""
        flags = QItemSelectionModel.SelectionFlag
        index = self.table.model().index(row, 0)
        self.table.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)

    def selection(self) -> tuple[TopupPackage, Quote | None] | None:
        rows = self.table.selectionModel().selectedRows()
        if len(rows) != 1 or not 0 <= rows[0].row() < len(self._offers):
            return None
        return self._offers[rows[0].row()]

    def _update(self) -> None:
        chosen = self.selection()
        quote = None if chosen is None else chosen[1]
        self.pay_button.setEnabled(quote is not None and not self._sent)
        self.quantity.setEnabled(bool(self._offers))
        self.total.setText(
            ""
            if quote is None
            else bidi(priced(quote.unit_gross, self.quantity.value(), self._locale))
        )

    def _go_on(self) -> None:
        chosen = self.selection()
        # Once only: Enter in the list and the default button both lead here.
        if self._sent or chosen is None or chosen[1] is None:
            return
        self._sent = True
        self.chosen.emit(chosen[0], self.quantity.value())
        self.accept()
