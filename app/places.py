"""Where the shop's files live by default. Qt-free and light (platformdirs only): the window
finds the journal's place for its single-instance lock before it shows, without loading
the journal itself (SQLite and the journal's modules load in the worker that opens it)."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "eSIM Counter"
JOURNAL_FILE = "journal.sqlite3"


def default_journal_path() -> Path:
    """The per-user data folder of the platform, and the journal's file in it."""
    return Path(platformdirs.user_data_dir(APP_NAME, APP_NAME)) / JOURNAL_FILE
