"""Walk every window at a text size on the screen this process has (the offscreen
platform's configfile sets it): ``python -m tests.gui.a11y_screen LANGUAGE PERCENT FOLDER
[touch]``.
Prints one JSON line: how many windows were walked, and every problem found (controls
without a name, windows that do not fit the screen's free area, clipped labels)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QWidget

from app.ui import i18n
from app.ui.app import configure
from app.ui.driver import event_loop_wait
from tests.gui.a11y import problems
from tests.gui.windows import (
    FULL_SCREEN,
    MODALS,
    WINDOWS,
    close_window,
    make_visit,
    open_window,
    sell_one,
    walk_modal,
)

# What the window system takes around a window: borders and a title bar.
FRAME = QSize(16, 40)


def main(language: str, percent: int, folder: Path, touch: bool = False) -> int:
    app = QApplication([sys.argv[0]])
    configure(app, text_size=percent, touch=touch)
    translators = i18n.install(app, language)
    screen = app.primaryScreen()
    free = screen.availableGeometry().size() - FRAME

    def look(widget: QWidget, room: QSize = free) -> list[str]:
        return problems(widget, fits=room, touch=touch)

    visit, close = make_visit(folder, event_loop_wait(30), language)
    sell_one(visit)
    found: list[str] = []
    for name in WINDOWS:
        widget = open_window(visit, name)
        room = screen.size() if name in FULL_SCREEN else free
        found += [f"{name}: {problem}" for problem in look(widget, room)]
        close_window(visit, widget)
    for name in MODALS:
        found += [f"{name}: {problem}" for problem in walk_modal(visit, name, look)]
    close()
    i18n.uninstall(app, translators)
    print(json.dumps({"windows": len(WINDOWS) + len(MODALS), "problems": found}))
    return 0


if __name__ == "__main__":
    touch = sys.argv[4:] == ["touch"]
    raise SystemExit(main(sys.argv[1], int(sys.argv[2]), Path(sys.argv[3]), touch))
