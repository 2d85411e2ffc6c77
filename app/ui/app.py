"""Start the counter: QApplication, logging, crash handling, the main window."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication

from app.logs import APP_NAME, setup_logging
from app.ui import crash
from app.ui.main_window import MainWindow

if TYPE_CHECKING:
    from app.counter import Counter
    from app.journal import Journal
    from app.secrets import SecretStore
    from app.startup import Opened

log = logging.getLogger(__name__)
RESOURCES = Path(__file__).resolve().parents[2] / "resources"


def open_counter(
    values: dict[str, object], *, journal_path: Path | None, journal: Journal | None
) -> Opened:
    """The shop's counter (real accounts, or training mode); runs in a worker, so the
    providers, the keyring and the journal load after the window is on screen."""
    from app.startup import open_counter as opening

    return opening(values, journal_path=journal_path, journal=journal)


def training_counter(journal_path: Path | None = None) -> Counter:
    """A counter selling through the in-process sandbox; its sales are marked training.

    Runs in a worker: the sandbox, the providers and the journal are imported here, not
    at start-up, so the window is on screen before they load.
    """
    from app.counter import Counter
    from app.journal import Journal
    from app.training import training_setup

    setup = training_setup()
    journal = Journal(journal_path) if journal_path else Journal.open_default()
    return Counter(setup.providers, journal, training=True)


def secret_store() -> SecretStore:
    from app.secrets import SecretStore

    return SecretStore()


def stylesheet() -> str:
    path = RESOURCES / "style.qss"
    return path.read_text(encoding="utf-8") if path.exists() else ""


def configure(app: QApplication) -> None:
    """Names, font and style shared by the program, its tests and its screenshots."""
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    font = app.font()
    font.setPointSize(max(font.pointSize(), 11))
    app.setFont(font)
    app.setStyleSheet(stylesheet())


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="esim-counter")
    parser.add_argument("--journal", type=Path, help="use this sales journal file")
    parser.add_argument(
        "--windowed-display", action="store_true", help="customer display in a window"
    )
    return parser.parse_args(argv)


def run(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    log_path = setup_logging()
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    configure(app)
    crash.install(log_path)
    settings = QSettings()
    language = str(settings.value("ui/language", "") or "") or QLocale().name().split("_")[0]
    window = MainWindow(
        lambda values, journal: open_counter(values, journal_path=args.journal, journal=journal),
        settings,
        training=True,
        locale=QLocale().name(),
        language=language,
        shop_name=str(settings.value("shop/name", "") or ""),
        display_timeout=int(settings.value("display/timeout", 300)),
        full_screen_display=not args.windowed_display,
        store=secret_store(),
    )
    window.show()
    log.info("eSIM Counter started")
    code = app.exec()
    # Widgets go before the application object, not in the interpreter's final sweep.
    window.deleteLater()
    del window
    return code
