"""Take payment: the step between pressing Sell and the order leaving the counter.

The clerk sees the sale at its retail price (tax included), picks how the customer pays
(one method or a split between two), types what was handed over for cash and reads the
change; "Sell now" is enabled only once the payment covers the total. The dialog hands
back a :class:`Payment`, journalled with the sale before the order is sent.
"""

from __future__ import annotations

from datetime import date

from babel.numbers import format_decimal
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.core.money import Money, usable_locale
from app.core.notes import parse_amount
from app.core.payment import Method, Payment, Tender
from app.core.plans import Plan
from app.core.pricing import PriceList
from app.core.quote import Quote
from app.ui.locale_text import align_leading, bidi, latin_digits, number
from app.ui.names import destination_name
from app.ui.payment_widgets import CashBox, MethodButtons, method_name
from app.ui.plans_model import PROVIDER_NAMES
from app.ui.sell_panel import priced


class ConfirmSaleDialog(QDialog):
    def __init__(
        self,
        plan: Plan,
        quantity: int,
        quote: Quote | None = None,
        *,
        locale: str = "en_US",
        language: str = "en",
        warning: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("confirmSale")
        self.setWindowTitle(self.tr("Take payment"))
        self.setModal(True)
        # No quote given: the provider's list price, no tax (a shop without a price list).
        quote = quote or PriceList().quote(plan, quantity, today=date.today())
        self.quote = quote
        self._locale = locale
        # English has no catalogue to pick a plural form from, so one eSIM keeps its own
        # sentence and several get a %n numerus form for the languages that need one.
        question = QLabel(
            self.tr("Take payment, then sell this eSIM?")
            if quantity == 1
            else self.tr("Take payment, then sell these %n eSIMs?", "", quantity),
            self,
        )
        question.setObjectName("confirmQuestion")
        question.setWordWrap(True)  # longer in most languages than in English
        form = QFormLayout()
        tax = (
            self.tr("%1 included (%2 %)")
            .replace("%1", quote.tax.format(locale))
            .replace(
                "%2", latin_digits(format_decimal(quote.tax_rate, locale=usable_locale(locale)))
            )
        )
        rows = [
            (self.tr("Destination"), destination_name(plan.destination, language)),
            (self.tr("Plan"), plan.name),
            (self.tr("Provider"), PROVIDER_NAMES.get(plan.provider, plan.provider)),
            (self.tr("Quantity"), number(quantity)),
            (self.tr("Tax"), tax),
            (self.tr("Price"), priced(quote.unit_gross, quantity, locale)),
        ]
        # Each value hugs its label. A QLabel aligns a Latin value by the value's own
        # direction, so in a right-to-left dialog it would sit at the far left edge: pin it
        # to the label's side absolutely. Its Latin runs are isolated so "+" and ")" stay.
        for title, value in rows:
            label = QLabel(bidi(value), self)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setObjectName("confirmValue")
            align_leading(label)
            form.addRow(title, label)
        self.price = label  # the last row: the amount to take from the customer
        self.price.setObjectName("confirmPrice")
        font = self.price.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.price.setFont(font)

        self.methods = MethodButtons(self)
        self.split = QCheckBox(self.tr("&Split between two methods"), self)
        self.split.setObjectName("splitPayment")
        self.split.setAccessibleName(self.tr("Split between two methods"))
        self.split_box = self._split_box()
        self.cash = CashBox(locale, self)

        self.buttons = QDialogButtonBox(self)
        self.sell_button = self.buttons.addButton(
            self.tr("Sell now"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.sell_button.setAccessibleName(self.tr("Sell now"))
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.sell_button.setDefault(True)
        self.buttons.accepted.connect(self._accept_if_paid)
        self.buttons.rejected.connect(self.reject)

        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addLayout(form)
        layout.addWidget(self.methods)
        layout.addWidget(self.split)
        layout.addWidget(self.split_box)
        layout.addWidget(self.cash)
        if warning:
            note = QLabel(warning, self)
            note.setObjectName("confirmWarning")
            note.setWordWrap(True)
            note.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(note)
        layout.addWidget(self.buttons)

        self.methods.changed.connect(self._method_changed)
        self.split.toggled.connect(self._split_toggled)
        self.split_amount.textChanged.connect(self._update)
        self.second.currentIndexChanged.connect(self._update)
        self.cash.changed.connect(self._refresh_button)
        self._method_changed()
        self.cash.tendered.setFocus()

    def _split_box(self) -> QWidget:
        box = QWidget(self)
        self.split_amount = QLineEdit(box)
        self.split_amount.setObjectName("splitAmount")
        self.split_amount.setAccessibleName(self.tr("Amount paid by the first method"))
        self.second = QComboBox(box)
        self.second.setObjectName("secondMethod")
        self.second.setAccessibleName(self.tr("Second method"))
        self.rest = QLabel(box)
        self.rest.setObjectName("splitRest")
        self.rest.setTextFormat(Qt.TextFormat.PlainText)
        self.first_label = QLabel(box)
        self.first_label.setBuddy(self.split_amount)
        second_label = QLabel(self.tr("&Rest by"), box)
        self.second_label = second_label
        second_label.setBuddy(self.second)
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.first_label, 0, 0)
        grid.addWidget(self.split_amount, 0, 1)
        grid.addWidget(second_label, 1, 0)
        grid.addWidget(self.second, 1, 1)
        grid.addWidget(self.rest, 1, 2)
        box.setVisible(False)
        return box

    # -- the payment ---------------------------------------------------------------------

    def _method_changed(self) -> None:
        first = self.methods.method()
        self.first_label.setText(self.tr("A&mount by %1").replace("%1", method_name(first)))
        keep = self.second.currentData()
        self.second.blockSignals(True)
        self.second.clear()
        # Cash first when it is free: the usual split is a card topped up with cash.
        others = sorted((m for m in Method if m is not first), key=lambda m: m is not Method.CASH)
        for method in others:
            self.second.addItem(method_name(method), method)
        index = self.second.findData(keep)
        self.second.setCurrentIndex(max(index, 0))
        self.second.blockSignals(False)
        self._update()

    def _split_toggled(self, on: bool) -> None:
        self.split_box.setVisible(on)
        if on:
            self.split_amount.setFocus()
        self._update()

    def tenders(self) -> tuple[Tender, ...] | None:
        """The parts by method, or None while the split amount is not a valid part."""
        total = self.quote.gross
        first = self.methods.method()
        if not self.split.isChecked():
            return (Tender(first, total),)
        typed = parse_amount(self.split_amount.text(), total.currency, self._locale)
        if typed is None or not 0 < typed < total.amount:
            return None
        second = Method(self.second.currentData())
        part = Money(typed, total.currency)
        return (Tender(first, part), Tender(second, total - part))

    def _update(self) -> None:
        tenders = self.tenders()
        if self.split.isChecked():
            if tenders is None:
                self.rest.setText(self.tr("Type an amount less than the total"))
            else:
                self.rest.setText(bidi(tenders[1].amount.format(self._locale)))
        cash = None
        for tender in tenders or ():
            if tender.method is Method.CASH:
                cash = tender.amount
        self.cash.set_due(cash)
        self._refresh_button()

    def payment(self) -> Payment | None:
        """The payment as it stands, or None while it does not cover the total."""
        tenders = self.tenders()
        if tenders is None:
            return None
        cash = next((t.amount for t in tenders if t.method is Method.CASH), None)
        tendered = None
        if cash is not None:
            tendered = self.cash.amount()
            if tendered is None:
                return None
        return Payment(tenders, tendered)

    def _refresh_button(self) -> None:
        self.sell_button.setEnabled(self.payment() is not None)

    def _accept_if_paid(self) -> None:
        # Enter reaches the default button even while it is disabled in some styles.
        if self.payment() is not None:
            self.accept()
