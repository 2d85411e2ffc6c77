"""Send the eSIM by e-mail (issue 17, Octopus Cards only): for a traveller whose phone is
flat or who will install later. The clerk types the address; it is checked here
(app.core.email) before anything is sent, then sent and journalled on the Runner
(app.installs.send_by_email). The address is never logged in full.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.core.email import EmailAddressError, mask, normalise
from app.core.errors import CounterError, OrderNotFoundError, OrderRejectedError
from app.core.iccid import group
from app.core.orders import Order
from app.ui.locale_text import bidi, isolate
from app.ui.messages import describe
from app.ui.runner import DEFAULT, Runner

if TYPE_CHECKING:
    from app.counter import Counter

log = logging.getLogger(__name__)


class SendEmailDialog(QDialog):
    #: Sent and journalled: the address as sent.
    sent = Signal(str)

    def __init__(
        self,
        runner: Runner,
        counter: Callable[[], Counter | None],
        order: Order,
        *,
        clerk: Callable[[], str] = lambda: "",
        locale: str = "en_US",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sendEmailDialog")
        self.setWindowTitle(self.tr("Send the eSIM by e-mail"))
        self.setAccessibleName(self.tr("Send the eSIM by e-mail"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._runner = runner
        self._counter = counter
        self._order = order
        self._clerk = clerk
        self._locale = locale

        iccids = ", ".join(isolate(group(e.iccid)) for e in order.esims if e.iccid)
        self.sentence = QLabel(self)
        self.sentence.setWordWrap(True)
        self.sentence.setTextFormat(Qt.TextFormat.PlainText)
        self.sentence.setText(
            bidi(
                self.tr(
                    "Octopus Cards e-mails the eSIM %1 to the traveller, to install later "
                    "from another screen. Type their address and check it with them."
                ).replace("%1", iccids or "—")
            )
        )
        self.label = QLabel(self.tr("&E-mail address"), self)
        self.address = QLineEdit(self)
        self.address.setObjectName("emailAddress")
        self.address.setAccessibleName(self.tr("The traveller's e-mail address"))
        self.address.setPlaceholderText("name@example.com")
        self.address.setMaxLength(254)
        # Addresses read left to right in every language.
        self.address.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.address.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly)
        self.label.setBuddy(self.address)
        self.message = QLabel(self)
        self.message.setObjectName("emailMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(self)
        self.send = self.buttons.addButton(self.tr("&Send"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.send.setAccessibleName(self.tr("Send the e-mail"))
        self.send.setDefault(True)
        self.cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self._send)
        self.buttons.rejected.connect(self.reject)
        self.address.textChanged.connect(lambda _text: self.message.setText(""))

        layout = QVBoxLayout(self)
        for widget in (self.sentence, self.label, self.address, self.message, self.buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(520)
        self.address.setFocus()

    def _send(self) -> None:
        try:
            address = normalise(self.address.text())
        except EmailAddressError as exc:
            log.info("e-mail address refused before sending: %s", exc.reason)
            self.message.setText(self._address_problem(exc))
            self.address.setFocus()
            return
        counter = self._counter()
        if counter is None:
            self.message.setText(self.tr("The counter is not ready yet; try again in a moment."))
            return
        from app.installs import send_by_email  # with its first use, not at start-up

        order, clerk = self._order, self._clerk()
        self.send.setEnabled(False)
        self.address.setEnabled(False)
        self.message.setText(self.tr("Sending…"))
        self._runner.run(
            lambda: send_by_email(counter, order, address, clerk=clerk),
            self._done,
            self._failed,
            owner=self,
            priority=DEFAULT,
        )

    def _address_problem(self, exc: EmailAddressError) -> str:
        if exc.kind == "empty":
            return self.tr("Type the traveller's e-mail address first.")
        if exc.kind == "spaces":
            return self.tr("An e-mail address has no spaces. Check it with the traveller.")
        if exc.kind == "at":
            return self.tr("An e-mail address has one @, like name@example.com. Check it.")
        if exc.kind == "domain":
            return self.tr(
                "The part after @ is not a mail domain like example.com. Check it with the "
                "traveller."
            )
        if exc.kind == "length":
            return self.tr("This address is too long for e-mail. Check it with the traveller.")
        return self.tr(
            "The part before @ has characters an e-mail address cannot have. Check it with "
            "the traveller."
        )

    def _done(self, address: str) -> None:
        log.info("the eSIM of %s was sent to %s", self._order.reference, mask(address))
        self.sent.emit(address)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.send.setEnabled(True)
        self.address.setEnabled(True)
        self.address.setFocus()
        if isinstance(error, OrderRejectedError):
            text = self.tr(
                "Octopus Cards did not accept this address. Check it with the traveller "
                "and send again."
            )
        elif isinstance(error, OrderNotFoundError):
            text = self.tr(
                "Octopus Cards does not know this order, so it cannot e-mail it. Show the "
                "QR code instead."
            )
        elif isinstance(error, CounterError):
            text = self.tr("Not sent. %1").replace("%1", describe(error, self._locale))
        else:
            log.error("sending the eSIM by e-mail failed", exc_info=error)
            text = self.tr("Not sent: something went wrong. Try again, or show the QR code.")
        self.message.setText(bidi(text))
