"""A crash before the log file is attached: the hook attaches it first, so the details
are on disk and the dialog names the file."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from app.logs import attach_logging, close_logging, start_logging
from app.ui import crash


def test_a_crash_before_the_first_paint_reaches_the_file(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "log"
    start_logging(folder)
    on_disk: list[bool] = []

    def dialog(box: QMessageBox) -> int:
        # While the clerk reads the message, the details are already in the file.
        log = folder / "esim-counter.log"
        on_disk.append(log.exists() and "0xBEEF" in log.read_text(encoding="utf-8"))
        shown.append(box.text())
        return 0

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", dialog)
    uninstall = crash.install(attach_logging)
    try:
        try:
            raise RuntimeError("wiring fault 0xBEEF")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    finally:
        uninstall()
        close_logging()
    (message,) = shown
    assert str(folder / "esim-counter.log") in message
    assert "0xBEEF" not in message
    assert on_disk == [True]
