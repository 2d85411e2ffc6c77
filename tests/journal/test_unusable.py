"""A journal that cannot be used is found when it is opened, with an error that says what
to do: unwritable (read-only file or folder, no permission), damaged (not SQLite, corrupt,
not our tables; left untouched, then set aside), disk full (and working again once freed)."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest

from app.journal import (
    Journal,
    JournalDamagedError,
    JournalDiskFullError,
    JournalError,
    JournalUnwritableError,
    set_aside,
)

from .factories import order, raw_db

NOBODY = 65534
IS_ROOT = os.geteuid() == 0


# -- unwritable ---------------------------------------------------------------------------


@pytest.fixture
def folder() -> Iterator[Path]:
    """A data folder the user who opens the journal owns. Root ignores file permissions,
    so as root the journal is opened by a forked child running as ``nobody``."""
    base = Path(tempfile.mkdtemp(prefix="esim-journal-"))
    base.chmod(0o755)
    data = base / "data"
    data.mkdir(mode=0o700)
    if IS_ROOT:
        os.chown(data, NOBODY, NOBODY)
    yield data
    for path in (base, data, *data.iterdir()):
        path.chmod(0o700)
    shutil.rmtree(base)


def open_as_owner(path: Path) -> str:
    """Open the journal as the folder's owner: the error's class name, or "ok"."""
    if not IS_ROOT:
        return _try_open(path)
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        try:
            os.close(read)
            os.setgid(NOBODY)
            os.setuid(NOBODY)
            os.write(write, _try_open(path).encode())
        finally:
            os._exit(0)
    os.close(write)
    with os.fdopen(read) as answer:
        result = answer.read()
    os.waitpid(pid, 0)
    return result


def _try_open(path: Path) -> str:
    try:
        with Journal(path) as journal:
            journal.record_submitting(order())
    except JournalError as exc:
        return f"{type(exc).__name__}: {exc.message}"
    return "ok"


def _made(folder: Path) -> Path:
    path = folder / "journal.sqlite3"
    with Journal(path) as journal:
        journal.record_submitting(order())
    if IS_ROOT:
        os.chown(path, NOBODY, NOBODY)
    return path


UNWRITABLE: dict[str, Callable[[Path], None]] = {
    "read-only file": lambda path: path.chmod(0o444),
    "read-only folder": lambda path: path.parent.chmod(0o500),
    "no permission": lambda path: path.chmod(0o000),
}


@pytest.mark.parametrize("case", list(UNWRITABLE))
def test_an_unwritable_journal_is_refused_when_opened(folder: Path, case: str) -> None:
    path = _made(folder)
    assert open_as_owner(path) == "ok"
    UNWRITABLE[case](path)
    result = open_as_owner(path)
    assert result.startswith("JournalUnwritableError: "), result
    assert str(folder) in result and "writable" in result


def test_a_new_journal_in_a_read_only_folder_is_refused(folder: Path) -> None:
    folder.chmod(0o500)
    result = open_as_owner(folder / "journal.sqlite3")
    assert result.startswith("JournalUnwritableError: "), result


def test_unwritable_error_carries_the_path(tmp_path: Path) -> None:
    error = JournalUnwritableError(tmp_path / "j.sqlite3")
    assert error.path == tmp_path / "j.sqlite3" and isinstance(error, JournalError)


# -- damaged ------------------------------------------------------------------------------


def _untouched(path: Path, opening: Callable[[], object]) -> JournalDamagedError:
    before = path.read_bytes()
    with pytest.raises(JournalDamagedError) as raised:
        opening()
    assert path.read_bytes() == before, "a damaged journal is left exactly as it was"
    assert not Path(f"{path}-wal").exists()
    assert raised.value.path == path
    return raised.value


def test_a_file_that_is_not_sqlite_is_damaged_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    path.write_bytes(b"PK\x03\x04 this is a zip file, not a journal" * 40)
    error = _untouched(path, lambda: Journal(path))
    assert "not a usable sales journal" in error.message and "Set it aside" in error.message


def test_a_corrupt_journal_is_damaged_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    with Journal(path) as journal:
        for _ in range(200):
            journal.record_submitting(order())
    data = bytearray(path.read_bytes())
    assert len(data) > 8 * 4096
    data[2 * 4096 : 6 * 4096] = b"\xa5" * (4 * 4096)  # index and table pages overwritten
    path.write_bytes(bytes(data))
    _untouched(path, lambda: Journal(path))


def test_another_programs_database_is_damaged_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    with raw_db(path) as other:
        other.execute("CREATE TABLE contacts (name TEXT)")
    _untouched(path, lambda: Journal(path))


def test_set_aside_keeps_the_damaged_file_and_a_new_journal_starts(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    garbage = b"garbage" * 100
    path.write_bytes(garbage)
    Path(f"{path}-wal").write_bytes(b"wal")
    with pytest.raises(JournalDamagedError):
        Journal(path)
    moved = set_aside(path, now=datetime(2026, 12, 1, 3, 4, 5))
    assert moved == tmp_path / "journal.damaged-20261201-030405.sqlite3"
    assert moved.read_bytes() == garbage
    assert Path(f"{moved}-wal").read_bytes() == b"wal"
    assert not path.exists() and not Path(f"{path}-wal").exists()
    with Journal(path) as fresh:
        fresh.record_submitting(order())
        assert len(fresh.unresolved()) == 1
    # A second one in the same second does not overwrite the first.
    path.write_bytes(b"more garbage")
    again = set_aside(path, now=datetime(2026, 12, 1, 3, 4, 5))
    assert again != moved and moved.read_bytes() == garbage


# -- disk full ----------------------------------------------------------------------------


def _limit_pages(journal: Journal, extra: int | None) -> None:
    """SQLite's own page limit reports SQLITE_FULL exactly as a full disk does; lifting
    it is "freeing space". (A test seam only: the raw connection is not public.)"""
    conn = journal._db._conn
    assert conn is not None
    if extra is None:
        conn.execute("PRAGMA max_page_count = 1073741823")
        return
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages + extra:d}")


def test_disk_full_is_said_and_selling_resumes_once_space_is_freed(tmp_path: Path) -> None:
    with Journal(tmp_path / "journal.sqlite3") as journal:
        journal.record_submitting(order())
        _limit_pages(journal, 0)
        big = order(clerk="x" * 20_000)
        with pytest.raises(JournalDiskFullError) as raised:
            journal.record_submitting(big)
        assert "disk" in raised.value.message and "full" in raised.value.message
        assert journal.get(big.reference) is None, "nothing half-written"
        _limit_pages(journal, None)
        journal.record_submitting(big)
        stored = [o.reference for o in journal.unresolved()]
        assert big.reference in stored and len(stored) == 2


TMPFS_OK = IS_ROOT and shutil.which("mount") is not None


@pytest.fixture
def tiny_disk() -> Iterator[Path]:
    """A real 2 MiB tmpfs (needs root; skipped otherwise)."""
    if not TMPFS_OK:
        pytest.skip("mounting a tmpfs needs root")
    where = Path(tempfile.mkdtemp(prefix="esim-full-"))
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(where)], check=False
    )
    if mounted.returncode != 0:
        where.rmdir()
        pytest.skip("this machine does not allow mounting a tmpfs")
    yield where
    subprocess.run(["umount", str(where)], check=True)
    where.rmdir()


def _fill(disk: Path) -> Path:
    pad = disk / "pad"
    fd = os.open(pad, os.O_CREAT | os.O_WRONLY | os.O_APPEND)
    try:
        while True:
            os.write(fd, b"\0" * 512)
    except OSError:
        pass
    finally:
        os.close(fd)
    return pad


def test_a_real_full_disk_then_freed(tiny_disk: Path) -> None:
    with Journal(tiny_disk / "journal.sqlite3") as journal:
        first = order()
        journal.record_submitting(first)
        pad = _fill(tiny_disk)
        with pytest.raises(JournalDiskFullError):
            for _ in range(50):
                journal.record_submitting(order(clerk="y" * 5000))
        pad.unlink()
        after = order()
        journal.record_submitting(after)
        first.mark_unknown()
        journal.record_outcome(first)
        assert after.reference in {o.reference for o in journal.unresolved()}


def test_opening_on_a_full_disk_says_the_disk_is_full(tiny_disk: Path) -> None:
    _fill(tiny_disk)
    with pytest.raises(JournalDiskFullError):
        Journal(tiny_disk / "journal.sqlite3")
