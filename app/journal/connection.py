"""The journal's one SQLite connection: opened durable, migrated, and used under a lock.

Threads: one connection per journal, opened with ``check_same_thread=False`` and touched
only while holding a :class:`threading.Lock`. The sale worker and the poller share it;
every call is a short transaction, so waiting for the lock costs microseconds, and SQLite
would serialise writers anyway. Two journals on one file (two program windows, a report
tool) are safe too: each writes inside ``BEGIN IMMEDIATE`` and waits up to
:data:`BUSY_TIMEOUT_S` for the other.

Durability: WAL with ``synchronous=FULL`` (and ``fullfsync`` for macOS), so a transaction
is fsynced to the WAL before COMMIT returns; a sale written survives a crash or a power cut
at any later moment.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app.journal import schema
from app.journal.errors import JournalError

log = logging.getLogger(__name__)

BUSY_TIMEOUT_S = 10.0
MEMORY = ":memory:"


def _create_private(path: Path) -> None:
    """A new journal is readable by its user only: it holds activation codes, with which
    anyone could install a traveller's eSIM. SQLite gives its -wal and -shm files the
    same permissions. (On Windows the user's profile folder is already private.)"""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    if not path.exists():
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))


def _open(path: Path | str) -> sqlite3.Connection:
    try:
        if isinstance(path, Path):
            _create_private(path)
        return sqlite3.connect(
            path,
            timeout=BUSY_TIMEOUT_S,
            isolation_level=None,  # autocommit: every transaction is begun explicitly
            check_same_thread=False,  # guarded by Connection's lock instead
        )
    except (OSError, sqlite3.Error) as exc:
        raise JournalError(f"The sales journal cannot be opened at {path}: {exc}") from exc


def _configure(conn: sqlite3.Connection, in_memory: bool) -> None:
    # A journal from a newer program is refused before anything, even its journal mode,
    # is changed in the file.
    schema.check_not_newer(schema.current_version(conn), len(schema.MIGRATIONS))
    conn.execute("PRAGMA foreign_keys = ON")
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if mode.lower() != "wal" and not in_memory:
        # Network drives cannot do WAL; a rollback journal with FULL sync is still durable.
        log.warning("journal: WAL not available here, using %s", mode)
    conn.execute("PRAGMA synchronous = FULL")
    # macOS's fsync() leaves data in the drive's cache, lost at a power cut; F_FULLFSYNC
    # flushes it. Elsewhere these are accepted and change nothing.
    conn.execute("PRAGMA fullfsync = ON")
    conn.execute("PRAGMA checkpoint_fullfsync = ON")


class Connection:
    """A migrated connection with one transaction at a time, from any thread."""

    def __init__(self, path: Path | str) -> None:
        self.path: Path | str = MEMORY if str(path) == MEMORY else Path(path)
        self._lock = threading.Lock()
        conn = _open(self.path)
        try:
            conn.row_factory = sqlite3.Row
            _configure(conn, self.path == MEMORY)
            before = schema.migrate(conn)
        except BaseException as exc:
            conn.close()
            if isinstance(exc, sqlite3.Error):
                raise JournalError(f"The sales journal at {path} cannot be used: {exc}") from exc
            raise
        self._conn: sqlite3.Connection | None = conn
        if before != len(schema.MIGRATIONS):
            log.info("journal schema upgraded from %d to %d", before, len(schema.MIGRATIONS))

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            raise JournalError("The sales journal is closed.")
        return self._conn

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """One read transaction: a sale and its eSIMs come from the same snapshot even while
        another connection writes."""
        with self._lock:
            conn = self._connection()
            try:
                conn.execute("BEGIN")
                try:
                    yield conn
                finally:
                    if conn.in_transaction:
                        conn.execute("COMMIT")
            except sqlite3.Error as exc:
                raise JournalError(f"The sales journal cannot be read: {exc}") from exc

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One transaction, committed and fsynced when the block ends, else rolled back."""
        with self._lock:
            conn = self._connection()
            try:
                # IMMEDIATE takes the write lock up front, so a read-then-write transaction
                # never fails half-way because another writer came in between.
                conn.execute("BEGIN IMMEDIATE")
                try:
                    yield conn
                    conn.execute("COMMIT")
                except BaseException:
                    # SQLite may already have rolled back on its own (disk full, I/O error).
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
                    raise
            except sqlite3.Error as exc:
                raise JournalError(f"The sales journal cannot be written: {exc}") from exc

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None
