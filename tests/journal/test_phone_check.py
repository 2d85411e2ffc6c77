"""The phone check's answer (issue 17), journalled in the SUBMITTING transaction: read
back as written, absent when not asked, gone with a sale that never was, and kept by an
older journal's upgrade."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.core.phones import Answer, PhoneCheck
from app.journal import Journal, JournalError, schema

from .factories import esimfly_plan, order


def test_the_answer_is_written_with_the_submitting_sale(journal: Journal) -> None:
    ok = order(esimfly_plan())
    skipped = order(esimfly_plan())
    not_asked = order(esimfly_plan())
    journal.record_submitting(ok, PhoneCheck(Answer.OK, "Apple iPhone 13"))
    journal.record_submitting(skipped, PhoneCheck(Answer.SKIPPED))
    journal.record_submitting(not_asked)
    assert journal.phone_check(ok.reference) == PhoneCheck(Answer.OK, "Apple iPhone 13")
    assert journal.phone_check(skipped.reference) == PhoneCheck(Answer.SKIPPED)
    assert journal.phone_check(not_asked.reference) is None


def test_a_sale_refused_by_the_journal_leaves_no_answer(journal: Journal) -> None:
    sale = order(esimfly_plan())
    journal.record_submitting(sale, PhoneCheck(Answer.OK, "Google Pixel 8"))
    again = order(esimfly_plan(), reference=sale.reference)
    with pytest.raises(JournalError):
        journal.record_submitting(again, PhoneCheck(Answer.SKIPPED))
    # The same transaction: the first answer stands, the second was rolled back with its sale.
    assert journal.phone_check(sale.reference) == PhoneCheck(Answer.OK, "Google Pixel 8")


def test_only_ok_or_skipped_is_stored(journal_path: Path) -> None:
    Journal(journal_path).close()
    conn = sqlite3.connect(journal_path)
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute(
            "INSERT INTO phone_checks VALUES ('r', 'incompatible', '', '2026-01-01T00:00:00')"
        )
    conn.close()


def test_an_older_journal_gains_the_table_and_keeps_its_sales(journal_path: Path) -> None:
    # A journal as it was just before this migration (others may follow it at merge).
    earlier = schema.MIGRATIONS[: schema.MIGRATIONS.index(schema._PHONE_CHECK)]
    journal_path.parent.mkdir(parents=True)
    conn = sqlite3.connect(journal_path)
    for migration in earlier:
        for statement in migration:
            conn.execute(statement)
    conn.execute(f"PRAGMA user_version = {len(earlier)}")
    conn.commit()
    conn.close()
    with Journal(journal_path) as upgraded:
        sale = order(esimfly_plan())
        upgraded.record_submitting(sale, PhoneCheck(Answer.SKIPPED))
        assert upgraded.phone_check(sale.reference) == PhoneCheck(Answer.SKIPPED)
    check = sqlite3.connect(journal_path)
    assert check.execute("PRAGMA user_version").fetchone()[0] == len(schema.MIGRATIONS)
    check.close()
