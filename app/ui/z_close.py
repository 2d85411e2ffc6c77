"""Till › Close shift (Z): the clerk counts the cash; expected, counted and the difference
show as they type; Close shift writes the numbered Z (the controller does, on the Runner).

The expected amount comes from an X report made just before the dialog opens; the Z
itself is built again inside the journal's closing transaction, so a sale finished
meanwhile is in the Z, and the Z's own figures are the ones shown afterwards.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.core.money import Money
from app.ui.cash_count import CashCount


class ZCloseDialog(QDialog):
    counted = Signal(object)  # Money

    def __init__(
        self, shift: int, expected: Money, locale: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        title = self.tr("Close shift %1 (Z)").replace("%1", str(shift))
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.expected = expected
        intro = QLabel(self.tr("Count the cash in the drawer and type what you counted."), self)
        intro.setWordWrap(True)
        self.cash = CashCount(expected.currency, locale, self.tr("&Counted cash"), self)
        self.cash.changed.connect(self._update)
        self.expected_label = QLabel(self.cash.shown(expected), self)
        self.expected_label.setObjectName("zExpected")
        self.counted_label = QLabel(self)
        self.counted_label.setObjectName("zCounted")
        self.difference = QLabel(self)
        self.difference.setObjectName("zDifference")
        font = self.difference.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.difference.setFont(font)
        self.difference.setAccessibleName(self.tr("Difference"))
        figures = QFormLayout()
        figures.addRow(self.tr("Expected in the drawer"), self.expected_label)
        figures.addRow(self.tr("Counted"), self.counted_label)
        figures.addRow(self.tr("Difference"), self.difference)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        note = QLabel(
            self.tr("The Z report gets the next number and can never be changed afterwards."),
            self,
        )
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.ok = self.buttons.addButton(
            self.tr("Close shift"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok.setAccessibleName(self.tr("Close shift and write the Z report"))
        self.ok.setDefault(True)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.cash)
        layout.addLayout(figures)
        layout.addWidget(note)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._update()
        self.cash.amount_edit.setFocus()

    def _update(self) -> None:
        counted = self.cash.amount()
        self.counted_label.setText(self.cash.shown(counted))
        if counted is None:
            self.difference.setText("—")
            self.difference.setProperty("kind", "")
            return
        gap = counted - self.expected
        if gap.amount < 0:
            # "short" already says which way: the amount reads as a positive sum.
            shortfall = self.expected - counted
            text = self.tr("%1 short").replace("%1", self.cash.shown(shortfall))
            kind = "error"
        elif gap.amount > 0:
            text = self.tr("%1 over").replace("%1", self.cash.shown(gap))
            kind = "error"
        else:
            text = self.tr("None: the drawer is right")
            kind = "change"
        self.difference.setText(text)
        self.difference.setProperty("kind", kind)
        self.difference.style().unpolish(self.difference)
        self.difference.style().polish(self.difference)

    def _accept(self) -> None:
        counted = self.cash.amount()
        if counted is None or counted.amount < 0:
            self.message.setText(self.tr("Type the cash you counted, e.g. 250, or 0."))
            return
        self.ok.setEnabled(False)  # one Z per close: the controller answers
        self.message.setText(self.tr("Closing the shift…"))
        self.counted.emit(counted)
