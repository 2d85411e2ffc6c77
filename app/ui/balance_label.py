"""The provider balances in the header, with a warning below the shop's threshold."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from app.core.money import Money
from app.core.plans import ProviderId
from app.ui.plans_model import PROVIDER_NAMES


def balances_text(balances: dict[ProviderId, Money], locale: str) -> str:
    """``eSIMfly: USD 1,000.00   Octopus Cards: USD 995.725``"""
    return "   ".join(
        f"{PROVIDER_NAMES.get(p, p)}: {m.format(locale)}" for p, m in balances.items()
    )


class BalanceLabel(QLabel):
    def __init__(self, locale: str = "en_US", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._locale = locale
        self.setObjectName("balance")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(self.tr("Balance: loading…"))

    def show_balances(self, balances: dict[ProviderId, Money], threshold: Decimal) -> None:
        text = balances_text(balances, self._locale)
        low = any(m.amount < threshold for m in balances.values())
        if low:
            text += "   " + self.tr("⚠ Low balance: top up soon")
        self.setText(text)
        self._set_low(low)

    def show_unavailable(self, reason: str) -> None:
        self.setText(self.tr("Balance unavailable: %1").replace("%1", reason))
        self._set_low(False)

    def _set_low(self, low: bool) -> None:
        self.setProperty("low", low)
        self.style().unpolish(self)
        self.style().polish(self)
