"""The settings file stays the user's own after Qt rewrites it."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from app.ui.app import private_settings

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX permission bits")


def test_settings_file_is_private_and_stays_so(tmp_path: Path) -> None:
    path = tmp_path / "eSIM Counter" / "eSIM Counter.ini"
    old = os.umask(0o022)
    try:
        settings = QSettings(str(path), QSettings.Format.IniFormat)
        private_settings(settings)
        settings.setValue("shop/name", "Kiosk 4")
        settings.sync()
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert "Kiosk 4" in path.read_text()
