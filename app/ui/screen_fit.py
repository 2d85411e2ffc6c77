"""Dialogs sized for the screen they open on: the size they were designed for when it
fits, never more than the screen's free area (a 1366×768 laptop cut off the settings and
the history's last column), and more room on a large screen."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# Of the screen's free area: room for the frame and title bar the window system adds
# outside the size asked for, and for the window behind a dialog.
SCREEN_SHARE = 0.9


def fit_to_screen(dialog: QWidget, designed: QSize, *, grow: float = 1.0) -> QSize:
    """Resize ``dialog`` to ``designed`` (times ``grow`` on a screen with room for it),
    within 90% of its screen's free area; returns the size given."""
    screen = dialog.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        dialog.resize(designed)
        return designed
    free = screen.availableGeometry().size()
    room = QSize(int(free.width() * SCREEN_SHARE), int(free.height() * SCREEN_SHARE))
    wanted = QSize(int(designed.width() * grow), int(designed.height() * grow))
    size = wanted.boundedTo(room).expandedTo(designed.boundedTo(room))
    dialog.resize(size)
    return size
