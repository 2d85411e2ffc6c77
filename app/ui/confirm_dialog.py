"""The confirmation shown between pressing Sell and the order leaving the counter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from app.core.plans import Plan
from app.ui.locale_text import align_leading, bidi, number
from app.ui.names import destination_name
from app.ui.plans_model import PROVIDER_NAMES
from app.ui.sell_panel import priced


class ConfirmSaleDialog(QDialog):
    def __init__(
        self,
        plan: Plan,
        quantity: int,
        *,
        locale: str = "en_US",
        language: str = "en",
        warning: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("confirmSale")
        self.setWindowTitle(self.tr("Confirm sale"))
        self.setModal(True)
        # English has no catalogue to pick a plural form from, so one eSIM keeps its own
        # sentence and several get a %n numerus form for the languages that need one.
        question = QLabel(
            self.tr("Take payment, then sell this eSIM?")
            if quantity == 1
            else self.tr("Take payment, then sell these %n eSIMs?", "", quantity),
            self,
        )
        question.setWordWrap(True)
        question.setObjectName("confirmQuestion")
        question.setWordWrap(True)  # longer in most languages than in English
        form = QFormLayout()
        rows = [
            (self.tr("Destination"), destination_name(plan.destination, language)),
            (self.tr("Plan"), plan.name),
            (self.tr("Provider"), PROVIDER_NAMES.get(plan.provider, plan.provider)),
            (self.tr("Quantity"), number(quantity)),
            (self.tr("Price"), priced(plan.price, quantity, locale)),
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

        self.buttons = QDialogButtonBox(self)
        self.sell_button = self.buttons.addButton(
            self.tr("Sell now"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.sell_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addLayout(form)
        if warning:
            note = QLabel(warning, self)
            note.setObjectName("confirmWarning")
            note.setWordWrap(True)
            note.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(note)
        layout.addWidget(self.buttons)
