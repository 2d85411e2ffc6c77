"""Chain › Chain reports (issue 16) over two counters' journals pushed to the real
PostgreSQL fixture: the chain's day report is the sum of the counters' local ones, exact
to the last Decimal; the counter and clerk filters, History and the CSV follow them; an
offline server is a sentence; a joined window opens the reports from its Chain menu."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from app.chain.push import Pusher
from app.core.payment import Method
from app.journal import Journal
from app.report import DayReport, day_report
from app.ui.app import configure
from app.ui.chain_reports import ChainReportsWindow
from app.ui.history import start_of_day
from app.ui.runner import Runner
from tests.chain.fixtures import ChainDb
from tests.chain.pg_server import PgServer
from tests.chain.shift_script import T0, run_shift
from tests.journal.factories import cash, delivered, order, quote

from .a11y import unnamed
from .test_chain_sync import Joined, make_joined

WAIT = 20000
DAY = T0.astimezone().date()


@dataclass
class Chain:
    db: ChainDb
    journals: dict[str, Journal]


@pytest.fixture
def chain(tmp_path: Path, chain_db: ChainDb) -> Iterator[Chain]:
    journals = {}
    for n, counter in enumerate(("desk-1", "desk-2")):
        path = tmp_path / f"{counter}.sqlite3"
        journal = Journal(path)
        run_shift(journal, sales=3 + n, start=T0 + timedelta(hours=n))
        journals[counter] = journal
    # One sale of another clerk on the second counter, paid in cash with change.
    sale = order(quote=quote("7.49"), payment=cash("7.49", "10.00"), clerk="Omar",
                 created_at=T0 + timedelta(hours=3))  # fmt: skip
    journals["desk-2"].record_submitting(sale)
    journals["desk-2"].record_outcome(delivered(sale, order_id="ORD-OMAR", charged="3.10"))
    for counter, shop in (("desk-1", "Airport"), ("desk-2", "Harbour")):
        pusher = Pusher(
            journals[counter].path, chain_db.for_counter(counter, shop), chain_db.password
        )
        pusher.push_all()
        pusher.close()
    yield Chain(chain_db, journals)
    for journal in journals.values():
        journal.close()


@pytest.fixture
def reports(qtbot: QtBot, qapp: QApplication, chain: Chain) -> Iterator[ChainReportsWindow]:
    configure(qapp)
    runner = Runner()
    window = ChainReportsWindow(chain.db.config, chain.db.password, None, runner)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: window.counter.count() == 3, timeout=WAIT)  # names loaded
    yield window
    window.close()
    runner.shutdown()
    window.reader.close()  # now, not in a later test's garbage collection


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _key(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(_focused(), key, modifier)


def _tab_to(target: QWidget) -> None:
    for _ in range(40):
        if _focused() is target or target.isAncestorOf(_focused()):
            return
        _key(Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.accessibleName()}")


def _choose(combo: QComboBox, text: str) -> None:
    """Tab to the list and step through it by arrow keys until ``text`` shows."""
    _tab_to(combo)
    _key(Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText() == text:
            return
        _key(Qt.Key.Key_Down)
    assert combo.currentText() == text


def _show_day(qtbot: QtBot, window: ChainReportsWindow) -> DayReport:
    """Type the day into the date field, as the owner would."""
    _tab_to(window.day)
    window.shown = None
    # Digits only: each section moves on to the next when full (a "-" typed does not).
    QTest.keyClicks(_focused(), QDate(DAY.year, DAY.month, DAY.day).toString("yyyyMMdd"))
    assert window.day.date() == QDate(DAY.year, DAY.month, DAY.day)
    return _wait_report(qtbot, window)


def _wait_report(qtbot: QtBot, window: ChainReportsWindow) -> DayReport:
    qtbot.waitUntil(
        lambda: window.shown is not None and window.shown.since == start_of_day(window.day.date()),
        timeout=WAIT,
    )
    assert window.shown is not None
    return window.shown


def _sums(reports: list[DayReport]) -> dict[str, object]:
    """Every amount of the day, summed over ``reports``: the till per currency and each
    provider's line."""
    sums: dict[str, object] = {}
    for report in reports:
        for till in report.tills:
            for name in ("sales", "gross", "net", "tax", "cost", "drawer", "refunded", "owed"):
                key = f"{till.currency}.{name}"
                sums[key] = sums.get(key, 0) + getattr(till, name)  # type: ignore[operator]
            for method in Method:
                key = f"{till.currency}.{method.value}"
                sums[key] = sums.get(key, 0) + till.methods.get(method, Decimal(0))  # type: ignore[operator]
        for line in report.lines:
            for name in ("sales", "esims", "charged", "refunded", "not_sold", "unresolved"):
                key = f"{line.provider.value}.{line.currency}.{name}"
                sums[key] = sums.get(key, 0) + getattr(line, name)  # type: ignore[operator]
    return sums


