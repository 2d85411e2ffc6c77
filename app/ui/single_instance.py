"""One counter per journal: a second launch brings the running window to the front.

Two counters on one sales journal would each believe they own it (two pollers, two
start-up reconciliations, two clerks selling from one wallet), so the first counter on a
journal holds a lock file for as long as it runs, and listens on a local socket (a named
pipe on Windows, a Unix socket elsewhere) whose name is derived from the user and the
journal's path. A later launch on the same journal finds the lock taken, connects, asks
the running counter to come to the front, waits for its answer and exits. A launch on
another journal (``--journal``) is another counter and starts normally.

The lock (QtCore's ``QLockFile``) is what keeps two counters off one journal: it is taken
before the window is built, and a lock left by a crashed counter (its process is gone) is
taken over. The socket only brings the running counter forward, so the program listens
once its window is on screen (``listen``): QtNetwork is imported then, or at once by a
second launch that has someone to call.
"""

from __future__ import annotations

import logging
import os
import sys
import time
import weakref
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QDir,
    QLockFile,
    QObject,
    QSettings,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from app import settings_schema as schema
from app.places import default_journal_path
from app.ui.lazy_qt import Qt  # (raising the window: never before the first paint)
from app.ui.settings_store import read

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket
    from PySide6.QtWidgets import QMessageBox

try:  # the builtin module: hashlib would load OpenSSL's before the window shows
    from _sha256 import sha256  # type: ignore[import-not-found]  # no stubs: private module
except ImportError:  # pragma: no cover - Python 3.12 renamed it
    from hashlib import sha256

log = logging.getLogger(__name__)

ACTIVATE = b"activate\n"
ANSWER = b"ok\n"
TIMEOUT_MS = 2000
# A counter that holds the lock but does not listen yet is still starting: how long a
# second launch keeps calling it.
STARTING_MS = 10000
# How long a second launch says so before it exits on its own.
NOTICE_SECONDS = 5


def server_name(journal: Path) -> str:
    """The socket name of the counter on ``journal``: per user, per journal, short."""
    try:
        user = _user()
    except Exception:  # no user name in the environment: the home folder identifies them
        user = str(Path.home())
    where = os.path.normcase(str(journal.expanduser().resolve()))
    digest = sha256(f"{user}\0{where}".encode()).hexdigest()[:16]
    return f"esim-counter-{digest}"


def _user() -> str:
    """``getpass.getuser()``, the same answer without importing getpass (and termios)
    before the window shows."""
    for variable in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        if user := os.environ.get(variable):
            return user
    import pwd  # POSIX only: elsewhere the caller falls back on the home folder

    return pwd.getpwuid(os.getuid())[0]


def _allow_foreground() -> None:
    """Windows only lets the foreground process raise a window; the second launch is in
    the foreground (the clerk just started it), so it lends that right to the first."""
    if sys.platform == "win32":
        import ctypes

        asfw_any = -1  # ASFW_ANY: any process may take the foreground
        ctypes.windll.user32.AllowSetForegroundWindow(asfw_any)


def bring_to_front(window: QWidget) -> None:
    """Show ``window`` un-minimised, raised and active (or at least flashing)."""
    if window.isMinimized():
        window.setWindowState(
            (window.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive
        )
    window.show()
    window.raise_()
    window.activateWindow()
    QApplication.alert(window)  # the taskbar or dock flashes where activation is refused
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "SingleInstance", "eSIM Counter was started again: this is the one already open."
            ),
            15000,
        )


def already_running_notice(answered: bool, seconds: int = NOTICE_SECONDS) -> QMessageBox:
    """What a second launch shows, so a double-click never seems to do nothing (a window
    system may refuse to bring the running counter forward). It closes itself."""
    if answered:
        text = QCoreApplication.translate(
            "SingleInstance",
            "eSIM Counter is already open. Its window has been brought to the front; if you "
            "do not see it, click it on the taskbar.",
        )
    else:
        text = QCoreApplication.translate(
            "SingleInstance",
            "eSIM Counter is already open but is not answering. Wait a moment; if its "
            "window does not come back, close it from the taskbar and start it again.",
        )
    # Here: the first counter never needs it, and PySide makes its enums when first named.
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Information, "eSIM Counter", text)
    box.setObjectName("alreadyRunning")
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    QTimer.singleShot(seconds * 1000, box, box.accept)
    return box


def _tell_the_clerk(answered: bool) -> None:
    app = QCoreApplication.instance()
    if not isinstance(app, QApplication):  # no screen to say it on (tests, --smoke-test)
        return
    from app.ui import i18n

    language = i18n.resolve(read(QSettings(), schema.LANGUAGE))
    translators = i18n.install(app, language)
    try:
        already_running_notice(answered).exec()
    finally:
        i18n.uninstall(app, translators)


