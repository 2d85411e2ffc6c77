"""Cost and margin are for the owner's eyes (issue 14): History and the day report open
without them; Ctrl+M asks the manager PIN and shows them until the dialog is closed; the
CSV export from History carries them only while they are shown."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app import settings_schema as schema
from app.core import countries
from app.core.orders import Order
from app.core.payment import Method, Payment
from app.core.plans import ProviderId
from app.core.pricing import PriceList
from app.export import OWNER_ONLY
from app.pin import hash_pin
from app.ui.day_report import CHARGED, TILL_OWNER_ONLY, DayReportDialog
from app.ui.history import HistoryDialog
from app.ui.history_model import HistoryModel
from app.ui.main_window import MainWindow

from .clerk import driver
from .conftest import Shop

WAIT = 10000
PIN = "4711"


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def _sell_paid(shop: Shop) -> Order:
    germany = countries.country("DE")
    assert germany is not None
    plans = [p for p in shop.counter.plans(germany) if p.provider is ProviderId.ESIMFLY]
    plan = min(plans, key=lambda p: p.price.amount)
    quote = PriceList().quote(plan, today=date.today())
    payment = Payment.single(Method.CARD, quote.gross)
    return shop.counter.sell(plan, quote=quote, payment=payment).order


def _type_pin(qtbot: QtBot, window: MainWindow, pin: str) -> None:
    """Ctrl+M in the dialog that has the keyboard, then the PIN and Return in the prompt."""
    QTest.keyClick(_focused(), Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.manager.prompt is not None, timeout=WAIT)
    prompt = window.manager.prompt
    assert prompt is not None
    assert "for the owner" in prompt.labelText()
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    qtbot.waitUntil(lambda: prompt.isAncestorOf(_focused()))
    QTest.keyClicks(_focused(), pin)
    QTest.keyClick(_focused(), Qt.Key.Key_Return)


def _activate(qtbot: QtBot, dialog: QWidget) -> None:
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)


def _export(qtbot: QtBot, dialog: HistoryDialog, target: Path) -> list[dict[str, str]]:
    dialog.message.clear()
    dialog.export_button.click()
    qtbot.waitUntil(lambda: "exported" in dialog.message.text(), timeout=WAIT)
    with target.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def _hidden(dialog: HistoryDialog) -> bool:
    columns = HistoryModel.OWNER_ONLY
    model = dialog.model
    hidden = all(dialog.table.isColumnHidden(c) for c in columns)
    blank = all(
        model.cells(model.order(r))[c] == "" for r in range(model.rowCount()) for c in columns
    )
    return hidden and blank and dialog.owner_button.isVisible()


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[QMessageBox]:
    """The "That PIN is not right." boxes, caught instead of opened."""
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: shown.append(box))
    return shown


def test_history_shows_cost_and_margin_and_exports_them_only_after_the_pin(
    qtbot: QtBot,
    shop: Shop,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    warnings: list[QMessageBox],
) -> None:
    window = shop.window
    window.pricing.settings.setValue(schema.PIN_HASH.key, hash_pin(PIN))
    sold = _sell_paid(shop)
    assert sold.quote is not None
    target = tmp_path / "sales.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))

    history = driver(qtbot, window).open_history()
    qtbot.waitUntil(lambda: history.model.rowCount() == 1)
    _activate(qtbot, history)
    assert _hidden(history)
    cells = history.model.cells(sold)
    # Retail, tax and payment are the clerk's too.
    assert cells[HistoryModel.RETAIL] == sold.quote.gross.format()
    assert cells[HistoryModel.TAX] == sold.quote.tax.format()
    assert cells[HistoryModel.PAYMENT].endswith("(card)")
    (row,) = _export(qtbot, history, target)
    assert not OWNER_ONLY & set(row)
    assert (row["retail"], row["tax"]) == (str(sold.quote.gross.amount), str(sold.quote.tax.amount))

    _type_pin(qtbot, window, "1234")
    qtbot.waitUntil(lambda: len(warnings) == 1, timeout=WAIT)
    assert "not right" in warnings[0].text()
    assert _hidden(history)
    (row,) = _export(qtbot, history, target)
    assert not OWNER_ONLY & set(row)

    _activate(qtbot, history)
    _type_pin(qtbot, window, PIN)
    qtbot.waitUntil(lambda: not history.table.isColumnHidden(HistoryModel.MARGIN), timeout=WAIT)
    assert not history.table.isColumnHidden(HistoryModel.PRICE)
    assert not history.owner_button.isVisible()
    cells = history.model.cells(sold)
    assert cells[HistoryModel.MARGIN] == sold.quote.margin.format()
    assert cells[HistoryModel.PRICE] == (sold.charged or sold.plan.price).format()
    (row,) = _export(qtbot, history, target)
    assert set(row) >= OWNER_ONLY
    assert row["margin"] == str(sold.quote.margin.amount)

    # Closed and opened again (the same dialog, perhaps by the clerk): hidden again.
    qtbot.waitUntil(history.isActiveWindow)  # back from the prompt
    QTest.keyClick(_focused(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not history.isVisible())
    again = driver(qtbot, window).open_history()
    assert again is history
    qtbot.waitUntil(lambda: history.model.rowCount() == 1)
    assert _hidden(history)
    (row,) = _export(qtbot, history, target)
    assert not OWNER_ONLY & set(row)


def _till(report: DayReportDialog) -> list[str]:
    model = report.till_model
    return [model.item(0, c).text() for c in range(model.columnCount())]


def test_day_report_shows_cost_and_margin_only_after_the_pin(
    qtbot: QtBot, shop: Shop, warnings: list[QMessageBox]
) -> None:
    window = shop.window
    window.pricing.settings.setValue(schema.PIN_HASH.key, hash_pin(PIN))
    sold = _sell_paid(shop)
    assert sold.quote is not None
    report = driver(qtbot, window).open_day_report()
    qtbot.waitUntil(lambda: report.till_model.rowCount() == 1 and report.model.rowCount() == 1)
    _activate(qtbot, report)

    def hidden() -> bool:
        till = _till(report)
        return (
            all(report.till.isColumnHidden(c) and till[c] == "" for c in TILL_OWNER_ONLY)
            and report.table.isColumnHidden(CHARGED)
            and report.model.item(0, CHARGED).text() == ""
        )

    assert hidden()
    assert _till(report)[:4] == ["USD", "1", sold.quote.gross.format(), sold.quote.tax.format()]

    _type_pin(qtbot, window, "1234")
    qtbot.waitUntil(lambda: len(warnings) == 1, timeout=WAIT)
    assert hidden()

    _activate(qtbot, report)
    _type_pin(qtbot, window, PIN)
    qtbot.waitUntil(lambda: report.owner, timeout=WAIT)
    assert not any(report.till.isColumnHidden(c) for c in TILL_OWNER_ONLY)
    assert not report.table.isColumnHidden(CHARGED)
    cost, margin = (_till(report)[c] for c in TILL_OWNER_ONLY)
    assert (cost, margin) == (sold.quote.cost_in_sale.format(), sold.quote.margin.format())
    assert report.model.item(0, CHARGED).text() != ""
    assert not report.owner_button.isVisible()

    # Each opening is a new report: hidden again.
    qtbot.waitUntil(report.isActiveWindow)  # back from the prompt
    QTest.keyClick(_focused(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.day_report is None or not window.day_report.isVisible())
    again = driver(qtbot, window).open_day_report()
    qtbot.waitUntil(lambda: again.till_model.rowCount() == 1)
    assert not again.owner and again.owner_button.isVisible()
    assert all(again.till.isColumnHidden(c) for c in TILL_OWNER_ONLY)


def test_with_no_manager_pin_ctrl_m_shows_them_at_once(qtbot: QtBot, shop: Shop) -> None:
    window = shop.window
    _sell_paid(shop)
    history = driver(qtbot, window).open_history()
    qtbot.waitUntil(lambda: history.model.rowCount() == 1)
    _activate(qtbot, history)
    assert _hidden(history)
    QTest.keyClick(_focused(), Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    # The button's shortcut clicks it visibly, a moment later; no prompt comes.
    qtbot.waitUntil(lambda: history.model.owner, timeout=WAIT)
    assert window.manager.prompt is None
    assert not history.table.isColumnHidden(HistoryModel.MARGIN)


def test_asked_again_while_the_prompt_is_open_the_same_prompt_comes_back(
    qtbot: QtBot, shop: Shop
) -> None:
    window = shop.window
    window.pricing.settings.setValue(schema.PIN_HASH.key, hash_pin(PIN))
    history = driver(qtbot, window).open_history()
    _activate(qtbot, history)
    QTest.keyClick(_focused(), Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.manager.prompt is not None, timeout=WAIT)
    prompt = window.manager.prompt
    assert prompt is not None
    qtbot.waitUntil(prompt.isActiveWindow)
    history.reveal()  # the prompt blocks the keyboard; a second request still asks once
    assert window.manager.prompt is prompt
    assert len([d for d in window.findChildren(QInputDialog) if d.isVisible()]) == 1
    QTest.keyClick(_focused(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.manager.prompt is None, timeout=WAIT)
    assert _hidden(history)
