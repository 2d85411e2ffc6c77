"""The journal's refunds (issue 15): the migration, one live refund per eSIM, states that
only move forward, refund receipt numbers and the negative report lines."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.core.money import Money
from app.core.payment import Method, Tender
from app.core.refunds import Refund, RefundKind, RefundState
from app.journal import AlreadyRefundedInJournal, Journal, JournalError, schema

from .factories import at, delivered, order, raw_db


def _sale(journal: Journal) -> str:
    sale = order(clerk="ana")
    journal.record_submitting(sale)
    journal.record_outcome(delivered(sale))
    return sale.reference


def _refund(sale: str, reference: str = "r-1", **overrides: object) -> Refund:
    fields: dict[str, object] = {
        "reference": reference,
        "sale_reference": sale,
        "position": 0,
        "iccid": "8944500102030405067",
        "kind": RefundKind.PROVIDER_CANCEL,
        "state": RefundState.REQUESTED,
        "customer": Money.of("5.99", "USD"),
        "tenders": (
            Tender(Method.CARD, Money.of("2.00", "USD")),
            Tender(Method.CASH, Money.of("3.99", "USD")),
        ),
        "provider": "esimfly",
        "clerk": "ana",
        "approved_by": "mgr",
        "reason": "wrong country",
        "training": False,
        "created_at": at(3),
    }
    fields.update(overrides)
    return Refund(**fields)  # type: ignore[arg-type]


def test_the_refunds_migration_comes_last_and_keeps_money_as_text(journal_path: Path) -> None:
    with Journal(journal_path) as journal:
        sale = _sale(journal)
        journal.refunds.record_requested([_refund(sale)])
    with raw_db(journal_path) as raw:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == len(schema.MIGRATIONS)
        kinds = raw.execute("SELECT typeof(customer_amount) FROM refunds").fetchone()
        assert kinds == ("text",)
        with pytest.raises(sqlite3.IntegrityError):
            raw.execute("UPDATE refunds SET customer_amount = x'00'")
        with pytest.raises(sqlite3.IntegrityError):
            raw.execute("UPDATE refunds SET state = 'DONE'")


def test_a_refund_round_trips_with_its_methods(journal: Journal) -> None:
    sale = _sale(journal)
    asked = _refund(sale)
    journal.refunds.record_requested([asked])
    stored = journal.refunds.get("r-1")
    assert stored == replace(asked, batch="r-1")
    assert journal.refunds.unresolved() == [stored]


def test_one_live_refund_per_esim(journal: Journal) -> None:
    sale = _sale(journal)
    journal.refunds.record_requested([_refund(sale)])
    with pytest.raises(AlreadyRefundedInJournal):
        journal.refunds.record_requested([_refund(sale, "r-2"), _refund(sale, "r-3", position=1)])
    assert [r.reference for r in journal.refunds.of_sale(sale)] == ["r-1"]  # all or nothing
    refused = replace(journal.refunds.get("r-1"), state=RefundState.REFUSED)
    journal.refunds.record_outcome(refused)
    journal.refunds.record_requested([_refund(sale, "r-2")])  # a refused one frees the eSIM
    assert journal.refunds.get("r-2").state is RefundState.REQUESTED


def test_states_only_move_forward(journal: Journal) -> None:
    sale = _sale(journal)
    journal.refunds.record_requested([_refund(sale)])
    journal.refunds.record_sent(["r-1"], datetime.now(UTC))
    sent = journal.refunds.get("r-1")
    assert sent.state is RefundState.SENT and sent.sent_at is not None
    done = replace(sent, state=RefundState.REFUNDED, provider_amount=Money.of("2.72", "USD"))
    journal.refunds.record_outcome(done)
    stored = journal.refunds.get("r-1")
    assert stored.resolved_at is not None and stored.provider_amount == Money.of("2.72", "USD")
    with pytest.raises(JournalError):
        journal.refunds.record_outcome(replace(stored, state=RefundState.UNKNOWN))
    assert journal.refunds.unresolved() == []


def test_refund_receipts_have_their_own_gapless_numbers(journal: Journal) -> None:
    sale = _sale(journal)
    other = _sale(journal)
    journal.refunds.record_requested([_refund(sale)])
    with pytest.raises(JournalError):
        journal.refunds.receipt_number("r-1")  # not paid back yet
    journal.refunds.record_requested(
        [_refund(other, "r-2", state=RefundState.REFUNDED, kind=RefundKind.SHOP_LOSS)]
    )
    assert journal.refunds.receipt_number("r-2") == 1
    assert journal.refunds.receipt_number("r-2") == 1
    journal.refunds.record_sent(["r-1"], datetime.now(UTC))
    journal.refunds.record_outcome(
        replace(journal.refunds.get("r-1"), state=RefundState.PENDING_PROVIDER)
    )
    assert journal.refunds.receipt_number("r-1") == 2
    assert journal.receipt_number(sale) == 1  # sale receipts keep their own series


def test_lines_are_negative_and_only_for_money_paid_back(journal: Journal) -> None:
    sale = _sale(journal)
    other = _sale(journal)
    journal.refunds.record_requested([_refund(sale)])
    journal.refunds.record_requested(
        [_refund(other, "r-2", state=RefundState.REFUNDED, kind=RefundKind.SHOP_LOSS)]
    )
    (line,) = journal.refunds.lines(since=at(1), until=at(4))
    assert line.refund_reference == "r-2" and line.sale_reference == other
    assert line.amount == Money.of("-5.99", "USD") and line.clerk == "ana"
    assert [t.method for t in line.methods] == [Method.CARD, Method.CASH]
    assert journal.refunds.lines(since=at(4)) == []
    assert journal.refunds.refunded_positions(other) == {0}
    assert journal.refunds.refunded_positions(sale) == set()