def _local(chain: Chain, *counters: str, clerk: str | None = None) -> list[DayReport]:
    since = start_of_day(QDate(DAY.year, DAY.month, DAY.day))
    made = []
    for counter in counters or tuple(chain.journals):
        journal = chain.journals[counter]
        if clerk is None:
            made.append(day_report(journal, since, since + timedelta(days=1)))
            continue

        class ByClerk:  # the clerk's sales and refunds of this journal, as the chain means
            @staticmethod
            def search(of: Journal = journal, **wanted: object) -> list:
                return [o for o in of.search(**wanted) if o.clerk == clerk]  # type: ignore[arg-type]

            class refunds:  # read as journal.refunds
                @staticmethod
                def lines(of: Journal = journal, **wanted: object) -> list:
                    return [r for r in of.refunds.lines(**wanted) if r.clerk == clerk]  # type: ignore[arg-type]

        made.append(day_report(ByClerk, since, since + timedelta(days=1)))
    return made


def test_the_chain_report_is_the_sum_of_the_counters(
    qtbot: QtBot, reports: ChainReportsWindow, chain: Chain, tmp_path: Path
) -> None:
    shown = _show_day(qtbot, reports)
    assert _sums([shown]) == _sums(_local(chain))
    gross = sum((t.gross for t in shown.tills), Decimal(0))
    assert gross == Decimal("5.99") * 9 + Decimal("7.49")  # 7 sales, 2 top-ups; exact
    assert reports.providers.rowCount() == len(shown.lines) > 0
    assert reports.tills.item(0, 2).text() == shown.tills[0].money(shown.tills[0].gross).format()

    # One counter, chosen by keys.
    reports.shown = None
    _choose(reports.counter, "desk-2")
    assert _sums([_wait_report(qtbot, reports)]) == _sums(_local(chain, "desk-2"))
    # One clerk across the chain.
    reports.shown = None
    _choose(reports.counter, "All counters")
    _wait_report(qtbot, reports)
    reports.shown = None
    _choose(reports.clerk, "Omar")
    by_omar = _wait_report(qtbot, reports)
    assert _sums([by_omar]) == _sums(_local(chain, clerk="Omar"))
    assert sum(t.sales for t in by_omar.tills) == 1

    # History shows the filtered sales; the CSV holds them with the local columns.
    qtbot.waitUntil(lambda: reports.history.rowCount() == 1 and not reports.history.loading)
    path = tmp_path / "omar.csv"
    reports.export_to(path)
    qtbot.waitUntil(lambda: "exported" in reports.message.text(), timeout=WAIT)
    with path.open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["clerk"], r["retail"], r["paid_cash"]) for r in rows] == [("Omar", "7.49", "7.49")]


def test_z_list_and_history_across_counters(
    qtbot: QtBot, reports: ChainReportsWindow, chain: Chain
) -> None:
    _show_day(qtbot, reports)
    assert reports.z_model.rowCount() == 2  # one Z per counter's shift
    counters = {reports.z_model.item(row, 1).text() for row in range(2)}
    assert counters == {"desk-1", "desk-2"}
    qtbot.waitUntil(lambda: reports.history.rowCount() >= 8 and not reports.history.loading)
    assert unnamed(reports) == []


def test_offline_is_a_sentence(qtbot: QtBot, qapp: QApplication, private_pg: PgServer) -> None:
    configure(qapp)
    runner = Runner()
    db = private_pg.db
    private_pg.stop()
    window = ChainReportsWindow(db.config, db.password, None, runner)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: "cannot be reached" in window.message.text(), timeout=WAIT)
    window.close()
    runner.shutdown()
    window.reader.close()


def test_a_joined_window_opens_the_reports_from_its_chain_menu(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, private_pg: PgServer
) -> None:
    joined: Joined = make_joined(qtbot, qapp, tmp_path, private_pg)
    window = joined.window
    try:
        assert window.chain.menu.menuAction().isVisible()
        window.chain.reports_action.trigger()
        qtbot.waitUntil(
            lambda: window.chain.reports is not None and window.chain.reports.isVisible()
        )
        reports = window.chain.reports
        assert reports is not None
        qtbot.waitUntil(lambda: reports.shown is not None, timeout=WAIT)  # read the chain
        assert not reports.failed
        reports.close()
        reports.reader.close()
    finally:
        window.close()
        joined.journal.close()
