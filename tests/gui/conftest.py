"""The counter window in training mode, driven as a clerk drives it (pytest-qt, offscreen)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.counter import Counter
from app.journal import Journal
from app.sandbox import Sandbox, SandboxConfig
from app.training import training_setup
from app.ui.app import configure
from app.ui.main_window import MainWindow

# Waits of the sandbox are shrunk a thousandfold; polls come every 50 ms.
FAST_CONFIG = SandboxConfig(clock_scale=0.001, pending_after_seconds=30)


@dataclass
class Shop:
    window: MainWindow
    sandbox: Sandbox
    journal: Journal
    counter: Counter


@pytest.fixture
def shop(qtbot: QtBot, qapp: QApplication, tmp_path: Path) -> Iterator[Shop]:
    configure(qapp)
    setup = training_setup(FAST_CONFIG)
    journal = Journal(tmp_path / "journal.sqlite3")
    counter = Counter(setup.providers, journal, training=True, clerk="test")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(
        lambda *_: counter,
        settings,
        training=True,
        full_screen_display=False,
        poll_delays=(0.05,),
        display_timeout=0,
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.counter is not None, timeout=10000)
    yield Shop(window, setup.sandbox, journal, counter)
    window.close()
    if window.flow.display is not None:
        window.flow.display.close()
    journal.close()
    setup.close()
