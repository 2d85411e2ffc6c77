"""Issue 17: the eSIM sent by e-mail (Octopus), by keys from the customer display and from
History; the sandbox records the validated address; the log holds a masked one at most."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from app.core.plans import OctopusKey, ProviderId
from app.logs import close_logging, setup_logging
from app.ui.email_dialog import SendEmailDialog

from .clerk import (
    driver,
    find_by_keyboard,
    pick_plan_by_keyboard,
    row_of,
    sell_by_keyboard,
    wait_display,
)
from .conftest import Shop

ADDRESS = "Traveller.Name+trip@Example-Mail.com"
SENT = "Traveller.Name+trip@example-mail.com"  # the domain in lower case
MASKED = "T***@e***.com"


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    path = setup_logging(tmp_path / "log", level=logging.DEBUG)
    yield path
    close_logging()


def _type(qtbot: QtBot, text: str) -> None:
    """Into the focused widget, a key at a time, as the clerk types."""
    for char in text:
        widget = QApplication.focusWidget()
        assert widget is not None
        qtbot.keyClicks(widget, char)


def _press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClick(widget, key, modifier)


def _sell_octopus(qtbot: QtBot, shop: Shop) -> None:
    window = shop.window
    find_by_keyboard(qtbot, window, "jap")
    plan = pick_plan_by_keyboard(qtbot, window, row_of(window, ProviderId.OCTOPUS))
    assert isinstance(plan.key, OctopusKey)
    shop.sandbox.force_outcome("octopus", plan.key.product_id, "deliver")
    sell_by_keyboard(qtbot, window)


def _dialog(qtbot: QtBot, shop: Shop) -> SendEmailDialog:
    parts = shop.window.flow.ensure_after_sale()
    qtbot.waitUntil(lambda: parts.email_dialog is not None and parts.email_dialog.isVisible())
    dialog = parts.email_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    return dialog


def test_display_sends_the_esim_to_a_checked_address_and_logs_it_masked(
    qtbot: QtBot, shop: Shop, log_file: Path
) -> None:
    _sell_octopus(qtbot, shop)
    display = wait_display(qtbot, shop.window)
    assert display.email_button.isVisible()
    display.activateWindow()
    display.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is display)
    _press(qtbot, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = _dialog(qtbot, shop)

    # A wrong address is refused in the dialog; nothing is sent.
    _type(qtbot, "traveller@example")
    _press(qtbot, Qt.Key.Key_Return)
    assert "example.com" in dialog.message.text()
    assert dialog.isVisible()
    assert shop.sandbox.notification_emails() == []

    _press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    _type(qtbot, f" {ADDRESS} ")
    _press(qtbot, Qt.Key.Key_Return)
    parts = shop.window.flow.ensure_after_sale()
    qtbot.waitUntil(lambda: parts.email_dialog is None, timeout=10000)  # sent, closed

    (order,) = shop.journal.search()
    (call,) = shop.sandbox.notification_emails()
    assert call["order_id"] == order.provider_order_id
    assert call["email"] == SENT
    assert [e.address for e in shop.journal.emails(order.reference)] == [SENT]
    assert MASKED in shop.window.statusBar().currentMessage()

    logging.getLogger().handlers[0].flush()
    text = "".join(p.read_text(encoding="utf-8") for p in log_file.parent.glob("*.log*"))
    assert MASKED in text
    for whole in (ADDRESS, SENT, ADDRESS.lower(), "Traveller.Name", "example-mail"):
        assert whole.lower() not in text.lower(), whole


def test_a_refused_address_keeps_the_dialog_and_says_what_to_do(
    qtbot: QtBot, shop: Shop, log_file: Path
) -> None:
    from app.sandbox.faults import Fault

    _sell_octopus(qtbot, shop)
    wait_display(qtbot, shop.window)
    (order,) = shop.journal.search()
    shop.window.flow.send_by_email(order)
    dialog = _dialog(qtbot, shop)
    shop.sandbox.inject(
        Fault("http_503", provider="octopus", method="PATCH", path="/api/v1/esim/orders/", count=0)
    )
    _type(qtbot, "someone@example.org")
    _press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.send.isEnabled(), timeout=20000)
    assert dialog.isVisible()
    assert dialog.message.text().startswith("Not sent.")
    assert shop.journal.emails(order.reference) == []
    text = "".join(p.read_text(encoding="utf-8") for p in log_file.parent.glob("*.log*"))
    assert "someone@example.org" not in text


def test_history_offers_it_for_octopus_and_says_why_not_for_esimfly(
    qtbot: QtBot, shop: Shop
) -> None:
    window = shop.window
    find_by_keyboard(qtbot, window, "jap")
    pick_plan_by_keyboard(qtbot, window, row_of(window, ProviderId.ESIMFLY))
    sell_by_keyboard(qtbot, window)
    wait_display(qtbot, window)
    driver(qtbot, window).close_display()
    history = driver(qtbot, window).open_history()
    qtbot.waitUntil(lambda: history.model.rowCount() == 1)
    history.table.setFocus()
    history.table.selectRow(0)  # as the refund tests select a sale
    qtbot.waitUntil(lambda: QApplication.focusWidget() is history.table)
    assert history.email_button.isEnabled()
    _press(qtbot, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)  # Send by e-mail…
    assert "eSIMfly cannot" in history.message.text()
    assert window.flow.ensure_after_sale().email_dialog is None
