"""The owner's price list: set by keyboard behind the manager PIN, and the clerk sees retail
prices in the plans table and the sell panel (issue 14)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app import settings_schema as schema
from app.core.plans import OctopusKey, Plan
from app.core.pricing import ExchangeRate, Markup, PriceList, PriceRule, Scope, ScopeKind
from app.core.rounding import Rounding
from app.pin import hash_pin
from app.ui.main_window import MainWindow
from app.ui.plans_model import BELOW_COST_ROLE, PlansModel
from app.ui.price_list_dialog import PriceListDialog
from app.ui.pricing_source import current_price_list

from .clerk import WAIT, find_by_keyboard, pick_plan_by_keyboard
from .conftest import Shop


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _key(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(_focused(), key, modifier)


def _type(text: str) -> None:
    QTest.keyClick(_focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(_focused(), text)


def _tab_to(qtbot: QtBot, target: QWidget) -> None:
    for _ in range(40):
        focused = _focused()
        if focused is target or target.isAncestorOf(focused):
            return
        _key(Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.accessibleName()}")


def _japan_row(window: MainWindow) -> int:
    """The table row of Octopus's Japan 1 GB plan (4.50, 5 % client discount)."""
    proxy = window.plans.proxy
    for row in range(proxy.rowCount()):
        plan = proxy.plan_at(proxy.index(row, 0))
        if isinstance(plan.key, OctopusKey) and plan.key.amount == Decimal("4.50"):
            return row
    raise AssertionError("no Octopus 4.50 plan for Japan")


def _price_text(window: MainWindow, row: int) -> str:
    return str(window.plans.proxy.index(row, PlansModel.PRICE).data())


def _open_dialog(qtbot: QtBot, window: MainWindow) -> PriceListDialog:
    window.open_price_list()
    qtbot.waitUntil(lambda: window.findChild(PriceListDialog) is not None, timeout=WAIT)
    dialog = window.findChild(PriceListDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.isAncestorOf(_focused()))
    return dialog


def test_no_price_list_shows_the_list_price_as_before(qtbot: QtBot, shop: Shop) -> None:
    find_by_keyboard(qtbot, shop.window, "Japan")
    row = _japan_row(shop.window)
    assert "4.50" in _price_text(shop.window, row)
    assert current_price_list(shop.window.pricing.settings) == PriceList()


def test_owner_sets_prices_by_keyboard_and_the_clerk_sees_retail(qtbot: QtBot, shop: Shop) -> None:
    window = shop.window
    find_by_keyboard(qtbot, window, "Japan")
    dialog = _open_dialog(qtbot, window)
    assert dialog.currency.isAncestorOf(_focused()) or _focused() is dialog.currency
    _tab_to(qtbot, dialog.tax)
    _type("15")
    _tab_to(qtbot, dialog.scope)
    _key(Qt.Key.Key_Down)  # Every plan -> Provider
    assert dialog.scope.currentData() == "provider"
    _tab_to(qtbot, dialog.scope_value)
    _type("octopus")
    _tab_to(qtbot, dialog.percent)
    _type("30")
    _tab_to(qtbot, dialog.rounding)
    _key(Qt.Key.Key_Down)  # No rounding -> Up to x.99
    assert dialog.rounding.currentData() == "x.99"
    _tab_to(qtbot, dialog.add_button)
    _key(Qt.Key.Key_Space)
    assert dialog.rules_table.rowCount() == 1
    # The preview shows the owner cost, retail and margin of this destination's plans.
    preview = dialog.preview_model
    row = next(
        r
        for r in range(preview.rowCount())
        if (quote := preview.quote(r)) is not None and quote.cost.amount == Decimal("4.275")
    )
    assert "5.99" in str(preview.index(row, preview.RETAIL).data())
    _tab_to(qtbot, dialog.save_button)
    _key(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    stored = current_price_list(window.pricing.settings)
    assert stored.tax_rate == Decimal("15")
    assert stored.rules == (
        PriceRule(Scope(ScopeKind.PROVIDER, "octopus"), Markup(Decimal(30)), Rounding.X99),
    )
    row = _japan_row(window)
    assert "5.99" in _price_text(window, row)  # 4.275 × 1.30 = 5.5575, up to x.99
    plan = pick_plan_by_keyboard(qtbot, window, row)
    assert isinstance(plan, Plan)
    assert "5.99" in window.sell_panel.price.text()
    assert "4.50" not in window.sell_panel.price.text()
    assert window.sell_panel.sell_button.isEnabled()


def test_below_cost_is_flagged_and_a_stale_rate_warned(qtbot: QtBot, shop: Shop) -> None:
    window = shop.window
    old = date.today() - timedelta(days=30)
    window.pricing.save(
        PriceList(
            sale_currency="IQD",
            rates=(ExchangeRate("USD", "IQD", Decimal("1310"), old),),
            rules=(PriceRule(Scope(ScopeKind.DEFAULT), Markup(Decimal(-20)), Rounding.STEP_250),),
        )
    )
    find_by_keyboard(qtbot, window, "Japan")
    row = _japan_row(window)
    assert "IQD" in _price_text(window, row) and "\u26a0" in _price_text(window, row)
    assert window.plans.proxy.index(row, PlansModel.PRICE).data(BELOW_COST_ROLE) is True
    pick_plan_by_keyboard(qtbot, window, row)
    note = window.sell_panel.price_note
    assert note.isVisible()
    assert "manager PIN" in note.text() and "exchange rate is out of date" in note.text()


def test_a_damaged_price_list_stops_the_selling_with_a_sentence(qtbot: QtBot, shop: Shop) -> None:
    window = shop.window
    window.pricing.settings.setValue(schema.PRICE_LIST.key, '{"version": 1, "tax_rate": "x"}')
    window.pricing.changed.emit()
    find_by_keyboard(qtbot, window, "Japan")
    row = _japan_row(window)
    assert _price_text(window, row) == "\u2014"
    pick_plan_by_keyboard(qtbot, window, row)
    assert not window.sell_panel.sell_button.isEnabled()
    assert "Ask the owner" in window.sell_panel.price_note.text()
    assert "Ask the owner" in window.sell_panel.sell_button.toolTip()


def test_price_list_needs_the_manager_pin(qtbot: QtBot, shop: Shop, monkeypatch) -> None:
    window = shop.window
    window.pricing.settings.setValue(schema.PIN_HASH.key, hash_pin("4711"))
    warnings: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: warnings.append(box))
    window.open_price_list()
    qtbot.waitUntil(lambda: window.manager.prompt is not None)
    prompt = window.manager.prompt
    assert prompt is not None
    qtbot.waitUntil(lambda: isinstance(_focused(), QLineEdit) and prompt.isAncestorOf(_focused()))
    QTest.keyClicks(_focused(), "1234")
    _key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(warnings) == 1, timeout=WAIT)
    assert "not right" in warnings[0].text()
    assert window.findChild(PriceListDialog) is None

    window.open_price_list()
    qtbot.waitUntil(lambda: window.manager.prompt is not None)
    prompt = window.manager.prompt
    qtbot.waitUntil(lambda: isinstance(_focused(), QLineEdit) and prompt.isAncestorOf(_focused()))
    QTest.keyClicks(_focused(), "4711")
    _key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.findChild(PriceListDialog) is not None, timeout=WAIT)


