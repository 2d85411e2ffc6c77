"""The sell panel: the chosen plan, its price, and the big Sell button with progress."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QElapsedTimer, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.money import Money
from app.core.plans import Plan, ProviderId
from app.ui.locale_text import align_leading, bidi, number
from app.ui.names import destination_name
from app.ui.plans_model import PROVIDER_NAMES
from app.ui.pricing_source import Priced, PricingSource, stale_text
from app.ui.sale_state import SaleResult

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def priced(unit: Money, quantity: int, locale: str) -> str:
    """The amount to take: ``USD 4.50`` for one eSIM, ``3 × USD 4.50 = USD 13.50`` for more,
    so the clerk never charges the unit price for three."""
    if quantity == 1:
        return unit.format(locale)
    total = Money(unit.amount * quantity, unit.currency)  # Decimal times int: exact
    return (
        QCoreApplication.translate("SellPanel", "%1 × %2 = %3")
        .replace("%1", number(quantity))
        .replace("%2", unit.format(locale))
        .replace("%3", total.format(locale))
    )


class SellButton(QPushButton):
    """A push button that Return and keypad Enter press, as Space does.

    Outside a dialog Qt presses a focused button with Space only; the clerk picks a plan
    with Enter and the focus lands here, so Enter again must sell.
    """

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _ENTER_KEYS and not event.isAutoRepeat():
            # A held-down Enter repeats; it must not reach the confirmation behind it.
            if self.isEnabled():
                self.click()
            event.accept()
            return
        super().keyPressEvent(event)


class SellPanel(QFrame):
    sell_requested = Signal(object, int)  # Plan, quantity
    # Sell had the keyboard and is about to be disabled: the window puts the focus where
    # the clerk goes next (the destination search), not wherever Qt's focus chain leads.
    keyboard_released = Signal()
    show_again_requested = Signal()

    def __init__(self, locale: str = "en_US", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sellPanel")
        self._locale = locale
        self._plan: Plan | None = None
        self._selling = False  # shown while SaleFlow says a sale is under way
        self._blocked_reason = ""
        self._had_keyboard = False
        self._pricing: PricingSource | None = None
        self._price_problem = ""  # no retail price: selling is refused, this says why

        title = QLabel(self.tr("Sale"), self)
        title.setObjectName("sectionTitle")
        self.destination = QLabel(self.tr("Choose a destination and a plan."), self)
        self.destination.setObjectName("sellDestination")
        self.destination.setWordWrap(True)
        self.plan_name = QLabel("", self)
        self.plan_name.setObjectName("sellPlan")
        self.plan_name.setWordWrap(True)
        self.provider = QLabel("", self)
        self.provider.setObjectName("sellProvider")
        # The plan's details (5G, top-up, calls, networks, when validity starts): a few
        # short lines the clerk can read out; every network per country in the tooltip.
        self.details = QLabel("", self)
        self.details.setObjectName("sellDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        # Wrapped to the panel's width, never widening it (a long network list would).
        self.details.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.details.setVisible(False)
        self.price = QLabel("", self)
        self.price.setObjectName("sellPrice")
        self.price.setWordWrap(True)  # "3 × USD 4.50 = USD 13.50" may need two lines
        # A stale rate, a price below cost, or no price at all: what the clerk must know.
        self.price_note = QLabel("", self)
        self.price_note.setObjectName("sellPriceNote")
        self.price_note.setWordWrap(True)
        self.price_note.setTextFormat(Qt.TextFormat.PlainText)
        self.price_note.setVisible(False)
        for label in (self.destination, self.plan_name, self.provider, self.details, self.price):
            align_leading(label)  # Latin plan names and prices too, in Arabic

        self.quantity = QSpinBox(self)
        self.quantity.setRange(1, 1)
        self.quantity.setObjectName("quantity")
        self.quantity.setAccessibleName(self.tr("Number of eSIMs"))
        self.quantity.valueChanged.connect(self._update_price)
        self.quantity_label = QLabel(self.tr("eSIMs"), self)
        quantity_row = QHBoxLayout()
        quantity_row.addWidget(self.quantity_label)
        quantity_row.addWidget(self.quantity)
        quantity_row.addStretch(1)

        self.sell_button = SellButton(self.tr("Sell"), self)
        self.sell_button.setObjectName("sellButton")
        self.sell_button.setMinimumHeight(72)
        self.sell_button.setEnabled(False)
        self.sell_button.clicked.connect(self._on_sell)

        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy: the provider gives no progress to show
        self.progress.setTextVisible(False)
        self.progress.setVisible(False)
        self.elapsed = QLabel("", self)
        self.elapsed.setObjectName("sellElapsed")

        self.outcome = QLabel("", self)
        self.outcome.setObjectName("sellOutcome")
        self.outcome.setWordWrap(True)
        self.outcome.setTextFormat(Qt.TextFormat.PlainText)
        self.outcome.setVisible(False)
        self.show_again = QPushButton(self.tr("Show QR again"), self)
        self.show_again.setVisible(False)
        self.show_again.clicked.connect(self.show_again_requested)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.destination)
        layout.addWidget(self.plan_name)
        layout.addWidget(self.provider)
        layout.addWidget(self.details)
        layout.addWidget(self.price)
        layout.addWidget(self.price_note)
        layout.addLayout(quantity_row)
        layout.addSpacing(8)
        layout.addWidget(self.sell_button)
        layout.addWidget(self.progress)
        layout.addWidget(self.elapsed)
        layout.addWidget(self.outcome)
        layout.addWidget(self.show_again)
        layout.addStretch(1)

        self._clock = QElapsedTimer()
        self._ticker = QTimer(self)
        self._ticker.setInterval(250)
        self._ticker.timeout.connect(self._update_elapsed)
        self._update_quantity()

    @property
    def plan(self) -> Plan | None:
        return self._plan

    def set_pricing(self, pricing: PricingSource) -> None:
        """Show the owner's retail price (without it: the provider's list price)."""
        self._pricing = pricing
        pricing.changed.connect(self._prices_changed)
        self._prices_changed()

    def _prices_changed(self) -> None:
        self._update_price()
        self._update_button()

    def priced(self) -> Priced | None:
        """The chosen plan at the chosen quantity, as priced now; None without pricing."""
        if self._plan is None or self._pricing is None:
            return None
        return self._pricing.price(self._plan, self.quantity.value())

    def set_plan(self, plan: Plan | None, language: str = "en") -> None:
        self._plan = plan
        if not self._selling:
            # The last sale's outcome belongs to that sale, not to the plan chosen next.
            self.outcome.setVisible(False)
            self.show_again.setVisible(False)
        if plan is None:
            self.destination.setText(self.tr("Choose a destination and a plan."))
            self.plan_name.setText("")
            self.plan_name.setToolTip("")
            self.provider.setText("")
            self._show_details(None)
        else:
            self.destination.setText(destination_name(plan.destination, language))
            self.plan_name.setText(bidi(plan.name))
            self.plan_name.setToolTip(plan.name)
            self.provider.setText(
                bidi(
                    self.tr("via %1").replace(
                        "%1", PROVIDER_NAMES.get(plan.provider, plan.provider)
                    )
                )
            )
            self._show_details(plan)
        self._update_quantity()
        self._update_price()
        self._update_button()

    def _show_details(self, plan: Plan | None) -> None:
        from app.ui import plan_details_text as words  # at the first plan, not at start-up

        shown = [] if plan is None else words.lines(plan.details)
        self.details.setText("\n".join(shown))
        self.details.setToolTip("" if plan is None else words.networks_tip(plan.details))
        self.details.setVisible(bool(shown))

    def set_blocked(self, reason: str) -> None:
        """Refuse to sell (no counter yet, rate limited...) and say why on the button."""
        self._blocked_reason = reason
        self._update_button()

    def _update_quantity(self) -> None:
        many = self._plan is not None and self._plan.provider is ProviderId.ESIMFLY
        self.quantity.setRange(1, 10 if many else 1)
        self.quantity.setValue(1)
        self.quantity.setVisible(many)
        self.quantity_label.setVisible(many)

    def _update_price(self) -> None:
        plan = self._plan
        many = plan is not None and self.quantity.value() > 1
        unit = None if plan is None else plan.price
        notes: list[str] = []
        found = self.priced()
        self._price_problem = ""
        if found is not None and found.quote is None:
            unit = None
            self._price_problem = found.problem
            notes.append(found.problem)
        elif found is not None and found.quote is not None:
            unit = found.quote.unit_gross
            if found.quote.below_cost:
                notes.append(self.tr("Below the shop's cost: selling it needs the manager PIN."))
        if self._pricing is not None and self._pricing.stale():
            notes.append(stale_text())
        self.price_note.setText("\n".join(notes))
        self.price_note.setVisible(bool(notes))
        self.price.setText(
            "" if unit is None else bidi(priced(unit, self.quantity.value(), self._locale))
        )
        if self.price.property("many") != many:
            # "3 × USD 4.50 = USD 13.50" in a smaller type (style.qss), on two lines at most.
            self.price.setProperty("many", many)
            self.price.style().unpolish(self.price)
            self.price.style().polish(self.price)

    def _update_button(self) -> None:
        blocked = self._blocked_reason or self._price_problem
        ready = self._plan is not None and not self._selling and not blocked
        self.sell_button.setEnabled(ready)
        self.sell_button.setToolTip(blocked)

    def _on_sell(self) -> None:
        if self._plan is not None and not self._selling:
            self._had_keyboard = self.sell_button.hasFocus()
            if self._had_keyboard:
                self.keyboard_released.emit()
            # Disabled from the very first press: a second click can never sell twice.
            self.sell_button.setEnabled(False)
            self.sell_requested.emit(self._plan, self.quantity.value())

    def sale_cancelled(self) -> None:
        self._update_button()
        if self._had_keyboard:
            # Not sold after all: the keyboard comes back to Sell, as it was.
            self.sell_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def sale_started(self) -> None:
        self._selling = True
        self._update_button()
        self.outcome.setVisible(False)
        self.show_again.setVisible(False)
        self.progress.setVisible(True)
        self._clock.start()
        self._ticker.start()
        self._update_elapsed()

    def sale_finished(self, message: str, result: SaleResult, can_show: bool = False) -> None:
        """Show how the sale ended; ``result`` also picks the message's colour."""
        self._selling = False
        self._ticker.stop()
        self.progress.setVisible(False)
        self.elapsed.setText("")
        self.outcome.setProperty("kind", result.value)
        self.outcome.setText(message)
        self.outcome.setVisible(True)
        self.outcome.style().unpolish(self.outcome)
        self.outcome.style().polish(self.outcome)
        self.show_again.setVisible(can_show)
        # Several eSIMs are chosen afresh for every sale, never carried over to the next.
        self.quantity.setValue(1)
        self._update_button()

    def _update_elapsed(self) -> None:
        seconds = self._clock.elapsed() // 1000
        self.elapsed.setText(bidi(self.tr("Selling… %1 s").replace("%1", number(seconds))))
