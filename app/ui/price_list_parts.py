"""Pieces of the price-list screen: the rule editor's choices and the preview table."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt

from app.core.money import Money
from app.core.plans import Plan
from app.core.pricing import PriceList, PriceRule, PricingError, ScopeKind
from app.core.quote import Quote
from app.core.rounding import Rounding
from app.ui.locale_text import bidi
from app.ui.plans_model import WARNING, Index


def scope_names() -> dict[ScopeKind, str]:
    return {
        ScopeKind.DEFAULT: QCoreApplication.translate("PriceList", "Every plan"),
        ScopeKind.PROVIDER: QCoreApplication.translate("PriceList", "Provider"),
        ScopeKind.REGION: QCoreApplication.translate("PriceList", "Region"),
        ScopeKind.DESTINATION: QCoreApplication.translate("PriceList", "Destination"),
        ScopeKind.PLAN: QCoreApplication.translate("PriceList", "One plan"),
    }


def rounding_names() -> dict[Rounding, str]:
    return {
        Rounding.NONE: QCoreApplication.translate("PriceList", "No rounding (cents up)"),
        Rounding.X99: QCoreApplication.translate("PriceList", "Up to x.99"),
        Rounding.HALF: QCoreApplication.translate("PriceList", "Up to the next 0.50"),
        Rounding.WHOLE: QCoreApplication.translate("PriceList", "Up to a whole unit"),
        Rounding.STEP_250: QCoreApplication.translate("PriceList", "Up to the next 250"),
        Rounding.STEP_500: QCoreApplication.translate("PriceList", "Up to the next 500"),
        Rounding.STEP_1000: QCoreApplication.translate("PriceList", "Up to the next 1,000"),
    }


def decimal_text(text: str, what: str, *, negative_ok: bool = True) -> Decimal:
    """An exact number typed by the owner (``12.5``, ``-3``; never a float).

    A comma is refused, not guessed: "1,310" is a thousand times "1.310" in one reading."""
    message = QCoreApplication.translate(
        "PriceList", "%1 must be a number such as 12.5, with a point and no thousands separator."
    ).replace("%1", what)
    cleaned = text.strip() or "0"
    try:
        value = Decimal(cleaned) if "," not in cleaned and "_" not in cleaned else None
    except InvalidOperation:
        value = None
    if value is None or not value.is_finite() or abs(value) >= 10**9:
        raise PricingError(message)
    if value < 0 and not negative_ok:
        raise PricingError(message)
    return value


def _ltr(text: str) -> str:
    """Kept left to right in an Arabic table: "-5 %" must not read "% 5-"."""
    return f"\u2066{text}\u2069" if text else text


def describe_rule(rule: PriceRule) -> list[str]:
    """The rule's cells for the rules table: applies to, value, %, fixed, rounding."""
    return [
        scope_names()[rule.scope.kind],
        _ltr(rule.scope.value),
        _ltr(f"{rule.markup.percent} %"),
        _ltr(str(rule.markup.fixed)),
        rounding_names()[rule.rounding],
    ]


class PreviewModel(QAbstractTableModel):
    """The current destination's plans priced by the list being edited (owner only:
    it shows the cost and the margin the clerk never sees)."""

    PLAN, COST, RETAIL, MARGIN, RULE = range(5)

    def __init__(self, plans: list[Plan], locale: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._plans = list(plans)
        self._locale = locale
        self._quotes: list[Quote | str] = []

    def set_price_list(self, price_list: PriceList | None, today: Any) -> None:
        self.beginResetModel()
        priced: list[tuple[Plan, Quote | str]] = []
        for plan in self._plans:
            if price_list is None:
                priced.append((plan, ""))
                continue
            try:
                priced.append((plan, price_list.quote(plan, today=today)))
            except PricingError as exc:
                priced.append((plan, str(exc)))
        # What the owner must look at first: plans that cannot be priced or sell below cost.
        priced.sort(key=lambda pair: isinstance(pair[1], Quote) and not pair[1].below_cost)
        self._plans = [plan for plan, _ in priced]
        self._quotes = [quote for _, quote in priced]
        self.endResetModel()

    def quote(self, row: int) -> Quote | None:
        found = self._quotes[row] if row < len(self._quotes) else None
        return found if isinstance(found, Quote) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._plans)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [
                QCoreApplication.translate("PriceList", "Plan"),
                QCoreApplication.translate("PriceList", "Cost"),
                QCoreApplication.translate("PriceList", "Retail"),
                QCoreApplication.translate("PriceList", "Margin"),
                QCoreApplication.translate("PriceList", "Rule"),
            ][section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        plan = self._plans[index.row()]
        column = index.column()
        quote = self.quote(index.row())
        if column == self.PLAN:
            return bidi(plan.name)
        if column == self.COST:
            return bidi(plan.cost_price.format(self._locale))
        if quote is None:
            problem = self._quotes[index.row()] if self._quotes else ""
            return "\u2014" if role == Qt.ItemDataRole.DisplayRole else (problem or None)
        if column == self.RETAIL:
            return bidi(quote.unit_gross.format(self._locale))
        if column == self.MARGIN:
            margin = quote.margin.rounded()
            # A negative amount kept in one run: "-IQD 973", never "IQD 973-".
            text = _ltr(Money(margin.amount, margin.currency).format(self._locale))
            if quote.below_cost:
                return f"{WARNING} {text} " + QCoreApplication.translate("PriceList", "below cost")
            return text
        return quote.rule
