"""Schema 4 (issue 14): the quote and payment journalled with SUBMITTING in one transaction,
the money owed back after a paid sale fails, and gapless receipt numbers."""

from __future__ import annotations

import threading
from decimal import Decimal
from pathlib import Path

import pytest

from app.core.money import Money
from app.core.orders import Handback, OrderStatus
from app.core.payment import Method
from app.journal import Journal, JournalError, codec, schema

from .factories import cash, octopus_plan, order, paid, quote, raw_db, split


def _failed(journal: Journal, reference: str) -> None:
    stored = journal.get(reference)
    assert stored is not None
    stored.advance(OrderStatus.FAILED)
    stored.failure_reason = "Insufficient balance"
    journal.record_outcome(stored)


def test_quote_and_payment_come_back_exactly(journal: Journal) -> None:
    sale = paid(payment=cash("5.99", "20.00"))
    journal.record_submitting(sale)
    stored = journal.get(sale.reference)
    assert stored == sale
    assert stored is not None and stored.payment is not None and stored.quote is not None
    assert stored.payment.tenders[0].method is Method.CASH
    assert stored.payment.cash_tendered == Money.of("20.00", "USD")
    assert stored.payment.change == Money.of("14.01", "USD")
    assert stored.quote.gross == Money.of("5.99", "USD")
    assert stored.quote.tax == Money.of("0.78", "USD")
    assert stored.quote.cost_in_sale == Money.of("2.72", "USD")
    with raw_db(journal.path) as raw:
        row = raw.execute(
            "SELECT retail_gross, retail_net, retail_tax, cash_tendered, change_given "
            "FROM sales WHERE reference = ?",
            (sale.reference,),
        ).fetchone()
        tenders = raw.execute("SELECT method, amount, currency FROM payments").fetchall()
    assert row == ("5.99", "5.21", "0.78", "20.00", "14.01")
    assert tenders == [("cash", "5.99", "USD")]


def test_a_split_payment_keeps_both_methods_in_order(journal: Journal) -> None:
    sale = paid(octopus_plan(), payment=split("4.00", "1.99", "5.00"))
    journal.record_submitting(sale)
    stored = journal.get(sale.reference)
    assert stored is not None and stored.payment == sale.payment
    assert [t.method for t in stored.payment.tenders] == [Method.CARD, Method.CASH]
    assert stored.payment.change == Money.of("3.01", "USD")
    assert journal.search()[0].payment == sale.payment
    assert journal.unresolved()[0].payment == sale.payment


