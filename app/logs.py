"""Logging to a rotating file in the platform's log directory.

Nothing secret is ever logged: credentials live in ``Secret`` objects that print as
``***``, and no module logs request headers or bodies.
"""

from __future__ import annotations

import contextlib
import io
import logging
import logging.handlers
import os
from pathlib import Path

import platformdirs

APP_NAME = "eSIM Counter"
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_dir() -> Path:
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


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Creates each log file 0600 (rotation renames files, keeping their mode)."""

    def _open(self) -> io.TextIOWrapper:
        descriptor = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        make_private(Path(self.baseFilename))  # a file made by an older version
        return os.fdopen(descriptor, "a", encoding=self.encoding, errors=self.errors)


def setup_logging(directory: Path | None = None, level: int = logging.INFO) -> Path:
    """Send the root logger to ``esim-counter.log`` (1 MB × 5 files); return its path."""
    folder = directory or log_dir()
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    make_private(folder, folder=True)
    path = folder / "esim-counter.log"
    for existing in folder.glob("esim-counter.log*"):
        make_private(existing)
    handler = PrivateRotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    root = logging.getLogger()
    root.setLevel(level)
    for old in [h for h in root.handlers if getattr(h, "_esim_counter", False)]:
        root.removeHandler(old)
        old.close()
    handler._esim_counter = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    # httpx logs every request at INFO; the journal is the record of sales, not the log.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    return path


def close_logging() -> None:
    """Detach and close the log file (tests, and the end of the program)."""
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "_esim_counter", False)]:
        root.removeHandler(handler)
        handler.close()
