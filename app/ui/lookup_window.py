"""Look up an eSIM (issue 17): the traveller is back with "it doesn't work" or "my data
ran out", and the clerk reads what the provider says, in plain words.

Opened from History on the selected sale (Ctrl+I, the context menu) or from the counter
window (Sales › Look up an eSIM…, Ctrl+I, or an ICCID scanned into the destination
search: a barcode scanner types the digits, then Return). Every provider call runs on the
window's Runner; the window only shows what came back. A field the provider does not give
shows "—". Refresh (F5) asks again.

For C17: the "Top up…" button shows only for an eSIMfly eSIM whose package is
rechargeable, and only when ``app.ui.topup_flow`` exists; it calls
``app.ui.topup_flow.start_topup(parent, lookup)``.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import esim_lookup
from app.core.lookup import EsimLookup, LookupOutcome
from app.core.orders import Order
from app.core.plans import ProviderId
from app.ui import locale_text
from app.ui import lookup_text as words
from app.ui.messages import describe
from app.ui.runner import Runner
from app.ui.screen_fit import fit_to_screen

if TYPE_CHECKING:
    from app.counter import Counter

TOPUP_MODULE = "app.ui.topup_flow"  # C17's; the button waits for it


def topup_available() -> bool:
    return importlib.util.find_spec(TOPUP_MODULE) is not None


class LookupWindow(QDialog):
    def __init__(
        self,
        runner: Runner,
        counter_of: Callable[[], Counter | None],
        *,
        locale: str = "en_US",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("lookupWindow")
        self.setWindowTitle(self.tr("Look up an eSIM"))
        self.setAccessibleName(self.tr("Look up an eSIM"))
        self._runner = runner
        self._counter_of = counter_of
        self._locale = locale
        self._again: Callable[[], None] | None = None  # the last lookup, for Refresh
        self.lookup: EsimLookup | None = None

        self.iccid = QLineEdit(self)
        self.iccid.setObjectName("lookupIccid")
        self.iccid.setAccessibleName(self.tr("ICCID to look up"))
        self.iccid.setAccessibleDescription(
            self.tr("Type or scan the eSIM's ICCID, then press Enter.")
        )
        self.iccid.setPlaceholderText(self.tr("ICCID (type or scan)"))
        self.iccid.setClearButtonEnabled(True)
        iccid_label = QLabel(self.tr("&ICCID"), self)
        iccid_label.setBuddy(self.iccid)
        self.look_button = QPushButton(self.tr("&Look up"), self)
        self.look_button.setAccessibleName(self.tr("Look up"))
        self.look_button.setDefault(True)  # Enter in the ICCID field (a scanner's Return)
        self.look_button.clicked.connect(self.look_up_typed)
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.setAccessibleName(self.tr("Refresh"))
        self.refresh_button.setAccessibleDescription(self.tr("Asks the provider again (F5)."))
        self.refresh_button.setAutoDefault(False)
        self.refresh_button.setEnabled(False)
        self.refresh_button.clicked.connect(self.refresh)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.refresh)

        # A sale of several eSIMs: which one (hidden for one eSIM or a typed ICCID).
        self.esims = QComboBox(self)
        self.esims.setObjectName("lookupEsims")
        self.esims.setAccessibleName(self.tr("eSIM of this sale"))
        self.esims.setAccessibleDescription(
            self.tr("This sale has several eSIMs: choose the one to look up.")
        )
        self.esims.activated.connect(self._esim_chosen)
        self.esims_label = QLabel(self.tr("e&SIM"), self)
        self.esims_label.setBuddy(self.esims)
        self._sale: Order | None = None
        self._show_esims(False)

        self.state = QLabel(words.DASH, self)
        self.state.setObjectName("lookupState")
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        font = self.state.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.state.setFont(font)
        self.advice = self._value("lookupAdvice")
        self.message = self._value("lookupMessage")

        self.fields: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, label in (
            ("provider", self.tr("Provider")),
            ("plan", self.tr("Plan")),
            ("used", self.tr("Data used")),
            ("left", self.tr("Data left")),
            ("expires", self.tr("Expires")),
            ("installed", self.tr("Installed")),
            ("activated", self.tr("First used")),
            ("network", self.tr("Last network")),
            ("device", self.tr("Device")),
            ("iccid", self.tr("ICCID")),
            ("order", self.tr("Order")),
            ("sale", self.tr("Sale")),
        ):
            self.fields[key] = self._value(f"lookup_{key}", words.DASH)
            form.addRow(label, self.fields[key])

        self.topup_button = QPushButton(self.tr("&Top up…"), self)
        self.topup_button.setObjectName("lookupTopUp")
        self.topup_button.setAccessibleName(self.tr("Top up this eSIM"))
        self.topup_button.setAutoDefault(False)
        self.topup_button.setVisible(False)
        self.topup_button.clicked.connect(self._top_up)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(iccid_label)
        top.addWidget(self.iccid, 1)
        top.addWidget(self.look_button)
        top.addWidget(self.refresh_button)
        chooser = QHBoxLayout()
        chooser.addWidget(self.esims_label)
        chooser.addWidget(self.esims, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.topup_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(chooser)
        layout.addWidget(self.state)
        layout.addWidget(self.advice)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        # Typing order: the ICCID, Look up, Refresh, Top up, Close (Escape closes).
        for first, second in (
            (self.iccid, self.look_button),
            (self.look_button, self.refresh_button),
            (self.refresh_button, self.esims),
            (self.esims, self.topup_button),
            (self.topup_button, self.close_button),
        ):
            QWidget.setTabOrder(first, second)
        fit_to_screen(self, QSize(640, 480))
        self.iccid.setFocus()

    def _value(self, name: str, text: str = "") -> QLabel:
        label = QLabel(text, self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)  # provider text is never markup
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    # -- asking -------------------------------------------------------------------------

    def look_up_typed(self) -> None:
        """The ICCID in the field (typed, pasted or scanned)."""
        iccid = esim_lookup.iccid_of(self.iccid.text())
        if iccid is None:
            self.message.setText(
                self.tr("That is not an ICCID: it has 18 to 22 digits and starts with 89.")
            )
            self.iccid.setFocus()
            self.iccid.selectAll()
            return
        self.look_up_iccid(iccid)

    def look_up_iccid(self, iccid: str) -> None:
        self._sale = None
        self._show_esims(False)
        self.iccid.setText(iccid)

        def work(counter: Counter) -> LookupOutcome:
            return esim_lookup.look_up_iccid(
                counter.providers, counter.journal, iccid, counter.training
            )

        self._start(work)

    def look_up_sale(self, order: Order) -> None:
        """A sale from History: its own provider and order; its first eSIM, and the
        others to choose from when it has several."""
        iccids = esim_lookup.iccids(order)
        if not iccids:
            self.message.setText(self.tr("This sale has no eSIM to look up."))
            return
        self._sale = order
        self.esims.clear()
        for number, iccid in enumerate(iccids, start=1):
            self.esims.addItem(
                self.tr("eSIM %1 of %2: %3")
                .replace("%1", str(number))
                .replace("%2", str(len(iccids)))
                .replace("%3", locale_text.isolate(iccid)),
                iccid,
            )
        self._show_esims(len(iccids) > 1)
        self._look_up_esim(order, iccids[0])

    def _esim_chosen(self, index: int) -> None:
        iccid = self.esims.itemData(index)
        if self._sale is not None and isinstance(iccid, str):
            self._look_up_esim(self._sale, iccid)

    def _look_up_esim(self, order: Order, iccid: str) -> None:
        self.iccid.setText(iccid)

        def work(counter: Counter) -> LookupOutcome:
            return esim_lookup.look_up_sale(counter.providers, order, counter.training, iccid)

        self._start(work)

    def _show_esims(self, shown: bool) -> None:
        self.esims.setVisible(shown)
        self.esims_label.setVisible(shown)

    def refresh(self) -> None:
        if self._again is not None:
            self._again()

    def _start(self, work: Callable[[Counter], LookupOutcome]) -> None:
        self._again = lambda: self._start(work)
        self.refresh_button.setEnabled(True)
        counter = self._counter_of()
        if counter is None:
            self.message.setText(
                self.tr("The counter is not connected to the providers yet; try Refresh.")
            )
            return
        self.message.setText(self.tr("Asking the provider…"))
        self._runner.run(
            lambda: work(counter), self._show, self._failed, owner=self, key="esim-lookup"
        )

    # -- showing ------------------------------------------------------------------------

    def _show(self, outcome: LookupOutcome) -> None:
        found = outcome.found
        self.lookup = found
        if found is None:
            self._clear()
            self.message.setText(words.problem(outcome))
            return
        self.state.setText(words.state_words(found.state))
        self.state.setProperty("state", found.state.value)
        # Working in green, not working in red, waiting for the phone in amber: the
        # words say it too (colour is never the only sign).
        colour = words.STATE_COLOURS.get(found.state)
        self.state.setStyleSheet(f"color: {colour};" if colour else "")
        self.advice.setText(words.state_advice(found.state))
        for label in (self.state, self.advice):
            locale_text.align_leading(label)  # an English word still starts on the right
        self.message.setText(words.found_note(outcome))
        self._fill(found)
        self.topup_button.setVisible(
            found.rechargeable and found.provider is ProviderId.ESIMFLY and topup_available()
        )

    def _fill(self, found: EsimLookup) -> None:
        locale, dash = self._locale, words.DASH
        values = {
            "provider": words.provider_words(found.provider),
            "plan": found.plan_name or found.plan_code or dash,
            "used": words.data_used(found, locale),
            "left": words.data_left(found, locale),
            "expires": words.expiry(found),
            "installed": words.when(found.installed_at),
            "activated": words.when(found.activated_at),
            "network": words.network(found),
            "device": found.device_model or dash,
            "iccid": found.iccid,
            "order": found.order_id or dash,
            "sale": words.sale(found),
        }
        for key, text in values.items():
            label = self.fields[key]
            label.setText(locale_text.bidi(text))
            locale_text.align_leading(label)

    def _clear(self) -> None:
        self.state.setText(words.DASH)
        self.state.setStyleSheet("")
        self.advice.clear()
        self.topup_button.setVisible(False)
        for label in self.fields.values():
            label.setText(words.DASH)

    def _failed(self, error: BaseException) -> None:
        self.message.setText(describe(error))

    def _top_up(self) -> None:
        if self.lookup is None:
            return
        from importlib import import_module

        flow: Any = import_module(TOPUP_MODULE)  # C17's module, present when shown
        flow.start_topup(self, self.lookup)
