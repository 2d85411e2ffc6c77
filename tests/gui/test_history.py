"""The history of sales: search, re-open the display from the journal, copy, export,
and sales that need checking (on demand and at start-up)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from app.core import countries
from app.core.orders import OrderStatus
from app.core.plans import Plan, ProviderId
from app.counter import Counter
from app.journal import Journal
from app.journal.fixtures import populate
from app.sandbox import Fault
from app.training import training_setup
from app.ui.history import HistoryDialog
from app.ui.history_model import PAGE, HistoryFilter, HistoryModel
from app.ui.main_window import MainWindow

from .conftest import FAST_CONFIG, Shop
from .qr_reader import decode_qr


def _plan(counter: Counter, provider: ProviderId) -> Plan:
    germany = countries.country("DE")
    assert germany is not None
    plans = [p for p in counter.plans(germany) if p.provider is provider]
    return min(plans, key=lambda p: p.price.amount)


def _open(qtbot: QtBot, shop: Shop, rows: int) -> HistoryDialog:
    window = shop.window
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.history is not None and window.history.isVisible())
    dialog = window.history
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.model.rowCount() == rows and not dialog.model.loading)
    return dialog


def _select(dialog: HistoryDialog, row: int) -> None:
    dialog.table.selectRow(row)


def test_search_and_reopen_the_display_after_the_provider_forgot_the_code(
    qtbot: QtBot, shop: Shop
) -> None:
    counter = shop.counter
    sold = counter.sell(_plan(counter, ProviderId.OCTOPUS)).order
    counter.sell(_plan(counter, ProviderId.ESIMFLY))
    iccid = sold.esims[0].iccid
    assert iccid is not None
    shop.sandbox.mark_installed(iccid)  # Octopus no longer returns the activation code
    dialog = _open(qtbot, shop, rows=2)
    qtbot.keyClicks(dialog.search, iccid[:12])
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1 and not dialog.model.loading)
    _select(dialog, 0)
    assert dialog.model.cells(dialog.model.order(0))[HistoryModel.ICCID] == iccid
    qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shop.window.flow.display is not None)
    display = shop.window.flow.display
    assert display is not None
    display.resize(1280, 800)
    assert sold.esims[0].activation is not None
    assert decode_qr(display)[0] == sold.esims[0].activation.text
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == iccid


def test_export_selection_to_csv_without_activation_codes(
    qtbot: QtBot, shop: Shop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    counter = shop.counter
    sales = [counter.sell(_plan(counter, p)).order for p in ProviderId]
    dialog = _open(qtbot, shop, rows=2)
    target = tmp_path / "sales.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog.table.selectAll()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "exported" in dialog.message.text())
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert {r["reference"] for r in rows} == {s.reference for s in sales}
    assert {r["status"] for r in rows} == {"DELIVERED"}
    text = target.read_text(encoding="utf-8-sig")
    for sale in sales:
        assert sale.esims[0].iccid in text
        assert sale.esims[0].activation is not None
        assert sale.esims[0].activation.matching_id not in text


def test_needs_checking_then_checked(qtbot: QtBot, shop: Shop) -> None:
    counter = shop.counter
    plan = _plan(counter, ProviderId.ESIMFLY)
    shop.sandbox.inject(Fault(kind="reset", provider="esimfly", method="POST", when="after"))
    unknown = counter.sell(plan).order
    assert unknown.status is OrderStatus.UNKNOWN
    dialog = _open(qtbot, shop, rows=1)
    assert dialog.model.cells(dialog.model.order(0))[HistoryModel.STATUS].startswith(
        "Needs checking"
    )
    _select(dialog, 0)
    assert dialog.check_button.isEnabled() and not dialog.show_button.isEnabled()
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.model.order(0).status is OrderStatus.DELIVERED, timeout=10000)
    assert dialog.model.cells(dialog.model.order(0))[HistoryModel.STATUS].startswith("Delivered")


def test_large_journal_loads_page_by_page(qtbot: QtBot, shop: Shop) -> None:
    populate(shop.journal, PAGE * 2 + 50)
    dialog = _open(qtbot, shop, rows=PAGE)
    dialog.table.scrollToBottom()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == PAGE * 2 and not dialog.model.loading)
    dialog.status.setCurrentIndex(1)  # delivered only: a fresh, filtered first page
    qtbot.waitUntil(lambda: not dialog.model.loading)
    statuses = {dialog.model.order(r).status for r in range(dialog.model.rowCount())}
    assert statuses == {OrderStatus.DELIVERED}


def test_unresolved_sales_are_reconciled_at_start_up(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    setup = training_setup(FAST_CONFIG)
    journal = Journal(tmp_path / "journal.sqlite3")
    try:
        counter = Counter(setup.providers, journal, training=True)
        plan = _plan(counter, ProviderId.OCTOPUS)
        setup.sandbox.inject(
            Fault(kind="http_503", provider="octopus", method="POST", when="after")
        )
        lost = counter.sell(plan).order  # taken by the provider, answer lost
        never_sent = counter.begin_sale(plan)  # journalled, then the "power cut"
        settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
        window = MainWindow(
            lambda *_: counter,
            settings,
            training=True,
            full_screen_display=False,
            poll_delays=(0.05,),
            display_timeout=0,
        )
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: journal.unresolved() == [], timeout=10000)
        assert journal.get(lost.reference).status is OrderStatus.DELIVERED  # type: ignore[union-attr]
        assert journal.get(never_sent.reference).status is OrderStatus.FAILED  # type: ignore[union-attr]
        qtbot.waitUntil(lambda: window.pending.list.count() == 1)
        assert "Ready" in window.pending.list.item(0).text()
        assert len(setup.sandbox.orders("octopus")) == 1
        window.close()
    finally:
        journal.close()
        setup.close()


def test_headers_name_the_columns_they_head(qtbot: QtBot, shop: Shop) -> None:
    shop.counter.sell(_plan(shop.counter, ProviderId.OCTOPUS))
    dialog = _open(qtbot, shop, rows=1)
    model = dialog.model
    order = model.order(0)
    header = {
        model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole): model.data(
            model.index(0, c)
        )
        for c in range(model.columnCount())
    }
    assert header["Status"].startswith("Delivered")
    assert header["ICCID"] == order.esims[0].iccid
    assert header["Order"] == order.provider_order_id
    assert header["Plan"] == order.plan.name


def test_an_order_of_several_esims_keeps_every_iccid_in_reach(qtbot: QtBot, shop: Shop) -> None:
    outcome = shop.counter.sell(_plan(shop.counter, ProviderId.ESIMFLY), quantity=4)
    iccids = [e.iccid for e in outcome.order.esims]
    assert len(iccids) == 4
    dialog = _open(qtbot, shop, rows=1)
    index = dialog.model.index(0, HistoryModel.ICCID)
    assert dialog.model.data(index) == f"{iccids[0]} and 3 more"
    assert dialog.model.data(index, Qt.ItemDataRole.ToolTipRole) == "\n".join(iccids)
    # The column is as wide as what arrived (a page lands after the table is laid out).
    width = dialog.table.fontMetrics().horizontalAdvance(dialog.model.data(index))
    qtbot.waitUntil(lambda: dialog.table.columnWidth(HistoryModel.ICCID) >= width)
    _select(dialog, 0)
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == " ".join(iccids)


def test_history_model_keeps_qts_model_rules_while_pages_arrive(
    qtbot: QtBot, shop: Shop, qtmodeltester
) -> None:
    """Qt's own model tester watches every signal while pages load and a search changes:
    no layoutChanged without layoutAboutToBeChanged, rows inserted as announced."""
    populate(shop.journal, PAGE + 20)
    total = len(shop.journal.search(limit=100_000))
    assert total > PAGE
    window = shop.window
    model = HistoryModel(window.runner, shop.journal.search, window)
    qtmodeltester.check(model, force_py=True)
    while model.canFetchMore() or model.loading:
        if model.loading:
            qtbot.waitSignal(model.loaded, timeout=10000).wait()
        else:
            with qtbot.waitSignal(model.loaded, timeout=10000):
                model.fetchMore()
    assert model.rowCount() == total
    with qtbot.waitSignal(model.loaded, timeout=10000):
        model.set_filter(HistoryFilter(status=OrderStatus.DELIVERED))
    assert all(model.order(r).status is OrderStatus.DELIVERED for r in range(model.rowCount()))
