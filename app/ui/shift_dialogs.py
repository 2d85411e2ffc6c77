"""Till › Open shift, Pay in / Pay out, and the X/Z report dialog. Dialogs only: the till
controller (``app/ui/till_menu.py``) runs their work on the Runner and shows the answer.

Every dialog is non-blocking (``open()``), Enter accepts once the input makes sense, and a
message line says in a sentence what is missing or what went wrong.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.money import Money
from app.till.model import MAX_REASON, FloatCount, MoveKind
from app.ui.cash_count import CashCount
from app.ui.locale_text import isolate
from app.ui.receipts.report_layout import DocLine, Style


def _message(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("tillMessage")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class OpenShiftDialog(QDialog):
    """The opening float, typed or counted; ``chosen`` carries it."""

    chosen = Signal(object, object)  # Money, FloatCount | None

    def __init__(self, currency: str, locale: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open shift"))
        self.setAccessibleName(self.tr("Open shift"))
        intro = QLabel(self.tr("Count the cash in the drawer before the first sale."), self)
        intro.setWordWrap(True)
        self.cash = CashCount(currency, locale, self.tr("Opening &float"), self)
        self.message = _message(self)
        self.buttons = QDialogButtonBox(self)
        self.ok = self.buttons.addButton(
            self.tr("Open shift"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok.setAccessibleName(self.tr("Open shift"))
        self.ok.setDefault(True)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.cash, self.message, self.buttons):
            layout.addWidget(widget)
        self.cash.amount_edit.setFocus()

    def _accept(self) -> None:
        amount = self.cash.amount()
        if amount is None or amount.amount < 0:
            self.message.setText(self.tr("Type the float as an amount, e.g. 100, or 0 for none."))
            return
        count: FloatCount | None = self.cash.count()
        self.chosen.emit(amount, count)
        self.accept()


class CashMoveDialog(QDialog):
    """A pay-in or pay-out: an amount and a reason (both required)."""

    chosen = Signal(object, object, str)  # MoveKind, Money, reason

    def __init__(
        self, kind: MoveKind, currency: str, locale: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        title = self.tr("Pay in") if kind is MoveKind.PAY_IN else self.tr("Pay out")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.cash = CashCount(currency, locale, self.tr("&Amount"), self)
        self.cash.per_note.setVisible(False)  # petty cash is one amount
        self.reason = QLineEdit(self)
        self.reason.setMaxLength(MAX_REASON)
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setAccessibleDescription(self.tr("Why the cash goes in or out, e.g. milk"))
        reason_label = QLabel(self.tr("&Reason"), self)
        reason_label.setBuddy(self.reason)
        self.message = _message(self)
        self.buttons = QDialogButtonBox(self)
        self.ok = self.buttons.addButton(title, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setAccessibleName(title)
        self.ok.setDefault(True)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.cash)
        row = QHBoxLayout()
        row.addWidget(reason_label)
        row.addWidget(self.reason, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.cash.amount_edit.setFocus()

    def _accept(self) -> None:
        amount: Money | None = self.cash.amount()
        if amount is None or amount.amount <= 0:
            self.message.setText(self.tr("Type the amount, more than zero."))
            self.cash.amount_edit.setFocus()
            return
        if not self.reason.text().strip():
            self.message.setText(
                self.tr("Say why, e.g. \u201cmilk\u201d or \u201cchange from the bank\u201d.")
            )
            self.reason.setFocus()
            return
        self.chosen.emit(self.kind, amount, self.reason.text().strip())
        self.accept()


class ReportView(QTableWidget):
    """A report's rows as a two-column table (screen readers read it row by row)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 2, parent)
        self.setObjectName("reportView")
        self.setAccessibleName(self.tr("Report"))
        self.horizontalHeader().setVisible(False)
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setShowGrid(False)
        # One line a row, spanning both columns when it has no amount: rows sized to their
        # wrapped text came out uneven while the columns were still being laid out.
        self.setWordWrap(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.verticalHeader().setDefaultSectionSize(round(self.fontMetrics().height() * 1.5))
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

    def show_lines(self, lines: Sequence[DocLine]) -> None:
        shown = [line for line in lines if line.style is not Style.RULE]
        self.clearSpans()
        self.setRowCount(len(shown))
        for row, line in enumerate(shown):
            # Amounts isolated: "-USD 12.00" must not turn into "USD 12.00-" right to left.
            label, value = QTableWidgetItem(line.label), QTableWidgetItem(isolate(line.value))
            value.setData(Qt.ItemDataRole.UserRole, line.value)
            value.setTextAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
            if line.style in (Style.HEADING, Style.TOTAL):
                for item in (label, value):
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
            if line.role:
                label.setData(Qt.ItemDataRole.UserRole, line.role)
            label.setToolTip(line.label)  # a long explanation is elided on screen
            self.setItem(row, 0, label)
            self.setItem(row, 1, value)
            if line.style in (Style.HEADING, Style.TEXT, Style.SMALL):
                self.setSpan(row, 0, 1, 2)

    def value_of(self, role: str) -> str:
        """The value on the row marked ``role`` (for the tests and the Z summary)."""
        for row in range(self.rowCount()):
            item = self.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == role:
                value = self.item(row, 1)
                return str(value.data(Qt.ItemDataRole.UserRole)) if value is not None else ""
        return ""


class ReportDialog(QDialog):
    """An X report or a closed Z: the rows, Print and Save as PDF."""

    print_wanted = Signal()
    pdf_wanted = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.headline = QLabel(self)
        self.headline.setObjectName("reportHeadline")
        self.headline.setWordWrap(True)
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.headline.setFont(font)
        self.view = ReportView(self)
        self.message = _message(self)
        self.print_button = QPushButton(self.tr("&Print"), self)
        self.print_button.setAccessibleName(self.tr("Print the report on the receipt printer"))
        self.print_button.clicked.connect(self.print_wanted)
        self.pdf_button = QPushButton(self.tr("Save as P&DF…"), self)
        self.pdf_button.setAccessibleName(self.tr("Save the report as a PDF file"))
        self.pdf_button.clicked.connect(self.pdf_wanted)
        close = QPushButton(self.tr("Close"), self)
        close.setAccessibleName(self.tr("Close"))
        close.clicked.connect(self.close)
        close.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.pdf_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(560, 640)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def show_report(self, headline: str, lines: Sequence[DocLine]) -> None:
        self.headline.setText(headline)
        self.view.show_lines(lines)
        self.view.setFocus()
