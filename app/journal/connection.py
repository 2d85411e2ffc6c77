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

import errno
import logging
import os
import shutil
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app.journal import schema
from app.journal.errors import (
    JournalDamagedError,
    JournalDiskFullError,
    JournalError,
    JournalUnwritableError,
)

log = logging.getLogger(__name__)

BUSY_TIMEOUT_S = 10.0
MEMORY = ":memory:"
SQLITE_HEADER = b"SQLite format 3\x00"
# An I/O error with less than this free on the journal's disk is a full disk: SQLite says
# "disk I/O error" when it cannot grow its -shm file, which would send the clerk hunting
# for a broken drive.
LOW_SPACE_BYTES = 1 << 20
_UNWRITABLE = ("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM", "SQLITE_AUTH")
_DAMAGED = ("SQLITE_NOTADB", "SQLITE_CORRUPT")


def _low_on_space(path: Path | str) -> bool:
    if not isinstance(path, Path):
        return False
    try:
        return shutil.disk_usage(path.parent).free < LOW_SPACE_BYTES
    except OSError:
        return False


def classify(exc: sqlite3.Error | OSError, path: Path | str, doing: str) -> JournalError:
    """The journal error a clerk can act on for what SQLite (or the OS) reported."""
    if isinstance(exc, OSError):
        name = {errno.ENOSPC: "SQLITE_FULL", errno.EROFS: "SQLITE_READONLY"}.get(
            exc.errno or 0, "SQLITE_PERM" if isinstance(exc, PermissionError) else ""
        )
    else:
        name = getattr(exc, "sqlite_errorname", "") or ""
    if name.startswith("SQLITE_FULL") or (name.startswith("SQLITE_IOERR") and _low_on_space(path)):
        return JournalDiskFullError()
    if isinstance(path, Path):
        if name.startswith(_UNWRITABLE):
            return JournalUnwritableError(path, str(exc))
        if name.startswith(_DAMAGED):
            return JournalDamagedError(path, str(exc))
    return JournalError(f"The sales journal at {path} cannot be {doing}: {exc}")


def _create_private(path: Path) -> None:
    """A new journal is readable by its user only: it holds activation codes, with which
    anyone could install a traveller's eSIM. SQLite gives its -wal and -shm files the
    same permissions. (On Windows the user's profile folder is already private.)"""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    if not path.exists():
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))


def _check_header(path: Path) -> None:
    """Refuse a file that is not SQLite before SQLite touches it (it would write a WAL
    switch into it). An empty file is a journal not yet created."""
    try:
        with path.open("rb") as file:
            head = file.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return
    except OSError as exc:
        raise classify(exc, path, "opened") from exc
    if head and head != SQLITE_HEADER:
        raise JournalDamagedError(path, "not an SQLite database")


def _open(path: Path | str) -> sqlite3.Connection:
    try:
        if isinstance(path, Path):
            _check_header(path)
            _create_private(path)
        return sqlite3.connect(
            path,
            timeout=BUSY_TIMEOUT_S,
            isolation_level=None,  # autocommit: every transaction is begun explicitly
            check_same_thread=False,  # guarded by Connection's lock instead
        )
    except (OSError, sqlite3.Error) as exc:
        raise classify(exc, path, "opened") from exc


def _check_intact(conn: sqlite3.Connection, path: Path) -> None:
    """Before anything is written: the file is sound and its tables are ours.

    ``quick_check`` reads every page once (well under a second for years of sales)."""
    result = [row[0] for row in conn.execute("PRAGMA quick_check").fetchall()]
    if result != ["ok"]:
        raise JournalDamagedError(path, f"integrity check: {'; '.join(map(str, result[:3]))}")
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    version = schema.current_version(conn)
    if (version == 0 and tables) or (version > 0 and not {"sales", "esims"} <= tables):
        raise JournalDamagedError(path, "its tables are not those of a sales journal")


def _probe_writable(conn: sqlite3.Connection) -> None:
    """Write inside a transaction that is rolled back: a read-only file, a read-only
    folder (WAL must create its -wal file there) or a missing permission shows now, at
    start-up, instead of after the clerk took payment."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute(f"PRAGMA user_version = {schema.current_version(conn):d}")
    finally:
        _rollback(conn)


def _rollback(conn: sqlite3.Connection) -> None:
    """Roll back if a transaction is still open; SQLite may have done so on its own
    (disk full, I/O error), and a failing ROLLBACK must not hide the error that caused it."""
    if conn.in_transaction:
        try:
            conn.execute("ROLLBACK")
        except sqlite3.Error as exc:
            log.warning("journal: rollback failed: %s", exc)


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
            if isinstance(self.path, Path):
                schema.check_not_newer(schema.current_version(conn), len(schema.MIGRATIONS))
                _check_intact(conn, self.path)
            _configure(conn, self.path == MEMORY)
            before = schema.migrate(conn)
            _probe_writable(conn)
        except BaseException as exc:
            conn.close()
            if isinstance(exc, sqlite3.Error):
                raise classify(exc, self.path, "used") from exc
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
                raise classify(exc, self.path, "read") from exc

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
                    _rollback(conn)
                    raise
            except sqlite3.Error as exc:
                # Nothing stays half-done: the next write, once space is freed or the
                # folder fixed, starts a fresh transaction on the same connection.
                raise classify(exc, self.path, "written") from exc

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None
