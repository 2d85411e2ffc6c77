"""What the customer display does beyond the QR (issue 17): follow the install state
(app/ui/install_follow.py) and send the eSIM by e-mail (app/ui/email_dialog.py).

The sale flow attaches each display it opens; this module is imported with the first
display, never at start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from app.core.email import mask
from app.core.iccid import group
from app.core.orders import Order
from app.installs import can_email
from app.ui import accessibility
from app.ui.accessibility import Politeness
from app.ui.email_dialog import SendEmailDialog
from app.ui.install_follow import InstallFollower
from app.ui.locale_text import bidi, isolate
from app.ui.runner import Runner

if TYPE_CHECKING:
    from app.counter import Counter
    from app.ui.customer_display import CustomerDisplay

# A display opened this long after the sale (from History, the pending list) asks at
# once: the traveller may have installed it meanwhile.
ASK_AT_ONCE_AFTER = timedelta(minutes=1)


class AfterSale(QObject):
    def __init__(
        self,
        runner: Runner,
        counter: Callable[[], Counter | None],
        window: QWidget,
        notice: Callable[[str], None],
        *,
        locale: str = "en_US",
        clerk: Callable[[], str] = lambda: "",
    ) -> None:
        super().__init__(window)
        self._runner = runner
        self._counter = counter
        self._window = window
        self._notice = notice
        self._locale = locale
        self._clerk = clerk
        #: Tests shrink the provider's cadence and the pause before the display closes.
        self.poll_scale = 1.0
        self.close_pause_ms: int | None = None
        self.follower: InstallFollower | None = None
        self.email_dialog: SendEmailDialog | None = None

    def attach(self, display: CustomerDisplay) -> None:
        order = display.order
        kwargs = {} if self.close_pause_ms is None else {"close_pause_ms": self.close_pause_ms}
        follower = InstallFollower(
            self._runner, self._counter, display, scale=self.poll_scale, **kwargs
        )
        follower.installed.connect(lambda iccid, _at: self._installed(display, iccid))
        self.follower = follower
        display.closed.connect(lambda: self._display_closed(follower))
        display.offer_email(can_email(order))
        display.email_requested.connect(lambda: self.send_by_email(order, display))
        old = datetime.now(UTC) - order.created_at > ASK_AT_ONCE_AFTER
        follower.start(at_once=old)

    def _display_closed(self, follower: InstallFollower) -> None:
        if self.follower is follower:
            self.follower = None

    def _installed(self, display: CustomerDisplay, iccid: str) -> None:
        text = self.tr("Installed ✓ on the traveller's phone: eSIM %1").replace(
            "%1", isolate(group(iccid))
        )
        self._notice(bidi(text))
        accessibility.announce(display, self.tr("Installed ✓"), Politeness.Assertive)

    def send_by_email(self, order: Order, parent: QWidget | None = None) -> SendEmailDialog:
        """Open the e-mail dialog for ``order`` (an Octopus sale; see can_email)."""
        if self.email_dialog is not None:
            self.email_dialog.close()
        dialog = SendEmailDialog(
            self._runner,
            self._counter,
            order,
            clerk=self._clerk,
            locale=self._locale,
            parent=parent if parent is not None else self._window,
        )
        dialog.sent.connect(
            lambda address: self._notice(
                self.tr("The eSIM was sent by e-mail to %1.").replace("%1", mask(address))
            )
        )
        dialog.finished.connect(lambda _result: self._email_closed(dialog))
        self.email_dialog = dialog
        dialog.open()
        return dialog

    def _email_closed(self, dialog: SendEmailDialog) -> None:
        if self.email_dialog is dialog:
            self.email_dialog = None