def test_a_failure_while_writing_the_payment_leaves_no_sale(
    journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    sale = paid()
    real = codec.payment_rows

    def broken(reference: str, payment: object) -> list[dict[str, object]]:
        rows = real(reference, sale.payment)
        rows[0]["method"] = "cheque"  # the CHECK refuses it after the sale row is in
        return rows

    monkeypatch.setattr(codec, "payment_rows", broken)
    with pytest.raises(JournalError):
        journal.record_submitting(sale)
    monkeypatch.undo()
    assert journal.get(sale.reference) is None
    with raw_db(journal.path) as raw:
        assert raw.execute("SELECT count(*) FROM payments").fetchone()[0] == 0
    journal.record_submitting(sale)  # nothing half-written stands in the way
    assert journal.get(sale.reference) == sale


def test_a_paid_sale_that_fails_owes_the_money_until_handed_back(journal: Journal) -> None:
    sale = paid()
    journal.record_submitting(sale)
    _failed(journal, sale.reference)
    stored = journal.get(sale.reference)
    assert stored is not None and stored.handback is Handback.OWED and stored.owes_customer
    assert [o.reference for o in journal.owed()] == [sale.reference]
    later = journal.record_handback(sale.reference, returned=False)
    assert later.handback is Handback.OWED and later.handback_at is None
    back = journal.record_handback(sale.reference, returned=True)
    assert back.handback is Handback.RETURNED and back.handback_at is not None
    assert not back.owes_customer
    assert journal.owed() == []
    # "Later" pressed in a second window afterwards does not undo the hand-back.
    assert journal.record_handback(sale.reference, returned=False).handback is Handback.RETURNED


def test_a_sale_without_payment_owes_nothing_when_it_fails(journal: Journal) -> None:
    sale = order()
    journal.record_submitting(sale)
    _failed(journal, sale.reference)
    stored = journal.get(sale.reference)
    assert stored is not None and stored.handback is None and not stored.owes_customer
    with pytest.raises(JournalError, match="no payment"):
        journal.record_handback(sale.reference, returned=True)


def test_an_unknown_paid_sale_owes_an_esim_or_money(journal: Journal) -> None:
    sale = paid()
    journal.record_submitting(sale)
    sale.mark_unknown()
    journal.record_outcome(sale)
    stored = journal.get(sale.reference)
    assert stored is not None and stored.owes_customer and stored.handback is None


def test_receipt_numbers_run_without_gaps_and_repeat_for_the_same_sale(
    journal: Journal,
) -> None:
    sales = [paid() for _ in range(3)]
    for sale in sales:
        journal.record_submitting(sale)
    assert [journal.receipt_number(s.reference) for s in sales] == [1, 2, 3]
    assert journal.receipt_number(sales[1].reference) == 2
    with pytest.raises(JournalError):
        journal.receipt_number("not-a-sale")
    fresh = paid()
    journal.record_submitting(fresh)
    assert journal.receipt_number(fresh.reference) == 4  # the refused one took no number


def test_receipt_numbers_from_two_threads_and_two_connections(journal_path: Path) -> None:
    sales = [paid() for _ in range(40)]
    with Journal(journal_path) as first, Journal(journal_path) as second:
        for sale in sales:
            first.record_submitting(sale)
        numbers: dict[str, int] = {}
        lock = threading.Lock()

        def issue(journal: Journal, twice: list[str]) -> None:
            for reference in twice:
                number = journal.receipt_number(reference)
                with lock:
                    assert numbers.setdefault(reference, number) == number

        refs = [s.reference for s in sales]
        threads = [
            threading.Thread(target=issue, args=(first, refs)),
            threading.Thread(target=issue, args=(second, refs[::-1])),
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert sorted(numbers.values()) == list(range(1, 41))


def test_a_schema_3_journal_opens_unchanged_with_no_retail_or_payment(
    journal_path: Path,
) -> None:
    old = order(quantity=2)
    journal_path.parent.mkdir(parents=True)
    with raw_db(journal_path) as raw:  # a journal as schema 3 built it, with one sale
        for statement in [s for migration in schema.MIGRATIONS[:3] for s in migration]:
            raw.execute(statement)
        raw.execute("PRAGMA user_version = 3")
        row = codec.sale_row(old, old.created_at)
        v3 = {k: v for k, v in row.items() if k in codec.SALE_COLUMNS[:26]}
        names = ", ".join(v3)
        raw.execute(f"INSERT INTO sales ({names}) VALUES ({', '.join(':' + k for k in v3)})", v3)
        before = raw.execute("SELECT * FROM sales").fetchall()
    with Journal(journal_path) as journal:
        stored = journal.get(old.reference)
        assert stored == old
        assert stored is not None and stored.quote is None and stored.payment is None
        assert journal.receipt_number(old.reference) == 1
    with raw_db(journal_path) as raw:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == len(schema.MIGRATIONS)
        after = raw.execute("SELECT * FROM sales").fetchall()
    assert [r[: len(before[0])] for r in after] == before
    assert all(value is None for value in after[0][len(before[0]) :])


def test_a_quote_with_a_rate_and_date_round_trips(journal: Journal) -> None:
    from dataclasses import replace
    from datetime import date

    base = quote("12000", currency="IQD", cost="7.50", rate=Decimal("1310"))
    iqd = replace(
        base,
        net=Money.of("10435", "IQD"),
        tax=Money.of("1565", "IQD"),
        rate_set_on=date(2026, 11, 28),
    )
    sale = paid(quote=iqd, payment=cash("12000", "25000", "IQD"))
    journal.record_submitting(sale)
    stored = journal.get(sale.reference)
    assert stored is not None and stored.quote == iqd
    assert stored.quote.margin == Money.of("610.00", "IQD")
