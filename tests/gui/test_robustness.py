"""Errors without stack traces, right-to-left layouts, the low-balance warning, and the
test set-up itself failing loudly on Qt warnings and exceptions in slots."""

from __future__ import annotations

import logging
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.logs import close_logging, setup_logging
from app.ui import crash

from .conftest import Shop

ROOT = Path(__file__).resolve().parents[2]


def test_crash_dialog_is_plain_and_the_details_go_to_the_log(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log_path = setup_logging(tmp_path)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    uninstall = crash.install(log_path)
    try:
        try:
            raise RuntimeError("wiring fault 0xDEAD")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    finally:
        uninstall()
        close_logging()
    (message,) = shown
    assert "Something unexpected went wrong" in message
    assert str(log_path) in message
    assert "Traceback" not in message and "0xDEAD" not in message
    logged = log_path.read_text(encoding="utf-8")
    assert "Traceback" in logged and "RuntimeError: wiring fault 0xDEAD" in logged


def test_layout_holds_right_to_left(qtbot: QtBot, shop: Shop) -> None:
    window = shop.window
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        qtbot.waitUntil(lambda: window.layoutDirection() == Qt.LayoutDirection.RightToLeft)

        def x(widget: QWidget) -> int:
            return widget.mapTo(window, QPoint(0, 0)).x()

        # Mirrored: destinations on the right, the sale on the left.
        qtbot.waitUntil(lambda: x(window.picker) > x(window.sell_panel))
        for widget in (window.picker, window.plans.view, window.sell_panel, window.pending):
            geometry = widget.geometry()
            assert geometry.width() > 100 and geometry.height() > 50
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_low_balance_is_flagged_in_the_header(qtbot: QtBot, shop: Shop) -> None:
    shop.sandbox.set_balance("octopus", Decimal("12.00"))
    shop.window.refresh_balances()
    qtbot.waitUntil(lambda: "Low balance" in shop.window.balance.text())
    assert "Octopus Cards: USD\u00a012.00" in shop.window.balance.text()
    assert shop.window.balance.property("low") is True


def _run_inner_test(pytester: pytest.Pytester, body: str) -> pytest.RunResult:
    pytester.makepyprojecttoml((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    pytester.makepyfile(test_inner=body)
    return pytester.runpytest_subprocess("test_inner.py", "-p", "no:cacheprovider", "-q")


def test_a_qt_warning_fails_a_test(pytester: pytest.Pytester) -> None:
    result = _run_inner_test(
        pytester,
        "from PySide6.QtCore import qWarning\n"
        "def test_warns(qtbot):\n"
        "    qWarning('a real warning')\n",
    )
    result.assert_outcomes(failed=1)


def test_an_exception_in_a_slot_fails_a_test(pytester: pytest.Pytester) -> None:
    result = _run_inner_test(
        pytester,
        "from PySide6.QtCore import QTimer\n"
        "def boom():\n"
        "    raise ValueError('in a slot')\n"
        "def test_raises_in_slot(qtbot):\n"
        "    QTimer.singleShot(0, boom)\n"
        "    qtbot.wait(50)\n",
    )
    result.assert_outcomes(failed=1)


def test_log_keeps_http_chatter_out(tmp_path: Path) -> None:
    path = setup_logging(tmp_path)
    try:
        logging.getLogger("httpx").info("GET https://example.invalid/x")
        logging.getLogger("app.test").info("kept")
    finally:
        close_logging()
    text = path.read_text(encoding="utf-8")
    assert "kept" in text and "example.invalid" not in text
