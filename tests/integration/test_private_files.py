"""The log folder and files, and the settings file, are the user's own (as the journal is):
they name the shop, its accounts and its sales."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

import pytest

from app.logs import close_logging, ensure_private_file, setup_logging

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX permission bits")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_log_folder_and_files_are_private(tmp_path: Path) -> None:
    folder = tmp_path / "state" / "log"
    old = os.umask(0o022)
    try:
        path = setup_logging(folder)
        logging.getLogger("test").warning("a line")
        handler = next(h for h in logging.getLogger().handlers if getattr(h, "_esim_counter", 0))
        assert isinstance(handler, logging.handlers.RotatingFileHandler)
        handler.doRollover()
        logging.getLogger("test").warning("another line")
    finally:
        close_logging()
        os.umask(old)
    assert _mode(folder) == 0o700
    files = sorted(folder.iterdir())
    assert path in files and len(files) == 2
    assert all(_mode(f) == 0o600 for f in files), [oct(_mode(f)) for f in files]


def test_an_existing_public_log_is_made_private(tmp_path: Path) -> None:
    tmp_path.chmod(0o755)
    log = tmp_path / "esim-counter.log"
    log.write_text("old\n")
    log.chmod(0o644)
    setup_logging(tmp_path)
    close_logging()
    assert (_mode(tmp_path), _mode(log)) == (0o700, 0o600)


def test_settings_file_is_private(tmp_path: Path) -> None:
    path = tmp_path / "config" / "eSIM Counter" / "eSIM Counter.conf"
    old = os.umask(0o022)
    try:
        ensure_private_file(path)
    finally:
        os.umask(old)
    assert (_mode(path.parent), _mode(path)) == (0o700, 0o600)
