"""The parts of the take-payment step: the method buttons and the cash box (tendered,
quick keys for the notes, the change in large type)."""

from __future__ import annotations

from decimal import Decimal

from babel.numbers import format_decimal
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from app.core.money import Money, usable_locale
from app.core.notes import parse_amount, quick_amounts
from app.core.payment import Method
from app.ui.locale_text import align_leading, bidi

_PER_ROW = 3  # keys in a row: the exact amount first, then the notes


# Marked here for lupdate, translated where shown: the method's name with its Alt
# mnemonic (the letter the clerk presses), and as it reads in a sentence or a list.
_LABELS = {
    Method.CASH: str(QT_TRANSLATE_NOOP("Payment", "&Cash")),
    Method.CARD: str(QT_TRANSLATE_NOOP("Payment", "C&ard")),
    Method.TRANSFER: str(QT_TRANSLATE_NOOP("Payment", "&Bank transfer")),
    Method.OTHER: str(QT_TRANSLATE_NOOP("Payment", "&Other")),
}
_NAMES = {
    Method.CASH: str(QT_TRANSLATE_NOOP("Payment", "cash")),
    Method.CARD: str(QT_TRANSLATE_NOOP("Payment", "card")),
    Method.TRANSFER: str(QT_TRANSLATE_NOOP("Payment", "bank transfer")),
    Method.OTHER: str(QT_TRANSLATE_NOOP("Payment", "other")),
}


def method_label(method: Method) -> str:
    return QCoreApplication.translate("Payment", _LABELS[method])


def method_title(method: Method) -> str:
    """The method's name as a heading ("Cash", "Bank transfer"), without the mnemonic."""
    text = method_label(method)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def method_name(method: Method) -> str:
    return QCoreApplication.translate("Payment", _NAMES[method])


class MethodButtons(QWidget):
    """Cash, card, bank transfer, other: one radio button each, Alt+letter or arrows."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.buttons: dict[Method, QRadioButton] = {}
        # Two by two: four buttons in a row do not fit a narrow dialog in a long language.
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for index, method in enumerate(Method):
            button = QRadioButton(method_label(method), self)
            button.setObjectName(f"method_{method.value}")
            button.setAccessibleName(method_name(method))
            button.setAccessibleDescription(self.tr("How the customer pays"))
            self.group.addButton(button)
            self.buttons[method] = button
            grid.addWidget(button, index // 2, index % 2)
        self.buttons[Method.CASH].setChecked(True)
        self.group.buttonToggled.connect(self._toggled)

    def _toggled(self, _button: QRadioButton, on: bool) -> None:
        if on:  # the button switched off says nothing new
            self.changed.emit()

    def method(self) -> Method:
        for method, button in self.buttons.items():
            if button.isChecked():
                return method
        return Method.CASH


class CashBox(QWidget):
    """What the customer hands over for the cash part, and the change to give.

    Left empty, the tendered amount is the exact cash part: Enter then sells at once."""

    changed = Signal()

    def __init__(self, locale: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._locale = locale
        self._due: Money | None = None
        self.tendered = QLineEdit(self)
        self.tendered.setObjectName("tendered")
        self.tendered.setAccessibleName(self.tr("Cash tendered"))
        self.tendered.setAccessibleDescription(
            self.tr("The amount the customer hands over; empty means the exact amount")
        )
        self.tendered.textChanged.connect(self._update)
        label = QLabel(self.tr("&Tendered"), self)
        label.setBuddy(self.tendered)
        self.tendered_label = label
        self.exact = QPushButton(self.tr("&Exact amount"), self)
        self.exact.setObjectName("exactAmount")
        self.exact.setAccessibleName(self.tr("Exact amount"))
        self.exact.setAutoDefault(False)  # Enter always sells; keys are for the amount
        self.exact.clicked.connect(lambda: self._set(None))
        # The exact-amount key and the notes, three to a row: a dialog on a small screen
        # (or in a long language) stays narrow.
        self.keys = QGridLayout()
        self.keys.addWidget(self.exact, 0, 0)
        self.note_buttons: list[QPushButton] = []
        self.change = QLabel(self)
        self.change.setObjectName("paymentChange")
        self.change.setTextFormat(Qt.TextFormat.PlainText)
        font = self.change.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        self.change.setFont(font)
        align_leading(self.change)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(label, 0, 0)
        grid.addWidget(self.tendered, 0, 1)
        grid.addLayout(self.keys, 1, 0, 1, 2)
        grid.addWidget(self.change, 2, 0, 1, 2)

    def set_due(self, due: Money | None) -> None:
        """The cash part to take (None: no cash in this payment)."""
        if due == self._due:
            return
        self._due = due
        self.setVisible(due is not None)
        for button in self.note_buttons:
            self.keys.removeWidget(button)
            button.deleteLater()
        self.note_buttons = []
        if due is not None:
            self.tendered.setPlaceholderText(bidi(due.format(self._locale)))
            for index, amount in enumerate(quick_amounts(due.amount, due.currency), start=1):
                self._add_note(index, amount, due.currency)
        self._update()

    def _add_note(self, index: int, amount: Decimal, currency: str) -> None:
        text = format_decimal(amount, locale=usable_locale(self._locale))
        button = QPushButton(text, self)
        button.setObjectName("noteKey")
        button.setAutoDefault(False)
        button.setShortcut(QKeySequence(f"Ctrl+{index}"))
        button.setToolTip(self.tr("Ctrl+%1").replace("%1", str(index)))
        button.setAccessibleName(
            self.tr("Customer gives %1 %2").replace("%1", text).replace("%2", currency)
        )
        button.clicked.connect(lambda: self._set(amount))
        self.keys.addWidget(button, index // _PER_ROW, index % _PER_ROW)
        self.note_buttons.append(button)

    def _set(self, amount: Decimal | None) -> None:
        text = "" if amount is None else format_decimal(amount, locale=usable_locale(self._locale))
        self.tendered.setText(text)
        self.tendered.setFocus()

    def amount(self) -> Money | None:
        """What was handed over: the exact cash part when left empty; None when what is
        typed is not an amount or does not cover the cash part."""
        due = self._due
        if due is None:
            return None
        text = self.tendered.text()
        if not text.strip():
            return due
        value = parse_amount(text, due.currency, self._locale)
        if value is None or value < due.amount:
            return None
        return Money(value, due.currency)

    def _update(self) -> None:
        due = self._due
        if due is None:
            self.change.clear()
            return
        given = self.amount()
        if given is not None:
            self.change.setText(
                self.tr("Change: %1").replace("%1", bidi((given - due).format(self._locale)))
            )
            self.change.setProperty("kind", "change")
        else:
            typed = parse_amount(self.tendered.text(), due.currency, self._locale)
            if typed is None:
                self.change.setText(self.tr("Type the amount the customer gives, e.g. 20"))
            else:
                short = Money(due.amount - typed, due.currency)
                self.change.setText(
                    self.tr("Not enough: %1 still to pay").replace(
                        "%1", bidi(short.format(self._locale))
                    )
                )
            self.change.setProperty("kind", "error")
        self.changed.emit()
