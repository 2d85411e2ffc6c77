"""The price-list screen (owner only, behind the manager PIN): sale currency, exchange rate,
tax, the markup rules, and a preview of the current destination's plans priced by them."""

from __future__ import annotations

from dataclasses import replace

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
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.money import MoneyError, parse_currency
from app.core.plans import Plan
from app.core.pricing import (
    ExchangeRate,
    PriceList,
    PricingError,
)
from app.core.pricing_codec import PriceListError
from app.till.roles import Action
from app.ui.chain_messages import chain_note
from app.ui.manager_override import ManagerOverride
from app.ui.price_list_parts import (
    PreviewModel,
    decimal_text,
)
from app.ui.price_rules_editor import RulesEditor, named
from app.ui.pricing_source import PricingSource

CURRENCIES = ("", "USD", "EUR", "IQD", "GBP", "TRY", "AED", "SAR", "JOD", "KWD")


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
        self._damaged = ""  # said until the owner saves a good list over a damaged one
        try:
            self._original = source.price_list()
        except PriceListError:
            self._original = PriceList()
            self._damaged = self.tr(
                "The stored price list was damaged. Saving replaces it with this one."
            )
        self._build_general()
        self.rules = RulesEditor(self._original.rules, self)
        self.rules.changed.connect(self._changed)
        self.rules.problem.connect(self.problem.setText)
        # The editor's fields, by the names the tests and the screenshots use.
        self.rules_table = self.rules.table
        self.scope, self.scope_value = self.rules.scope, self.rules.scope_value
        self.percent, self.fixed = self.rules.percent, self.rules.fixed
        self.rounding, self.add_button = self.rules.rounding, self.rules.add_button
        self.preview_model = PreviewModel(plans, locale, self)
        self.preview = QTableView(self)
        self.preview.setModel(self.preview_model)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.preview.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        named(self.preview, self.tr("Preview"), self.tr("This destination's plans priced"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        named(self.save_button, self.tr("Save"))
        named(self.buttons.button(QDialogButtonBox.StandardButton.Cancel), self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        # Issue 16: a joined counter sells at the chain's prices.
        self.chain_note = chain_note(
            source.settings,
            self.tr(
                "This counter is in a chain: the price list the chain publishes replaces "
                "changes made here at the next pull (within a minute). To change the "
                "prices of every counter, the owner publishes a price list file with: "
                "esim-counter chain publish-prices FILE"
            ),
            self.tr("The chain's price list"),
            "chainPricesNote",
            self,
        )
        if self.chain_note is not None:
            layout.addWidget(self.chain_note)
        layout.addLayout(self.general)
        layout.addWidget(QLabel(self.tr("Rules (the most specific one wins)"), self))
        layout.addWidget(self.rules, 1)
        layout.addWidget(QLabel(self.tr("Preview: this destination's plans"), self))
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._load_general()
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
        self._name_edit(self.currency, self.tr("Sale currency"))
        named(
            self.currency,
            self.tr("Sale currency"),
            self.tr("Empty: sell each plan in the provider's currency"),
        )
        self.rate_from = QComboBox(self)
        self.rate_from.setEditable(True)
        self.rate_from.addItems(["USD", "EUR", "IQD"])
        named(self.rate_from, self.tr("Wallet currency of the exchange rate"))
        self._name_edit(self.rate_from, self.tr("Wallet currency of the exchange rate"))
        self.rate = QLineEdit(self)
        self.rate.setPlaceholderText("1310")
        named(self.rate, self.tr("Exchange rate"), self.tr("Sale currency for one unit"))
        self.rate_date = QLabel("", self)
        self.rate_date.setObjectName("rateDate")
        self.max_age = QSpinBox(self)
        self.max_age.setRange(0, 3650)
        named(self.max_age, self.tr("Warn when the rate is older than, in days"))
        self.tax = QLineEdit(self)
        named(self.tax, self.tr("Tax rate in percent"), self.tr("Included in the prices"))
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

    @staticmethod
    def _name_edit(combo: QComboBox, name: str) -> None:
        """An editable combo's own line edit is what a screen reader lands on: named too."""
        edit = combo.lineEdit()
        if edit is not None:
            edit.setAccessibleName(name)

    def _load_general(self) -> None:
        prices = self._original
        self.currency.setCurrentText(prices.sale_currency or "")
        rate = next((r for r in prices.rates if r.currency_to == prices.sale_currency), None)
        if rate is not None:
            self.rate_from.setCurrentText(rate.currency_from)
            self.rate.setText(str(rate.rate))
        self.max_age.setValue(prices.rate_max_age_days)
        self.tax.setText(str(prices.tax_rate))

    # --- the list being edited -----------------------------------------------------------

    def price_list(self) -> PriceList:
        """The list as typed; raises PricingError (with the reason) when it cannot be."""
        try:
            text = self.currency.currentText().strip()
            sale = parse_currency(text) if text else None
            rates = list(self._original.rates)
            typed = self.rate.text().strip()
            source = parse_currency(self.rate_from.currentText().strip())
            if sale is not None and typed and source != sale:
                value = decimal_text(typed, self.tr("The exchange rate"), negative_ok=False)
                if value == 0:
                    raise PricingError(self.tr("The exchange rate must be more than zero."))
                old = next(
                    (r for r in rates if (r.currency_from, r.currency_to) == (source, sale)), None
                )
                rates = [r for r in rates if r is not old]
                # A rate keeps its date until it is changed; a changed rate is set today.
                same = old is not None and old.rate == value
                set_on = old.set_on if same and old is not None else self._today
                rates.append(ExchangeRate(source, sale, value, set_on))
            tax = decimal_text(self.tax.text(), self.tr("The tax rate"), negative_ok=False)
            if tax > 100:
                raise PricingError(self.tr("The tax rate must be from 0 to 100 %."))
        except MoneyError:
            raise PricingError(self.tr("That is not a currency code such as USD or IQD.")) from None
        return replace(
            self._original,
            sale_currency=sale,
            rules=self.rules.rules(),
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
            self.problem.setText(self._damaged)
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

    manager.ask(manager.tr("The price list is for the owner."), show, action=Action.PRICES)
