"""The customer display: a full-screen window the traveller scans from.

It shows a large QR of the LPA string, a second QR with the iPhone install link, the
plan and destination, the ICCID, and the SM-DP+ address and activation code in large
monospace for manual entry. Nothing on it is a link: on Windows 11 a clicked LPA link
would install the eSIM into the PC's own modem.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QFontDatabase, QGuiApplication, QKeyEvent, QScreen
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.activation import apple_install_url
from app.core.iccid import group
from app.core.orders import Esim, Order
from app.ui.locale_text import bidi, duration, isolate, number
from app.ui.names import destination_name
from app.ui.qr_widget import QrWidget


def _plain(text: str, parent: QWidget, name: str, point_size: int, mono: bool = False) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    # Plain text only: no rich text, no links, nothing a click could open.
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setOpenExternalLinks(False)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    # Codes must never break at a hyphen: a clerk would type the break as part of it.
    label.setWordWrap(not mono)
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont) if mono else QFont()
    font.setPointSize(point_size)
    label.setFont(font)
    if mono or name == "fieldTitle":
        # Codes read left to right in every language, but in a right-to-left window they
        # and their titles (some, like ICCID, Latin) line up on the right edge.
        edge = Qt.AlignmentFlag.AlignRight if parent.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
        label.setAlignment(Qt.AlignmentFlag.AlignAbsolute | edge | Qt.AlignmentFlag.AlignVCenter)
    label.setText(bidi(text))
    return label


def _pointing(text: str, widget: QWidget) -> str:
    """Arrows in a button's text mirrored for a right-to-left window, as its layout is."""
    if not widget.isRightToLeft():
        return text
    mirror = {"◀": "▶", "▶": "◀"}
    return "".join(mirror.get(ch, ch) for ch in text)


