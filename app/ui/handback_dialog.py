"""Hand the money back: a paid sale failed, so the customer gets back exactly what they
paid, by the way they paid it. Said in large plain words, one line per method."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app.core.orders import Order
from app.core.payment import Method, Payment
from app.ui.locale_text import align_leading, bidi

# Marked for lupdate here, translated where used: one plain sentence per method.
_SENTENCES = {
    Method.CASH: str(QT_TRANSLATE_NOOP("Handback", "Give back %1 in cash")),
    Method.CARD: str(QT_TRANSLATE_NOOP("Handback", "Refund %1 to the card")),
    Method.TRANSFER: str(QT_TRANSLATE_NOOP("Handback", "Send back %1 by bank transfer")),
    Method.OTHER: str(QT_TRANSLATE_NOOP("Handback", "Give back %1 the way it was paid")),
}


def give_back_lines(payment: Payment, locale: str) -> list[str]:
    """ "Give back USD 5.99 in cash", one sentence per method: for cash the part kept,
    since the change went back already."""
    return [
        QCoreApplication.translate("Handback", _SENTENCES[t.method]).replace(
            "%1", bidi(t.amount.format(locale))
        )
        for t in payment.tenders
    ]


def paid_summary(payment: Payment, locale: str) -> str:
    """ "USD 5.99 (cash)" or "USD 2.00 (card) + USD 3.99 (cash)", for the pending list."""
    from app.ui.payment_widgets import method_name

    return " + ".join(
        f"{bidi(t.amount.format(locale))} ({method_name(t.method)})" for t in payment.tenders
    )


class HandbackDialog(QDialog):
    """Accepted: "I gave it back" (journalled as returned). Rejected: "Later" (the money
    stays owed and the pending list keeps saying so)."""

    def __init__(self, order: Order, *, locale: str = "en_US", parent: QWidget | None = None):
        super().__init__(parent)
        assert order.payment is not None
        self.order = order
        self.setObjectName("handback")
        self.setWindowTitle(self.tr("Give the money back"))
        self.setModal(True)
        title = QLabel(self.tr("The sale failed. No eSIM was sold."), self)
        title.setObjectName("handbackTitle")
        title.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        self.lines: list[QLabel] = []
        for text in give_back_lines(order.payment, locale):
            line = QLabel(text, self)
            line.setObjectName("handbackLine")
            line.setTextFormat(Qt.TextFormat.PlainText)
            line.setWordWrap(True)
            font = line.font()
            font.setPointSizeF(font.pointSizeF() * 2.2)
            font.setBold(True)
            line.setFont(font)
            align_leading(line)
            layout.addWidget(line)
            self.lines.append(line)
        if order.failure_reason:
            reason = QLabel(self.tr("Why: %1").replace("%1", order.failure_reason), self)
            reason.setObjectName("handbackReason")
            reason.setWordWrap(True)
            reason.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(reason)
        self.buttons = QDialogButtonBox(self)
        self.returned_button = self.buttons.addButton(
            self.tr("I gave it back"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.returned_button.setAccessibleName(self.tr("I gave the money back"))
        self.later_button = self.buttons.addButton(
            self.tr("Later"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.later_button.setAccessibleName(self.tr("Later: the money is still owed"))
        self.later_button.setAccessibleDescription(
            self.tr("The sale stays in the list as money owed until you confirm")
        )
        # Enter must not confirm a hand-back by accident: nothing is the default, the clerk
        # picks a button (Tab or Alt), and Esc means "Later".
        self.returned_button.setAutoDefault(False)
        self.later_button.setAutoDefault(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.returned_button.setFocus()

    def text(self) -> str:
        return "\n".join(line.text() for line in self.lines)
