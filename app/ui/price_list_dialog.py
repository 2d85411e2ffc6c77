"""The price-list screen (owner only, behind the manager PIN): sale currency, exchange rate,
tax, the markup rules, and a preview of the current destination's plans priced by them."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.money import MoneyError, parse_currency
from app.core.plans import Plan
from app.core.pricing import (
    ExchangeRate,
    Markup,
    PriceList,
    PriceRule,
    PricingError,
    Scope,
    ScopeKind,
)
from app.core.pricing_codec import PriceListError
from app.core.rounding import Rounding
from app.ui.manager_override import ManagerOverride
from app.ui.price_list_parts import (
    PreviewModel,
    decimal_text,
    describe_rule,
    rounding_names,
    scope_names,
)
from app.ui.pricing_source import PricingSource

CURRENCIES = ("", "USD", "EUR", "IQD", "GBP", "TRY", "AED", "SAR", "JOD", "KWD")


def _named(widget: QWidget, name: str, description: str = "") -> None:
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)


class PriceListDialog(QDialog):
    def __init__(
        self, source: PricingSource, plans: list[Plan], locale: str, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("priceListDialog")
        self.setWindowTitle(self.tr("Price list"))
        self._source = source
        self._today = source.today()
        self.problem = QLabel("", self)
        self.problem.setObjectName("priceListProblem")
        self.problem.setWordWrap(True)
        try:
            self._original = source.price_list()
        except PriceListError:
            self._original = PriceList()
            self.problem.setText(
                self.tr("The stored price list was damaged. Saving replaces it with this one.")
            )
        self._rules: list[PriceRule] = list(self._original.rules)
        self._build_general()
        self._build_rules()
        self.preview_model = PreviewModel(plans, locale, self)
        self.preview = QTableView(self)
        self.preview.setModel(self.preview_model)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.preview.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        _named(self.preview, self.tr("Preview"), self.tr("This destination's plans priced"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        _named(self.save_button, self.tr("Save"))
        _named(self.buttons.button(QDialogButtonBox.StandardButton.Cancel), self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(self.general)
        layout.addWidget(QLabel(self.tr("Rules (the most specific one wins)"), self))
        layout.addWidget(self.rules_table, 1)
        layout.addLayout(self.rule_form)
        layout.addWidget(QLabel(self.tr("Preview: this destination's plans"), self))
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._load_general()
        self._show_rules()
        for widget in (self.currency, self.rate_from):
            widget.currentTextChanged.connect(self._changed)
        for edit in (self.rate, self.tax):
            edit.textChanged.connect(self._changed)
        self.max_age.valueChanged.connect(self._changed)
        self._changed()
        self.currency.setFocus()

    # --- building ------------------------------------------------------------------------

    def _build_general(self) -> None:
        self.currency = QComboBox(self)
        self.currency.setEditable(True)
        self.currency.addItems(list(CURRENCIES))
        self.currency.setItemText(0, "")
        _named(
            self.currency,
            self.tr("Sale currency"),
            self.tr("Empty: sell each plan in the provider's currency"),
        )
        self.rate_from = QComboBox(self)
        self.rate_from.setEditable(True)
        self.rate_from.addItems(["USD", "EUR", "IQD"])
        _named(self.rate_from, self.tr("Wallet currency of the exchange rate"))
        self.rate = QLineEdit(self)
        self.rate.setPlaceholderText("1310")
        _named(self.rate, self.tr("Exchange rate"), self.tr("Sale currency for one unit"))
        self.rate_date = QLabel("", self)
        self.rate_date.setObjectName("rateDate")
        self.max_age = QSpinBox(self)
        self.max_age.setRange(0, 3650)
        _named(self.max_age, self.tr("Warn when the rate is older than, in days"))
        self.tax = QLineEdit(self)
        _named(self.tax, self.tr("Tax rate in percent"), self.tr("Included in the prices"))
        rate_row = QHBoxLayout()
        rate_row.addWidget(QLabel(self.tr("1"), self))
        rate_row.addWidget(self.rate_from)
        rate_row.addWidget(QLabel("=", self))
        rate_row.addWidget(self.rate, 1)
        rate_row.addWidget(self.rate_date)
        self.general = QFormLayout()
        self.general.addRow(self.tr("Sale currency:"), self.currency)
        self.general.addRow(self.tr("Exchange rate:"), rate_row)
        self.general.addRow(self.tr("Warn after (days):"), self.max_age)
        self.general.addRow(self.tr("Tax included (%):"), self.tax)

    def _build_rules(self) -> None:
        self.rules_table = QTableWidget(0, 5, self)
        self.rules_table.setHorizontalHeaderLabels(
            [self.tr("Applies to"), self.tr("Which"), self.tr("Markup"), self.tr("Fixed"),
             self.tr("Rounding")]
        )  # fmt: skip
        self.rules_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rules_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rules_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.rules_table.itemSelectionChanged.connect(self._rule_selected)
        self.rules_table.setTabKeyNavigation(False)
        _named(self.rules_table, self.tr("Price rules"))
        self.scope = QComboBox(self)
        for kind, name in scope_names().items():
            self.scope.addItem(name, kind.value)
        _named(self.scope, self.tr("Rule applies to"))
        self.scope_value = QLineEdit(self)
        self.scope_value.setPlaceholderText(self.tr("octopus, europe, TR or a plan id"))
        _named(self.scope_value, self.tr("Which provider, region, destination or plan"))
        self.percent = QLineEdit(self)
        self.percent.setPlaceholderText("30")
        _named(self.percent, self.tr("Markup in percent"))
        self.fixed = QLineEdit(self)
        self.fixed.setPlaceholderText("0")
        _named(self.fixed, self.tr("Fixed markup in the sale currency"))
        self.rounding = QComboBox(self)
        for mode, name in rounding_names().items():
            self.rounding.addItem(name, mode.value)
        _named(self.rounding, self.tr("Rounding"))
        self.add_button = QPushButton(self.tr("&Add or replace rule"), self)
        _named(self.add_button, self.tr("Add or replace rule"))
        self.add_button.clicked.connect(self.add_rule)
        self.remove_button = QPushButton(self.tr("&Remove rule"), self)
        _named(self.remove_button, self.tr("Remove the selected rule"))
        self.remove_button.clicked.connect(self.remove_rule)
        self.rule_form = QHBoxLayout()
        for widget in (self.scope, self.scope_value, self.percent, self.fixed, self.rounding):
            self.rule_form.addWidget(widget)
        self.rule_form.addWidget(self.add_button)
        self.rule_form.addWidget(self.remove_button)

    def _load_general(self) -> None:
        prices = self._original
        self.currency.setCurrentText(prices.sale_currency or "")
        rate = next((r for r in prices.rates if r.currency_to == prices.sale_currency), None)
        if rate is not None:
            self.rate_from.setCurrentText(rate.currency_from)
            self.rate.setText(str(rate.rate))
        self.max_age.setValue(prices.rate_max_age_days)
        self.tax.setText(str(prices.tax_rate))

    # --- rules ---------------------------------------------------------------------------

    def _show_rules(self) -> None:
        self.rules_table.setRowCount(len(self._rules))
        for row, rule in enumerate(self._rules):
            for column, text in enumerate(describe_rule(rule)):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.rules_table.setItem(row, column, item)

    def _rule_selected(self) -> None:
        row = self.rules_table.currentRow()
        if not 0 <= row < len(self._rules):
            return
        rule = self._rules[row]
        self.scope.setCurrentIndex(self.scope.findData(rule.scope.kind.value))
        self.scope_value.setText(rule.scope.value)
        self.percent.setText(str(rule.markup.percent))
        self.fixed.setText(str(rule.markup.fixed))
        self.rounding.setCurrentIndex(self.rounding.findData(rule.rounding.value))

    def add_rule(self) -> None:
        try:
            rule = PriceRule(
                Scope(ScopeKind(self.scope.currentData()), self.scope_value.text()),
                Markup(
                    decimal_text(self.percent.text(), self.tr("The markup")),
                    decimal_text(self.fixed.text(), self.tr("The fixed markup")),
                ),
                Rounding(self.rounding.currentData()),
            )
        except PricingError as exc:
            self.problem.setText(str(exc))
            return
        same = [i for i, old in enumerate(self._rules) if old.scope == rule.scope]
        if same:
            self._rules[same[0]] = rule
        else:
            self._rules.append(rule)
        self._show_rules()
        self._changed()

    def remove_rule(self) -> None:
        row = self.rules_table.currentRow()
        if 0 <= row < len(self._rules):
            del self._rules[row]
            self._show_rules()
            self._changed()

    # --- the list being edited -----------------------------------------------------------

    def price_list(self) -> PriceList:
        """The list as typed; raises PricingError (with the reason) when it cannot be."""
        try:
            text = self.currency.currentText().strip()
            sale = parse_currency(text) if text else None
            rates = list(self._original.rates)
            typed = self.rate.text().strip()
            if sale is not None and typed:
                source = parse_currency(self.rate_from.currentText().strip())
                value = decimal_text(typed, self.tr("The exchange rate"), negative_ok=False)
                old = next(
                    (r for r in rates if (r.currency_from, r.currency_to) == (source, sale)), None
                )
                rates = [r for r in rates if r is not old]
                # A rate keeps its date until it is changed; a changed rate is set today.
                same = old is not None and old.rate == value
                set_on = old.set_on if same and old is not None else self._today
                rates.append(ExchangeRate(source, sale, value, set_on))
            tax = decimal_text(self.tax.text(), self.tr("The tax rate"), negative_ok=False)
        except MoneyError:
            raise PricingError(self.tr("That is not a currency code such as USD or IQD.")) from None
        return replace(
            self._original,
            sale_currency=sale,
            rules=tuple(self._rules),
            rates=tuple(rates),
            tax_rate=tax,
            rate_max_age_days=self.max_age.value(),
        )

    def _changed(self) -> None:
        try:
            prices: PriceList | None = self.price_list()
        except PricingError as exc:
            prices = None
            self.problem.setText(str(exc))
        else:
            self.problem.setText("")
        self.save_button.setEnabled(prices is not None)
        self._show_rate_date(prices)
        self.preview_model.set_price_list(prices, self._today)

    def _show_rate_date(self, prices: PriceList | None) -> None:
        rate = None
        if prices is not None and prices.sale_currency is not None:
            rate = prices.rate_for(self.rate_from.currentText().strip().upper(),
                                   prices.sale_currency)  # fmt: skip
        if rate is None:
            self.rate_date.setText("")
            return
        text = self.tr("set on %1").replace("%1", rate.set_on.isoformat())
        if prices is not None and prices.stale_rate(self._today):
            text += " " + self.tr("(out of date)")
        self.rate_date.setText(text)

    def save(self) -> None:
        try:
            prices = self.price_list()
        except PricingError as exc:
            self.problem.setText(str(exc))
            return
        self._source.save(prices)
        self.accept()


def open_price_list(
    manager: ManagerOverride, source: PricingSource, plans: list[Plan], locale: str
) -> None:
    """Behind the manager PIN, like Settings; the window refreshes on ``source.changed``."""

    def show() -> None:
        dialog = PriceListDialog(source, plans, locale, manager.parent_widget())
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    manager.ask(manager.tr("The price list is for the owner."), show)
