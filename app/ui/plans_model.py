"""The plans table: a model over core Plans and a proxy that sorts by value, not text."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from app.core.plans import Plan, ProviderId
from app.ui.locale_text import bidi
from app.ui.pricing_source import Priced, PricingSource

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
PLAN_ROLE = Qt.ItemDataRole.UserRole + 2
BELOW_COST_ROLE = Qt.ItemDataRole.UserRole + 3  # True: selling it needs the manager PIN
FEATURES = ("5g", "top_up", "voice")  # the plan-list filters by what a plan offers
WARNING = "\u26a0"  # a price below the shop's cost carries this sign
UNLIMITED = Decimal("Infinity")  # sorts after every finite allowance

# Keyed by ProviderId, a StrEnum: plain "esimfly"/"octopus" strings find the names too.
PROVIDER_NAMES = {ProviderId.ESIMFLY: "eSIMfly", ProviderId.OCTOPUS: "Octopus Cards"}

Index = QModelIndex | QPersistentModelIndex


class PlansModel(QAbstractTableModel):
    DATA, VALIDITY, PRICE, NAME, PROVIDER = range(5)

    def __init__(self, parent: QObject | None = None, locale: str = "en_US") -> None:
        super().__init__(parent)
        self._plans: list[Plan] = []
        self._locale = locale
        self._pricing: PricingSource | None = None
        self._priced: dict[str, Priced] = {}

    def set_pricing(self, pricing: PricingSource) -> None:
        """Show retail prices from the owner's price list (without it: the list price)."""
        self._pricing = pricing
        pricing.changed.connect(self.prices_changed)
        self.prices_changed()

    def prices_changed(self) -> None:
        self._priced.clear()
        if self._plans:
            self.dataChanged.emit(
                self.index(0, self.PRICE), self.index(len(self._plans) - 1, self.PRICE)
            )

    def priced(self, plan: Plan) -> Priced | None:
        """The retail price the clerk takes for one eSIM; None without a price list."""
        if self._pricing is None:
            return None
        found = self._priced.get(plan.id)
        if found is None:
            found = self._priced[plan.id] = self._pricing.price(plan)
        return found

    def plans(self) -> list[Plan]:
        return list(self._plans)

    def headers(self) -> list[str]:
        return [
            self.tr("Data"),
            self.tr("Validity"),
            self.tr("Price"),
            self.tr("Plan"),
            self.tr("Provider"),
        ]

    def set_plans(self, plans: list[Plan]) -> None:
        self.beginResetModel()
        self._plans = list(plans)
        self._priced.clear()
        self.endResetModel()

    def plan(self, row: int) -> Plan:
        return self._plans[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._plans)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        plan = self._plans[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            # "3 GB" and "USD 4.50" stay one run each in a right-to-left table.
            return bidi(self._display(plan, column))
        if role == SORT_ROLE:
            return self._sort_key(plan, column)
        if role == PLAN_ROLE:
            return plan
        if role == BELOW_COST_ROLE:
            priced = self.priced(plan)
            return bool(priced and priced.quote and priced.quote.below_cost)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.DATA,
            self.VALIDITY,
            self.PRICE,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.PRICE:
            return self._price_tip(plan)
        if role == Qt.ItemDataRole.ToolTipRole:
            # The name column is the one that gets cut on a small screen (and in German).
            return "\n".join(part for part in (plan.name, plan.description) if part)
        return None

    def _display(self, plan: Plan, column: int) -> str:
        if column == self.DATA:
            if plan.data_gb is None:
                return self.tr("Unlimited")
            from babel.numbers import format_decimal  # not at start-up

            amount = format_decimal(plan.data_gb.normalize(), locale=self._locale)
            return self.tr("%1 GB").replace("%1", amount)
        if column == self.VALIDITY:
            days = plan.validity_days  # a variable: lupdate drops a numerus with a nested call
            return self.tr("%n day(s)", "", days)
        if column == self.PRICE:
            priced = self.priced(plan)
            if priced is None:
                return plan.price.format(self._locale)
            if priced.quote is None:
                return "\u2014"  # no price: the tooltip and the sell panel say why
            text = priced.quote.unit_gross.format(self._locale)
            return f"{WARNING} {text}" if priced.quote.below_cost else text
        if column == self.NAME:
            return plan.name
        return PROVIDER_NAMES.get(plan.provider, plan.provider.value)

    def _sort_key(self, plan: Plan, column: int) -> Any:
        if column == self.DATA:
            return UNLIMITED if plan.data_gb is None else plan.data_gb
        if column == self.VALIDITY:
            return plan.validity_days
        if column == self.PRICE:
            # Prices in different currencies do not compare; group by currency first.
            priced = self.priced(plan)
            if priced is not None and priced.quote is not None:
                return (priced.quote.currency, priced.quote.unit_gross.amount)
            return (plan.price.currency, plan.price.amount)
        return self._display(plan, column).casefold()

    def _price_tip(self, plan: Plan) -> str | None:
        priced = self.priced(plan)
        if priced is None:
            return None
        if priced.quote is None:
            return priced.problem
        if priced.quote.below_cost:
            return self.tr("Below the shop's cost: selling it needs the manager PIN.")
        return None


class PlansProxy(QSortFilterProxyModel):
    """Sorts on the Python values in SORT_ROLE and filters by data and validity."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._min_gb: Decimal | None = None
        self._unlimited_only = False
        self._min_days = 0
        self._features: frozenset[str] = frozenset()
        self.setSortRole(SORT_ROLE)

    def set_min_data(self, gb: Decimal | None, unlimited_only: bool = False) -> None:
        self.beginFilterChange()
        self._min_gb = gb
        self._unlimited_only = unlimited_only
        self.endFilterChange()

    def set_min_days(self, days: int) -> None:
        self.beginFilterChange()
        self._min_days = days
        self.endFilterChange()

    def set_features(self, features: frozenset[str]) -> None:
        """Keep only plans known to offer each of ``features`` (FEATURES' keys)."""
        self.beginFilterChange()
        self._features = features
        self.endFilterChange()

    @property
    def features(self) -> frozenset[str]:
        return self._features

    def lessThan(self, left: Index, right: Index) -> bool:
        a = left.data(SORT_ROLE)
        b = right.data(SORT_ROLE)
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, PlansModel):
            return True
        plan = model.plan(row)
        if plan.validity_days < self._min_days:
            return False
        details = plan.details
        # Only a plan the provider says has it: an unknown 5G or top-up is not offered.
        offered = {"5g": details.five_g, "top_up": details.rechargeable, "voice": details.voice}
        if any(offered[feature] is not True for feature in self._features):
            return False
        if self._unlimited_only:
            return plan.data_gb is None
        return self._min_gb is None or plan.data_gb is None or plan.data_gb >= self._min_gb

    def plan_at(self, index: Index) -> Plan | None:
        if not index.isValid():
            return None
        value = index.data(PLAN_ROLE)
        return value if isinstance(value, Plan) else None
