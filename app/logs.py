"""Logging to a rotating file in the platform's log directory.

Nothing secret is ever logged: credentials live in ``Secret`` objects that print as
``***``, and no module logs request headers or bodies.

At start-up the records wait in memory (``start_logging``) and the file is attached once
the window is on screen (``attach_logging``): ``logging.handlers`` (socket, pickle) and
platformdirs cost more than a tenth of a bare window's start. An error does not wait: it
opens the file at once, with everything held before it; so does the program's end.
"""

from __future__ import annotations

import atexit
import contextlib
import io
import logging
import os
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import logging.handlers

APP_NAME = "eSIM Counter"
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
LOG_FILE = "esim-counter.log"
# Records held before the file is attached; a start-up never logs this many.
EARLY_CAPACITY = 10_000


def log_dir() -> Path:
    import platformdirs  # here, not at start-up: see the module's docstring

    return Path(platformdirs.user_log_dir(APP_NAME, APP_NAME))


def make_private(path: Path, *, folder: bool = False) -> None:
    """Readable by its user only (0700 folder, 0600 file), as the journal is: the log and
    the settings name the shop, its accounts and its sales. (Windows: the user's profile
    is already private; its permission bits mean nothing here.)"""
    if os.name == "nt":
        return
    with contextlib.suppress(FileNotFoundError):
        path.chmod(0o700 if folder else 0o600)


def ensure_private_file(path: Path) -> None:
    """Create ``path`` empty if missing, 0600 in a 0700 folder (POSIX only). Writers that
    replace the file (Qt's QSaveFile) keep the mode of the file they replace."""
    if os.name == "nt":
        return
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    make_private(path.parent, folder=True)
    if not path.exists():
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    make_private(path)


@cache
def _rotating_handler_class() -> type[logging.handlers.RotatingFileHandler]:
    """``PrivateRotatingFileHandler``, defined when first needed (it imports
    ``logging.handlers``)."""
    import logging.handlers

    class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
        """Creates each log file 0600 (rotation renames files, keeping their mode)."""

        def _open(self) -> io.TextIOWrapper:
            descriptor = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
            make_private(Path(self.baseFilename))  # a file made by an older version
            return os.fdopen(descriptor, "a", encoding=self.encoding, errors=self.errors)

    return PrivateRotatingFileHandler


def __getattr__(name: str) -> Any:  # the handler class, without importing it at start-up
    if name == "PrivateRotatingFileHandler":
        return _rotating_handler_class()
    raise AttributeError(name)


def _file_handler(directory: Path | None) -> tuple[logging.Handler, Path]:
    """The log file's handler (1 MB × 5 files) in ``directory`` (default: the platform's
    log folder), the folder and files made private first."""
    folder = directory or log_dir()
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    make_private(folder, folder=True)
    path = folder / LOG_FILE
    for existing in folder.glob(f"{LOG_FILE}*"):
        make_private(existing)
    handler_class = _rotating_handler_class()
    handler = handler_class(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    handler._esim_counter = True  # type: ignore[attr-defined]
    return handler, path


class EarlyLog(logging.Handler):
    """Holds the records logged before the log file is attached, then hands them and every
    later one to the file. An ERROR or worse opens the file at once."""

    def __init__(self, directory: Path | None) -> None:
        super().__init__()
        self.directory = directory
        self.records: list[logging.LogRecord] = []
        self.target: logging.Handler | None = None
        self.path: Path | None = None
        self._esim_counter = True

    def emit(self, record: logging.LogRecord) -> None:
        if self.target is None and record.levelno >= logging.ERROR:
            self.open_file()  # a crash must be on disk, not in this process's memory
        if self.target is not None:
            self.target.handle(record)
        elif len(self.records) < EARLY_CAPACITY:
            self.records.append(record)

    def open_file(self) -> Path:
        """Open the file (once) and write the records held so far to it."""
        with self.lock or contextlib.nullcontext():
            if self.target is None:
                self.target, self.path = _file_handler(self.directory)
                held, self.records = self.records, []
                for record in held:
                    self.target.handle(record)
        assert self.path is not None
        return self.path

    def close(self) -> None:
        if self.target is not None:
            self.target.close()
        super().close()


def _quiet_chatty_loggers(level: int) -> None:
    logging.getLogger().setLevel(level)
    # httpx logs every request at INFO; the journal is the record of sales, not the log.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)


def _replace_ours(handler: logging.Handler) -> None:
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_esim_counter", False)]:
        root.removeHandler(old)
        old.close()
    root.addHandler(handler)


def start_logging(directory: Path | None = None, level: int = logging.INFO) -> None:
    """Log to memory until ``attach_logging`` (after the first paint), an error, or the
    end of the program opens the file in ``directory`` (default: the platform's)."""
    _quiet_chatty_loggers(level)
    _replace_ours(EarlyLog(directory))
    atexit.register(attach_logging)  # a start that ends before the window still leaves a log


def attach_logging() -> Path | None:
    """Open the log file that ``start_logging`` held back, with the records held so far;
    from then on records go straight to the file. Returns the file's path (None when
    logging was not started)."""
    root = logging.getLogger()
    for handler in root.handlers:
        if isinstance(handler, EarlyLog):
            path = handler.open_file()
            assert handler.target is not None
            # One assignment: a thread logging meanwhile sees the old list (the early
            # handler forwards to the file) or the new one, never both or neither.
            root.handlers = [handler.target if h is handler else h for h in root.handlers]
            return path
        if getattr(handler, "_esim_counter", False) and hasattr(handler, "baseFilename"):
            return Path(handler.baseFilename)
    return None


def setup_logging(directory: Path | None = None, level: int = logging.INFO) -> Path:
    """Send the root logger to ``esim-counter.log`` (1 MB × 5 files) now; return its path."""
    handler, path = _file_handler(directory)
    _quiet_chatty_loggers(level)
    _replace_ours(handler)
    return path


def close_logging() -> None:
    """Detach and close the log file (tests, and the end of the program)."""
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "_esim_counter", False)]:
        root.removeHandler(handler)
        handler.close()