def _set_fitted(label: QLabel, text: str, largest: int = 28, fits: int = 22) -> None:
    """Long codes get a smaller type so they stay on one line, never below 14 pt."""
    font = label.font()
    font.setPointSize(largest if len(text) <= fits else max(14, largest * fits // len(text)))
    label.setFont(font)
    # One left-to-right run in a right-to-left window: "+" and "$" stay where typed.
    label.setText(isolate(text))


class CustomerDisplay(QWidget):
    closed = Signal()
    #: The clerk asked to send this eSIM by e-mail (button or Ctrl+E; Octopus only).
    email_requested = Signal()

    def __init__(
        self,
        order: Order,
        *,
        timeout_seconds: int = 300,
        language: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("customerDisplay")
        self.setWindowTitle(self.tr("Your eSIM"))
        self._order = order
        self._esims = [e for e in order.esims if e.activation or e.raw_code]
        self._position = 0
        self._remaining = timeout_seconds
        self._language = language
        # Issue 17: ICCID → when its phone installed it (app/ui/install_follow.py sets it).
        self._installed: dict[str, datetime] = {}

        plan = order.plan
        where = destination_name(plan.destination, language)
        self.title = _plain(self.tr("Scan to install your eSIM"), self, "displayTitle", 34)
        title_font = self.title.font()
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.plan_label = _plain(f"{where} · {plan.name}", self, "displayPlan", 24)
        self.plan_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.qr = QrWidget(parent=self)
        self.qr.setObjectName("lpaQr")
        self.apple_qr = QrWidget(parent=self)
        self.apple_qr.setObjectName("appleQr")
        self.apple_qr.setMinimumSize(260, 260)
        self.apple_qr.setMaximumSize(380, 380)

        main_caption = _plain(
            self.tr("Android and iPhone: open the Camera and scan"), self, "qrCaption", 20
        )
        main_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        apple_caption = _plain(
            self.tr("iPhone (iOS 17.4+): install link"), self, "appleCaption", 13
        )
        apple_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.iccid = _plain("", self, "iccidValue", 24, mono=True)
        self.smdp = _plain("", self, "smdpValue", 28, mono=True)
        self.code = _plain("", self, "activationValue", 28, mono=True)
        self.confirmation = _plain("", self, "confirmationValue", 28, mono=True)
        self.confirmation_title = _plain(self.tr("Confirmation code"), self, "fieldTitle", 16)
        # Issue 17: the install confirmation, for the traveller (large) and a quiet line
        # while the provider does not answer.
        self.installed_label = _plain(self.tr("Installed ✓"), self, "installedLabel", 34)
        self.installed_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        installed_font = self.installed_label.font()
        installed_font.setBold(True)
        self.installed_label.setFont(installed_font)
        self.installed_label.setStyleSheet("color: #1b7a2f;")
        self.installed_label.setVisible(False)
        self.checking_label = _plain("", self, "checkingLabel", 11)
        self.checking_label.setVisible(False)

        details = QGridLayout()
        rows = [
            (self.tr("ICCID"), self.iccid),
            (self.tr("SM-DP+ address"), self.smdp),
            (self.tr("Activation code"), self.code),
        ]
        for row, (title, value) in enumerate(rows):
            details.addWidget(_plain(title, self, "fieldTitle", 16), row * 2, 0)
            details.addWidget(value, row * 2 + 1, 0)
        details.addWidget(self.confirmation_title, 6, 0)
        details.addWidget(self.confirmation, 7, 0)

        side = QVBoxLayout()
        side.addLayout(details)
        side.addStretch(1)
        side.addWidget(self.apple_qr, 0, Qt.AlignmentFlag.AlignHCenter)
        side.addWidget(apple_caption)

        center = QVBoxLayout()
        center.addWidget(self.qr, 1)
        center.addWidget(main_caption)

        body = QHBoxLayout()
        body.addLayout(center, 5)
        body.addSpacing(32)
        body.addLayout(side, 4)

        # Right to left, "previous" sits on the right: its arrow points there.
        self.previous_button = QPushButton(_pointing(self.tr("◀ Previous eSIM"), self), self)
        self.next_button = QPushButton(_pointing(self.tr("Next eSIM ▶"), self), self)
        self.position_label = _plain("", self, "positionLabel", 14)
        self.countdown = _plain("", self, "countdownLabel", 12)
        self.close_button = QPushButton(self.tr("Close (Esc)"), self)
        self.close_button.setObjectName("closeDisplay")
        self.close_button.setAccessibleName(self.tr("Close the customer display"))
        self.previous_button.setAccessibleName(self.tr("Previous eSIM"))
        self.next_button.setAccessibleName(self.tr("Next eSIM"))
        self.email_button = QPushButton(self.tr("Send by e-mail… (Ctrl+E)"), self)
        self.email_button.setObjectName("emailEsim")
        self.email_button.setAccessibleName(self.tr("Send the eSIM by e-mail"))
        self.email_button.setAccessibleDescription(
            self.tr("Octopus Cards e-mails the eSIM to the traveller, to install later.")
        )
        self.email_button.setVisible(False)
        self.email_button.clicked.connect(self.email_requested)
        self.previous_button.clicked.connect(lambda: self.show_esim(self._position - 1))
        self.next_button.clicked.connect(lambda: self.show_esim(self._position + 1))
        self.close_button.clicked.connect(self.close)
        # The keys belong to the display itself: a focused button would take the arrows
        # to move the focus and then Space would press it (closing the display on the
        # traveller). The buttons stay for the mouse and touch.
        for button in (
            self.previous_button,
            self.next_button,
            self.close_button,
            self.email_button,
        ):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        footer = QHBoxLayout()
        footer.addWidget(self.previous_button)
        footer.addWidget(self.position_label)
        footer.addWidget(self.next_button)
        footer.addStretch(1)
        footer.addWidget(self.checking_label)
        footer.addWidget(self.countdown)
        footer.addWidget(self.email_button)
        footer.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 24)
        layout.addWidget(self.title)
        # In the title's place once installed: there is nothing left to scan.
        layout.addWidget(self.installed_label)
        layout.addWidget(self.plan_label)
        layout.addSpacing(16)
        layout.addLayout(body, 1)
        layout.addLayout(footer)

        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        if timeout_seconds > 0:
            self._timer.start()
        self.show_esim(0)
        self._tick(advance=False)

    @property
    def esim_count(self) -> int:
        return len(self._esims)

    def current_esim(self) -> Esim | None:
        return self._esims[self._position] if self._esims else None

    @property
    def order(self) -> Order:
        return self._order

    def esim_iccids(self) -> list[str]:
        """The ICCIDs shown, in order (those the install follower asks about)."""
        return [e.iccid for e in self._esims if e.iccid]

    def offer_email(self, offered: bool) -> None:
        self.email_button.setVisible(offered)

    def set_installed(self, iccid: str, at: datetime) -> None:
        """The provider reports this eSIM installed: the display says so while it shows
        it (each eSIM of an order has its own state)."""
        self._installed.setdefault(iccid, at)
        self.show_esim(self._position)

    def is_installed(self, iccid: str | None) -> bool:
        return iccid is not None and iccid in self._installed

    @property
    def all_installed(self) -> bool:
        iccids = self.esim_iccids()
        return bool(iccids) and all(i in self._installed for i in iccids)

    def close_after(self, milliseconds: int) -> None:
        """Close by itself soon (every eSIM is installed), counting down on screen."""
        self._remaining = max(1, -(-milliseconds // 1000))
        self._timer.start()
        self._tick(advance=False)

    def set_checking(self, checking: bool) -> None:
        """A quiet line while the provider does not answer; nothing else changes."""
        self.checking_label.setText(self.tr("checking…") if checking else "")
        self.checking_label.setVisible(checking)

    def show_esim(self, position: int) -> None:
        if not self._esims:
            self.qr.setText("")
            self.code.setText(self.tr("The activation code is not available yet."))
            return
        self._position = max(0, min(position, len(self._esims) - 1))
        esim = self._esims[self._position]
        lpa = esim.activation.text if esim.activation else esim.raw_code or ""
        self.qr.setText(lpa)
        self.apple_qr.setText(apple_install_url(lpa))
        self.iccid.setText(isolate(group(esim.iccid)) if esim.iccid else "—")
        if esim.activation is not None:
            _set_fitted(self.smdp, esim.activation.smdp_address)
            _set_fitted(self.code, esim.activation.matching_id)
        else:
            _set_fitted(self.smdp, "—")
            _set_fitted(self.code, lpa)
        needs_code = bool(esim.activation and esim.activation.confirmation_code_required)
        confirmation = esim.confirmation_code or (self.tr("Ask the clerk") if needs_code else "")
        self.confirmation.setText(bidi(confirmation))
        self.confirmation.setVisible(bool(confirmation))
        self.confirmation_title.setVisible(bool(confirmation))
        installed = self.is_installed(esim.iccid)
        self.installed_label.setVisible(installed)
        self.title.setVisible(not installed)
        many = len(self._esims) > 1
        self.previous_button.setVisible(many)
        self.next_button.setVisible(many)
        self.position_label.setVisible(many)
        self.previous_button.setEnabled(self._position > 0)
        self.next_button.setEnabled(self._position < len(self._esims) - 1)
        self.position_label.setText(
            bidi(
                self.tr("eSIM %1 of %2")
                .replace("%1", number(self._position + 1))
                .replace("%2", number(len(self._esims)))
            )
        )

    def _tick(self, advance: bool = True) -> None:
        if not self._timer.isActive():
            self.countdown.setText("")
            return
        if advance:
            self._remaining -= 1
        if self._remaining <= 0:
            self.close()
            return
        # The whole countdown in one digit style (Qt's Arabic minutes met Latin seconds).
        self.countdown.setText(
            bidi(self.tr("Closes in %1").replace("%1", duration(self._remaining)))
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        # The arrow toward the "next" button goes on: right, or left in a right-to-left window.
        forward, back = (
            (Qt.Key.Key_Left, Qt.Key.Key_Right)
            if self.isRightToLeft()
            else (Qt.Key.Key_Right, Qt.Key.Key_Left)
        )
        if key == Qt.Key.Key_Escape:
            self.close()
        elif (
            key == Qt.Key.Key_E
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
            and self.email_button.isVisible()
        ):
            self.email_requested.emit()
        elif key in (forward, Qt.Key.Key_PageDown):
            self.show_esim(self._position + 1)
        elif key in (back, Qt.Key.Key_PageUp):
            self.show_esim(self._position - 1)
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._timer.stop()
        self.closed.emit()
        super().closeEvent(event)

    def show_on(
        self, screen: QScreen | None, full_screen: bool = True, clerk_screen: QScreen | None = None
    ) -> None:
        """Open on ``screen`` (default: a second screen if there is one, else the main).

        On a screen of its own it opens without taking the keyboard, so the clerk keeps
        typing in the counter window (Esc there closes it); on the clerk's own screen it
        covers the counter and takes the keyboard, so Esc closes it directly.
        """
        target = screen or pick_screen()
        separate = target is not None and clerk_screen is not None and target != clerk_screen
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, separate)
        if target is not None:
            self.setScreen(target)
            self.move(target.geometry().topLeft())
            self.resize(target.geometry().size())
        if full_screen:
            self.showFullScreen()
        else:
            self.show()
        self.raise_()
        if not separate:
            self.activateWindow()


def pick_screen(name: str = "") -> QScreen | None:
    """The screen called ``name``; else the first that is not the primary; else primary."""
    screens = QGuiApplication.screens()
    for screen in screens:
        if name and screen.name() == name:
            return screen
    primary = QGuiApplication.primaryScreen()
    others = [s for s in screens if s is not primary]
    return others[0] if others else primary
