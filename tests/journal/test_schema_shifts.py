"""Schema 5 (issue 15) on a journal written by schema 4: every sale and payment is kept
as it was, and the new tables work at once."""

from __future__ import annotations

from pathlib import Path

from app.core.money import Money
from app.journal import Journal, codec, schema

from .factories import paid, raw_db, split

V4 = 4  # the schema this journal was written by; the newest is len(MIGRATIONS)


def test_a_schema_4_journal_with_sales_is_upgraded_and_keeps_them(journal_path: Path) -> None:
    sales = [paid(clerk="ana"), paid(payment=split("4.00", "1.99", "5.00"), clerk="ben")]
    journal_path.parent.mkdir(parents=True)
    with raw_db(journal_path) as raw:  # a journal as schema 4 built it
        for statement in [s for migration in schema.MIGRATIONS[:V4] for s in migration]:
            raw.execute(statement)
        raw.execute(f"PRAGMA user_version = {V4}")
        for sale in sales:
            raw.execute(codec.INSERT_SALE, codec.sale_row(sale, sale.created_at))
            raw.executemany(codec.INSERT_PAYMENT, codec.payment_rows(sale.reference, sale.payment))
        raw.execute(
            "INSERT INTO receipts (number, reference, issued_at) VALUES (1, ?, 'x')",
            (sales[0].reference,),
        )
        before = raw.execute("SELECT * FROM sales ORDER BY reference").fetchall()
    with Journal(journal_path) as journal:
        for sale in sales:
            assert journal.get(sale.reference) == sale
        assert journal.receipt_number(sales[0].reference) == 1
        assert journal.receipt_number(sales[1].reference) == 2
        shift = journal.open_shift(opened_by="ana", opening_float=Money.of("50", "USD"))
        assert shift.number == 1 and journal.current_shift() == shift
    with raw_db(journal_path) as raw:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == len(schema.MIGRATIONS)
        assert raw.execute("SELECT * FROM sales ORDER BY reference").fetchall() == before
        tables = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"clerks", "overrides", "shifts", "shift_balances", "cash_moves", "z_reports"} <= tables


def test_reopening_a_schema_5_journal_keeps_its_shift(journal_path: Path) -> None:
    with Journal(journal_path) as journal:
        opened = journal.open_shift(opened_by="ana", opening_float=Money.of("50.00", "USD"))
    with Journal(journal_path) as journal:
        assert journal.current_shift() == opened
