"""Opening a journal: settings, migrations up from older files, refusal of newer ones."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from app.journal import Journal, JournalError, default_path, schema
from app.journal import journal as journal_module

from .factories import order, raw_db

LATEST = len(schema.MIGRATIONS)


def _version(path: Path) -> int:
    with raw_db(path) as raw:
        return raw.execute("PRAGMA user_version").fetchone()[0]


def _columns(path: Path, table: str = "sales") -> set[str]:
    with raw_db(path) as raw:
        return {row[1] for row in raw.execute(f"PRAGMA table_info({table})")}


def test_a_new_journal_is_created_with_its_folders(journal_path: Path) -> None:
    assert not journal_path.parent.exists()
    with Journal(journal_path):
        pass
    assert journal_path.exists()
    assert _version(journal_path) == LATEST
    assert {"reference", "price_amount", "resolved_at"} <= _columns(journal_path)
    assert {"iccid", "activation_code", "raw_code"} <= _columns(journal_path, "esims")


def test_the_connection_is_durable(journal: Journal) -> None:
    conn = journal._db._conn
    assert conn is not None
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA fullfsync").fetchone()[0] == 1


def test_every_search_path_has_an_index(journal_path: Path) -> None:
    with Journal(journal_path):
        pass
    with raw_db(journal_path) as raw:
        indexed = {
            (row[0], raw.execute(f"PRAGMA index_info({row[1]})").fetchone()[2])
            for row in raw.execute(
                "SELECT tbl_name, name FROM sqlite_master WHERE type = 'index'"
            ).fetchall()
        }
    for needed in [
        ("sales", "status"),
        ("sales", "created_at"),
        ("sales", "provider_order_id"),
        ("sales", "destination_code"),
        ("esims", "iccid_search"),
    ]:
        assert needed in indexed


def test_an_empty_version_0_file_is_upgraded(journal_path: Path) -> None:
    journal_path.parent.mkdir(parents=True)
    with raw_db(journal_path) as raw:
        raw.execute("CREATE TABLE scratch (x)")
        raw.execute("DROP TABLE scratch")
    assert _version(journal_path) == 0
    with Journal(journal_path) as journal:
        journal.record_submitting(order())
    assert _version(journal_path) == LATEST


def test_reopening_runs_no_migration_twice(journal_path: Path) -> None:
    sale = order()
    with Journal(journal_path) as journal:
        journal.record_submitting(sale)
    with Journal(journal_path) as journal:
        assert journal.get(sale.reference) == sale


def test_an_older_journal_is_upgraded_by_the_next_migration(
    journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sale = order()
    with Journal(journal_path) as journal:
        journal.record_submitting(sale)
    # What shipping migration 2 looks like: one more entry in the list.
    monkeypatch.setattr(
        schema, "MIGRATIONS", [*schema.MIGRATIONS, ("ALTER TABLE sales ADD COLUMN note TEXT",)]
    )
    with Journal(journal_path) as journal:
        assert journal.get(sale.reference) == sale
    assert _version(journal_path) == LATEST + 1
    assert "note" in _columns(journal_path)


def test_a_failing_migration_leaves_the_journal_as_it_was(
    journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sale = order()
    with Journal(journal_path) as journal:
        journal.record_submitting(sale)
    broken = ("ALTER TABLE sales ADD COLUMN note TEXT", "THIS IS NOT SQL")
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, broken])
    with pytest.raises(JournalError, match="cannot be used"):
        Journal(journal_path)
    monkeypatch.undo()
    assert _version(journal_path) == LATEST
    assert "note" not in _columns(journal_path)
    with Journal(journal_path) as journal:
        assert journal.get(sale.reference) == sale


def test_a_journal_from_a_newer_program_is_refused_untouched(journal_path: Path) -> None:
    with Journal(journal_path) as journal:
        journal.record_submitting(order())
    with raw_db(journal_path) as raw:
        raw.execute(f"PRAGMA user_version = {LATEST + 1}")
    before = hashlib.sha256(journal_path.read_bytes()).hexdigest()
    with pytest.raises(JournalError, match="newer version of eSIM Counter") as caught:
        Journal(journal_path)
    assert f"schema {LATEST + 1}" in caught.value.message
    assert _version(journal_path) == LATEST + 1
    assert hashlib.sha256(journal_path.read_bytes()).hexdigest() == before


def test_a_file_that_is_not_a_journal_is_refused(journal_path: Path) -> None:
    journal_path.parent.mkdir(parents=True)
    journal_path.write_bytes(b"this is a spreadsheet, not a database" * 100)
    with pytest.raises(JournalError):
        Journal(journal_path)


def test_memory_journal_for_tests() -> None:
    with Journal(":memory:") as journal:
        sale = order()
        journal.record_submitting(sale)
        assert journal.get(sale.reference) == sale


def test_default_path_is_the_user_data_folder() -> None:
    path = default_path()
    assert path.name == "journal.sqlite3"
    assert "eSIM Counter" in str(path)


def test_open_default_uses_default_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "data" / "journal.sqlite3"
    monkeypatch.setattr(journal_module, "default_path", lambda: target)
    with Journal.open_default() as journal:
        assert journal.path == target
    assert target.exists()
