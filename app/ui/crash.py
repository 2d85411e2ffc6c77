"""What the clerk sees when something unexpected breaks: a plain message, never a stack
trace. The details go to the log file; Qt's own warnings go to the log too."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

log = logging.getLogger("esim_counter.crash")
qt_log = logging.getLogger("qt")

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def crash_message(log_path: Path | None) -> str:
    where = str(log_path) if log_path else "the log file"
    return QApplication.translate(
        "crash",
        "Something unexpected went wrong. Sales already recorded are safe.\n\n"
        "If it happens again, send this file to support: %1",
    ).replace("%1", where)


def install(log_path: Path | Callable[[], Path | None] | None) -> Callable[[], None]:
    """Route uncaught exceptions to the log and a dialog; route Qt messages to the log.

    ``log_path`` is the log file, or what attaches it and says where it is
    (``app.logs.attach_logging``: until the window shows, records wait in memory), called
    first so that the crash is written to the file before the dialog waits for the clerk.
    Returns a function that puts the previous hooks back.
    """

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        path: Path | None
        if callable(log_path):
            try:
                path = log_path()
            except Exception:  # no log file (a full disk): the dialog is still shown
                path = None
        else:
            path = log_path
        log.critical("uncaught exception", exc_info=(kind, value, tb))
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        if QApplication.instance() is not None:
            # Here, not at start-up: PySide makes QMessageBox's enums when it is first named.
            from PySide6.QtWidgets import QMessageBox

            box = QMessageBox(
                QMessageBox.Icon.Critical,
                QApplication.translate("crash", "eSIM Counter"),
                crash_message(path),
            )
            box.setObjectName("crashDialog")
            box.exec()

    def qt_handler(mode: QtMsgType, context: object, message: str) -> None:
        qt_log.log(_QT_LEVELS.get(mode, logging.WARNING), "%s", message)

    previous_hook = sys.excepthook
    sys.excepthook = hook
    previous_handler = qInstallMessageHandler(qt_handler)

    def uninstall() -> None:
        sys.excepthook = previous_hook
        qInstallMessageHandler(previous_handler)

    return uninstall
