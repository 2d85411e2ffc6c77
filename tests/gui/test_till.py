"""The Till menu driven as a clerk drives it (issue 15): open a shift by keyboard, sell,
pay out, X shows the expected cash; Z with a count short by 1.00 shows the difference and
journals Z 1; a second close is impossible."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from app.core.money import Money
from app.core.payment import Method, Payment
from app.core.plans import ProviderId
from app.ui.receipts import sample
from app.ui.shift_dialogs import CashMoveDialog, OpenShiftDialog
from app.ui.z_close import ZCloseDialog

from .conftest import Shop
from .test_history import _plan


def type_in(qtbot: QtBot, widget: QLineEdit, text: str) -> None:
    """Wait until ``widget`` has the keyboard, then type ``text`` and Enter into it."""
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClicks(focused, text)
    qtbot.keyClick(focused, Qt.Key.Key_Return)


def cash_sale(shop: Shop, gross: str) -> None:
    quote = sample.quote("USD", gross, "1.00")
    payment = Payment.single(Method.CASH, quote.gross)
    plan = _plan(shop.counter, ProviderId.ESIMFLY)
    outcome = shop.counter.sell(plan, quote=quote, payment=payment)
    assert outcome.error is None


def open_shift(qtbot: QtBot, shop: Shop, amount: str) -> None:
    till = shop.window.till
    till.open_action.trigger()
    qtbot.waitUntil(lambda: isinstance(till.dialog, OpenShiftDialog) and till.dialog.isVisible())
    dialog = till.dialog
    assert isinstance(dialog, OpenShiftDialog)
    type_in(qtbot, dialog.cash.amount_edit, amount)
    qtbot.waitUntil(lambda: shop.journal.current_shift(training=True) is not None)


def test_a_shift_by_keyboard_x_then_z_short_by_one(qtbot: QtBot, shop: Shop) -> None:
    till, journal = shop.window.till, shop.journal
    open_shift(qtbot, shop, "100")
    shift = journal.current_shift(training=True)
    assert shift is not None and shift.opening_float == Money.of("100", "USD")
    assert shift.opening_balances  # read at open, on the Runner

    cash_sale(shop, "10.00")
    cash_sale(shop, "12.50")

    till.pay_out_action.trigger()
    qtbot.waitUntil(lambda: isinstance(till.dialog, CashMoveDialog) and till.dialog.isVisible())
    move = till.dialog
    assert isinstance(move, CashMoveDialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is move.cash.amount_edit)
    qtbot.keyClicks(QApplication.focusWidget(), "5")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    type_in(qtbot, move.reason, "milk")
    qtbot.waitUntil(lambda: len(journal.cash_moves(shift.number, training=True)) == 1)

    till.x_action.trigger()
    qtbot.waitUntil(lambda: till.report is not None and till.report.isVisible())
    x = till.report
    assert x is not None
    expected = Money.of("117.50", "USD")  # 100 + 10 + 12.50 - 5
    assert x.view.value_of("expected") == expected.format("en_US")
    assert x.view.value_of("sales") == "2"
    assert journal.z_reports(training=True) == []  # an X changes nothing
    x.close()

    till.z_action.trigger()  # no manager PIN set: the gate lets it through
    qtbot.waitUntil(lambda: isinstance(till.dialog, ZCloseDialog) and till.dialog.isVisible())
    z = till.dialog
    assert isinstance(z, ZCloseDialog)
    assert z.expected == expected
    qtbot.waitUntil(lambda: QApplication.focusWidget() is z.cash.amount_edit)
    qtbot.keyClicks(QApplication.focusWidget(), "116.50")
    assert "1.00" in z.difference.text() and "short" in z.difference.text()
    assert "-" not in z.difference.text()  # "USD 1.00 short", never "-USD 1.00 short"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: journal.z_report(1, training=True) is not None)
    record = journal.z_report(1, training=True)
    assert record is not None
    assert record.difference == Money.of("-1.00", "USD")
    assert record.counted.amount == Decimal("116.50")
    qtbot.waitUntil(lambda: till.last_z is not None and till.report is not None)
    assert till.report.view.value_of("difference") == Money.of("-1.00", "USD").format("en_US")
    assert journal.current_shift(training=True) is None

    # A second close: no shift is open, nothing is written, the clerk is told.
    messages: list[str] = []
    till.notice.connect(messages.append)
    till.z_action.trigger()
    qtbot.waitUntil(lambda: bool(messages))
    assert "shift" in messages[0].lower()
    assert len(journal.z_reports(training=True)) == 1


def test_the_float_counted_per_note(qtbot: QtBot, shop: Shop) -> None:
    till = shop.window.till
    till.open_action.trigger()
    qtbot.waitUntil(lambda: isinstance(till.dialog, OpenShiftDialog) and till.dialog.isVisible())
    dialog = till.dialog
    assert isinstance(dialog, OpenShiftDialog)
    dialog.cash.per_note.setChecked(True)
    twenty = dialog.cash.spins[Decimal(20)]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    twenty.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is twenty)
    qtbot.keyClick(twenty, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(twenty, "3")
    qtbot.keyClick(twenty, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shop.journal.current_shift(training=True) is not None)
    shift = shop.journal.current_shift(training=True)
    assert shift is not None
    assert shift.opening_float == Money.of("60", "USD")
    assert shift.float_count is not None and shift.float_count.counts == ((Decimal(20), 3),)
