"""The shop's side of the records (issue 14): the day's till per sale currency, the CSV
export and the history cells, with exact values; sales from before show "—"."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from app.core.money import Money
from app.core.orders import Order, OrderStatus
from app.core.payment import Method, Payment
from app.export import COLUMNS, write_csv
from app.journal import Journal
from app.report import day_report
from tests.journal.factories import cash, delivered, order, paid, split


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    with Journal(tmp_path / "journal.sqlite3") as opened:
        yield opened


def _deliver(journal: Journal, sale: Order) -> None:
    journal.record_submitting(sale)
    journal.record_outcome(delivered(sale))


def _fail(journal: Journal, sale: Order, *, returned: bool) -> None:
    journal.record_submitting(sale)
    sale.advance(OrderStatus.FAILED)
    journal.record_outcome(sale)
    if returned:
        journal.record_handback(sale.reference, returned=True)


def test_the_till_sums_exactly_and_counts_the_drawer(journal: Journal) -> None:
    card = Payment.single(Method.CARD, Money.of("5.99", "USD"))
    _deliver(journal, paid(payment=cash("5.99", "10")))
    _deliver(journal, paid(payment=split("4.00", "1.99", "5.00")))
    _deliver(journal, paid(payment=card))
    _fail(journal, paid(payment=cash("5.99", "20")), returned=True)  # handed back
    _fail(journal, paid(payment=cash("5.99", "5.99")), returned=False)  # still owed
    _deliver(journal, order())  # an old sale: no price, no payment
    now = datetime.now(UTC)
    report = day_report(journal, now - timedelta(hours=1), now + timedelta(minutes=1))
    (till,) = report.tills
    assert till.currency == "USD"
    assert till.sales == 3 and till.without_price == 1
    assert till.gross == Decimal("17.97")
    assert till.net == Decimal("15.63")
    assert till.tax == Decimal("2.34")
    assert till.net + till.tax == till.gross
    assert till.cost == Decimal("8.16")
    assert till.margin == Decimal("7.47")
    assert till.methods == {Method.CASH: Decimal("7.98"), Method.CARD: Decimal("9.99")}
    assert till.cash_taken == Decimal("40.99")  # 10 + 5 + 20 + 5.99 handed over
    assert till.change_given == Decimal("21.03")  # 4.01 + 3.01 + 14.01
    assert till.cash_returned == Decimal("5.99")
    # 5.99 + 1.99 kept, 5.99 handed back, 5.99 still owed and so still in the drawer.
    assert till.drawer == Decimal("13.97")
    assert till.owed == Decimal("5.99")


def test_the_csv_has_retail_tax_margin_and_payment(journal: Journal, tmp_path: Path) -> None:
    new = paid(payment=split("4.00", "1.99", "5.00"))
    old = order()
    journal.record_submitting(new)
    journal.record_submitting(old)
    path = tmp_path / "sales.csv"
    write_csv(path, journal.search())
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = {r["reference"]: r for r in csv.DictReader(handle)}
    assert list(rows[new.reference]) == COLUMNS
    fresh = rows[new.reference]
    assert (fresh["retail"], fresh["net"], fresh["tax"], fresh["tax_rate"]) == (
        "5.99",
        "5.21",
        "0.78",
        "15",
    )
    assert (fresh["cost"], fresh["margin"], fresh["retail_currency"]) == ("2.72", "2.49", "USD")
    assert (fresh["paid_cash"], fresh["paid_card"], fresh["paid_transfer"]) == ("1.99", "4.00", "")
    assert (fresh["cash_tendered"], fresh["change"], fresh["handback"]) == ("5.00", "3.01", "")
    before = rows[old.reference]
    assert {before[c] for c in COLUMNS[COLUMNS.index("retail") :]} == {"—"}
