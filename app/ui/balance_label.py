"""The provider balances in the header, with a warning below the shop's threshold; a
provider that could not be read shows as unavailable, with the reason in a tooltip."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from app.core.errors import CounterError
from app.core.money import Money
from app.core.plans import ProviderId
from app.ui.messages import describe
from app.ui.plans_model import PROVIDER_NAMES

Balances = Mapping[ProviderId, Money | CounterError]


def balances_text(balances: Balances, locale: str) -> str:
    """``eSIMfly: USD 1,000.00   Octopus Cards: unavailable``"""
    unavailable = QCoreApplication.translate("BalanceLabel", "unavailable")
    return "   ".join(
        f"{PROVIDER_NAMES.get(p, p)}: "
        + (m.format(locale) if isinstance(m, Money) else unavailable)
        for p, m in balances.items()
    )


def balance_reasons(balances: Balances, locale: str) -> str:
    """Why each unavailable provider is, one line each (for a tooltip)."""
    return "\n".join(
        f"{PROVIDER_NAMES.get(p, p)}: {describe(m, locale)}"
        for p, m in balances.items()
        if isinstance(m, CounterError)
    )


class BalanceLabel(QLabel):
    def __init__(self, locale: str = "en_US", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._locale = locale
        self.setObjectName("balance")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(self.tr("Balance: loading…"))

    def show_balances(self, balances: Balances, threshold: Decimal) -> None:
        text = balances_text(balances, self._locale)
        low = any(isinstance(m, Money) and m.amount < threshold for m in balances.values())
        if low:
            text += "   " + self.tr("⚠ Low balance: top up soon")
        self.setText(text)
        self.setToolTip(balance_reasons(balances, self._locale))
        self._set_low(low)
        self.setVisible(True)

    def show_unavailable(self, reason: str) -> None:
        self.setText(self.tr("Balance unavailable: %1").replace("%1", reason))
        self.setToolTip(reason)
        self._set_low(False)
        self.setVisible(True)

    def clear_balances(self) -> None:
        """No counter to read balances from (not connected): show none, not stale ones."""
        self.setText("")
        self.setToolTip("")
        self._set_low(False)
        self.setVisible(False)  # not even an empty box

    def _set_low(self, low: bool) -> None:
        self.setProperty("low", low)
        self.style().unpolish(self)
        self.style().polish(self)
