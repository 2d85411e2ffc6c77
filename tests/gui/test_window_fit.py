"""The counter window fits the screens shops have (1366×768 laptops, 1280×720 panels) and
uses a 1920×1080 screen well, in a left-to-right and a right-to-left language."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSettings, QSize
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.counter import Counter
from app.journal import Journal
from app.training import training_setup
from app.ui import i18n
from app.ui.app import configure
from app.ui.main_window import TITLE_BAR, MainWindow, initial_geometry

from .conftest import FAST_CONFIG

ROOT = Path(__file__).resolve().parents[2]

# Screens' free areas (a taskbar takes 40 px at the bottom of the first two).
SCREENS = {
    "1366x768": QRect(0, 0, 1366, 728),
    "1280x720": QRect(0, 0, 1280, 680),
    "1920x1080": QRect(0, 0, 1920, 1040),
}
# What the window system adds around the window: borders and a title bar.
FRAME = QSize(16, 40)


@pytest.mark.parametrize("screen", SCREENS.values(), ids=SCREENS.keys())
def test_the_window_opens_inside_the_free_area_and_uses_most_of_it(screen: QRect) -> None:
    geometry = initial_geometry(screen, QSize(600, 500))
    framed = geometry.adjusted(-FRAME.width() // 2, -FRAME.height(), FRAME.width() // 2, 0)
    assert screen.contains(framed)
    assert geometry.width() >= screen.width() * 0.85
    assert geometry.height() >= screen.height() * 0.85
    assert abs(geometry.center().x() - screen.center().x()) <= 1


def test_a_second_screen_to_the_right_gets_the_window_on_itself() -> None:
    screen = QRect(1920, 0, 1366, 768)
    assert screen.contains(initial_geometry(screen, QSize(600, 500)))


def test_never_smaller_than_the_window_can_be_nor_larger_than_the_screen() -> None:
    assert initial_geometry(QRect(0, 0, 720, 600), QSize(700, 500)).size() == QSize(700, 540)
    assert initial_geometry(QRect(0, 0, 640, 480), QSize(700, 580)).size() == QSize(640, 480)


@pytest.fixture(scope="module", params=["en", "ar", "de"])
def window(
    request: pytest.FixtureRequest, qapp: QApplication, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[MainWindow]:
    language = str(request.param)
    configure(qapp)
    translators = i18n.install(qapp, language)
    folder = tmp_path_factory.mktemp(f"fit-{language}")
    setup = training_setup(FAST_CONFIG)
    journal = Journal(folder / "journal.sqlite3")
    counter = Counter(setup.providers, journal, training=True, clerk="test")
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    made = MainWindow(
        lambda *_: counter,
        settings,
        training=True,
        language=language,
        full_screen_display=False,
        display_timeout=0,
    )
    made.show()
    yield made
    made.close()
    made.deleteLater()
    journal.close()
    setup.close()
    i18n.uninstall(qapp, translators)


def _inside(window: MainWindow, widget: QWidget) -> bool:
    top_left = widget.mapTo(window, QPoint(0, 0))
    return window.rect().contains(QRect(top_left, widget.size()))


def test_the_smallest_window_fits_a_1280x720_screen(window: MainWindow) -> None:
    smallest = window.minimumSizeHint()
    free = SCREENS["1280x720"].size() - FRAME
    assert smallest.width() <= free.width() and smallest.height() <= free.height()


@pytest.mark.parametrize("screen", SCREENS.values(), ids=SCREENS.keys())
def test_status_bar_pending_list_and_sell_button_are_on_screen(
    qtbot: QtBot, window: MainWindow, screen: QRect
) -> None:
    qtbot.waitUntil(lambda: window.counter is not None, timeout=10000)
    window.setGeometry(initial_geometry(screen, window.minimumSizeHint()))
    qtbot.waitUntil(lambda: window.size() == initial_geometry(screen, QSize()).size())
    QApplication.processEvents()
    for part in (
        window.statusBar(),
        window.pending,
        window.pending.list,
        window.sell_panel.sell_button,
        window.plans.view,
        window.picker.search,
    ):
        assert part.isVisible() and _inside(window, part), part.objectName()
    # Deliveries are announced in the status bar and the pending list: both readable.
    assert window.statusBar().height() >= window.statusBar().sizeHint().height()
    assert window.pending.list.height() >= 3 * window.pending.list.fontMetrics().height()
    # The plans get the most room: their names are the longest text on the screen.
    assert window.plans.width() > window.picker.width()
    assert window.plans.width() > window.sell_panel.width()


# The real window on a real-sized screen: the offscreen platform takes its screens from a file.
OPEN_ON_SCREEN = """
import json, sys
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from app.ui.app import configure
from app.ui.main_window import MainWindow
app = QApplication([])
configure(app)
settings = QSettings(sys.argv[1], QSettings.Format.IniFormat)
window = MainWindow(lambda *_: None, settings, training=True)
window.show()
app.processEvents()
free = app.primaryScreen().availableGeometry()
bar = window.statusBar()
print(json.dumps({
    "free": free.getRect(), "window": window.geometry().getRect(),
    "bar": [bar.mapTo(window, bar.rect().bottomRight()).y(), window.height()],
}))
window.close()
"""


@pytest.mark.parametrize(("width", "height"), [(1366, 768), (1280, 720)])
def test_the_real_window_opens_inside_a_small_screen(
    tmp_path: Path, width: int, height: int
) -> None:
    config = tmp_path / "screens.json"
    screen = {"name": "S", "x": 0, "y": 0, "width": width, "height": height}
    config.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96, "dpr": 1}]}))
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "PYTHONPATH": str(ROOT),
        "XDG_CONFIG_HOME": str(tmp_path),
    }
    done = subprocess.run(
        [sys.executable, "-c", OPEN_ON_SCREEN, str(tmp_path / "settings.ini")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout.strip().splitlines()[-1])
    free = QRect(*found["free"])
    assert free.size() == QSize(width, height)
    window = QRect(*found["window"])
    assert free.contains(window.adjusted(0, -TITLE_BAR, 0, 0))
    bar_bottom, window_height = found["bar"]
    assert bar_bottom < window_height  # the status bar is inside the window
