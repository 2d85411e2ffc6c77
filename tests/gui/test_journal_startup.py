"""A journal the counter cannot use at start-up, with real files and the real window: an
unwritable place says where it is and what to do and never says "Ready."; a damaged file
is left untouched and can be replaced by a backup or by a new journal."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

import app.journal
from app.journal import Journal
from app.startup import open_counter
from app.ui.app import configure
from app.ui.journal_problem import DAMAGED, UNWRITABLE
from app.ui.main_window import MainWindow

WAIT = 15000
GARBAGE = b"this is not a sales journal\x00" * 200

Make = Callable[[Path], MainWindow]


@pytest.fixture
def make_window(qtbot: QtBot, qapp: QApplication, tmp_path: Path) -> Iterator[Make]:
    configure(qapp)
    made: list[MainWindow] = []

    def make(path: Path) -> MainWindow:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(
            lambda values, journal: open_counter(values, journal_path=path, journal=journal),
            settings,
            training=True,
            full_screen_display=False,
            journal_path=path,
        )
        qtbot.addWidget(window)
        window.show()
        made.append(window)
        return window

    yield make
    for window in made:
        journal = window._journal
        window.close()
        if journal is not None:
            journal.close()  # type: ignore[attr-defined]


def _prompt_for(qtbot: QtBot, window: MainWindow, problem: str) -> None:
    qtbot.waitUntil(lambda: window.journal_prompt is not None, timeout=WAIT)
    prompt = window.journal_prompt
    assert prompt is not None and prompt.problem == problem
    qtbot.waitUntil(prompt.isVisible)
    assert window.counter is None
    assert not window.sell_panel.sell_button.isEnabled()
    assert window.statusBar().currentMessage() != "Ready."
    assert not window.banner.isHidden() and "TRAINING" not in window.banner.text()


def test_a_journal_that_cannot_be_written_says_where_and_what_to_do(
    qtbot: QtBot, make_window: Make, tmp_path: Path
) -> None:
    # A data "folder" that is a file: no user, not even root, can create the journal in it.
    blocker = tmp_path / "data"
    blocker.write_text("not a folder", encoding="utf-8")
    path = blocker / "journal.sqlite3"
    window = make_window(path)
    _prompt_for(qtbot, window, UNWRITABLE)
    prompt = window.journal_prompt
    assert prompt is not None
    assert str(path) in window.banner.text() and "cannot be written" in window.banner.text()
    assert str(blocker) in prompt.text.text()  # the folder to fix
    assert "Traceback" not in prompt.text.text() and "Errno" not in prompt.text.text()
    # Fixed (the file moved away, a folder in its place); Try again opens the counter.
    blocker.unlink()
    blocker.mkdir()
    qtbot.mouseClick(prompt.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.counter is not None, timeout=WAIT)
    assert window.journal_prompt is None and path.exists()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes anyway")
def test_a_read_only_data_folder_is_found_at_start_up(
    qtbot: QtBot, make_window: Make, tmp_path: Path
) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "journal.sqlite3"
    Journal(path).close()
    path.chmod(0o400)
    folder.chmod(0o500)
    try:
        window = make_window(path)
        _prompt_for(qtbot, window, UNWRITABLE)
        assert str(path) in window.banner.text()
    finally:
        folder.chmod(0o700)
        path.chmod(0o600)


def _damaged(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "journal.sqlite3"
    path.write_bytes(GARBAGE)
    return path


def test_a_damaged_journal_is_named_and_left_untouched(
    qtbot: QtBot, make_window: Make, tmp_path: Path
) -> None:
    path = _damaged(tmp_path)
    window = make_window(path)
    _prompt_for(qtbot, window, DAMAGED)
    prompt = window.journal_prompt
    assert prompt is not None
    text = prompt.text.text()
    assert f"The sales journal at {path} is damaged. It was left untouched." in text
    assert "catalogue" not in window.picker.status.text().lower()
    assert prompt.restore_button.isVisible() and prompt.new_button.isVisible()
    assert path.read_bytes() == GARBAGE


needs_set_aside = pytest.mark.skipif(
    not hasattr(app.journal, "set_aside"), reason="app.journal.set_aside (helper B) not merged"
)


def _kept_files(path: Path) -> list[Path]:
    return [p for p in path.parent.iterdir() if p != path and p.read_bytes() == GARBAGE]


@needs_set_aside
def test_start_a_new_journal_keeps_the_damaged_one(
    qtbot: QtBot, make_window: Make, tmp_path: Path
) -> None:
    path = _damaged(tmp_path)
    window = make_window(path)
    _prompt_for(qtbot, window, DAMAGED)
    prompt = window.journal_prompt
    assert prompt is not None
    qtbot.mouseClick(prompt.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.counter is not None, timeout=WAIT)
    assert len(_kept_files(path)) == 1
    assert path.read_bytes() != GARBAGE


@needs_set_aside
def test_restore_a_backup_keeps_the_damaged_one(
    qtbot: QtBot, make_window: Make, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    backup = tmp_path / "backup.sqlite3"
    Journal(backup).close()
    path = _damaged(tmp_path)
    window = make_window(path)
    _prompt_for(qtbot, window, DAMAGED)
    prompt = window.journal_prompt
    assert prompt is not None
    # A garbage "backup" is refused, and nothing changes.
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(GARBAGE)
    chosen = iter([bad, backup])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(next(chosen)), ""))
    qtbot.mouseClick(prompt.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "did not work" in prompt.message.text(), timeout=WAIT)
    assert path.read_bytes() == GARBAGE
    qtbot.mouseClick(prompt.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.counter is not None, timeout=WAIT)
    assert len(_kept_files(path)) == 1
    assert path.read_bytes()[:16] == b"SQLite format 3\x00"
