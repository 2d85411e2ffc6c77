"""The refund dialog's pages: checking ("Checking with eSIMfly…"), a plain sentence
(installed, refused, done), and the confirm step (which eSIMs, the amount back by which
methods, a reason, and for Octopus a shop loss or a claim with a note). The flow
(``app/ui/refund_flow.py``) fills it and does the work on the Runner.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.core.refunds import RefundKind


class RefundDialog(QDialog):
    confirmed = Signal(str, object, str)  # reason, RefundKind | None, note

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Refund"))
        self.setAccessibleName(self.tr("Refund"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.sentence = QLabel(self)
        self.sentence.setObjectName("refundSentence")
        self.sentence.setWordWrap(True)
        self.sentence.setTextFormat(Qt.TextFormat.PlainText)
        font = self.sentence.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.sentence.setFont(font)
        self.esims = QListWidget(self)
        self.esims.setAccessibleName(self.tr("eSIMs refunded"))
        self.amounts = QLabel(self)
        self.amounts.setObjectName("refundAmounts")
        self.amounts.setWordWrap(True)
        self.reason = QLineEdit(self)
        self.reason.setAccessibleName(self.tr("Reason for the refund"))
        self.reason.setPlaceholderText(self.tr("Reason (required), e.g. trip cancelled"))
        self.reason.textChanged.connect(self._changed)
        self.reason_label = QLabel(self.tr("&Reason (required)"), self)
        self.reason_label.setBuddy(self.reason)
        self.shop_loss = QRadioButton(self.tr("The shop bears the cost (shop's own &loss)"), self)
        self.shop_loss.setAccessibleName(self.tr("The shop bears the cost"))
        self.claimed = QRadioButton(self.tr("Claim it from &Octopus"), self)
        self.claimed.setAccessibleName(self.tr("Claim it from Octopus"))
        self.shop_loss.setChecked(True)
        self.note = QLineEdit(self)
        self.note.setAccessibleName(self.tr("Note for the owner"))
        self.note.setPlaceholderText(self.tr("Note for the owner (the claim)"))
        self.claimed.toggled.connect(self._changed)
        self.note.textChanged.connect(self._changed)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(self)
        self.ok = self.buttons.addButton(self.tr("&Refund"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setAccessibleName(self.tr("Refund"))
        self.ok.setDefault(True)
        self.cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self._octopus = False
        layout = QVBoxLayout(self)
        for widget in (
            self.sentence,
            self.esims,
            self.amounts,
            self.reason_label,
            self.reason,
            self.shop_loss,
            self.claimed,
            self.note,
            self.message,
            self.buttons,
        ):
            layout.addWidget(widget)
        self.setMinimumWidth(480)
        self.checking(self.tr("Checking…"))

    def _confirm_widgets(self) -> tuple[QWidget, ...]:
        return (self.esims, self.amounts, self.reason_label, self.reason, self.ok)

    def checking(self, text: str) -> None:
        """Waiting for the provider: the sentence only."""
        self._only(text)
        self.cancel.setText(self.tr("Cancel"))

    def say(self, text: str) -> None:
        """A plain sentence and nothing else (installed, refused, done)."""
        self._only(text)
        self.cancel.setText(self.tr("Close"))
        self.cancel.setAccessibleName(self.tr("Close"))
        self.cancel.setFocus()

    def _only(self, text: str) -> None:
        self.sentence.setText(text)
        for widget in (*self._confirm_widgets(), self.shop_loss, self.claimed, self.note):
            widget.setVisible(False)
        self.message.clear()
        self.adjustSize()

    def confirm(self, text: str, esims: list[str], amounts: str, *, octopus: bool) -> None:
        self.sentence.setText(text)
        self.esims.clear()
        self.esims.addItems(esims)
        self.amounts.setText(amounts)
        self._octopus = octopus
        for widget in self._confirm_widgets():
            widget.setVisible(True)
        for widget in (self.shop_loss, self.claimed, self.note):
            widget.setVisible(octopus)
        self.ok.setEnabled(True)
        self._changed()
        rows = max(1, min(len(esims), 4))
        height = self.esims.sizeHintForRow(0) * rows + 2 * self.esims.frameWidth() + 4
        self.esims.setFixedHeight(max(48, height))  # a finger's height in touch mode
        self.adjustSize()
        self.reason.setFocus()

    def _changed(self) -> None:
        self.note.setEnabled(self.claimed.isChecked())

    def _accept(self) -> None:
        reason = self.reason.text().strip()
        if not reason:
            self.message.setText(self.tr("Type the reason for the refund first."))
            self.reason.setFocus()
            return
        kind: RefundKind | None = None
        note = ""
        if self._octopus:
            kind = RefundKind.CLAIMED if self.claimed.isChecked() else RefundKind.SHOP_LOSS
            note = self.note.text().strip()
            if kind is RefundKind.CLAIMED and not note:
                self.message.setText(self.tr("Write a note for the owner about the claim."))
                self.note.setFocus()
                return
        self.ok.setEnabled(False)  # one refund per confirm
        self.message.setText(self.tr("Refunding…"))
        self.confirmed.emit(reason, kind, note)
