"""The first screen is built without PySide's ``Qt`` namespace (app/ui/lazy_qt.py): what it
sets by name or by number instead is what the ``Qt`` enums would have set."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from app.ui import destinations, lazy_qt
from app.ui.main_window import MainWindow
from app.ui.mode_banner import ModeBanner


def test_the_lazy_namespace_is_qts_own() -> None:
    assert lazy_qt.Qt.AlignmentFlag is Qt.AlignmentFlag
    assert lazy_qt.Qt.Key.Key_Escape is Qt.Key.Key_Escape


def test_the_pickers_roles_are_qts_numbers() -> None:
    assert Qt.ItemDataRole.DisplayRole.value == destinations.DISPLAY_ROLE
    assert Qt.ItemDataRole.DecorationRole.value == destinations.DECORATION_ROLE
    assert Qt.ItemDataRole.ToolTipRole.value == destinations.TOOLTIP_ROLE
    assert Qt.ItemDataRole.UserRole.value == destinations.USER_ROLE


def test_set_enum_sets_by_name_and_refuses_what_qt_does_not_know(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    lazy_qt.set_enum(label, "alignment", "AlignRight|AlignVCenter")
    assert label.alignment() == Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    with pytest.raises(ValueError, match="AlignNowhere"):
        lazy_qt.set_enum(label, "alignment", "AlignNowhere")
    with pytest.raises(ValueError, match="no_such_property"):
        lazy_qt.set_enum(label, "no_such_property", "AlignLeft")


def test_the_frame_is_what_the_qt_enums_made_it(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(lambda *_: None, settings, training=True, two_stage=True)
    qtbot.addWidget(window)
    banner = window.banner
    assert isinstance(banner, ModeBanner)
    assert banner.alignment() == Qt.AlignmentFlag.AlignCenter
    assert banner.textFormat() == Qt.TextFormat.PlainText
    assert window._columns.orientation() == Qt.Orientation.Horizontal
    assert window._rows.orientation() == Qt.Orientation.Vertical
    assert window._columns.parent() is window._rows
    view = window.picker.list
    assert view.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert view.textElideMode() == Qt.TextElideMode.ElideRight
    # The keys come with the panes (QKeySequence is not made before the first paint).
    actions = (window.history_action, window.report_action, window.print_action)
    assert [action.shortcuts() for action in actions] == [[], [], []]
    window._build_panes()
    assert [action.shortcuts() for action in actions] == [
        [QKeySequence("Ctrl+H")],
        [QKeySequence("Ctrl+R")],
        [QKeySequence("Ctrl+P")],
    ]
    assert window.slip_action.shortcut() == QKeySequence("Ctrl+Shift+P")
    assert QKeySequence("Ctrl+Q") in window.quit_action.shortcuts()


def test_the_banner_is_styled_by_its_mode_first_painted_and_after(qtbot: QtBot) -> None:
    # Made without asking the style to re-polish (the style sheet reads the mode when it
    # is first shown); re-polished on every change after that.
    banner = ModeBanner(training=True)
    qtbot.addWidget(banner)
    banner.setStyleSheet(
        'QLabel[mode="training"] { color: rgb(0, 0, 200); }'
        ' QLabel[mode="offline"] { color: rgb(200, 0, 0); }'
    )
    banner.show()
    qtbot.waitExposed(banner)

    def colour() -> str:
        return banner.palette().color(QPalette.ColorRole.WindowText).name()

    assert banner.property("mode") == "training" and colour() == "#0000c8"
    banner.show_problem("The sales journal cannot be written.")
    assert banner.property("mode") == "offline" and colour() == "#c80000"
    banner.show_training()
    assert colour() == "#0000c8"
    banner.show_selling()
    assert banner.property("mode") == "real" and not banner.isVisible()
