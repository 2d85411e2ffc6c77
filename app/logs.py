"""Logging to a rotating file in the platform's log directory.

Nothing secret is ever logged: credentials live in ``Secret`` objects that print as
``***``, and no module logs request headers or bodies.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

import platformdirs

APP_NAME = "eSIM Counter"
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, APP_NAME))


def setup_logging(directory: Path | None = None, level: int = logging.INFO) -> Path:
    """Send the root logger to ``esim-counter.log`` (1 MB × 5 files); return its path."""
    folder = directory or log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "esim-counter.log"
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
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
