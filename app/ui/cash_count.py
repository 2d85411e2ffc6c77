"""Cash typed as one amount or counted per denomination: the opening float and the Z count.

The clerk types the amount (``12,50`` read in their locale), or ticks "Count per note and
coin" and types how many of each: the amount is then the count's total, shown as it
grows. Money is Decimal throughout.
"""

from __future__ import annotations

from decimal import Decimal

from babel.numbers import format_decimal
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from app.core.money import Money, minor_units, usable_locale
from app.core.notes import NOTES, parse_amount
from app.till.model import FloatCount
from app.ui.locale_text import isolate

_COINS = (Decimal("1"), Decimal("0.50"), Decimal("0.25"), Decimal("0.10"), Decimal("0.05"))
_PER_ROW = 3


def denominations(currency: str) -> tuple[Decimal, ...]:
    """Notes (largest first), then the usual coins below the smallest note."""
    notes = tuple(Decimal(n) for n in NOTES.get(currency.upper(), (1, 5, 10, 20, 50, 100)))
    coins = _COINS if minor_units(currency) >= 2 else ()
    small = min(notes)
    return tuple(sorted(notes, reverse=True)) + tuple(c for c in coins if c < small)


class CashCount(QWidget):
    changed = Signal()

    def __init__(self, currency: str, locale: str, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.currency = currency
        self._locale = locale
        self.amount_edit = QLineEdit(self)
        self.amount_edit.setObjectName("cashAmount")
        self.amount_edit.setAccessibleName(name)
        self.amount_edit.setAccessibleDescription(
            self.tr("The amount in %1").replace("%1", currency)
        )
        self.amount_edit.textChanged.connect(self.changed)
        self.label = QLabel(name + f" ({currency})", self)
        self.label.setBuddy(self.amount_edit)
        self.per_note = QCheckBox(self.tr("Count per note and &coin"), self)
        self.per_note.setAccessibleName(self.tr("Count per note and coin"))
        self.per_note.toggled.connect(self._per_note)
        self.spins: dict[Decimal, QSpinBox] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.label, 0, 0)
        grid.addWidget(self.amount_edit, 0, 1, 1, 2 * _PER_ROW - 1)
        grid.addWidget(self.per_note, 1, 0, 1, 2 * _PER_ROW)
        self._notes = QWidget(self)
        notes = QGridLayout(self._notes)
        notes.setContentsMargins(0, 0, 0, 0)
        for index, value in enumerate(denominations(currency)):
            text = format_decimal(value, locale=usable_locale(locale))
            spin = QSpinBox(self._notes)
            spin.setRange(0, 9999)
            spin.setAccessibleName(
                self.tr("Number of %1 %2").replace("%1", text).replace("%2", currency)
            )
            spin.valueChanged.connect(self._recount)
            label = QLabel(f"{text} ×", self._notes)
            label.setBuddy(spin)
            row, column = divmod(index, _PER_ROW)
            notes.addWidget(label, row, 2 * column)
            notes.addWidget(spin, row, 2 * column + 1)
            self.spins[value] = spin
        grid.addWidget(self._notes, 2, 0, 1, 2 * _PER_ROW)
        self._notes.setVisible(False)

    def _per_note(self, on: bool) -> None:
        self._notes.setVisible(on)
        self.amount_edit.setReadOnly(on)
        if on:
            self._recount()
            next(iter(self.spins.values())).setFocus()

    def _recount(self) -> None:
        count = self.count()
        if count is not None:
            text = format_decimal(count.total.amount, locale=usable_locale(self._locale))
            self.amount_edit.setText(text)

    def count(self) -> FloatCount | None:
        """The count per denomination, when the clerk counted that way."""
        if not self.per_note.isChecked():
            return None
        counts = tuple((v, s.value()) for v, s in self.spins.items() if s.value())
        return FloatCount(self.currency, counts)

    def amount(self) -> Money | None:
        """The cash, or None when what is typed is not an amount."""
        count = self.count()
        if count is not None:
            return count.total
        text = self.amount_edit.text()
        value = parse_amount(text, self.currency, self._locale) if text.strip() else None
        return None if value is None else Money(value, self.currency)

    def shown(self, money: Money | None) -> str:
        return "—" if money is None else isolate(money.format(self._locale))
