"""Issue 15's "done when": a clerk without refund rights cannot refund without the manager
PIN — through the real widgets, from History by keys — and the override is journalled with
both names, the refund with who approved it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from app import settings_schema as schema
from app.core.plans import ProviderId
from app.core.refunds import RefundState
from app.pin import hash_pin
from app.till.roles import Action
from app.ui.clerk_session import MANAGER

from .conftest import Shop
from .test_history import _open
from .test_refund_flow import CONTROL_SHIFT, cash_sale

WAIT = 15000


def _focused() -> QLineEdit:
    widget = QApplication.focusWidget()
    assert isinstance(widget, QLineEdit)
    return widget


def _type_manager_pin(qtbot: QtBot, shop: Shop, pin: str) -> None:
    manager = shop.window.manager
    qtbot.waitUntil(lambda: manager.prompt is not None and manager.prompt.isVisible(), timeout=WAIT)
    prompt = manager.prompt
    assert prompt is not None
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    assert prompt.isAncestorOf(_focused())
    QTest.keyClicks(_focused(), pin)
    QTest.keyClick(_focused(), Qt.Key.Key_Return)


def _ask_refund(qtbot: QtBot, shop: Shop) -> None:
    history = shop.window.history
    assert history is not None
    history.activateWindow()  # (the PIN prompt had the focus)
    qtbot.waitUntil(history.isActiveWindow)
    history.table.setFocus()
    history.table.selectRow(0)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is history.table)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_R, CONTROL_SHIFT)


def test_a_clerk_refunds_only_after_the_manager_pin_and_both_names_are_journalled(
    qtbot: QtBot, shop: Shop, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = shop.window
    window._settings.setValue(schema.PIN_HASH.key, hash_pin("4711"))
    warnings: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: warnings.append(box))
    sale = cash_sale(shop, ProviderId.ESIMFLY)
    _open(qtbot, shop, rows=1)
    flow = window.till.refunds

    # The one-person counter's clerk ("test") has the clerk role: a refund asks the PIN.
    _ask_refund(qtbot, shop)
    _type_manager_pin(qtbot, shop, "1111")
    qtbot.waitUntil(lambda: len(warnings) == 1, timeout=WAIT)
    assert flow.dialog is None  # refused: no refund step at all
    assert shop.journal.refunds.of_sale(sale.reference) == []

    _ask_refund(qtbot, shop)
    _type_manager_pin(qtbot, shop, "4711")
    qtbot.waitUntil(
        lambda: flow.dialog is not None and flow.dialog.reason.isVisible(), timeout=WAIT
    )
    dialog = flow.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.reason)
    QTest.keyClicks(_focused(), "wrong country")
    QTest.keyClick(_focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: flow.last_outcome is not None, timeout=WAIT)

    (refund,) = shop.journal.refunds.of_sale(sale.reference)
    assert refund.state is RefundState.REFUNDED
    assert (refund.clerk, refund.approved_by) == ("test", MANAGER)
    now = datetime.now(UTC)
    (override,) = shop.journal.overrides(now - timedelta(hours=1), now + timedelta(hours=1))
    assert (override.action, override.clerk, override.approver, override.reference) == (
        Action.REFUND,
        "test",
        MANAGER,
        sale.reference,
    )