def test_a_sale_below_cost_needs_the_manager_pin(qtbot: QtBot, shop: Shop) -> None:
    window = shop.window
    window.pricing.save(
        PriceList(rules=(PriceRule(Scope(ScopeKind.DEFAULT), Markup(Decimal(-10))),))
    )
    find_by_keyboard(qtbot, window, "Japan")
    plan = window.plans.proxy.plan_at(window.plans.proxy.index(_japan_row(window), 0))
    below = window.pricing.price(plan).quote
    fair = PriceList().quote(plan, today=date.today())
    assert below is not None and below.below_cost and not fair.below_cost
    events: list[str] = []
    # Not below cost: no question asked.
    window.manager.ask_for_sale(fair, lambda: events.append("fair"), lambda: events.append("no"))
    assert events == ["fair"]
    # No PIN set: the shop guards nothing, as for Settings.
    window.manager.ask_for_sale(below, lambda: events.append("free"), lambda: events.append("no"))
    assert events == ["fair", "free"]
    window.pricing.settings.setValue(schema.PIN_HASH.key, hash_pin("4711"))
    window.manager.ask_for_sale(below, lambda: events.append("ok"), lambda: events.append("no"))
    qtbot.waitUntil(lambda: window.manager.prompt is not None)
    prompt = window.manager.prompt
    qtbot.waitUntil(lambda: isinstance(_focused(), QLineEdit) and prompt.isAncestorOf(_focused()))
    assert "below the shop's cost" in prompt.labelText()
    QTest.keyClicks(_focused(), "4711")
    _key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: events[-1] == "ok", timeout=WAIT)
    # Cancelled: refused.
    window.manager.ask_for_sale(below, lambda: events.append("ok"), lambda: events.append("no"))
    qtbot.waitUntil(lambda: window.manager.prompt is not None)
    prompt = window.manager.prompt
    qtbot.waitUntil(lambda: isinstance(_focused(), QLineEdit) and prompt.isAncestorOf(_focused()))
    _key(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: events[-1] == "no", timeout=WAIT)


def test_the_dialog_refuses_what_cannot_be_a_price_list_and_dates_a_new_rate(
    qtbot: QtBot, shop: Shop
) -> None:
    window = shop.window
    window.pricing.settings.setValue(schema.PRICE_LIST.key, "{broken")
    dialog = _open_dialog(qtbot, window)
    assert "damaged" in dialog.problem.text()
    _type("IQD")
    _tab_to(qtbot, dialog.rate)
    _type("1310")
    assert dialog.save_button.isEnabled()
    assert date.today().isoformat() in dialog.rate_date.text()
    _type("0")
    assert not dialog.save_button.isEnabled() and "more than zero" in dialog.problem.text()
    _type("1,305.5")
    assert not dialog.save_button.isEnabled() and "number" in dialog.problem.text()
    _type("1305.5")
    _tab_to(qtbot, dialog.tax)
    _type("150")
    assert not dialog.save_button.isEnabled() and "0 to 100" in dialog.problem.text()
    _type("10")
    _tab_to(qtbot, dialog.scope)
    _key(Qt.Key.Key_Down)  # a provider rule without saying which provider
    _tab_to(qtbot, dialog.add_button)
    _key(Qt.Key.Key_Space)
    assert dialog.rules_table.rowCount() == 0 and "Say which" in dialog.problem.text()
    _tab_to(qtbot, dialog.save_button)
    _key(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    stored = current_price_list(window.pricing.settings)
    assert stored.sale_currency == "IQD" and stored.tax_rate == Decimal(10)
    assert stored.rates == (ExchangeRate("USD", "IQD", Decimal("1305.5"), date.today()),)
