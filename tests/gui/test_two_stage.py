"""The counter window in two stages (as the program starts it): the frame with the
destination search is painted first, the panes are built right after; nothing moves when
they arrive, and what the clerk typed meanwhile is kept."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSettings, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.counter import Counter
from app.journal import Journal
from app.training import training_setup
from app.ui.app import FirstPaint, configure
from app.ui.main_window import MainWindow

from .conftest import FAST_CONFIG


@pytest.fixture
def counter(tmp_path: Path) -> Iterator[Counter]:
    setup = training_setup(FAST_CONFIG)
    journal = Journal(tmp_path / "journal.sqlite3")
    yield Counter(setup.providers, journal, training=True, clerk="test")
    journal.close()
    setup.close()


def _where(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def test_the_frame_is_painted_first_and_the_panes_follow_without_moving_it(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, counter: Counter
) -> None:
    configure(qapp)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(
        lambda *_: counter,
        settings,
        training=True,
        shop_name="Corner Shop",
        full_screen_display=False,
        display_timeout=0,
        two_stage=True,
    )
    qtbot.addWidget(window)
    assert not window.panes_ready and not hasattr(window, "plans")
    at_first_paint: dict[str, object] = {}

    def first_paint() -> None:
        # What the clerk sees first: the title, the banner, the shop, the search box.
        at_first_paint["panes"] = window.panes_ready
        at_first_paint["shop"] = window.shop.isVisible() and window.shop.text()
        at_first_paint["banner"] = window.banner.isVisible()
        at_first_paint["search"] = _where(window.picker.search, window)
        # The clerk starts typing a destination before the panes exist.
        window.picker.focus_search()
        for char in "Jap":
            focused = QApplication.focusWidget()
            assert focused is not None
            qtbot.keyClick(focused, char)

    FirstPaint(window, first_paint)
    with qtbot.waitSignal(window.panes_built, timeout=10000):
        window.show()
    assert at_first_paint["panes"] is False
    assert at_first_paint["shop"] == "Corner Shop" and at_first_paint["banner"] is True
    assert window.panes_ready
    qtbot.waitUntil(lambda: window.counter is not None, timeout=10000)
    # Nothing the clerk saw moved when the panes came in.
    assert _where(window.picker.search, window) == at_first_paint["search"]
    for pane in (window.plans, window.sell_panel, window.pending):
        assert pane.isVisible() and pane.width() > 100 and pane.height() > 50
    # What was typed is still there; the clerk finishes the word and picks it.
    assert window.picker.search.text() == "Jap"
    assert QApplication.focusWidget() is window.picker.search
    for char in "an":
        qtbot.keyClick(QApplication.focusWidget(), char)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.plans.proxy.rowCount() > 0, timeout=10000)
    window.close()
    if window.flow.display is not None:
        window.flow.display.close()


def test_a_window_built_in_one_stage_has_its_panes_at_once(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, counter: Counter
) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(lambda *_: counter, settings, training=True, display_timeout=0)
    qtbot.addWidget(window)
    assert window.panes_ready and window.plans is not None and window.sell_panel is not None
    window.close()
