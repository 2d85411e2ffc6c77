"""The price list's rules: a read-only table and one row of fields to add or replace a rule.

A rule for a scope that already has one replaces it (one rule per scope, as the price list
requires); choosing a row in the table fills the fields, so a rule is changed by choosing
it, editing and pressing *Add or replace rule*.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.pricing import MAX_PERCENT, Markup, PriceRule, PricingError, Scope, ScopeKind
from app.core.rounding import Rounding
from app.ui.price_list_parts import decimal_text, describe_rule, rounding_names, scope_names


def named(widget: QWidget, name: str, description: str = "") -> None:
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)


class RulesEditor(QWidget):
    changed = Signal()
    problem = Signal(str)  # a rule that cannot be added, in a sentence for the owner

    def __init__(self, rules: tuple[PriceRule, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rules = list(rules)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Applies to"), self.tr("Which"), self.tr("Markup"), self.tr("Fixed"),
             self.tr("Rounding")]
        )  # fmt: skip
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._rule_selected)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        named(self.table, self.tr("Price rules"))
        self.scope = QComboBox(self)
        for kind, name in scope_names().items():
            self.scope.addItem(name, kind.value)
        named(self.scope, self.tr("Rule applies to"))
        self.scope_value = QLineEdit(self)
        self.scope_value.setPlaceholderText(self.tr("octopus, europe, TR or a plan id"))
        named(self.scope_value, self.tr("Which provider, region, destination or plan"))
        self.percent = QLineEdit(self)
        self.percent.setPlaceholderText("30")
        named(self.percent, self.tr("Markup in percent"))
        self.fixed = QLineEdit(self)
        self.fixed.setPlaceholderText("0")
        named(self.fixed, self.tr("Fixed markup in the sale currency"))
        self.rounding = QComboBox(self)
        for mode, name in rounding_names().items():
            self.rounding.addItem(name, mode.value)
        named(self.rounding, self.tr("Rounding"))
        self.add_button = QPushButton(self.tr("&Add or replace rule"), self)
        named(self.add_button, self.tr("Add or replace rule"))
        self.add_button.clicked.connect(self.add_rule)
        self.remove_button = QPushButton(self.tr("&Remove rule"), self)
        named(self.remove_button, self.tr("Remove the selected rule"))
        self.remove_button.clicked.connect(self.remove_rule)
        form = QHBoxLayout()
        for widget in (self.scope, self.scope_value, self.percent, self.fixed, self.rounding):
            form.addWidget(widget)
        form.addWidget(self.add_button)
        form.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        self._show_rules()

    def rules(self) -> tuple[PriceRule, ...]:
        return tuple(self._rules)

    def _show_rules(self) -> None:
        self.table.setRowCount(len(self._rules))
        for row, rule in enumerate(self._rules):
            for column, text in enumerate(describe_rule(rule)):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, column, item)

    def _rule_selected(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self._rules):
            return
        rule = self._rules[row]
        self.scope.setCurrentIndex(self.scope.findData(rule.scope.kind.value))
        self.scope_value.setText(rule.scope.value)
        self.percent.setText(str(rule.markup.percent))
        self.fixed.setText(str(rule.markup.fixed))
        self.rounding.setCurrentIndex(self.rounding.findData(rule.rounding.value))

    def _typed_rule(self) -> PriceRule:
        """The rule in the fields; PricingError with a sentence for the owner."""
        kind = ScopeKind(self.scope.currentData())
        if kind is not ScopeKind.DEFAULT and not self.scope_value.text().strip():
            raise PricingError(
                self.tr("Say which provider, region, destination or plan the rule is for.")
            )
        percent = decimal_text(self.percent.text(), self.tr("The markup"))
        if not Decimal(-100) < percent <= MAX_PERCENT:
            raise PricingError(
                self.tr("The markup must be above -100 % and at most %1 %.").replace(
                    "%1", str(MAX_PERCENT)
                )
            )
        fixed = decimal_text(self.fixed.text(), self.tr("The fixed markup"))
        return PriceRule(
            Scope(kind, self.scope_value.text()),
            Markup(percent, fixed),
            Rounding(self.rounding.currentData()),
        )

    def add_rule(self) -> None:
        try:
            rule = self._typed_rule()
        except PricingError as exc:
            self.problem.emit(str(exc))
            return
        same = [i for i, old in enumerate(self._rules) if old.scope == rule.scope]
        if same:
            self._rules[same[0]] = rule
        else:
            self._rules.append(rule)
        self._show_rules()
        self.changed.emit()

    def remove_rule(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self._rules):
            del self._rules[row]
            self._show_rules()
            self.changed.emit()
