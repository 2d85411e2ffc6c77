"""The log at start-up: records wait in memory until the window is on screen, then go to
the file in order; an error, or the program ending first, opens the file at once."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.logs import EarlyLog, attach_logging, close_logging, start_logging

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def folder(tmp_path: Path) -> Iterator[Path]:
    yield tmp_path / "log"
    close_logging()


def _lines(folder: Path) -> list[str]:
    return (folder / "esim-counter.log").read_text(encoding="utf-8").splitlines()


def test_records_wait_in_memory_then_go_to_the_file_in_order(folder: Path) -> None:
    start_logging(folder)
    logging.getLogger("test.early").info("before the window")
    logging.getLogger("test.early").warning("still before")
    assert not folder.exists()  # nothing on disk yet: no file, no folder
    assert attach_logging() == folder / "esim-counter.log"
    logging.getLogger("test.early").info("after the window")
    lines = _lines(folder)
    assert [line.split(": ", 1)[1] for line in lines] == [
        "before the window",
        "still before",
        "after the window",
    ]
    # The file handler itself now sits on the root logger, the early one is gone.
    ours = [h for h in logging.getLogger().handlers if getattr(h, "_esim_counter", False)]
    assert len(ours) == 1 and not isinstance(ours[0], EarlyLog)
    assert attach_logging() == folder / "esim-counter.log"  # twice: the same file


def test_an_error_before_the_window_opens_the_file_at_once(folder: Path) -> None:
    start_logging(folder)
    logging.getLogger("test.early").info("the start")
    try:
        raise RuntimeError("broken before the window")
    except RuntimeError:
        logging.getLogger("test.early").exception("it broke")
    text = (folder / "esim-counter.log").read_text(encoding="utf-8")
    assert "the start" in text and "it broke" in text
    assert "RuntimeError: broken before the window" in text
    logging.getLogger("test.early").info("later")  # straight on, before any attach
    assert _lines(folder)[-1].endswith("later")


PROGRAM = """
import logging, sys
from pathlib import Path
from app.logs import start_logging
start_logging(Path(sys.argv[1]))
logging.getLogger("early").info("already running: exiting before any window")
"""


def test_a_start_that_ends_before_the_window_still_leaves_its_log(tmp_path: Path) -> None:
    folder = tmp_path / "log"
    done = subprocess.run(
        [sys.executable, "-c", PROGRAM, str(folder)],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "exiting before any window" in _lines(folder)[-1]