class SingleInstance(QObject):
    """Claim a journal for this process, or hand over to the counter already on it."""

    activated = Signal()  # a second launch asked this counter to come to the front

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.server: QLocalServer | None = None
        self.answered = False  # a second launch: whether the running counter said so
        self._lock: QLockFile | None = None

    def claim(self, timeout_ms: int = TIMEOUT_MS) -> bool:
        """True: this process is the counter and now listens. False: a counter already
        runs on this journal, was asked to come to the front, and this one should exit."""
        if self.lock(timeout_ms):
            self.listen()
            return True
        return False

    def lock(self, timeout_ms: int = TIMEOUT_MS) -> bool:
        """Take the journal's lock, held until the process ends (True), without listening
        yet (``listen``). False: a counter already runs on it; it was asked to come to the
        front (``answered`` says whether it did), and this one should exit."""
        held = QLockFile(QDir(QDir.tempPath()).filePath(f"{self.name}.lock"))
        held.setStaleLockTime(0)  # stale only when its process is gone, however old
        if held.tryLock(0):
            self._lock = held
            return True
        self._hand_over(timeout_ms)
        return False

    def listen(self) -> None:
        """Answer later launches (once the window is on screen: this loads QtNetwork)."""
        if self.server is None and self._lock is not None:
            self._listen()

    def raise_on_activation(self, window: QWidget) -> None:
        """Bring ``window`` to the front whenever a later launch asks. The window is held
        weakly: it goes when its owner lets it go, not when this object does."""
        ref = weakref.ref(window)

        def activate() -> None:
            if (target := ref()) is not None:
                bring_to_front(target)

        self.activated.connect(activate)

    def close(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    # -- the second launch ------------------------------------------------------------

    def _hand_over(self, timeout_ms: int) -> None:
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        # The lock's holder may still be starting (it listens once its window shows).
        deadline = time.monotonic() + max(timeout_ms, STARTING_MS) / 1000
        while True:
            socket.connectToServer(self.name)
            if socket.waitForConnected(timeout_ms):
                break
            if time.monotonic() >= deadline:
                log.warning("the counter on %s holds its lock but does not listen", self.name)
                self.answered = False
                return
            time.sleep(0.1)
        _allow_foreground()
        socket.write(ACTIVATE)
        socket.waitForBytesWritten(timeout_ms)
        answered = False
        while socket.waitForReadyRead(timeout_ms) or socket.canReadLine():
            if socket.canReadLine():
                answered = bytes(socket.readLine().data()) == ANSWER
                break
        self.answered = answered
        if not answered:
            # Connected but silent: the counter is there but busy or stuck. Opening a
            # second one on its journal would still be wrong.
            log.warning("the counter on %s did not answer; not starting a second", self.name)
        socket.disconnectFromServer()

    # -- the first launch -------------------------------------------------------------

    def _listen(self) -> None:
        from PySide6.QtNetwork import QLocalServer

        QLocalServer.removeServer(self.name)  # a socket file left by a crash; no one answered
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            # Selling matters more than the guard: run, and say so in the log.
            log.warning("cannot listen on %s: %s", self.name, server.errorString())
            return
        server.newConnection.connect(self._on_connection)
        self.server = server
        log.info("listening on %s for later launches", self.name)

    def _on_connection(self) -> None:
        server = self.server
        while server is not None and server.hasPendingConnections():
            connection = server.nextPendingConnection()
            connection.readyRead.connect(lambda c=connection: self._read(c))
            connection.disconnected.connect(connection.deleteLater)
            self._read(connection)  # the request may already be there

    def _read(self, connection: QLocalSocket) -> None:
        if not connection.canReadLine():
            return
        if bytes(connection.readLine().data()) == ACTIVATE:
            connection.write(ANSWER)
            connection.flush()
            log.info("a second launch asked this counter to come to the front")
            self.activated.emit()


def guard(journal: Path | None, *, listen: bool = True) -> SingleInstance | None:
    """Claim ``journal`` (default: the shop's) for this process: the SingleInstance to
    keep, or None when a counter already runs on it and was asked to come to the front.
    ``listen=False``: the caller calls ``listen()`` once its window is on screen."""
    if journal is None:
        journal = default_journal_path()  # not the journal's own: that loads SQLite
    instance = SingleInstance(server_name(journal))
    if instance.lock():
        if listen:
            instance.listen()
        return instance
    if instance.answered:
        message = "eSIM Counter is already running on this journal: brought it to the front."
    else:
        message = "eSIM Counter is already running on this journal but did not answer."
    log.info(message)
    if sys.stdout is not None:  # a Windows GUI build has none
        print(message, flush=True)
    _tell_the_clerk(instance.answered)
    return None
