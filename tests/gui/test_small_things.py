"""Small things a clerk notices: Quit in the menus, a placeholder that is not cut, plan
and country names readable however long."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionFrame
from pytestqt.qtbot import QtBot

from app.ui.destinations import DEST_ROLE
from app.ui.plans_model import PlansModel

from .clerk import WAIT, find_by_keyboard
from .conftest import Shop


def test_quit_is_in_the_first_menu_and_ctrl_q_closes_the_idle_counter(
    qtbot: QtBot, shop: Shop
) -> None:
    window = shop.window
    first = window.menuBar().actions()[0].menu()
    assert first is not None and window.quit_action in first.actions()
    assert QKeySequence("Ctrl+Q") in window.quit_action.shortcuts()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=WAIT)


def test_the_destination_placeholder_is_not_cut_on_a_small_screen(qtbot: QtBot, shop: Shop) -> None:
    search = shop.window.picker.search
    search.clear()
    option = QStyleOptionFrame()
    search.initStyleOption(option)
    room = search.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, search)
    # The picker starts no narrower than 220 px (a 1280×720 screen); the field takes its
    # width less its frame and padding, and the clear button takes a square off that.
    narrowest = 220 - (search.width() - room.width()) - search.height()
    text = search.fontMetrics().horizontalAdvance(search.placeholderText())
    assert text <= narrowest
    assert "Ctrl+F" in search.toolTip()


def test_long_names_show_whole_in_tooltips(qtbot: QtBot, shop: Shop) -> None:
    window = shop.window
    find_by_keyboard(qtbot, window, "cod")  # Congo, The Democratic Republic of the
    picker = window.picker
    first = picker.proxy.index(0, 0)
    assert first.data(DEST_ROLE).code == "CD"
    assert "Congo, The Democratic Republic of the" in first.data(Qt.ItemDataRole.ToolTipRole)
    plan = window.plans.proxy.index(0, PlansModel.NAME)
    name = window.plans.proxy.plan_at(plan).name  # type: ignore[union-attr]
    assert name in plan.data(Qt.ItemDataRole.ToolTipRole)
    # A long name wraps in its row of the table instead of being cut.
    view = window.plans.view
    assert view.wordWrap() and view.textElideMode() == Qt.TextElideMode.ElideNone
    title = window.plans.title
    assert title.wordWrap() and "Congo" in title.toolTip()
