"""Start the counter: QApplication, logging, crash handling, the main window."""

from __future__ import annotations

import argparse
import gc
import logging
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from app import settings_schema as schema
from app.logs import APP_NAME, attach_logging, ensure_private_file, start_logging
from app.ui import about, accessibility, crash, i18n, single_instance
from app.ui.main_window import OPEN_UNPAINTED_MS, MainWindow
from app.ui.settings_store import read

if TYPE_CHECKING:
    from app.counter import Counter
    from app.journal import Journal
    from app.secrets import SecretStore
    from app.startup import Opened

log = logging.getLogger(__name__)
RESOURCES = Path(__file__).resolve().parents[2] / "resources"


def private_settings(settings: QSettings) -> None:
    """The settings file and its folder are the user's own (0600 in 0700), as the journal
    and the log are; Qt rewrites the file keeping its permissions. (On Windows the
    settings are in the user's own registry hive.)"""
    if settings.format() is QSettings.Format.NativeFormat and sys.platform == "win32":
        return
    ensure_private_file(Path(settings.fileName()))


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
    """The keyring, made when Settings first needs it: keyring and its backends take
    longer to import than a bare window takes to show."""
    from app.secrets import SecretStore

    return SecretStore()


def stylesheet() -> str:
    path = RESOURCES / "style.qss"
    return path.read_text(encoding="utf-8") if path.exists() else ""


def configure(app: QApplication, *, text_size: int = 100, touch: bool = False) -> None:
    """Names, font and style shared by the program, its tests and its screenshots; the
    text size (percent) and touch mode scale them (app/ui/accessibility.py)."""
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    font = accessibility.base_font(app)  # unscaled, if configured before
    font.setPointSize(max(font.pointSize(), 11))
    accessibility.set_base(app, font, stylesheet())
    accessibility.apply(app, text_size, touch)


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="esim-counter")
    parser.add_argument("--journal", type=Path, help="use this sales journal file")
    parser.add_argument(
        "--windowed-display", action="store_true", help="customer display in a window"
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="sell one eSIM in training mode on a temporary journal, check the QR, exit",
    )
    parser.add_argument("--smoke-report", type=Path, help="also write the smoke test's line here")
    # For bench/startup.py and bench/frozen_bundle.py: print "shown" once the window is on
    # screen, "ready" once the catalogue is in, then quit.
    parser.add_argument("--startup-probe", action="store_true", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def log_started() -> None:
    from app.version import version

    log.info("eSIM Counter %s started", version())


def after_first_paint(instance: single_instance.SingleInstance) -> None:
    """What start-up leaves until the window is on screen."""
    gc.enable()  # (app.main pauses it for the start)
    instance.listen()
    attach_logging()
    log_started()


class FirstPaint(QObject):
    """Calls ``then`` once ``window`` has been painted for the first time while exposed."""

    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._then: Callable[[], None] | None = then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The filter sees UpdateRequest before the window paints: look right after it.
        if event.type() is QEvent.Type.UpdateRequest:
            QTimer.singleShot(0, self, self._check)
        return False

    def _check(self) -> None:
        window = self.parent()
        assert isinstance(window, QWidget)
        handle = window.windowHandle()
        if self._then is not None and handle is not None and handle.isExposed():
            then, self._then = self._then, None  # once, however many checks were queued
            window.removeEventFilter(self)
            then()


def _print_line(word: str) -> None:
    if sys.stdout is not None:  # a Windows GUI build has no stdout
        print(word, flush=True)


def probe_startup(
    window: MainWindow, timeout: float = 60.0, say: Callable[[str], None] = _print_line
) -> None:
    """``--startup-probe`` (for bench/startup.py and bench/frozen_bundle.py): say ``shown``
    once the window has been painted on screen, ``ready`` once the counter has loaded its
    catalogue (``not ready`` after ``timeout`` seconds); then quit. Defined here, not in a
    module of its own, so that it adds no import before ``shown``."""
    started = time.monotonic()

    def ready() -> None:
        if window.counter is None and time.monotonic() - started < timeout:
            QTimer.singleShot(5, ready)
            return
        say("ready" if window.counter is not None else "not ready")
        window.close()
        QApplication.quit()

    def shown() -> None:
        say("shown")
        ready()

    FirstPaint(window, shown)


def run(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.smoke_test:
        gc.enable()  # (paused by app.main for a start to a window: not this one)
        from app.ui.smoke import run_smoke_test

        return run_smoke_test(args.smoke_report)
    # Records wait in memory until the window is on screen (an error opens the file at once).
    start_logging()
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    configure(app)
    app.setWindowIcon(about.app_icon())
    crash.install(attach_logging)  # a crash attaches the log file first, then says where
    # One counter per journal: a second launch brings the first to the front and exits.
    # The lock is taken now; the socket that answers later launches opens after the paint.
    instance = single_instance.guard(args.journal, listen=False)
    if instance is None:
        return 0
    settings = QSettings()
    private_settings(settings)
    # Before any window: the owner's text size and touch mode (no widget to re-polish yet).
    accessibility.apply_settings(settings)
    language = i18n.resolve(read(settings, schema.LANGUAGE))
    translators = i18n.install(app, language)
    window = MainWindow(
        lambda values, journal: open_counter(values, journal_path=args.journal, journal=journal),
        settings,
        training=True,
        locale=QLocale().name(),  # the default locale, set for the language above
        language=language,
        shop_name=read(settings, schema.SHOP_NAME),
        display_timeout=read(settings, schema.DISPLAY_TIMEOUT_S),
        full_screen_display=not args.windowed_display,
        store=secret_store,
        journal_path=args.journal,
        two_stage=True,  # the frame is painted first, the panes right after
    )
    about.add_help_menu(window)
    instance.raise_on_activation(window)
    window.show()
    # Once the window is on screen: answering later launches (QtNetwork), the log file
    # (logging.handlers) and the version (parsing pyproject.toml). (The probe's filter,
    # installed after, runs before this one.)
    # (Or after a second, for a window that is not painted: started minimised.)
    pending = [instance]

    def once() -> None:
        if pending:
            after_first_paint(pending.pop())

    FirstPaint(window, once)
    QTimer.singleShot(OPEN_UNPAINTED_MS, window, once)
    if args.startup_probe:
        probe_startup(window)
    code = app.exec()
    # Widgets go before the application object, not in the interpreter's final sweep.
    window.deleteLater()
    del window
    del translators
    return code
