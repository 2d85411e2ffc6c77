"""History and the day report show the shop's side of a paid sale (issue 14): retail,
tax, margin, the payment, and the cash expected in the drawer; an older sale shows "—"."""

from __future__ import annotations

from decimal import Decimal

from pytestqt.qtbot import QtBot

from app.core.money import Money
from app.core.payment import Method
from app.core.plans import ProviderId
from app.ui.history_model import HistoryModel

from .clerk import driver, row_of, wait_outcome
from .conftest import Shop


def test_history_and_day_report_show_retail_payment_and_drawer(qtbot: QtBot, shop: Shop) -> None:
    window = shop.window
    drive = driver(qtbot, window)
    drive.find("germ")
    plan = drive.pick(row_of(window, ProviderId.OCTOPUS))
    shop.counter.sell(plan)  # as an older release sold: no price, no payment journalled
    drive.take_payment(Method.CARD, "20", split=("1", Method.CASH))
    drive.confirm()
    assert wait_outcome(qtbot, window) == "success"
    paid = next(o for o in shop.journal.search() if o.payment is not None)
    assert paid.quote is not None
    total = paid.quote.gross
    rest = Money(total.amount - 1, total.currency)

    history = drive.open_history()
    qtbot.waitUntil(lambda: history.model.rowCount() == 2)
    newest, older = (history.model.cells(history.model.order(r)) for r in range(2))
    columns = slice(HistoryModel.RETAIL, HistoryModel.PAYMENT + 1)
    assert newest[columns] == [
        total.format(),
        paid.quote.tax.format(),
        paid.quote.margin.format(),
        f"{Money.of('1', 'USD').format()} (card) + {rest.format()} (cash)",
    ]
    assert older[columns] == ["—"] * 4
    history.close()

    report = drive.open_day_report()
    qtbot.waitUntil(lambda: report.till_model.rowCount() == 1)
    till = [report.till_model.item(0, c).text() for c in range(report.till_model.columnCount())]
    assert till[:3] == ["USD", "1", total.format()]
    cash_column = 6
    assert till[cash_column] == rest.format()
    assert till[cash_column + 1] == Money.of("1", "USD").format()
    assert len(till) == 10
    assert report.drawer.text() == f"Cash expected in the drawer: {rest.format()}"
    assert paid.payment is not None and paid.payment.change == Money(
        Decimal(20) - rest.amount, "USD"
    )
