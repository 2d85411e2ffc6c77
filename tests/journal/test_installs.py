"""Issue 17 in the journal: when each eSIM was installed (the first report stays) and the
addresses a sale's eSIM was e-mailed to; the migration from the schema before it."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.journal import Journal, JournalError, schema

from .factories import at, delivered, order, raw_db

ICCID = "8944500102030405067"


def _sale(journal: Journal) -> str:
    sale = order(clerk="ana")
    journal.record_submitting(sale)
    journal.record_outcome(delivered(sale))
    return sale.reference


def test_the_first_install_time_stays(journal: Journal) -> None:
    sale = _sale(journal)
    assert journal.installed(sale) == {}
    assert journal.record_installed(sale, ICCID, at(3, 10)) == at(3, 10)
    # A later read of the same eSIM cannot move the moment it was installed.
    assert journal.record_installed(sale, ICCID, at(3, 11)) == at(3, 10)
    assert journal.installed(sale) == {ICCID: at(3, 10)}


def test_installs_survive_reopening(journal_path: Path) -> None:
    with Journal(journal_path) as journal:
        sale = _sale(journal)
        journal.record_installed(sale, ICCID, at(4))
    with Journal(journal_path) as journal:
        assert journal.installed(sale) == {ICCID: at(4)}


def test_an_install_needs_its_sale(journal: Journal) -> None:
    with pytest.raises(JournalError, match="FOREIGN KEY"):
        journal.record_installed("no-such-sale", ICCID, at(4))


def test_emails_are_kept_with_the_sale_in_order(journal: Journal) -> None:
    sale = _sale(journal)
    journal.record_email(sale, "first@example.com", at(5, 9), "ana")
    journal.record_email(sale, "second@example.com", at(5, 10))
    sent = journal.emails(sale)
    assert [(e.address, e.at, e.clerk) for e in sent] == [
        ("first@example.com", at(5, 9), "ana"),
        ("second@example.com", at(5, 10), ""),
    ]


def test_the_journal_logs_a_masked_address(
    journal: Journal, caplog: pytest.LogCaptureFixture
) -> None:
    sale = _sale(journal)
    with caplog.at_level("DEBUG"):
        journal.record_email(sale, "traveller@example.com", at(5))
    assert "t***@e***.com" in caplog.text
    assert "traveller" not in caplog.text and "example.com" not in caplog.text


def test_a_journal_from_before_issue_17_migrates(journal_path: Path) -> None:
    # A journal written by the program just before this migration (wherever the merge
    # puts it among the others).
    before = schema.MIGRATIONS.index(schema._INSTALLS)
    journal_path.parent.mkdir(parents=True)
    with raw_db(journal_path) as raw:
        for migration in schema.MIGRATIONS[:before]:
            for statement in migration:
                raw.execute(statement)
        raw.execute(f"PRAGMA user_version = {before}")
        tables = {r[0] for r in raw.execute("SELECT name FROM sqlite_master")}
        assert "installs" not in tables
    with Journal(journal_path) as journal:
        sale = _sale(journal)
        journal.record_installed(sale, ICCID, at(6))
        assert journal.installed(sale) == {ICCID: at(6)}
    with raw_db(journal_path) as raw:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == len(schema.MIGRATIONS)
